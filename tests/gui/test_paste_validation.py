"""Paste and field edits go through the file format's entity validator: nothing unsaveable gets in."""

from __future__ import annotations

import pytest
from gui_support import open_window
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from jmap.core.clipboard import copy_fragment, to_text
from jmap.core.starter import starter_map
from jmap.gui.editor import Editor
from jmap.io import dumps, load, save


def _hostile(doc, **changes) -> str:
    """Clipboard text of a real copy of tp-5 and note-1, then changed as a hand-made fragment would be."""
    fragment = copy_fragment(doc, ["tp-5", "note-1"])
    for key, value in changes.items():
        collection, field = key.split("__")
        fragment[collection][0][field] = value
    return to_text(fragment)


def _window(qtbot):
    window = open_window(qtbot, actual_size=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # Ctrl+V is a window shortcut: it needs the active window
    return window


def _click_cell(qtbot, window, stage_id: str = "stage-4", lane_id: str = "lane-1") -> None:
    """Click an empty spot of a cell, as a user does before pasting there."""
    cell = window.scene.layout.cell(window.document.lane_index()[lane_id], window.document.stage_index()[stage_id])
    point = window.view.mapFromScene(cell.cx, cell.bottom - 12)
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=QPoint(point.x(), point.y()))
    assert window.scene.current_cell == (stage_id, lane_id)


@pytest.mark.parametrize("changes, where, what", [
    ({"touchpoints__importance": 99}, "$.touchpoints[0].importance", "99 is greater than the maximum of 5"),
    ({"notes__colour": "red"}, "$.notes[0].colour", "'red' is not a colour"),
    ({"touchpoints__channel": "fax"}, "$.touchpoints[0].channel", "'fax' is not one of"),
    ({"notes__text": "x" * 20_001}, "$.notes[0].text", "text too long"),
], ids=["importance-99", "colour-red", "channel-fax", "note-too-long"])
def test_a_hostile_fragment_on_the_clipboard_is_refused_with_a_message(qtbot, tmp_path, changes, where, what):
    window = _window(qtbot)
    doc = window.document
    before = dumps(doc)
    QApplication.clipboard().setText(_hostile(doc, **changes))
    _click_cell(qtbot, window)
    qtbot.keyClick(window.view.viewport(), Qt.Key_V, Qt.ControlModifier)
    assert dumps(doc) == before  # nothing pasted, nothing changed
    assert window.editor.undo_stack.count() == 0 and not window.isWindowModified()
    message = window.statusBar().currentMessage()
    assert "Nothing pasted" in message and where in message and what in message, message
    save(doc, tmp_path / "after.jmap")  # the map still saves and opens
    assert dumps(load(tmp_path / "after.jmap").document) == before


def test_the_same_fragment_with_sound_values_pastes(qtbot):
    window = _window(qtbot)
    doc = window.document
    QApplication.clipboard().setText(_hostile(doc, touchpoints__importance=5, notes__colour="#E69F00"))
    _click_cell(qtbot, window)
    qtbot.keyClick(window.view.viewport(), Qt.Key_V, Qt.ControlModifier)
    assert window.editor.undo_stack.count() == 1
    pasted = [doc.get("touchpoints", i) or doc.get("notes", i) for i in window.scene.selected_ids()]
    assert {type(e).__name__ for e in pasted} == {"Touchpoint", "Note"}
    assert window.statusBar().currentMessage() == ""
    loads_back = dumps(doc)
    assert b'"importance": 5' in loads_back and b'"colour": "#E69F00"' in loads_back


@pytest.fixture
def editor(qapp):
    ed = Editor(starter_map())
    yield ed
    ed.deleteLater()


@pytest.mark.parametrize("collection, entity_id, changes", [
    ("touchpoints", "tp-1", {"importance": 99}),
    ("touchpoints", "tp-1", {"impact": 2.5}),
    ("touchpoints", "tp-1", {"channel": "fax"}),
    ("stages", "stage-1", {"colour": "red"}),
    ("notes", "note-1", {"text": "x" * 20_001}),
    ("personas", "persona-1", {"goals": ["ok", 7]}),
    ("metrics", "m", {"value": 10 ** 19}),
], ids=["importance-99", "impact-2.5", "channel-fax", "colour-red", "text-too-long", "goal-number", "huge-value"])
def test_an_edit_that_would_make_an_entity_invalid_is_refused(editor, collection, entity_id, changes):
    doc = editor.document
    if collection == "metrics":
        editor.add_metric("stage-1", "Conversion", value=3.5)
        editor.undo_stack.clear()
        entity_id = doc.metrics[0].id
    assert doc.get(collection, entity_id) is not None
    before = dumps(doc)
    assert editor.set_fields(collection, entity_id, changes) is False
    assert editor.undo_stack.count() == 0
    assert dumps(doc) == before


def test_the_named_edits_are_refused_too(editor):
    before = dumps(editor.document)
    assert not editor.edit_touchpoint("tp-1", importance=99)
    assert not editor.recolour_lane("lane-1", "blue")
    assert not editor.edit_persona("persona-1", colour="#12345")
    assert editor.undo_stack.count() == 0 and dumps(editor.document) == before


def test_a_whole_float_edit_is_stored_as_an_integer(editor):
    assert editor.edit_touchpoint("tp-1", importance=4.0)
    tp = editor.document.get("touchpoints", "tp-1")
    assert tp.importance == 4 and type(tp.importance) is int
    assert b'"importance": 4,' in dumps(editor.document)
    editor.undo_stack.undo()
    editor.undo_stack.redo()
    assert type(editor.document.get("touchpoints", "tp-1").importance) is int


def test_a_sound_edit_still_goes_through(editor):
    assert editor.edit_touchpoint("tp-1", importance=5, channel="store")
    assert editor.undo_stack.count() == 1


def test_paste_and_field_edits_use_the_file_formats_entity_validator(editor, monkeypatch):
    import jmap.io.structure as structure

    calls = []
    real = structure.check_entity
    monkeypatch.setattr(structure, "check_entity", lambda c, r, *a, **k: calls.append(c) or real(c, r, *a, **k))
    editor.rename_stage("stage-1", "Oppdage")
    assert calls == ["stages"]
    editor.duplicate(["tp-5", "note-1"])
    assert sorted(calls[1:]) == ["notes", "touchpoints"]


def test_clipboard_text_meets_a_files_limits_before_it_is_parsed(qtbot, monkeypatch):
    # repeated keys (the first list would be lost) and too many values are refused like in a file
    import jmap.io.jsontext as jsontext

    window = _window(qtbot)
    doc = window.document
    before = dumps(doc)
    good = _hostile(doc)
    repeated = good.replace('"notes":', '"touchpoints": [], "notes":', 1)
    assert repeated != good
    texts = [repeated, good]
    monkeypatch.setattr(jsontext, "MAX_VALUES", 20)  # the good fragment has more values than that
    for text in texts:
        QApplication.clipboard().setText(text)
        _click_cell(qtbot, window)
        qtbot.keyClick(window.view.viewport(), Qt.Key_V, Qt.ControlModifier)
        assert dumps(doc) == before
    monkeypatch.setattr(jsontext, "MAX_VALUES", 3_000_000)
    qtbot.keyClick(window.view.viewport(), Qt.Key_V, Qt.ControlModifier)
    assert dumps(doc) != before  # the same text pastes within the limits
