"""Opening files: bad files, newer versions, warnings, locks by other editors, external changes, drops."""

from __future__ import annotations

import json

from files_support import dead_pid, sample_document, stage_names, write_sample
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

import jmap.gui.files.controller as files
import jmap.io as jio
from jmap.io.lock import host_name, lock_path, read_lock


# ------------------------------------------------------------------ bad files
def test_broken_file_says_what_and_where_and_leaves_open_maps_alone(manager, answers, tmp_path):
    good = manager.open_path(write_sample(tmp_path / "good.jmap"))
    good.editor.add_stage(name="Mine")
    bad = tmp_path / "bad.jmap"
    data = jio.to_dict(sample_document())
    data["stages"][1]["name"] = 42
    bad.write_text(json.dumps(data))
    answers.push("ok")
    assert manager.open_path(bad) is None
    assert "bad.jmap" in answers.seen[0]
    assert "stages[1].name" in answers.seen[0] or "stages/1/name" in answers.seen[0], answers.seen[0]
    assert manager.windows == [good] and "Mine" in stage_names(good)
    assert manager.controller_of(good).is_unsaved()


def test_not_json_and_missing_file(manager, answers, tmp_path):
    (tmp_path / "junk.jmap").write_bytes(b"{ this is not json")
    answers.push("ok", "ok")
    assert manager.open_paths([tmp_path / "junk.jmap", tmp_path / "gone.jmap"]) == []
    assert "junk.jmap" in answers.seen[0] and "gone.jmap" in answers.seen[1]
    assert "no such file" in answers.seen[1]


def test_file_from_a_newer_jmap_says_so(manager, answers, tmp_path):
    data = jio.to_dict(sample_document())
    data["version"] = 99
    path = tmp_path / "future.jmap"
    path.write_text(json.dumps(data))
    answers.push("ok")
    assert manager.open_path(path) is None
    assert "newer version of jmap" in answers.seen[0]


def file_with_dangling_flow(path):
    data = jio.to_dict(sample_document())
    data["flows"] = [{"id": "flow-1", "source": "tp-404", "target": "tp-405"}]
    path.write_text(json.dumps(data))
    assert jio.load(path).warnings
    return path


def test_warnings_offer_open_anyway_or_cancel(manager, answers, tmp_path):
    path = file_with_dangling_flow(tmp_path / "odd.jmap")
    answers.push("cancel")
    assert manager.open_path(path) is None and manager.windows == []
    answers.push("open")
    window = manager.open_path(path)
    assert window is not None and stage_names(window) == ["Discover", "Buy"]
    assert "flows[0]" in answers.seen[1] or "flow" in answers.seen[1]


# ------------------------------------------------------------------ locks
def foreign_lock(path, host="laptop-of-kari", pid=4242):
    lock_path(path).write_text(json.dumps(
        {"user": "kari", "host": host, "pid": pid, "time": "2026-03-02T09:15:00Z", "token": "kari-token"}))


def test_lock_from_another_editor_read_only(manager, answers, tmp_path, monkeypatch):
    path = write_sample(tmp_path / "shared.jmap")
    foreign_lock(path)
    answers.push("read_only")
    window = manager.open_path(path)
    assert "opened by kari on laptop-of-kari since 2026-03-02" in answers.seen[0]
    ctrl = manager.controller_of(window)
    assert ctrl.read_only and "(read-only)" in window.windowTitle()
    window.editor.add_stage(name="My idea")
    before = path.read_bytes()
    # Save goes to Save As; choosing the locked file itself is refused.
    monkeypatch.setattr(files.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    answers.push("ok")
    assert not ctrl.save()
    assert "read-only" in answers.seen[1]
    assert path.read_bytes() == before and read_lock(path).token == "kari-token"
    monkeypatch.setattr(files.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "mine.jmap"), ""))
    assert ctrl.save()
    assert "My idea" in [s.name for s in jio.load(tmp_path / "mine.jmap").document.stages]
    assert not ctrl.read_only and read_lock(path).token == "kari-token"  # kari's lock untouched
    assert window.close()  # saved as mine.jmap: nothing to ask
    assert read_lock(path).token == "kari-token"
    assert not (tmp_path / ".~mine.jmap.lock").exists()


