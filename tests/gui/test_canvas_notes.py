"""A one-line note at far zoom still shows its text (the enlarged font is capped at the box)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter

from jmap.core.layout import Rect
from jmap.gui.canvas.items import NoteItem


def _dark_pixels(lod: float) -> int:
    note = NoteItem("n1")
    note.set_geometry(Rect(0, 0, 120, 22), False)
    note.set_content("Opens a blog post about laptops", QColor("#FFF8D6"))
    image = QImage(int(130 * lod) + 4, int(30 * lod) + 4, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(lod, lod)
    painter.translate(2, 2)
    note.paint(painter, None)
    painter.end()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)).lightness() < 128)


def test_a_one_line_note_shows_its_text_at_fit_zoom(qtbot):
    assert _dark_pixels(0.6) > 10  # the font is enlarged at this zoom: it used to draw no line at all
    assert _dark_pixels(1.0) > 10
