"""The semantic diff of two maps by entity id and field, and its grouping by stage (no Qt, no files).

Every collection of ``jmap.core.model.COLLECTIONS`` is compared generically: an entity
is *added*, *removed*, *changed* (one Change per field, old → new) or *moved* (its stage
or lane changed, or its place among its neighbours). Changes are grouped by the stage
they belong to, so that people read them stage by stage. A manual stage mapping
(old stage id → new stage id) matches stages whose ids differ.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, fields

from jmap.core.model import COLLECTIONS, REFERENCES, MapMeta, ref_targets

ADDED, REMOVED, CHANGED, MOVED = "added", "removed", "changed", "moved"
#: Meta fields left out of the diff: the save time changes on every save.
IGNORED_META = frozenset({"modified"})
#: Collections whose order is shown on the map: a new place there is a move.
ORDERED = ("personas", "stages", "lanes", "notes", "touchpoints", "metrics")
#: Fields whose change moves an entity to another column or row.
PLACE_FIELDS = ("stage", "lane")
_NAME_FIELDS = ("title", "name", "text", "label", "comment")


@dataclass(frozen=True)
class Change:
    kind: str  #: ADDED, REMOVED, CHANGED or MOVED
    collection: str  #: "meta" or a collection name
    id: str  #: the entity's id ("" for the meta)
    field: str = ""  #: the changed field; "stage", "lane" or "position" for a move
    old: object = None
    new: object = None
    stage: str = ""  #: id of the stage the change belongs to ("" for the whole map)
    name: str = ""  #: a readable name of the entity (its title, name or text)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "collection": self.collection, "id": self.id, "field": self.field,
                "old": self.old, "new": self.new, "stage": self.stage, "name": self.name}


@dataclass
class MapDiff:
    changes: list[Change] = field(default_factory=list)
    #: how many ids (after the stage mapping) the two maps share
    common: int = 0
    #: stage groups in reading order: "" (the whole map), then the stages (removed ones where they were)
    stage_order: list[str] = field(default_factory=list)
    #: stage id (in the new map's ids) -> (old name, new name); "" for a side without the stage
    stage_names: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def equal(self) -> bool:
        return not self.changes

    def by_stage(self) -> list[tuple[str, list[Change]]]:
        """(stage id, its changes) in reading order, stages without changes left out."""
        groups: dict[str, list[Change]] = {key: [] for key in self.stage_order}
        for change in self.changes:
            groups.setdefault(change.stage, []).append(change)
        return [(key, items) for key, items in groups.items() if items]

    def counts(self) -> dict[str, int]:
        out = {ADDED: 0, REMOVED: 0, CHANGED: 0, MOVED: 0}
        for change in self.changes:
            out[change.kind] += 1
        return out


class StageMapError(ValueError):
    """A manual stage mapping that cannot be applied (names the stages)."""


def record(entity) -> dict:
    """The fields of an entity (or the meta) as plain data, unknown fields included, without the id."""
    out = {f.name: getattr(entity, f.name) for f in fields(entity) if f.name not in ("id", "extra")}
    for key, value in entity.extra.items():
        out.setdefault(key, value)
    return out


def entity_name(collection: str, entity, doc=None) -> str:
    """A short readable name: a card's title, a note's text, an emotion's persona and value..."""
    if collection == "emotions" and doc is not None:
        persona = doc.get("personas", entity.persona)
        who = (persona.name if persona is not None else "") or entity.persona
        return f"{who} {entity.value:+d}".replace("-", "\u2212")
    if collection == "flows" and doc is not None:
        ends = [doc.get("touchpoints", getattr(entity, k)) for k in ("source", "target")]
        names = [(e.title if e is not None else "") or getattr(entity, k) for e, k in zip(ends, ("source", "target"))]
        return f"{names[0]} → {names[1]}"
    if collection == "lanes" and not entity.title:
        return entity.kind
    for name in _NAME_FIELDS:
        value = getattr(entity, name, None)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""


