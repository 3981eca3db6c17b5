"""Checking plain data against the .jmap JSON Schema, with readable messages.

``check_entity`` is the one validator of a single entity (a touchpoint, a note, the
meta...): loading runs it on every entity of a file, pasting on every pasted entity
and the editor on every field edit, so nothing can enter a map that a file may not
hold. It turns whole floats in integer fields (``2.0``) into integers and refuses
fractional ones (``2.5``).

fastjsonschema's validators (generated ahead of time as Python source, see
jmap.io.validatorcode) check the large benchmark map in ~10 ms (jsonschema needs
~240 ms, over the 150 ms load budget); when they find a problem, jsonschema gives
the precise, readable report.
"""

from __future__ import annotations

from functools import lru_cache

from jmap.core.names import COLLECTION_NAMES
from jmap.io.errors import JmapError
from jmap.io.jsontext import MAX_INT_DIGITS, json_path
from jmap.io.limits import COLOUR_PATTERN, ID_PATTERN
from jmap.io.validatorcode import JsonSchemaValueException, field_names, full_schema, validator

TYPE_NAMES = {"str": "a string", "int": "a number", "float": "a number", "list": "a list",
              "dict": "an object", "bool": "true/false", "NoneType": "null"}
#: Whole floats up to this size become ints; larger ones are left for the range checks.
_EXACT_FLOAT = 2.0 ** 53


def _entity_schema(collection: str) -> dict:
    props = full_schema()["properties"]
    return props["meta"] if collection == "meta" else props[collection]["items"]


@lru_cache(maxsize=1)
def _validator():
    import jsonschema  # only on the error path: valid files never need it (it costs ~50 ms to import)

    schema = full_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@lru_cache(maxsize=None)
def _entity_validator(collection: str):
    import jsonschema

    return jsonschema.Draft202012Validator(_entity_schema(collection))


def _schema_error(error) -> str:
    if error.validator == "required":
        return error.message.replace("is a required property", "is missing")
    if error.validator == "type":
        found = type(error.instance).__name__
        names = dict(TYPE_NAMES, int="an integer")
        wanted = error.validator_value
        if wanted == "integer" and found == "float":
            return f"expected a whole number, found {error.instance!r}"
        wanted = " or ".join(wanted) if isinstance(wanted, list) else wanted
        return f"expected {wanted}, found {names.get(found, found)}"
    if error.validator == "pattern" and error.validator_value == COLOUR_PATTERN:
        return f"{repr(error.instance)[:60]} is not a colour (expected #RRGGBB, such as #0072B2, or empty)"
    if error.validator == "pattern" and error.validator_value == ID_PATTERN:
        return (f"{repr(error.instance)[:60]} is not a valid id (letters, digits and _ . : - only, "
                "starting with a letter or digit)")
    if error.validator == "enum":
        shown = repr(error.instance)[:60]
        return f"{shown} is not one of {', '.join(map(str, error.validator_value))}"
    if error.validator == "maxItems":
        return f"too many entries ({len(error.instance)}; the limit is {error.validator_value})"
    if error.validator == "maxLength":
        return f"text too long ({len(error.instance)} characters; the limit is {error.validator_value})"
    message = error.message
    return message if len(message) < 200 else message[:200] + "…"


def _error_order(error) -> tuple:
    return len(error.absolute_path), list(map(str, error.absolute_path))


def _fast_validator(data: dict) -> None:
    """The whole file against the whole schema: the envelope, then every entity as it is."""
    validator("envelope")(data)  # the file without its entities
    if "meta" in data:
        validator("meta")(data["meta"])
    for name in COLLECTION_NAMES:
        check = validator(name)
        for record in data.get(name) or ():
            check(record)


def _whole_numbers(record: dict, names: tuple[str, ...]) -> dict:
    """``record`` with whole floats in the named integer fields turned into ints (a copy if any)."""
    fixed = None
    for name in names:
        value = record.get(name)
        if type(value) is float and value.is_integer() and abs(value) <= _EXACT_FLOAT:
            if fixed is None:
                fixed = dict(record)
            fixed[name] = int(value)
    return record if fixed is None else fixed


