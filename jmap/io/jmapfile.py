"""Reading and writing .jmap files: untrusted bytes -> checked plain data -> Document.

Reading never trusts the file: size (checked before reading), object and value counts
(checked before parsing), depth, number and string limits, strict UTF-8, no NaN/Infinity,
no huge integers, no key twice in one object, no lone surrogates; structure is checked
against the JSON Schema, every entity with check_entity (whole floats in integer fields
become ints); ids must be unique; dangling references are dropped with warnings so the
map can still be used; the Document is then built in one go (Document.from_entities). Every error names the file, the JSON path and what is wrong. Writing is
deterministic (the same map always gives the same bytes) and refuses a map that could
not be read back.
"""

from __future__ import annotations

import json
import math
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from jmap.core.document import Document
from jmap.core.model import COLLECTIONS, REFERENCES, MapMeta, ref_targets
from jmap.io.errors import JmapError, LoadWarning, NewerVersionError, SaveError
from jmap.io.migrations import migrate
from jmap.io.jsontext import (
    MAX_FILE_BYTES,
    SURROGATE,
    check_counts,
    decode_text,
    depth,
    find_surrogate,
    json_path,
    parse_json,
    read_file,
    too_large,
)
from jmap.io.schema import (
    FORMAT_MARKER,
    FORMAT_VERSION,
    MAX_EXTRA_DEPTH,
    MAX_ITEMS,
    MAX_TOTAL_PICTURE_BYTES,
    MINOR_COLLECTIONS,
)
from jmap.io.structure import TYPE_NAMES, check_structure, schema_problem


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
        if not value and f.metadata.get("omit_empty"):  # an optional field, written only when set
            continue
        out[f.name] = list(value) if isinstance(value, list) else value
    for key in sorted(entity.extra):
        if key not in out:
            out[key] = entity.extra[key]
    return out


def to_dict(doc: Document) -> dict:
    """The plain-data form of a document, in file order."""
    data: dict = {"format": FORMAT_MARKER, "version": FORMAT_VERSION, "minor_version": 0}
    data["meta"] = _entity_dict(doc.meta)
    used = {e.picture for name in ("notes", "touchpoints") for e in doc.items(name) if e.picture}
    for name in COLLECTIONS:
        items = doc.items(name)
        if name == "pictures":  # a picture no card or note shows any more is not written
            items = [p for p in items if p.id in used]
        if name in MINOR_COLLECTIONS and not items:
            continue  # a later addition, written only when used
        data[name] = [_entity_dict(e) for e in items]
        data["minor_version"] = max(data["minor_version"], MINOR_COLLECTIONS.get(name, 0))
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
    problem = schema_problem(data)
    if problem is None and "pictures" in data:
        too_much = _pictures_too_large(data["pictures"])
        if too_much:
            problem = ("$.pictures", too_much)
    if problem is None:
        try:
            raw = _encode(data)
        except (ValueError, TypeError, RecursionError) as exc:
            problem = _unwritable(data) or ("", str(exc))
        else:
            if len(raw) <= MAX_FILE_BYTES:
                return raw
            problem = ("$", f"the file would be {len(raw) / 1e6:.1f} MB; the limit is "
                            f"{MAX_FILE_BYTES // (1024 * 1024)} MB")
    where, what = problem
    raise UnwritableMapError("this map", f"{what}; it cannot be saved until this is corrected", where)


def _encode(data: dict) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")


def unchecked_dumps(doc: Document) -> bytes:
    """The bytes ``dumps`` gives for a map known to be valid (one just loaded: hashing it need not
    compile the whole-file schema check on the editor's start path); ValueError if not JSON."""
    try:
        return _encode(to_dict(doc))
    except (TypeError, RecursionError) as exc:
        raise ValueError(str(exc)) from exc


def _unwritable(data) -> tuple[str, str] | None:
    """(JSON path, problem) of the first value that a .jmap file cannot hold."""
    stack = [(data, [])]
    while stack:
        node, where = stack.pop()
        if isinstance(node, float) and not math.isfinite(node):
            return json_path(where), f"{node} is not a finite number"
        if isinstance(node, str) and SURROGATE.search(node):
            return json_path(where), "text contains a lone UTF-16 surrogate"
        if isinstance(node, dict):
            for key, child in reversed(node.items()):
                if not isinstance(key, str) or SURROGATE.search(key):
                    return json_path(where), f"{key!r} cannot be a key"
                stack.append((child, where + [key]))
        elif isinstance(node, (list, tuple)):
            stack.extend((child, where + [i]) for i, child in reversed(list(enumerate(node))))
        elif node is not None and not isinstance(node, (str, int, float, bool)):
            return json_path(where), f"a {type(node).__name__} cannot be stored"
    return None


