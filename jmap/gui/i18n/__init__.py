"""The interface translations (Norwegian bokmål, Dutch, Greek) and how to install them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

FOLDER = Path(__file__).resolve().parent
LANGUAGES = ("en", "nb", "nl", "el")

_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, lang: str) -> bool:
    """Replace the installed jmap (and Qt) translations with ``lang``'s; True if jmap's loaded.

    English loads only its plural forms ("1 sheet", "3 sheets"); an unknown language falls
    back to English and returns False. Qt's own strings (file dialogs, context menus) come
    from the qtbase catalogues that ship with Qt, where one exists for the language.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang not in LANGUAGES:
        install_translator(app, "en")
        return False
    QLocale.setDefault(QLocale(lang))
    qt = QTranslator(app)
    if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if not ours.load(str(FOLDER / f"jmap_{lang}.qm")):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    return True
