"""Flows between cards on the canvas: routed like the PDF, with labels that never cover a card."""

from __future__ import annotations

import math
import zlib
from collections import deque
from itertools import chain

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem

from jmap.core.gcpause import no_gc_pauses
from jmap.core.layout import Rect
from jmap.core.routing import crosses, detours, flatten, label_spots, route
from jmap.gui.canvas import style
from jmap.gui.canvas.items import LABEL_MAX_W, CardItem, NoteItem, lod_of
from jmap.gui.canvas.lazy import ITEM_BATCH

_ELIDE = Qt.TextElideMode.ElideRight
_METRICS: list = []


def _label_metrics() -> QFontMetricsF:
    if not _METRICS:
        _METRICS.append(QFontMetricsF(style.font(7.5)))
    return _METRICS[0]


#: the length of a flow's arrowhead (map units)
ARROW = 7.0
#: Sideways offsets of flow legs in a gutter (as on paper, jmap.export.flowplan.tracks), chosen by id.
_TRACKS = (0.0, 2.5, -2.5, 5.0, -5.0)
_CLEARING: list = []  # a flow whose detour is moving other labels (they do not move others in turn)


def _track(eid: str) -> float:
    """A flow's own track in the gutters, the same on every run (flows sharing a gutter stay apart)."""
    return _TRACKS[zlib.crc32(eid.encode("utf-8")) % len(_TRACKS)]


def _detours(layout, a, b, w: float):
    """Other routes for a flow whose label has no room along its way (as on paper: U-turns
    down a gutter, jmap.core.routing.detours), with the label on the U's bottom or beside it."""
    for segments, (x, y) in detours(layout, a, b):
        for dx in (0.0, w / 2 + 3.5, -w / 2 - 3.5):
            yield segments, QPointF(x + dx, y), QRectF(x + dx - w / 2, y - 7, w, 14)
        for sx, sy in label_spots(segments, w, 14, 2.5):  # beside the detour's straight pieces
            yield segments, QPointF(sx, sy), QRectF(sx - w / 2, sy - 7, w, 14)


def _box_at(card: CardItem) -> Rect:
    """Where a card is now (moved by hand, or not placed by the layout yet)."""
    pos = card.pos()
    return Rect(pos.x(), pos.y(), card.rect.width(), card.rect.height())


