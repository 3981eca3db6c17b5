"""The grid background, stage and lane headers and blueprint lines of the canvas."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem

from jmap.gui.canvas import style
from jmap.gui.canvas.items import draw_wrapped, lod_of


@dataclass
class LaneLook:
    """What the grid needs to know about one lane to paint it."""

    tint: QColor
    prompt: str = ""
    emotions: bool = False
    cards: bool = False
    #: y of each emotion value (top to bottom) in the emotions lane
    scale: list[float] = field(default_factory=list)


class GridItem(QGraphicsItem):
    """Lane bands, cell borders and the faint prompt in each empty cell (one item: fast)."""

    def __init__(self) -> None:
        super().__init__()
        self.layout = None
        self.lanes: list[LaneLook] = []
        self.filled: set[tuple[int, int]] = set()
        self._rect = QRectF()
        self.setZValue(-10)
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption)

    def set_model(self, layout, lanes: list[LaneLook], filled: set[tuple[int, int]]) -> None:
        self.prepareGeometryChange()
        self.layout, self.lanes, self.filled = layout, lanes, filled
        self._rect = QRectF(0, 0, layout.width, layout.height)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        layout = self.layout
        if layout is None or not layout.lane_y:
            return
        exposed = option.exposedRect
        lod = lod_of(painter, option)
        left, width = layout.lane_header_w, layout.stage_w * len(layout.stage_x)
        grid_pen = QPen(style.GRID, 0)
        for li, top in enumerate(layout.lane_y):
            h = layout.lane_h[li]
            if top > exposed.bottom() or top + h < exposed.top():
                continue
            look = self.lanes[li]
            painter.fillRect(QRectF(left, top, width, h), look.tint)
            if look.emotions and lod >= style.DETAIL_LOD:
                painter.setPen(QPen(style.GRID, 0, Qt.DotLine))
                for i, y in enumerate(look.scale):
                    if i == len(look.scale) // 2:
                        painter.setPen(QPen(style.colour("#9AA5B1"), 0, Qt.DashLine))
                    painter.drawLine(left, y, left + width, y)
                    if i == len(look.scale) // 2:
                        painter.setPen(QPen(style.GRID, 0, Qt.DotLine))
            painter.setPen(grid_pen)
            painter.drawLine(left, top + h, left + width, top + h)
            if lod < style.TEXT_LOD or not look.prompt or look.emotions:
                continue
            painter.setPen(style.PROMPT)
            font = style.font(8.5, italic=True)
            for si, x in enumerate(layout.stage_x):
                if (li, si) in self.filled or x > exposed.right() or x + layout.stage_w < exposed.left():
                    continue
                box = QRectF(x + 10, top + 10, layout.stage_w - 20, h - 16)
                draw_wrapped(painter, box, look.prompt, font, max(1, int(box.height() // 13)))
        painter.setPen(grid_pen)
        for x in layout.stage_x:
            if exposed.left() - 1 <= x <= exposed.right() + 1:
                painter.drawLine(x, layout.header_h, x, layout.height)
        painter.drawLine(left + width, layout.header_h, left + width, layout.height)


class HeaderItem(QGraphicsItem):
    """Base of stage and lane headers: a box with a title, renamed by double-click."""

    collection = ""

    def __init__(self, eid: str) -> None:
        super().__init__()
        self.eid = eid
        self.rect = QRectF()
        self.title = ""
        self.subtitle = ""
        self.accent = QColor()
        self.setFlags(QGraphicsItem.ItemIsSelectable)
        # above cards and curves: headers stay pinned at the edges while the map scrolls
        self.setZValue(8.5 if self.collection == "lanes" else 8)
        self.setCursor(Qt.OpenHandCursor)

    def set_geometry(self, rect) -> None:
        if self.rect.size() != QRectF(0, 0, rect.w, rect.h).size():
            self.prepareGeometryChange()
            self.rect = QRectF(0, 0, rect.w, rect.h)
        self.setPos(rect.x, rect.y)

    def set_content(self, title: str, subtitle: str, accent: QColor) -> None:
        self.title, self.subtitle, self.accent = title, subtitle, accent
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect

    def title_rect(self) -> QRectF:
        """Where the title is drawn (the inline editor is placed over it), in scene units."""
        return QRectF(self.pos().x() + 8, self.pos().y() + 6, self.rect.width() - 16, 20)


class StageHeaderItem(HeaderItem):
    collection = "stages"

    def paint(self, painter, option, widget=None) -> None:
        lod = lod_of(painter, option)
        painter.fillRect(self.rect, style.HEADER_BG)
        if self.accent.isValid():
            painter.fillRect(QRectF(0, 0, self.rect.width(), 4), self.accent)
        painter.setPen(QPen(style.colour("#3B5573"), 0))
        painter.drawLine(self.rect.topRight(), self.rect.bottomRight())
        if self.isSelected():
            painter.setPen(QPen(style.colour("#56B4E9"), 3))
            painter.drawRect(self.rect.adjusted(1.5, 1.5, -1.5, -1.5))
        if lod < style.TEXT_LOD * 0.6:
            return
        painter.setPen(style.HEADER_INK)
        painter.setFont(style.font(12.5, True))
        metrics = painter.fontMetrics()
        painter.drawText(QRectF(10, 7, self.rect.width() - 20, 20), Qt.AlignLeft | Qt.AlignVCenter,
                         metrics.elidedText(self.title, Qt.ElideRight, int(self.rect.width() - 20)))
        if self.subtitle:  # every metric on its own line, as far as the band (sized to hold them all) goes
            painter.setPen(style.colour("#BCCCDC"))
            painter.setFont(style.font(8.0))
            metrics = painter.fontMetrics()
            y = 28.0
            for line in self.subtitle.split(" · "):
                if y + 12 > self.rect.height() + 2:
                    break
                painter.drawText(QRectF(10, y, self.rect.width() - 20, 14), Qt.AlignLeft | Qt.AlignVCenter,
                                 metrics.elidedText(line, Qt.ElideRight, int(self.rect.width() - 20)))
                y += 12.0


class LaneHeaderItem(HeaderItem):
    collection = "lanes"

    def __init__(self, eid: str) -> None:
        super().__init__(eid)
        #: for the emotions lane: (y in item coordinates, label) of each scale step
        self.scale: list[tuple[float, str]] = []
        #: for the emotions lane: (colour, name, marker index) of each visible persona
        self.legend: list[tuple[QColor, str, int]] = []

    def set_scale(self, scale, legend) -> None:
        self.scale, self.legend = scale, legend
        self.update()

    def paint(self, painter, option, widget=None) -> None:
        lod = lod_of(painter, option)
        painter.fillRect(self.rect, style.LANE_HEADER_BG)
        painter.fillRect(QRectF(0, 0, 4, self.rect.height()), self.accent)
        painter.setPen(QPen(style.GRID, 0))
        painter.drawLine(self.rect.bottomLeft(), self.rect.bottomRight())
        painter.drawLine(self.rect.topRight(), self.rect.bottomRight())
        if self.isSelected():
            painter.setPen(QPen(style.SELECT, 3))
            painter.drawRect(self.rect.adjusted(1.5, 1.5, -1.5, -1.5))
        if lod < style.TEXT_LOD * 0.6:
            return
        width = self.rect.width() - 20
        short_until = -1.0  # scale steps above this y show their number only (the title needs the room)
        if self.scale:  # the scale labels take the right-hand side
            painter.setFont(style.font(7.5))
            metrics = painter.fontMetrics()
            widest = max(metrics.horizontalAdvance(label) for _y, label in self.scale)
            width = self.rect.width() - 12 - widest - 14
            painter.setFont(style.font(9.0, True))
            title_metrics = painter.fontMetrics()
            if title_metrics.horizontalAdvance(max(self.title.split() or [""], key=len)) > width - 2 or \
                    title_metrics.horizontalAdvance(self.title) > 1.8 * width:
                # a long title (Επιθυμητά συναισθήματα): it keeps the width, the words of the scale beside it go
                numbers = max(metrics.horizontalAdvance(label.split()[0]) for _y, label in self.scale)
                width = self.rect.width() - 12 - numbers - 12
                short_until = 0.0
        painter.setPen(style.INK)
        size = 10.0
        longest = max(self.title.split() or [""], key=len)
        painter.setFont(style.font(size, True))
        while size > 6.5 and painter.fontMetrics().horizontalAdvance(longest) > width - 2:
            size -= 0.5  # a long word (Συναισθήματα) shrinks rather than being cut
            painter.setFont(style.font(size, True))
        below = draw_wrapped(painter, QRectF(12, 8, width, 34), self.title, style.font(size, True), 2)
        painter.setPen(style.MUTED)
        painter.setFont(style.font(7.5))
        if self.subtitle and self.rect.height() >= 44:
            below = draw_wrapped(painter, QRectF(12, below + 3, width, 22), self.subtitle, style.font(7.5), 2)
        if short_until == 0.0:
            short_until = below + 6
        for y, label in self.scale:
            if y - 6 < short_until:
                label = label.split()[0]
            painter.drawText(QRectF(self.rect.width() - 84, y - 6, 78, 12), Qt.AlignRight | Qt.AlignVCenter, label)
        y = self.rect.height() - 8 - 12 * len(self.legend)
        painter.setFont(style.font(7.0))
        for colour, name, marker in self.legend:
            painter.setPen(QPen(colour, 2))
            painter.drawLine(QPointF(10, y + 6), QPointF(20, y + 6))
            painter.setPen(style.INK)
            painter.drawText(QRectF(23, y, 50, 12), Qt.AlignLeft | Qt.AlignVCenter,
                             painter.fontMetrics().elidedText(name, Qt.ElideRight, 50))
            y += 12


class BlueprintLineItem(QGraphicsItem):
    """A service-blueprint line (interaction, visibility, internal) under a lane."""

    collection = "lines"

    def __init__(self, eid: str) -> None:
        super().__init__()
        self.eid = eid
        self.width = 0.0
        self.label = ""
        self.pen_style = Qt.DashLine
        self.setZValue(4)
        self.setFlags(QGraphicsItem.ItemIsSelectable)

    def set_geometry(self, x: float, y: float, width: float) -> None:
        if width != self.width:
            self.prepareGeometryChange()
            self.width = width
        self.setPos(x, y)

    def set_content(self, label: str, pen_style) -> None:
        self.label, self.pen_style = label, pen_style
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, -9, self.width, 12)

    def paint(self, painter, option, widget=None) -> None:
        colour = style.SELECT if self.isSelected() else style.colour("#3E2F7A")
        painter.setPen(QPen(colour, 1.6, self.pen_style))
        painter.drawLine(0, 0, self.width, 0)
        if lod_of(painter, option) < style.TEXT_LOD:
            return
        painter.setFont(style.font(7.0, True))
        w = painter.fontMetrics().horizontalAdvance(self.label) + 10
        box = QRectF(self.width - w - 8, -8, w, 11)
        painter.fillRect(box, style.PAPER)
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignCenter, self.label)


class CornerItem(QGraphicsItem):
    """The top-left corner above the lane headers: the map's title; it stays in view."""

    def __init__(self) -> None:
        super().__init__()
        self.rect = QRectF()
        self.title = ""
        self.setZValue(9)

    def set_geometry(self, w: float, h: float, title: str) -> None:
        self.prepareGeometryChange()
        self.rect = QRectF(0, 0, w, h)
        self.title = title
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter, option, widget=None) -> None:
        painter.fillRect(self.rect, style.colour("#1B2E42"))
        if lod_of(painter, option) < style.TEXT_LOD * 0.6:
            return
        painter.setPen(style.colour("#BCCCDC"))
        draw_wrapped(painter, self.rect.adjusted(10, 8, -8, -6), self.title, style.font(9.0, True), 3)
