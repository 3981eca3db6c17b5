"""The user's preferences and recent files, kept with QSettings in an ini file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from jmap import paths
from jmap.paths import resolved

LANGUAGES = ("en", "nb", "nl", "el")
PAGE_SIZES = ("A4", "A3", "A2", "A1", "A0", "Letter", "Tabloid")
MAX_RECENT = 10
DEFAULTS = {"language": "en", "autosave_seconds": 60, "page_size": "A3", "export_folder": ""}


def settings_file() -> Path:
    """``jmap.ini`` in the user's settings folder, as jmap.paths finds it (``$JMAP_SETTINGS_DIR`` when set)."""
    return paths.settings_file()


class Settings:
    """Typed access to the settings; every read goes to the file so windows stay in step."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else settings_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    # ------------------------------------------------------------ preferences
    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", DEFAULTS["language"]))
        return value if value in LANGUAGES else DEFAULTS["language"]

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._qs.setValue("ui/language", value)
        self.sync()

    @property
    def autosave_seconds(self) -> int:
        try:
            value = int(self._qs.value("files/autosave_seconds", DEFAULTS["autosave_seconds"]))
        except (TypeError, ValueError):
            return DEFAULTS["autosave_seconds"]
        return max(1, value)

    @autosave_seconds.setter
    def autosave_seconds(self, value: int) -> None:
        self._qs.setValue("files/autosave_seconds", max(1, int(value)))
        self.sync()

    @property
    def page_size(self) -> str:
        value = str(self._qs.value("export/page_size", DEFAULTS["page_size"]))
        return value if value in PAGE_SIZES else DEFAULTS["page_size"]

    @page_size.setter
    def page_size(self, value: str) -> None:
        if value not in PAGE_SIZES:
            raise ValueError(f"unknown page size {value!r}")
        self._qs.setValue("export/page_size", value)
        self.sync()

    @property
    def export_folder(self) -> str:
        """The folder export dialogs start in (empty: the map's own folder)."""
        return str(self._qs.value("export/folder", DEFAULTS["export_folder"]) or "")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._qs.setValue("export/folder", str(value))
        self.sync()

    @property
    def flow_labels(self) -> bool:
        """View → Flow labels: whether the canvas (and, by default, the PDF) shows flow labels."""
        return str(self._qs.value("view/flow_labels", "true")).lower() not in ("false", "0", "no")

    @flow_labels.setter
    def flow_labels(self, value: bool) -> None:
        self._qs.setValue("view/flow_labels", "true" if value else "false")
        self.sync()

    # ------------------------------------------------------------ recent files
    def recent_files(self) -> list[str]:
        value = self._qs.value("files/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or [])][:MAX_RECENT]

    def add_recent(self, path: str | Path) -> None:
        path = str(resolved(path))
        items = [p for p in self.recent_files() if p != path]
        self._qs.setValue("files/recent", [path, *items][:MAX_RECENT])
        self.sync()

    def remove_recent(self, path: str | Path) -> None:
        path = str(resolved(path))
        self._qs.setValue("files/recent", [p for p in self.recent_files() if p != path])
        self.sync()

    def clear_recent(self) -> None:
        self._qs.setValue("files/recent", [])
        self.sync()
