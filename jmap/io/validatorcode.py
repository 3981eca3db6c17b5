"""The .jmap schema's validators as Python source, generated once instead of compiled at each start.

fastjsonschema compiles a schema to Python source; compiling the entity schemas at
run time cost ~40 ms of every ``jmap validate``/``jmap export``. The source is
generated into ``jmap/io/_generated`` (``python -m jmap.io.validatorcode``; a test
checks it is up to date, like ``resources/jmap.schema.json``), so a run imports it
and never loads fastjsonschema. The exceptions the generated code raises are
defined here, with the attributes of fastjsonschema's.
"""

from __future__ import annotations

import importlib
import sys
from functools import lru_cache

from jmap.core.names import COLLECTION_NAMES
from jmap.io.limits import COLOUR_PATTERN, ID_PATTERN, MAP_ID_PATTERN, SHA256_PATTERN

#: envelope: the file without its entities; meta and each collection: one entity.
NAMES = ("envelope", "meta", *COLLECTION_NAMES)
_SPLIT = r"[\.\[\]]+"


def __getattr__(name: str):
    if name == "GENERATED":  # the folder of the generated modules (pathlib only when asked for)
        from pathlib import Path

        return Path(__file__).with_name("_generated")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _DecimalType(type):
    def __instancecheck__(cls, value) -> bool:
        decimal = sys.modules.get("decimal")  # not imported: then no value can be a Decimal
        return decimal is not None and isinstance(value, decimal.Decimal)


class Decimal(metaclass=_DecimalType):
    """Stands for decimal.Decimal in the generated code's isinstance checks without importing decimal."""


class JsonSchemaValueException(ValueError):
    """A value outside the schema (the attributes of fastjsonschema's exception)."""

    def __init__(self, message, value=None, name=None, definition=None, rule=None) -> None:
        super().__init__(message)
        self.message, self.value, self.name, self.definition, self.rule = message, value, name, definition, rule

    @property
    def path(self) -> list[str]:
        import re

        return [item for item in re.split(_SPLIT, self.name or "") if item != ""]


_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _is_id(text: str) -> bool:
    return text != "" and text[0] in _ALNUM and not text.strip(_ALNUM + "_.:-")


def _is_colour(text: str) -> bool:
    return text == "" or (len(text) == 7 and text[0] == "#" and not text[1:].strip("0123456789abcdefABCDEF"))


def _converted(pattern: str) -> str:
    """A schema pattern as fastjsonschema compiles it (the end of the text is \\Z, not $)."""
    return pattern[:-1] + "\\Z" if pattern.endswith("$") else pattern


#: The schema's patterns (as compiled) -> the same test with str methods: compiling them with
#: re (and importing re) would cost more than checking a small map.
_PLAIN_PATTERNS = {
    _converted(ID_PATTERN): _is_id,
    _converted(MAP_ID_PATTERN): lambda text: text == "" or _is_id(text),
    _converted(COLOUR_PATTERN): _is_colour,
    _converted(SHA256_PATTERN): lambda text: len(text) == 64 and not text.strip("0123456789abcdef"),
}


class PlainPattern:
    """A compiled pattern of the schema whose ``search`` is a plain function (see _PLAIN_PATTERNS)."""

    __slots__ = ("pattern", "_test")

    def __init__(self, pattern: str, test) -> None:
        self.pattern, self._test = pattern, test

    def search(self, text: str):
        return True if self._test(text) else None


def compile_pattern(pattern: str):
    """re.compile(pattern) for the generated code: a PlainPattern for the schema's own patterns."""
    test = _PLAIN_PATTERNS.get(pattern)
    if test is None:
        import re

        return re.compile(pattern)
    return PlainPattern(pattern, test)


class JsonSchemaValuesException(ValueError):
    """Several values outside the schema (only raised without fast_fail, never here)."""

    def __init__(self, errors) -> None:
        self.message = "; ".join(error.message for error in errors)
        super().__init__(self.message)
        self.errors = errors


