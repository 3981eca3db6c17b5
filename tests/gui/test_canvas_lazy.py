"""A big map's cards and notes are made when they are needed: on screen, asked for, or after the first paint."""

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor

from gui_support import open_window
from jmap.core.generate import large_map
from jmap.gui.canvas.flows import FlowItem
from jmap.gui.canvas.items import CardItem, NoteItem
from jmap.io.jmapfile import unchecked_dumps


def _big():
    return large_map(stages=30, touchpoints=1500, flows=500)


def _open(qtbot, hold: bool = True, doc=None):
    """A shown window on a big map; with ``hold``, nothing is made in the background after the first
    paint (as on a machine too busy to get to it), so only what the user does makes items."""
    from jmap.gui.app.main_window import MainWindow

    window = MainWindow(doc if doc is not None else _big())
    qtbot.addWidget(window)
    at_first_paint = []
    window.view.first_painted.connect(
        lambda: at_first_paint.append(sum(isinstance(i, CardItem) for i in window.scene.items())))
    if hold:
        window.view.first_painted.connect(window.scene._flow_timer.stop)
    window.resize(1900, 1300)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.view.painted, timeout=5000)
    return window, at_first_paint


def _cards(scene):
    return {i.eid for i in scene.items() if isinstance(i, CardItem)}


def _in_view(window):
    view, layout = window.view, window.scene.layout
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    return {eid for eid, box in layout.cards.items()
            if visible.intersects(QRectF(box.x, box.y, box.w, box.h))}


def test_a_big_map_opens_fitted_with_few_card_items_and_gets_the_rest_after_its_first_paint(qtbot):
    window, at_first_paint = _open(qtbot, hold=False)
    doc = window.editor.document
    assert at_first_paint and at_first_paint[0] < len(doc.touchpoints) / 10
    qtbot.waitUntil(lambda: not window.scene.items_by_id.pending and not window.scene._pending_flows,
                    timeout=20000)
    assert _cards(window.scene) == {tp.id for tp in doc.touchpoints}
    assert sum(isinstance(i, FlowItem) for i in window.scene.items()) == len(doc.flows)


