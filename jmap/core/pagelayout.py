"""Paper maths shared by the PDF export and the editor's print preview: page sizes, fit, poster tiles.

All numbers are in points (1/72 inch). Nothing here knows about reportlab or Qt.
"""

from __future__ import annotations

import math

from jmap.core.record import FrozenRecord

MM = 72 / 25.4

#: Portrait (width, height) of the supported paper sizes.
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * MM, 297 * MM),
    "A3": (297 * MM, 420 * MM),
    "A2": (420 * MM, 594 * MM),
    "A1": (594 * MM, 841 * MM),
    "A0": (841 * MM, 1189 * MM),
    "Letter": (612.0, 792.0),
    "Tabloid": (792.0, 1224.0),
}
ORIENTATIONS = ("landscape", "portrait")

#: Margin of a poster sheet: room for crop marks and the sheet label (most printers
#: cannot print the outer 5 mm anyway).
SHEET_MARGIN = 10 * MM
#: How much neighbouring poster sheets overlap, for glueing or taping.
SHEET_OVERLAP = 10 * MM


def page_name(name: str) -> str:
    """The canonical spelling of a page size name (``a4`` -> ``A4``); KeyError if unknown."""
    for key in PAGE_SIZES:
        if key.lower() == str(name).strip().lower():
            return key
    raise KeyError(f"unknown page size {name!r}; choose one of {', '.join(PAGE_SIZES)}")


def page_size(name: str, orientation: str = "landscape") -> tuple[float, float]:
    """(width, height) in points of a named page in an orientation."""
    if orientation not in ORIENTATIONS:
        raise KeyError(f"unknown orientation {orientation!r}; choose landscape or portrait")
    w, h = PAGE_SIZES[page_name(name)]
    return (max(w, h), min(w, h)) if orientation == "landscape" else (min(w, h), max(w, h))


class Placement(FrozenRecord):
    """Where content of a size goes in a box: scale, then offset of its top-left corner."""

    __slots__ = ("scale", "x", "y", "w", "h")
    FIELDS = __slots__

    def __init__(self, scale: float, x: float, y: float, w: float, h: float) -> None:
        for name, value in zip(self.FIELDS, (scale, x, y, w, h)):
            object.__setattr__(self, name, value)


def fit(content_w: float, content_h: float, box_x: float, box_y: float, box_w: float, box_h: float,
        max_scale: float = 1.0) -> Placement:
    """Scale content to fit a box (never above ``max_scale``), centred horizontally, at the top."""
    if content_w <= 0 or content_h <= 0:
        return Placement(1.0, box_x, box_y, 0.0, 0.0)
    s = min(box_w / content_w, box_h / content_h, max_scale)
    w, h = content_w * s, content_h * s
    return Placement(s, box_x + (box_w - w) / 2, box_y, w, h)


class Tile(FrozenRecord):
    """One sheet of a poster: its row and column and the poster region it shows (``x``, ``y``,
    ``w``, ``h``: top-left origin, points)."""

    __slots__ = ("row", "col", "x", "y", "w", "h")
    FIELDS = __slots__

    def __init__(self, row: int, col: int, x: float, y: float, w: float, h: float) -> None:
        for name, value in zip(self.FIELDS, (row, col, x, y, w, h)):
            object.__setattr__(self, name, value)

    @property
    def label(self) -> str:
        """Row and column, ``R1·C1`` top left (never a code like ``A1`` that reads as a paper size)."""
        return f"R{self.row + 1}\u00b7C{self.col + 1}"


def row_letter(row: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    row += 1
    while row:
        row, rem = divmod(row - 1, 26)
        out = chr(65 + rem) + out
    return out


class PosterPlan(FrozenRecord):
    """A poster cut into sheets: the poster's and a sheet's size, margin and overlap, the tiles."""

    __slots__ = ("poster_w", "poster_h", "sheet_w", "sheet_h", "margin", "overlap", "rows", "cols", "tiles")
    FIELDS = __slots__

    def __init__(self, poster_w: float, poster_h: float, sheet_w: float, sheet_h: float, margin: float,
                 overlap: float, rows: int, cols: int, tiles: tuple[Tile, ...]) -> None:
        values = (poster_w, poster_h, sheet_w, sheet_h, margin, overlap, rows, cols, tiles)
        for name, value in zip(self.FIELDS, values):
            object.__setattr__(self, name, value)

    @property
    def sheet_orientation(self) -> str:
        return "landscape" if self.sheet_w >= self.sheet_h else "portrait"


def _count(length: float, printable: float, overlap: float) -> int:
    step = printable - overlap
    return max(1, math.ceil((length - overlap) / step - 1e-9))


def poster_plan(poster: str, sheet: str, orientation: str = "landscape", used: tuple[float, float] | None = None,
                margin: float = SHEET_MARGIN, overlap: float = SHEET_OVERLAP) -> PosterPlan:
    """Tile a poster of one paper size over sheets of another, with overlap.

    The poster has ``orientation``; ``used`` (width, height) trims it to the part the
    content fills, so that no blank sheet is printed. The sheets are turned whichever
    way needs fewer of them (landscape on a tie). Each sheet prints its region inside
    ``margin``; neighbouring regions share ``overlap`` points.
    """
    pw, ph = page_size(poster, orientation)
    if used is not None:
        pw, ph = min(pw, max(1.0, used[0])), min(ph, max(1.0, used[1]))
    best = None
    for sheet_orientation in ORIENTATIONS:
        sw, sh = page_size(sheet, sheet_orientation)
        iw, ih = sw - 2 * margin, sh - 2 * margin
        cols, rows = _count(pw, iw, overlap), _count(ph, ih, overlap)
        if best is None or rows * cols < best[0]:
            best = (rows * cols, sw, sh, iw, ih, rows, cols)
    _, sw, sh, iw, ih, rows, cols = best
    tiles = tuple(
        Tile(r, c, c * (iw - overlap), r * (ih - overlap), iw, ih) for r in range(rows) for c in range(cols)
    )
    return PosterPlan(pw, ph, sw, sh, margin, overlap, rows, cols, tiles)
