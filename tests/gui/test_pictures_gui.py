"""Pictures in the editor: dropped files, pasted images, the dialog, undo, placeholders (pytest-qt)."""

from __future__ import annotations

import io

from gui_support import open_window
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog

from jmap.core.layout import compute_layout
from jmap.io import dumps, load, save


def _png_file(tmp_path, name="sketch.png", size=(300, 200), colour="#009E73"):
    path = tmp_path / name
    Image.new("RGB", size, colour).save(path, "PNG")
    return path


def _window(qtbot):
    window = open_window(qtbot, actual_size=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _drop(window, mime: QMimeData, scene_x: float, scene_y: float) -> None:
    """Drag ``mime`` over the canvas and drop it at a point of the map, as the window system does."""
    point = window.view.mapFromScene(scene_x, scene_y)
    at = QPointF(point.x(), point.y())
    viewport = window.view.viewport()
    enter = QDragEnterEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    QApplication.sendEvent(viewport, QDropEvent(at, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))


def _files(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_a_file_dropped_on_a_card_goes_on_it_and_undo_takes_it_off(qtbot, tmp_path):
    window = _window(qtbot)
    doc = window.document
    tp = doc.touchpoints[0]
    rect = window.scene.layout.cards[tp.id]
    height = rect.h
    _drop(window, _files(_png_file(tmp_path)), rect.cx, rect.cy)
    assert tp.picture and doc.get("pictures", tp.picture).width == 300
    qtbot.waitUntil(lambda: window.scene.layout.cards[tp.id].h > height)  # the card grew to hold it
    assert window.scene.items_by_id[tp.id].image is not None
    full = compute_layout(doc)  # the canvas's cell-by-cell layout agrees with the full one
    assert (window.scene.layout.cards, window.scene.layout.notes, window.scene.layout.picture_h) == (
        full.cards, full.notes, full.picture_h)
    window.editor.undo_stack.undo()
    assert tp.picture == "" and doc.items("pictures") == []
    window.editor.undo_stack.redo()
    assert tp.picture and len(doc.items("pictures")) == 1


def test_a_file_dropped_on_an_empty_storyboard_cell_becomes_a_picture_note(qtbot, tmp_path):
    window = _window(qtbot)
    doc = window.document
    lane_id = window.editor.add_lane("storyboard", title="Storyboard")
    window.scene.sync()
    stage = doc.stages[1]
    cell = window.scene.layout.cell(doc.lane_index()[lane_id], doc.stage_index()[stage.id])
    _drop(window, _files(_png_file(tmp_path)), cell.cx, cell.cy)
    notes = doc.notes_in(lane_id, stage.id)
    assert len(notes) == 1 and notes[0].picture
    # the same picture dropped again on another cell is stored once
    other = window.scene.layout.cell(doc.lane_index()[lane_id], doc.stage_index()[doc.stages[2].id])
    _drop(window, _files(_png_file(tmp_path, "copy.png")), other.cx, other.cy)
    assert len(doc.notes_in(lane_id, doc.stages[2].id)) == 1 and len(doc.items("pictures")) == 1
    # and the caption is typed in place like any note's text
    window.view.edit_item(window.scene.items_by_id[notes[0].id])
    qtbot.keyClicks(window.view.inline_editor, "Sketch of the door")
    window.view.inline_editor.finish(True)
    assert notes[0].text == "Sketch of the door" and notes[0].picture


def test_a_damaged_file_is_refused_with_a_message_and_changes_nothing(qtbot, tmp_path):
    window = _window(qtbot)
    bad = tmp_path / "broken.png"
    bad.write_bytes(_png_file(tmp_path).read_bytes()[:60])
    count = window.editor.undo_stack.count()
    rect = window.scene.layout.cards[window.document.touchpoints[0].id]
    _drop(window, _files(bad), rect.cx, rect.cy)
    assert window.editor.undo_stack.count() == count and window.document.items("pictures") == []
    assert "Picture not inserted" in window.statusBar().currentMessage()


def test_an_image_pasted_from_the_clipboard_goes_on_the_selected_note_and_is_saved(qtbot, tmp_path):
    window = _window(qtbot)
    doc = window.document
    note = doc.notes[0]
    window.scene.select_ids([note.id])
    image = QImage(640, 480, QImage.Format_RGB32)
    image.fill(QColor("#CC79A7"))
    QApplication.clipboard().setImage(image)
    qtbot.keyClick(window.view, Qt.Key_V, Qt.ControlModifier)
    assert note.picture and doc.get("pictures", note.picture).media_type == "image/png"
    save(doc, tmp_path / "pasted.jmap")
    back = load(tmp_path / "pasted.jmap")
    assert back.warnings == [] and back.document.get("notes", note.id).picture == note.picture


def test_the_dialog_inserts_a_scaled_down_picture_in_the_current_cell(qtbot, tmp_path, monkeypatch):
    window = _window(qtbot)
    doc = window.document
    big = tmp_path / "wall.jpg"
    Image.new("RGB", (4000, 3000), "#F0E442").save(big, "JPEG")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(big), ""))
    stage, lane = doc.stages[0], doc.lanes[0]
    cell = window.scene.layout.cell(0, 0)
    point = window.view.mapFromScene(cell.cx, cell.bottom - 6)
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=QPoint(point.x(), point.y()))
    before = len(doc.notes_in(lane.id, stage.id))
    window.insert_picture_action.trigger()
    added = doc.notes_in(lane.id, stage.id)
    assert len(added) == before + 1
    picture = doc.get("pictures", added[-1].picture)
    assert (picture.width, picture.height) == (2400, 1800)


