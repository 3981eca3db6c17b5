"""Emotion curves: one smoothed curve per persona with points dragged on the −3…+3 scale."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QCursor, QFontMetricsF, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from jmap.core import theme
from jmap.core.emotioncaptions import CurveLine, place_captions
from jmap.core.layout import Rect, curve_points, smooth_segments
from jmap.gui.canvas import style
from jmap.gui.canvas.items import lod_of

#: The persona's name at the start of its curve: type size and widest room (map units).
NAME_SIZE, NAME_W = 7.5, 88
# (Qt flag arithmetic runs in Python: done once, not once per point)
_POINT_FLAGS = QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable
_CURSOR: list = []  # the points' cursor, made once (a QCursor needs the application)


_MARKERS: dict[tuple[int, float], QPainterPath] = {}


def marker_path(kind: int, r: float) -> QPainterPath:
    """Marker shapes differ per persona so curves are told apart without colour (made once per shape:
    every point of a persona shares it; a QPainterPath is copied on write)."""
    kind %= 4
    path = _MARKERS.get((kind, r))
    if path is None:
        path = _MARKERS[(kind, r)] = _marker_path(kind, r)
    return path


def _marker_path(kind: int, r: float) -> QPainterPath:
    path = QPainterPath()
    if kind == 0:
        path.addEllipse(QPointF(0, 0), r, r)
    elif kind == 1:
        path.addRect(QRectF(-r * 0.9, -r * 0.9, 1.8 * r, 1.8 * r))
    elif kind == 2:
        path.addPolygon(QPolygonF([QPointF(0, -r * 1.2), QPointF(r * 1.2, 0), QPointF(0, r * 1.2), QPointF(-r * 1.2, 0),
                                   QPointF(0, -r * 1.2)]))
    else:
        path.addPolygon(QPolygonF([QPointF(0, -r * 1.2), QPointF(r * 1.1, r * 0.8), QPointF(-r * 1.1, r * 0.8),
                                   QPointF(0, -r * 1.2)]))
    return path


class EmotionPointItem(QGraphicsItem):
    """A point of a persona's curve; dragged vertically, it snaps to whole values.

    (No itemChange override: Qt would call into Python for every change of every point while a
    big map is built. A drag keeps the points on the scale and their curves along:
    jmap.gui.canvas.gestures.MoveItemsGesture.move.)"""

    collection = "emotions"

    def __init__(self, eid: str) -> None:
        super().__init__()
        self.eid = eid
        self.curve: CurveItem | None = None
        self.colour = style.SELECT
        self.marker = marker_path(0, 5)
        self.comment = ""
        #: y -> snapped y (set by the scene from the layout's scale)
        self.snap = None
        self.home = QPointF()
        self.setFlags(_POINT_FLAGS)
        self.hovered = False
        self.setAcceptHoverEvents(True)
        self.setZValue(6)
        if not _CURSOR:
            _CURSOR.append(QCursor(Qt.SizeVerCursor))
        self.setCursor(_CURSOR[0])

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def shows_comment_mark(self) -> bool:
        """The small dot that says "this point has a comment": only while hovered or selected."""
        return bool(self.comment) and (self.hovered or self.isSelected())

    def set_content(self, colour, marker: int, comment: str) -> None:
        if comment != self.comment:
            self.setToolTip(comment)
        self.colour, self.marker, self.comment = colour, marker_path(marker, 5), comment
        self.update()

    def set_home(self, x: float, y: float) -> None:
        self.home = QPointF(x, y)
        if self.pos() != self.home:
            self.setPos(self.home)

    def boundingRect(self) -> QRectF:
        return QRectF(-9, -9, 18, 18)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), 8, 8)
        return path

    def keep_on_scale(self):
        """Dragged: back to its own stage's x and onto the nearest whole value; returns its curve."""
        if self.snap is not None:
            pos = self.pos()
            snapped = QPointF(self.home.x(), self.snap(pos.y()))
            if pos != snapped:
                self.setPos(snapped)
        return self.curve

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        if self.isSelected():
            painter.setPen(QPen(style.INK, 1.5))
            painter.setBrush(Qt.NoBrush)
            painter.drawEllipse(QPointF(0, 0), 8.5, 8.5)
        painter.setPen(QPen(style.PAPER, 1.5))
        painter.setBrush(self.colour)
        painter.drawPath(self.marker)
        if self.shows_comment_mark() and lod_of(painter, option) >= style.TEXT_LOD:
            painter.setBrush(style.INK)
            painter.setPen(Qt.NoPen)
            painter.drawEllipse(QPointF(6, -6), 1.8, 1.8)


