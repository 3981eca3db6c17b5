"""Cards and notes of a big map are made when first needed: on screen, asked for by id, or after the first paint.

The scene's ``items_by_id`` is a LazyItems: asking for an id whose item is not made yet
(``[]``, ``get``) makes it there and then; ``in`` is true for it; walking all items
(``values``, ``items``, iteration) first makes every pending one, so whoever walks them all
sees them all. The scene's own code uses ``peek`` and ``made`` (no item is made by looking).
At far zoom the overview (jmap.gui.canvas.overview) draws cards and notes from the layout,
so a fitted big map is painted before any card item exists.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QRectF

#: a map with more cards and notes than this opens with items for only what is on screen
LAZY_ITEMS = 1000
#: after the first paint the rest are made in batches of this many per turn of the event loop
ITEM_BATCH = 1000
#: items are made for this much (scene units) around the visible part of the map
MARGIN = 300.0


class LazyItems(dict):
    """{entity id: graphics item}; an id still pending is made when it is asked for."""

    def __init__(self, make) -> None:
        super().__init__()
        #: id -> (collection, entity) of the items not made yet
        self.pending: dict[str, tuple[str, object]] = {}
        #: stage id -> ids pending in that stage (to find what is on screen; made when first needed)
        self.by_stage: dict[str, list[str]] = {}
        self._make = make

    def defer(self, coll: str, entities) -> None:
        """Leave the items of some cards or notes to be made later."""
        self.pending.update({entity.id: (coll, entity) for entity in entities})
        self.by_stage.clear()  # (grouped by stage when first asked what is on screen)

    def make(self, key: str):
        coll, entity = self.pending.pop(key)
        self._make(coll, entity)
        return dict.get(self, key)

    def make_some(self, count: int) -> None:
        pending = self.pending
        for _ in range(min(count, len(pending))):
            self.make(next(iter(pending)))
        if not pending:
            self.by_stage.clear()

    def make_all(self) -> None:
        self.make_some(len(self.pending))

    def __missing__(self, key):
        if key in self.pending:
            return self.make(key)
        raise KeyError(key)

    def get(self, key, default=None):
        item = dict.get(self, key)
        if item is None and key in self.pending:
            item = self.make(key)
        return default if item is None else item

    def __contains__(self, key) -> bool:
        return dict.__contains__(self, key) or key in self.pending

    def __len__(self) -> int:
        return dict.__len__(self) + len(self.pending)

    #: the item if it is made, else None (never makes one; dict's own get: no Python call per look-up)
    peek = dict.get
    #: the items made so far (never makes one)
    made = dict.values

    def values(self):
        self.make_all()
        return dict.values(self)

    def items(self):
        self.make_all()
        return dict.items(self)

    def keys(self):
        self.make_all()
        return dict.keys(self)

    def __iter__(self):
        self.make_all()
        return dict.__iter__(self)

    def pop(self, key, *default):
        self.pending.pop(key, None)
        return dict.pop(self, key, *default)

    def clear(self) -> None:
        self.pending.clear()
        self.by_stage.clear()
        dict.clear(self)

    def make_within(self, layout, rect: QRectF, margin: float = MARGIN) -> int:
        """Make the pending items whose boxes in ``layout`` meet a scene rectangle (widened by
        ``margin``); returns how many."""
        if not self.pending or layout is None or not layout.stage_x:
            return 0
        left, top = rect.left() - margin, rect.top() - margin
        right, bottom = rect.right() + margin, rect.bottom() + margin
        if not self.by_stage:
            for eid, (_coll, entity) in self.pending.items():
                self.by_stage.setdefault(entity.stage, []).append(eid)
        xs = layout.stage_x
        first = max(0, bisect_right(xs, left) - 1)
        last = bisect_right(xs, right)
        made = 0
        pending, cards, notes = self.pending, layout.cards, layout.notes
        for stage_id in layout.stage_ids[first:last]:
            ids = self.by_stage.get(stage_id)
            if not ids:
                continue
            left_over = []
            for eid in ids:
                if eid not in pending:
                    continue
                box = cards.get(eid) or notes.get(eid)
                if box is None or (box.x < right and box.x + box.w > left and box.y < bottom
                                   and box.y + box.h > top):
                    self.make(eid)
                    made += 1
                else:
                    left_over.append(eid)
            self.by_stage[stage_id] = left_over
        return made


def is_big(doc) -> bool:
    """Whether a map opens with items for only what is on screen."""
    return len(doc.touchpoints) + len(doc.notes) > LAZY_ITEMS
