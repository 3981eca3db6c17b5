"""The user's folders come from one place, jmap.paths: the settings file and the recovery area follow it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

import jmap
from jmap import paths
from jmap.core.document import Document
from jmap.core.model import MapMeta
from jmap.gui.app.settings import Settings
from jmap.io.recovery import RecoveryArea


def test_settings_file_and_recovery_area_are_where_paths_says(monkeypatch):
    monkeypatch.delenv("JMAP_SETTINGS_DIR")  # the platform's own folders (redirected by XDG_* in the tests)
    config_home, data_home = Path(os.environ["XDG_CONFIG_HOME"]), Path(os.environ["XDG_DATA_HOME"])
    assert paths.user_config_dir() == config_home / "jmap"
    assert paths.user_data_dir() == data_home / "jmap"

    settings = Settings()
    settings.language = "nl"  # written through QSettings
    assert settings.path == paths.user_config_dir() / "jmap.ini" == paths.settings_file()
    assert Path(QSettings(str(settings.path), QSettings.Format.IniFormat).fileName()) == settings.path
    assert "language=nl" in (paths.user_config_dir() / "jmap.ini").read_text()

    area = RecoveryArea()
    entry = area.write(Document(MapMeta(title="Autosaved")), window=1)
    assert area.root == paths.user_data_dir() / "recovery" == paths.recovery_dir()
    assert entry.map_path(area.root).is_file()
    assert area.root.is_relative_to(data_home)


def test_moving_the_folders_in_paths_moves_both(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "user_config_dir", lambda: tmp_path / "config")
    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "data")
    monkeypatch.setenv("JMAP_SETTINGS_DIR", str(tmp_path / "ignored"))  # paths.py is the one that reads it
    settings = Settings()
    settings.add_recent(tmp_path / "a.jmap")
    assert settings.path == tmp_path / "config" / "jmap.ini" and settings.path.is_file()
    entry = RecoveryArea().write(Document(MapMeta(title="Autosaved")), window=1)
    assert entry.map_path(RecoveryArea().root) == tmp_path / "data" / "recovery" / f"{entry.key}.jmap"
    assert not (tmp_path / "ignored").exists()


def test_the_settings_folder_may_be_set_for_a_portable_install(monkeypatch, tmp_path):
    monkeypatch.setenv("JMAP_SETTINGS_DIR", str(tmp_path / "stick"))
    assert Settings().path == tmp_path / "stick" / "jmap.ini"


def test_no_other_module_looks_for_user_folders():
    package = Path(jmap.__file__).parent
    offenders = [str(p.relative_to(package)) for p in package.rglob("*.py") if p.name != "paths.py"
                 and ("QStandardPaths" in p.read_text(encoding="utf-8") or "platformdirs" in p.read_text(encoding="utf-8"))]
    assert offenders == []
