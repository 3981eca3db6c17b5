"""The workshop timer: a count-down for time-boxed steps, started, paused and reset from the keyboard."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from jmap.gui import tr

DEFAULT_MINUTES = 5
MAX_MINUTES = 180


def clock_text(seconds: float) -> str:
    """Remaining time as m:ss (or −m:ss once the time is up)."""
    whole = int(seconds) if seconds >= 0 else -int(-seconds + 0.999)
    sign = "−" if whole < 0 else ""
    whole = abs(whole)
    return f"{sign}{whole // 60}:{whole % 60:02d}"


class WorkshopTimer(QObject):
    """A count-down of ``duration`` seconds. ``clock`` gives the time in seconds (tests replace it).

    It keeps counting past zero (shown as −0:12, "overdue") so the facilitator sees by how
    much a step ran over.
    """

    #: (text such as "4:59", running, overdue) whenever what the timer shows changes
    changed = Signal(str, bool, bool)

    def __init__(self, parent: QObject | None = None, now: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.clock = now
        self.duration = DEFAULT_MINUTES * 60.0
        self._spent = 0.0  # seconds counted before the current run
        self._started: float | None = None
        self._shown: tuple | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self.tick)

    # ------------------------------------------------------------- state
    @property
    def running(self) -> bool:
        return self._started is not None

    def elapsed(self) -> float:
        return self._spent + (self.clock() - self._started if self._started is not None else 0.0)

    def remaining(self) -> float:
        return self.duration - self.elapsed()

    def text(self) -> str:
        return clock_text(self.remaining())

    # ----------------------------------------------------------- control
    def start(self) -> None:
        if self._started is None:
            self._started = self.clock()
            self._ticker.start()
            self.tick()

    def pause(self) -> None:
        if self._started is not None:
            self._spent = self.elapsed()
            self._started = None
            self._ticker.stop()
            self.tick()

    def toggle(self) -> None:
        """Start, or pause a running timer (F6)."""
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        """Back to the full duration, stopped (Shift+F6)."""
        self._started = None
        self._spent = 0.0
        self._ticker.stop()
        self.tick()

    def set_minutes(self, minutes: int) -> None:
        """A new duration (1…180 minutes); the timer is reset."""
        self.duration = max(1, min(MAX_MINUTES, int(minutes))) * 60.0
        self.reset()

    def tick(self) -> None:
        shown = (self.text(), self.running, self.remaining() < 0)
        if shown != self._shown:
            self._shown = shown
            self.changed.emit(*shown)


class TimerLabel(QLabel):
    """The timer in the window's status bar: m:ss, bold while running, red when time is up."""

    def __init__(self, timer: WorkshopTimer, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop-timer")
        self.setAlignment(Qt.AlignCenter)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("−00:00") + 48)
        self.setToolTip(tr("Workshop timer: F6 starts or pauses, Shift+F6 resets, Ctrl+F6 sets the minutes"))
        timer.changed.connect(self.show_time)
        self.show_time(timer.text(), timer.running, timer.remaining() < 0)

    def show_time(self, text: str, running: bool, overdue: bool) -> None:
        colour = "#D55E00" if overdue else ("#1F2933" if running else "#52606D")
        weight = "bold" if running or overdue else "normal"
        self.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: {weight}; padding: 0 8px; }}")
        self.setText(tr("Timer") + (" ▶ " if running else " ‖ ") + text)  # glyphs every font has
