"""The Qt editor (the only package that imports PySide6): window, editor, scene, panels."""

from __future__ import annotations


def tr(text: str, context: str = "jmap", n: int = -1) -> str:
    """Translate a user-facing string (QCoreApplication.translate in the given context).

    With ``n`` the text has plural forms: ``tr("Move %n touchpoint(s)", n=3)`` (%n is the number);
    untranslated (English) it reads "Move 1 touchpoint" or "Move 3 touchpoints".
    """
    from PySide6.QtCore import QCoreApplication

    out = QCoreApplication.translate(context, text, None, n)
    if n >= 0 and "(s)" in out:
        out = out.replace("(s)", "" if n == 1 else "s")
    return out
