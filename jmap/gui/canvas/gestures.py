"""Mouse gestures on the canvas, each its own small class: press, move, release."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QApplication, QGraphicsLineItem, QGraphicsRectItem

from jmap.gui.canvas import style
from jmap.gui.canvas.emotions import EmotionPointItem
from jmap.gui.canvas.items import CardItem, HandleItem, NoteItem


class ConnectFlowGesture:
    """Drag from a card's handle to another card: adds a flow."""

    def __init__(self, scene, handle: HandleItem, pos: QPointF) -> None:
        self.scene = scene
        self.source = handle.card
        start = handle.scenePos()
        self.line = QGraphicsLineItem(QLineF(start, pos))
        self.line.setPen(QPen(style.SELECT, 1.6, Qt.DashLine))
        self.line.setZValue(50)
        scene.addItem(self.line)

    def move(self, pos: QPointF) -> None:
        line = self.line.line()
        line.setP2(pos)
        self.line.setLine(line)

    def release(self, pos: QPointF) -> None:
        self.scene.removeItem(self.line)
        target = next((i for i in self.scene.items(pos) if isinstance(i, CardItem)), None)
        if target is not None and target is not self.source:
            flow_id = self.scene.editor.add_flow(self.source.eid, target.eid)
            if flow_id:
                self.scene.select_ids([flow_id])


class HeaderDragGesture:
    """Press on a stage or lane header: a click selects it, a drag reorders it."""

    def __init__(self, scene, header, pos: QPointF) -> None:
        self.scene = scene
        self.header = header
        self.start = pos
        self.horizontal = header.collection == "stages"
        self.ghost: QGraphicsRectItem | None = None

    def _dragging(self, pos: QPointF) -> bool:
        return (pos - self.start).manhattanLength() >= QApplication.startDragDistance()

    def move(self, pos: QPointF) -> None:
        if self.ghost is None and not self._dragging(pos):
            return
        if self.ghost is None:
            self.ghost = QGraphicsRectItem(self.header.sceneBoundingRect())
            self.ghost.setPen(QPen(style.SELECT, 2, Qt.DashLine))
            self.ghost.setBrush(style.colour("#330072B2"))
            self.ghost.setZValue(60)
            self.scene.addItem(self.ghost)
        rect = self.header.sceneBoundingRect()
        delta = pos - self.start
        if self.horizontal:
            rect.translate(delta.x(), 0)
        else:
            rect.translate(0, delta.y())
        self.ghost.setRect(rect)

    def release(self, pos: QPointF) -> None:
        if self.ghost is None:
            return
        self.scene.removeItem(self.ghost)
        layout = self.scene.layout
        if self.horizontal:
            index = int((pos.x() - layout.lane_header_w) // layout.stage_w)
            self.scene.editor.move_stage(self.header.eid, max(0, min(index, len(layout.stage_x) - 1)))
        else:
            tops = layout.lane_y
            index = max((i for i, top in enumerate(tops) if pos.y() >= top), default=0)
            self.scene.editor.move_lane(self.header.eid, index)


class MoveItemsGesture:
    """Qt moves the selected cards, notes and points; on release one command puts them in cells."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.items = [i for i in scene.selectedItems() if isinstance(i, (CardItem, NoteItem, EmotionPointItem))]

    def move(self, pos: QPointF) -> None:
        """Qt has moved the items: points stay on the scale, and their curves follow them."""
        curves = {item.keep_on_scale() for item in self.items
                  if isinstance(item, EmotionPointItem) and item.scene() is self.scene}
        for curve in curves - {None}:
            curve.rebuild()

    def release(self, pos: QPointF) -> None:
        scene = self.scene
        moves: dict[str, tuple[str, str]] = {}
        values: dict[str, int] = {}
        for item in self.items:
            if item.scene() is not scene or item.pos() == item.home:
                continue
            if isinstance(item, (CardItem, NoteItem)):
                centre = item.sceneBoundingRect().center()
                cell = scene.cell_at(centre.x(), centre.y())
                if cell is not None:
                    moves[item.eid] = cell  # the editor refuses lanes that cannot hold it
            else:
                values[item.eid] = scene.emotion_value_at(item.pos().y())
        scene.editor.move_items(moves, values)  # one gesture, one undo step
        scene.snap_back(self.items)  # items not moved into another cell return home


class PanGesture:
    """Pan the view with the middle button (or the left button while space is held)."""

    def __init__(self, view, pos) -> None:
        self.view = view
        self.last = pos

    def move(self, pos) -> None:
        delta = pos - self.last
        self.last = pos
        self.view.horizontalScrollBar().setValue(self.view.horizontalScrollBar().value() - delta.x())
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().value() - delta.y())

    def release(self, pos) -> None:
        pass

