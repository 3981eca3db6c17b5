"""The cell cursor: keyboard capture of a workshop's touchpoints without the mouse."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui_support import open_window
from jmap.core.document import Document
from jmap.core.model import Lane, LaneKind, Stage


def _six_stage_map():
    doc = Document()
    for i in range(6):
        doc.append("stages", Stage(f"s{i}", name=f"Stage {i + 1}"))
    doc.append("lanes", Lane("actions", kind=LaneKind.CUSTOMER_ACTIONS.value, title="Customer actions"))
    doc.append("lanes", Lane("tps", kind=LaneKind.TOUCHPOINTS.value, title="Touchpoints"))
    doc.append("lanes", Lane("notes", kind=LaneKind.THOUGHTS.value, title="Thoughts"))
    return doc


def _focus(window):
    return QApplication.focusWidget() or window.view


def _type(qtbot, window, text: str) -> None:
    """Type as a user does: each key goes to the widget that has the focus then."""
    for char in text:
        qtbot.keyClicks(_focus(window), char)


def _window(qtbot):
    window = open_window(qtbot, doc=_six_stage_map())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    return window


def test_cursor_starts_in_first_stage_on_the_touchpoints_lane(qtbot):
    window = _window(qtbot)
    cursor = window.view.cell_cursor
    assert window.scene.current_cell == ("s0", "tps")
    assert cursor.item.isVisible()
    layout = window.scene.layout
    box = layout.cell(1, 0)
    assert cursor.item.rect.x() == box.x and cursor.item.rect.y() == box.y


def test_thirty_touchpoints_over_six_stages_from_the_keyboard(qtbot):
    window = _window(qtbot)
    view = window.view
    view.setFocus()
    arrows = 0
    for stage in range(6):
        if stage:
            qtbot.keyClick(_focus(window), Qt.Key_Right, Qt.AltModifier)
            arrows += 1
        for card in range(5):
            qtbot.keyClick(_focus(window), Qt.Key_T, Qt.ControlModifier)
            assert view.inline_editor.isVisible()
            _type(qtbot, window, f"Card {stage}.{card}")
            qtbot.keyClick(view.inline_editor, Qt.Key_Return)
    doc = window.document
    assert arrows == 5
    assert len(doc.touchpoints) == 30
    for stage in range(6):
        titles = [tp.title for tp in doc.touchpoints if tp.stage == f"s{stage}"]
        assert titles == [f"Card {stage}.{card}" for card in range(5)]
    assert {tp.lane for tp in doc.touchpoints} == {"tps"}
    assert window.editor.undo_stack.count() == 30


def test_alt_arrows_move_the_cursor_and_clear_the_selection(qtbot):
    window = _window(qtbot)
    tp = window.editor.add_touchpoint("s0", "tps", "Poster")
    window.scene.select_ids([tp])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_Right, Qt.AltModifier)
    qtbot.keyClick(window.view, Qt.Key_Down, Qt.AltModifier)
    assert window.scene.current_cell == ("s1", "notes")
    assert window.scene.selected_ids() == []
    assert window.document.get("touchpoints", tp).stage == "s0"  # not nudged
    qtbot.keyClick(window.view, Qt.Key_Left)  # nothing selected: plain arrows move the cursor
    qtbot.keyClick(window.view, Qt.Key_Left)  # and stop at the edge
    assert window.scene.current_cell == ("s0", "notes")


def test_plain_arrows_still_nudge_a_selected_card(qtbot):
    window = _window(qtbot)
    tp = window.editor.add_touchpoint("s0", "tps", "Poster")
    window.scene.select_ids([tp])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_Right)
    assert window.document.get("touchpoints", tp).stage == "s1"


def test_ctrl_t_on_a_note_lane_uses_the_stage_touchpoints_lane(qtbot):
    window = _window(qtbot)
    window.view.setFocus()
    for key in (Qt.Key_Right, Qt.Key_Right, Qt.Key_Down):
        qtbot.keyClick(window.view, key)
    assert window.scene.current_cell == ("s2", "notes")
    qtbot.keyClick(window.view, Qt.Key_T, Qt.ControlModifier)
    _type(qtbot, window, "Kiosk")
    qtbot.keyClick(window.view.inline_editor, Qt.Key_Return)
    (tp,) = window.document.touchpoints
    assert (tp.stage, tp.lane, tp.title) == ("s2", "tps", "Kiosk")


def test_ctrl_t_in_an_actions_lane_keeps_that_lane_and_next_card_lands_beside(qtbot):
    window = _window(qtbot)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_Right)
    qtbot.keyClick(window.view, Qt.Key_Up)
    for title in ("Compare", "Ask"):
        qtbot.keyClick(_focus(window), Qt.Key_T, Qt.ControlModifier)
        _type(qtbot, window, title)
        qtbot.keyClick(window.view.inline_editor, Qt.Key_Return)
        assert window.scene.current_cell == ("s1", "actions")
    assert [(tp.stage, tp.lane, tp.title) for tp in window.document.touchpoints] == [
        ("s1", "actions", "Compare"), ("s1", "actions", "Ask")]


def test_enter_on_an_empty_note_cell_starts_a_note_and_typing_starts_one_too(qtbot):
    window = _window(qtbot)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_Down)
    assert window.scene.current_cell == ("s0", "notes")
    qtbot.keyClick(window.view, Qt.Key_Return)
    assert window.view.inline_editor.isVisible()
    _type(qtbot, window, "Too slow")
    qtbot.keyClick(window.view.inline_editor, Qt.Key_Return)
    qtbot.keyClick(_focus(window), Qt.Key_Escape)
    assert window.scene.selected_ids() == []
    assert window.scene.current_cell == ("s0", "notes")  # Escape leaves the cursor
    _type(qtbot, window, "Why")
    qtbot.keyClick(window.view.inline_editor, Qt.Key_Return)
    assert [(n.stage, n.lane, n.text) for n in window.document.notes] == [
        ("s0", "notes", "Too slow"), ("s0", "notes", "Why")]


def test_tab_walks_the_cards_and_the_cursor_follows(qtbot):
    window = _window(qtbot)
    first = window.editor.add_touchpoint("s0", "tps", "A")
    second = window.editor.add_touchpoint("s3", "actions", "B")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_Tab)
    assert window.scene.selected_ids() == [first]
    qtbot.keyClick(window.view, Qt.Key_Tab)
    assert window.scene.selected_ids() == [second]
    assert window.scene.current_cell == ("s3", "actions")
    qtbot.keyClick(window.view, Qt.Key_Backtab, Qt.ShiftModifier)
    assert window.scene.selected_ids() == [first]


def test_cursor_stays_near_when_its_stage_is_deleted(qtbot):
    window = _window(qtbot)
    window.view.setFocus()
    for _ in range(5):
        qtbot.keyClick(window.view, Qt.Key_Right, Qt.AltModifier)
    window.editor.remove_stage("s5")
    assert window.scene.current_cell == ("s4", "tps")
    assert window.view.cell_cursor.item.isVisible()


def test_ctrl_t_with_a_card_selected_adds_right_after_it_in_its_cell(qtbot):
    window = _window(qtbot)
    first = window.editor.add_touchpoint("s2", "tps", "First")
    window.editor.add_touchpoint("s2", "tps", "Last")
    window.scene.select_ids([first])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_T, Qt.ControlModifier)
    _type(qtbot, window, "Middle")
    qtbot.keyClick(window.view.inline_editor, Qt.Key_Return)
    assert [tp.title for tp in window.document.touchpoints_in("tps", "s2")] == ["First", "Middle", "Last"]
    assert window.scene.current_cell == ("s2", "tps")
    assert window.editor.undo_stack.count() == 3
