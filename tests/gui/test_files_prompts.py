"""Every path where unsaved work could be lost asks Save / Don't Save / Cancel, and obeys it."""

from __future__ import annotations

import errno
import os

from files_support import stage_names, write_sample

import jmap.gui.files.controller as files
import jmap.io as jio
from jmap.io.lock import lock_path
from jmap.io.recovery import RecoveryArea


def open_edited(manager, tmp_path, name="map.jmap"):
    path = write_sample(tmp_path / name, title=name)
    window = manager.open_path(path)
    window.editor.add_stage(name="Added by the user")
    return path, window, manager.controller_of(window)


def test_title_shows_file_name_and_unsaved_mark(manager, tmp_path):
    path, window, _ = open_edited(manager, tmp_path)
    assert window.windowTitle().startswith("map.jmap[*]")
    assert window.isWindowModified()
    window.editor.undo_stack.undo()
    assert not window.isWindowModified()


def test_close_save_writes_the_file_and_releases_everything(manager, answers, tmp_path):
    path, window, ctrl = open_edited(manager, tmp_path)
    assert lock_path(path).exists()
    answers.push("save")
    assert window.close()
    assert "Added by the user" in stage_names_of(path)
    assert not lock_path(path).exists()
    assert manager.windows == []
    assert answers.unexpected == [] and "map.jmap" in answers.seen[0]


def test_close_discard_keeps_the_old_file(manager, answers, tmp_path):
    path, window, ctrl = open_edited(manager, tmp_path)
    before = path.read_bytes()
    ctrl.autosave_now()
    assert RecoveryArea().entries()
    answers.push("discard")
    assert window.close()
    assert path.read_bytes() == before
    assert RecoveryArea().entries() == []  # a discard is a decision: nothing to recover
    assert not lock_path(path).exists()


def test_close_cancel_keeps_the_window_and_the_edit(manager, answers, tmp_path):
    path, window, ctrl = open_edited(manager, tmp_path)
    answers.push("cancel")
    assert not window.close()
    assert window.isVisible() and ctrl.is_unsaved()
    assert "Added by the user" in stage_names(window)
    assert lock_path(path).exists()
    assert manager.windows == [window]


def test_close_action_of_the_menu_asks_too(manager, answers, tmp_path):
    path, window, ctrl = open_edited(manager, tmp_path)
    answers.push("cancel")
    ctrl.actions["close"].trigger()
    assert window.isVisible() and answers.seen


def test_revert_discard_goes_back_to_disk_and_cancel_keeps_the_edit(manager, answers, tmp_path):
    path, window, ctrl = open_edited(manager, tmp_path)
    answers.push("cancel")
    ctrl.actions["revert"].trigger()
    assert "Added by the user" in stage_names(window)
    answers.push("discard")
    ctrl.actions["revert"].trigger()
    assert stage_names(window) == ["Discover", "Buy"]
    assert not ctrl.is_unsaved()
    assert lock_path(path).exists()  # still ours after the reload
    assert answers.unexpected == []


def pick_first_template(dialog):
    dialog.list.setCurrentRow(0)
    dialog.create_button.click()


def test_new_into_window_save_then_gallery(manager, answers, tmp_path):
    path, window, ctrl = open_edited(manager, tmp_path)
    answers.push("save", pick_first_template)
    assert ctrl.new_into_window()
    assert "Added by the user" in stage_names_of(path)
    assert window.path is None and ctrl.path is None
    assert window.editor.document.meta.title  # a template's map
    assert not lock_path(path).exists()  # the old file was let go
    assert answers.unexpected == []


def test_new_into_window_discard_and_cancel(manager, answers, tmp_path):
    path, window, ctrl = open_edited(manager, tmp_path)
    before = path.read_bytes()
    answers.push("cancel")
    assert not ctrl.new_into_window()
    assert "Added by the user" in stage_names(window) and ctrl.path == path
    answers.push("discard", pick_first_template)
    assert ctrl.new_into_window()
    assert path.read_bytes() == before
    assert answers.unexpected == []


def test_quit_with_several_maps_asks_for_each(manager, answers, tmp_path):
    a, wa, _ = open_edited(manager, tmp_path, "a.jmap")
    b, wb, _ = open_edited(manager, tmp_path, "b.jmap")
    b_before = b.read_bytes()
    answers.push("save", "discard")
    assert manager.close_all()
    assert "Added by the user" in stage_names_of(a)
    assert b.read_bytes() == b_before
    assert manager.windows == []
    assert "a.jmap" in answers.seen[0] and "b.jmap" in answers.seen[1]


def test_quit_cancel_stops_quitting(manager, answers, tmp_path):
    a, wa, _ = open_edited(manager, tmp_path, "a.jmap")
    b, wb, cb = open_edited(manager, tmp_path, "b.jmap")
    answers.push("discard", "cancel")
    assert not manager.close_all()
    assert manager.windows == [wb] and wb.isVisible() and cb.is_unsaved()


def test_save_failure_says_why_and_keeps_file_and_map(manager, answers, tmp_path, monkeypatch):
    path, window, ctrl = open_edited(manager, tmp_path)
    before = path.read_bytes()

    def read_only_disk(src, dst):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", read_only_disk)
    answers.push("ok")
    assert not ctrl.save()
    assert "read-only" in answers.seen[0] and "map.jmap" in answers.seen[0]
    assert path.read_bytes() == before
    assert ctrl.is_unsaved() and window.isWindowModified()
    assert "Added by the user" in stage_names(window)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".~map.jmap.lock", "map.jmap"]  # no temp file left
    monkeypatch.undo()
    assert ctrl.save()
    assert "Added by the user" in stage_names_of(path) and not ctrl.is_unsaved()


def test_save_as_moves_lock_and_title(manager, answers, tmp_path, monkeypatch):
    path, window, ctrl = open_edited(manager, tmp_path)
    target = tmp_path / "copy"
    monkeypatch.setattr(files.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    ctrl.actions["save_as"].trigger()
    saved = tmp_path / "copy.jmap"
    assert "Added by the user" in stage_names_of(saved)
    assert lock_path(saved).exists() and not lock_path(path).exists()
    assert window.windowTitle().startswith("copy.jmap")
    assert str(saved) in manager.settings.recent_files()[0]


def test_untitled_save_goes_to_save_as(manager, answers, tmp_path, monkeypatch):
    window = manager.new_window(jio.loads(jio.dumps(__import__("files_support").sample_document())).document)
    ctrl = manager.controller_of(window)
    window.editor.add_stage(name="Fresh")
    monkeypatch.setattr(files.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "fresh.jmap"), ""))
    assert ctrl.save()
    assert "Fresh" in stage_names_of(tmp_path / "fresh.jmap")


def stage_names_of(path):
    return [s.name for s in jio.load(path).document.stages]


def test_keyboard_save_and_close(manager, answers, tmp_path, qtbot):
    from PySide6.QtCore import Qt

    path, window, ctrl = open_edited(manager, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Added by the user" in stage_names_of(path) and not ctrl.is_unsaved()
    window.editor.add_stage(name="After the save")
    answers.push("cancel")
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible() and answers.seen and "map.jmap" in answers.seen[0]
