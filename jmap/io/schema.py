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
from jmap.io.limits import (  # noqa: F401 - the limits of the format, re-exported beside its schema
    COLOUR_PATTERN,
    FORMAT_MARKER,
    FORMAT_MINOR,
    FORMAT_VERSION,
    ID_PATTERN,
    MAP_ID_PATTERN,
    MAX_CONTAINERS,
    MAX_EXTRA_DEPTH,
    MAX_FILE_BYTES,
    MAX_ID,
    MAX_ITEMS,
    MAX_LIST_STRINGS,
    MAX_PATH,
    MAX_PICTURES,
    MAX_STRING,
    MAX_TOTAL_PICTURE_BYTES,
    MAX_VALUES,
    MINOR_COLLECTIONS,
    SHA256_PATTERN,
)

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
            return {"type": "string", "pattern": SHA256_PATTERN}
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
