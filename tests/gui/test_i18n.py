"""The interface translations load and translate, in the menus too; English is the fallback."""

from __future__ import annotations

import pytest
from files_support import write_sample
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from jmap.gui import tr
from jmap.gui.i18n import FOLDER, install_translator

EXPECTED = {
    "nb": ("&Lagre", "Gjenopprett ulagret arbeid", "Kartet på %n ark", "&Angre"),
    "nl": ("Op&slaan", "Niet-opgeslagen werk herstellen", "De kaart op %n vellen", "&Ongedaan maken"),
    "el": ("Απο&θήκευση", "Ανάκτηση μη αποθηκευμένης εργασίας", "Ο χάρτης σε %n φύλλα", "&Αναίρεση"),
}


@pytest.fixture
def app(qapp):
    yield qapp
    install_translator(qapp, "en")


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_translation_loads_and_translates(app, lang):
    assert (FOLDER / f"jmap_{lang}.qm").is_file() and (FOLDER / f"jmap_{lang}.ts").is_file()
    assert install_translator(app, lang)
    save, recover, sheets, undo = EXPECTED[lang]
    assert QCoreApplication.translate("FileController", "&Save") == save
    assert QCoreApplication.translate("WindowManager", "Recover unsaved work") == recover
    assert QCoreApplication.translate("PdfExportDialog", "The map on %n sheet(s)", "", 3) == sheets.replace("%n", "3")
    assert tr("&Undo") == undo  # the canvas's strings (jmap.gui.tr, context "jmap") too
    install_translator(app, "en")
    assert QCoreApplication.translate("FileController", "&Save") == "&Save"


def test_menus_follow_the_language(app, manager, tmp_path):
    install_translator(app, "nb")
    window = manager.open_path(write_sample(tmp_path / "kart.jmap"))
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Lagre" in texts and "Lagre &som…" in texts and "&Avslutt" in texts


def test_every_message_is_translated():
    for lang in EXPECTED:
        text = (FOLDER / f"jmap_{lang}.ts").read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, lang


def test_english_plurals(app):
    assert install_translator(app, "en")
    assert QCoreApplication.translate("PdfExportDialog", "The map on %n sheet(s)", "", 1) == "The map on 1 sheet"
    assert QCoreApplication.translate("PdfExportDialog", "The map on %n sheet(s)", "", 4) == "The map on 4 sheets"


def test_unknown_language_falls_back_to_english(app):
    assert not install_translator(app, "xx")
    assert QCoreApplication.translate("FileController", "&Save") == "&Save"
    assert isinstance(app, QApplication)


def test_start_uses_the_language_preference_and_opens_the_files(app, tmp_path):
    from jmap.gui.app.settings import Settings
    from jmap.gui.app.windows import start

    Settings().language = "nl"
    manager = start(app, [write_sample(tmp_path / "kaart.jmap", "Kaart")])
    try:
        [window] = manager.windows
        assert window.editor.document.meta.title == "Kaart"
        texts = [a.text() for a in window.file_menu.actions()]
        assert "Op&slaan" in texts and "&Afsluiten" in texts
        assert window.windowTitle().startswith("kaart.jmap")
    finally:
        for controller in list(manager.controllers):
            controller.window.close_guard = None
            controller.shutdown()
            controller.window.close()
