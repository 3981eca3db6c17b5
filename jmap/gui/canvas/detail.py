"""Level of detail at far zoom: secondary lines go first, titles keep a readable size on screen."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from jmap.gui.canvas import style

#: the smallest text worth drawing, in screen pixels (about 8 pt on a laptop screen)
READABLE_PX = 11.0
_PX_PER_PT = 4 / 3
#: below this zoom a card shows its title only, in a larger type
COMPACT_LOD = 0.83
HANDLE_MAX_R = 9.0


def readable_size(points: float, lod: float) -> float:
    """A font size (in scene points) that is at least READABLE_PX on screen at ``lod``."""
    return max(points, READABLE_PX / _PX_PER_PT / max(lod, 0.05))


def draw_title_only(painter, rect: QRectF, title: str, lod: float) -> None:
    """A far card: the whole card for the title, as many lines as fit at a readable size."""
    from jmap.gui.canvas.items import draw_wrapped

    inner = rect.adjusted(9, 3, -5, -3)
    font = style.font(readable_size(9.0, lod), True)
    painter.setPen(style.INK)
    painter.setFont(font)
    lines = max(1, int(inner.height() // painter.fontMetrics().height()))
    draw_wrapped(painter, inner, title, font, lines)


def note_font_size(lod: float) -> float:
    return readable_size(8.5, lod)


def note_font(lod: float, room: float):
    """A note's font at ``lod``: enlarged for far zoom, but never taller than the ``room`` of its box."""
    from PySide6.QtGui import QFontMetricsF

    size = note_font_size(lod)
    font = style.font(size)
    height = QFontMetricsF(font).height()
    if room > 0 and height > room:
        font = style.font(max(1.0, size * room / height))
    return font


def handle_radius(lod: float) -> float:
    """The flow handle's radius in scene units: about 10 px across on screen, whatever the zoom."""
    return min(HANDLE_MAX_R, max(4.0, 5.0 / max(lod, 0.05)))
