"""The inspector at 1366×768 (a common laptop): a stage's metric rows keep their size and a new one shows."""

from __future__ import annotations

from gui_support import open_window
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtWidgets import QScrollArea

from jmap.io import load
from jmap.io.templates import example_paths


def _laptop_window(qtbot):
    path = next(p for p in example_paths() if p.name == "laptop-shop.jmap")
    return open_window(qtbot, (1366, 768), doc=load(path).document)


def _in_view(scroll: QScrollArea, widget) -> bool:
    rect = QRect(widget.mapTo(scroll.viewport(), QPoint(0, 0)), widget.size())
    return scroll.viewport().rect().contains(rect)


def test_adding_a_metric_on_a_laptop_screen_shows_whole_rows_and_saves_the_numbers(qtbot):
    win = _laptop_window(qtbot)
    doc = win.document
    stage = next(s for s in doc.stages if len([m for m in doc.metrics if m.stage == s.id]) >= 2)
    header = win.scene.items_by_id[stage.id]
    win.view.centerOn(header.sceneBoundingRect().center())
    qtbot.mouseClick(win.view.viewport(), Qt.LeftButton,
                     pos=win.view.mapFromScene(header.sceneBoundingRect().center() + QPointF(0, 8)))
    assert win.inspector.target == ("stages", stage.id)
    scroll = win.inspector.findChild(QScrollArea)
    # the dock is short: the form scrolls (once shown, after the events of the click)
    qtbot.waitUntil(lambda: scroll.viewport().height() < scroll.widget().height())
    panel = win.inspector.metrics
    qtbot.mouseClick(panel.add_button, Qt.LeftButton)
    new_id = panel.shown[-1]
    fields = panel.fields[new_id]
    assert all(_in_view(scroll, edit) for edit in fields.values())  # the new row is scrolled into view
    frames = [panel.fields[m]["name"].parentWidget() for m in panel.shown]
    for edits in panel.fields.values():  # no row squeezed: every field keeps its height
        assert all(e.height() >= e.sizeHint().height() for e in edits.values())
    for i, frame in enumerate(frames):
        assert not any(frame.geometry().intersects(other.geometry()) for other in frames[i + 1:])
    shown_edits = [e for e in panel.findChildren(type(fields["name"])) if e.isVisible()]
    assert len(shown_edits) == 4 * len(frames)  # the rows before the rebuild are not drawn under the new ones
    value = fields["value"]
    assert value.fontMetrics().horizontalAdvance("1450000") < value.width() - 6
    qtbot.keyClicks(fields["name"], "Return rate")
    for name, text in (("value", "1450000"), ("unit", "EUR"), ("target", "2000000")):
        qtbot.keyClick(win.focusWidget(), Qt.Key_Tab)
        assert win.focusWidget() is fields[name]
        qtbot.keyClicks(fields[name], text)
    qtbot.keyClick(fields["target"], Qt.Key_Return)
    metric = doc.get("metrics", new_id)
    assert (metric.name, metric.value, metric.unit, metric.target) == ("Return rate", 1450000, "EUR", 2000000)
