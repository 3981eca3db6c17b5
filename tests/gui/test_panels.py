"""Docks: the inspector edits the selection, personas show and hide curves, findings select."""

from __future__ import annotations

import pytest
from gui_support import open_window
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QSpinBox

from jmap.checks import Finding, Severity
from jmap.core.starter import starter_map
from jmap.io import dumps


@pytest.fixture
def window(qtbot):
    return open_window(qtbot)


def test_inspector_shows_the_selected_card_and_edits_its_title(qtbot, window):
    window.scene.select_ids(["tp-3"])
    inspector = window.inspector
    assert inspector.target == ("touchpoints", "tp-3")
    title = inspector.widgets["title"]
    assert isinstance(title, QLineEdit) and title.text() == "Comparison website"
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Price comparison site")
    qtbot.keyClick(title, Qt.Key_Return)
    assert window.document.get("touchpoints", "tp-3").title == "Price comparison site"
    assert window.scene.items_by_id["tp-3"].title == "Price comparison site"


def test_inspector_spin_box_steps_merge_into_one_undo_step(qtbot, window):
    window.scene.select_ids(["tp-1"])
    spin = window.inspector.widgets["importance"]
    assert isinstance(spin, QSpinBox) and spin.value() == 3
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key_Up)
    qtbot.keyClick(spin, Qt.Key_Up)
    assert window.document.get("touchpoints", "tp-1").importance == 5
    assert window.editor.undo_stack.count() == 1


def test_inspector_follows_undo_without_echo(qtbot, window):
    window.scene.select_ids(["stage-1"])
    window.editor.rename_stage("stage-1", "Discovery")
    assert window.inspector.widgets["name"].text() == "Discovery"
    window.editor.undo_stack.undo()
    assert window.inspector.widgets["name"].text() == "Awareness"
    assert window.editor.undo_stack.count() == 1  # refreshing the form pushed nothing


def test_inspector_edits_map_details_when_nothing_is_selected(qtbot, window):
    window.scene.clearSelection()
    title = window.inspector.widgets["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Kjøpe en laptop")
    qtbot.keyClick(title, Qt.Key_Return)
    assert window.document.meta.title == "Kjøpe en laptop"


def test_inspector_refuses_a_bad_colour(qtbot, window):
    window.scene.select_ids(["lane-2"])
    edit = window.inspector.widgets["colour"].edit
    before = dumps(window.document)
    edit.setFocus()
    qtbot.keyClicks(edit, "red; drop table")
    qtbot.keyClick(edit, Qt.Key_Return)
    assert dumps(window.document) == before
    edit.selectAll()
    qtbot.keyClicks(edit, "#009E73")
    qtbot.keyClick(edit, Qt.Key_Return)
    assert window.document.get("lanes", "lane-2").colour == "#009E73"


def test_personas_panel_hides_a_curve_and_adds_a_persona(qtbot, window):
    panel = window.personas_panel
    item = panel.list.item(1)
    assert item.text() == "Jonas"
    rect = panel.list.visualItemRect(item)
    # click the tick box at the left of the row
    qtbot.mouseClick(panel.list.viewport(), Qt.LeftButton, pos=rect.topLeft() + QPoint(10, rect.height() // 2))
    assert window.document.get("personas", "persona-2").visible is False
    assert not window.scene.curves["persona-2"].isVisible()
    assert not window.scene.items_by_id["emo-5"].isVisible()
    add = next(b for b in panel.findChildren(QPushButton) if b.text() == "Add")
    qtbot.mouseClick(add, Qt.LeftButton)
    assert len(window.document.personas) == 3
    assert window.document.personas[2].colour not in {p.colour for p in window.document.personas[:2]}
    assert "persona-3" in window.scene.curves


def test_clicking_a_finding_selects_and_centres_what_it_concerns(qtbot, window, monkeypatch):
    finding = Finding("test-rule", Severity.WARNING, "Stage Retention has no opportunity", stages=("stage-4",),
                      touchpoints=("tp-6",))
    monkeypatch.setattr("jmap.gui.panels.coverage.run_checks", lambda doc: [finding])
    panel = window.coverage_panel
    panel.recheck()
    (group,) = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    assert group.childCount() == 1 and "Retention" in group.child(0).text(0)
    window.view.set_zoom(2.0)
    window.view.centerOn(0, 0)
    rect = panel.tree.visualItemRect(group.child(0))
    qtbot.mouseClick(panel.tree.viewport(), Qt.LeftButton, pos=rect.center())
    assert set(window.scene.selected_ids()) == {"stage-4", "tp-6"}
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.items_by_id["tp-6"].sceneBoundingRect().center())


def test_findings_are_rechecked_after_an_edit(qtbot, window):
    calls = []
    import jmap.gui.panels.coverage as cp

    real = cp.run_checks
    try:
        cp.run_checks = lambda doc: calls.append(len(doc.stages)) or []
        window.editor.add_stage()
        qtbot.waitUntil(lambda: bool(calls) and calls[-1] == 5, timeout=2000)
    finally:
        cp.run_checks = real


def test_entry_checkbox_in_inspector(qtbot, window):
    window.scene.select_ids(["tp-2"])
    box = window.inspector.widgets["entry"]
    assert isinstance(box, QCheckBox) and not box.isChecked()
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))
    assert window.document.get("touchpoints", "tp-2").entry is True


def test_set_document_swaps_the_map_everywhere_and_is_clean(qtbot, window, tmp_path):
    window.editor.add_stage()
    assert window.isWindowModified()
    other = starter_map(with_content=False)
    other.meta.title = "Another map"
    window.set_document(other, tmp_path / "other.jmap")
    assert window.document is other and window.scene.doc is other
    assert window.editor.undo_stack.count() == 0 and not window.isWindowModified()
    assert window.windowTitle() == "other.jmap[*] — jmap"
    assert "tp-1" not in window.scene.items_by_id and set(window.scene.items_by_id) >= {"stage-1", "lane-1"}
    assert window.inspector.widgets["title"].text() == "Another map"
    assert window.personas_panel.list.count() == 2
    tp_id = window.editor.add_touchpoint("stage-1", "lane-1", "First card")
    assert window.scene.items_by_id[tp_id].title == "First card"  # the scene observes the new map
    assert other.touchpoints[0].title == "First card"


def test_close_guard_can_keep_the_window_open(qtbot, window):
    answers = [False, True]
    window.close_guard = lambda: answers.pop(0)
    assert not window.close()
    assert window.isVisible()
    assert window.close()


def test_menus_are_in_the_agreed_order_and_the_file_menu_is_left_empty(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    assert window.file_menu.actions() == []


def test_a_closed_window_runs_no_coverage_check_still_due(qtbot, window, monkeypatch):
    """An edit just before closing leaves a check due; it must not run for the closed window
    (it ran inside whatever window was shown next, on a map no one sees)."""
    import jmap.gui.panels.coverage as coverage

    window.close_guard = lambda: True
    window.editor.add_touchpoint("stage-1", "lane-1", "Last card before closing")
    assert window.coverage_panel.timer.isActive()
    calls = []
    monkeypatch.setattr(coverage, "run_checks", lambda doc: calls.append(doc) or [])
    assert window.close()
    qtbot.wait(400)  # longer than the check's 250 ms delay
    assert calls == []
