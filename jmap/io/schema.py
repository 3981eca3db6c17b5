"""The JSON Schema of the .jmap format, built from the model so the two never drift.

``resources/jmap.schema.json`` is this schema written out (``python -m jmap.io.schema``);
a test checks that the published file is up to date.
"""

from __future__ import annotations

import json
import sys
import types
import typing
from dataclasses import MISSING, fields
from pathlib import Path

from jmap.paths import resources_dir
from jmap.core.model import (
    COLLECTIONS,
    EMOTION_MAX,
    EMOTION_MIN,
    IMPORTANCE_MAX,
    IMPORTANCE_MIN,
    LANGUAGES,
    Channel,
    Evidence,
    LaneKind,
    LineKind,
    MapMeta,
    MapType,
    PICTURE_TYPES,
    VOTE_MAX,
)

FORMAT_MARKER = "jmap"
FORMAT_VERSION = 1
#: Collections added by a minor version -> that version. A file holds such a collection
#: only when it is not empty, and says the minor version it needs (0 when it has none),
#: so maps without votes stay byte for byte what jmap 1.0 wrote. Pictures (minor version 2)
#: come with the optional ``picture`` field of notes and touchpoints.
MINOR_COLLECTIONS = {"votes": 1, "pictures": 2}
FORMAT_MINOR = max(MINOR_COLLECTIONS.values())  # the newest minor version this jmap reads and writes
#: Pictures in one map, and bytes of all its pictures together (before base64); the
#: other picture limits are in jmap.io.pictures.
MAX_PICTURES = 500
MAX_TOTAL_PICTURE_BYTES = 22 * 1024 * 1024

#: Limits a file must stay within (see docs/file-format.md).
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ITEMS = 50_000  # per collection
MAX_STRING = 20_000  # characters in one text field
MAX_LIST_STRINGS = 200  # entries in a persona's goals, needs...
MAX_ID = 64
MAX_EXTRA_DEPTH = 32
#: JSON objects and arrays in one file, checked before parsing: 32 MB of "[{},{},..."
#: would otherwise become ~11 million dicts (close to 1 GB of memory).
MAX_CONTAINERS = 2_000_000
#: JSON values of any kind (numbers, texts, true/false/null, objects, lists) in one file,
#: checked before parsing: 32 MB of "1,1,1,..." would otherwise become 16.7 million list
#: entries (1.4 GB and 12 s). A file written by jmap holds at most one value per ~17 bytes,
#: under 2 million at the size limit.
MAX_VALUES = 3_000_000

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"
#: A map's own id: empty, or an id.
MAP_ID_PATTERN = r"^([A-Za-z0-9][A-Za-z0-9_.:-]*)?$"
#: Characters in the path of a linked map.
MAX_PATH = 4096
COLOUR_PATTERN = r"^(#[0-9A-Fa-f]{6})?$"

_ENUMS = {
    ("lanes", "kind"): [k.value for k in LaneKind],
    ("touchpoints", "channel"): [c.value for c in Channel],
    ("touchpoints", "evidence"): [e.value for e in Evidence],
    ("lines", "kind"): [k.value for k in LineKind],
    ("meta", "map_type"): [t.value for t in MapType],
}
_RANGES = {
    ("touchpoints", "importance"): (IMPORTANCE_MIN, IMPORTANCE_MAX),
    ("touchpoints", "impact"): (IMPORTANCE_MIN, IMPORTANCE_MAX),
    ("emotions", "value"): (EMOTION_MIN, EMOTION_MAX),
    ("votes", "count"): (1, VOTE_MAX),
}


def _field_schema(owner: str, name: str, annotation) -> dict:
    if (owner, name) in _ENUMS:
        return {"type": "string", "enum": _ENUMS[(owner, name)]}
    if name == "colour":
        return {"type": "string", "pattern": COLOUR_PATTERN}
    if name == "id":
        return {"type": "string", "pattern": ID_PATTERN, "maxLength": MAX_ID}
    if (owner, name) in _RANGES:
        lo, hi = _RANGES[(owner, name)]
        return {"type": "integer", "minimum": lo, "maximum": hi}
    if name == "picture":  # a card's or note's picture: empty or a picture id
        return {"type": "string", "pattern": MAP_ID_PATTERN, "maxLength": MAX_ID}
    if owner == "pictures":
        if name == "media_type":
            return {"type": "string", "enum": list(PICTURE_TYPES)}
        if name in ("width", "height"):
            return {"type": "integer", "minimum": 1, "maximum": 1_000_000}
        if name == "sha256":
            return {"type": "string", "pattern": "^[0-9a-f]{64}$"}
        if name == "data":  # base64; its size is checked with the picture (jmap.io.pictures)
            return {"type": "string", "maxLength": MAX_FILE_BYTES}
    if owner == "meta" and name == "map_id":
        return {"type": "string", "pattern": MAP_ID_PATTERN, "maxLength": MAX_ID}
    if owner == "meta" and name == "source_map":  # the link of a future state to its current state
        return {"type": "object", "required": ["path"],
                "properties": {"path": {"type": "string", "minLength": 1, "maxLength": MAX_PATH},
                               "map_id": {"type": "string", "pattern": MAP_ID_PATTERN, "maxLength": MAX_ID}}}
    if owner == "meta" and name == "language":
        return {"type": "string", "enum": list(LANGUAGES)}
    origin = typing.get_origin(annotation)
    if annotation is bool:
        return {"type": "boolean"}
    if annotation is int:
        return {"type": "integer"}
    if annotation is str:
        return {"type": "string", "maxLength": MAX_STRING}
    if origin is list:
        return {"type": "array", "maxItems": MAX_LIST_STRINGS, "items": {"type": "string", "maxLength": MAX_STRING}}
    if origin in (types.UnionType, typing.Union):
        return {"type": ["number", "null"]}
    raise TypeError(f"no schema for {owner}.{name}: {annotation!r}")


def _object_schema(owner: str, cls: type) -> dict:
    hints = typing.get_type_hints(cls)
    props = {}
    required = []
    for f in fields(cls):
        if f.name == "extra":
            continue
        props[f.name] = _field_schema(owner, f.name, hints[f.name])
        if f.default is MISSING and f.default_factory is MISSING:
            required.append(f.name)
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    return schema


def build_schema() -> dict:
    """The JSON Schema (draft 2020-12) of a version-1 .jmap file."""
    props: dict = {
        "format": {"const": FORMAT_MARKER},
        "version": {"const": FORMAT_VERSION},
        "minor_version": {"type": "integer", "minimum": 0},
        "meta": _object_schema("meta", MapMeta),
    }
    for name, (cls, _prefix) in COLLECTIONS.items():
        props[name] = {"type": "array", "maxItems": MAX_PICTURES if name == "pictures" else MAX_ITEMS,
                       "items": _object_schema(name, cls)}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://jmap.invalid/schema/jmap-1.json",
        "title": "jmap customer-journey map, format version 1",
        "description": "See docs/file-format.md. Unknown properties are allowed and kept.",
        "type": "object",
        "required": ["format", "version", "meta", "stages", "lanes"],
        "properties": props,
    }


SCHEMA_PATH = resources_dir() / "jmap.schema.json"


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # pragma: no cover - regenerates the published schema
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_PATH
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {target}")