class CurveItem(QGraphicsItem):
    """One persona's smoothed curve through its points, labelled with the persona's name."""

    def __init__(self, persona_id: str) -> None:
        super().__init__()
        self.persona_id = persona_id
        self.points: list[EmotionPointItem] = []
        self.colour = style.SELECT
        self.name = ""
        self.dash = Qt.SolidLine
        self.path = QPainterPath()
        self.setZValue(3)

    def set_content(self, colour, name: str, dash) -> None:
        self.colour, self.name, self.dash = colour, name, dash
        self.update()

    def set_points(self, points: list[EmotionPointItem]) -> None:
        for p in self.points:
            if p.curve is self:
                p.curve = None
        self.points = list(points)
        for p in self.points:
            p.curve = self
        self.rebuild()

    def rebuild(self) -> None:
        self.prepareGeometryChange()
        pts = sorted(((p.pos().x(), p.pos().y()) for p in self.points), key=lambda t: t[0])
        path = QPainterPath()
        if pts:
            path.moveTo(*pts[0])
            for _p0, c1, c2, p1 in smooth_segments(pts):
                path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*p1))
        self.path = path

    def boundingRect(self) -> QRectF:
        return self.path.controlPointRect().adjusted(-4, -16, 90, 4)

    def paint(self, painter, option, widget=None) -> None:
        if self.path.isEmpty():
            return
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour, 2.4, self.dash, Qt.RoundCap))
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(self.path)
        if self.name and lod_of(painter, option) >= style.TEXT_LOD:
            start = self.path.pointAtPercent(0)
            painter.setFont(style.font(NAME_SIZE, True))
            painter.setPen(self.colour)
            painter.drawText(QRectF(start.x() + 8, start.y() - 16, NAME_W, 11), Qt.AlignLeft | Qt.AlignVCenter,
                             painter.fontMetrics().elidedText(self.name, Qt.ElideRight, NAME_W))


class CaptionsItem(QGraphicsItem):
    """The short captions beside emotion points, placed as on the printed map (jmap.core.emotioncaptions).

    The scale's words are in the lane header already, so only the points' captions are drawn here.
    They are placed when first needed (read, or about to be drawn at a zoom that shows text), not on
    every change of a map that is shown at far zoom."""

    def __init__(self) -> None:
        super().__init__()
        self._captions = []
        self.pending = None  # (what places them, their size) until they are placed
        self.size = theme.CAPTION
        self.bounds = QRectF()
        self.setZValue(4)
        self.setAcceptedMouseButtons(Qt.NoButton)

    @property
    def captions(self) -> list:
        self.place()
        return self._captions

    def place(self) -> None:
        """Place the captions now if a change left them to place (outside paint: it moves the bounds)."""
        if self.pending is not None:
            place, size = self.pending
            self.pending = None
            self.set_captions(place(), size)

    def set_captions(self, captions, size: float) -> None:
        self.prepareGeometryChange()
        self._captions, self.size = captions, size
        metrics = QFontMetricsF(style.font(size))
        bounds = QRectF()
        for cap in captions:
            bounds = bounds.united(QRectF(cap.x, cap.y - size * 1.1, metrics.horizontalAdvance(cap.text) + 2,
                                          size * 1.5))
        self.bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self.bounds

    def paint(self, painter, option, widget=None) -> None:
        if not self._captions or lod_of(painter, option) < style.TEXT_LOD:
            return
        painter.setFont(style.font(self.size))
        for cap in self._captions:
            painter.setPen(style.colour(cap.colour))
            painter.drawText(QPointF(cap.x, cap.y), cap.text)


def canvas_captions(doc, layout, lane) -> list:
    """The captions of the visible personas' points, measured with the canvas font."""
    if lane is None:
        return []
    size = theme.CAPTION * layout.text
    metrics = QFontMetricsF(style.font(size))

    def width(text: str, _size: float) -> float:
        return metrics.horizontalAdvance(text)

    def clip(text: str, _size: float, room: float) -> str:
        return text if metrics.horizontalAdvance(text) <= room else metrics.elidedText(text, Qt.ElideRight, room)

    curves = [CurveLine(p.id, theme.persona_colour(i, p.colour), [(x, y) for _id, x, y in curve_points(doc, layout, p.id)])
              for i, p in enumerate(doc.personas) if p.visible]
    names = QFontMetricsF(style.font(NAME_SIZE, True))
    avoid = [Rect(c.points[0][0] + 8, c.points[0][1] - 16, min(NAME_W, names.horizontalAdvance(p.name)), 11)
             for c, p in zip(curves, [p for p in doc.personas if p.visible]) if c.points and p.name]
    # markers are bigger on screen than on paper (the box of a caption has room above its letters)
    avoid += [Rect(x - 7, y - 4.5, 14, 9) for c in curves for x, y in c.points]
    return place_captions(doc, layout, lane, curves, doc.meta.language, size, layout.text, width, clip, scale=False,
                          avoid=avoid)


def show_captions(scene) -> None:
    """Place the emotion captions of ``scene`` again (after its layout or its points changed)."""
    item = getattr(scene, "emotion_captions", None)
    if item is None:
        item = scene.emotion_captions = CaptionsItem()
        scene.addItem(item)
    item.pending = (lambda: canvas_captions(scene.doc, scene.layout, scene.emotion_lane_index()),
                    theme.CAPTION * scene.layout.text)
    item.update()
