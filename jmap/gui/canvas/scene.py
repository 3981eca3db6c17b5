"""JourneyScene: observes the Document and keeps one graphics item per entity ({id: item})."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtWidgets import QGraphicsScene

from jmap.core import theme
from jmap.core.gcpause import no_gc_pauses
from jmap.core.labels import emotion_label
from jmap.core.layout import PAD, line_y
from jmap.core.model import CARD_LANES, EMOTION_MAX, EMOTION_MIN, LaneKind
from jmap.gui import tr
from jmap.gui.canvas import style
from jmap.gui.canvas.emotions import CurveItem, EmotionPointItem, show_captions
from jmap.gui.canvas.flows import LAZY_FLOWS, FlowItem, PendingFlows
from jmap.core.livelayout import LiveLayout
from jmap.gui.canvas.headers import BlueprintLineItem, CornerItem, GridItem, LaneHeaderItem, LaneLook, StageHeaderItem
from jmap.gui.canvas.interactions import SceneInteractions
from jmap.gui.canvas.content import refresh
from jmap.gui.canvas.items import CardItem, NoteItem, flows_routed_once
from jmap.gui.canvas.lazy import LazyItems, is_big
from jmap.gui.canvas.overview import OverviewItem, SceneDetail, apply_overview_item
from jmap.gui.canvas.style import qrect

_ITEM_CLASSES = {"stages": StageHeaderItem, "lanes": LaneHeaderItem, "notes": NoteItem, "touchpoints": CardItem,
                 "emotions": EmotionPointItem, "lines": BlueprintLineItem}


#: depth of the scene's item index (2**8 leaves): maps of any size stay cheap to index and query
BSP_DEPTH = 8


class JourneyScene(PendingFlows, SceneDetail, SceneInteractions, QGraphicsScene):
    """The canvas. Items are made only here, from the document, and never change it."""

    def __init__(self, editor, parent=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.doc = None
        self.layout = None
        #: {id: item}; a big map's cards and notes are made when first needed (jmap.gui.canvas.lazy)
        self.items_by_id = LazyItems(self._make_pending)
        self.curves: dict[str, CurveItem] = {}
        #: the labels of flows (jmap.gui.canvas.flows.FlowLabelItem) in the scene
        self.flow_tags: set = set()
        self.grid = GridItem()
        self.addItem(self.grid)
        self.corner = CornerItem()
        self.addItem(self.corner)
        self.current_cell: tuple[str, str] | None = None
        self._gesture = None
        self.live = LiveLayout()
        self._overview = OverviewItem(self)
        self._overview.setVisible(False)
        self.addItem(self._overview)
        self.overview_on = False
        self._painting_selected: set = set()
        self._dirty_layout = True
        self._dirty_emotions = self._dirty_grid = False
        self._dirty_cells: set[tuple[str, str]] = set()
        self._dirty_content: set[tuple[str, str]] = set()
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.timeout.connect(self.sync)
        self._init_pending_flows()
        self._evidence_words: dict[str, str] = {}
        self._metrics_by_stage = None
        # A shallow BSP tree: Qt's automatic depth grows with the item count, and long flows land in
        # every leaf they span (at 10x the bench map that was most of the time and a gigabyte of memory).
        self.setItemIndexMethod(QGraphicsScene.BspTreeIndex)
        self.setBspTreeDepth(BSP_DEPTH)
        self._selected_flows: set = set()
        editor.edited.connect(self.sync)
        editor.document_replaced.connect(self.attach)
        editor.select_requested.connect(self.select_ids)
        self.selectionChanged.connect(self._selection_changed)
        self.attach(editor.document)

    # ------------------------------------------------------------ observing
    def attach(self, doc) -> None:
        """Observe a document (disconnecting from the previous one) and build every item."""
        if self.doc is not None:
            self.detach()
        self.doc = doc
        self.current_cell = None
        doc.inserted.connect(self._on_inserted)
        doc.removed.connect(self._on_removed)
        doc.changed.connect(self._on_changed)
        doc.moved.connect(self._on_moved)
        doc.meta_changed.connect(self._on_meta_changed)
        self.rebuild()

    def detach(self) -> None:
        doc = self.doc
        doc.inserted.disconnect(self._on_inserted)
        doc.removed.disconnect(self._on_removed)
        doc.changed.disconnect(self._on_changed)
        doc.moved.disconnect(self._on_moved)
        doc.meta_changed.disconnect(self._on_meta_changed)
        self._flow_timer.stop()  # (what was left to make for it is dropped with it)
        self._pending_flows.clear()
        self.items_by_id.pending.clear()
        self.doc = None

    def rebuild(self) -> None:
        with no_gc_pauses():
            self._rebuild()

    def _rebuild(self) -> None:
        self._flow_timer.stop()  # flows of the map before a reload, not built yet, are dropped
        self._pending_flows.clear()
        for item in list(self.items_by_id.made()) + list(self.curves.values()):
            if isinstance(item, FlowItem):
                item.detach()
                item.removing()
            self.removeItem(item)
        self.items_by_id.clear()
        self._selected_flows.clear()
        self.curves.clear()
        doc = self.doc
        self._metrics_by_stage = {}
        for metric in doc.metrics:
            self._metrics_by_stage.setdefault(metric.stage, []).append(metric)
        for persona in doc.personas:
            self._make("personas", persona)
        lazy = is_big(doc)
        for coll in ("stages", "lanes", "emotions", "lines") if lazy else (
                "stages", "lanes", "notes", "touchpoints", "emotions", "lines"):
            for entity in doc.items(coll):
                self._make(coll, entity)
        self._metrics_by_stage = None
        self._dirty_layout = True
        self.sync()
        if lazy:  # made when on screen, asked for, or after the first paint
            for coll in ("notes", "touchpoints"):
                self.items_by_id.defer(coll, doc.items(coll))
        if lazy or len(doc.flows) > LAZY_FLOWS:  # after the first paint (cards and notes first)
            self._pending_flows.extend(doc.flows)
            if any(getattr(view, "painted", False) for view in self.views()):
                self.start_pending_flows()
            return
        for flow in doc.flows:  # after the cards have their places: each path is built once
            self._make("flows", flow)

    def _make(self, coll: str, entity) -> None:
        if coll == "personas":
            curve = CurveItem(entity.id)
            self.curves[entity.id] = curve
            self.addItem(curve)
            self._refresh(coll, entity)
            return
        if coll == "flows":
            source, target = self.items_by_id.get(entity.source), self.items_by_id.get(entity.target)
            if source is None or target is None:
                return
            item = FlowItem(entity.id, source, target)
        elif coll in _ITEM_CLASSES:
            item = _ITEM_CLASSES[coll](entity.id)
        else:
            return  # metrics are shown in the stage headers
        self.items_by_id[entity.id] = item
        if coll == "flows":  # label first, then one route with it, once in the scene
            self._refresh(coll, entity)
            self.addItem(item)
            item.added()
        else:
            self.addItem(item)
            self._refresh(coll, entity)
        if self.overview_on:
            apply_overview_item(item, True)

    def _make_pending(self, coll: str, entity) -> None:
        """Make a card or note left for later, in its place in the current layout."""
        self._make(coll, entity)
        item, layout = self.items_by_id.peek(entity.id), self.layout
        box = (layout.cards if coll == "touchpoints" else layout.notes).get(entity.id)
        if box is not None:
            if coll == "touchpoints":
                item.set_geometry(box)
            else:
                item.set_geometry(box, entity.id in layout.overflowing)

    def ensure_items(self, rect: QRectF) -> None:
        """Make the cards and notes left for later that lie in (or near) a scene rectangle."""
        if self.items_by_id.pending:
            self.items_by_id.make_within(self.layout, rect)

    def _on_inserted(self, coll: str, index: int, entity) -> None:
        self.finish_flows()
        self._make(coll, entity)
        self._note_change(coll, entity, None)
        self._schedule()

    def _on_removed(self, coll: str, index: int, entity) -> None:
        self.finish_flows()
        item = self.curves.pop(entity.id, None) if coll == "personas" else self.items_by_id.pop(entity.id, None)
        if item is not None:
            if isinstance(item, FlowItem):
                item.detach()
                item.removing()
                self._selected_flows.discard(item)
            if isinstance(item, CurveItem):
                item.set_points([])
            if isinstance(item, EmotionPointItem) and item.curve is not None:
                item.curve.set_points([p for p in item.curve.points if p is not item])
            self.removeItem(item)
        self.live.forget(coll, entity.id)
        self._note_change(coll, entity, None)
        self._schedule()

    def _on_changed(self, coll: str, eid: str, field: str, old, new) -> None:
        self.finish_flows()
        entity = self.doc.get(coll, eid)
        self._dirty_content.add((coll, eid))
        if coll == "flows" and field in ("source", "target"):
            self._on_removed(coll, 0, entity)
            self._make(coll, entity)
        self._note_change(coll, entity, (field, old))
        self._schedule()

    def _on_meta_changed(self, field: str, old, new) -> None:
        if field == "title" and self.layout is not None:
            self.corner.set_geometry(self.layout.lane_header_w, self.layout.header_h, new)

    def _on_moved(self, coll: str, eid: str, old: int, new: int) -> None:
        self.finish_flows()
        self._dirty_layout = True
        self._schedule()

    def _note_change(self, coll: str, entity, change) -> None:
        """Decide how much of the canvas an insert, removal or field change touches."""
        field = change[0] if change else None
        if coll in ("touchpoints", "notes"):
            if change is None or field in ("stage", "lane"):
                self._dirty_cells.add((entity.lane, entity.stage))
                if change is not None:
                    old = change[1]
                    self._dirty_cells.add((old, entity.stage) if field == "lane" else (entity.lane, old))
            elif field in ("text", "picture"):
                self._dirty_cells.add((entity.lane, entity.stage))
            # (points anchored to a card change stage with it: an emotions change, full layout)
        elif coll == "metrics":
            self._dirty_content.add(("stages", entity.stage))
        elif coll == "personas":
            self._dirty_emotions = True
            if change is None:  # colours and markers follow the persona's place in the list
                self._dirty_content.update(("personas", p.id) for p in self.doc.personas)
        elif coll == "lanes" and change is not None and field != "kind":
            self._dirty_grid = True
        elif coll == "stages" and change is not None:
            pass  # names, colours and prompts do not move anything
        elif coll != "flows":
            self._dirty_layout = True

    def _schedule(self) -> None:
        if not self._sync_timer.isActive():
            self._sync_timer.start(0)

    # -------------------------------------------------------------- syncing
    def sync(self) -> None:
        """Bring every item to the document's current layout and content."""
        self._sync_timer.stop()
        self.finish_flows()
        doc = self.doc
        for coll, eid in list(self._dirty_content):
            entity = doc.get(coll, eid)
            if entity is not None:
                self._refresh(coll, entity)
        self._dirty_content.clear()
        cells, self._dirty_cells = self._dirty_cells, set()
        if not self._dirty_layout and cells:
            changed = self.live.update_cells(doc, cells)
            if changed is None:
                self._dirty_layout = True
            else:
                layout = self.layout
                moved = []
                with flows_routed_once():  # a flow between two shifted cards is routed once
                    for eid in changed:
                        item = self.items_by_id.peek(eid)
                        if isinstance(item, CardItem):
                            item.set_geometry(layout.cards[eid])
                        elif item is not None:
                            item.set_geometry(layout.notes[eid], eid in layout.overflowing)
                        if item is not None:
                            moved.append(item)
                self._update_filled(cells)
                if self.flow_tags:  # (labels only: no rectangles to make for a map without any)
                    self._recheck_labels([item.sceneBoundingRect() for item in moved])
        if self._dirty_layout:
            self._full_layout()
        elif self._dirty_emotions:
            self._sync_emotions()
        elif self._dirty_grid:
            self._sync_grid()
        self._dirty_emotions = self._dirty_grid = False
        if self._overview is not None:
            self._overview.invalidate()

    def _full_layout(self) -> None:
        self._dirty_layout = False
        doc = self.doc
        old = self.layout
        self.layout = layout = self.live.full(doc)
        items = self.items_by_id
        for i, stage in enumerate(doc.stages):
            items[stage.id].set_geometry(layout.stage_rect(i))
        for i, lane in enumerate(doc.lanes):
            items[lane.id].set_geometry(layout.lane_rect(i))
        old_cards = old.cards if old is not None else {}
        moved = []
        peek = items.peek  # (a card or note not made yet gets its place when it is made)
        with flows_routed_once():
            for tp_id, rect in layout.cards.items():
                item = peek(tp_id)
                if item is not None and (old_cards.get(tp_id) != rect or item.pos() != item.home):
                    item.set_geometry(rect)
                    moved.append(qrect(rect))
        old_notes = old.notes if old is not None else {}
        for note_id, rect in layout.notes.items():
            item = peek(note_id)
            if item is not None and (old_notes.get(note_id) != rect or old is None or (note_id in old.overflowing) != (
                    note_id in layout.overflowing) or item.pos() != item.home):
                item.set_geometry(rect, note_id in layout.overflowing)
                moved.append(qrect(rect))
        self._sync_emotions()
        self._sync_grid()
        lane_index = doc.lane_index()
        for line in doc.lines:
            li = lane_index.get(line.after_lane)
            item = items.get(line.id)
            if item is not None and li is not None:
                item.set_geometry(layout.lane_header_w, line_y(layout, li), layout.width - layout.lane_header_w)
        self.corner.set_geometry(layout.lane_header_w, layout.header_h, doc.meta.title)
        if old is not None and moved:
            self._recheck_labels(moved)
        self.setSceneRect(QRectF(-16, -16, layout.width + 32, layout.height + 32))

    def _recheck_labels(self, rects) -> None:
        """Flow labels that cards or notes have just moved onto look for a free spot again."""
        if not self.flow_tags or not rects:
            return
        around = QRectF(rects[0])
        for r in rects[1:]:
            around = around.united(r)
        for tag in [t for t in self.flow_tags if t.rect.intersects(around)]:
            if not any(tag.rect.intersects(r) for r in rects):
                continue
            flow = tag.flow
            if flow.label and flow._label_fits and flow.scene() is self and not flow._free(tag.rect):
                flow.adjust()

    def _sync_emotions(self) -> None:
        doc, layout = self.doc, self.layout
        lane = self.emotion_lane_index()
        per_persona: dict[str, list] = {p.id: [] for p in doc.personas}
        visible = {p.id: p.visible for p in doc.personas}
        snap = self._snapper(lane)
        for point in doc.emotions:
            item = self.items_by_id.peek(point.id)
            xy = layout.emotion_points.get(point.id)
            if item is None:
                continue
            shown = xy is not None and visible.get(point.persona, True)
            item.setVisible(shown)
            if xy is None:
                continue
            item.snap = snap
            item.set_home(*xy)
            if point.persona in per_persona:
                per_persona[point.persona].append(item)
        for pid, points in per_persona.items():
            curve = self.curves.get(pid)
            if curve is not None:
                curve.setVisible(visible[pid])
                curve.set_points(points)
        if lane is not None:
            header = self.items_by_id[doc.lanes[lane].id]
            top = layout.lane_y[lane]
            lang = doc.meta.language  # words drawn on the map follow the map's language, as in the PDF
            scale = [(layout.emotion_y(lane, v) - top, f"{v:+d} {emotion_label(v, lang)}" if v
                      else f"0 {emotion_label(v, lang)}") for v in range(EMOTION_MAX, EMOTION_MIN - 1, -1)]
            legend = [(style.colour(theme.persona_colour(i, p.colour)), p.name, i)
                      for i, p in enumerate(doc.personas) if p.visible]
            header.set_scale(scale, legend)
        show_captions(self)

    def _snapper(self, lane):
        layout = self.layout

        def snap(y: float) -> float:
            return layout.emotion_y(lane, layout.emotion_value(lane, y))
        return snap

    def _update_filled(self, cells) -> None:
        doc, layout = self.doc, self.layout
        s_index, l_index = doc.stage_index(), doc.lane_index()
        for lane_id, stage_id in cells:
            if lane_id in l_index and stage_id in s_index:
                key = (l_index[lane_id], s_index[stage_id])
                if self.live.content.get((lane_id, stage_id)):
                    self.grid.filled.add(key)
                else:
                    self.grid.filled.discard(key)
                self.grid.update(qrect(layout.cell(*key)))

    def _sync_grid(self) -> None:
        doc, layout = self.doc, self.layout
        s_index, l_index = doc.stage_index(), doc.lane_index()
        filled = {(l_index[lane], s_index[stage]) for (lane, stage), h in self.live.content.items()
                  if h and lane in l_index and stage in s_index}
        looks = []
        for i, lane in enumerate(doc.lanes):
            look = LaneLook(style.colour(theme.lane_tint(lane.kind, lane.colour)), lane.prompt,
                            lane.kind == LaneKind.EMOTIONS, lane.kind in CARD_LANES)
            if look.emotions:
                look.scale = [layout.emotion_y(i, v) for v in range(EMOTION_MAX, EMOTION_MIN - 1, -1)]
            looks.append(look)
        self.grid.set_model(layout, looks, filled)

    def _refresh(self, coll: str, entity) -> None:
        """Copy an entity's fields into its item."""
        refresh(self, coll, entity)

    # ------------------------------------------------------------- queries
    def emotion_lane_index(self) -> int | None:
        return next((i for i, lane in enumerate(self.doc.lanes) if lane.kind == LaneKind.EMOTIONS), None)

    def emotion_value_at(self, y: float) -> int:
        return self.layout.emotion_value(self.emotion_lane_index(), y)

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """(stage id, lane id) of the cell under a scene point."""
        if self.layout is None:
            return None
        hit = self.layout.cell_at(x, y)
        if hit is None:
            return None
        return self.doc.stages[hit[1]].id, self.doc.lanes[hit[0]].id

    def selected_ids(self) -> list[str]:
        return [i.eid for i in self.selectedItems() if hasattr(i, "eid")]

    def select_ids(self, ids) -> None:
        self.sync()
        self.clearSelection()
        for eid in ids:
            item = self.items_by_id.get(eid)
            if item is not None:
                item.setSelected(True)

    def snap_back(self, items) -> None:
        self.sync()
        curves = set()
        for item in items:
            if item.scene() is self and item.pos() != item.home:
                item.setPos(item.home)
                curves.add(getattr(item, "curve", None))  # (a point's curve goes back with it)
        for curve in curves - {None}:
            curve.rebuild()

    def next_card_rect(self, stage_id: str, lane_id: str) -> QRectF:
        """Where a new card would go in a cell (for the inline editor of a new card)."""
        layout, doc = self.layout, self.doc
        li, si = doc.lane_index()[lane_id], doc.stage_index()[stage_id]
        cell = layout.cell(li, si)
        bottom = cell.y + PAD
        for entity in doc.notes_in(lane_id, stage_id) + doc.touchpoints_in(lane_id, stage_id):
            rect = layout.notes.get(entity.id) or layout.cards.get(entity.id)
            if rect is not None:
                bottom = max(bottom, rect.bottom + 6)
        return QRectF(cell.x + PAD, bottom, cell.w - 2 * PAD, 34)

    def centre_on_ids(self, ids) -> None:
        rect = QRectF()
        for eid in ids:
            item = self.items_by_id.get(eid)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        view = self._view()
        if view is not None and not rect.isNull():
            view.centerOn(rect.center())