def stage_of(doc, collection: str, entity) -> str:
    """The stage an entity belongs to: its own, or that of what it refers to (a flow: its source card)."""
    if collection == "stages":
        return entity.id
    stage = getattr(entity, "stage", None)
    if isinstance(stage, str) and stage:
        return stage
    for name, targets in REFERENCES.get(collection, {}).items():
        ref = getattr(entity, name, None)
        for target in ref_targets(targets) if ref else ():
            other = doc.get(target, ref) if target != collection else None
            if other is not None:
                found = stage_of(doc, target, other) if target != "stages" else other.id
                if found:
                    return found
    return ""


def _check_mapping(old, new, stage_map: dict[str, str]) -> dict[str, str]:
    """The mapping limited to real changes, or StageMapError naming what is wrong."""
    mapping = {}
    targets: dict[str, str] = {}
    for src, dst in stage_map.items():
        if old.get("stages", src) is None:
            raise StageMapError(f"the old map has no stage {src!r}")
        if new.get("stages", dst) is None:
            raise StageMapError(f"the new map has no stage {dst!r}")
        if dst in targets:
            raise StageMapError(f"stages {targets[dst]!r} and {src!r} are both matched with {dst!r}")
        targets[dst] = src
        if src != dst:
            mapping[src] = dst
    for stage in old.stages:  # an unmapped old stage keeping an id that another stage now takes
        if stage.id not in mapping and stage.id in targets and targets[stage.id] != stage.id:
            raise StageMapError(f"stage {targets[stage.id]!r} is matched with {stage.id!r}, which the old map "
                                f"also has; match {stage.id!r} with another stage too")
    return mapping


def _renamed(collection: str, entity_id: str, rec: dict, mapping: dict[str, str]) -> tuple[str, dict]:
    if not mapping:
        return entity_id, rec
    if collection == "stages":
        entity_id = mapping.get(entity_id, entity_id)
    for name, target in REFERENCES.get(collection, {}).items():
        if target == "stages" and rec.get(name) in mapping:
            rec = dict(rec, **{name: mapping[rec[name]]})
    return entity_id, rec


def _same(a, b) -> bool:
    return a == b and (type(a) is type(b) or not (isinstance(a, bool) or isinstance(b, bool)))


def _scope(rec: dict) -> tuple:
    return tuple(rec.get(name) for name in PLACE_FIELDS if name in rec)


def diff_maps(old, new, stage_map: dict[str, str] | None = None) -> MapDiff:
    """Every difference between two Documents, from ``old`` to ``new``.

    ``stage_map`` matches old stage ids with new ones (for stages whose ids differ);
    the entities of a matched stage are compared as if they had the new id. Raises
    StageMapError for a mapping that names missing stages or matches two stages with one.
    """
    mapping = _check_mapping(old, new, stage_map or {})
    result = MapDiff()
    changes = result.changes
    old_meta, new_meta = record(old.meta), record(new.meta)
    for key in list(old_meta) + [k for k in new_meta if k not in old_meta]:
        if key in IGNORED_META:
            continue
        default = getattr(MapMeta(), key, None)
        a, b = old_meta.get(key, default), new_meta.get(key, default)
        if not _same(a, b):
            changes.append(Change(CHANGED, "meta", "", key, a, b))
    old_stage = {s.id: mapping.get(s.id, s.id) for s in old.stages}
    for name in COLLECTIONS:
        olds: dict[str, tuple[object, dict]] = {}
        for entity in old.items(name):
            eid, rec = _renamed(name, entity.id, record(entity), mapping)
            olds[eid] = (entity, rec)
        news = {entity.id: (entity, record(entity)) for entity in new.items(name)}
        for eid, (entity, rec) in news.items():
            stage = stage_of(new, name, entity)
            label = entity_name(name, entity, new)
            if eid not in olds:
                changes.append(Change(ADDED, name, eid, stage=stage, name=label))
                continue
            result.common += 1
            old_rec = olds[eid][1]
            for key in list(old_rec) + [k for k in rec if k not in old_rec]:
                a, b = old_rec.get(key), rec.get(key)
                if not _same(a, b):
                    kind = MOVED if key in PLACE_FIELDS and name != "stages" else CHANGED
                    changes.append(Change(kind, name, eid, key, a, b, stage, label))
        for eid, (entity, _rec) in olds.items():
            if eid not in news:
                stage = stage_of(old, name, entity)
                changes.append(Change(REMOVED, name, eid, stage=old_stage.get(stage, stage),
                                      name=entity_name(name, entity, old)))
        if name in ORDERED:
            changes.extend(_position_moves(name, olds, news, new))
    result.stage_order, result.stage_names = _stage_groups(old, new, old_stage)
    rank = {key: i for i, key in enumerate(result.stage_order)}
    kinds = {REMOVED: 0, ADDED: 1, MOVED: 2, CHANGED: 3}
    order = {name: i for i, name in enumerate(("meta", *COLLECTIONS))}
    changes.sort(key=lambda c: (rank.get(c.stage, len(rank)), order.get(c.collection, 99), kinds[c.kind]))
    return result


