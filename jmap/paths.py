"""Where bundled data lives: ``templates/`` and ``resources/`` in a checkout or in the wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    return installed if installed.is_dir() else _CHECKOUT / name


def templates_dir() -> Path:
    return _data_dir("templates")


def resources_dir() -> Path:
    return _data_dir("resources")


def resolved(path: str | Path) -> Path:
    """``path`` absolute and free of links; just absolute when its links loop or cannot be followed."""
    path = Path(path).expanduser()
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python before 3.13)
        return path.absolute()
