"""The workshop timer: F6 starts and pauses, Shift+F6 resets, Ctrl+F6 sets the minutes; shown in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from gui_support import open_window
from jmap.gui.app.timer import clock_text
from jmap.io import dumps


class Clock:
    """A clock the test moves by hand (no waiting)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _window(qtbot):
    win = open_window(qtbot)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # F6 is a window shortcut: it needs the active window
    return win


def test_clock_text_counts_down_and_past_zero():
    assert [clock_text(s) for s in (300, 59.2, 0.4, 0, -0.2, -61)] == ["5:00", "0:59", "0:00", "0:00", "−0:01",
                                                                       "−1:01"]


def test_f6_starts_and_pauses_shift_f6_resets_and_the_status_bar_shows_it(qtbot):
    win = _window(qtbot)
    clock = Clock()
    timer = win.workshop.timer
    timer.clock = clock
    label = win.workshop.timer_label
    before = dumps(win.document)
    qtbot.keyClick(win.view, Qt.Key_F6)
    assert timer.running
    clock.now += 65
    timer.tick()
    assert label.text().endswith("3:55")
    qtbot.keyClick(win.view, Qt.Key_F6)  # pause
    clock.now += 100
    timer.tick()
    assert not timer.running and label.text().endswith("3:55")
    qtbot.keyClick(win.view, Qt.Key_F6)  # go on
    clock.now += 300
    timer.tick()
    assert timer.remaining() < 0 and label.text().endswith("−1:05") and "#D55E00" in label.styleSheet()
    qtbot.keyClick(win.view, Qt.Key_F6, Qt.ShiftModifier)
    assert not timer.running and label.text().endswith("5:00")
    assert dumps(win.document) == before  # the timer is not part of the map


def test_ctrl_f6_asks_for_the_minutes(qtbot, answers):
    win = _window(qtbot)

    def type_minutes(dialog: QInputDialog) -> None:
        dialog.setIntValue(12)
        dialog.accept()

    answers.push(type_minutes)
    qtbot.keyClick(win.view, Qt.Key_F6, Qt.ControlModifier)
    qtbot.waitUntil(lambda: win.workshop.timer.duration == 12 * 60)
    assert win.workshop.timer_label.text().endswith("12:00")
