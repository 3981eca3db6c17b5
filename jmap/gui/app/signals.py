"""SIGTERM and SIGINT end the editor through its window manager, in any event loop, modal dialogs too."""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT") if hasattr(signal, name))


class SignalEnd(QObject):
    """Turns SIGTERM/SIGINT into ``manager.terminate()`` (autosave, locks freed, dialogs closed, exit).

    Python runs a signal handler only when the interpreter gets control, and a modal dialog's
    ``exec()`` waits in Qt's C++ event loop. So the C-level handler writes the signal number
    to a socket (``signal.set_wakeup_fd``); a QSocketNotifier on the other end wakes whatever
    event loop is running, the main one or a dialog's, and ends jmap from there: at a point
    where Qt waits, never half-way through a save. Until ``manager`` is set (very early in
    start-up) the application just exits.
    """

    def __init__(self, app) -> None:
        super().__init__(app)
        self.app = app
        self.manager = None
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for signum in ENDING_SIGNALS:
            signal.signal(signum, self._python_handler)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    @staticmethod
    def _python_handler(_signum, _frame) -> None:
        """Runs at any bytecode, possibly mid-save: it does nothing; the wake-up socket acts."""

    def _woken(self, *_args) -> None:
        try:
            data = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        ending = [n for n in data if n in ENDING_SIGNALS]
        if not ending:
            return
        self.received += ending
        self.end()

    def end(self) -> None:
        """End now: through the manager when it exists, else just leave every event loop."""
        if self.manager is not None:
            self.manager.terminate()
        else:
            close_modal_dialogs()
            self.app.exit(0)


def close_modal_dialogs() -> None:
    """Reject every modal dialog on screen (innermost first), so each waiting ``exec()`` returns."""
    for _ in range(32):  # a dialog that refuses to close must not keep us here
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if hasattr(dialog, "reject"):
            dialog.reject()
        else:
            dialog.close()