def test_zooming_in_and_panning_makes_the_cards_in_view(qtbot):
    window, _ = _open(qtbot)
    scene, view, doc = window.scene, window.view, window.editor.document
    assert not _cards(scene)
    box = scene.layout.cards[doc.touchpoints[len(doc.touchpoints) // 2].id]
    view.set_zoom(1.0)  # (Ctrl+0)
    view.centerOn(box.x, box.y)
    view.viewport().repaint()
    wanted = _in_view(window)
    assert wanted and wanted <= _cards(scene)
    assert len(_cards(scene)) < len(doc.touchpoints) / 3
    bar = view.horizontalScrollBar()
    bar.setValue(bar.value() + 3 * view.viewport().width())  # the user drags the scroll bar
    view.viewport().repaint()
    moved = _in_view(window)
    assert moved - wanted and moved <= _cards(scene)
    for eid in moved:  # made in their places, with their content
        item = scene.items_by_id.peek(eid)
        box = scene.layout.cards[eid]
        assert (item.pos().x(), item.pos().y()) == (box.x, box.y)
        assert item.title == doc.get("touchpoints", eid).title


def test_ctrl_a_then_delete_removes_every_card_and_undo_brings_back_the_exact_map(qtbot):
    window, _ = _open(qtbot)
    doc = window.editor.document
    before = unchecked_dumps(doc)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key_Delete)
    assert not doc.touchpoints and not doc.notes and not doc.flows
    window.editor.undo_stack.undo()
    assert unchecked_dumps(window.editor.document) == before


def test_tab_and_centring_reach_a_card_far_away(qtbot):
    window, _ = _open(qtbot)
    scene, view, doc = window.scene, window.view, window.editor.document
    view.set_zoom(1.0)
    view.centerOn(0, 0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Backtab, Qt.ShiftModifier)  # from nothing selected: the last card or note
    layout = scene.layout
    boxes = {**layout.notes, **layout.cards}
    last = max(boxes, key=lambda eid: (boxes[eid].x, boxes[eid].y))
    assert scene.selected_ids() == [last]
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(scene.items_by_id[last].sceneBoundingRect())
    far = doc.touchpoints[-1].id
    scene.select_ids([far])
    scene.centre_on_ids([far])  # (what a finding or a vote shows)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert scene.selected_ids() == [far] and visible.contains(scene.items_by_id[far].sceneBoundingRect().center())


def test_moving_a_card_of_a_big_map_moves_its_flows(qtbot):
    window, _ = _open(qtbot)
    scene, doc, editor = window.scene, window.editor.document, window.editor
    card = next(tp for tp in doc.touchpoints if doc.flows_of(tp.id))
    index = doc.stage_index()[card.stage]
    other = doc.stages[index + 1 if index + 1 < len(doc.stages) else index - 1].id
    editor.move_touchpoints({card.id: (other, card.lane)})
    scene.sync()
    item = scene.items_by_id[card.id]
    box = scene.layout.cards[card.id]
    assert doc.get("touchpoints", card.id).stage == other and (item.pos().x(), item.pos().y()) == (box.x, box.y)
    for flow in doc.flows_of(card.id):
        flow_item = scene.items_by_id[flow.id]
        _layout, a, b = flow_item._ends
        end = a if flow.source == card.id else b
        assert (end.x, end.y) == (box.x, box.y)


@pytest.mark.parametrize("stages", [30, 120])  # (at 120 stages the gaps between cards are under a pixel)
def test_the_far_zoom_painter_draws_cards_and_notes_not_made_yet(qtbot, stages):
    from jmap.core import theme
    from jmap.core.layout import GAP
    from jmap.gui.canvas import style

    window, _ = _open(qtbot, doc=large_map(stages=stages, touchpoints=1500, flows=300))
    scene, view, doc = window.scene, window.view, window.editor.document
    assert scene.overview_on and not _cards(scene)
    assert (view.zoom() * GAP < 0.5) == (stages == 120)
    image = view.viewport().grab().toImage()
    card = QColor(style.CARD_BORDER).rgb()
    drawn = 0
    for tp in doc.touchpoints[::50]:
        box = scene.layout.cards[tp.id]
        point = view.mapFromScene(box.x + box.w / 2, box.y + box.h / 2)
        drawn += image.pixelColor(point).rgb() == card
    assert drawn >= len(doc.touchpoints[::50]) * 0.9  # (a few may lie under a flow line or a header)
    lanes = {lane.id: lane.kind for lane in doc.lanes}
    notes = [n for n in doc.notes if scene.layout.notes[n.id].h * view.zoom() > 2][::20]
    assert notes and not any(isinstance(i, NoteItem) for i in scene.items())
    hits = 0
    for note in notes:
        box = scene.layout.notes[note.id]
        point = view.mapFromScene(box.x + box.w / 2, box.y + box.h / 2)
        hits += image.pixelColor(point).rgb() == QColor(theme.note_colour(lanes[note.lane], note.colour)).rgb()
    assert hits >= len(notes) * 0.9


def test_the_lazy_items_make_what_is_asked_for_and_all_when_walked(qtbot):
    window, _ = _open(qtbot)
    scene, doc = window.scene, window.editor.document
    items = scene.items_by_id
    eid = doc.touchpoints[7].id
    assert items.peek(eid) is None and eid in items and len(items) >= len(doc.touchpoints)
    item = items.get(eid)
    assert isinstance(item, CardItem) and item.scene() is scene and items[eid] is item
    with pytest.raises(KeyError):
        items["no-such-id"]
    assert items.get("no-such-id") is None
    assert {i.eid for i in items.values() if isinstance(i, CardItem)} == {tp.id for tp in doc.touchpoints}
    assert not items.pending


def test_a_click_at_far_zoom_selects_a_card_not_made_yet(qtbot):
    window, _ = _open(qtbot)
    scene, view, doc = window.scene, window.view, window.editor.document
    assert scene.overview_on and not _cards(scene)
    card = doc.touchpoints[len(doc.touchpoints) // 3]
    box = scene.layout.cards[card.id]
    point = view.mapFromScene(box.x + box.w / 2, box.y + box.h / 2)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=point)
    assert scene.selected_ids() == [card.id]


def test_a_card_dragged_by_hand_takes_its_flows_along_and_they_come_back_with_it(qtbot):
    window, _ = _open(qtbot)
    scene, doc = window.scene, window.editor.document
    card = next(tp for tp in doc.touchpoints if doc.flows_of(tp.id))
    scene.finish_flows()
    item = scene.items_by_id[card.id]
    flows = [scene.items_by_id[f.id] for f in doc.flows_of(card.id)]
    home = item.pos()

    def ends():
        return [(f._ends[1] if f.source is item else f._ends[2]) for f in flows]
    item.setPos(home.x() + 40, home.y() + 25)  # (what a drag does, step by step)
    assert all((r.x, r.y) == (home.x() + 40, home.y() + 25) for r in ends())
    scene.snap_back([item])  # a drop nowhere
    assert all((r.x, r.y) == (home.x(), home.y()) for r in ends())
