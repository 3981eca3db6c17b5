"""The canvas used like a user does: mouse and keyboard on the view, then the document is checked."""

from __future__ import annotations

import pytest
from gui_support import open_window
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication

from jmap.io import dumps


@pytest.fixture
def window(qtbot):
    return open_window(qtbot, actual_size=True)


def at(win, x: float, y: float) -> QPoint:
    """The viewport pixel of a scene point (asserting that it is on screen)."""
    point = win.view.mapFromScene(QPointF(x, y))
    assert win.view.viewport().rect().contains(point), (x, y, point)
    return point


def centre_of(win, eid: str) -> QPoint:
    rect = win.scene.items_by_id[eid].sceneBoundingRect()
    return at(win, rect.center().x(), rect.center().y())


def drag(qtbot, win, start: QPoint, end: QPoint, button=Qt.LeftButton) -> None:
    viewport = win.view.viewport()
    qtbot.mousePress(viewport, button, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * step / 5)
    qtbot.mouseRelease(viewport, button, pos=end)


def cell_centre(win, stage_id: str, lane_id: str, low: bool = True) -> QPoint:
    doc, layout = win.document, win.scene.layout
    cell = layout.cell(doc.lane_index()[lane_id], doc.stage_index()[stage_id])
    return at(win, cell.cx, cell.bottom - 12 if low else cell.cy)


def test_double_click_in_a_card_lane_creates_a_touchpoint_with_the_typed_title(qtbot, window):
    before = len(window.document.touchpoints)
    qtbot.mouseDClick(window.view.viewport(), Qt.LeftButton, pos=cell_centre(window, "stage-4", "lane-1"))
    editor = window.view.inline_editor
    assert editor.isVisible()
    qtbot.keyClicks(editor, "Loyalty app")
    qtbot.keyClick(editor, Qt.Key_Return)
    doc = window.document
    assert len(doc.touchpoints) == before + 1
    new = doc.touchpoints[-1]
    assert (new.title, new.stage, new.lane) == ("Loyalty app", "stage-4", "lane-1")
    assert window.editor.undo_stack.count() == 1  # created and titled in one step
    assert new.id in window.scene.items_by_id
    assert window.isWindowModified()


def test_escape_cancels_a_new_card(qtbot, window):
    before = dumps(window.document)
    qtbot.mouseDClick(window.view.viewport(), Qt.LeftButton, pos=cell_centre(window, "stage-4", "lane-1"))
    qtbot.keyClicks(window.view.inline_editor, "Never mind")
    qtbot.keyClick(window.view.inline_editor, Qt.Key_Escape)
    assert dumps(window.document) == before


def test_drag_a_card_to_another_stage_and_its_flows_follow(qtbot, window):
    doc = window.document
    drag(qtbot, window, centre_of(window, "tp-1"), cell_centre(window, "stage-3", "lane-1"))
    assert doc.get("touchpoints", "tp-1").stage == "stage-3"
    assert window.editor.undo_stack.undoText() == "Move 1 touchpoint"
    card = window.scene.items_by_id["tp-1"]
    flow = window.scene.items_by_id["flow-1"]  # tp-1 -> tp-3
    start = flow.path.pointAtPercent(0)
    assert card.sceneBoundingRect().adjusted(-6, -6, 6, 6).contains(start)
    window.editor.undo_stack.undo()
    assert doc.get("touchpoints", "tp-1").stage == "stage-1"
    assert window.scene.items_by_id["tp-1"].sceneBoundingRect().adjusted(-6, -6, 6, 6).contains(
        window.scene.items_by_id["flow-1"].path.pointAtPercent(0))


def test_dragging_a_card_outside_the_card_lanes_snaps_back(qtbot, window):
    before = dumps(window.document)
    drag(qtbot, window, centre_of(window, "tp-1"), cell_centre(window, "stage-2", "lane-3"))
    assert dumps(window.document) == before
    card = window.scene.items_by_id["tp-1"]
    assert card.pos() == card.home


