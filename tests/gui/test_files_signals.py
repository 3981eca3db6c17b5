"""SIGTERM and SIGINT end a real editor at once while a start-up dialog waits for an answer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

import pytest
from files_support import write_sample

from jmap.io.lock import lock_path

# The real entry point (`python -m jmap ARGS`), with an observer that says when a dialog is shown.
# It runs Python only when a widget gets an event, so it gives signal handlers no extra chances.
CHILD = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

app = QApplication(sys.argv[:1])


class Observer(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog):
            said = f" | {obj.informativeText()}" if isinstance(obj, QMessageBox) else ""
            print("DIALOG", type(obj).__name__, obj.windowTitle() + said, flush=True)
        return False


observer = Observer()
app.installEventFilter(observer)
from jmap.__main__ import main

sys.exit(main(sys.argv[1:]))
"""


def signal_at_dialog(args, signum, dialogs_before=1):
    """Start the editor, wait for its first start-up dialog, send ``signum``; (exit status, dialogs seen)."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    guard = threading.Timer(120, proc.kill)  # a child that never shows a dialog must not hang the suite
    guard.start()
    try:
        seen = [proc.stdout.readline().strip() for _ in range(dialogs_before)]
        assert all(line.startswith("DIALOG") for line in seen), (seen, proc.stderr.read() if proc.poll() is not None else "")
        proc.send_signal(signum)
        try:
            status = proc.wait(timeout=10)  # "at once": a hang is a failure, not a slow pass
        except subprocess.TimeoutExpired:
            pytest.fail(f"the editor kept running {seen[-1]!r} after signal {signum}")
        seen += [line.strip() for line in proc.stdout.read().splitlines()]
        return status, seen
    finally:
        guard.cancel()
        proc.kill()
        proc.wait()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_signal_ends_the_editor_while_the_gallery_is_up(signum):
    status, seen = signal_at_dialog([], signum)
    assert status == 0
    assert seen == ["DIALOG GalleryDialog New Map"]


def test_sigterm_ends_the_editor_while_a_missing_file_is_explained(tmp_path):
    status, seen = signal_at_dialog([tmp_path / "gone.jmap"], signal.SIGTERM)
    assert status == 0
    assert seen == [f"DIALOG QMessageBox Cannot open map | {tmp_path / 'gone.jmap'}: no such file"]  # no gallery after


def test_sigterm_during_start_up_frees_the_maps_already_open(tmp_path):
    shared = write_sample(tmp_path / "shared.jmap")
    before = shared.read_bytes()
    status, seen = signal_at_dialog([shared, tmp_path / "gone.jmap"], signal.SIGTERM)
    assert status == 0 and [line.split(" | ")[0] for line in seen] == ["DIALOG QMessageBox Cannot open map"]
    assert not lock_path(shared).exists()
    assert shared.read_bytes() == before


def test_jmap_on_a_pipe_explains_it_instead_of_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "pipe.jmap"
    os.mkfifo(pipe)  # nobody ever writes: an editor that opened it to read would never show a window
    status, seen = signal_at_dialog([pipe], signal.SIGTERM)
    assert status == 0
    assert seen == [f"DIALOG QMessageBox Cannot open map | {pipe}: not a regular file"]