class FlowItem(QGraphicsItem):
    """A directed flow between two cards; follows them while they move.

    Routed like the PDF (jmap.core.routing): through the gutters between columns and
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
        self._path = QPainterPath()  # (made from the segments when first drawn or read: JourneyScene
        # moves many cards at once, and most of their flows are not on screen)
        self._arrow = None
        self._spots: list[tuple[float, float]] = []
        self._bounds = QRectF(-4, -4, 8, 8)  # (the bounds of no route yet)
        self.hovered = False
        self._shape = None
        self._label_rect = None
        self._label_fits = True
        self.tag: FlowLabelItem | None = None  # made with the first label
        self.setFlags(QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemUsesExtendedStyleOption)
        self.setAcceptHoverEvents(True)
        self.setZValue(1.5)
        source.flows.add(self)
        target.flows.add(self)
        self.segments = []
        self._track = _track(eid)
        self._ends = None  # (source rect, target rect) of the last route
        if source.scene() is None:
            self.adjust()  # (in a scene the route is made once the flow is added to it)

    def detach(self) -> None:
        self.source.flows.discard(self)
        self.target.flows.discard(self)

    def set_label(self, label: str) -> None:
        if label == self.label:
            return
        self.label = label
        self.setToolTip(label)
        if self.scene() is not None:
            self.adjust()
        self.update()

    # (No itemChange override: Qt would call into Python for every change of every flow while the
    # scene is built. The scene routes a flow once it is added, removes its label with it and
    # repaints the labels of flows whose selection changes: JourneyScene.add_flow/remove_flow.)
    def added(self) -> None:
        """In a scene now: its layout (gutters, corridors) is known, so route once."""
        if self.tag is not None and self.tag.scene() is not self.scene():
            self.scene().addItem(self.tag)
        self.adjust()

    def removing(self) -> None:
        """About to leave its scene: its label leaves with it."""
        if self.tag is not None and self.tag.scene() is not None:
            self.tag.scene().removeItem(self.tag)

    def adjust(self) -> None:
        """Recompute the route from the current card positions (a few segments, no sampling)."""
        source, target = self.source, self.target
        a = source.box or _box_at(source)  # (a card where the layout puts it has its box at hand)
        b = a if source is target else target.box or _box_at(target)
        scene = self.scene()
        layout = getattr(scene, "layout", None) if scene is not None else None
        if layout is not None and layout.stage_x:
            segments, self.backward, spots = route(layout, a, b, track=self._track)
            self._ends = (layout, a, b)
        else:  # not in a scene yet: a plain curve until it is
            p0, p1 = (a.right, a.cy), (b.x, b.cy)
            segments, self.backward, spots = [(p0, p0, p1, p1)], b.x < a.x, [((a.right + b.x) / 2, a.cy)]
            self._ends = None
        self._set_route(segments, spots)
        if self.label and scene is not None:
            grabber = scene.mouseGrabberItem()
            if isinstance(grabber, CardItem) and (grabber in (self.source, self.target) or self.source.isSelected()
                                                  or self.target.isSelected()):
                self._label_rect, self._label_fits = None, False  # mid-drag: placed again on the drop
                if self.tag is not None:
                    self.tag.update()
            else:
                self._place_label()
        if scene is not None and self.segments:
            self._clear_labels_under_me(scene)

    def _clear_labels_under_me(self, scene) -> None:
        """Labels of other flows that this route now runs through find another place (no line crosses text)."""
        tags = getattr(scene, "flow_tags", ())
        if not tags:
            return
        bounds = self._bounds
        pieces = None
        for item in [t for t in tags if t.rect.intersects(bounds)]:
            if pieces is None:
                pieces = flatten(self.segments)
            if item.flow is not self and item.flow._label_fits:
                r = item.rect
                rect = Rect(r.x(), r.y(), r.width(), r.height())
                if any(crosses(p, q, rect) for p, q in pieces):
                    item.flow._place_label()

    def _set_route(self, segments, spots) -> None:
        # (called for every flow of every moved card: no Qt object that nothing reads is made here)
        self.prepareGeometryChange()  # (a detour changes the bounds: the scene's index must know)
        self._path = None
        self.segments = segments
        self._spots = spots
        self._label_rect = None
        self._arrow = None  # (made when drawn: it lies within ARROW of the end)
        self._shape = None
        xs, ys = zip(*chain.from_iterable(segments))
        ex, ey = segments[-1][3]
        left, top = min(min(xs), ex - ARROW) - 4, min(min(ys), ey - ARROW) - 4
        self._bounds = QRectF(left, top, max(max(xs), ex + ARROW) + 4 - left, max(max(ys), ey + ARROW) + 4 - top)

    @property
    def path(self) -> QPainterPath:
        """The route as a path (its control points are the segments')."""
        path = self._path
        if path is None:
            path = self._path = QPainterPath()
            path.moveTo(*self.segments[0][0])
            cubic = path.cubicTo
            for _p0, (x1, y1), (x2, y2), (x, y) in self.segments:  # (numbers: no QPointF per control point)
                cubic(x1, y1, x2, y2, x, y)
        return path

    @property
    def arrow(self) -> QPolygonF:
        """The arrowhead at the end of the route."""
        if self._arrow is None:
            if not self.segments:
                return QPolygonF()
            p0, c1, c2, (ex, ey) = self.segments[-1]
            dx = dy = 0.0
            for qx, qy in (c2, c1, p0):  # a straight segment has its control points on its ends
                dx, dy = ex - qx, ey - qy
                if abs(dx) + abs(dy) > 0.01:
                    break
            angle = math.atan2(dy, dx)
            self._arrow = QPolygonF([
                QPointF(ex, ey),
                QPointF(ex - math.cos(angle - 0.45) * ARROW, ey - math.sin(angle - 0.45) * ARROW),
                QPointF(ex - math.cos(angle + 0.45) * ARROW, ey - math.sin(angle + 0.45) * ARROW)])
        return self._arrow

    @property
    def spots(self) -> list[QPointF]:
        """Where the label may go on the route."""
        return [QPointF(x, y) for x, y in self._spots]

    @property
    def mid(self) -> QPointF:
        """The middle of the route (its first label spot)."""
        if self._spots:
            return QPointF(*self._spots[0])
        return self.path.pointAtPercent(0.5) if self.segments else QPointF()

    @property
    def bezier(self) -> tuple:
        """Start, first control point, last control point and end of the route."""
        segments = self.segments
        if not segments:
            return ()
        return (QPointF(*segments[0][0]), QPointF(*segments[0][1]), QPointF(*segments[-1][2]),
                QPointF(*segments[-1][3]))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _free(self, box: QRectF) -> bool:
        scene = self.scene()
        if scene is None:
            return True
        for item in scene.items(box):
            if isinstance(item, (CardItem, NoteItem)):
                return False
            if getattr(item, "collection", None) == "lines":  # its stroke, and its caption at the right end
                y, right = item.scenePos().y(), item.scenePos().x() + item.width
                if box.top() < y + 1.5 and box.bottom() > y - 1.5 or (
                        box.right() > right - 190 and box.bottom() > y - 10 and box.top() < y + 1.5):
                    return False
            if isinstance(item, FlowLabelItem) and item.flow is not self and item.flow._label_fits \
                    and item.rect.intersects(box):
                return False
            if isinstance(item, FlowItem) and item is not self and item.segments:  # another flow's line
                rect = Rect(box.x(), box.y(), box.width(), box.height())
                if any(crosses(p, q, rect) for p, q in flatten(item.segments)):
                    return False
        return True

    def _place_label(self) -> None:
        """Put the label on the first free spot along the route, else on its detour, else nowhere."""
        self._label_rect, self._label_fits = None, True
        if not self.label:
            return
        w = min(LABEL_MAX_W, _label_metrics().horizontalAdvance(self.label) + 10)

        def box_at(p: QPointF) -> QRectF:
            return QRectF(p.x() - w / 2, p.y() - 7, w, 14)
        # beside a straight piece of the flow first (as on paper), then on the route itself
        beside = [QPointF(*p) for p in label_spots(self.segments, w, 14, 2.5)]
        choice = next((box_at(p) for p in beside + self.spots if self._free(box_at(p))), None)
        detoured = None
        if choice is None and self._ends is not None:
            for segments, spot, box in _detours(*self._ends, w):
                if self._free(box):
                    self._set_route(segments, [(spot.x(), spot.y())])
                    choice = detoured = box
                    break
        self._label_fits = choice is not None
        self._label_rect = choice if choice is not None else box_at(self.mid)
        if self.tag is None:
            self.tag = FlowLabelItem(self)
            if self.flags() & QGraphicsItem.ItemHasNoContents:  # the overview draws the far zoom
                self.tag.setFlag(QGraphicsItem.ItemHasNoContents, True)
            self.scene().addItem(self.tag)
        self.tag.place(self._label_rect)
        if detoured is not None and not _CLEARING:  # the detour may run through labels placed before
            _CLEARING.append(self)
            try:
                self._clear_labels_under_me(self.scene())
            finally:
                _CLEARING.pop()

    def label_rect(self, metrics=None) -> QRectF:
        if self._label_rect is None:
            self._place_label()
        return self._label_rect

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(9)
            self._shape = stroker.createStroke(self.path)
            self._shape.addPolygon(self.arrow)
        return self._shape

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()
        if self.tag is not None:
            self.tag.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()
        if self.tag is not None:
            self.tag.update()
        super().hoverLeaveEvent(event)

    def colour(self) -> QColor:
        return style.SELECT if self.isSelected() else (style.BACK_FLOW if self.backward else style.FLOW)

    def label_shown(self) -> bool:
        """A label with room is always drawn; one without only while its flow is hovered or selected
        (and none while the scene hides flow labels, except on the hovered or selected flow)."""
        hidden = not getattr(self.scene(), "show_flow_labels", True)
        return bool(self.label) and self._label_rect is not None and (
            (self._label_fits and not hidden) or self.hovered or self.isSelected())

    def paint(self, painter, option, widget=None) -> None:
        exposed = option.exposedRect
        if exposed.width() * exposed.height() * 4 < self.path.controlPointRect().width() * \
                self.path.controlPointRect().height() and not self.shape().intersects(exposed):
            return  # a small repaint (scrolling, a drag) that this long curve only spans: skip its stroke
        lod = lod_of(painter, option)
        selected = self.isSelected()
        colour = self.colour()
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


class FlowLabelItem(QGraphicsItem):
    """A flow's label, stacked above every flow line so no other flow runs through it."""

    def __init__(self, flow: FlowItem) -> None:
        super().__init__()
        self.flow = flow
        self.rect = QRectF()
        self.setZValue(2.5)
        self.setAcceptedMouseButtons(Qt.NoButton)  # clicks go to what is below (the flow, a card)

    def itemChange(self, change, value):
        if change == QGraphicsItem.ItemSceneChange and self.scene() is not None:
            getattr(self.scene(), "flow_tags", set()).discard(self)
        elif change == QGraphicsItem.ItemSceneHasChanged and value is not None:
            getattr(value, "flow_tags", set()).add(self)
        return super().itemChange(change, value)

    def place(self, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = QRectF(rect)
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter, option, widget=None) -> None:
        flow = self.flow
        if not flow.label_shown() or lod_of(painter, option) < style.TEXT_LOD or not flow.isVisible():
            return
        colour = flow.colour()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 0.8) if not flow._label_fits else Qt.NoPen)
        painter.setBrush(style.PAPER)
        painter.drawRoundedRect(self.rect, 3, 3)
        painter.setFont(style.font(7.5))
        painter.setPen(colour)
        painter.drawText(self.rect, Qt.AlignCenter,
                         painter.fontMetrics().elidedText(flow.label, _ELIDE, int(self.rect.width() - 6)))


