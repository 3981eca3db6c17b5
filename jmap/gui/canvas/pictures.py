"""Pictures on the canvas: decoded by Qt only after jmap.io.pictures checked them, drawn with a level of detail.

Also the editor's ways in: a picture from a file, dropped files and the clipboard
(``picture_from_mime``), placed on a card or note or as a new note in a cell
(``place_picture``), each one undoable step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPen, QPixmap

from jmap.core.pictures import fitted, picture_box, picture_of, picture_room
from jmap.gui import tr
from jmap.gui.canvas import style

#: Qt images of checked pictures, by (id, sha256): decoded once.
_IMAGES: dict[tuple[str, str], QImage | None] = {}
#: Pixmaps scaled to the size they are drawn at, by (id, width, height): panning redraws cheaply.
_PIXMAPS: dict[tuple[str, int, int], QPixmap] = {}
_MAX_PIXMAPS = 400
PLACEHOLDER = QColor("#D9DEE4")


def image_for(picture) -> QImage | None:
    """The decoded picture, or None when it is damaged or refused (a placeholder is drawn)."""
    if picture is None:
        return None
    key = (picture.id, picture.sha256)
    if key not in _IMAGES:
        from jmap.io.pictures import picture_bytes

        raw = picture_bytes(picture)  # None unless type, size, header pixels and a full decode passed
        image = QImage.fromData(QByteArray(raw)) if raw is not None else None
        _IMAGES[key] = image if image is not None and not image.isNull() else None
    return _IMAGES[key]


def look_of(doc, entity) -> tuple[object, QImage | None]:
    """(picture or None, its image or None) of a card or note, for its item."""
    picture = picture_of(doc, entity)
    return picture, image_for(picture)


def _pixmap(picture, image: QImage, w: int, h: int) -> QPixmap:
    key = (picture.id, w, h)
    pixmap = _PIXMAPS.get(key)
    if pixmap is None:
        if len(_PIXMAPS) > _MAX_PIXMAPS:
            _PIXMAPS.clear()
        pixmap = _PIXMAPS[key] = QPixmap.fromImage(
            image.scaled(max(1, w), max(1, h), Qt.KeepAspectRatio, Qt.SmoothTransformation))
    return pixmap


def paint_picture(painter, rect: QRectF, room: float, picture, image: QImage | None, lod: float) -> None:
    """Draw an item's picture in the top ``room`` of its ``rect`` (a placeholder when it cannot be shown)."""
    box = picture_box(rect.left(), rect.top(), rect.width(), room)
    x, y, w, h = fitted(box, picture) if image is not None else box
    target = QRectF(x, y, w, h)
    if image is None or lod < style.DETAIL_LOD:
        painter.fillRect(target, PLACEHOLDER)
        if image is None and lod >= style.TEXT_LOD:
            painter.setPen(QPen(style.MUTED, 0.8, Qt.DashLine))
            painter.drawRect(target)
            painter.setFont(style.font(7.0))
            painter.drawText(target, Qt.AlignCenter | Qt.TextWordWrap, tr("picture cannot be shown"))
        return
    # a pixmap at about the size it appears on screen (steps of 2): smooth panning at every zoom
    scale = max(0.25, min(4.0, 2 ** round(max(-2, min(2, lod - 1)))))
    pixmap = _pixmap(picture, image, int(w * scale * 2), int(h * scale * 2))
    painter.setRenderHint(painter.RenderHint.SmoothPixmapTransform, lod > 0.6)
    painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))


class PictureSlot:
    """Mixed into card and note items: the picture at their top (set by the scene, drawn in paint)."""

    picture = None
    image: QImage | None = None

    def set_picture(self, picture, image: QImage | None) -> None:
        if picture is not self.picture or image is not self.image:
            self.picture, self.image = picture, image
            self.update()

    def paint_picture(self, painter, lod: float) -> float:
        """Draw the picture, if any; returns the room it takes at the top."""
        room = picture_room(self.picture, self.rect.width())
        if room:
            paint_picture(painter, self.rect, room, self.picture, self.image, lod)
        return room


def picture_from_file(path: str | Path):
    """A Picture from an image file (scaled down when large); PictureError (naming the file) on failure.

    Only a regular file within the insert limit is read: a FIFO or device is refused unread.
    """
    from jmap.io.pictures import prepare_picture, read_picture_file

    return prepare_picture(read_picture_file(path))


def picture_from_mime(mime):
    """A Picture from dropped or pasted data (an image file, or image data), else None.

    Raises PictureError or OSError when there is an image that cannot be used.
    """
    from jmap.io.pictures import prepare_picture

    for url in mime.urls() if mime.hasUrls() else ():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in (".png", ".jpg", ".jpeg"):
            return picture_from_file(url.toLocalFile())
    for fmt in ("image/png", "image/jpeg"):
        if fmt in mime.formats():
            return prepare_picture(bytes(mime.data(fmt)))
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.WriteOnly)
            image.save(buffer, "PNG")
            return prepare_picture(bytes(data))
    return None


def has_picture(mime) -> bool:
    """Whether dropped or pasted data may hold a picture (checked for real on drop)."""
    if mime.hasImage() or any(f in mime.formats() for f in ("image/png", "image/jpeg")):
        return True
    return mime.hasUrls() and any(u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in (".png", ".jpg", ".jpeg")
                                  for u in mime.urls())


