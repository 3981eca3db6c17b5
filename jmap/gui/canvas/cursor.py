"""The cell cursor: the canvas's current cell, drawn as a frame, moved and acted on from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsItem
from shiboken6 import isValid

from jmap.core.model import CARD_LANES, LaneKind
from jmap.gui.canvas import style

_ARROWS = {Qt.Key_Left: (-1, 0), Qt.Key_Right: (1, 0), Qt.Key_Up: (0, -1), Qt.Key_Down: (0, 1)}
_COLOUR = "#E69F00"  # Okabe-Ito orange: apart from the blue of a selection


class CursorItem(QGraphicsItem):
    """A frame around the current cell (under the cards, above the grid)."""

    def __init__(self) -> None:
        super().__init__()
        self.rect = QRectF()
        self.setZValue(0.5)
        self.setAcceptedMouseButtons(Qt.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(QPen(style.colour(_COLOUR), 3, Qt.DashLine))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(self.rect.adjusted(1.5, 1.5, -1.5, -1.5))


def card_lane_of(doc, lane_id: str | None) -> str | None:
    """``lane_id`` when it holds cards, else the map's touchpoints lane (else its first card lane)."""
    lane = doc.get("lanes", lane_id) if lane_id else None
    if lane is not None and lane.kind in CARD_LANES:
        return lane.id
    lanes = [lane for lane in doc.lanes if lane.kind in CARD_LANES]
    first = next((lane for lane in lanes if lane.kind == LaneKind.TOUCHPOINTS), lanes[0] if lanes else None)
    return first.id if first is not None else None