def test_drag_from_a_card_handle_to_another_card_connects_them(qtbot, window):
    handle = window.scene.items_by_id["tp-6"].handle.scenePos()
    drag(qtbot, window, at(window, handle.x(), handle.y()), centre_of(window, "tp-1"))
    flow = window.document.flows[-1]
    assert (flow.source, flow.target) == ("tp-6", "tp-1")
    assert window.scene.items_by_id[flow.id].backward  # drawn as a backward (dashed) flow
    assert window.scene.selected_ids() == [flow.id]
    qtbot.keyClick(window.view.viewport(), Qt.Key_Delete)
    assert window.document.get("flows", flow.id) is None


def test_drag_an_emotion_point_up_snaps_to_whole_values(qtbot, window):
    layout = window.scene.layout
    lane = window.scene.emotion_lane_index()
    point = window.scene.items_by_id["emo-1"]  # value 1
    start = at(window, point.pos().x(), point.pos().y())
    end = at(window, point.pos().x() + 15, layout.emotion_y(lane, 2.8))  # sideways wobble is ignored
    drag(qtbot, window, start, end)
    doc = window.document
    assert doc.get("emotions", "emo-1").value == 3
    assert point.pos().y() == pytest.approx(layout.emotion_y(lane, 3))
    assert window.editor.undo_stack.count() == 1
    window.editor.undo_stack.undo()
    assert doc.get("emotions", "emo-1").value == 1


def test_double_click_a_stage_header_renames_it(qtbot, window):
    header = window.scene.items_by_id["stage-2"]
    qtbot.mouseDClick(window.view.viewport(), Qt.LeftButton, pos=centre_of(window, "stage-2"))
    editor = window.view.inline_editor
    assert editor.isVisible() and editor.toPlainText() == "Consideration"
    qtbot.keyClicks(editor, "Vurdering")  # typing replaces the selected old name
    qtbot.keyClick(editor, Qt.Key_Return)
    assert window.document.get("stages", "stage-2").name == "Vurdering"
    assert header.title == "Vurdering"
    assert window.editor.undo_stack.undoText() == "Rename stage"


def test_delete_a_stage_with_content_then_undo_gives_the_same_bytes(qtbot, window):
    doc = window.document
    before = dumps(doc)
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=centre_of(window, "stage-2"))
    assert window.scene.selected_ids() == ["stage-2"]
    qtbot.keyClick(window.view.viewport(), Qt.Key_Delete)
    assert doc.get("stages", "stage-2") is None
    assert doc.get("touchpoints", "tp-3") is None and doc.get("touchpoints", "tp-4") is None
    assert "tp-3" not in window.scene.items_by_id
    qtbot.keyClick(window.view.viewport(), Qt.Key_Z, Qt.ControlModifier)
    assert dumps(doc) == before
    assert "tp-3" in window.scene.items_by_id and "flow-6" in window.scene.items_by_id
    assert not window.isWindowModified()


def test_copy_and_paste_a_card_into_another_cell(qtbot, window):
    doc = window.document
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=centre_of(window, "tp-5"))
    qtbot.keyClick(window.view.viewport(), Qt.Key_C, Qt.ControlModifier)
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=cell_centre(window, "stage-4", "lane-1"))
    qtbot.keyClick(window.view.viewport(), Qt.Key_V, Qt.ControlModifier)
    copies = [t for t in doc.touchpoints if t.title == "Online checkout"]
    assert len(copies) == 2
    assert copies[1].stage == "stage-4" and copies[1].id != "tp-5"
    assert window.scene.selected_ids() == [copies[1].id]
    qtbot.keyClick(window.view.viewport(), Qt.Key_D, Qt.ControlModifier)  # duplicate the pasted copy
    assert len([t for t in doc.touchpoints if t.title == "Online checkout"]) == 3


def test_cut_removes_and_paste_brings_back(qtbot, window):
    doc = window.document
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=centre_of(window, "note-1"))
    qtbot.keyClick(window.view.viewport(), Qt.Key_X, Qt.ControlModifier)
    assert doc.get("notes", "note-1") is None
    qtbot.keyClick(window.view.viewport(), Qt.Key_V, Qt.ControlModifier)
    assert [n.text for n in doc.notes].count("Scrolls through social media between lectures") == 1


