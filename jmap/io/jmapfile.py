"""Reading and writing .jmap files: untrusted bytes -> checked plain data -> Document.

Reading never trusts the file: size (checked before reading), object-count (checked
before parsing), depth, number and string limits, strict UTF-8, no NaN/Infinity, no
huge integers, no lone surrogates; structure is checked against the JSON Schema; ids
must be unique; dangling references are dropped with warnings so the map can still be
used. Every error names the file, the JSON path and what is wrong. Writing is
deterministic (the same map always gives the same bytes) and refuses a map that could
not be read back.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache
from pathlib import Path

import fastjsonschema
import jsonschema

from jmap.core.document import Document
from jmap.core.model import COLLECTIONS, REFERENCES, MapMeta
from jmap.io.errors import JmapError, LoadWarning, NewerVersionError, SaveError
from jmap.io.migrations import migrate
from jmap.io.schema import (
    COLOUR_PATTERN,
    FORMAT_MARKER,
    FORMAT_MINOR,
    FORMAT_VERSION,
    ID_PATTERN,
    MAX_CONTAINERS,
    MAX_EXTRA_DEPTH,
    MAX_FILE_BYTES,
    MAX_ITEMS,
    build_schema,
)

_MAX_INT_DIGITS = 18
_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_TYPE_NAMES = {"str": "a string", "int": "a number", "float": "a number", "list": "a list",
               "dict": "an object", "bool": "true/false", "NoneType": "null"}


@dataclass
class LoadResult:
    document: Document
    warnings: list[LoadWarning] = field(default_factory=list)


# --------------------------------------------------------------------- writing
def _entity_dict(entity) -> dict:
    out = {}
    for f in fields(entity):
        if f.name == "extra":
            continue
        value = getattr(entity, f.name)
        out[f.name] = list(value) if isinstance(value, list) else value
    for key in sorted(entity.extra):
        if key not in out:
            out[key] = entity.extra[key]
    return out


def to_dict(doc: Document) -> dict:
    """The plain-data form of a document, in file order."""
    data: dict = {"format": FORMAT_MARKER, "version": FORMAT_VERSION, "minor_version": FORMAT_MINOR}
    data["meta"] = _entity_dict(doc.meta)
    for name in COLLECTIONS:
        data[name] = [_entity_dict(e) for e in doc.items(name)]
    for key in sorted(doc.extra):
        data.setdefault(key, doc.extra[key])
    return data


class UnwritableMapError(SaveError, ValueError):
    """The map holds something no .jmap file may contain; nothing was written."""


def dumps(doc: Document) -> bytes:
    """The exact bytes of a .jmap file: UTF-8, two-space indent, newline at the end.

    A map that could not be loaded again (a value outside the schema, NaN, a lone
    surrogate, an integer with too many digits, a Python object that is not JSON) raises
    UnwritableMapError (a SaveError and a ValueError) naming the JSON path, so that a
    save never writes a file that will not open.
    """
    data = to_dict(doc)
    problem = _schema_problem(data)
    if problem is None:
        try:
            return (json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")
        except (ValueError, TypeError, RecursionError) as exc:
            problem = _unwritable(data) or ("", str(exc))
    where, what = problem
    raise UnwritableMapError("this map", f"{what}; it cannot be saved until this is corrected", where)


def _schema_problem(data: dict) -> tuple[str, str] | None:
    try:
        _fast_validator()(data)
    except fastjsonschema.JsonSchemaValueException:
        errors = sorted(_validator().iter_errors(data), key=_error_order)
        if errors:
            return _json_path(errors[0].absolute_path), _schema_error(errors[0])
    for i, metric in enumerate(data["metrics"]):
        for key in ("value", "target"):
            number = metric.get(key)
            if isinstance(number, int) and not isinstance(number, bool) and len(str(abs(number))) > _MAX_INT_DIGITS:
                return f"$.metrics[{i}].{key}", f"integer with more than {_MAX_INT_DIGITS} digits"
    return None


def _unwritable(data) -> tuple[str, str] | None:
    """(JSON path, problem) of the first value that a .jmap file cannot hold."""
    stack = [(data, [])]
    while stack:
        node, where = stack.pop()
        if isinstance(node, float) and not math.isfinite(node):
            return _json_path(where), f"{node} is not a finite number"
        if isinstance(node, str) and _SURROGATE.search(node):
            return _json_path(where), "text contains a lone UTF-16 surrogate"
        if isinstance(node, dict):
            for key, child in reversed(node.items()):
                if not isinstance(key, str) or _SURROGATE.search(key):
                    return _json_path(where), f"{key!r} cannot be a key"
                stack.append((child, where + [key]))
        elif isinstance(node, (list, tuple)):
            stack.extend((child, where + [i]) for i, child in reversed(list(enumerate(node))))
        elif node is not None and not isinstance(node, (str, int, float, bool)):
            return _json_path(where), f"a {type(node).__name__} cannot be stored"
    return None


# --------------------------------------------------------------------- reading
class _BadNumber(ValueError):
    """A number the format does not allow; ``token`` is its text, to find it in the file."""

    def __init__(self, message: str, token: str) -> None:
        super().__init__(message)
        self.token = token


def _reject_constant(name: str):
    raise _BadNumber(f"{name} is not allowed in a .jmap file", name)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(f"number {text[:20]} is too large", text)
    return value


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise _BadNumber(f"integer with {len(text.lstrip('-'))} digits is too large", text)
    return int(text)


def _find_token(text: str, token: str) -> int:
    """Offset of a bare (unquoted) JSON value ``token`` in ``text``, or -1."""
    end = r"(?=\s*[,\]}])" if len(token) <= 200 else ""  # a long one: its first 200 characters
    match = re.compile(r"[\[:,]\s*(" + re.escape(token[:200]) + ")" + end).search(text)
    return match.start(1) if match else -1


def _line_col(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {col}"


def _decode(raw: bytes, source: str) -> str:
    if not raw.strip():
        raise JmapError(source, "the file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) > 1 and (raw[0] == 0 or raw[1] == 0)):
        raise JmapError(source, "the file is UTF-16 encoded; .jmap files must be UTF-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        raise JmapError(source, "the file starts with a byte-order mark; .jmap files must be UTF-8 without BOM")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = raw[: exc.start].decode("utf-8", "replace")
        raise JmapError(
            source, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at {_line_col(prefix, len(prefix))}); is this a .jmap file?"
        ) from None


def _parse(text: str, source: str):
    try:
        return json.loads(
            text, parse_constant=_reject_constant, parse_float=_parse_float, parse_int=_parse_int
        )
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            what = "the file ends in the middle of the JSON (truncated?)"
        elif exc.msg.startswith("Unterminated string"):
            what = "a text is not closed before the end of the file (truncated?)"
        else:
            what = exc.msg
        raise JmapError(source, f"invalid JSON at {_line_col(text, exc.pos)}: {what}") from None
    except RecursionError:
        raise JmapError(source, "the JSON is nested too deeply") from None
    except _BadNumber as exc:
        pos = _find_token(text, exc.token)
        where = f" at {_line_col(text, pos)}" if pos >= 0 else ""
        raise JmapError(source, f"invalid JSON{where}: {exc}") from None
    except ValueError as exc:
        raise JmapError(source, f"invalid JSON: {exc}") from None


def _check_containers(text: str, source: str) -> None:
    """Refuse a file with more objects and arrays than MAX_CONTAINERS, before parsing it."""
    if text.count("{") + text.count("[") <= MAX_CONTAINERS:
        return  # the quick count includes brackets inside strings: an upper bound
    bare = _JSON_STRING.sub("", text)
    if bare.count("{") + bare.count("[") > MAX_CONTAINERS:
        raise JmapError(source, f"too many objects and lists in the file (the limit is {MAX_CONTAINERS:,})")


def _json_path(parts) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _find_surrogate(value, path: list):
    """The JSON path of the first string holding a lone surrogate, or None."""
    stack = [(value, path)]
    while stack:
        node, where = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                return where
        elif isinstance(node, dict):
            for key, child in node.items():
                if _SURROGATE.search(key):
                    return where + [key.encode("utf-8", "backslashreplace").decode()]
                stack.append((child, where + [key]))
        elif isinstance(node, list):
            stack.extend((child, where + [i]) for i, child in enumerate(node))
    return None


def _depth(value, limit: int) -> int:
    """Nesting depth of a value, stopping once ``limit`` is passed."""
    stack = [(value, 1)]
    deepest = 0
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return deepest


@lru_cache(maxsize=1)
def _validator():
    schema = build_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _schema_error(error) -> str:
    if error.validator == "required":
        return error.message.replace("is a required property", "is missing")
    if error.validator == "type":
        found = type(error.instance).__name__
        names = dict(_TYPE_NAMES, int="an integer")
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


def _check_structure(data: dict, source: str) -> None:
    # fastjsonschema compiles the schema to Python and checks the large benchmark map
    # in ~10 ms (jsonschema needs ~240 ms, over the 150 ms load budget); when it
    # finds a problem, jsonschema gives the precise, readable report.
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
        raise JmapError(source, _schema_error(first) + more, _json_path(first.absolute_path))
    raise JmapError(source, fast_error.message.replace("data.", "", 1), _json_path(fast_error.path[1:]))


def _build(cls, record: dict, known: set[str]):
    values = {k: v for k, v in record.items() if k in known}
    extra = {k: v for k, v in record.items() if k not in known}
    if extra and _depth(extra, MAX_EXTRA_DEPTH) > MAX_EXTRA_DEPTH:
        raise ValueError("unknown fields are nested too deeply")
    return cls(**values, extra=extra)


@lru_cache(maxsize=None)
def _required(cls) -> frozenset[str]:
    """Fields without a default: a reference in one of them may not be empty."""
    return frozenset(f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING)


@lru_cache(maxsize=None)
def _known(cls) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls) if f.name != "extra")


def from_dict(data, source: str = "<memory>") -> LoadResult:
    """Check plain data of any version and build a Document from it."""
    if not isinstance(data, dict):
        kind = _TYPE_NAMES.get(type(data).__name__, type(data).__name__)
        raise JmapError(source, f"expected a JSON object at the top, found {kind}", "$")
    marker = data.get("format")
    if marker != FORMAT_MARKER:
        raise JmapError(source, f"not a jmap file (format marker is {marker!r}, expected 'jmap')", "$.format")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise JmapError(source, f"format version must be a whole number, found {version!r}", "$.version")
    if version > FORMAT_VERSION:
        raise NewerVersionError(
            source,
            f"written by a newer jmap (format version {version}; this jmap reads up to {FORMAT_VERSION}). "
            "Update jmap to open it.",
            "$.version",
        )
    if version < FORMAT_VERSION:
        try:
            data = migrate(data, FORMAT_VERSION)
        except Exception as exc:  # a broken old file: say so instead of a traceback
            raise JmapError(source, f"cannot upgrade this version-{version} file: {exc}") from None
    for name in COLLECTIONS:
        items = data.get(name)
        if isinstance(items, list) and len(items) > MAX_ITEMS:
            raise JmapError(source, f"too many entries ({len(items)}; the limit is {MAX_ITEMS})", f"$.{name}")
    _check_structure(data, source)

    warnings: list[LoadWarning] = []
    doc = Document()
    try:
        doc.meta = _build(MapMeta, data["meta"], _known(MapMeta))
    except ValueError as exc:
        raise JmapError(source, str(exc), "$.meta") from None
    seen: dict[str, str] = {}
    for name, (cls, _prefix) in COLLECTIONS.items():
        known = _known(cls)
        items = doc._lists[name]
        index = doc._by_id[name]
        for i, record in enumerate(data.get(name, [])):
            path = f"$.{name}[{i}]"
            eid = record["id"]
            if eid in seen:
                raise JmapError(source, f"duplicate id {eid!r} (already used at {seen[eid]})", path + ".id")
            seen[eid] = path
            refs = REFERENCES.get(name, {})
            required = _required(cls)
            dangling = [f for f, target in refs.items()
                        if (record.get(f) or f in required) and record.get(f) not in doc._by_id[target]]
            if dangling:
                f = dangling[0]
                what = f"refers to missing {refs[f][:-1]} {record[f]!r}" if record.get(f) else f"has no {refs[f][:-1]}"
                if name == "emotions" and f == "touchpoint":
                    record = dict(record, touchpoint="")
                    warnings.append(LoadWarning(f"{path}.touchpoint", f"{what}; anchor removed"))
                else:
                    warnings.append(LoadWarning(f"{path}.{f}", f"{what}; this {name[:-1]} was left out"))
                    continue
            try:
                entity = _build(cls, record, known)
            except ValueError as exc:
                raise JmapError(source, str(exc), path) from None
            items.append(entity)
            index[eid] = entity
            doc._note_id(name, eid)
    for key, value in data.items():
        if key not in ("format", "version", "minor_version", "meta") and key not in COLLECTIONS:
            if _depth(value, MAX_EXTRA_DEPTH) > MAX_EXTRA_DEPTH:
                raise JmapError(source, "unknown field is nested too deeply", f"$.{key}")
            doc.extra[key] = value
    return LoadResult(doc, warnings)


def _too_large(source: str, size: int | None = None) -> JmapError:
    shown = f"{size / 1_048_576:.1f} MB" if size is not None else f"over {MAX_FILE_BYTES // 1_048_576} MB"
    return JmapError(source, f"the file is too large ({shown}; the limit is {MAX_FILE_BYTES // 1_048_576} MB)")


def loads(raw: bytes, source: str = "<memory>") -> LoadResult:
    """Load a document from the bytes of a .jmap file."""
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(source, len(raw))
    text = _decode(raw, source)
    _check_containers(text, source)
    data = _parse(text, source)
    if "\\u" in text or "\\U" in text:
        where = _find_surrogate(data, [])
        if where is not None:
            raise JmapError(source, "text contains an invalid character (a lone UTF-16 surrogate)", _json_path(where))
    return from_dict(data, source)


def _read_file(path: Path, source: str) -> bytes:
    """The bytes of a regular file no larger than the limit; OSError or JmapError otherwise."""
    if path.is_dir():
        raise IsADirectoryError(source)
    # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then tells what was opened.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(source)
        if not stat.S_ISREG(info.st_mode):
            raise JmapError(source, "not a regular file")  # a FIFO or device would block or never end
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(source, info.st_size)  # refused before reading a byte
        return fh.read(MAX_FILE_BYTES + 1)


def load(path: str | Path) -> LoadResult:
    """Load a .jmap file; raises JmapError with a one-line message on any problem."""
    path = Path(path)
    source = str(path)
    try:
        raw = _read_file(path, source)
    except JmapError:
        raise
    except FileNotFoundError:
        raise JmapError(source, "no such file") from None
    except IsADirectoryError:
        raise JmapError(source, "is a folder, not a file") from None
    except PermissionError:
        raise JmapError(source, "permission denied") from None
    except OSError as exc:
        raise JmapError(source, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(source)  # it grew while being read
    return loads(raw, source)