class CellCursor(QObject):
    """Keeps ``scene.current_cell`` valid and visible; keys move it and add or edit in its cell.

    The cell is where Ctrl+T, Enter, typing and paste act. It follows the selection (a card
    selected by click or Tab moves it to its cell) and stays where it is when the selection
    is cleared.
    """

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.scene = view.scene()
        self.item = CursorItem()
        self.scene.addItem(self.item)
        self._index = (0, 0)  # (stage, lane) of the last valid cell, to stay near it after deletions
        self.scene.editor.edited.connect(self.place)
        self.scene.selectionChanged.connect(self._follow_selection)
        self.place()

    # ------------------------------------------------------------ the cell
    def cell(self) -> tuple[str, str] | None:
        """(stage id, lane id) of the current cell; the first stage's touchpoints lane at the start."""
        doc = self.scene.doc
        if doc is None or not doc.stages or not doc.lanes:
            return None
        cell = self.scene.current_cell
        if cell is not None and doc.get("stages", cell[0]) is not None and doc.get("lanes", cell[1]) is not None:
            return cell
        if cell is None:
            stage, lane = doc.stages[0].id, card_lane_of(doc, None) or doc.lanes[0].id
        else:  # its stage or lane was deleted: the nearest one
            si = min(self._index[0], len(doc.stages) - 1)
            li = min(self._index[1], len(doc.lanes) - 1)
            stage = cell[0] if doc.get("stages", cell[0]) is not None else doc.stages[si].id
            lane = cell[1] if doc.get("lanes", cell[1]) is not None else doc.lanes[li].id
        self.scene.current_cell = (stage, lane)
        return self.scene.current_cell

    def set_cell(self, stage_id: str, lane_id: str) -> None:
        self.scene.current_cell = (stage_id, lane_id)
        self.place()

    def place(self) -> None:
        """Draw the frame where the current cell is now (after edits, relayouts, new documents)."""
        scene = self.scene
        if not isValid(scene) or not isValid(self.item):
            return  # the window is closing
        cell = self.cell()
        if cell is None or scene.layout is None:
            self.item.hide()
            return
        doc = scene.doc
        si, li = doc.stage_index().get(cell[0]), doc.lane_index().get(cell[1])
        if si is None or li is None or si >= len(scene.layout.stage_x) or li >= len(scene.layout.lane_y):
            self.item.hide()
            return
        self._index = (si, li)
        box = scene.layout.cell(li, si)
        self.item.set_rect(QRectF(box.x, box.y, box.w, box.h))
        self.item.show()
        self._keep_fitted()

    def _keep_fitted(self) -> None:
        """While the map is fitted (the user has not zoomed), a map that grew is fitted again."""
        view, layout = self.view, self.scene.layout
        if not view.auto_fit or view.inline_editor.isVisible() or not view.isVisible():
            return
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        if not shown.contains(QRectF(0, 0, layout.width, layout.height)):
            view.fit()

    def move(self, d_stage: int, d_lane: int) -> None:
        """One cell left/right/up/down (stopping at the edges); the selection is cleared."""
        cell = self.cell()
        if cell is None:
            return
        doc = self.scene.doc
        si = max(0, min(len(doc.stages) - 1, doc.stage_index()[cell[0]] + d_stage))
        li = max(0, min(len(doc.lanes) - 1, doc.lane_index()[cell[1]] + d_lane))
        self.scene.clearSelection()
        self.set_cell(doc.stages[si].id, doc.lanes[li].id)
        if not self.view.auto_fit:
            self.view.ensureVisible(self.item.rect, 40, 40)

    def _follow_selection(self) -> None:
        if not isValid(self.scene):
            return  # the scene is being destroyed (items deselected on the way out)
        doc = self.scene.doc
        selected = self.scene.selected_ids()
        if doc is None or len(selected) != 1:
            return
        eid = selected[0]
        entity = doc.get("touchpoints", eid) or doc.get("notes", eid)
        cell = self.cell()
        if entity is not None:
            self.set_cell(entity.stage, entity.lane)
        elif cell is not None and doc.get("stages", eid) is not None:
            self.set_cell(eid, cell[1])
        elif cell is not None and doc.get("lanes", eid) is not None:
            self.set_cell(cell[0], eid)

    # ------------------------------------------------------------ actions
    def add_touchpoint(self) -> bool:
        """Ctrl+T: type a new card in the current stage, in the current lane if it holds cards
        (else the touchpoints lane); False when the map has no stage or card lane."""
        cell = self.cell()
        doc = self.scene.doc
        lane = card_lane_of(doc, cell[1] if cell else None)
        if cell is None or lane is None:
            return False
        self.set_cell(cell[0], lane)
        selected = self.scene.selected_ids()
        card = doc.get("touchpoints", selected[0]) if len(selected) == 1 else None
        if card is None or (card.stage, card.lane) != (cell[0], lane):
            self.view.new_card(cell[0], lane)
            return True
        self._card_after(card)
        return True

    def _card_after(self, card) -> None:
        """Type a new card right after ``card`` in its cell (its editor just below it)."""
        scene, editor = self.scene, self.scene.editor
        index = scene.doc.index_of("touchpoints", card.id) + 1

        def commit(title: str) -> None:
            if title:
                scene.select_ids([editor.add_touchpoint(card.stage, card.lane, title, index=index)])

        box = scene.items_by_id[card.id].sceneBoundingRect()
        self.view.edit_text(QRectF(box.left() + 2, box.bottom() + 4, box.width() - 4, 34), "", False, commit, 9.0)

    def start_in_cell(self, text: str = "") -> bool:
        """Enter or typing on the cell with nothing selected: a new card or note, ``text`` typed."""
        cell = self.cell()
        if cell is None:
            return False
        lane = self.scene.doc.get("lanes", cell[1])
        if lane.kind == LaneKind.EMOTIONS:
            return False
        if lane.kind in CARD_LANES:
            self.view.new_card(*cell)
        else:
            self.view.new_note(*cell)
        if text:
            editor = self.view.inline_editor
            editor.setPlainText(text)
            editor.moveCursor(QTextCursor.End)
        return True

    def handle_key(self, event) -> bool:
        """The cursor's keys (called first by the view); False leaves the key to the view."""
        key, mods = event.key(), event.modifiers()
        selected = bool(self.scene.selectedItems())
        if key in _ARROWS and mods & Qt.AltModifier and not mods & Qt.ControlModifier:
            self.move(*_ARROWS[key])
            return True
        if key in _ARROWS and not mods & (Qt.ControlModifier | Qt.ShiftModifier) and not selected:
            self.move(*_ARROWS[key])
            return True
        if selected:
            return False
        if key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_F2) and not mods & Qt.ShiftModifier:
            return self.start_in_cell()
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not mods & (Qt.ControlModifier | Qt.AltModifier):
            return self.start_in_cell(text)
        return False