def test_arrow_keys_nudge_a_card_and_merge_into_one_step(qtbot, window):
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=centre_of(window, "tp-1"))
    qtbot.keyClick(window.view.viewport(), Qt.Key_Right)
    qtbot.keyClick(window.view.viewport(), Qt.Key_Right)
    assert window.document.get("touchpoints", "tp-1").stage == "stage-3"
    assert window.editor.undo_stack.count() == 1
    assert window.scene.selected_ids() == ["tp-1"]


def test_enter_edits_a_selected_note_in_place(qtbot, window):
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=centre_of(window, "note-2"))
    qtbot.keyClick(window.view.viewport(), Qt.Key_Return)
    editor = window.view.inline_editor
    assert editor.isVisible()
    qtbot.keyClick(editor, Qt.Key_End, Qt.ControlModifier)
    qtbot.keyClicks(editor, " Maybe.")
    qtbot.keyClick(editor, Qt.Key_Return, Qt.ShiftModifier)  # a new line, not the end
    qtbot.keyClicks(editor, "Ask a friend")
    qtbot.keyClick(editor, Qt.Key_Return)
    assert window.document.get("notes", "note-2").text == (
        "Is the cheaper one good enough for four years? Maybe.\nAsk a friend")
    assert window.editor.undo_stack.count() == 1


def test_double_click_an_empty_note_cell_adds_a_note(qtbot, window):
    qtbot.mouseDClick(window.view.viewport(), Qt.LeftButton, pos=cell_centre(window, "stage-1", "lane-6", low=False))
    qtbot.keyClicks(window.view.inline_editor, "Student discount banner")
    qtbot.keyClick(window.view.inline_editor, Qt.Key_Return)
    note = window.document.notes[-1]
    assert (note.text, note.lane, note.stage) == ("Student discount banner", "lane-6", "stage-1")


def test_double_click_in_the_emotions_lane_sets_the_first_personas_feeling(qtbot, window):
    doc = window.document
    window.editor.remove_emotion("emo-3")  # Mari has no point in stage 3 now
    lane = window.scene.emotion_lane_index()
    x = window.scene.layout.stage_x[2] + 40
    qtbot.mouseDClick(window.view.viewport(), Qt.LeftButton, pos=at(window, x, window.scene.layout.emotion_y(lane, -3)))
    point = doc.emotions[-1]
    assert (point.persona, point.stage, point.value) == ("persona-1", "stage-3", -3)


def test_drag_a_stage_header_to_reorder(qtbot, window):
    drag(qtbot, window, centre_of(window, "stage-1"), centre_of(window, "stage-3"))
    assert [s.id for s in window.document.stages] == ["stage-2", "stage-3", "stage-1", "stage-4"]
    assert window.scene.items_by_id["stage-1"].pos().x() == window.scene.layout.stage_x[2]


def test_drag_a_lane_header_to_reorder(qtbot, window):
    drag(qtbot, window, centre_of(window, "lane-6"), centre_of(window, "lane-2"))
    assert [lane.id for lane in window.document.lanes][:3] == ["lane-1", "lane-6", "lane-2"]


def test_rubber_band_selects_cards_and_delete_removes_them_in_one_step(qtbot, window):
    layout = window.scene.layout
    lane1 = layout.lane_y[0]
    start = at(window, layout.stage_x[0] + 2, lane1 + 2)
    end = at(window, layout.stage_x[1] + 60, lane1 + 30)
    drag(qtbot, window, start, end)
    assert set(window.scene.selected_ids()) >= {"tp-1", "tp-3"}
    qtbot.keyClick(window.view.viewport(), Qt.Key_Delete)
    assert window.document.get("touchpoints", "tp-1") is None
    assert window.editor.undo_stack.count() == 1