def place_picture(editor, picture, target_id: str | None = None, cell: tuple[str, str] | None = None,
                  caption: str = "") -> str | None:
    """Show a picture on a card or note, or as a new note in a cell (stage id, lane id); one undo step.

    The picture is added to the map unless the map already holds the same bytes. Returns
    the id of the card or note, or None when there is nowhere to put it; PictureError when
    the map has no room left for it (too many pictures or bytes together).
    """
    from jmap.core.model import Note
    from jmap.io.pictures import PictureError, room_problem

    doc = editor.document
    problem = room_problem(doc, picture)
    if problem:
        raise PictureError(problem)
    steps: list[tuple] = []
    if doc.get("pictures", picture.id) is None:
        steps.append(("insert", "pictures", -1, picture))
    if target_id is not None:
        coll, _entity = doc.find(target_id)
        if coll not in ("notes", "touchpoints"):
            return None
        steps.append(("set", coll, target_id, "picture", picture.id))
    elif cell is not None and doc.get("stages", cell[0]) is not None and doc.get("lanes", cell[1]) is not None:
        target_id = doc.new_id("notes")
        steps.append(("insert", "notes", -1, Note(target_id, cell[1], cell[0], text=caption, picture=picture.id)))
    else:
        return None
    editor.push(tr("Insert picture"), steps)
    editor.select_requested.emit([target_id])
    return target_id


# ------------------------------------------------------------- ways in
def _tell(widget, text: str) -> None:
    """A short message in the window's status bar (a picture that could not be used)."""
    window = widget.window()
    bar = window.statusBar() if hasattr(window, "statusBar") else None
    if bar is not None:
        bar.showMessage(text, 15000)


def _target(scene) -> tuple[str | None, tuple[str, str] | None]:
    """Where a pasted or chosen picture goes: the one selected card or note, else the current cell."""
    ids = [eid for eid in scene.selected_ids() if scene.doc.find(eid)[0] in ("notes", "touchpoints")]
    if len(ids) == 1:
        return ids[0], None
    cell = scene.current_cell
    if cell is None and scene.doc.stages:
        lane = next((lane for lane in scene.doc.lanes if lane.kind == "storyboard"), None)
        if lane is not None:
            cell = (scene.doc.stages[0].id, lane.id)
    return None, cell


def _insert(widget, scene, make, target_id, cell) -> str | None:
    from jmap.io.pictures import PictureError

    try:
        picture = make()
    except (PictureError, OSError) as exc:
        _tell(widget, tr("Picture not inserted: {0}").format(exc))
        return None
    if picture is None:
        return None
    try:
        placed = place_picture(scene.editor, picture, target_id, cell)
    except PictureError as exc:
        _tell(widget, tr("Picture not inserted: {0}").format(exc))
        return None
    if placed is None:
        _tell(widget, tr("Select a card or note, or click a cell, to insert a picture"))
    return placed


def drag_has_picture(event) -> bool:
    """dragEnter/dragMove: accept files and data that may be pictures."""
    if has_picture(event.mimeData()):
        event.acceptProposedAction()
        return True
    return False


def drop_picture(view, event) -> bool:
    """A picture dropped on a card or note goes on it; dropped on a cell it becomes a new note there."""
    mime = event.mimeData()
    if not has_picture(mime):
        return False
    scene = view.scene()
    pos = view.mapToScene(event.position().toPoint())
    item = scene.itemAt(pos, view.transform())
    item = getattr(item, "card", item)  # a card's flow handle
    target_id = item.eid if getattr(item, "collection", "") in ("notes", "touchpoints") else None
    cell = scene.cell_at(pos.x(), pos.y()) if target_id is None else None
    event.acceptProposedAction()
    _insert(view, scene, lambda: picture_from_mime(mime), target_id, cell)
    return True


def paste_picture(window, mime) -> bool:
    """Paste an image from the clipboard onto the selected card or note, or into the current cell."""
    if mime is None or not has_picture(mime):
        return False
    scene = window.scene
    _insert(window, scene, lambda: picture_from_mime(mime), *_target(scene))
    return True


def choose_picture(window, scene=None, target=None) -> str | None:
    """Edit ▸ Insert picture…: a PNG or JPEG chosen in a dialog, on the selected card or note or in the current cell.

    ``target`` is (card or note id, cell) from a context menu; by default the selection decides.
    """
    from PySide6.QtWidgets import QFileDialog

    scene = scene or window.scene
    path, _filter = QFileDialog.getOpenFileName(window, tr("Insert picture"), "",
                                                tr("Pictures (*.png *.jpg *.jpeg)"))
    if not path:
        return None
    return _insert(window, scene, lambda: picture_from_file(path), *(target or _target(scene)))


def picture_menu(menu, scene, view, item, scene_pos) -> None:
    """The canvas context menu's picture entries: insert on a card, a note or a cell; remove from a card or note."""
    window = view.window()
    if getattr(item, "collection", "") in ("notes", "touchpoints"):
        menu.addSeparator()
        menu.addAction(tr("Insert picture…"), lambda: choose_picture(window, scene, (item.eid, None)))
        if item.picture is not None:
            menu.addAction(tr("Remove picture"), lambda: remove_picture(scene.editor, item.eid))
    elif item is None or not hasattr(item, "eid"):
        cell = scene.cell_at(scene_pos.x(), scene_pos.y())
        if cell is not None and scene.doc.get("lanes", cell[1]).kind != "emotions":
            menu.addAction(tr("Insert picture here…"), lambda: choose_picture(window, scene, (None, cell)))


def remove_picture(editor, entity_id: str) -> bool:
    """Take the picture off a card or note (one undo step; the picture leaves the file when unused)."""
    coll, entity = editor.document.find(entity_id)
    if coll not in ("notes", "touchpoints") or not entity.picture:
        return False
    return editor.push(tr("Remove picture"), [("set", coll, entity_id, "picture", "")])
