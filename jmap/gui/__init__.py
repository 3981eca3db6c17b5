"""The Qt editor (the only package that imports PySide6): window, editor, scene, panels."""

from __future__ import annotations


def tr(text: str, context: str = "jmap") -> str:
    """Translate a user-facing string (QCoreApplication.translate in the given context)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)
