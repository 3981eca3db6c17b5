"""Review findings in the editor: picture files that are FIFOs or devices, a pasted lone surrogate."""

from __future__ import annotations

import os
import threading

import pytest
from gui_support import open_window
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from jmap.gui.canvas.pictures import picture_from_file
from jmap.io import dumps, load, save
from jmap.io.pictures import PictureError


def _window(qtbot):
    window = open_window(qtbot, actual_size=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _in_thread(fn, timeout: float = 10.0):
    """Run ``fn`` in a thread; a call that hangs (or reads forever) fails the test instead."""
    box: dict = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "the call hung"
    if "error" in box:
        raise box["error"]
    return box.get("value")


def _fifo(tmp_path):
    path = tmp_path / "pipe.png"
    os.mkfifo(path)
    return path


def _zero(tmp_path):
    path = tmp_path / "zero.png"
    path.symlink_to("/dev/zero")
    return path


@pytest.mark.parametrize("make", [_fifo, _zero], ids=["fifo", "symlink-to-dev-zero"])
def test_a_picture_file_that_is_not_a_regular_file_is_refused_without_reading_it(tmp_path, make):
    path = make(tmp_path)
    with pytest.raises(PictureError) as err:
        _in_thread(lambda: picture_from_file(path))
    assert "pipe.png" in str(err.value) or "zero.png" in str(err.value)
    assert "not a regular file" in str(err.value)


def test_a_picture_file_larger_than_the_insert_limit_is_refused_before_reading(tmp_path, monkeypatch):
    import jmap.io.pictures as pictures_io

    path = tmp_path / "big.png"
    Image.new("RGB", (300, 200), "#009E73").save(path, "PNG")
    monkeypatch.setattr(pictures_io, "MAX_INSERT_BYTES", 100)
    with pytest.raises(PictureError) as err:
        picture_from_file(path)
    assert "big.png" in str(err.value) and "too large" in str(err.value)


def test_dropping_a_link_to_a_device_on_a_card_is_refused_with_a_message(qtbot, tmp_path):
    window = _window(qtbot)
    doc = window.document
    before = dumps(doc)
    rect = window.scene.layout.cards[doc.touchpoints[0].id]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_zero(tmp_path)))])
    point = window.view.mapFromScene(rect.cx, rect.cy)
    viewport = window.view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point.x(), point.y()), Qt.CopyAction, mime,
                                                Qt.LeftButton, Qt.NoModifier))
    message = window.statusBar().currentMessage()
    assert "Picture not inserted" in message and "zero.png" in message and "not a regular file" in message, message
    assert dumps(doc) == before and window.editor.undo_stack.count() == 0


def test_the_dialog_refuses_a_fifo_with_a_message(qtbot, tmp_path, monkeypatch):
    window = _window(qtbot)
    doc = window.document
    before = dumps(doc)
    path = _fifo(tmp_path)
    # A writer that opens and closes the pipe whenever a reader has it open: an editor that
    # waited for a writer gets an empty read (and fails below) instead of hanging the tests.
    # It polls without blocking, so it can never wait for a reader that came and went.
    done = threading.Event()

    def writer_loop():
        while not done.is_set():
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:  # ENXIO: no reader has the pipe open
                pass
            done.wait(0.005)

    writer = threading.Thread(target=writer_loop, daemon=True)
    writer.start()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    cell = window.scene.layout.cell(0, 0)
    point = window.view.mapFromScene(cell.cx, cell.bottom - 6)
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=QPoint(point.x(), point.y()))
    window.insert_picture_action.trigger()
    done.set()
    writer.join(5)
    assert not writer.is_alive()
    message = window.statusBar().currentMessage()
    assert "Picture not inserted" in message and "pipe.png" in message and "not a regular file" in message, message
    assert dumps(doc) == before


def test_a_pasted_lone_surrogate_pastes_nothing_and_the_map_still_saves(qtbot, tmp_path):
    """Qt's clipboard drops a lone surrogate typed into the text (QString from str), so one reaches
    the editor as a JSON escape; parse_untrusted with the character itself: tests/test_review_fixes_io.py."""
    window = _window(qtbot)
    doc = window.document
    before = dumps(doc)
    QApplication.clipboard().setText('{"jmap-fragment":1,"notes":[{"text":"a\\ud800"}]}')
    assert "\\ud800" in QApplication.clipboard().text()
    cell = window.scene.layout.cell(window.document.lane_index()["lane-1"], window.document.stage_index()["stage-4"])
    point = window.view.mapFromScene(cell.cx, cell.bottom - 12)
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=QPoint(point.x(), point.y()))
    qtbot.keyClick(window.view.viewport(), Qt.Key_V, Qt.ControlModifier)
    assert dumps(doc) == before
    assert window.editor.undo_stack.count() == 0 and not window.isWindowModified()
    message = window.statusBar().currentMessage()
    assert "Nothing pasted" in message and "surrogate" in message and "$.notes[0].text" in message, message
    save(doc, tmp_path / "after.jmap")
    assert dumps(load(tmp_path / "after.jmap").document) == before
