"""What a facilitator sees on the wall: flow labels clear of cards, comment marks only on demand."""

from __future__ import annotations

import pytest
from gui_support import open_window
from PySide6.QtCore import QPointF, QRectF, Qt

from jmap.export.fonts import register_fonts
from jmap.export.mapplan import prepare
from jmap.gui.canvas.flows import FlowItem
from jmap.gui.canvas.items import CardItem, NoteItem
from jmap.gui.app.main_window import MainWindow
from jmap.io import load
from jmap.io.templates import example_paths


def _open(qtbot, name: str) -> MainWindow:
    path = next(p for p in example_paths() if p.name == name)
    return open_window(qtbot, (1600, 1000), doc=load(path).document)


def _shown_labels_are_clear(scene) -> list[FlowItem]:
    boxes = [i.sceneBoundingRect().adjusted(2, 2, -2, -2) for i in scene.items_by_id.values()
             if isinstance(i, (CardItem, NoteItem))]
    shown = [i for i in scene.items_by_id.values() if isinstance(i, FlowItem) and i.label_shown()]
    for flow in shown:
        rect = flow.label_rect()
        assert not any(rect.intersects(box) for box in boxes), flow.label
        for other in shown:
            if other is not flow:
                assert not rect.intersects(other.label_rect()), (flow.label, other.label)
    return shown


@pytest.mark.parametrize("name", ["laptop-shop.jmap", "yoga-studio.jmap"])
def test_shown_flow_labels_cover_no_card_note_or_other_label(qtbot, name):
    win = _open(qtbot, name)
    win.view.set_zoom(1.0)
    scene = win.scene
    flows = [i for i in scene.items_by_id.values() if isinstance(i, FlowItem) and i.label]
    assert flows
    shown = _shown_labels_are_clear(scene)
    register_fonts()
    on_paper = [f for f in prepare(win.document).flows if f.label and f.mark is None]
    assert len(shown) >= len(on_paper) > 0  # the canvas finds room for at least the labels the PDF prints


def test_labels_stay_clear_after_a_card_is_dragged_to_another_stage(qtbot):
    win = _open(qtbot, "laptop-shop.jmap")
    win.view.set_zoom(1.0)
    doc, scene, view = win.document, win.scene, win.view
    card = next(tp for tp in doc.touchpoints if tp.stage == doc.stages[0].id and doc.flows_of(tp.id))
    item = scene.items_by_id[card.id]
    start_scene = item.sceneBoundingRect().center()
    cell = scene.layout.cell(doc.lane_index()[card.lane], 1)
    end_scene = QPointF(cell.cx, cell.bottom - 30)  # low in the next stage's cell, where labels were
    view.centerOn((start_scene + end_scene) / 2)
    viewport = view.viewport()
    start, end = view.mapFromScene(start_scene), view.mapFromScene(end_scene)
    qtbot.mousePress(viewport, Qt.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * step / 5)
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=end)
    assert doc.get("touchpoints", card.id).stage == doc.stages[1].id
    shown = _shown_labels_are_clear(scene)
    assert any(f.source.eid == card.id or f.target.eid == card.id for f in shown)


def test_a_label_with_no_room_hides_and_shows_when_the_flow_is_clicked(qtbot):
    win = _open(qtbot, "laptop-shop.jmap")
    doc, editor = win.document, win.editor
    sources = doc.touchpoints_in(doc.touchpoints[0].lane, doc.stages[0].id)
    targets = doc.touchpoints_in(doc.touchpoints[0].lane, doc.stages[1].id)
    for n, (a, b) in enumerate((a, b) for a in sources for b in targets):  # a crowded gutter
        editor.add_flow(a.id, b.id, label=f"a rather long reason number {n}")
        editor.add_flow(b.id, a.id, label=f"and a long way back again, number {n}")
    win.view.set_zoom(1.0)
    hidden = [i for i in win.scene.items_by_id.values() if isinstance(i, FlowItem) and i.label
              and not i.label_shown()]
    assert hidden
    # a point on the line of a hidden flow where a hidden flow is on top (parallel flows lie close)
    view = win.view

    def clickable(p):  # where a click (at a whole pixel) lands on a hidden flow
        view.centerOn(p)
        pos = view.mapFromScene(p)
        return pos if win.scene.itemAt(view.mapToScene(pos), view.transform()) in hidden else None

    pos = next(q for f in hidden for q in (clickable(f.path.pointAtPercent(t / 100)) for t in range(1, 100)) if q)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=pos)
    picked = [f for f in hidden if f.isSelected()]
    assert len(picked) == 1
    flow = picked[0]
    assert win.scene.selected_ids() == [flow.eid]
    assert flow.label_shown()
    assert flow.toolTip() == win.document.get("flows", flow.eid).label


def test_the_comment_mark_of_an_emotion_point_shows_only_on_hover_or_selection(qtbot):
    win = _open(qtbot, "laptop-shop.jmap")
    win.view.set_zoom(1.0)
    doc = win.document
    point = next(p for p in doc.emotions if p.comment)
    item = win.scene.items_by_id[point.id]
    others = [win.scene.items_by_id[p.id] for p in doc.emotions if p.comment and p.id != point.id]
    assert not item.shows_comment_mark() and not any(o.shows_comment_mark() for o in others)
    win.view.centerOn(item.pos())
    viewport = win.view.viewport()
    qtbot.mouseMove(viewport, win.view.mapFromScene(item.pos()))
    assert item.shows_comment_mark()
    qtbot.mouseMove(viewport, win.view.mapFromScene(item.pos() + QPointF(0, 120)))
    assert not item.shows_comment_mark()
    qtbot.mouseClick(viewport, Qt.LeftButton, pos=win.view.mapFromScene(item.pos()))
    assert win.scene.selected_ids() == [point.id]
    assert item.shows_comment_mark()
    assert doc.get("emotions", point.id).value == point.value  # a click is not an edit


def test_flow_labels_can_be_hidden_as_a_view_option(qtbot):
    from jmap.gui.canvas.flows import set_flow_labels

    win = _open(qtbot, "laptop-shop.jmap")
    win.view.set_zoom(1.0)
    scene = win.scene
    flows = [i for i in scene.items_by_id.values() if isinstance(i, FlowItem) and i.label]
    assert any(f.label_shown() for f in flows)
    set_flow_labels(scene, False)
    assert not any(f.label_shown() for f in flows)
    flows[0].setSelected(True)  # the selected flow still says what it is
    assert flows[0].label_shown() and not any(f.label_shown() for f in flows[1:])
    flows[0].setSelected(False)
    set_flow_labels(scene, True)
    assert any(f.label_shown() for f in flows)


def test_shown_flow_labels_are_not_crossed_by_other_flows(qtbot):
    from jmap.core.layout import Rect
    from jmap.core.routing import crosses, flatten

    win = _open(qtbot, "laptop-shop.jmap")
    win.view.set_zoom(1.0)
    scene = win.scene
    flows = [i for i in scene.items_by_id.values() if isinstance(i, FlowItem)]
    for flow in flows:
        if flow.label_shown() and flow._label_fits:
            r = flow.label_rect()
            rect = Rect(r.x(), r.y(), r.width(), r.height())
            for other in flows:
                if other is not flow:  # no other flow's line runs through the label
                    assert not any(crosses(p, q, rect) for p, q in flatten(other.segments)), (flow.label, other.label)
