"""Outside changes to an open map: only a change of content asks, not a new time stamp."""

from __future__ import annotations

import os

from files_support import stage_names, write_sample
from PySide6.QtWidgets import QApplication

import jmap.io as jio


def rewrite(path, data: bytes) -> None:
    """Another program writes the file in place (as `cp` or a sync tool does): a new time stamp."""
    stat = path.stat()
    path.write_bytes(data)
    os.utime(path, ns=(stat.st_atime_ns + 5_000_000_000, stat.st_mtime_ns + 5_000_000_000))


def test_identical_rewrite_does_not_ask_but_a_real_change_does(manager, answers, tmp_path, qtbot):
    path = write_sample(tmp_path / "synced.jmap")
    same = path.read_bytes()
    window = manager.open_path(path)
    ctrl = manager.controller_of(window)
    window.editor.add_stage(name="Mine")

    with qtbot.waitSignal(ctrl.watcher.fileChanged, timeout=10000):
        rewrite(path, same)
    QApplication.processEvents()
    QApplication.processEvents()
    assert answers.seen == [] and answers.unexpected == [] and not ctrl.external_pending
    assert ctrl.save() and answers.unexpected == []  # nothing new on disk to overwrite: no question either

    doc = jio.load(path).document
    doc.meta.title = "Their title"
    answers.push("cancel")
    with qtbot.waitSignal(ctrl.watcher.fileChanged, timeout=10000):
        rewrite(path, jio.dumps(doc))
    qtbot.waitUntil(lambda: len(answers.seen) == 1, timeout=10000)
    assert "changed on disk" in answers.seen[0]
    assert "Mine" in stage_names(window)


def test_a_rewrite_seen_half_way_does_not_ask(manager, answers, tmp_path, qtbot):
    path = write_sample(tmp_path / "synced.jmap")
    same = path.read_bytes()
    window = manager.open_path(path)
    ctrl = manager.controller_of(window)
    with open(path, "wb") as fh:  # a sync tool rewrites the same map in place, in two writes
        with qtbot.waitSignal(ctrl.watcher.fileChanged, timeout=10000):
            fh.write(same[: len(same) // 2])
            fh.flush()
        QApplication.processEvents()
        QApplication.processEvents()
        with qtbot.waitSignal(ctrl.watcher.fileChanged, timeout=10000):
            fh.write(same[len(same) // 2:])
            fh.flush()
    QApplication.processEvents()
    QApplication.processEvents()
    assert answers.seen == [] and answers.unexpected == [] and not ctrl.external_pending


def test_the_same_map_in_other_bytes_does_not_ask(manager, answers, tmp_path, qtbot):
    path = write_sample(tmp_path / "synced.jmap")
    window = manager.open_path(path)
    ctrl = manager.controller_of(window)
    window.editor.add_stage(name="Mine")
    crlf = path.read_bytes().replace(b"\n", b"\r\n")  # a checkout with Windows line endings
    with qtbot.waitSignal(ctrl.watcher.fileChanged, timeout=10000):
        rewrite(path, crlf)
    QApplication.processEvents()
    QApplication.processEvents()
    assert answers.seen == [] and answers.unexpected == [] and not ctrl.external_pending
    ctrl.watcher.removePaths(ctrl.watcher.files())  # Save's own check, without the watcher's help
    rewrite(path, path.read_bytes().replace(b"\r\n", b"\n").replace(b"  ", b"\t"))
    assert ctrl.save() and answers.unexpected == []
    assert "Mine" in stage_names(window) and "Mine" in [s.name for s in jio.load(path).document.stages]


def test_save_asks_before_writing_over_a_file_it_cannot_compare(manager, answers, tmp_path):
    path = write_sample(tmp_path / "synced.jmap")
    window = manager.open_path(path)
    ctrl = manager.controller_of(window)
    ctrl.watcher.removePaths(ctrl.watcher.files())
    window.editor.add_stage(name="Mine")
    path.write_bytes(b'{"half": "of a map')
    answers.push("cancel")
    assert not ctrl.save()
    assert "changed on disk" in answers.seen[0] and path.read_bytes() == b'{"half": "of a map'