def set_flow_labels(scene, visible: bool) -> None:
    """The view option "flow labels": show or hide them (a hovered or selected flow still shows its own)."""
    scene.show_flow_labels = visible
    for tag in list(getattr(scene, "flow_tags", ())):
        tag.update()


#: a map with more flows than this opens with its cards and notes, and gets its flows in batches of
#: FLOW_BATCH once the map is first painted (any edit, selection or export first builds the rest)
LAZY_FLOWS = 1000
FLOW_BATCH = 1000


class PendingFlows:
    """The scene's flows of a big map, built after its first paint (JourneyScene mixes this in)."""

    def _init_pending_flows(self) -> None:
        self._pending_flows: deque = deque()
        self._flow_timer = QTimer(self)
        self._flow_timer.setSingleShot(True)
        self._flow_timer.timeout.connect(self._build_some_flows)

    def start_pending_flows(self) -> None:
        """Build the cards, notes and flows left for after the first paint, a batch per turn of the event loop."""
        if self._pending_flows or self.items_by_id.pending:
            self._flow_timer.start(0)

    def _build_some_flows(self) -> None:
        items = self.items_by_id
        with no_gc_pauses():
            if items.pending:  # cards and notes first: flows end on them
                items.make_some(ITEM_BATCH)
            else:
                for _ in range(min(FLOW_BATCH, len(self._pending_flows))):
                    self._make("flows", self._pending_flows.popleft())
        if self._pending_flows or items.pending:
            self._flow_timer.start(0)
        else:  # (once: the far-zoom overview draws every item each time it is invalidated)
            self._overview.invalidate()

    def finish_flows(self) -> None:
        """Every card, note and flow of the map on the canvas now (before anything reads or changes them)."""
        if self._pending_flows or self.items_by_id.pending:
            self._flow_timer.stop()
            with no_gc_pauses():
                self.items_by_id.make_all()
                while self._pending_flows:
                    self._make("flows", self._pending_flows.popleft())
            self._overview.invalidate()