def test_a_picture_that_cannot_be_shown_is_drawn_as_a_placeholder(qtbot, tmp_path):
    from jmap.core.starter import starter_map
    from jmap.io.pictures import make_picture

    doc = starter_map()
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "#0072B2").save(out, "PNG")
    picture = make_picture(out.getvalue())
    picture.data = picture.data[:-12]  # damaged after it was stored
    doc.append("pictures", picture)
    doc.set("notes", doc.notes[0].id, "picture", picture.id)
    window = open_window(qtbot, doc=doc, actual_size=True)
    item = window.scene.items_by_id[doc.notes[0].id]
    assert item.picture is picture and item.image is None
    canvas = QImage(800, 600, QImage.Format_ARGB32)
    painter = QPainter(canvas)
    window.scene.render(painter)
    painter.end()


def test_a_card_pasted_into_another_map_leaves_a_picture_it_does_not_hold_behind(qtbot, tmp_path):
    from jmap.core.clipboard import copy_fragment, paste_steps
    from jmap.core.starter import starter_map

    window = _window(qtbot)
    doc = window.document
    tp = doc.touchpoints[0]
    rect = window.scene.layout.cards[tp.id]
    _drop(window, _files(_png_file(tmp_path)), rect.cx, rect.cy)
    fragment = copy_fragment(doc, [tp.id])
    same = window.editor.paste(fragment)
    assert doc.get("touchpoints", same[0]).picture == tp.picture  # the same map: the picture is shared
    steps, _ids = paste_steps(starter_map(), fragment)
    assert steps[0][3].picture == ""  # another map: no dangling reference


def _menu(window, monkeypatch, eid: str, choose: str) -> None:
    """Right-click an item and choose an entry of its context menu."""
    from PySide6.QtGui import QContextMenuEvent

    monkeypatch.setattr(window.scene, "run_menu",
                        lambda menu, _pos: next(a for a in menu.actions() if a.text() == choose).trigger())
    rect = window.scene.items_by_id[eid].sceneBoundingRect()
    pos = window.view.mapFromScene(rect.center())
    QApplication.sendEvent(window.view.viewport(),
                           QContextMenuEvent(QContextMenuEvent.Mouse, pos, window.view.viewport().mapToGlobal(pos)))


def test_the_context_menu_inserts_and_removes_a_picture_and_undo_brings_it_back(qtbot, tmp_path, monkeypatch):
    window = _window(qtbot)
    doc = window.document
    tp = doc.touchpoints[2]
    path = _png_file(tmp_path, size=(120, 400))  # a tall screenshot: its box keeps a usable shape
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _menu(window, monkeypatch, tp.id, "Insert picture…")
    assert doc.get("pictures", tp.picture).height == 400
    window.scene.sync()
    _menu(window, monkeypatch, tp.id, "Remove picture")
    assert tp.picture == ""
    assert b"pictures" not in dumps(doc)  # unused: not written
    window.editor.undo_stack.undo()
    assert tp.picture and doc.get("pictures", tp.picture) is not None


def test_a_picture_the_map_has_no_room_for_is_refused_with_a_message(qtbot, tmp_path, monkeypatch):
    import jmap.io.pictures as pictures_io

    window = _window(qtbot)
    monkeypatch.setattr(pictures_io, "MAX_TOTAL_PICTURE_BYTES", 100)
    rect = window.scene.layout.cards[window.document.touchpoints[0].id]
    _drop(window, _files(_png_file(tmp_path)), rect.cx, rect.cy)
    assert window.document.items("pictures") == [] and window.document.touchpoints[0].picture == ""
    assert "would take" in window.statusBar().currentMessage()
