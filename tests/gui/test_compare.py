"""The comparison view and "New future state from this map", driven through the Compare menu."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton

from jmap.core.model import Stage, Touchpoint
from jmap.io import dumps, load, save
from jmap.io.link import make_future
from jmap.paths import templates_dir

EXAMPLE = templates_dir() / "examples" / "clothing-shop.jmap"


@pytest.fixture
def pair(tmp_path):
    """(current path, future path): the future has a new card in stage 2 and a happier first point for Nina."""
    today = load(EXAMPLE).document
    today.meta.map_id = "map-today"
    current = tmp_path / "current.jmap"
    save(today, current)
    future_path = tmp_path / "future.jmap"
    future, _notes = make_future(today, current, future_path, ["cards", "emotions"])
    future.append("touchpoints", Touchpoint("tp-50", "stage-2", future.touchpoints[0].lane, title="Fit assistant"))
    first = future.emotions_of("persona-1")[0]
    future.set("emotions", first.id, "value", -3)
    save(future, future_path)
    return current, future_path


def open_map(qtbot, path: Path):
    from jmap.gui.app.main_window import MainWindow

    win = MainWindow(load(path).document, path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_compare(qtbot, win):
    action = win.findChild(QAction, "compare_compare")
    assert action in win.view_menu.actions()
    action.trigger()
    view = win.compare_view
    qtbot.waitExposed(view)
    return view


def test_the_linked_current_state_is_compared_stage_by_stage(qtbot, pair):
    _current, future = pair
    win = open_map(qtbot, future)
    before = dumps(win.document)
    view = open_compare(qtbot, win)
    assert view.other_path.name == "current.jmap"
    lines = view.lines()
    consideration = next(lines[k] for k in lines if k.startswith("Consideration"))
    assert "+ Card: Fit assistant" in consideration
    awareness = next(lines[k] for k in lines if k.startswith("Awareness"))
    assert "~ Emotion: Nina Solberg · value 2 → -3" in awareness
    counts = view.comparison.diff.counts()
    assert view.findChild(QLabel, "compare_message").text().startswith(f"{counts['added']} new, {counts['removed']} "
                                                                        "removed")
    # both curves of each persona: today (dashed) and tomorrow (solid) differ only in stage 1 for Nina
    series = {pid: (today, tomorrow) for pid, _colour, today, tomorrow in view.curves.series()}
    today, tomorrow = series["persona-1"]
    assert today[0] == 2 and tomorrow[0] == -3 and today[1:] == tomorrow[1:]
    assert not view.curves.grab().isNull()
    assert dumps(win.document) == before  # the view only reads


def test_the_view_follows_edits_of_this_map(qtbot, pair):
    _current, future = pair
    win = open_map(qtbot, future)
    view = open_compare(qtbot, win)
    win.editor.edit_touchpoint("tp-1", title="Video ad")
    awareness = next(v for k, v in view.lines().items() if k.startswith("Awareness"))
    assert any("Video ad" in line and "title" in line for line in awareness)
    win.editor.undo_stack.undo()
    awareness = next(v for k, v in view.lines().items() if k.startswith("Awareness"))
    assert not any("Video ad" in line for line in awareness)


def test_stages_whose_ids_differ_are_matched_by_hand(qtbot, pair, tmp_path):
    current, future = pair
    data = json.loads(current.read_text(encoding="utf-8"))
    (tmp_path / "renamed.jmap").write_text(json.dumps(data).replace('"stage-2"', '"stage-consider"'),
                                           encoding="utf-8")
    win = open_map(qtbot, future)
    view = open_compare(qtbot, win)
    path_edit = view.findChild(QLineEdit, "compare_path")
    path_edit.clear()
    qtbot.keyClicks(path_edit, str(tmp_path / "renamed.jmap"))
    qtbot.mouseClick(view.findChild(QPushButton, "compare_load"), Qt.LeftButton)
    heads = list(view.lines())
    assert any(h.startswith("Consideration — removed stage") for h in heads)
    assert any(h.startswith("Consideration — new stage") for h in heads)
    combo = view.findChild(QComboBox, "match_stage-consider")
    combo.setFocus()
    qtbot.keyClicks(combo, "Consideration")
    assert combo.currentData() == "stage-2"
    assert view.comparison.stage_map == {"stage-consider": "stage-2"}
    heads = list(view.lines())
    assert not any("removed stage" in h or "new stage" in h for h in heads)
    consideration = next(v for k, v in view.lines().items() if k.startswith("Consideration"))
    assert "+ Card: Fit assistant" in consideration
    assert not any(line.startswith(("+ Stage", "\u2212 Stage")) for line in consideration)


def test_a_missing_link_or_an_unrelated_map_is_said_in_the_view(qtbot, pair, tmp_path):
    current, future = pair
    current.unlink()
    win = open_map(qtbot, future)
    view = open_compare(qtbot, win)
    message = view.findChild(QLabel, "compare_message")
    assert "No linked map to compare with" in message.text() and "is missing" in message.text()
    stranger = type(win.document)()
    stranger.append("stages", Stage("s-x", name="Elsewhere"))
    save(stranger, tmp_path / "stranger.jmap")
    view.findChild(QLineEdit, "compare_path").setText(str(tmp_path / "stranger.jmap"))
    qtbot.mouseClick(view.findChild(QPushButton, "compare_load"), Qt.LeftButton)
    assert "nothing in common" in message.text() and view.tree.topLevelItemCount() == 0
    view.findChild(QLineEdit, "compare_path").setText(str(tmp_path / "gone.jmap"))
    qtbot.mouseClick(view.findChild(QPushButton, "compare_load"), Qt.LeftButton)
    assert "Cannot compare" in message.text() and "gone.jmap" in message.text()


def test_new_future_state_from_this_map(manager, answers, tmp_path):
    current = tmp_path / "shop.jmap"
    doc = load(EXAMPLE).document
    doc.meta.map_id = "map-shop"
    save(doc, current)
    win = manager.open_path(current)

    def fill(dialog):
        dialog.findChild(QCheckBox, "carry_cards").click()
        dialog.findChild(QPushButton, "future_ok").click()

    answers.push(fill)
    win.findChild(QAction, "compare_new_future").trigger()
    out = tmp_path / "shop-future.jmap"
    future = load(out).document
    assert future.meta.source_map == {"path": "shop.jmap", "map_id": "map-shop"}
    assert [s.id for s in future.stages] == [s.id for s in doc.stages]
    assert [tp.id for tp in future.touchpoints] == [tp.id for tp in doc.touchpoints] and future.notes == []
    assert len(manager.windows) == 2
    opened = manager.windows[-1]
    assert Path(opened.path) == out and opened.document.meta.map_type == "future-state"
    assert win.statusBar().currentMessage() == "Future state saved as shop-future.jmap"


def test_an_unsaved_map_is_asked_to_be_saved_first(qtbot, answers, pair):
    _current, future = pair
    win = open_map(qtbot, future)
    win.editor.edit_touchpoint("tp-1", title="Changed")
    answers.push(lambda box: box.accept())
    win.findChild(QAction, "compare_new_future").trigger()
    assert "Save this map first" in answers.seen[0]
    assert not (future.parent / "future-future.jmap").exists()
