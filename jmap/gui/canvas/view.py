"""JourneyView: zoom, pan, keyboard and the in-place text editor over the canvas."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPainter, QRegion, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QPlainTextEdit,
    QStyleOptionGraphicsItem,
)

from jmap.gui import tr
from jmap.gui.canvas import style
from jmap.gui.canvas.cursor import CellCursor
from jmap.gui.canvas.emotions import EmotionPointItem
from jmap.gui.canvas.flows import FlowItem
from jmap.gui.canvas.gestures import PanGesture
from jmap.gui.canvas.headers import HeaderItem
from jmap.gui.canvas.items import CardItem, NoteItem
from jmap.gui.canvas import pictures
from jmap.gui.canvas.overview import OVERVIEW_ZOOM

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0


class InlineEditor(QPlainTextEdit):
    """Text typed in place over an item. Enter commits (Shift+Enter: new line), Esc cancels."""

    committed = Signal(str)

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Box)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        self.setStyleSheet("QPlainTextEdit { background: #FFFFFF; color: #1F2933; border: 2px solid #0072B2; }")
        self.multiline = False
        self._on_commit = None
        self.hide()

    def start(self, rect, text: str, multiline: bool, on_commit, font_size: float) -> None:
        self._on_commit = on_commit
        self.multiline = multiline
        font = QFont(style.font(font_size))  # a copy: the style's fonts are shared
        font.setPointSizeF(max(7.0, font.pointSizeF() * self.parent().parent().zoom()))
        self.setFont(font)
        self.setPlainText(text)
        self.setGeometry(rect)
        self.selectAll()
        self.show()
        self.raise_()
        self.setFocus(Qt.OtherFocusReason)

    def finish(self, commit: bool) -> None:
        if not self.isVisible():
            return
        callback, self._on_commit = self._on_commit, None
        text = self.toPlainText()
        self.hide()
        self.parent().parent().setFocus()
        if commit and callback is not None:
            callback(text if self.multiline else " ".join(text.split()))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not (self.multiline and event.modifiers() & Qt.ShiftModifier):
            self.finish(True)
            return
        if event.key() == Qt.Key_Escape:
            self.finish(False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.PopupFocusReason:
            self.finish(True)


class JourneyView(QGraphicsView):
    """The canvas widget: Ctrl+wheel zoom, space/middle-button pan, rubber-band selection."""

    zoom_changed = Signal(float)
    #: the canvas has been painted for the first time (work that the first paint does not need waits for it)
    first_painted = Signal()

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        self.editor = scene.editor
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setDragMode(QGraphicsView.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.IntersectsItemShape)
        self.setViewportUpdateMode(QGraphicsView.MinimalViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.DontSavePainterState | QGraphicsView.DontAdjustForAntialiasing)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setBackgroundBrush(style.colour("#E9EEF3"))
        self.setFocusPolicy(Qt.StrongFocus)
        self.inline_editor = InlineEditor(self.viewport())
        self._pan = None
        self._space = False
        #: the map is refitted when the window resizes until the user zooms (jmap.gui.canvas.cursor)
        self.auto_fit = True
        self.cell_cursor = CellCursor(self)
        self.editor.document_replaced.connect(lambda _doc: setattr(self, "auto_fit", True))
        self.painted = False
        self.first_painted.connect(scene.start_pending_flows)  # a big map's flows follow its first paint

    # --------------------------------------------------------- pinned headers
    def _pinned(self) -> tuple[QRectF, float, float]:
        """The visible scene rect and where the stage band (top) and lane column (left) are drawn."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        layout = self.scene().layout
        top = min(max(0.0, visible.top()), max(0.0, layout.height - layout.header_h))
        left = min(max(0.0, visible.left()), max(0.0, layout.width - layout.lane_header_w))
        return visible, top, left

    def _pinned_region(self) -> QRegion:
        """The viewport pixels covered by the pinned band and column (empty at the map's edges)."""
        scene = self.scene()
        region = QRegion()
        if scene is None or scene.layout is None:
            return region
        layout, zoom, viewport = scene.layout, self.zoom(), self.viewport()
        _visible, top, left = self._pinned()
        if top > 0:
            region += QRect(0, 0, viewport.width(), int(layout.header_h * zoom) + 2)
        if left > 0:
            region += QRect(0, 0, int(layout.lane_header_w * zoom) + 2, viewport.height())
        return region

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def paintEvent(self, event) -> None:  # noqa: N802
        scene = self.scene()
        if scene is not None and not scene.overview_on:  # (at far zoom the overview draws cards and notes)
            scene.ensure_items(self.visible_rect())  # a big map's cards and notes in view, made now
            scene.emotion_captions.place()  # captions placed when a zoom shows text
        super().paintEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        before = self._pinned_region()
        super().scrollContentsBy(dx, dy)
        # the pinned headers moved with the pixels: repaint where they were and are
        region = before.translated(dx, dy) + self._pinned_region()
        if not region.isEmpty():
            self.viewport().update(region)

    def drawForeground(self, painter, rect) -> None:
        """When the map is scrolled, draw the stage and lane headers pinned to the edges."""
        if not self.painted:
            self.painted = True
            self.first_painted.emit()
        scene = self.scene()
        if scene is None or scene.layout is None:
            return
        visible, top, left = self._pinned()
        if top <= 0 and left <= 0:
            return
        layout, doc = scene.layout, scene.doc
        option = QStyleOptionGraphicsItem()
        items = scene.items_by_id
        if top > 0:
            for i, stage in enumerate(doc.stages):
                x = layout.stage_x[i]
                if visible.left() - layout.stage_w <= x <= visible.right():
                    self._paint_at(painter, items[stage.id], option, x, top)
        if left > 0:
            for i, lane in enumerate(doc.lanes):
                y = layout.lane_y[i]
                if visible.top() - layout.lane_h[i] <= y <= visible.bottom():
                    self._paint_at(painter, items[lane.id], option, left, y)
        self._paint_at(painter, scene.corner, option, left, top)

    @staticmethod
    def _paint_at(painter, item, option, x: float, y: float) -> None:
        option.exposedRect = item.boundingRect()
        painter.save()
        painter.translate(x, y)
        item.paint(painter, option, None)
        painter.restore()

    def in_pinned_header(self, pos) -> bool:
        """Whether a viewport point falls on a pinned (drawn, not real) header."""
        scene = self.scene()
        if scene is None or scene.layout is None:
            return False
        _visible, top, left = self._pinned()
        point = self.mapToScene(pos)
        layout = scene.layout
        return (top > 0 and point.y() < top + layout.header_h) or (left > 0 and point.x() < left + layout.lane_header_w)

    # ------------------------------------------------------------------ zoom
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.inline_editor.finish(True)
        self.setTransform(self.transform().fromScale(factor, factor))
        self.auto_fit = False
        self.scene().set_overview(factor * self.devicePixelRatioF() < OVERVIEW_ZOOM)
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / 1.25)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        """Show the whole map."""
        self.inline_editor.finish(True)
        layout = self.scene().layout
        rect = QRectF(0, 0, layout.width, layout.height).adjusted(-20, -20, 20, 20)
        self.fitInView(rect, Qt.KeepAspectRatio)
        self.set_zoom(self.zoom())
        self.auto_fit = True

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.auto_fit and self.scene().layout is not None and not self.inline_editor.isVisible():
            self.fit()  # every map opens fitted to its window, however it was opened

    # ------------------------------------------------- pictures dropped on the map
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if not pictures.drag_has_picture(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if not pictures.drag_has_picture(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        self.scene().ensure_items(self.visible_rect())
        if not pictures.drop_picture(self, event):
            super().dropEvent(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom() * (1.15 ** steps))
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------------- pan
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MiddleButton or (event.button() == Qt.LeftButton and self._space):
            self._pan = PanGesture(self, event.position())
            self.viewport().setCursor(Qt.ClosedHandCursor)
            event.accept()
            return
        self.inline_editor.finish(True)
        self.scene().ensure_items(self.visible_rect())  # (at far zoom too: clicks and rubber bands find them)
        if self.in_pinned_header(event.position().toPoint()):
            event.accept()  # a pinned header is a label; scroll to the map's edge to edit it
            return
        super().mousePressEvent(event)
        self.cell_cursor.place()

    def mouseMoveEvent(self, event) -> None:
        if self._pan is not None:
            self._pan.move(event.position())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan is not None:
            self._pan = None
            self.viewport().setCursor(Qt.OpenHandCursor if self._space else Qt.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # --------------------------------------------------------------- keyboard
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.OpenHandCursor)
            return
        if self.cell_cursor.handle_key(event):
            return
        scene = self.scene()
        cards = [i.eid for i in scene.selectedItems() if isinstance(i, (CardItem, NoteItem))]
        arrows = {Qt.Key_Left: (-1, 0), Qt.Key_Right: (1, 0), Qt.Key_Up: (0, -1), Qt.Key_Down: (0, 1)}
        if key in arrows and not event.modifiers() & Qt.ControlModifier:
            points = [i.eid for i in scene.selectedItems() if isinstance(i, EmotionPointItem)]
            if cards:
                self.editor.nudge(cards, *arrows[key])
                scene.select_ids(cards)
                return
            if points and key in (Qt.Key_Up, Qt.Key_Down):
                step = 1 if key == Qt.Key_Up else -1
                doc = self.editor.document
                self.editor.set_emotion_values({pid: doc.get("emotions", pid).value + step for pid in points})
                scene.select_ids(points)
                return
        if key == Qt.Key_Escape:
            scene.clearSelection()
            return
        if key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_F2):
            selected = scene.selectedItems()
            if len(selected) == 1 and hasattr(selected[0], "eid"):
                self.edit_item(selected[0])
                return
        if event.matches(QKeySequence.ZoomIn) or (key == Qt.Key_Equal and event.modifiers() & Qt.ControlModifier):
            self.zoom_in()
            return
        if event.matches(QKeySequence.ZoomOut):
            self.zoom_out()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab walk through the cards and notes, stage by stage."""
        if self.inline_editor.isVisible() or not self.hasFocus():
            return super().focusNextPrevChild(forward)
        scene = self.scene()
        layout = scene.layout
        boxes = {**layout.notes, **layout.cards}
        order = sorted(boxes, key=lambda eid: (boxes[eid].x, boxes[eid].y))
        if not order:
            return super().focusNextPrevChild(forward)
        selected = scene.selected_ids()
        current = order.index(selected[0]) if len(selected) == 1 and selected[0] in boxes else None
        if current is None:
            index = 0 if forward else len(order) - 1
        else:
            index = (current + (1 if forward else -1)) % len(order)
        scene.select_ids([order[index]])
        self.ensureVisible(scene.items_by_id[order[index]].sceneBoundingRect(), 40, 40)
        return True

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().setCursor(Qt.ArrowCursor)
            return
        super().keyReleaseEvent(event)

    # -------------------------------------------------------- in-place edits
    def _viewport_rect(self, scene_rect: QRectF):
        return self.mapFromScene(scene_rect).boundingRect().adjusted(-2, -2, 2, 2)

    def edit_text(self, scene_rect: QRectF, text: str, multiline: bool, on_commit, font_size: float = 9.0) -> None:
        """Open the inline editor over a scene rectangle."""
        self.ensureVisible(scene_rect, 20, 20)
        self.inline_editor.start(self._viewport_rect(scene_rect), text, multiline, on_commit, font_size)

    def edit_item(self, item) -> None:
        """Edit the main text of an item in place (title, note text, name, flow label)."""
        editor, doc = self.editor, self.editor.document
        eid = item.eid
        if isinstance(item, CardItem):
            tp = doc.get("touchpoints", eid)
            rect = item.sceneBoundingRect().adjusted(6, 2, -6, -18)
            self.edit_text(rect, tp.title, False, lambda t: editor.edit_touchpoint(eid, title=t), 9.0)
        elif isinstance(item, NoteItem):
            note = doc.get("notes", eid)
            rect = item.sceneBoundingRect()
            rect.setHeight(max(rect.height(), 60))
            self.edit_text(rect, note.text, True, lambda t: editor.edit_note(eid, t) if t.strip()
                           else editor.remove_note(eid), 8.5)
        elif isinstance(item, HeaderItem):
            if item.collection == "stages":
                name = doc.get("stages", eid).name
                self.edit_text(item.title_rect(), name, False, lambda t: t and editor.rename_stage(eid, t), 12.5)
            else:
                name = doc.get("lanes", eid).title
                self.edit_text(item.title_rect(), name, False, lambda t: t and editor.rename_lane(eid, t), 10.0)
        elif isinstance(item, FlowItem):
            flow = doc.get("flows", eid)
            mid = item.mid
            self.edit_text(QRectF(mid - QPointF(60, 10), mid + QPointF(60, 10)), flow.label, False,
                           lambda t: editor.edit_flow(eid, label=t), 7.5)
        elif isinstance(item, EmotionPointItem):
            point = doc.get("emotions", eid)
            self.edit_text(QRectF(item.pos() + QPointF(10, -10), item.pos() + QPointF(170, 10)), point.comment,
                           False, lambda t: editor.set_fields("emotions", eid, {"comment": t}, tr("Edit comment")), 8.0)

    def new_card(self, stage_id: str, lane_id: str) -> None:
        """Type the title of a new card in a cell; Enter adds it (one undo step)."""
        scene = self.scene()

        def commit(title: str) -> None:
            if title:
                scene.select_ids([self.editor.add_touchpoint(stage_id, lane_id, title)])

        self.edit_text(scene.next_card_rect(stage_id, lane_id), "", False, commit, 9.0)

    def new_note(self, stage_id: str, lane_id: str) -> None:
        scene = self.scene()

        def commit(text: str) -> None:
            if text.strip():
                scene.select_ids([self.editor.add_note(lane_id, stage_id, text.strip())])

        rect = scene.next_card_rect(stage_id, lane_id)
        rect.setHeight(48)
        self.edit_text(rect, "", True, commit, 8.5)
