"""Graphics items for touchpoint cards and notes: views with setters, no document access (flows: jmap.gui.canvas.flows)."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from jmap.gui import tr
from jmap.gui.canvas import detail, style
from jmap.gui.canvas.pictures import PictureSlot

if TYPE_CHECKING:
    from jmap.gui.canvas.flows import FlowItem

_ELIDE = Qt.TextElideMode.ElideRight
LABEL_MAX_W = 120.0
#: While the scene moves many cards at once: the flows to route when they have all moved (in order).
_deferred: dict | None = None


@contextmanager
def flows_routed_once():
    """Move any number of cards inside; each of their flows is routed once, at the end, from its
    ends' final places (not once per moved end, nor from a neighbour's place before it moved)."""
    global _deferred
    if _deferred is not None:  # already inside: the outer block routes them
        yield
        return
    _deferred = pending = {}
    try:
        yield
    finally:
        _deferred = None
        for flow in pending:
            if flow.scene() is not None:
                flow.adjust()


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
        if y + line_h > rect.bottom() + 2 and y > rect.top():  # the first line is drawn whatever the box
            break
        painter.drawText(QRectF(rect.left(), y, rect.width(), line_h), Qt.AlignLeft | Qt.AlignVCenter,
                         metrics.elidedText(line, _ELIDE, int(rect.width())))
        y += line_h
    return y


_POSITION_CHANGED = QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged
_SELECTED_CHANGED = QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged
# (Qt flag arithmetic runs in Python: done once, not once per item)
_CARD_FLAGS = (QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable
               | QGraphicsItem.ItemSendsGeometryChanges)
_NOTE_FLAGS = QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable
_CURSOR: list = []  # the handles' cursor, made once (a QCursor needs the application)


class CardItem(PictureSlot, QGraphicsItem):
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
        #: the layout's box while the card is where the layout puts it (None once anything else moved it)
        self.box = None
        self.setFlags(_CARD_FLAGS)
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
        self.box = rect

    def set_content(self, title: str, channel_mark: str, evidence_mark: str, online: bool, importance: int,
                    entry: bool) -> None:
        self.title, self.channel_mark, self.evidence_mark = title, channel_mark, evidence_mark
        self.online, self.importance, self.entry = online, importance, entry
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def itemChange(self, change, value):
        # (called for every change of every card: the members are looked up once, and the value is
        # returned as QGraphicsItem.itemChange would, without a call back into Qt)
        if change == _POSITION_CHANGED:
            self.box = None
            if _deferred is not None:
                _deferred.update(dict.fromkeys(self.flows))
            else:
                for flow in self.flows:
                    flow.adjust()
        elif change == _SELECTED_CHANGED:
            self.handle.update()
        return value

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
        room = self.paint_picture(painter, lod)
        if lod < style.TEXT_LOD:
            return
        if lod < detail.COMPACT_LOD:  # far zoom: the title alone, still readable
            detail.draw_title_only(painter, self.rect.adjusted(0, room, 0, 0), self.title or "…", lod)
            return
        inner = self.rect.adjusted(10, 4 + room, -8, -4)
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
        extra = self.evidence_mark + ("" if self.online else "  " + tr("offline")) + (
            "  ▶ " + tr("entry") if self.entry else "")
        room = inner.right() - 5 * 6 - 8 - (pill.right() + 5)
        painter.drawText(QRectF(pill.right() + 5, pill.top(), room, 12), Qt.AlignLeft | Qt.AlignVCenter,
                         painter.fontMetrics().elidedText(extra, _ELIDE, int(room)))
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
        if not _CURSOR:
            _CURSOR.append(QCursor(Qt.CrossCursor))
        self.setCursor(_CURSOR[0])
        self.setZValue(3)
        self._radius = 4.0

    def boundingRect(self) -> QRectF:
        r = detail.HANDLE_MAX_R + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self):
        path = QPainterPath()
        r = max(6.0, self._radius)  # what was last drawn: the grip grows with it at far zoom
        path.addEllipse(QRectF(-r, -r, 2 * r, 2 * r))
        return path

    def paint(self, painter, option, widget=None) -> None:
        lod = lod_of(painter, option)
        if lod < style.TEXT_LOD:
            return
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.SELECT if self.card.isSelected() else style.CARD_BORDER, 1.2))
        painter.setBrush(style.PAPER)
        r = self._radius = detail.handle_radius(lod)  # about 10 px on screen at any zoom
        painter.drawEllipse(QRectF(-r, -r, 2 * r, 2 * r))


class NoteItem(PictureSlot, QGraphicsItem):
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
        self.setFlags(_NOTE_FLAGS)
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

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter, option, widget=None) -> None:
        lod = lod_of(painter, option)
        painter.fillRect(self.rect, self.fill)
        painter.setBrush(Qt.NoBrush)  # the view does not reset the brush between items
        if self.isSelected():
            painter.setPen(QPen(style.SELECT, 2))
            painter.drawRect(self.rect)
        elif lod >= style.DETAIL_LOD:
            painter.setPen(QPen(style.colour("#00000022"), 0.8))
            painter.drawRect(self.rect)
        room = self.paint_picture(painter, lod)
        if lod < style.TEXT_LOD:
            return
        painter.setPen(style.INK)
        inner = self.rect.adjusted(5, 5 + room, -5, -4)
        draw_wrapped(painter, inner, self.text, detail.note_font(lod, inner.height()), 6)
        if self.overflowing:
            painter.setPen(style.MUTED)
            painter.setFont(style.font(7.0))
            painter.drawText(self.rect.adjusted(0, 0, -3, 0), Qt.AlignRight | Qt.AlignBottom, "⋯")
