"""The Qt editor (the only package that imports PySide6): window, editor, scene, panels."""

from __future__ import annotations

_translate = None  # QCoreApplication.translate, looked up once (an import statement per call costs ~8 µs under PySide)


def tr(text: str, context: str = "jmap", n: int = -1) -> str:
    """Translate a user-facing string (QCoreApplication.translate in the given context).

    With ``n`` the text has plural forms: ``tr("Move %n touchpoint(s)", n=3)`` (%n is the number);
    untranslated (English) it reads "Move 1 touchpoint" or "Move 3 touchpoints".
    """
    global _translate
    if _translate is None:
        from PySide6.QtCore import QCoreApplication

        _translate = QCoreApplication.translate
    out = _translate(context, text, None, n)
    if n >= 0 and "(s)" in out:
        out = out.replace("(s)", "" if n == 1 else "s")
    return out
