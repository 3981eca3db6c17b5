"""Paths that are no map at all (a device, a pipe, a link loop): refused with one message, never read."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from files_support import stage_names, write_sample
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from jmap.io.recovery import RecoveryArea


class Fifo:
    """A named pipe at ``path`` whose write end is held open by a thread.

    If the editor opened the pipe to read it would wait for a writer; the thread is that
    writer, so a regression ends in a wrong message instead of hanging the suite.
    """

    def __init__(self, path) -> None:
        self.path = path
        os.mkfifo(path)
        self.thread = threading.Thread(target=self._write, daemon=True)
        self.thread.start()

    def _write(self) -> None:
        try:
            os.close(os.open(self.path, os.O_WRONLY))  # waits until someone opens the pipe to read
        except OSError:
            pass

    def close(self) -> None:
        if self.thread.is_alive():  # nobody read it: be that reader, so the writer ends too
            fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
            self.thread.join(10)
            os.close(fd)


@pytest.fixture
def fifo(tmp_path):
    pipe = Fifo(tmp_path / "pipe.jmap")
    yield pipe.path
    pipe.close()


def link_to_dev_zero(path):
    os.symlink("/dev/zero", path)
    return path


def link_loop(folder):
    os.symlink(folder / "loop-b.jmap", folder / "loop-a.jmap")
    os.symlink(folder / "loop-a.jmap", folder / "loop-b.jmap")
    return folder / "loop-a.jmap"


# ------------------------------------------------------------------ open
def test_a_link_to_dev_zero_is_refused_without_reading_it(manager, answers, tmp_path):
    answers.push("ok")
    assert manager.open_path(link_to_dev_zero(tmp_path / "zero.jmap")) is None
    assert "zero.jmap" in answers.seen[0] and "not a regular file" in answers.seen[0]
    assert manager.windows == []


def test_a_pipe_is_refused_without_waiting_for_a_writer(manager, answers, fifo):
    answers.push("ok")
    assert manager.open_path(fifo) is None
    assert "pipe.jmap" in answers.seen[0] and "not a regular file" in answers.seen[0]
    assert manager.windows == []


def test_a_link_loop_is_refused_with_a_message(manager, answers, tmp_path):
    manager.settings.add_recent(write_sample(tmp_path / "other.jmap"))
    answers.push("ok")
    assert manager.open_path(link_loop(tmp_path)) is None
    assert "loop-a.jmap" in answers.seen[0] and "symbolic links" in answers.seen[0]
    assert manager.windows == []


def test_start_up_with_a_device_and_a_map_opens_the_map(manager, answers, tmp_path, fifo):
    good = write_sample(tmp_path / "good.jmap")
    answers.push("ok", "ok")
    windows = manager.startup([link_to_dev_zero(tmp_path / "zero.jmap"), fifo, good])
    assert [manager.controller_of(w).path for w in windows] == [good]
    assert "zero.jmap" in answers.seen[0] and "pipe.jmap" in answers.seen[1]


def drop_files(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    QApplication.sendEvent(widget, QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime,
                                                   Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(widget, QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))


def test_dropped_device_pipe_and_link_loop_are_each_explained(manager, answers, tmp_path, fifo, qtbot):
    window = manager.open_path(write_sample(tmp_path / "first.jmap"))
    answers.push("ok", "ok", "ok")
    drop_files(window, [link_to_dev_zero(tmp_path / "zero.jmap"), fifo, link_loop(tmp_path)])
    qtbot.waitUntil(lambda: len(answers.seen) == 3, timeout=10000)
    assert ["zero.jmap" in answers.seen[0], "pipe.jmap" in answers.seen[1], "loop-a.jmap" in answers.seen[2]] == [
        True, True, True]
    assert manager.windows == [window]


# ------------------------------------------------------------------ an open map whose file is replaced
def replace_with(path, make) -> None:
    """Someone replaces the open map's file by something else, in one rename."""
    other = path.with_name("incoming.jmap")
    make(other)
    os.replace(other, path)


