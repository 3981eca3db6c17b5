"""The smaller friction a workshop meets: each fixed, driven as a user would."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QStyleOptionGraphicsItem

from gui_support import open_window
from jmap.core.model import MapMeta
from jmap.core.starter import starter_map
from jmap.gui.canvas import style
from jmap.gui.canvas.items import CardItem
from jmap.gui.i18n import install_translator
from jmap.io import load
from jmap.io.templates import example_paths


@pytest.fixture
def example(qtbot):
    return open_window(qtbot, size=(1350, 700), doc=load(example_paths()[1]).document)


def _pixel(window, scene_point):
    return window.view.grab().toImage().pixelColor(window.view.mapFromScene(scene_point)).name()


def test_a_selected_stage_header_keeps_its_colours(qtbot, example):
    stage = example.document.stages[1].id
    header = example.scene.items_by_id[stage]
    point = header.sceneBoundingRect().center() + QPointF(0, 12)
    before = _pixel(example, point)
    example.scene.select_ids([stage])
    assert _pixel(example, point) == before == style.HEADER_BG.name()


def test_a_selected_note_keeps_its_colour(qtbot, example):
    note = example.document.notes[0]
    item = example.scene.items_by_id[note.id]
    point = item.sceneBoundingRect().bottomRight() - QPointF(4, 4)
    before = _pixel(example, point)
    example.scene.select_ids([note.id])
    assert _pixel(example, point) == before


def _ink_rows(card: CardItem, lod: float) -> int:
    """Height in screen pixels of the first line of dark text on a card painted at ``lod``."""
    image = QImage(int(card.rect.width() * lod) + 4, int(card.rect.height() * lod) + 4, QImage.Format_ARGB32)
    image.fill(Qt.white)
    painter = QPainter(image)
    painter.scale(lod, lod)
    card.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    rows = [y for y in range(2, image.height() - 2)  # inside the border
            if any(image.pixelColor(x, y).lightness() < 200 for x in range(12, image.width() - 12))]
    first = [rows[0]]
    for y in rows[1:]:
        if y != first[-1] + 1:
            break
        first.append(y)
    return len(first)


def test_card_titles_stay_readable_at_laptop_fit_zoom(qtbot, example):
    zoom = example.view.zoom()
    assert zoom < 0.83  # the example at 1366x768 is fitted below 100 %
    card = CardItem("t")
    card.set_content("Compare laptops", "WEB", "", True, 3, False)
    # an 11 px type: from the top of the capitals to the bottom of the descenders about 9 px
    # (the full card drawn at these zooms gave 7 and 5 px)
    assert _ink_rows(card, zoom) >= 9
    assert _ink_rows(card, 0.5) >= 9


def test_flow_handles_are_about_ten_pixels_at_fit_zoom(qtbot, example):
    card = example.scene.items_by_id[example.document.touchpoints[0].id]
    handle = card.handle
    example.view.viewport().repaint()
    QApplication.processEvents()
    on_screen = handle._radius * 2 * example.view.zoom()
    assert on_screen >= 9.5
    assert handle.shape().boundingRect().width() * example.view.zoom() >= 9.5


@pytest.mark.parametrize("language, badge", [("el", "ΙΣΤΟΣ"), ("nl", "SITE"), ("nb", "NETT"), ("en", "WEB")])
def test_channel_badges_follow_the_map_language(qtbot, language, badge):
    doc = starter_map()
    doc.meta = MapMeta(title="Map", language=language)
    window = open_window(qtbot, doc=doc)
    tp = window.editor.add_touchpoint(doc.stages[0].id, doc.lanes[0].id, "Site", channel="web")
    window.scene.sync()
    assert window.scene.items_by_id[tp].channel_mark == badge


def test_a_new_persona_and_stage_are_named_in_the_map_language(qtbot):
    doc = starter_map()
    doc.meta = MapMeta(title="Kart", language="nb")
    window = open_window(qtbot, doc=doc)
    window.editor.add_persona()
    assert doc.personas[-1].name == "Ny persona"
    window.editor.add_stage()
    assert doc.stages[-1].name == "Ny fase"


def _menu_entry(window, item, text):
    """Right-click ``item`` and pick the entry called ``text`` (as the user would)."""
    chosen = []

    def run(menu, _pos):
        action = next(a for a in menu.actions() if a.text() == text)
        chosen.append(action)
        action.trigger()

    window.scene.run_menu = run
    pos = window.view.mapFromScene(item.sceneBoundingRect().center())
    QApplication.sendEvent(window.view.viewport(), _context_event(pos, window.view))
    assert chosen


def _context_event(pos, view):
    from PySide6.QtGui import QContextMenuEvent

    return QContextMenuEvent(QContextMenuEvent.Mouse, pos, view.viewport().mapToGlobal(pos))


def test_insert_stage_before_opens_the_name_editor_and_is_one_undo_step(qtbot):
    window = open_window(qtbot, doc=starter_map())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    doc = window.document
    first = doc.stages[0]
    count = len(doc.stages)
    _menu_entry(window, window.scene.items_by_id[first.id], "Insert stage before")
    editor = window.view.inline_editor
    assert editor.isVisible()
    qtbot.keyClicks(editor, "Arrival")
    qtbot.keyClick(editor, Qt.Key_Return)
    assert [s.name for s in doc.stages][:2] == ["Arrival", first.name]
    assert window.editor.undo_stack.count() == 1
    window.editor.undo_stack.undo()
    assert len(doc.stages) == count and doc.stages[0].id == first.id


def test_add_stage_from_the_toolbar_names_it_in_one_step(qtbot):
    window = open_window(qtbot, doc=starter_map())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.add_stage_action.trigger()
    qtbot.keyClicks(window.view.inline_editor, "Aftercare")
    qtbot.keyClick(window.view.inline_editor, Qt.Key_Return)
    assert window.document.stages[-1].name == "Aftercare"
    assert window.editor.undo_stack.count() == 1
    assert window.editor.undo_stack.undoText() == window.editor.undo_stack.command(0).text()


def test_the_toolbar_does_not_shift_as_undo_texts_change(qtbot):
    window = open_window(qtbot, doc=starter_map())
    button = window.toolbar.widgetForAction(window.add_card_action)
    before = button.geometry()
    window.editor.add_touchpoint(window.document.stages[0].id, window.document.lanes[0].id,
                                 "A card with a long title for the undo text")
    window.editor.add_stage()
    QApplication.processEvents()
    assert button.geometry() == before
    undo = window.toolbar.actions()[0]
    assert undo.text() == "Undo" and undo.isEnabled() and "Add" in undo.toolTip()
    undo.trigger()
    assert window.editor.undo_stack.count() == 2 and window.editor.undo_stack.index() == 1


def test_greek_preferences_note_is_not_clipped(qtbot, qapp):
    from jmap.gui.app.prefs import PreferencesDialog
    from jmap.gui.app.settings import Settings

    install_translator(qapp, "el")
    try:
        dialog = PreferencesDialog(None, Settings())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("nb"))
        QApplication.processEvents()
        note = dialog.note
        assert note.isVisible()
        assert note.height() >= note.heightForWidth(note.width()) - 1
        assert dialog.rect().contains(note.geometry())
    finally:
        install_translator(qapp, "en")


def test_dutch_loads_qt_own_translations_for_the_file_dialog(qapp):
    try:
        install_translator(qapp, "nl")
        assert QApplication.translate("QFileDialog", "Look in:") != "Look in:"
    finally:
        install_translator(qapp, "en")


def test_after_export_a_message_offers_open_and_show_in_folder(qtbot, manager, answers, tmp_path, monkeypatch):
    from jmap.gui.files import export_dialog, exported

    opened = []
    monkeypatch.setattr(exported, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    window = manager.new_window(load(example_paths()[0]).document)
    dialog = export_dialog.PdfExportDialog(window, window.editor.document, manager.settings, "map")
    target = tmp_path / "map.pdf"
    assert dialog.export(str(target))
    box = dialog.confirmation
    assert box.isVisible() and "map.pdf" in box.text()
    qtbot.mouseClick(box.findChild(QDialog.__base__, "export_open") or _button(box, "export_open"), Qt.LeftButton)
    assert opened == [str(target)]
    box = exported.confirm_export(window, target)
    qtbot.mouseClick(_button(box, "export_folder"), Qt.LeftButton)
    assert opened[-1] == str(tmp_path)
    assert answers.unexpected == []


def _button(box, name):
    return next(b for b in box.buttons() if b.objectName() == name)


def test_gallery_opens_a_recent_map_and_remembers_its_language(qtbot, manager, tmp_path, monkeypatch):
    from jmap.gui.files import gallery
    from jmap.io import save

    path = tmp_path / "recent.jmap"
    save(load(example_paths()[0]).document, path)
    manager.settings.add_recent(path)
    shown = []

    def pick_recent(dialog):
        shown.append(dialog.language_box.currentData())
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("nl"))
        item = dialog.recent.item(0)
        assert Path(item.data(Qt.ItemDataRole.UserRole)) == path.resolve()
        dialog._open_recent(item)
        return dialog.result()

    monkeypatch.setattr(gallery.GalleryDialog, "exec", pick_recent)
    window = manager.new_from_gallery()
    assert window is not None and window.path.resolve() == path.resolve()

    def cancel(dialog):
        shown.append(dialog.language_box.currentData())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(gallery.GalleryDialog, "exec", cancel)
    assert manager.new_from_gallery() is None
    assert shown == ["en", "nl"]


def test_gallery_open_button_opens_the_chosen_file(qtbot, manager, tmp_path, monkeypatch):
    from jmap.gui.files import gallery
    from jmap.io import save

    path = tmp_path / "picked.jmap"
    save(load(example_paths()[0]).document, path)
    monkeypatch.setattr(gallery.GalleryDialog, "ask_file", lambda self: str(path))

    def press_open(dialog):
        qtbot.mouseClick(dialog.open_button, Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(gallery.GalleryDialog, "exec", press_open)
    window = manager.new_from_gallery()
    assert window is not None and window.path.resolve() == path.resolve()
