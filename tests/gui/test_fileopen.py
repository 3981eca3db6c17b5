"""Maps opened from Finder arrive as QFileOpenEvent and open in a new window of the running editor."""

from __future__ import annotations

from files_support import write_sample
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from jmap.gui.app.instance import claim


def test_a_file_open_event_opens_the_map_in_a_new_window(qtbot, manager, tmp_path):
    app = QApplication.instance()
    opener = claim(app, [])
    try:
        opener.attach(manager)
        first = manager.open_path(write_sample(tmp_path / "first.jmap", "First"))
        path = write_sample(tmp_path / "from finder.jmap", "From Finder")
        event = QFileOpenEvent(QUrl.fromLocalFile(str(path)))
        assert QApplication.sendEvent(app, event)  # taken by jmap
        qtbot.waitUntil(lambda: manager.find(path) is not None, timeout=10000)
        window = manager.find(path).window
        assert window is not first and window.isVisible()
        assert window.editor.document.meta.title == "From Finder"
        assert [w.editor.document.meta.title for w in manager.windows] == ["First", "From Finder"]
    finally:
        opener.close()


def test_a_file_open_event_before_the_first_window_is_kept_until_jmap_is_ready(qtbot, manager, tmp_path):
    """macOS sends the map that started jmap as an event, possibly before any window exists."""
    app = QApplication.instance()
    opener = claim(app, [])
    try:
        path = write_sample(tmp_path / "started jmap.jmap", "Started jmap")
        QApplication.sendEvent(app, QFileOpenEvent(str(path)))
        qtbot.waitUntil(lambda: opener.pending != [], timeout=5000)
        assert manager.windows == []
        opener.attach(manager)
        assert manager.find(path) is not None and opener.pending == []
        assert manager.find(path).window.editor.document.meta.title == "Started jmap"
    finally:
        opener.close()


def test_a_file_open_event_without_a_file_is_left_alone(qtbot, manager):
    app = QApplication.instance()
    opener = claim(app, [])
    try:
        opener.attach(manager)
        assert opener.event_filter.eventFilter(app, QFileOpenEvent("")) is False
        qtbot.wait(20)
        assert manager.windows == [] and opener.pending == []
    finally:
        opener.close()