def test_ctrl_wheel_zooms_and_fit_shows_the_whole_map(qtbot, window):
    view = window.view
    before = view.zoom()
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key_Equal, Qt.ControlModifier)
    assert view.zoom() > before
    qtbot.keyClick(view.viewport(), Qt.Key_Minus, Qt.ControlModifier)
    assert view.zoom() == pytest.approx(before)
    qtbot.keyClick(view.viewport(), Qt.Key_0, Qt.ControlModifier)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    layout = window.scene.layout
    assert visible.contains(QRectF(0, 0, layout.width, layout.height))


def test_middle_button_pans(qtbot, window):
    view = window.view
    view.set_zoom(2.0)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    drag(qtbot, window, QPoint(400, 300), QPoint(300, 300), Qt.MiddleButton)
    assert bar.value() == before + 100
    assert window.editor.undo_stack.count() == 0


def test_title_shows_the_unsaved_mark_from_the_undo_stack(qtbot, window):
    assert window.windowTitle() == "Untitled[*] — jmap"
    assert not window.isWindowModified()
    window.editor.add_stage()
    assert window.isWindowModified()
    window.editor.undo_stack.undo()
    assert not window.isWindowModified()
    QApplication.processEvents()


def test_the_persona_picked_in_the_panel_gets_the_double_clicked_feeling(qtbot, window):
    doc = window.document
    window.personas_panel.list.setCurrentRow(1)  # Jonas
    window.editor.remove_emotion("emo-6")  # Jonas's point in stage 2
    lane = window.scene.emotion_lane_index()
    x = window.scene.layout.stage_x[1] + 30
    qtbot.mouseDClick(window.view.viewport(), Qt.LeftButton, pos=at(window, x, window.scene.layout.emotion_y(lane, 2)))
    point = doc.emotions[-1]
    assert (point.persona, point.stage, point.value) == ("persona-2", "stage-2", 2)
    assert window.inspector.target == ("emotions", point.id)


def test_opening_a_bad_file_shows_its_one_line_message_and_a_new_map(qtbot, tmp_path, monkeypatch):
    from jmap.gui.app import start as app
    from jmap.gui.app import windows
    from jmap.gui.files import gallery

    bad = tmp_path / "bad.jmap"
    bad.write_text('{"format": "jmap", "version": 1', encoding="utf-8")
    shown = []
    monkeypatch.setattr(windows, "show_error", lambda parent, title, text, informative="": shown.append(informative))
    monkeypatch.setattr(gallery, "choose_template", lambda parent, settings: None)  # the user cancels the gallery
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(app, "_end_on_signals", lambda *args: None)  # keep pytest's own Ctrl+C handling
    assert app.run([str(bad)]) == 0
    assert len(shown) == 1 and "bad.jmap" in shown[0] and "\n" not in shown[0]
    manager = app.run.manager
    opened = manager.windows
    for win in opened:
        qtbot.addWidget(win)
    assert len(opened) == 1 and opened[0].path is None  # work can start on a new map


def test_drag_a_note_to_another_cell_and_nudge_it_back(qtbot, window):
    doc = window.document
    drag(qtbot, window, centre_of(window, "note-4"), cell_centre(window, "stage-4", "lane-5", low=False))
    note = doc.get("notes", "note-4")
    assert (note.stage, note.lane) == ("stage-4", "lane-5")  # from opportunities to pain points
    assert window.editor.undo_stack.undoText() == "Move 1 note"
    qtbot.keyClick(window.view.viewport(), Qt.Key_Left)
    assert doc.get("notes", "note-4").stage == "stage-3"
    qtbot.keyClick(window.view.viewport(), Qt.Key_Up)  # over the emotions lane: notes skip it
    assert doc.get("notes", "note-4").lane == "lane-3"


def test_a_note_dropped_on_the_emotions_lane_returns_home(qtbot, window):
    before = dumps(window.document)
    drag(qtbot, window, centre_of(window, "note-2"), cell_centre(window, "stage-2", "lane-4", low=False))
    assert dumps(window.document) == before
    note = window.scene.items_by_id["note-2"]
    assert note.pos() == note.home


