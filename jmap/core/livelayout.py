"""The canvas layout kept up to date cell by cell (the full maths is jmap.core.layout).

Moving or adding one card changes only the boxes of two cells, unless a lane has to
grow or shrink; then, and for every other kind of change, the full
``compute_layout`` runs again. The result is always equal to ``compute_layout(doc)``
(a test checks this after random edits).
"""

from __future__ import annotations

from jmap.core.pictures import picture_height
from jmap.core.layout import GAP, PAD, STAGE_W, Layout, Rect, card_height, compute_layout, lane_height, note_height


def _picture(layout: Layout, doc, entity, width: float) -> float:
    """The room of an entity's picture, noted in the layout (as compute_layout does)."""
    room = picture_height(doc, entity, width)
    if room:
        layout.picture_h[entity.id] = room
    else:
        layout.picture_h.pop(entity.id, None)
    return room


class LiveLayout:
    """A Layout plus the content height of each cell, updated incrementally when it can be."""

    def __init__(self) -> None:
        self.layout: Layout | None = None
        self.content: dict[tuple[str, str], float] = {}

    def full(self, doc) -> Layout:
        layout = self.layout = compute_layout(doc)
        content: dict[tuple[str, str], float] = {}
        total = content.get
        for boxes, entities in ((layout.notes, doc.notes), (layout.cards, doc.touchpoints)):
            box = boxes.get
            for entity in entities:  # the heights compute_layout gave the boxes (text and picture)
                rect = box(entity.id)
                if rect is not None:
                    key = (entity.lane, entity.stage)
                    content[key] = total(key, 0.0) + rect.h + GAP
        self.content = content
        return layout

    def _lane_height(self, doc, lane, stage_ids) -> float:
        tallest = max((self.content.get((lane.id, s), 0.0) for s in stage_ids), default=0.0)
        return lane_height(lane.kind, tallest)

    def update_cells(self, doc, cells: set[tuple[str, str]]) -> list[str] | None:
        """Re-place the notes and cards of some (lane id, stage id) cells.

        Returns the ids whose boxes changed, or None when a lane's height changes
        (the caller then runs ``full``).
        """
        layout = self.layout
        if layout is None:
            return None
        s_index, l_index = doc.stage_index(), doc.lane_index()
        inner_w = STAGE_W - 2 * PAD
        stage_ids = layout.stage_ids
        boxes: dict[tuple[str, str], list[tuple[str, str, float, bool]]] = {}
        for cell in cells:
            lane_id, stage_id = cell
            if lane_id not in l_index or stage_id not in s_index:
                continue
            entries = []
            total = 0.0
            for note in doc.notes_in(lane_id, stage_id):
                h, over = note_height(note.text, inner_w)
                h += _picture(layout, doc, note, inner_w)
                entries.append(("note", note.id, h, over))
                total += h + GAP
            for tp in doc.touchpoints_in(lane_id, stage_id):
                h = card_height(tp.title, inner_w) + _picture(layout, doc, tp, inner_w)
                entries.append(("card", tp.id, h, False))
                total += h + GAP
            old = self.content.get(cell, 0.0)
            if total:
                self.content[cell] = total
            else:
                self.content.pop(cell, None)
            boxes[cell] = entries
            li = l_index[lane_id]
            if self._lane_height(doc, doc.lanes[li], stage_ids) != layout.lane_h[li]:
                self.content[cell] = old
                return None
        changed: list[str] = []
        for (lane_id, stage_id), entries in boxes.items():
            top = layout.lane_y[l_index[lane_id]] + PAD
            x = layout.stage_x[s_index[stage_id]] + PAD
            for kind, eid, h, over in entries:
                rect = Rect(x, top, inner_w, h)
                target = layout.notes if kind == "note" else layout.cards
                if target.get(eid) != rect:
                    target[eid] = rect
                    layout.moved(eid, rect)
                    changed.append(eid)
                if kind == "note":
                    if over:
                        layout.overflowing.add(eid)
                    else:
                        layout.overflowing.discard(eid)
                top += h + GAP
        return changed

    def forget(self, collection: str, entity_id: str) -> None:
        """An entity is gone: drop its box."""
        if self.layout is not None:
            self.layout.moved(entity_id, None)
            self.layout.cards.pop(entity_id, None)
            self.layout.notes.pop(entity_id, None)
            self.layout.overflowing.discard(entity_id)
