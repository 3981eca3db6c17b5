"""Graphics items for touchpoint cards, notes and flows: views with setters, no document access."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from jmap.core.layout import Rect
from jmap.export.flowroute import route, route_with_room
from jmap.gui import style

_ELIDE = Qt.TextElideMode.ElideRight
LABEL_MAX_W = 120.0


def lod_of(painter, option: QStyleOptionGraphicsItem) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


def draw_wrapped(painter, rect: QRectF, text: str, font, max_lines: int) -> float:
    """Draw text wrapped to a box, at most ``max_lines`` lines, the last one elided; returns the y below it."""
    painter.setFont(font)
    metrics = painter.fontMetrics()
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(trial) <= rect.width() or not current:
            current = trial
        else:
            lines.append(current)
            current = word
        if len(lines) == max_lines:
            break
    if current and len(lines) < max_lines:
        lines.append(current)
    if len(lines) == max_lines and " ".join(lines) != " ".join(words):
        lines[-1] = metrics.elidedText(lines[-1] + " …", _ELIDE, int(rect.width()))
    line_h = metrics.height()
    y = rect.top()
    for line in lines:
        if y + line_h > rect.bottom() + 2:
            break
        painter.drawText(QRectF(rect.left(), y, rect.width(), line_h), Qt.AlignLeft | Qt.AlignVCenter,
                         metrics.elidedText(line, _ELIDE, int(rect.width())))
        y += line_h
    return y


class CardItem(QGraphicsItem):
    """A touchpoint card: title, channel and evidence marks; dragged between cells."""

    collection = "touchpoints"

    def __init__(self, eid: str) -> None:
        super().__init__()
        self.eid = eid
        self.rect = QRectF(0, 0, 194, 50)
        self.title = ""
        self.channel_mark = ""
        self.evidence_mark = ""
        self.online = True
        self.importance = 3
        self.entry = False
        self.flows: set[FlowItem] = set()
        self.home = QPointF()  # where the layout puts the card; a drag starts here
        self.setFlags(QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable
                      | QGraphicsItem.ItemSendsGeometryChanges)
        self.setZValue(2)
        self.handle = HandleItem(self)

    def set_geometry(self, rect) -> None:
        if self.rect.width() != rect.w or self.rect.height() != rect.h:
            self.prepareGeometryChange()
            self.rect = QRectF(0, 0, rect.w, rect.h)
            self.handle.setPos(rect.w, rect.h / 2)
        self.home = QPointF(rect.x, rect.y)
        if self.pos() != self.home:
            self.setPos(self.home)

    def set_content(self, title: str, channel_mark: str, evidence_mark: str, online: bool, importance: int,
                    entry: bool) -> None:
        self.title, self.channel_mark, self.evidence_mark = title, channel_mark, evidence_mark
        self.online, self.importance, self.entry = online, importance, entry
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect.adjusted(-2, -2, 2, 2)

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.ItemPositionHasChanged:
            for flow in self.flows:
                flow.adjust()
        elif change == QGraphicsItem.ItemSelectedHasChanged:
            self.handle.update()
        return super().itemChange(change, value)

    def paint(self, painter, option, widget=None) -> None:
        lod = lod_of(painter, option)
        selected = self.isSelected()
        border = style.SELECT if selected else style.CARD_BORDER
        if lod < style.DETAIL_LOD:
            painter.fillRect(self.rect, style.CARD_BORDER if not selected else style.SELECT)
            return
        painter.setRenderHint(painter.RenderHint.Antialiasing, lod > 0.6)
        painter.setPen(QPen(border, 2.2 if selected else 1.0))
        painter.setBrush(style.CARD_BG)
        painter.drawRoundedRect(self.rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.fillRect(QRectF(1, 1, 3.5, self.rect.height() - 2), style.CARD_BORDER if self.online else style.MUTED)
        if lod < style.TEXT_LOD:
            return
        inner = self.rect.adjusted(10, 4, -8, -4)
        painter.setPen(style.INK)
        title = self.title or "…"
        draw_wrapped(painter, QRectF(inner.left(), inner.top(), inner.width(), 26), title, style.font(9.0, True), 2)
        # bottom row: channel pill, online/offline, evidence, importance dots
        painter.setFont(style.font(7.0, True))
        metrics = painter.fontMetrics()
        pill_w = metrics.horizontalAdvance(self.channel_mark) + 8
        pill = QRectF(inner.left(), inner.bottom() - 12, pill_w, 12)
        painter.setPen(Qt.NoPen)
        painter.setBrush(style.colour("#E4EBF2"))
        painter.drawRoundedRect(pill, 3, 3)
        painter.setPen(style.CARD_BORDER)
        painter.drawText(pill, Qt.AlignCenter, self.channel_mark)
        painter.setFont(style.font(7.0))
        painter.setPen(style.MUTED)
        extra = self.evidence_mark + ("" if self.online else "  offline") + ("  ▶ entry" if self.entry else "")
        painter.drawText(QRectF(pill.right() + 5, pill.top(), 110, 12), Qt.AlignLeft | Qt.AlignVCenter, extra)
        dots = QRectF(inner.right() - 5 * 6, pill.top() + 3, 6 * 5, 6)
        for i in range(5):
            painter.setBrush(style.CARD_BORDER if i < self.importance else style.colour("#D9E2EC"))
            painter.drawEllipse(QRectF(dots.left() + i * 6, dots.top(), 4.5, 4.5))


class HandleItem(QGraphicsItem):
    """The ring on a card's right edge: drag from it to another card to add a flow."""

    def __init__(self, card: CardItem) -> None:
        super().__init__(card)
        self.card = card
        self.setPos(card.rect.width(), card.rect.height() / 2)
        self.setCursor(Qt.CrossCursor)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-6, -6, 12, 12)

    def paint(self, painter, option, widget=None) -> None:
        if lod_of(painter, option) < style.TEXT_LOD:
            return
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.SELECT if self.card.isSelected() else style.CARD_BORDER, 1.2))
        painter.setBrush(style.PAPER)
        painter.drawEllipse(QRectF(-4, -4, 8, 8))