def entity_record(entity) -> dict:
    """The known fields of a model entity as plain data (what check_entity checks)."""
    from dataclasses import fields

    return {f.name: getattr(entity, f.name) for f in fields(entity) if f.name != "extra"}


@lru_cache(maxsize=None)
def _rules(collection: str) -> tuple:
    """(fast validator, integer fields, number fields) of a collection, looked up once."""
    _known, _required, integers, numbers = field_names(collection)
    return validator(collection), integers, numbers


def check_entity(collection: str, record, source: str = "this map", where: str = "$") -> dict:
    """The record of one entity (a dict, or a model entity) as a file may hold it, else JmapError.

    ``collection`` is a collection name or ``"meta"``. Whole floats in integer fields
    become ints in the returned record (the given one is left alone); anything outside
    the schema raises JmapError naming ``source`` and the JSON path under ``where``.
    """
    validate, integers, numbers = _rules(collection)
    if type(record) is not dict:
        if hasattr(type(record), "__dataclass_fields__"):  # a model entity (dataclasses.is_dataclass)
            record = entity_record(record)
        else:
            kind = TYPE_NAMES.get(type(record).__name__, type(record).__name__)
            raise JmapError(source, f"expected object, found {kind}", where)
    for name in integers:
        if type(record.get(name)) is float:
            record = _whole_numbers(record, integers)
            break
    try:
        validate(record)
    except JsonSchemaValueException as exc:
        errors = sorted(_entity_validator(collection).iter_errors(record), key=_error_order)
        if not errors:  # not expected: both follow the same schema
            raise JmapError(source, exc.message.replace("data", "", 1).strip(), where) from None
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        path = json_path(errors[0].absolute_path).replace("$", where, 1)
        raise JmapError(source, _schema_error(errors[0]) + more, path) from None
    for name in numbers:
        number = record.get(name)
        if type(number) is int and len(str(abs(number))) > MAX_INT_DIGITS:
            raise JmapError(source, f"integer with more than {MAX_INT_DIGITS} digits", f"{where}.{name}")
    return record


def check_structure(data: dict, source: str) -> None:
    """Raise JmapError naming the JSON path of the first problem in the structure.

    Every entity goes through check_entity; whole floats in integer fields are turned
    into ints in place.
    """
    data.update(_whole_numbers(data, field_names("envelope")[2]))  # minor_version
    try:
        validator("envelope")(data)  # the file without its entities
        data["meta"] = check_entity("meta", data["meta"], source, "$.meta")
        for name in COLLECTION_NAMES:
            items = data.get(name)
            for i, record in enumerate(items or ()):
                items[i] = check_entity(name, record, source, f"$.{name}[{i}]")
        return
    except (JsonSchemaValueException, JmapError) as exc:
        problem = exc
    # The whole file against the whole schema: the least deeply nested problem, and how many.
    errors = sorted(_validator().iter_errors(data), key=_error_order)
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise JmapError(source, _schema_error(first) + more, json_path(first.absolute_path))
    if isinstance(problem, JmapError):
        raise JmapError(source, problem.message, problem.json_path) from None
    raise JmapError(source, problem.message.replace("data.", "", 1), json_path(problem.path[1:])) from None


def schema_problem(data: dict) -> tuple[str, str] | None:
    """(JSON path, problem) of the first value outside the schema, for the writer; None if valid."""
    try:
        _fast_validator(data)
    except JsonSchemaValueException:
        errors = sorted(_validator().iter_errors(data), key=_error_order)
        if errors:
            return json_path(errors[0].absolute_path), _schema_error(errors[0])
    for i, metric in enumerate(data["metrics"]):
        for key in ("value", "target"):
            number = metric.get(key)
            if isinstance(number, int) and not isinstance(number, bool) and len(str(abs(number))) > MAX_INT_DIGITS:
                return f"$.metrics[{i}].{key}", f"integer with more than {MAX_INT_DIGITS} digits"
    return None
