"""Autosave and recovery: a real editor process is killed, and the next start offers its work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

from files_support import stage_names, write_sample

import jmap.io as jio
from jmap.gui.app.settings import Settings
from jmap.io.lock import host_name, lock_path, read_lock
from jmap.io.recovery import RecoveryArea

CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from jmap.gui.app.windows import WindowManager

manager = WindowManager()
window = manager.open_path(sys.argv[1])
window.editor.add_stage(name="Typed before the crash")
controller = manager.controller_of(window)


def report():
    if controller.recovery.entries():
        print("AUTOSAVED", flush=True)
    else:
        QTimer.singleShot(20, report)


QTimer.singleShot(20, report)
app.exec()
"""


def run_and_kill_editor(path) -> int:
    """Start a real jmap editor on ``path``, edit, wait for its autosave, then SIGKILL it."""
    Settings().autosave_seconds = 1
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    guard = threading.Timer(120, proc.kill)  # a child that never autosaves must not hang the suite
    guard.start()
    try:
        line = proc.stdout.readline()
        assert line.strip() == "AUTOSAVED", proc.stderr.read() if proc.poll() is not None else line
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        guard.cancel()
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return proc.pid


def test_work_of_a_killed_editor_is_offered_and_recovered(manager, answers, tmp_path):
    path = write_sample(tmp_path / "workshop.jmap", "Workshop map")
    before = path.read_bytes()
    pid = run_and_kill_editor(path)

    # The shared file is untouched; the autosave is in the user's data folder, with its index entry.
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".~workshop.jmap.lock", "workshop.jmap"]
    [entry] = RecoveryArea().orphans()
    assert entry.original == str(path) and entry.pid == pid and entry.host == host_name()
    assert read_lock(path).is_stale()

    # Decide later: nothing opens and the entry stays for the next start.
    answers.push("later")
    assert manager.check_recovery() == []
    assert "Workshop map" in answers.seen[0] and entry.local_time() in answers.seen[0]
    assert [e.key for e in RecoveryArea().orphans()] == [entry.key]

    # Recover: the map opens with the unsaved edit, still unsaved, on its original path.
    answers.push("recover")
    [window] = manager.check_recovery()
    assert stage_names(window) == ["Discover", "Buy", "Typed before the crash"]
    ctrl = manager.controller_of(window)
    assert ctrl.is_unsaved() and ctrl.path == path and window.isWindowModified()
    assert read_lock(path).pid == os.getpid()  # the crashed editor's stale lock was taken over
    assert RecoveryArea().orphans() == []
    assert [e.pid for e in RecoveryArea().entries()] == [os.getpid()]  # safe again at once
    assert answers.unexpected == []

    # Saving puts the recovered work in the file and clears the recovery area.
    assert ctrl.save()
    assert "Typed before the crash" in [s.name for s in jio.load(path).document.stages]
    assert RecoveryArea().entries() == []
    answers.push()
    window.close()
    assert not lock_path(path).exists()


def orphan_of_dead_editor(tmp_path, title="Never saved"):
    code = ("import sys; from jmap.io.recovery import RecoveryArea; from jmap.core.document import Document; "
            "from jmap.core.model import MapMeta; RecoveryArea().write(Document(MapMeta(title=sys.argv[1])), 1)")
    subprocess.run([sys.executable, "-c", code, title], check=True)


def test_discard_forgets_the_autosave(manager, answers, tmp_path):
    orphan_of_dead_editor(tmp_path)
    answers.push("discard")
    assert manager.check_recovery() == []
    assert "Never saved" in answers.seen[0]
    assert RecoveryArea().entries() == []


def test_recovered_untitled_map_is_unsaved_and_untitled(manager, answers, tmp_path):
    orphan_of_dead_editor(tmp_path, "Sketch")
    answers.push("recover")
    [window] = manager.check_recovery()
    ctrl = manager.controller_of(window)
    assert ctrl.path is None and ctrl.is_unsaved() and window.editor.document.meta.title == "Sketch"


def test_autosave_runs_on_the_timer_and_only_with_unsaved_work(manager, qtbot, tmp_path):
    Settings().autosave_seconds = 1
    window = manager.open_path(write_sample(tmp_path / "timed.jmap"))
    ctrl = manager.controller_of(window)
    assert not ctrl.autosave_timer.isActive()  # nothing unsaved, nothing to do
    window.editor.add_stage(name="Unsaved")
    assert ctrl.autosave_timer.isActive() and ctrl.autosave_timer.interval() == 1000
    qtbot.waitUntil(lambda: bool(RecoveryArea().entries()), timeout=5000)
    [entry] = RecoveryArea().entries()
    assert "Unsaved" in [s.name for s in RecoveryArea().load(entry).document.stages]
    window.editor.undo_stack.undo()  # back to the saved state: nothing to recover
    assert RecoveryArea().entries() == [] and not ctrl.autosave_timer.isActive()


def test_startup_opens_files_from_the_command_line(manager, answers, tmp_path):
    a = write_sample(tmp_path / "a.jmap", "A")
    b = write_sample(tmp_path / "b.jmap", "B")
    windows = manager.startup([str(a), str(b)])
    assert sorted(w.editor.document.meta.title for w in windows) == ["A", "B"]
    assert answers.seen == [] and answers.unexpected == []


def test_startup_without_files_shows_the_gallery(manager, answers):
    def choose_service_blueprint_in_dutch(dialog):
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("nl"))
        row = next(i for i, e in enumerate(dialog.visible_entries()) if e.name == "service-blueprint")
        dialog.list.setCurrentRow(row)
        dialog.create_button.click()

    answers.push(choose_service_blueprint_in_dutch)
    [window] = manager.startup([])
    doc = window.editor.document
    assert doc.meta.language == "nl" and doc.meta.map_type == "service-blueprint"
    assert manager.controller_of(window).path is None
