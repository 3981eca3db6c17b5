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
