"""Graphics items for touchpoint cards, notes and flows: views with setters, no document access."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from jmap.core.layout import PAD
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
        self._label_rect = None
        self.setFlags(QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemUsesExtendedStyleOption)
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
        self._label_rect = None
        self.update()

    def adjust(self) -> None:
        """Recompute the path from the current card positions (cheap: no path sampling)."""
        self.prepareGeometryChange()
        sp, tp = self.source.pos(), self.target.pos()
        sw, sh = self.source.rect.width(), self.source.rect.height()
        tw, th = self.target.rect.width(), self.target.rect.height()
        sx, sy, tx, ty = sp.x(), sp.y(), tp.x(), tp.y()
        # The same curves as the PDF (jmap.export.mapplan), so screen and paper agree.
        if self.source is self.target:  # a loop over the card's top right corner
            start, end = QPointF(sx + sw - 30, sy), QPointF(sx + sw, sy + 14)
            c1, c2 = QPointF(start.x(), sy - 22), QPointF(sx + sw + 22, end.y())
            self.backward = True
        elif tx > sx + 1:  # forward: right edge to left edge
            start, end = QPointF(sx + sw, sy + sh / 2), QPointF(tx, ty + th / 2)
            dx = max(18.0, (end.x() - start.x()) / 2)
            c1, c2 = start + QPointF(dx, 0), end - QPointF(dx, 0)
            self.backward = False
        elif tx < sx - 1:  # backward: an arc over the cards, onto the target's top
            start, end = QPointF(sx + sw / 2 - 20, sy), QPointF(tx + tw / 2 + 20, ty)
            top = min(start.y(), end.y()) - min(70.0, 22.0 + 0.06 * (start.x() - end.x()))
            c1, c2 = QPointF(start.x(), top), QPointF(end.x(), top)
            self.backward = True
        elif ty > sy:  # same stage, going down: a bulge in the right-hand gutter
            start, end = QPointF(sx + sw, sy + sh / 2), QPointF(tx + tw, ty + th / 2)
            c1, c2 = start + QPointF(PAD + 2, 0), end + QPointF(PAD + 2, 0)
            self.backward = False
        else:  # same stage, going up: a bulge on the left
            start, end = QPointF(sx, sy + sh / 2), QPointF(tx, ty + th / 2)
            c1, c2 = start - QPointF(PAD + 2, 0), end - QPointF(PAD + 2, 0)
            self.backward = True
        path = QPainterPath(start)
        path.cubicTo(c1, c2, end)
        self.path = path
        self.mid = (start + c1 * 3 + c2 * 3 + end) / 8
        self.bezier = (start, c1, c2, end)
        self._label_rect = None
        direction = end - c2
        angle = math.atan2(direction.y(), direction.x())
        size = 7.0
        self.arrow = QPolygonF([end, end - QPointF(math.cos(angle - 0.45) * size, math.sin(angle - 0.45) * size),
                                end - QPointF(math.cos(angle + 0.45) * size, math.sin(angle + 0.45) * size)])
        self._shape = None

    def boundingRect(self) -> QRectF:  # noqa: N802
        m = LABEL_MAX_W / 2 + 4 if self.label else 4
        return self.path.controlPointRect().united(self.arrow.boundingRect()).adjusted(-m, -m, m, m)

    def point_at(self, t: float) -> QPointF:
        p0, c1, c2, p1 = self.bezier
        u = 1 - t
        return p0 * (u * u * u) + c1 * (3 * u * u * t) + c2 * (3 * u * t * t) + p1 * (t * t * t)

    def label_rect(self, metrics) -> QRectF:
        """Where the label goes: the point of the curve nearest its middle clear of cards and notes."""
        if self._label_rect is None:
            w = min(LABEL_MAX_W, metrics.horizontalAdvance(self.label) + 8)
            scene = self.scene()
            choice = None
            for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
                p = self.point_at(t)
                box = QRectF(p.x() - w / 2, p.y() - 7, w, 14)
                if scene is None or not any(isinstance(i, (CardItem, NoteItem)) or (
                        isinstance(i, FlowItem) and i is not self and i._label_rect is not None
                        and i._label_rect.intersects(box)) for i in scene.items(box)):
                    choice = box
                    break
            if choice is None:
                p = self.mid
                choice = QRectF(p.x() - w / 2, p.y() - 7, w, 14)
            self._label_rect = choice
        return self._label_rect

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(9)
            self._shape = stroker.createStroke(self.path)
            self._shape.addPolygon(self.arrow)
        return self._shape

    def paint(self, painter, option, widget=None) -> None:
        exposed = option.exposedRect
        if exposed.width() * exposed.height() * 4 < self.path.controlPointRect().width() * \
                self.path.controlPointRect().height() and not self.shape().intersects(exposed):
            return  # a small repaint (scrolling, a drag) that this long curve only spans: skip its stroke
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
            painter.setFont(style.font(7.5))
            metrics = painter.fontMetrics()
            box = self.label_rect(metrics)
            painter.setBrush(style.PAPER)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignCenter, metrics.elidedText(self.label, _ELIDE, int(box.width() - 6)))
