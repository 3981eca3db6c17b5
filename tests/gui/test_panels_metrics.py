"""Stage metrics in the inspector: a user adds, edits and removes them; every step is undoable."""

from __future__ import annotations

import pytest
from gui_support import open_window
from PySide6.QtCore import QPointF, Qt

from jmap.gui.panels.metrics import parse_number
from jmap.io import dumps


@pytest.fixture
def window(qtbot):
    return open_window(qtbot, actual_size=True)


def click_stage_header(qtbot, win, stage_id: str) -> None:
    header = win.scene.items_by_id[stage_id]
    point = header.sceneBoundingRect().center() + QPointF(0, 8)
    qtbot.mouseClick(win.view.viewport(), Qt.LeftButton, pos=win.view.mapFromScene(point))
    assert win.inspector.target == ("stages", stage_id)


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def test_add_edit_and_remove_a_stage_metric_in_the_inspector(qtbot, window):
    doc, stack = window.document, window.editor.undo_stack
    stage = doc.stages[1]
    before = dumps(doc)
    assert not [m for m in doc.metrics if m.stage == stage.id]
    click_stage_header(qtbot, window, stage.id)
    panel = window.inspector.metrics
    assert panel is not None and panel.shown == []
    qtbot.mouseClick(panel.add_button, Qt.LeftButton)
    metric = doc.metrics[-1]
    assert metric.stage == stage.id and panel.shown == [metric.id]
    assert stack.text(stack.index() - 1) == "Add metric"
    fields = panel.fields[metric.id]
    type_into(qtbot, fields["name"], "Conversion rate")
    type_into(qtbot, fields["value"], "12,5")
    type_into(qtbot, fields["unit"], "%")
    type_into(qtbot, fields["target"], "20")
    metric = doc.get("metrics", metric.id)
    assert (metric.name, metric.value, metric.unit, metric.target) == ("Conversion rate", 12.5, "%", 20)
    assert stack.text(stack.index() - 1) == "Edit metric"
    # the stage header on the canvas shows the stage's first metric
    assert window.scene.items_by_id[stage.id].subtitle == "Conversion rate 12.5% / target 20%"
    # not a number: nothing changes and the stored value comes back
    steps = stack.index()
    type_into(qtbot, fields["value"], "lots")
    assert doc.get("metrics", metric.id).value == 12.5 and stack.index() == steps
    assert fields["value"].text() == "12.5"
    # an empty value means "not measured yet"
    type_into(qtbot, fields["target"], "")
    assert doc.get("metrics", metric.id).target is None
    qtbot.mouseClick(panel.remove_buttons[metric.id], Qt.LeftButton)
    assert doc.get("metrics", metric.id) is None
    qtbot.waitUntil(lambda: metric.id not in panel.fields)
    stack.undo()
    assert doc.get("metrics", metric.id).name == "Conversion rate"
    assert metric.id in window.inspector.metrics.fields
    while stack.canUndo():
        stack.undo()
    assert dumps(doc) == before


def test_the_metrics_of_another_stage_are_not_shown(qtbot, window):
    doc = window.document
    first, second = doc.stages[0], doc.stages[2]
    window.editor.add_metric(first.id, "Bounce rate", value=40, unit="%")
    window.editor.add_metric(first.id, "Time on page", value=2.5, unit="min", target=3)
    assert window.scene.items_by_id[first.id].subtitle == "Bounce rate 40% · Time on page 2.5 min / target 3 min"
    click_stage_header(qtbot, window, second.id)
    shown = window.inspector.metrics.shown
    assert all(doc.get("metrics", m).stage == second.id for m in shown)
    click_stage_header(qtbot, window, first.id)
    assert window.inspector.metrics.shown == [m.id for m in doc.metrics[-2:]]


@pytest.mark.parametrize("text, expected", [("42", (True, 42)), ("-3", (True, -3)), ("12,5", (True, 12.5)),
                                            ("1 450", (True, 1450)), ("", (True, None)), ("abc", (False, None)),
                                            ("inf", (False, None)), ("0.25", (True, 0.25))])
def test_numbers_typed_in_the_metric_fields(text, expected):
    ok, value = parse_number(text)
    assert (ok, value) == expected and type(value) is type(expected[1])
