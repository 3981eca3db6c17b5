"""The theme (jmap.core.theme) as Qt colours, pens and fonts for the canvas items."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont

from jmap.core import theme

#: Below this zoom (device pixels per map unit) items skip their text.
TEXT_LOD = 0.42
#: Below this zoom items draw plain shapes only.
DETAIL_LOD = 0.25
FAMILY = "DejaVu Sans"


@lru_cache(maxsize=256)
def colour(value: str) -> QColor:
    return QColor(value)


@lru_cache(maxsize=64)
def font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    """A font whose size is given in map units (points of the layout), not screen points."""
    f = QFont(FAMILY)
    f.setPointSizeF(size * 0.75)  # map units are drawn at 96 dpi: 1 unit = 0.75 pt
    f.setBold(bold)
    f.setItalic(italic)
    f.setHintingPreference(QFont.PreferNoHinting)  # text scales smoothly with zoom
    return f


def qrect(rect) -> QRectF:
    """A jmap.core.layout.Rect as a QRectF."""
    return QRectF(rect.x, rect.y, rect.w, rect.h)


INK = colour(theme.INK)
MUTED = colour(theme.MUTED)
GRID = colour(theme.GRID)
PAPER = colour(theme.PAPER)
HEADER_BG = colour(theme.HEADER_BG)
HEADER_INK = colour(theme.HEADER_INK)
LANE_HEADER_BG = colour(theme.LANE_HEADER_BG)
CARD_BG = colour(theme.CARD_BG)
CARD_BORDER = colour(theme.CARD_BORDER)
FLOW = colour(theme.FLOW)
BACK_FLOW = colour(theme.BACK_FLOW)  # the same as on paper; backward flows are also dashed
SELECT = colour("#0072B2")
PROMPT = colour(theme.mix(theme.MUTED, theme.PAPER, 0.35))


def choose_colour(parent, current: str) -> str | None:
    """Ask for a colour (starting from ``current``); #RRGGBB, or None when cancelled."""
    from PySide6.QtWidgets import QColorDialog

    from jmap.gui import tr

    picked = QColorDialog.getColor(QColor(theme.valid_colour(current, theme.PERSONA_PALETTE[0])), parent,
                                   tr("Choose a colour"))
    return picked.name().upper() if picked.isValid() else None
