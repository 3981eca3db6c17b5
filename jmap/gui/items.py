"""Graphics items for touchpoint cards, notes and flows: views with setters, no document access."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from jmap.gui import style

_ELIDE = Qt.TextElideMode.ElideRight


def lod_of(painter, option: QStyleOptionGraphicsItem) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


def draw_wrapped(painter, rect: QRectF, text: str, font, max_lines: int) -> None:
    """Draw text wrapped to a box, at most ``max_lines`` lines, the last one elided."""
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
        self.setFlags(QGraphicsItem.ItemIsSelectable)
        self.setZValue(1)

    def set_geometry(self, rect, overflowing: bool) -> None:
        if self.rect.width() != rect.w or self.rect.height() != rect.h:
            self.prepareGeometryChange()
            self.rect = QRectF(0, 0, rect.w, rect.h)
        self.setPos(rect.x, rect.y)
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
    """A directed flow between two cards; follows them while they move."""

    collection = "flows"

    def __init__(self, eid: str, source: CardItem, target: CardItem) -> None:
        super().__init__()
        self.eid = eid
        self.source, self.target = source, target
        self.label = ""
        self.backward = False
        self.path = QPainterPath()
        self.arrow = QPolygonF()
        self._shape = None
        self.setFlags(QGraphicsItem.ItemIsSelectable)
        self.setZValue(1.5)
        source.flows.add(self)
        target.flows.add(self)
        self.adjust()

    def detach(self) -> None:
        self.source.flows.discard(self)
        self.target.flows.discard(self)

    def set_label(self, label: str) -> None:
        self.label = label
        self.update()

    def adjust(self) -> None:
        """Recompute the path from the current card positions."""
        self.prepareGeometryChange()
        s = self.source.rect.translated(self.source.pos())
        t = self.target.rect.translated(self.target.pos())
        path = QPainterPath()
        if self.source is self.target:  # a loop on one card
            start, end = QPointF(s.right() - 30, s.top()), QPointF(s.right(), s.top() + 14)
            path.moveTo(start)
            path.cubicTo(start + QPointF(0, -28), end + QPointF(28, 0), end)
            self.backward = True
        elif t.left() >= s.right() - 1:  # forward, left to right
            start, end = QPointF(s.right() + 4, s.center().y()), QPointF(t.left(), t.center().y())
            dx = max(24.0, (end.x() - start.x()) / 2)
            path.moveTo(start)
            path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end)
            self.backward = False
        elif abs(t.center().x() - s.center().x()) < 1:  # same stage: bulge out to the left
            start, end = QPointF(s.left(), s.center().y()), QPointF(t.left(), t.center().y())
            bulge = 18 + min(60.0, abs(end.y() - start.y()) * 0.15)
            path.moveTo(start)
            path.cubicTo(start - QPointF(bulge, 0), end - QPointF(bulge, 0), end)
            self.backward = t.center().y() < s.center().y()
        else:  # backward: an arc above both cards, entering the target from the top
            start, end = QPointF(s.center().x(), s.top()), QPointF(t.center().x() + 12, t.top())
            lift = 26 + min(110.0, abs(end.x() - start.x()) * 0.12)
            top = min(start.y(), end.y()) - lift
            path.moveTo(start)
            path.cubicTo(QPointF(start.x(), top), QPointF(end.x(), top), end)
            self.backward = True
        self.path = path
        tangent = QLineF(path.pointAtPercent(0.97), path.pointAtPercent(1.0))
        angle = math.atan2(tangent.dy(), tangent.dx())
        tip = path.pointAtPercent(1.0)
        size = 7.0
        self.arrow = QPolygonF([tip, tip - QPointF(math.cos(angle - 0.45) * size, math.sin(angle - 0.45) * size),
                                tip - QPointF(math.cos(angle + 0.45) * size, math.sin(angle + 0.45) * size)])
        self._shape = None

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.path.controlPointRect().united(self.arrow.boundingRect()).adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(9)
            self._shape = stroker.createStroke(self.path)
            self._shape.addPolygon(self.arrow)
        return self._shape

    def paint(self, painter, option, widget=None) -> None:
        lod = lod_of(painter, option)
        colour = style.SELECT if self.isSelected() else (style.BACK_FLOW if self.backward else style.FLOW)
        pen = QPen(colour, 2.6 if self.isSelected() else 1.3)
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
            mid = self.path.pointAtPercent(0.5)
            painter.setFont(style.font(7.5))
            w = painter.fontMetrics().horizontalAdvance(self.label) + 8
            box = QRectF(mid.x() - w / 2, mid.y() - 7, w, 14)
            painter.setBrush(style.PAPER)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignCenter, self.label)