def test_revert_to_a_file_that_became_a_device_keeps_the_map(manager, answers, tmp_path):
    path = write_sample(tmp_path / "map.jmap")
    window = manager.open_path(path)
    ctrl = manager.controller_of(window)
    ctrl.watcher.removePaths(ctrl.watcher.files())  # this test is about Revert, not the watcher
    window.editor.add_stage(name="Mine")
    replace_with(path, link_to_dev_zero)
    answers.push("discard", "ok")
    assert not ctrl.revert()
    assert "map.jmap" in answers.seen[1] and "not a regular file" in answers.seen[1], answers.seen
    assert stage_names(window) == ["Discover", "Buy", "Mine"] and ctrl.is_unsaved()


def test_revert_to_a_file_that_became_a_pipe_keeps_the_map(manager, answers, tmp_path):
    path = write_sample(tmp_path / "map.jmap")
    window = manager.open_path(path)
    ctrl = manager.controller_of(window)
    ctrl.watcher.removePaths(ctrl.watcher.files())
    window.editor.add_stage(name="Mine")
    path.unlink()
    pipe = Fifo(path)
    try:
        answers.push("discard", "ok")
        assert not ctrl.revert()
        assert "not a regular file" in answers.seen[1], answers.seen
    finally:
        pipe.close()
    assert stage_names(window) == ["Discover", "Buy", "Mine"] and ctrl.is_unsaved()


def test_save_over_a_file_that_became_a_device_says_why(manager, answers, tmp_path):
    path = write_sample(tmp_path / "map.jmap")
    window = manager.open_path(path)
    ctrl = manager.controller_of(window)
    ctrl.watcher.removePaths(ctrl.watcher.files())
    window.editor.add_stage(name="Mine")
    replace_with(path, link_to_dev_zero)
    answers.push("ok")
    assert not ctrl.save()
    assert "not a regular file" in answers.seen[0] and ctrl.is_unsaved()


def test_a_change_on_disk_to_a_pipe_or_device_is_not_read(manager, answers, tmp_path, qtbot):
    path = write_sample(tmp_path / "map.jmap")
    window = manager.open_path(path)
    ctrl = manager.controller_of(window)
    window.editor.add_stage(name="Mine")
    with qtbot.waitSignal(ctrl.watcher.fileChanged, timeout=10000):
        replace_with(path, link_to_dev_zero)
    QApplication.processEvents()
    assert answers.seen == [] and not ctrl.external_pending
    assert "Mine" in ctrl.compare_with_disk().text  # the disk side is shown empty, not read
    path.unlink()
    pipe = Fifo(path)
    try:
        ctrl._on_file_changed(str(path))
        QApplication.processEvents()
        assert answers.seen == [] and "Mine" in ctrl.compare_with_disk().text
    finally:
        pipe.close()
    assert stage_names(window) == ["Discover", "Buy", "Mine"]


# ------------------------------------------------------------------ recovery
def test_recovered_map_whose_file_became_a_device_opens_untitled(manager, answers, tmp_path):
    original = tmp_path / "workshop.jmap"
    code = ("import sys; from jmap.io.recovery import RecoveryArea; from jmap.core.document import Document; "
            "from jmap.core.model import MapMeta; RecoveryArea().write(Document(MapMeta(title='Workshop')), 1, sys.argv[1])")
    subprocess.run([sys.executable, "-c", code, str(original)], check=True)  # an editor that is gone now
    link_to_dev_zero(original)
    answers.push("recover", "ok")
    [window] = manager.check_recovery()
    assert "workshop.jmap" in answers.seen[1] and "not a regular file" in answers.seen[1]
    ctrl = manager.controller_of(window)
    assert ctrl.path is None and ctrl.is_unsaved() and window.editor.document.meta.title == "Workshop"
    assert ctrl.display_name() == "workshop"  # Save As suggests the old name
    assert RecoveryArea().orphans() == []
