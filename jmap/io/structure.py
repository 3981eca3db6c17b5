"""Checking plain data against the .jmap JSON Schema, with readable messages.

fastjsonschema compiles the schema to Python and checks the large benchmark map in
~10 ms (jsonschema needs ~240 ms, over the 150 ms load budget); when it finds a
problem, jsonschema gives the precise, readable report.
"""

from __future__ import annotations

from functools import lru_cache

import fastjsonschema

from jmap.io.errors import JmapError
from jmap.io.jsontext import MAX_INT_DIGITS, json_path
from jmap.io.schema import COLOUR_PATTERN, ID_PATTERN, build_schema

TYPE_NAMES = {"str": "a string", "int": "a number", "float": "a number", "list": "a list",
              "dict": "an object", "bool": "true/false", "NoneType": "null"}


@lru_cache(maxsize=1)
def _validator():
    import jsonschema  # only on the error path: valid files never need it (it costs ~50 ms to import)

    schema = build_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _schema_error(error) -> str:
    if error.validator == "required":
        return error.message.replace("is a required property", "is missing")
    if error.validator == "type":
        found = type(error.instance).__name__
        names = dict(TYPE_NAMES, int="an integer")
        wanted = error.validator_value
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


@lru_cache(maxsize=1)
def _fast_validator():
    return fastjsonschema.compile(build_schema())


def check_structure(data: dict, source: str) -> None:
    """Raise JmapError naming the JSON path of the first problem in the structure."""
    try:
        _fast_validator()(data)
        return
    except fastjsonschema.JsonSchemaValueException as exc:
        fast_error = exc
    validator = _validator()
    errors = sorted(validator.iter_errors(data), key=_error_order)
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise JmapError(source, _schema_error(first) + more, json_path(first.absolute_path))
    raise JmapError(source, fast_error.message.replace("data.", "", 1), json_path(fast_error.path[1:]))


def schema_problem(data: dict) -> tuple[str, str] | None:
    """(JSON path, problem) of the first value outside the schema, for the writer; None if valid."""
    try:
        _fast_validator()(data)
    except fastjsonschema.JsonSchemaValueException:
        errors = sorted(_validator().iter_errors(data), key=_error_order)
        if errors:
            return json_path(errors[0].absolute_path), _schema_error(errors[0])
    for i, metric in enumerate(data["metrics"]):
        for key in ("value", "target"):
            number = metric.get(key)
            if isinstance(number, int) and not isinstance(number, bool) and len(str(abs(number))) > MAX_INT_DIGITS:
                return f"$.metrics[{i}].{key}", f"integer with more than {MAX_INT_DIGITS} digits"
    return None
