"""Level of detail for far zoom: one cached picture of all cards, notes and flows.

Below OVERVIEW_ZOOM the many small items stop painting themselves (they keep their
shapes, so clicks and rubber bands still work) and this item draws them all as plain
shapes into a pixmap cached at device resolution, so a repaint is one blit.
Selected items keep painting themselves, on top. Cards and notes of a big map that are not
made yet (jmap.gui.canvas.lazy) are drawn from the layout; a click or rubber band first makes
the ones in view (JourneyView.mousePressEvent).
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from jmap.core import theme
from jmap.core.layout import GAP, PAD, STAGE_W
from jmap.gui.canvas import style
from jmap.gui.canvas.flows import FlowItem
from jmap.gui.canvas.items import CardItem, NoteItem

OVERVIEW_ZOOM = 0.25


class OverviewItem(QGraphicsItem):
    """Draws every card, note and flow of the scene in a few batched calls."""

    def __init__(self, scene) -> None:
        super().__init__()
        self._scene = scene
        self._rect = QRectF()
        self.setZValue(1.9)
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.NoButton)

    def invalidate(self) -> None:
        layout = self._scene.layout
        rect = QRectF(0, 0, layout.width, layout.height).adjusted(-80, -80, 80, 80) if layout else QRectF()
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        items = self._scene.items_by_id
        notes: dict[int, tuple] = {}
        cards, forward, backward = [], [], []
        for item in items.made():
            if isinstance(item, CardItem):
                cards.append(item.rect.translated(item.pos()))
            elif isinstance(item, NoteItem):
                key = item.fill.rgba()
                notes.setdefault(key, (item.fill, [], QPainterPath()))[1].append(item.rect.translated(item.pos()))
            elif isinstance(item, FlowItem):
                segments = item.segments
                if segments:
                    (x0, y0), (x1, y1) = segments[0][0], segments[-1][3]
                    (backward if item.backward else forward).append(QLineF(x0, y0, x1, y1))
        pending_cards = QPainterPath()
        if items.pending:  # cards and notes not made yet: their boxes in the layout
            far = painter.worldTransform().m11() * GAP < 0.5  # (the gaps between cards: under half a pixel)
            self._pending_boxes(items.pending, pending_cards, notes, far)
        painter.setPen(Qt.NoPen)
        for fill, rects, path in notes.values():
            painter.setBrush(fill)
            painter.drawRects(rects)
            painter.drawPath(path)
        # opaque tints and no antialiasing: thousands of long lines stay cheap to draw
        painter.setRenderHint(painter.RenderHint.Antialiasing, False)
        pen = QPen(style.colour(theme.mix(theme.FLOW, theme.PAPER, 0.45)), 0)
        painter.setPen(pen)
        painter.drawLines(forward)
        pen.setColor(style.colour(theme.mix(theme.BACK_FLOW, theme.PAPER, 0.45)))
        painter.setPen(pen)
        painter.drawLines(backward)
        painter.setPen(Qt.NoPen)
        painter.setBrush(style.CARD_BORDER)
        painter.drawRects(cards)  # cards over the flows, as in the detailed view
        painter.drawPath(pending_cards)

    def _pending_boxes(self, pending, cards: QPainterPath, notes: dict, far: bool) -> None:
        """The boxes of cards and notes not made yet, from the layout, into one path per colour.

        ``far``: when the gaps between stacked cards are under half a pixel and no card or note is
        made yet, the cards of a cell are one box (the height the layout gives its content)."""
        scene = self._scene
        layout, doc = scene.layout, scene.doc
        add = cards.addRect
        if far and len(pending) == len(doc.touchpoints) + len(doc.notes):
            with_notes = {(note.lane, note.stage) for note in doc.notes}
            s_index, l_index = doc.stage_index(), doc.lane_index()
            stage_x, lane_y, width = layout.stage_x, layout.lane_y, STAGE_W - 2 * PAD
            for (lane, stage), height in scene.live.content.items():
                if (lane, stage) not in with_notes:  # (as jmap.core.livelayout stacks them)
                    add(stage_x[s_index[stage]] + PAD, lane_y[l_index[lane]] + PAD, width, height - GAP)
            for tp in doc.touchpoints:
                if (tp.lane, tp.stage) in with_notes:
                    box = layout.cards.get(tp.id)
                    if box is not None:
                        add(box.x, box.y, box.w, box.h)
        else:
            for eid, box in layout.cards.items():
                if eid in pending:
                    add(box.x, box.y, box.w, box.h)
        kinds = {lane.id: lane.kind for lane in doc.lanes}
        paths: dict[tuple[str, str], QPainterPath] = {}
        for eid, box in layout.notes.items():
            entry = pending.get(eid)
            if entry is None:
                continue
            note = entry[1]
            key = (kinds.get(note.lane, ""), note.colour)
            path = paths.get(key)
            if path is None:  # (the colour a NoteItem gets: JourneyScene._refresh)
                fill = style.colour(theme.note_colour(*key))
                path = paths[key] = notes.setdefault(fill.rgba(), (fill, [], QPainterPath()))[2]
            path.addRect(box.x, box.y, box.w, box.h)


def apply_overview_item(item, on: bool) -> None:
    """Let one card, note or flow paint itself (off) or leave it to the overview (on)."""
    if isinstance(item, (CardItem, NoteItem, FlowItem)):
        item.setFlag(QGraphicsItem.ItemHasNoContents, on)
        if isinstance(item, CardItem):
            item.handle.setFlag(QGraphicsItem.ItemHasNoContents, on)
        if isinstance(item, FlowItem) and item.tag is not None:
            item.tag.setFlag(QGraphicsItem.ItemHasNoContents, on)


def apply_overview(scene, on: bool) -> None:
    """Switch the scene's small items between painting themselves and the overview."""
    for item in scene.items_by_id.made():
        apply_overview_item(item, on and not item.isSelected())


class SceneDetail:
    """The scene's level of detail: far-zoom overview, output in full detail, selection painted on top."""

    # ------------------------------------------------------- level of detail
    def render_output(self, painter, target: QRectF, source: QRectF, mode=Qt.AspectRatioMode.KeepAspectRatio) -> None:
        """Draw the map for a file or a printer: every item in full detail, nothing selected.

        The far-zoom overview is a state of the view on screen; an export must not inherit it.
        """
        self.finish_flows()
        self.emotion_captions.place()
        was_overview = self.overview_on
        selected = self.selectedItems()
        for item in selected:
            item.setSelected(False)
        self.set_overview(False)
        try:
            self.render(painter, target, source, mode)
        finally:
            self.set_overview(was_overview)
            for item in selected:
                item.setSelected(True)

    def set_overview(self, on: bool) -> None:
        """Far zoom: small items stop painting and one cached overview draws them."""
        if on == self.overview_on:
            return
        self.overview_on = on
        apply_overview(self, on)
        self._painting_selected = set(self.selectedItems()) if on else set()
        self._overview.setVisible(on)
        self._overview.invalidate()

    def _selection_changed(self) -> None:
        flows = {item for item in self.selectedItems() if isinstance(item, FlowItem)}
        for flow in flows ^ self._selected_flows:  # their labels change colour with them
            if flow.tag is not None:
                flow.tag.update()
        self._selected_flows = flows
        if not self.overview_on:
            return
        selected = set(self.selectedItems())
        for item in self._painting_selected - selected:
            if item.scene() is self:
                apply_overview_item(item, True)
        for item in selected - self._painting_selected:
            apply_overview_item(item, False)
        self._painting_selected = selected