# --------------------------------------------------------------------- reading
def _build(cls, record: dict, known: set[str]):
    values = {k: v for k, v in record.items() if k in known}
    extra = {k: v for k, v in record.items() if k not in known}
    if extra and depth(extra, MAX_EXTRA_DEPTH) > MAX_EXTRA_DEPTH:
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
        kind = TYPE_NAMES.get(type(data).__name__, type(data).__name__)
        raise JmapError(source, f"expected a JSON object at the top, found {kind}", "$")
    marker = data.get("format")
    if marker != FORMAT_MARKER:
        raise JmapError(source, f"not a jmap file (format marker is {marker!r}, expected 'jmap')", "$.format")
    version = data.get("version")
    if type(version) is float and version.is_integer():  # 1.0: a whole number, as for every integer field
        data = dict(data, version=int(version))
        version = data["version"]
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
    check_structure(data, source)  # every entity through check_entity; whole floats become ints

    warnings: list[LoadWarning] = []
    try:
        meta = _build(MapMeta, data["meta"], _known(MapMeta))
    except ValueError as exc:
        raise JmapError(source, str(exc), "$.meta") from None
    seen: dict[str, str] = {}
    built: dict[str, dict[str, object]] = {name: {} for name in COLLECTIONS}  # id -> entity, in file order
    for name in _BUILD_ORDER:  # pictures (written last) first: cards and notes refer to them
        cls = COLLECTIONS[name][0]
        known = _known(cls)
        index = built[name]
        refs = REFERENCES.get(name, {})
        required = _required(cls)
        for i, record in enumerate(data.get(name, [])):
            path = f"$.{name}[{i}]"
            eid = record["id"]
            if eid in seen:
                raise JmapError(source, f"duplicate id {eid!r} (already used at {seen[eid]})", path + ".id")
            seen[eid] = path
            dangling = [f for f, target in refs.items() if (record.get(f) or f in required)
                        and not any(record.get(f) in built[t] for t in ref_targets(target))]
            if dangling:
                f = dangling[0]
                noun = " or ".join(t[:-1] for t in ref_targets(refs[f]))
                what = f"refers to missing {noun} {record[f]!r}" if record.get(f) else f"has no {noun}"
                if name == "emotions" and f == "touchpoint":
                    record = dict(record, touchpoint="")
                    warnings.append(LoadWarning(f"{path}.touchpoint", f"{what}; anchor removed"))
                elif f == "picture" and dangling == ["picture"]:
                    record = dict(record, picture="")
                    warnings.append(LoadWarning(f"{path}.picture", f"{what}; shown without it"))
                else:
                    warnings.append(LoadWarning(f"{path}.{f}", f"{what}; this {name[:-1]} was left out"))
                    continue
            if name == "emotions" and record.get("touchpoint"):
                anchor = built["touchpoints"][record["touchpoint"]]
                if anchor.stage != record["stage"]:  # it would be drawn in another stage's column
                    warnings.append(LoadWarning(f"{path}.touchpoint", f"touchpoint {anchor.id!r} is in stage "
                                                f"{anchor.stage!r}, not {record['stage']!r}; anchor removed"))
                    record = dict(record, touchpoint="")
            try:
                index[eid] = _build(cls, record, known)
            except ValueError as exc:
                raise JmapError(source, str(exc), path) from None
    warnings += _check_pictures(data.get("pictures") or [], source)
    extra = {}
    for key, value in data.items():
        if key not in ("format", "version", "minor_version", "meta") and key not in COLLECTIONS:
            if depth(value, MAX_EXTRA_DEPTH) > MAX_EXTRA_DEPTH:
                raise JmapError(source, "unknown field is nested too deeply", f"$.{key}")
            extra[key] = value
    doc = Document.from_entities(meta, {name: list(index.values()) for name, index in built.items()}, extra)
    return LoadResult(doc, warnings)


_BUILD_ORDER = ("pictures",) + tuple(name for name in COLLECTIONS if name != "pictures")


def _pictures_too_large(records: list) -> str | None:
    """Why the pictures (plain records) together are over MAX_TOTAL_PICTURE_BYTES, or None."""
    total = sum(len(r.get("data", "")) * 3 // 4 for r in records)
    if total > MAX_TOTAL_PICTURE_BYTES:
        return (f"the pictures take {total / 1e6:.1f} MB together; the limit is "
                f"{MAX_TOTAL_PICTURE_BYTES // (1024 * 1024)} MB")
    return None


def _check_pictures(records: list, source: str) -> list[LoadWarning]:
    """Warnings for pictures that cannot be shown (they stay in the map, drawn as placeholders).

    All the pictures together beyond MAX_TOTAL_PICTURE_BYTES refuse the file (JmapError).
    Pillow is imported only for a map that has pictures.
    """
    if not records:
        return []
    from jmap.core.model import Picture
    from jmap.io.pictures import picture_problem

    too_much = _pictures_too_large(records)
    if too_much:
        raise JmapError(source, too_much, "$.pictures")
    warnings = []
    for i, record in enumerate(records):
        problem = picture_problem(_build(Picture, record, _known(Picture)))
        if problem:
            warnings.append(LoadWarning(f"$.pictures[{i}]", f"picture {record['id']!r} cannot be shown: {problem}; "
                                        "a placeholder is drawn instead"))
    return warnings


def loads(raw: bytes, source: str = "<memory>") -> LoadResult:
    """Load a document from the bytes of a .jmap file."""
    if len(raw) > MAX_FILE_BYTES:
        raise too_large(source, len(raw))
    text = decode_text(raw, source)
    check_counts(text, source)
    data = parse_json(text, source)
    if "\\u" in text or "\\U" in text:
        where = find_surrogate(data, [])
        if where is not None:
            raise JmapError(source, "text contains an invalid character (a lone UTF-16 surrogate)", json_path(where))
    return from_dict(data, source)


def load(path: str | Path) -> LoadResult:
    """Load a .jmap file; raises JmapError with a one-line message on any problem."""
    return loads(read_file(path), str(path))