@lru_cache(maxsize=1)
def full_schema() -> dict:
    from jmap.io.schema import build_schema

    return build_schema()


def schema_of(name: str) -> dict:
    """The schema the validator ``name`` (one of NAMES) checks."""
    import copy

    props = full_schema()["properties"]
    if name == "meta":
        return props["meta"]
    if name in COLLECTION_NAMES:
        return props[name]["items"]
    schema = copy.deepcopy(full_schema())
    schema["properties"]["meta"] = {"type": "object"}
    for collection in COLLECTION_NAMES:
        del schema["properties"][collection]["items"]
    return schema


def source(name: str) -> str:
    """The generated module of the validator ``name``."""
    import re

    import fastjsonschema

    code = fastjsonschema.compile_to_code(schema_of(name))
    code = code.replace("from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException",
                        "from jmap.io.validatorcode import JsonSchemaValueException, JsonSchemaValuesException")
    assert "jmap.io.validatorcode" in code, "fastjsonschema changed its generated imports"
    if "\nimport re\n" in code:
        code = code.replace("\nimport re\n", "\nfrom jmap.io.validatorcode import compile_pattern\n", 1)
        code = code.replace(": re.compile(", ": compile_pattern(")
    assert not re.search(r"\bre\.", code), "fastjsonschema uses re anew"
    if "from decimal import Decimal\n" in code:
        code = code.replace("from decimal import Decimal\n", "from jmap.io.validatorcode import Decimal\n", 1)
    assert "import decimal" not in code and "from decimal" not in code, "fastjsonschema imports decimal anew"
    root = re.search(r"^def (validate\w*)\(", code, re.MULTILINE).group(1)  # the first is the root
    if root != "validate":
        code += f"\n\nvalidate = {root}\n"
    code += _field_names(schema_of(name))
    header = (f'"""Generated by python -m jmap.io.validatorcode from the .jmap schema ({name}): do not edit."""\n'
              "# fmt: off\n# ruff: noqa\n")
    return header + code


def _field_names(schema: dict) -> str:
    """The source of the generated module's tables of field names (what checking a record needs
    besides the validator, so that it never builds the schema from the model)."""
    props = schema["properties"]

    def typed(kind) -> tuple[str, ...]:
        return tuple(f for f, s in props.items()
                     if (tuple(s["type"]) if isinstance(s.get("type"), list) else s.get("type")) == kind)

    return ("\n\n# The fields of the object: all of them, the required ones, the integers and the numbers or null.\n"
            f"PROPERTIES = {tuple(props)!r}\nREQUIRED = {tuple(schema.get('required', ()))!r}\n"
            f"INTEGERS = {typed('integer')!r}\nNUMBERS = {typed(('number', 'null'))!r}\n")


def _generated(name: str):
    """The generated module ``name``, else its source compiled now (a source tree without them)."""
    try:
        return importlib.import_module(f"jmap.io._generated.{name}")
    except ImportError:
        import types

        namespace: dict = {}
        exec(compile(source(name), f"<jmap validator {name}>", "exec"), namespace)
        return types.SimpleNamespace(**namespace)


@lru_cache(maxsize=None)
def validator(name: str):
    """The validate(data) function of ``name`` (one of NAMES)."""
    return _generated(name).validate


@lru_cache(maxsize=None)
def field_names(name: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(all fields, required ones, integer ones, number-or-null ones) of the objects ``name`` checks."""
    module = _generated(name)
    return frozenset(module.PROPERTIES), module.REQUIRED, module.INTEGERS, module.NUMBERS


def write() -> list[Path]:
    """(Re)generate every validator module; the paths written."""
    from pathlib import Path

    GENERATED = Path(__file__).with_name("_generated")
    GENERATED.mkdir(exist_ok=True)
    written = [GENERATED / "__init__.py"]
    written[0].write_text('"""Validators generated from the .jmap schema (see jmap.io.validatorcode)."""\n',
                          encoding="utf-8")
    for name in NAMES:
        path = GENERATED / f"{name}.py"
        path.write_text(source(name), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write():
        print(path)
