"""The template gallery shown on New: templates in four languages and worked examples, with thumbnails."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from jmap.core import theme
from jmap.core.layout import compute_layout, curve_points, smooth_segments
from jmap.core.model import LaneKind
from jmap.io import JmapError, load
from jmap.io.templates import example_paths, list_templates, new_from_template, stamp_new

THUMB = QSize(224, 140)
LANGUAGE_NAMES = {"en": "English", "nb": "Norsk bokmål", "nl": "Nederlands", "el": "Ελληνικά"}

_thumb_cache: dict[tuple[str, float], QPixmap] = {}


@dataclass(frozen=True)
class GalleryEntry:
    """One choice in the gallery: a template (name + language) or a worked example."""

    kind: str  # "template" or "example"
    name: str
    language: str
    title: str
    description: str
    path: Path

    def make(self):
        """(new document, suggested file name)."""
        if self.kind == "template":
            doc = new_from_template(self.name, self.language)
        else:
            doc = load(self.path).document
            stamp_new(doc)
        return doc, self.path.stem if self.kind == "example" else _slug(doc.meta.title or self.name)


def _slug(text: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in text)
    return "-".join(keep.split()).lower() or "map"


def gallery_entries() -> list[GalleryEntry]:
    """Every template (all languages), then every worked example that loads."""
    out = [GalleryEntry("template", t.name, t.language, t.title, t.description, t.path) for t in list_templates()]
    for path in example_paths():
        try:
            meta = load(path).document.meta
        except JmapError:
            continue
        out.append(GalleryEntry("example", path.stem, meta.language, meta.title or path.stem, meta.description, path))
    return out


def one_line(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"


def thumbnail(path: Path, size: QSize = THUMB) -> QPixmap:
    """A small schematic of the map drawn from the core layout (stages, lanes, cards, curve)."""
    key = (str(path), path.stat().st_mtime)
    if key not in _thumb_cache:
        _thumb_cache[key] = draw_schematic(load(path).document, size)
    return _thumb_cache[key]


def draw_schematic(doc, size: QSize = THUMB) -> QPixmap:
    layout = compute_layout(doc)
    pixmap = QPixmap(size)
    pixmap.fill(QColor(theme.PAPER))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width, height = max(layout.width, 1.0), max(layout.height, 1.0)
    scale = min((size.width() - 8) / width, (size.height() - 8) / height)
    painter.translate((size.width() - width * scale) / 2, (size.height() - height * scale) / 2)
    painter.scale(scale, scale)
    thin = QPen(QColor(theme.GRID), 1.0 / scale)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.HEADER_BG))
    painter.drawRect(QRectF(0, 0, width, layout.header_h))
    for i, lane in enumerate(doc.lanes):
        y, h = layout.lane_y[i], layout.lane_h[i]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.lane_tint(lane.kind, lane.colour)))
        painter.drawRect(QRectF(0, y, width, h))
        painter.setBrush(QColor(theme.LANE_HEADER_BG))
        painter.drawRect(QRectF(0, y, layout.lane_header_w, h))
        painter.setPen(thin)
        painter.drawLine(QPointF(0, y), QPointF(width, y))
    for x in layout.stage_x:
        painter.setPen(thin)
        painter.drawLine(QPointF(x, layout.header_h), QPointF(x, height))
    lane_kind = {lane.id: lane.kind for lane in doc.lanes}
    painter.setPen(Qt.PenStyle.NoPen)
    for note in doc.notes:
        rect = layout.notes.get(note.id)
        if rect is not None:
            painter.setBrush(QColor(theme.note_colour(lane_kind.get(note.lane, ""), note.colour)))
            painter.drawRect(QRectF(rect.x, rect.y, rect.w, rect.h))
    painter.setPen(QPen(QColor(theme.CARD_BORDER), 1.5 / scale))
    painter.setBrush(QColor(theme.CARD_BG))
    for rect in layout.cards.values():
        painter.drawRoundedRect(QRectF(rect.x, rect.y, rect.w, rect.h), 4, 4)
    if any(lane.kind == LaneKind.EMOTIONS for lane in doc.lanes):
        for index, persona in enumerate(doc.personas):
            points = [(x, y) for _id, x, y in curve_points(doc, layout, persona.id)]
            if len(points) < 2:
                continue
            path = QPainterPath(QPointF(*points[0]))
            for segment in smooth_segments(points):
                (_x0, _y0), c1, c2, end = segment
                path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
            painter.setPen(QPen(QColor(theme.persona_colour(index, persona.colour)), 3.0 / scale))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
    painter.end()
    return pixmap


class GalleryDialog(QDialog):
    """Pick a template or an example; ``chosen()`` gives (document, suggested name)."""

    def __init__(self, parent=None, language: str = "en", recent=()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Map"))
        self.entries = gallery_entries()
        #: a map to open instead of a new one (Open… or a recent map), set on accept
        self.open_path: Path | None = None
        self.language_box = QComboBox()
        self.language_box.setObjectName("gallery_language")
        self.language_box.addItem(self.tr("All languages"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.list = QListWidget()
        self.list.setObjectName("gallery_list")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setGridSize(QSize(THUMB.width() + 36, THUMB.height() + 86))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(self._describe)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(self.tr("Open…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("gallery_open")
        self.open_button.clicked.connect(self._open_file)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("gallery_create")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        self.recent = QListWidget()
        self.recent.setObjectName("gallery_recent")
        for name in recent:
            item = QListWidgetItem(f"{Path(name).name} — {Path(name).parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(name))
            item.setToolTip(str(name))
            self.recent.addItem(item)
        self.recent.setMaximumHeight(6 + min(5, max(1, self.recent.count())) * self.recent.sizeHintForRow(0))
        self.recent.itemActivated.connect(self._open_recent)
        self.recent.itemDoubleClicked.connect(self._open_recent)
        self.recent_label = QLabel(self.tr("Recent maps (double-click to open):"))
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent)
        self.recent_label.setVisible(self.recent.count() > 0)
        self.recent.setVisible(self.recent.count() > 0)
        layout.addWidget(self.buttons)
        self.language_box.currentIndexChanged.connect(self._fill)
        index = self.language_box.findData(language)
        self.language_box.setCurrentIndex(max(index, 0))
        self._fill()
        self.resize(4 * (THUMB.width() + 48) + 40, 640)

    def _fill(self) -> None:
        language = self.language_box.currentData()
        self.list.clear()
        for entry in self.entries:
            if language and entry.language != language:
                continue
            label = entry.title if entry.kind == "template" else self.tr("Example: {0}").format(entry.title)
            item = QListWidgetItem(f"{label}\n{one_line(entry.description, 60)}")
            try:
                item.setIcon(QIcon(thumbnail(entry.path)))
            except (JmapError, OSError):
                pass
            item.setToolTip(one_line(entry.description, 200))
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.create_button.setEnabled(self.list.count() > 0)

    def _describe(self, item, _previous=None) -> None:
        entry = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.description.setText(one_line(entry.description, 200) if entry else "")

    def ask_file(self) -> str:
        """The .jmap file chosen in a file dialog ('' when cancelled)."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Map"), "", self.tr("Journey maps (*.jmap)"))
        return path

    def _open_file(self) -> None:
        path = self.ask_file()
        if path:
            self.open_path = Path(path)
            self.accept()

    def _open_recent(self, item) -> None:
        self.open_path = Path(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def visible_entries(self) -> list[GalleryEntry]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def chosen(self):
        item = self.list.currentItem()
        if item is None:
            return None
        return item.data(Qt.ItemDataRole.UserRole).make()


def choose_template(parent, settings):
    """Show the gallery: (document, suggested name), a Path to open (Open… or a recent map), or
    None when cancelled. The language last picked in it is shown again next time."""
    from PySide6.QtCore import QSettings

    store = QSettings(str(settings.path), QSettings.Format.IniFormat) if settings is not None else None
    language = settings.language if settings is not None else "en"
    if store is not None:
        language = str(store.value("gallery/language", language))
    dialog = GalleryDialog(parent, language, settings.recent_files() if settings is not None else ())
    answer = dialog.exec()
    if store is not None:
        store.setValue("gallery/language", dialog.language_box.currentData() or "")
        store.sync()
    if answer != QDialog.DialogCode.Accepted:
        return None
    if dialog.open_path is not None:
        return dialog.open_path
    return dialog.chosen()
