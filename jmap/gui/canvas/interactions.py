"""Mouse gestures and context menus of the canvas (mixed into JourneyScene)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTransform

from jmap.core.model import CARD_LANES, LaneKind
from jmap.gui.canvas.emotions import EmotionPointItem
from jmap.gui.canvas.gestures import ConnectFlowGesture, HeaderDragGesture, MoveItemsGesture
from jmap.gui.canvas.headers import HeaderItem
from jmap.gui.canvas.items import CardItem, HandleItem, NoteItem


class SceneInteractions:
    """Dispatches presses, drags, double-clicks and right-clicks to small gesture classes."""

    _gesture = None
    #: the persona whose curve a double-click in the emotions lane edits (None: the first shown)
    preferred_persona: str | None = None

    def _view(self):
        views = self.views()
        return views[0] if views else None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        pos = event.scenePos()
        cell = self.cell_at(pos.x(), pos.y())
        if cell is not None:
            self.current_cell = cell
        view = self._view()
        item = self.itemAt(pos, view.transform() if view is not None else QTransform())
        if event.button() == Qt.LeftButton:
            if isinstance(item, HandleItem):
                self._gesture = ConnectFlowGesture(self, item, pos)
                event.accept()
                return
            if isinstance(item, HeaderItem):
                super().mousePressEvent(event)
                if not item.isSelected():
                    self.clearSelection()
                    item.setSelected(True)
                self._gesture = HeaderDragGesture(self, item, pos)
                return
        super().mousePressEvent(event)
        if event.button() == Qt.LeftButton and isinstance(item, (CardItem, NoteItem, EmotionPointItem)):
            self._gesture = MoveItemsGesture(self)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        gesture = self._gesture
        if isinstance(gesture, (ConnectFlowGesture, HeaderDragGesture)):
            gesture.move(event.scenePos())
            return
        super().mouseMoveEvent(event)
        if isinstance(gesture, MoveItemsGesture):
            gesture.move(event.scenePos())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        gesture, self._gesture = self._gesture, None
        if isinstance(gesture, (ConnectFlowGesture, HeaderDragGesture)):
            gesture.release(event.scenePos())
            super().mouseReleaseEvent(event)
            return
        super().mouseReleaseEvent(event)
        if gesture is not None:
            gesture.release(event.scenePos())

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        pos = event.scenePos()
        view = self._view()
        item = self.itemAt(pos, view.transform())
        if isinstance(item, HandleItem):
            item = item.card
        if item is not None and hasattr(item, "eid") and view is not None:
            view.edit_item(item)
            event.accept()
            return
        cell = self.cell_at(pos.x(), pos.y())
        if cell is None or view is None:
            super().mouseDoubleClickEvent(event)
            return
        stage_id, lane_id = cell
        kind = self.doc.get("lanes", lane_id).kind
        if kind == LaneKind.EMOTIONS:
            self.add_emotion_at(stage_id, pos.y())
        elif kind in CARD_LANES:
            view.new_card(stage_id, lane_id)
        else:
            view.new_note(stage_id, lane_id)
        event.accept()

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        from jmap.gui.canvas.menus import build_menu

        view = self._view()
        if view is None:
            return
        item = self.itemAt(event.scenePos(), view.transform())
        if item is not None and hasattr(item, "eid") and not item.isSelected():
            self.clearSelection()
            item.setSelected(True)
        menu = build_menu(self, view, item, event.scenePos())
        try:
            self.run_menu(menu, event.screenPos())
        finally:
            menu.deleteLater()  # a menu per right-click: free it (and the entities its actions hold)

    def run_menu(self, menu, screen_pos) -> None:
        """Show a context menu (tests replace this to pick an entry without a popup)."""
        menu.exec(screen_pos)

    def add_emotion_at(self, stage_id: str, y: float) -> None:
        """Double-click in the emotions lane: the active persona's point in that stage."""
        persona = self.active_persona()
        if persona is None:
            return
        value = self.emotion_value_at(y)
        existing = next((p for p in self.doc.emotions if p.persona == persona and p.stage == stage_id
                         and not p.touchpoint), None)
        if existing is not None:
            self.editor.set_emotion_value(existing.id, value, merge=False)
            self.select_ids([existing.id])
        else:
            self.select_ids([self.editor.add_emotion(persona, stage_id, value)])

    def active_persona(self) -> str | None:
        """The persona of the selected point, else the first visible persona."""
        for item in self.selectedItems():
            if isinstance(item, EmotionPointItem):
                point = self.doc.get("emotions", item.eid)
                if point is not None:
                    return point.persona
        preferred = self.doc.get("personas", self.preferred_persona) if self.preferred_persona else None
        if preferred is not None:
            return preferred.id
        candidates = [p for p in self.doc.personas if p.visible] or self.doc.personas
        return candidates[0].id if candidates else None

