"""The names of a map's collections, their id prefixes and references: plain data without classes.

Checking a file (``jmap validate``) needs these names but none of the entity classes;
``jmap.core.model`` re-exports them beside the classes, so both always agree.
"""

from __future__ import annotations

#: Collection name -> id prefix. The order is the file's order.
ID_PREFIXES: dict[str, str] = {
    "personas": "persona",
    "stages": "stage",
    "lanes": "lane",
    "notes": "note",
    "touchpoints": "tp",
    "flows": "flow",
    "emotions": "emo",
    "metrics": "metric",
    "lines": "line",
    "votes": "vote",
    "pictures": "pic",
}
#: The collections in the file's order.
COLLECTION_NAMES: tuple[str, ...] = tuple(ID_PREFIXES)

#: For each collection, the fields holding ids of other entities: field -> collection, or a
#: tuple of collections when the id may be in any of them (see ``ref_targets``).
REFERENCES: dict[str, dict[str, str | tuple[str, ...]]] = {
    "notes": {"lane": "lanes", "stage": "stages", "picture": "pictures"},
    "touchpoints": {"stage": "stages", "lane": "lanes", "picture": "pictures"},
    "flows": {"source": "touchpoints", "target": "touchpoints"},
    "emotions": {"persona": "personas", "stage": "stages", "touchpoint": "touchpoints"},
    "metrics": {"stage": "stages"},
    "lines": {"after_lane": "lanes"},
    "votes": {"item": ("touchpoints", "notes")},
}


def ref_targets(target: str | tuple[str, ...]) -> tuple[str, ...]:
    """The collections a reference of REFERENCES may point into."""
    return (target,) if isinstance(target, str) else tuple(target)
