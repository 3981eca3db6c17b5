"""Reading and writing .jmap files: untrusted bytes -> checked plain data -> Document.

Reading never trusts the file: every check (limits, strict UTF-8 JSON, the format
version, the schema, unique ids, dangling references dropped with warnings so the map
can still be used, pictures) is jmap.io.plain's, which ``jmap validate`` runs too; the
Document is then built from the checked records in one go (Document.from_entities).
Every error names the file, the JSON path and what is wrong. Writing is deterministic
(the same map always gives the same bytes) and refuses a map that could not be read back.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, fields
from pathlib import Path

from jmap.core.document import Document
from jmap.core.gcpause import no_gc_pauses
from jmap.core.model import COLLECTIONS, MapMeta
from jmap.io.errors import LoadWarning, SaveError
from jmap.io.jsontext import MAX_FILE_BYTES, SURROGATE, json_path
from jmap.io.limits import FORMAT_MARKER, FORMAT_VERSION, MINOR_COLLECTIONS
from jmap.io.plain import Checked, check_bytes, check_data, check_file, pictures_too_large, split_known
from jmap.io.structure import schema_problem
from jmap.io.validatorcode import field_names


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
        too_much = pictures_too_large(data["pictures"])
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
def _build(checked: Checked) -> LoadResult:
    """The Document of checked data (jmap.io.plain), in one go."""
    values, extra = split_known(checked.meta, field_names("meta")[0])
    meta = MapMeta(**values, extra=extra)
    collections = {}
    for name, records in checked.records.items():
        cls = COLLECTIONS[name][0]
        known = field_names(name)[0]
        entities = []
        for record in records:
            values, extra = split_known(record, known)
            entities.append(cls(**values, extra=extra))
        collections[name] = entities
    return LoadResult(Document.from_entities(meta, collections, checked.extra), checked.warnings)


def _loaded(check, *args) -> LoadResult:
    """Check and build with the cyclic collector paused: a big map is tens of thousands of new
    objects, and the full collections they would set off walk the whole heap again and again."""
    with no_gc_pauses():
        return _build(check(*args))


def from_dict(data, source: str = "<memory>") -> LoadResult:
    """Check plain data of any version (jmap.io.plain.check_data) and build a Document from it."""
    return _loaded(check_data, data, source)


def loads(raw: bytes, source: str = "<memory>") -> LoadResult:
    """Load a document from the bytes of a .jmap file."""
    return _loaded(check_bytes, raw, source)


def load(path: str | Path) -> LoadResult:
    """Load a .jmap file; raises JmapError with a one-line message on any problem."""
    return _loaded(check_file, path)
