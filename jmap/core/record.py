"""Small record classes with a dataclass's equality, repr and (when frozen) hash, made without
its cost at import: ``@dataclass`` compiles several methods per class as the module loads
(0.3-1.3 ms a class), which `jmap export` paid for every plan and box class before drawing.

A record lists its fields in ``FIELDS`` (in ``__init__`` order) and writes its own ``__init__``.
"""

from __future__ import annotations

from operator import attrgetter


class FrozenRecordError(AttributeError):
    """A field of a frozen record was assigned (as dataclasses.FrozenInstanceError)."""


class Record:
    """Equality by class and fields, a repr naming every field; unhashable, as a mutable dataclass."""

    __slots__ = ()
    FIELDS: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        names = cls.FIELDS
        get = attrgetter(*names) if names else (lambda record: ())
        #: the fields' values as a tuple (an attrgetter: boxes are compared and hashed often)
        cls._values = staticmethod(get if len(names) != 1 else (lambda record: (get(record),)))

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._values(self) == other._values(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"{type(self).__qualname__}({fields})"


class FrozenRecord(Record):
    """A record whose fields cannot change once made (``__init__`` sets them with
    ``object.__setattr__``); hashable by its fields, copied and pickled by them."""

    __slots__ = ()

    def __setattr__(self, name, value):
        raise FrozenRecordError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise FrozenRecordError(f"cannot delete field {name!r}")

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __reduce__(self):
        return type(self), self._values(self)
