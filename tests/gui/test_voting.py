"""Dot voting as a facilitator runs it: F7 starts a vote, participants click or use keys, the panel ranks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLineEdit, QSpinBox

from gui_support import open_window
from jmap.core.votes import scores
from jmap.gui.canvas.votebadges import VoteBadgeItem
from jmap.io import dumps, load, save


def _answer_vote(participants: str, dots: int, kinds: dict[str, bool] | None = None):
    """What the facilitator types in the Start vote dialog."""

    def fill(dialog) -> None:
        names = dialog.findChild(QLineEdit, "vote-participants")
        names.selectAll()
        names.insert(participants)
        dialog.findChild(QSpinBox, "vote-dots").setValue(dots)
        for kind, on in (kinds or {}).items():
            dialog.findChild(QCheckBox, f"vote-kind-{kind}").setChecked(on)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()

    return fill


def _click(qtbot, win, eid: str, button=Qt.LeftButton, modifiers=Qt.NoModifier) -> None:
    item = win.scene.items_by_id[eid]
    win.view.ensureVisible(item.sceneBoundingRect(), 10, 10)
    point = win.view.mapFromScene(item.sceneBoundingRect().center() + item.sceneBoundingRect().topLeft()
                                  - item.sceneBoundingRect().topLeft())
    qtbot.mouseClick(win.view.viewport(), button, modifiers, QPoint(point.x(), point.y() + 4))


def _window(qtbot):
    win = open_window(qtbot)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # F7 is a window shortcut: it needs the active window
    return win


def _start(qtbot, win, answers, participants="Ann, Bo", dots=2, kinds=None) -> None:
    answers.push(_answer_vote(participants, dots, kinds))
    qtbot.keyClick(win.view, Qt.Key_F7)
    qtbot.waitUntil(lambda: win.workshop.votes.running)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)


def test_a_vote_by_clicks_counts_dots_per_participant_and_is_undoable(qtbot, answers):
    win = _window(qtbot)
    doc = win.document
    first, second = doc.touchpoints[0].id, doc.touchpoints[1].id
    _start(qtbot, win, answers)
    assert win.workshop.votes.round.participants == ["Ann", "Bo"]
    _click(qtbot, win, first)
    _click(qtbot, win, first)
    _click(qtbot, win, second)  # Ann has used her two dots: refused
    assert scores(doc) == {first: 2}
    assert [(v.voter, v.count) for v in doc.items("votes")] == [("Ann", 2)]
    qtbot.keyClick(win.view, Qt.Key_PageDown)  # Bo's turn
    _click(qtbot, win, second)
    _click(qtbot, win, first, Qt.RightButton)  # Bo has no dot on it: nothing to take back
    _click(qtbot, win, second, Qt.LeftButton, Qt.ShiftModifier)  # Bo takes his dot back
    _click(qtbot, win, first)
    assert scores(doc) == {first: 3}
    # the badge on the card shows the count, the panel ranks it first
    badge = [c for c in win.scene.items_by_id[first].childItems() if isinstance(c, VoteBadgeItem)]
    assert [b.count for b in badge] == [3]
    assert win.workshop.panel.results.item(0).text().startswith("1. 3 dots: ")
    # every dot was one undo step
    win.editor.undo_stack.undo()
    assert scores(doc) == {first: 2}
    assert badge[0].count == 2
    # a drag during a vote moves nothing
    steps = win.editor.undo_stack.index()
    where = win.view.mapFromScene(win.scene.items_by_id[first].sceneBoundingRect().center())
    qtbot.mousePress(win.view.viewport(), Qt.LeftButton, Qt.NoModifier, where)
    qtbot.mouseMove(win.view.viewport(), where + QPoint(300, 0))
    qtbot.mouseRelease(win.view.viewport(), Qt.LeftButton, Qt.NoModifier, where + QPoint(300, 0))
    assert doc.get("touchpoints", first).stage == doc.touchpoints[0].stage
    assert win.editor.undo_stack.index() == steps + 1 and scores(doc) == {first: 3}  # the press: a dot; no move


def test_keys_walk_the_voted_kinds_place_and_take_back_dots(qtbot, answers):
    win = _window(qtbot)
    doc = win.document
    lanes = {lane.id: lane.kind for lane in doc.lanes}
    pains = [n.id for n in doc.notes if lanes[n.lane] == "pain_points"]
    assert pains, "the starter map has pain points"
    _start(qtbot, win, answers, "3", 3, {"touchpoints": False, "pain_points": True, "opportunities": False})
    assert win.workshop.votes.round.participants == ["P1", "P2", "P3"]
    qtbot.keyClick(win.view, Qt.Key_Tab)
    chosen = win.scene.selected_ids()
    assert chosen and chosen[0] in pains  # Tab goes only to what may be voted on
    stage = doc.get("notes", chosen[0]).stage
    qtbot.keyClick(win.view, Qt.Key_Plus)
    qtbot.keyClick(win.view, Qt.Key_Plus)
    qtbot.keyClick(win.view, Qt.Key_Minus)
    qtbot.keyClick(win.view, Qt.Key_Right)  # does not move the note during a vote
    qtbot.keyClick(win.view, Qt.Key_PageDown)
    qtbot.keyClick(win.view, Qt.Key_Equal)
    assert [(v.voter, v.count) for v in doc.items("votes")] == [("P1", 1), ("P2", 1)]
    assert doc.get("notes", chosen[0]).stage == stage
    assert "P3" not in {v.voter for v in doc.items("votes")}
    # a card is not part of this vote: it is faded back and takes no dot
    card = doc.touchpoints[0].id
    assert win.scene.items_by_id[card].opacity() < 0.5 and win.scene.items_by_id[chosen[0]].opacity() == 1.0
    win.workshop.votes.place(card)
    assert card not in scores(doc)
    win.workshop.votes.end()
    assert win.scene.items_by_id[card].opacity() == 1.0


def test_votes_are_saved_cleared_in_one_step_and_the_round_ends(qtbot, answers, tmp_path):
    win = _window(qtbot)
    doc = win.document
    _start(qtbot, win, answers, "Ann", 5)
    for tp in doc.touchpoints[:3]:
        _click(qtbot, win, tp.id)
    save(doc, tmp_path / "voted.jmap")
    assert len(load(tmp_path / "voted.jmap").document.items("votes")) == 3
    qtbot.keyClick(win.view, Qt.Key_F7, Qt.ShiftModifier)  # ends the vote
    assert not win.workshop.votes.running
    before = dumps(doc)
    tp = doc.touchpoints[0].id
    _click(qtbot, win, tp)  # no vote running: a click selects, it places no dot
    assert dumps(doc) == before
    win.workshop.panel.clear_button.click()
    assert doc.items("votes") == [] and win.workshop.panel.results.count() == 0
    win.editor.undo_stack.undo()
    assert len(doc.items("votes")) == 3


def test_deleting_a_voted_card_removes_its_badge_and_undo_restores_both(qtbot, answers):
    win = _window(qtbot)
    doc = win.document
    tp = doc.touchpoints[0].id
    win.editor.add_vote(tp, "Ann")
    win.editor.delete([tp])
    assert doc.items("votes") == [] and tp not in win.workshop.badges.badges
    win.editor.undo_stack.undo()
    assert scores(doc) == {tp: 1}
    badge = [c for c in win.scene.items_by_id[tp].childItems() if isinstance(c, VoteBadgeItem)]
    assert [b.count for b in badge] == [1]


def test_the_panel_button_starts_and_ends_a_vote(qtbot, answers):
    win = _window(qtbot)
    panel = win.workshop.panel
    assert not panel.next_button.isEnabled()
    answers.push(_answer_vote("Ann, Bo, Cy", 1))
    qtbot.mouseClick(panel.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: win.workshop.votes.running)
    assert "Ann" in panel.turn.text() and "1 of 1" in panel.turn.text()
    qtbot.mouseClick(panel.next_button, Qt.LeftButton)
    assert win.workshop.votes.round.voter == "Bo" and "Bo" in panel.turn.text()
    qtbot.mouseClick(panel.previous_button, Qt.LeftButton)
    qtbot.mouseClick(panel.previous_button, Qt.LeftButton)
    assert win.workshop.votes.round.voter == "Cy"
    assert panel.start_button.text() == "End vote"
    qtbot.mouseClick(panel.start_button, Qt.LeftButton)
    assert not win.workshop.votes.running and not panel.next_button.isEnabled()


def test_an_incomplete_vote_dialog_says_what_is_missing(qtbot, answers):
    win = _window(qtbot)
    seen = []

    def nobody(dialog) -> None:
        dialog.findChild(QLineEdit, "vote-participants").clear()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
        seen.append(dialog.problem.text())
        dialog.findChild(QLineEdit, "vote-participants").setText("2")
        for check in dialog.findChildren(QCheckBox):
            check.setChecked(False)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
        seen.append(dialog.problem.text())
        dialog.reject()

    answers.push(nobody)
    qtbot.keyClick(win.view, Qt.Key_F7)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == ["Give the number of participants or their names.",
                    "Choose at least one kind of item to vote on."]
    assert not win.workshop.votes.running