class NoteItem(QGraphicsItem):
    """A sticky note in a cell; its text is edited in place."""

    collection = "notes"

    def __init__(self, eid: str) -> None:
        super().__init__()
        self.eid = eid
        self.rect = QRectF(0, 0, 194, 30)
        self.text = ""
        self.fill = style.colour("#FFF8D6")
        self.overflowing = False
        self.home = QPointF()
        self.setFlags(QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable)
        self.setZValue(1)

    def set_geometry(self, rect, overflowing: bool) -> None:
        if self.rect.width() != rect.w or self.rect.height() != rect.h:
            self.prepareGeometryChange()
            self.rect = QRectF(0, 0, rect.w, rect.h)
        self.home = QPointF(rect.x, rect.y)
        self.setPos(self.home)
        if overflowing != self.overflowing:
            self.overflowing = overflowing
            self.update()

    def set_content(self, text: str, fill: QColor) -> None:
        self.text, self.fill = text, fill
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter, option, widget=None) -> None:
        lod = lod_of(painter, option)
        painter.fillRect(self.rect, self.fill)
        if self.isSelected():
            painter.setPen(QPen(style.SELECT, 2))
            painter.drawRect(self.rect)
        elif lod >= style.DETAIL_LOD:
            painter.setPen(QPen(style.colour("#00000022"), 0.8))
            painter.drawRect(self.rect)
        if lod < style.TEXT_LOD:
            return
        painter.setPen(style.INK)
        inner = self.rect.adjusted(5, 5, -5, -4)
        draw_wrapped(painter, inner, self.text, style.font(8.5), 6)
        if self.overflowing:
            painter.setPen(style.MUTED)
            painter.setFont(style.font(7.0))
            painter.drawText(self.rect.adjusted(0, 0, -3, 0), Qt.AlignRight | Qt.AlignBottom, "⋯")


