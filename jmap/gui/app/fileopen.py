"""Maps handed to the running editor from outside (Finder's QFileOpenEvent, another jmap) open in new windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer


class Opener(QObject):
    """Opens handed-over maps through the window manager; keeps them until the manager exists.

    On macOS a map double-clicked in Finder arrives as a ``QFileOpenEvent`` (even the one
    that started jmap, which may come before the first window); another ``jmap FILE``
    process hands its files over a local socket (:mod:`jmap.gui.app.instance`).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.manager = None
        self.pending: list[Path] = []
        self.server = None  # the single-instance server, kept alive with the opener
        self.event_filter = None

    def attach(self, manager) -> None:
        """From now on open maps in ``manager``; those handed over before open now."""
        self.manager = manager
        pending, self.pending = self.pending, []
        if pending:
            self.open(pending)

    def close(self) -> None:
        """Stop taking maps: close the server (its socket goes) and stop watching file-open events."""
        if self.server is not None:
            self.server.close()
        app = QCoreApplication.instance()
        if self.event_filter is not None and app is not None:
            app.removeEventFilter(self.event_filter)

    def open(self, paths) -> list:
        """Open each map in its own window (an open one is raised); no paths: a new map from the gallery."""
        paths = [Path(p) for p in paths]
        if self.manager is None:
            self.pending.extend(paths)
            return []
        if not paths:
            window = self.manager.new_from_gallery()
            windows = [window] if window is not None else []
        else:
            windows = self.manager.open_paths(paths)
        for window in windows:
            window.raise_()
            window.activateWindow()
        return windows


class FileOpenFilter(QObject):
    """Turns the application's ``QFileOpenEvent`` (macOS: a file opened from Finder) into an opened map."""

    def __init__(self, opener: Opener, parent=None) -> None:
        super().__init__(parent)
        self.opener = opener

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen:
            name = event.file() or event.url().toLocalFile()
            if name:
                # after the event is handled: opening may show a dialog (a bad file, a lock)
                QTimer.singleShot(0, self.opener, lambda: self.opener.open([name]))
                return True
        return False


def install(app, opener: Opener) -> FileOpenFilter:
    """Watch ``app`` for file-open events and hand their files to ``opener``."""
    event_filter = FileOpenFilter(opener, app)
    app.installEventFilter(event_filter)
    opener.event_filter = event_filter
    return event_filter
