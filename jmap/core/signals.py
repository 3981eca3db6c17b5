"""A small Qt-free signal for the Document: connect, disconnect, emit (what psygnal gave it).

It keeps the behaviour the editor relied on when the Document's signals were psygnal's:

- each Document has its own signals (``doc.inserted is doc.inserted``);
- a bound method is held weakly: once its object is gone it is dropped without a word;
  any other callable (a function, a lambda) is held strongly;
- a slot that takes fewer positional arguments than the signal gives gets the first
  ones; a slot that needs more cannot be connected (ValueError);
- slots run in the order they were connected, at once, also when a slot changes the
  document again (a nested emit runs before the outer one goes on); the slots called
  are those connected when the emit began;
- ``disconnect(slot)`` of a slot that is not connected does nothing; ``disconnect()``
  drops them all;
- an exception in a slot stops the emit and is raised as SlotError naming the signal
  and the slot, with the slot's exception as its ``__cause__`` (psygnal's EmitLoopError).

No import beyond ``weakref`` at start; ``inspect`` is used when a slot is connected.
"""

from __future__ import annotations

import weakref
from types import MethodType


class SlotError(Exception):
    """A slot connected to a signal raised; the slot's exception is the ``__cause__``."""


class Signal:
    """Declared on a class; each instance gets its own SignalInstance on first use."""

    def __init__(self, *types) -> None:
        self.types = types
        self.name = ""

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        instance.__dict__[self.name] = bound = SignalInstance(self.name, len(self.types))
        return bound


class _Slot:
    """One connection: the callable (or a weak reference to a method's object) and how many arguments it takes."""

    __slots__ = ("ref", "func", "max_args", "__weakref__")

    def __init__(self, ref, func, max_args: int | None) -> None:
        self.ref = ref  # weakref to a bound method's object, or None
        self.func = func  # the function of the method, or the callable itself
        self.max_args = max_args

    def target(self):
        """The callable to call now, or None when its object is gone."""
        if self.ref is None:
            return self.func
        obj = self.ref()
        return None if obj is None else MethodType(self.func, obj)

    def matches(self, slot) -> bool:
        if self.ref is None:
            return self.func == slot
        return isinstance(slot, MethodType) and slot.__func__ is self.func and slot.__self__ is self.ref()


class SignalInstance:
    """The signal of one object: connect, disconnect and emit."""

    __slots__ = ("name", "nargs", "_slots", "__weakref__")

    def __init__(self, name: str, nargs: int) -> None:
        self.name = name
        self.nargs = nargs
        self._slots: list[_Slot] = []

    def connect(self, slot):
        """Call ``slot`` on every emit from now on (see the module docstring); returns the slot."""
        if not callable(slot):
            raise TypeError(f"Cannot connect to non-callable object: {slot!r}")
        max_args = _max_args(slot, self.nargs, self.name)
        if isinstance(slot, MethodType):
            signal = weakref.ref(self)

            def gone(_ref, signal=signal) -> None:
                alive = signal()
                if alive is not None:
                    alive._slots[:] = [s for s in alive._slots if s.ref is not _ref]

            entry = _Slot(None, slot.__func__, max_args)
            try:
                entry.ref = weakref.ref(slot.__self__, gone)
            except TypeError:  # an object that cannot be weakly referenced is held like a function
                entry.func = slot
        else:
            entry = _Slot(None, slot, max_args)
        self._slots.append(entry)
        return slot

    def disconnect(self, slot=None) -> None:
        """Stop calling ``slot`` (nothing happens if it is not connected); without one, every slot."""
        if slot is None:
            self._slots.clear()
            return
        for i, entry in enumerate(self._slots):
            if entry.matches(slot):
                del self._slots[i]
                return

    def __len__(self) -> int:
        return len(self._slots)

    def emit(self, *args) -> None:
        """Call the connected slots with ``args``, in the order they were connected."""
        if not self._slots:
            return
        for entry in tuple(self._slots):
            call = entry.target()
            if call is None:
                continue
            try:
                if entry.max_args is None:
                    call(*args)
                else:
                    call(*args[:entry.max_args])
            except SlotError:
                raise
            except Exception as exc:
                name = getattr(call, "__qualname__", None) or repr(call)
                raise SlotError(f"{type(exc).__name__} in {name}, a slot of the signal {self.name!r}: {exc}") from exc


def _max_args(slot, nargs: int, name: str) -> int | None:
    """How many positional arguments to pass ``slot`` (None: all); ValueError if it needs more than ``nargs``."""
    import inspect

    try:
        parameters = inspect.signature(slot).parameters.values()
    except (TypeError, ValueError):  # no signature to read (some builtins): give it everything
        return None
    required = accepted = 0
    for p in parameters:
        if p.kind is p.VAR_POSITIONAL:
            accepted = -1
        elif p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            if accepted >= 0:
                accepted += 1
            if p.default is p.empty:
                required += 1
        elif p.kind is p.KEYWORD_ONLY and p.default is p.empty:
            raise ValueError(f"Cannot connect {slot!r} to {name!r}: it has a required keyword argument {p.name!r}")
    if required > nargs:
        raise ValueError(f"Cannot connect {slot!r} to {name!r}: it needs {required} arguments, the signal gives {nargs}")
    return None if accepted < 0 or accepted >= nargs else accepted