def test_headers_stay_in_view_while_scrolling_and_clicks_on_them_do_nothing(qtbot, window):
    view = window.view
    view.set_zoom(3.0)
    view.centerOn(675, 520)  # the middle of the map: both of its edges are out of view
    assert view._pinned_region().rectCount() >= 2  # the stage band and the lane column
    before = dumps(window.document)
    image = view.viewport().grab().toImage()
    # the top-left corner shows the pinned title corner, not the canvas background
    assert image.pixelColor(5, 5).name() == "#1b2e42"
    drag(qtbot, window, QPoint(300, 10), QPoint(500, 300))  # a press on the pinned band
    assert dumps(window.document) == before and window.scene.selected_ids() == []


def test_ctrl_t_adds_a_touchpoint_to_the_clicked_cell(qtbot, window):
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=cell_centre(window, "stage-3", "lane-1"))
    qtbot.keyClick(window.view.viewport(), Qt.Key_T, Qt.ControlModifier)
    qtbot.keyClicks(window.view.inline_editor, "Price match promise")
    qtbot.keyClick(window.view.inline_editor, Qt.Key_Return)
    tp = window.document.touchpoints[-1]
    assert (tp.title, tp.stage, tp.lane) == ("Price match promise", "stage-3", "lane-1")


def test_escape_clears_the_selection(qtbot, window):
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=centre_of(window, "tp-1"))
    assert window.scene.selected_ids() == ["tp-1"]
    qtbot.keyClick(window.view.viewport(), Qt.Key_Escape)
    assert window.scene.selected_ids() == []


def test_select_an_emotion_point_and_delete_it_then_nudge_another_with_arrows(qtbot, window):
    doc = window.document
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=centre_of(window, "emo-2"))
    qtbot.keyClick(window.view.viewport(), Qt.Key_Delete)
    assert doc.get("emotions", "emo-2") is None
    assert "emo-2" not in window.scene.items_by_id
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=centre_of(window, "emo-4"))  # value 2
    qtbot.keyClick(window.view.viewport(), Qt.Key_Up)
    qtbot.keyClick(window.view.viewport(), Qt.Key_Up)  # clamped at +3
    assert doc.get("emotions", "emo-4").value == 3
    assert window.editor.undo_stack.undoText() == "Change feeling"


def test_tab_walks_through_cards_and_notes_stage_by_stage(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_Tab)
    assert window.scene.selected_ids() == ["tp-1"]
    qtbot.keyClick(window.view, Qt.Key_Tab)
    assert window.scene.selected_ids() == ["tp-2"]
    qtbot.keyClick(window.view, Qt.Key_Tab)
    assert window.scene.selected_ids() == ["note-1"]  # the actions lane, still in stage 1
    qtbot.keyClick(window.view, Qt.Key_Backtab)
    assert window.scene.selected_ids() == ["tp-2"]
    qtbot.keyClick(window.view.viewport(), Qt.Key_Return)  # and Enter edits what Tab reached
    assert window.view.inline_editor.isVisible()


def test_arrow_up_on_two_selected_feelings_is_one_undo_step(qtbot, window):
    doc = window.document
    before = {p.id: p.value for p in doc.emotions[:2]}
    window.scene.select_ids(list(before))
    qtbot.keyClick(window.view.viewport(), Qt.Key_Up)
    qtbot.keyClick(window.view.viewport(), Qt.Key_Up)  # a second press merges into the same step
    assert {pid: doc.get("emotions", pid).value for pid in before} == {
        pid: min(3, v + 2) for pid, v in before.items()}
    assert window.editor.undo_stack.count() == 1
    window.editor.undo_stack.undo()
    assert {pid: doc.get("emotions", pid).value for pid in before} == before


def test_moving_a_card_and_a_feeling_in_one_gesture_is_one_undo_step(qtbot, window):
    doc = window.document
    before = dumps(doc)
    card, point = doc.touchpoints[0], doc.emotions[0]
    other = next(s.id for s in doc.stages if s.id != card.stage)
    assert window.editor.move_items({card.id: (other, card.lane)}, {point.id: -3 if point.value != -3 else 3})
    assert window.editor.undo_stack.count() == 1
    assert window.editor.undo_stack.undoText() == "Move 2 items"
    window.editor.undo_stack.undo()
    assert dumps(doc) == before
