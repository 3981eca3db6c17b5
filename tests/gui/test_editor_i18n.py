"""Undo texts are real translations with plural forms (Greek), not English glued together."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from jmap.gui import tr
from jmap.gui.i18n import install_translator
from jmap.gui.app.main_window import MainWindow
from jmap.core.starter import starter_map


@pytest.fixture
def greek(qapp):
    assert install_translator(qapp, "el")
    yield qapp
    install_translator(qapp, "en")


def _window(qtbot) -> MainWindow:
    win = MainWindow(starter_map())
    qtbot.addWidget(win)
    win.resize(1900, 1300)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # the Delete shortcut needs the active window
    win.view.set_zoom(1.0)
    win.view.centerOn(win.scene.layout.width / 2, win.scene.layout.height / 2)
    return win


def _click(qtbot, win, eid: str, modifier=Qt.NoModifier) -> None:
    centre = win.scene.items_by_id[eid].sceneBoundingRect().center()
    qtbot.mouseClick(win.view.viewport(), Qt.LeftButton, modifier, win.view.mapFromScene(QPointF(centre)))


def test_undo_texts_are_translated_in_greek_with_plural_forms(qtbot, greek):
    win = _window(qtbot)
    stack, doc = win.editor.undo_stack, win.document
    _click(qtbot, win, "tp-1")
    qtbot.keyClick(win.view.viewport(), Qt.Key_Right)
    assert doc.get("touchpoints", "tp-1").stage == "stage-2"
    assert stack.undoText() == "Μετακίνηση 1 σημείου επαφής"
    _click(qtbot, win, "tp-2")
    _click(qtbot, win, "tp-3", Qt.ControlModifier)
    assert sorted(win.scene.selected_ids()) == ["tp-2", "tp-3"]
    qtbot.keyClick(win.view.viewport(), Qt.Key_Delete)
    assert doc.get("touchpoints", "tp-2") is None and doc.get("touchpoints", "tp-3") is None
    assert stack.undoText() == "Διαγραφή 2 σημείων επαφής"
    stack.undo()
    assert doc.get("touchpoints", "tp-2") is not None


def test_english_plural_forms_without_a_catalogue(qapp):
    assert tr("Move %n touchpoint(s)", n=1) == "Move 1 touchpoint"
    assert tr("Move %n touchpoint(s)", n=3) == "Move 3 touchpoints"