def _position_moves(name: str, olds: dict, news: dict, new) -> list[Change]:
    """Entities that stayed in their cell (or list) but changed places among the others there."""
    scopes_old: dict[tuple, list[str]] = {}
    scopes_new: dict[tuple, list[str]] = {}
    for eid, (_e, rec) in olds.items():
        scopes_old.setdefault(_scope(rec), []).append(eid)
    for eid, (_e, rec) in news.items():
        scopes_new.setdefault(_scope(rec), []).append(eid)
    out = []
    for scope, new_ids in scopes_new.items():
        old_ids = scopes_old.get(scope, [])
        both = set(old_ids) & set(new_ids)
        a = [i for i in old_ids if i in both]
        b = [i for i in new_ids if i in both]
        if a == b:
            continue
        kept = set()
        for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
            kept.update(a[block.a:block.a + block.size])
        for eid in b:
            if eid not in kept:
                entity = news[eid][0]
                out.append(Change(MOVED, name, eid, "position", old_ids.index(eid) + 1, new_ids.index(eid) + 1,
                                  stage_of(new, name, entity), entity_name(name, entity, new)))
    return out


def _stage_groups(old, new, old_stage: dict[str, str]) -> tuple[list[str], dict[str, tuple[str, str]]]:
    """Reading order of the stage groups: the new map's stages, each removed one after its predecessor."""
    order = [""] + [s.id for s in new.stages]
    names = {s.id: ("", s.name) for s in new.stages}
    previous = ""
    for stage in old.stages:
        sid = old_stage[stage.id]
        if sid in names:
            names[sid] = (stage.name, names[sid][1])
        else:
            names[sid] = (stage.name, "")
            order.insert(order.index(previous) + 1, sid)
        previous = sid
    return order, names


@dataclass
class StageComparison:
    """One column of a comparison: a stage of either map with what changed in it."""

    id: str
    old_name: str
    new_name: str
    added: list[Change] = field(default_factory=list)
    removed: list[Change] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    moved: list[Change] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.new_name or self.old_name or self.id

    @property
    def status(self) -> str:
        """ADDED, REMOVED or CHANGED for the stage itself; "" when it is the same in both maps."""
        for kind, items in ((ADDED, self.added), (REMOVED, self.removed), (CHANGED, self.changed)):
            if any(c.collection == "stages" for c in items):
                return kind
        return ""


def compare_stages(diff: MapDiff) -> list[StageComparison]:
    """The diff as one StageComparison per stage of either map, in reading order."""
    out = {}
    for sid in diff.stage_order:
        if sid:
            old_name, new_name = diff.stage_names.get(sid, ("", ""))
            out[sid] = StageComparison(sid, old_name, new_name)
    for change in diff.changes:
        column = out.get(change.stage)
        if column is not None:
            getattr(column, change.kind).append(change)
    return list(out.values())


def curve(doc, persona_id: str, stage_ids: list[str], stage_map: dict[str, str] | None = None) -> list[float | None]:
    """A persona's feeling per stage (mean of its points there, None where it has none), in ``stage_ids`` order.

    ``stage_map`` renames the document's stage ids first (old → new, for the old map).
    """
    mapping = stage_map or {}
    values: dict[str, list[int]] = {}
    for point in doc.emotions:
        if point.persona == persona_id:
            values.setdefault(mapping.get(point.stage, point.stage), []).append(point.value)
    return [round(sum(v) / len(v), 2) if (v := values.get(sid)) else None for sid in stage_ids]


