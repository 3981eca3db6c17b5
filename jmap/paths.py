"""Where jmap's files live: bundled ``templates/`` and ``resources/``, and the user's own folders."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent
APP_NAME = "jmap"


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    return installed if installed.is_dir() else _CHECKOUT / name


def templates_dir() -> Path:
    return _data_dir("templates")


def resources_dir() -> Path:
    return _data_dir("resources")


# The user's folders: found here and nowhere else (platformdirs, not Qt's QStandardPaths),
# so the editor's settings and the Qt-free recovery area agree on where the user is.
def user_config_dir() -> Path:
    """The settings folder: ``$JMAP_SETTINGS_DIR`` when set (tests, portable use), else the platform's.

    On Linux ``$XDG_CONFIG_HOME/jmap`` (``~/.config/jmap``); on Windows ``%LOCALAPPDATA%\\jmap``.
    """
    folder = os.environ.get("JMAP_SETTINGS_DIR")
    if folder:
        return Path(folder)
    import platformdirs  # only for the user's folders: reading and exporting a map never need it

    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def user_data_dir() -> Path:
    """The data folder (the recovery area is in it): on Linux ``$XDG_DATA_HOME/jmap``."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME)  # as before: autosaves of earlier versions stay found


def settings_file() -> Path:
    """The ini file QSettings keeps the preferences and recent files in."""
    return user_config_dir() / "jmap.ini"


def recovery_dir() -> Path:
    """Autosaved copies of unsaved maps (see jmap.io.recovery)."""
    return user_data_dir() / "recovery"


def resolved(path: str | Path) -> Path:
    """``path`` with ``~`` expanded, absolute and free of links; a loop of links: followed as far as it goes.

    The one place paths are compared and locked by (the editor's windows and recent files, and
    jmap.io.lock): ``os.path.realpath`` never raises on a loop, unlike ``Path.resolve`` in some versions.
    """
    try:
        return Path(os.path.realpath(os.path.expanduser(os.fspath(path))))
    except (OSError, ValueError):  # a NUL byte in the name, for one
        return Path(os.path.abspath(os.path.expanduser(os.fspath(path))))
