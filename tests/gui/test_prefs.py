"""Preferences: stored in an ini file in the isolated settings folder, edited by the dialog, applied."""

from __future__ import annotations

import os
from pathlib import Path

from files_support import write_sample

from jmap.gui.app.prefs import PreferencesDialog
from jmap.gui.app.settings import Settings, settings_file


def test_settings_live_in_the_isolated_folder_with_defaults():
    assert settings_file() == Path(os.environ["JMAP_SETTINGS_DIR"]) / "jmap.ini"
    s = Settings()
    assert (s.language, s.autosave_seconds, s.page_size, s.export_folder) == ("en", 60, "A3", "")
    assert s.recent_files() == []


def test_settings_persist_in_the_ini_file(tmp_path):
    s = Settings()
    s.language = "el"
    s.autosave_seconds = 15
    s.page_size = "A1"
    s.export_folder = str(tmp_path)
    again = Settings()
    assert (again.language, again.autosave_seconds, again.page_size, again.export_folder) == ("el", 15, "A1", str(tmp_path))
    assert "language=el" in settings_file().read_text()


def test_recent_files_most_recent_first_without_duplicates_and_clear(tmp_path):
    s = Settings()
    for name in ("a", "b", "a"):
        s.add_recent(tmp_path / f"{name}.jmap")
    assert [Path(p).name for p in s.recent_files()] == ["a.jmap", "b.jmap"]
    s.clear_recent()
    assert s.recent_files() == []


def test_preferences_dialog_edits_and_stores(qtbot, tmp_path):
    s = Settings()
    dialog = PreferencesDialog(None, s)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    assert dialog.note.isVisibleTo(dialog)  # "used from the next start"
    dialog.autosave.setValue(30)
    dialog.page.setCurrentText("A2")
    dialog.folder.setText(str(tmp_path))
    dialog.ok_button.click()
    fresh = Settings()
    assert (fresh.language, fresh.autosave_seconds, fresh.page_size, fresh.export_folder) == ("nb", 30, "A2", str(tmp_path))


def test_cancel_stores_nothing(qtbot):
    dialog = PreferencesDialog(None, Settings())
    qtbot.addWidget(dialog)
    dialog.autosave.setValue(600)
    dialog.cancel_button.click()
    assert Settings().autosave_seconds == 60


def test_new_autosave_interval_reaches_open_windows(manager, answers, tmp_path):
    window = manager.open_path(write_sample(tmp_path / "m.jmap"))
    ctrl = manager.controller_of(window)
    assert ctrl.autosave_timer.interval() == 60_000

    def set_ten_seconds(dialog):
        dialog.autosave.setValue(10)
        dialog.accept()

    answers.push(set_ten_seconds)
    ctrl.actions["preferences"].trigger()
    assert ctrl.autosave_timer.interval() == 10_000


def test_recent_menu_lists_opened_files_and_clears(manager, tmp_path):
    window = manager.open_path(write_sample(tmp_path / "recent.jmap"))
    ctrl = manager.controller_of(window)
    ctrl.recent_menu.aboutToShow.emit()
    names = [a.text() for a in ctrl.recent_menu.actions() if a.text()]
    assert names[0] == "recent.jmap"
    clear = next(a for a in ctrl.recent_menu.actions() if a.objectName() == "file_clear_recent")
    clear.trigger()
    assert manager.settings.recent_files() == []
    assert [a.objectName() for a in ctrl.recent_menu.actions() if a.text()] == ["file_clear_recent"]
