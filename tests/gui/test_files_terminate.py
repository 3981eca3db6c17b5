"""Ending jmap without a user (SIGTERM at logout, Ctrl+C): unsaved work goes to recovery, locks are freed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from files_support import write_sample
from PySide6.QtWidgets import QApplication

from jmap.io.lock import lock_path
from jmap.io.recovery import RecoveryArea


def test_sigterm_ends_a_real_editor_cleanly_and_releases_its_lock(tmp_path):
    path = write_sample(tmp_path / "shared.jmap")
    before = path.read_bytes()
    proc = subprocess.Popen([sys.executable, "-m", "jmap", str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        deadline = time.monotonic() + 60
        while not lock_path(path).exists():  # the editor has the map open once its lock is there
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the editor never opened the map"
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
        proc.wait()
    assert not lock_path(path).exists()
    assert path.read_bytes() == before  # nothing was saved over the shared file


def test_terminate_keeps_unsaved_work_for_recovery_without_asking(manager, answers, tmp_path, monkeypatch):
    path = write_sample(tmp_path / "shared.jmap")
    window = manager.open_path(path)
    assert lock_path(path).exists()
    window.editor.add_stage(name="Typed before logout")
    exits = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    manager.terminate()
    assert exits == [0] and answers.unexpected == []  # no dialog was shown
    assert not lock_path(path).exists()
    entries = RecoveryArea().entries()
    assert len(entries) == 1 and entries[0].original == str(path)
    recovered = RecoveryArea().load(entries[0]).document
    assert "Typed before logout" in [s.name for s in recovered.stages]
    assert path.read_bytes() == write_sample(tmp_path / "again.jmap").read_bytes()  # the file is untouched