class FlowItem(QGraphicsItem):
    """A directed flow between two cards; follows them while they move.

    Routed like the PDF (jmap.export.flowroute): through the gutters between columns and
    the empty corridor under each card lane, so it never crosses a card. A label goes on
    a free spot along the route; when there is none it shows only while the flow is
    hovered or selected (and as a tooltip), never on top of a card.
    """

    collection = "flows"

    def __init__(self, eid: str, source: CardItem, target: CardItem) -> None:
        super().__init__()
        self.eid = eid
        self.source, self.target = source, target
        self.label = ""
        self.backward = False
        self.path = QPainterPath()
        self.arrow = QPolygonF()
        self.spots: list[QPointF] = []
        self.hovered = False
        self._shape = None
        self._label_rect = None
        self._label_fits = True
        self.setFlags(QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemUsesExtendedStyleOption)
        self.setAcceptHoverEvents(True)
        self.setZValue(1.5)
        source.flows.add(self)
        target.flows.add(self)
        self.adjust()

    def detach(self) -> None:
        self.source.flows.discard(self)
        self.target.flows.discard(self)

    def set_label(self, label: str) -> None:
        self.prepareGeometryChange()
        self.label = label
        self.setToolTip(label)
        self._label_rect = None
        self.update()

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.ItemSceneHasChanged and value is not None:
            self.adjust()  # now the scene's layout (gutters, corridors) is known
        return super().itemChange(change, value)

    def _layout(self):
        scene = self.scene()
        return getattr(scene, "layout", None) if scene is not None else None

    def adjust(self) -> None:
        """Recompute the route from the current card positions (a few segments, no sampling)."""
        self.prepareGeometryChange()
        sp, tp = self.source.pos(), self.target.pos()
        a = Rect(sp.x(), sp.y(), self.source.rect.width(), self.source.rect.height())
        b = a if self.source is self.target else Rect(tp.x(), tp.y(), self.target.rect.width(),
                                                      self.target.rect.height())
        layout = self._layout()
        if layout is not None and layout.stage_x:
            segments, self.backward, spots = route(layout, a, b)
            self._room = route_with_room(layout, a, b) if self.label else None
        else:  # not in a scene yet: a plain curve until it is
            p0, p1 = (a.right, a.cy), (b.x, b.cy)
            segments, self.backward, spots = [(p0, p0, p1, p1)], b.x < a.x, [((a.right + b.x) / 2, a.cy)]
            self._room = None
        self._set_route(segments, spots)

    def _set_route(self, segments, spots) -> None:
        path = QPainterPath(QPointF(*segments[0][0]))
        for _p0, c1, c2, p1 in segments:
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*p1))
        self.path = path
        self.segments = segments
        self.spots = [QPointF(*p) for p in spots]
        p0, c1, c2, end = segments[-1]
        self.bezier = (QPointF(*segments[0][0]), QPointF(*segments[0][1]), QPointF(*c2), QPointF(*end))
        self.mid = self.spots[0] if self.spots else path.pointAtPercent(0.5)
        self._label_rect = None
        end_pt = QPointF(*end)
        direction = QPointF()
        for q in (c2, c1, p0):  # a straight segment has its control points on its ends
            direction = end_pt - QPointF(*q)
            if abs(direction.x()) + abs(direction.y()) > 0.01:
                break
        angle = math.atan2(direction.y(), direction.x())
        size = 7.0
        self.arrow = QPolygonF([end_pt,
                                end_pt - QPointF(math.cos(angle - 0.45) * size, math.sin(angle - 0.45) * size),
                                end_pt - QPointF(math.cos(angle + 0.45) * size, math.sin(angle + 0.45) * size)])
        self._shape = None

    def boundingRect(self) -> QRectF:  # noqa: N802
        m = LABEL_MAX_W / 2 + 4 if self.label else 4
        rect = self.path.controlPointRect().united(self.arrow.boundingRect())
        if self._label_rect is not None:
            rect = rect.united(self._label_rect)
        return rect.adjusted(-m, -m, m, m)

    def point_at(self, t: float) -> QPointF:
        return self.path.pointAtPercent(t)

    def _free(self, box: QRectF) -> bool:
        scene = self.scene()
        if scene is None:
            return True
        for item in scene.items(box):
            if isinstance(item, (CardItem, NoteItem)):
                return False
            if isinstance(item, FlowItem) and item is not self and item._label_rect is not None \
                    and item._label_fits and item._label_rect.intersects(box):
                return False
        return True

    def label_rect(self, metrics) -> QRectF:
        """Where the label goes: the first free spot along the route (or its detour), else the first spot."""
        if self._label_rect is None:
            w = min(LABEL_MAX_W, metrics.horizontalAdvance(self.label) + 8)

            def box_at(p: QPointF) -> QRectF:
                return QRectF(p.x() - w / 2, p.y() - 7, w, 14)
            choice = next((box_at(p) for p in self.spots if self._free(box_at(p))), None)
            room = getattr(self, "_room", None)
            if choice is None and room is not None:
                spot = QPointF(*room[2][0])
                if self._free(box_at(spot)):
                    self._set_route(room[0], room[2])
                    choice = box_at(spot)
            self._label_fits = choice is not None
            self._label_rect = choice if choice is not None else box_at(self.mid)
            self.prepareGeometryChange()
        return self._label_rect

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(9)
            self._shape = stroker.createStroke(self.path)
            self._shape.addPolygon(self.arrow)
        return self._shape

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def paint(self, painter, option, widget=None) -> None:
        exposed = option.exposedRect
        if exposed.width() * exposed.height() * 4 < self.path.controlPointRect().width() * \
                self.path.controlPointRect().height() and not self.shape().intersects(exposed) and not (
                self._label_rect is not None and self._label_rect.intersects(exposed)):
            return  # a small repaint (scrolling, a drag) that this long curve only spans: skip its stroke
        lod = lod_of(painter, option)
        selected = self.isSelected()
        colour = style.SELECT if selected else (style.BACK_FLOW if self.backward else style.FLOW)
        pen = QPen(colour, 2.6 if selected or self.hovered else 1.3)
        if self.backward:
            pen.setStyle(Qt.DashLine)
        if lod < style.DETAIL_LOD:
            pen.setCosmetic(True)
            pen.setWidthF(1.0)
            painter.setPen(pen)
            painter.drawPath(self.path)
            return
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(self.path)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(self.arrow)
        if self.label and lod >= style.TEXT_LOD:
            painter.setFont(style.font(7.5))
            metrics = painter.fontMetrics()
            box = self.label_rect(metrics)
            if not self._label_fits and not (selected or self.hovered):
                return  # no free room: shown on hover or selection only, never over a card
            painter.setPen(QPen(colour, 0.8) if not self._label_fits else Qt.NoPen)
            painter.setBrush(style.PAPER)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignCenter, metrics.elidedText(self.label, _ELIDE, int(box.width() - 6)))