def share_nothing(old, new) -> bool:
    """True when the two maps have no id in common in any collection (not two versions of one map)."""
    ids = {entity.id for _name, entity in old.iter_all()}
    return not any(entity.id in ids for _name, entity in new.iter_all())


class NothingInCommon(ValueError):
    """Two maps that share no id at all: not two versions (or two states) of one journey."""


@dataclass
class Comparison:
    """Two maps side by side, stage by stage: ``old`` is today (or the older version), ``new`` tomorrow."""

    old: object
    new: object
    diff: MapDiff
    columns: list[StageComparison]
    stage_map: dict[str, str] = field(default_factory=dict)

    def personas(self) -> list[tuple[str, str, int, str]]:
        """(id, name, index in its map, colour) of every persona of either map, the new map's first."""
        out, seen = [], set()
        for doc in (self.new, self.old):
            for index, persona in enumerate(doc.personas):
                if persona.id not in seen:
                    seen.add(persona.id)
                    out.append((persona.id, persona.name or persona.id, index, persona.colour))
        return out

    def curves(self, persona_id: str) -> tuple[list[float | None], list[float | None]]:
        """(today, tomorrow): the persona's feeling per column, None where a map has no point."""
        ids = [column.id for column in self.columns]
        return curve(self.old, persona_id, ids, self.stage_map), curve(self.new, persona_id, ids)


def compare_maps(old, new, stage_map: dict[str, str] | None = None) -> Comparison:
    """The comparison of two maps; NothingInCommon when no id matches (even after the stage mapping),
    StageMapError for a mapping that cannot be applied."""
    diff = diff_maps(old, new, stage_map)
    if diff.common == 0 and old.count() and new.count():
        raise NothingInCommon("the two maps have nothing in common (no stage, lane, card or persona id matches): "
                              "they are not two states of one journey; match their stages by hand")
    mapping = {k: v for k, v in (stage_map or {}).items() if k != v}
    return Comparison(old, new, diff, compare_stages(diff), mapping)


#: The word key of one entity of each collection (a collection not listed: its name less the s).
NOUN_KEYS = {"personas": "persona", "stages": "stage", "lanes": "lane", "notes": "note", "touchpoints": "card",
             "flows": "flow", "emotions": "emotion", "metrics": "metric", "lines": "line", "meta": "map"}


def short(value, limit: int = 32) -> str:
    """A value in a comparison line: text quoted and shortened, "–" for none."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split()) if not isinstance(value, (list, dict)) else ", ".join(map(str, value))
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"“{text}”" if isinstance(value, str) else text


def describe(change: Change, comparison: Comparison, word=lambda key: key) -> str:
    """One change as a short line for a comparison (view or page); ``word`` gives the words in a language."""
    collection = change.collection
    noun = word(NOUN_KEYS.get(collection, collection[:-1] if collection.endswith("s") else collection))
    name = change.name or change.id
    if collection == "emotions" and change.kind != ADDED and change.kind != REMOVED:
        name = name.rsplit(" ", 1)[0]  # the persona; the value is in the line
    who = f"{noun}: {name}"
    if collection == "meta":
        return f"{word(change.field)}: {short(change.old)} → {short(change.new)}"
    if change.kind in (ADDED, REMOVED):
        return who
    if change.kind == MOVED and change.field in PLACE_FIELDS:
        names = {}
        for doc in (comparison.old, comparison.new):
            for item in doc.items("stages" if change.field == "stage" else "lanes"):
                names[item.id] = getattr(item, "name", "") or getattr(item, "title", "") or item.id
        old = names.get(comparison.stage_map.get(change.old, change.old), change.old)
        if change.field == "stage":
            return f"{who} · {word('from')} {old}"
        return f"{who} · {old} → {names.get(change.new, change.new)}"
    if change.kind == MOVED:
        return f"{who} · #{change.old} → #{change.new}"
    return f"{who} · {word(change.field)} {short(change.old)} → {short(change.new)}"