def test_lock_from_another_editor_cancel_and_open_anyway(manager, answers, tmp_path):
    path = write_sample(tmp_path / "shared.jmap")
    foreign_lock(path)
    answers.push("cancel")
    assert manager.open_path(path) is None
    answers.push("anyway")
    window = manager.open_path(path)
    assert read_lock(path).token != "kari-token" and read_lock(path).host == host_name()
    assert not manager.controller_of(window).read_only
    window.close()
    assert not lock_path(path).exists()


def test_stale_lock_of_crashed_editor_is_taken_over_silently(manager, answers, tmp_path):
    path = write_sample(tmp_path / "shared.jmap")
    foreign_lock(path, host=host_name(), pid=dead_pid())
    window = manager.open_path(path)
    assert window is not None and answers.seen == [] and answers.unexpected == []
    assert read_lock(path).token != "kari-token"


def test_opening_an_open_file_raises_its_window(manager, answers, tmp_path):
    path = write_sample(tmp_path / "once.jmap")
    first = manager.open_path(path)
    assert manager.open_path(path) is first and len(manager.windows) == 1


# ------------------------------------------------------------------ external changes
def their_save(path, stage_name="Their stage"):
    doc = jio.load(path).document
    doc.insert("stages", -1, type(doc.stages[0])(id="stage-99", name=stage_name))
    jio.save(doc, path)


def test_change_on_disk_while_editing_is_noticed_and_compare_then_reload(manager, answers, tmp_path, qtbot):
    path = write_sample(tmp_path / "shared.jmap")
    window = manager.open_path(path)
    window.editor.add_stage(name="Mine")
    diffs = []

    def look_at_diff(dialog):
        diffs.append(dialog.text if hasattr(dialog, "text") and isinstance(dialog.text, str) else "")
        dialog.reject()

    answers.push("compare", look_at_diff, "reload")
    their_save(path)
    qtbot.waitUntil(lambda: len(answers.seen) == 3, timeout=10000)
    assert "changed on disk" in answers.seen[0]
    assert "Their stage" in diffs[0] and "Mine" in diffs[0]
    assert stage_names(window) == ["Discover", "Buy", "Their stage"]
    assert not manager.controller_of(window).is_unsaved()


def test_save_never_overwrites_someone_elses_save(manager, answers, tmp_path, monkeypatch):
    path = write_sample(tmp_path / "shared.jmap")
    window = manager.open_path(path)
    ctrl = manager.controller_of(window)
    ctrl.watcher.removePaths(ctrl.watcher.files())  # as on a network drive that sends no notices
    window.editor.add_stage(name="Mine")
    their_save(path)
    theirs = path.read_bytes()
    monkeypatch.setattr(files.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "mine.jmap"), ""))
    answers.push("cancel")
    assert not ctrl.save()
    assert path.read_bytes() == theirs and ctrl.is_unsaved()
    answers.push("keep")
    assert ctrl.save()
    assert path.read_bytes() == theirs
    assert "Mine" in [s.name for s in jio.load(tmp_path / "mine.jmap").document.stages]
    assert answers.unexpected == []


def test_our_own_save_is_not_an_external_change(manager, answers, tmp_path, qtbot):
    path = write_sample(tmp_path / "mine.jmap")
    window = manager.open_path(path)
    ctrl = manager.controller_of(window)
    for name in ("One", "Two"):
        window.editor.add_stage(name=name)
        with qtbot.waitSignal(ctrl.watcher.fileChanged, timeout=10000):  # the notice of our own save
            assert ctrl.save()
        QApplication.processEvents()
        assert not ctrl.external_pending
        assert str(path) in ctrl.watcher.files()  # still watched after the atomic replace
    assert answers.seen == [] and answers.unexpected == []


