"""Shared helpers for the file tests: a window factory, a dialog answerer, sample maps (no tests here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMessageBox,
    QProgressDialog,
)

import jmap.io as jio
from jmap.core.document import Document
from jmap.core.model import Lane, MapMeta, Stage


def window_class():
    """The editor's real MainWindow (the file tests always run against it)."""
    from jmap.gui.app.main_window import MainWindow

    return MainWindow


class Answers:
    """Answers modal dialogs like a user: press the button named by the next answer in the queue.

    An answer is a button objectName (our message boxes name their buttons) or a callable that
    gets the dialog. A dialog that appears with no answer queued is recorded and rejected, so a
    test can never hang on an unexpected question.
    """

    def __init__(self) -> None:
        self.queue: list = []
        self.seen: list[str] = []
        self.unexpected: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def push(self, *answers) -> Answers:
        self.queue.extend(answers)
        return self

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or isinstance(dialog, QProgressDialog):
            return  # progress is shown, not asked
        text = dialog.text() + " " + dialog.informativeText() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
        if not self.queue:
            self.unexpected.append(text)
            dialog.reject()
            return
        answer = self.queue.pop(0)
        self.seen.append(text)
        if callable(answer):
            answer(dialog)
            return
        button = dialog.findChild(QAbstractButton, answer)
        assert button is not None, f"no button {answer!r} in dialog {text!r}"
        button.click()

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def answers():
    a = Answers()
    yield a
    a.stop()
    assert a.queue == [], f"answers never asked for: {a.queue}"
    assert a.unexpected == [], f"dialogs nobody expected: {a.unexpected}"


@pytest.fixture
def manager(qtbot):
    from jmap.gui.app.windows import WindowManager

    cls = window_class()

    made = []

    def factory(doc, path):
        window = cls(doc, path)
        made.append(window)  # closed here, not by qtbot, whose close would ask about unsaved work
        return window

    mgr = WindowManager(window_factory=factory)
    yield mgr
    for controller in list(mgr.controllers):  # leave nothing locked or prompting at teardown
        controller.window.close_guard = None
        controller.shutdown()
    for window in made:
        if not shiboken6.isValid(window):
            continue  # closed during the test and freed by the manager
        window.close_guard = None
        # Editor connects a lambda to its stack; a stack destroyed full would call it on a dead editor.
        window.editor.undo_stack.clear()
        window.close()
        window.deleteLater()


def sample_document(title: str = "Sample map") -> Document:
    doc = Document(MapMeta(title=title, description="A map for the file tests"))
    doc.insert("stages", -1, Stage(id="stage-1", name="Discover"))
    doc.insert("stages", -1, Stage(id="stage-2", name="Buy"))
    doc.insert("lanes", -1, Lane(id="lane-1", kind="touchpoints", title="Touchpoints"))
    return doc


def write_sample(path: Path, title: str = "Sample map") -> Path:
    jio.save(sample_document(title), path)
    return path


def stage_names(window) -> list[str]:
    return [s.name for s in window.editor.document.stages]


def dead_pid() -> int:
    """The pid of a process that has just finished (a crashed editor on this machine)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid
