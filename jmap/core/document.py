"""The observable journey-map Document: ordered collections changed by symmetric operations.

Every change goes through ``insert``/``remove``/``set``/``move``/``set_meta``, each of
which has an exact inverse, and is announced on a signal (jmap.core.signals), so that the
editor's undo stack and the canvas can be built on top without Qt in the core.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import fields

from jmap.core.model import COLLECTIONS, REFERENCES, MapMeta, ref_targets
from jmap.core.signals import Signal

_ID_SUFFIX = re.compile(r"-(\d+)$")


class Document:
    """A journey map. Collections are lists kept in file order, indexed by id."""

    #: (collection, index, entity) after an entity was inserted
    inserted = Signal(str, int, object)
    #: (collection, index, entity) after an entity was removed from that index
    removed = Signal(str, int, object)
    #: (collection, id, field, old, new) after a field of an entity changed
    changed = Signal(str, str, str, object, object)
    #: (collection, id, old_index, new_index) after an entity was reordered
    moved = Signal(str, str, int, int)
    #: (field, old, new) after a metadata field changed
    meta_changed = Signal(str, object, object)

    def __init__(self, meta: MapMeta | None = None) -> None:
        self.meta = meta or MapMeta()
        #: Unknown top-level fields from a newer minor version, kept on save.
        self.extra: dict = {}
        self._lists: dict[str, list] = {name: [] for name in COLLECTIONS}
        self._by_id: dict[str, dict[str, object]] = {name: {} for name in COLLECTIONS}
        self._counters: dict[str, int] = {name: 0 for name in COLLECTIONS}
        self._cache: dict = {}

    @classmethod
    def from_entities(cls, meta: MapMeta | None = None, collections: dict[str, list] | None = None,
                      extra: dict | None = None) -> Document:
        """A document built in one go (a bulk load, for readers): lists, id indexes and id
        counters are filled without emitting any signal, so ``new_id`` continues after the
        highest id. Entities keep the given order.

        Raises ValueError for an id used twice anywhere in the map, and TypeError for an
        unknown collection or an entity of the wrong class.
        """
        doc = cls(meta)
        doc.extra = dict(extra or {})
        owner: dict[str, str] = {}
        for name, entities in (collections or {}).items():
            if name not in COLLECTIONS:
                raise TypeError(f"unknown collection {name!r}")
            kind = COLLECTIONS[name][0]
            index = doc._by_id[name]
            for entity in entities:
                if type(entity) is not kind:
                    raise TypeError(f"a {type(entity).__name__} cannot be in {name}")
                if entity.id in owner:
                    raise ValueError(f"duplicate id {entity.id!r} (in {owner[entity.id]} and {name})")
                owner[entity.id] = name
                index[entity.id] = entity
                doc._note_id(name, entity.id)
            doc._lists[name] = list(entities)
        return doc

    # ----------------------------------------------------------------- reading
    def items(self, collection: str) -> list:
        """The entities of a collection in order (do not mutate the list)."""
        return self._lists[collection]

    def get(self, collection: str, entity_id: str):
        """The entity with that id, or None."""
        return self._by_id[collection].get(entity_id)

    def find(self, entity_id: str) -> tuple[str, object] | tuple[None, None]:
        """The (collection, entity) holding an id, searching every collection."""
        for name, index in self._by_id.items():
            entity = index.get(entity_id)
            if entity is not None:
                return name, entity
        return None, None

    def index_of(self, collection: str, entity_id: str) -> int:
        return self._lists[collection].index(self._by_id[collection][entity_id])

    def __contains__(self, entity_id: str) -> bool:
        return any(entity_id in index for index in self._by_id.values())

    @property
    def personas(self) -> list:
        return self._lists["personas"]

    @property
    def stages(self) -> list:
        return self._lists["stages"]

    @property
    def lanes(self) -> list:
        return self._lists["lanes"]

    @property
    def notes(self) -> list:
        return self._lists["notes"]

    @property
    def touchpoints(self) -> list:
        return self._lists["touchpoints"]

    @property
    def flows(self) -> list:
        return self._lists["flows"]

    @property
    def emotions(self) -> list:
        return self._lists["emotions"]

    @property
    def metrics(self) -> list:
        return self._lists["metrics"]

    @property
    def lines(self) -> list:
        return self._lists["lines"]

    def stage_index(self) -> dict[str, int]:
        """Stage id -> column index (cached until the next change)."""
        cached = self._cache.get("stage_index")
        if cached is None:
            cached = self._cache["stage_index"] = {s.id: i for i, s in enumerate(self.stages)}
        return cached

    def lane_index(self) -> dict[str, int]:
        """Lane id -> row index (cached until the next change)."""
        cached = self._cache.get("lane_index")
        if cached is None:
            cached = self._cache["lane_index"] = {lane.id: i for i, lane in enumerate(self.lanes)}
        return cached

    def notes_in(self, lane_id: str, stage_id: str) -> list:
        """The notes of one (lane, stage) cell, in order."""
        cells = self._cache.get("note_cells")
        if cells is None:
            cells = {}
            for note in self.notes:
                cells.setdefault((note.lane, note.stage), []).append(note)
            self._cache["note_cells"] = cells
        return cells.get((lane_id, stage_id), [])

    def touchpoints_in(self, lane_id: str, stage_id: str) -> list:
        """The touchpoints of one (lane, stage) cell, in order."""
        cells = self._cache.get("tp_cells")
        if cells is None:
            cells = {}
            for tp in self.touchpoints:
                cells.setdefault((tp.lane, tp.stage), []).append(tp)
            self._cache["tp_cells"] = cells
        return cells.get((lane_id, stage_id), [])

    def flows_of(self, touchpoint_id: str) -> list:
        """Flows that start or end at a touchpoint."""
        by_tp = self._cache.get("flows_by_tp")
        if by_tp is None:
            by_tp = {}
            for flow in self.flows:
                by_tp.setdefault(flow.source, []).append(flow)
                if flow.target != flow.source:
                    by_tp.setdefault(flow.target, []).append(flow)
            self._cache["flows_by_tp"] = by_tp
        return by_tp.get(touchpoint_id, [])

    def emotions_of(self, persona_id: str) -> list:
        """One persona's emotion points, in stage order (then file order)."""
        order = self.stage_index()
        points = [p for p in self.emotions if p.persona == persona_id]
        points.sort(key=lambda p: order.get(p.stage, len(order)))
        return points

    # ------------------------------------------------------------- changing
    def new_id(self, collection: str) -> str:
        """A fresh, human-friendly id such as ``tp-12`` that no entity of the map uses."""
        prefix = COLLECTIONS[collection][1]
        n = self._counters[collection]
        while True:
            n += 1
            candidate = f"{prefix}-{n}"
            if candidate not in self:
                self._counters[collection] = n
                return candidate

    def _note_id(self, collection: str, entity_id: str) -> None:
        match = _ID_SUFFIX.search(entity_id)
        if match and entity_id.startswith(COLLECTIONS[collection][1] + "-"):
            n = int(match.group(1))
            if n > self._counters[collection]:
                self._counters[collection] = n

    def insert(self, collection: str, index: int, entity) -> None:
        """Insert an entity at an index (-1 or len appends). Inverse: ``remove``."""
        items = self._lists[collection]
        if entity.id in self:  # ids are unique across the whole map, as the file requires
            where = next(name for name, index in self._by_id.items() if entity.id in index)
            raise ValueError(f"duplicate id {entity.id!r} (already used in {where})")
        if index < 0 or index > len(items):
            index = len(items)
        items.insert(index, entity)
        self._by_id[collection][entity.id] = entity
        self._note_id(collection, entity.id)
        self._cache.clear()
        self.inserted.emit(collection, index, entity)

    def append(self, collection: str, entity) -> None:
        self.insert(collection, -1, entity)

    def remove(self, collection: str, entity_id: str) -> int:
        """Remove an entity and return the index it had. Inverse: ``insert``."""
        entity = self._by_id[collection].pop(entity_id)
        items = self._lists[collection]
        index = items.index(entity)
        del items[index]
        self._cache.clear()
        self.removed.emit(collection, index, entity)
        return index

    def set(self, collection: str, entity_id: str, name: str, value):
        """Set one field of an entity and return the old value. Inverse: ``set`` with it."""
        if name in ("id", "extra"):
            raise ValueError(f"field {name!r} cannot be set")
        entity = self._by_id[collection][entity_id]
        old = getattr(entity, name)
        if old == value and type(old) is type(value):
            return old
        setattr(entity, name, copy.deepcopy(value) if isinstance(value, (list, dict)) else value)
        self._forget_field(collection, entity, name, old)
        self.changed.emit(collection, entity_id, name, old, value)
        return old

    def _forget_field(self, collection: str, entity, name: str, old) -> None:
        """Keep the indexes a field change leaves valid: only a card or note changing cell moves
        in its cell index (a move gesture re-indexes one card, not the whole map), only a flow
        changing ends drops the flow index; ids and order do not change."""
        if collection == "flows" and name in ("source", "target"):
            self._cache.pop("flows_by_tp", None)
        elif collection in ("touchpoints", "notes") and name in ("stage", "lane"):
            key = "tp_cells" if collection == "touchpoints" else "note_cells"
            cells = self._cache.get(key)
            if cells is None:
                return
            position = self._cache.get(key + "_order")
            if position is None:
                position = self._cache[key + "_order"] = {id(e): i for i, e in enumerate(self._lists[collection])}
            was = (old, entity.stage) if name == "lane" else (entity.lane, old)
            rest = [e for e in cells.get(was, ()) if e is not entity]  # new lists: callers may hold the old
            if rest:
                cells[was] = rest
            else:
                cells.pop(was, None)
            now = cells.get((entity.lane, entity.stage), [])
            mine = position[id(entity)]
            at = sum(1 for e in now if position[id(e)] < mine)  # file order within the cell
            cells[(entity.lane, entity.stage)] = [*now[:at], entity, *now[at:]]

    def move(self, collection: str, entity_id: str, new_index: int) -> int:
        """Move an entity to a new index and return its old index. Inverse: ``move`` back."""
        items = self._lists[collection]
        entity = self._by_id[collection][entity_id]
        old_index = items.index(entity)
        new_index = max(0, min(new_index, len(items) - 1))
        if new_index == old_index:
            return old_index
        del items[old_index]
        items.insert(new_index, entity)
        self._cache.clear()
        self.moved.emit(collection, entity_id, old_index, new_index)
        return old_index

    def set_meta(self, name: str, value):
        """Set a metadata field and return the old value."""
        if name == "extra" or name not in {f.name for f in fields(MapMeta)}:
            raise ValueError(f"unknown metadata field {name!r}")
        old = getattr(self.meta, name)
        if old == value:
            return old
        setattr(self.meta, name, copy.deepcopy(value) if isinstance(value, (list, dict)) else value)
        self.meta_changed.emit(name, old, value)
        return old

    # ------------------------------------------------------------ structure
    def dependents(self, collection: str, entity_id: str) -> list[tuple[str, object]]:
        """Everything that must go when this entity goes, deepest first.

        Removing a stage takes its notes, touchpoints (and their flows and emotion
        points), emotion points and metrics with it; removing a lane takes its notes,
        cards and blueprint lines; removing a card or a note takes its dot votes. The list is ordered so that removing its entries
        one by one never leaves a dangling reference, and re-inserting them in
        reverse order restores the document.
        """
        referrers: dict[tuple[str, str], list[tuple[str, object]]] = {}
        for other, refs in REFERENCES.items():
            for entity in self._lists[other]:
                for field_name, targets in refs.items():
                    ref = getattr(entity, field_name)
                    if ref:
                        for target in ref_targets(targets):
                            referrers.setdefault((target, ref), []).append((other, entity))
        found: list[tuple[str, object]] = []
        seen: set[tuple[str, str]] = set()

        def visit(coll: str, eid: str) -> None:
            for other, entity in referrers.get((coll, eid), ()):
                if (other, entity.id) in seen:
                    continue
                seen.add((other, entity.id))
                visit(other, entity.id)
                found.append((other, entity))

        visit(collection, entity_id)
        return found

    def iter_all(self) -> Iterator[tuple[str, object]]:
        for name, items in self._lists.items():
            for entity in items:
                yield name, entity

    def count(self) -> int:
        return sum(len(items) for items in self._lists.values())