# ------------------------------------------------------------------ drag and drop
def drop_files(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_jmap_files_opens_them(manager, answers, tmp_path, qtbot):
    window = manager.open_path(write_sample(tmp_path / "first.jmap"))
    a = write_sample(tmp_path / "a.jmap", "Map A")
    b = write_sample(tmp_path / "b.jmap", "Map B")
    (tmp_path / "notes.txt").write_text("not a map")
    entered, dropped = drop_files(window, [a, b, tmp_path / "notes.txt"])
    assert entered and dropped
    qtbot.waitUntil(lambda: len(manager.windows) == 3, timeout=5000)
    titles = sorted(w.editor.document.meta.title for w in manager.windows)
    assert titles == ["Map A", "Map B", "Sample map"]


def test_dropping_other_files_is_refused(manager, tmp_path):
    window = manager.open_path(write_sample(tmp_path / "first.jmap"))
    (tmp_path / "notes.txt").write_text("not a map")
    entered, _dropped = drop_files(window, [tmp_path / "notes.txt"])
    assert not entered and len(manager.windows) == 1


def test_diff_dialog_shows_both_sides(qtbot):
    dialog = files.DiffDialog(None, b'{\n  "a": 1\n}\n', b'{\n  "a": 2\n}\n', "x.jmap")
    qtbot.addWidget(dialog)
    assert '-  "a": 1' in dialog.text and '+  "a": 2' in dialog.text
    assert isinstance(dialog, QDialog)


def test_open_menu_opens_several_and_reuses_an_untouched_window(manager, answers, tmp_path, monkeypatch):
    blank = manager.new_window(sample_document("Blank"))
    a = write_sample(tmp_path / "a.jmap", "Map A")
    b = write_sample(tmp_path / "b.jmap", "Map B")
    monkeypatch.setattr(files.QFileDialog, "getOpenFileNames", lambda *a_, **k: ([str(a), str(b)], ""))
    manager.controller_of(blank).actions["open"].trigger()
    titles = [w.editor.document.meta.title for w in manager.windows]
    assert titles == ["Map A", "Map B"]  # the untouched untitled window took the first map
    assert manager.windows[0] is blank and manager.controller_of(blank).path == a


def test_missing_recent_file_is_explained_and_forgotten(manager, answers, tmp_path):
    path = write_sample(tmp_path / "moved.jmap")
    manager.settings.add_recent(path)
    path.unlink()
    answers.push("ok")
    assert manager.open_path(path) is None
    assert "no such file" in answers.seen[0]
    assert manager.settings.recent_files() == []


HOLDER = r"""
import sys
from PySide6.QtWidgets import QApplication

app = QApplication([])
from jmap.gui.app.windows import WindowManager

manager = WindowManager()
manager.open_path(sys.argv[1])
print("OPEN", flush=True)
app.exec()
"""


def test_second_editor_process_on_this_machine(manager, answers, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import threading

    path = write_sample(tmp_path / "shared.jmap")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    guard = threading.Timer(120, holder.kill)
    guard.start()
    try:
        assert holder.stdout.readline().strip() == "OPEN"
        assert read_lock(path).pid == holder.pid
        answers.push("read_only")
        window = manager.open_path(path)
        assert f"on {host_name()} since" in answers.seen[0]
        assert manager.controller_of(window).read_only
        assert window.close()  # nothing changed: no question
        assert read_lock(path).pid == holder.pid  # a read-only window never touches the lock
        os.kill(holder.pid, signal.SIGKILL)  # the other editor crashes
        holder.wait()
    finally:
        guard.cancel()
        holder.kill()
        holder.wait()
    window = manager.open_path(path)  # its lock is stale now: taken over without a question
    assert len(answers.seen) == 1 and answers.unexpected == [] and answers.queue == []
    assert read_lock(path).pid == os.getpid() and not manager.controller_of(window).read_only
