"""Marks on a poster sheet: crop and registration marks, overlap strips, the sheet label and an assembly plan."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from jmap.core import theme
from jmap.core.labels import label
from jmap.core.pagelayout import MM, PosterPlan, Tile
from jmap.export.fonts import BOLD, REGULAR
from jmap.export.ink import fill, stroke

CROP = "#000000"
OVERLAP = "#C9D2DC"
#: The sheet label is read while assembling the poster on a table or a wall.
LABEL_PT = 16.0
WORDS_PT = 9.0


def sheet_words(tile: Tile, n: int, total: int, lang: str) -> str:
    """``row 2 · column 3 · sheet 7 of 12`` in the map's language."""
    return (f"{label('row', lang)} {tile.row + 1} · {label('column', lang)} {tile.col + 1} · "
            + label("sheet_of", lang).format(n=n, total=total))


def _registration(c, x: float, y: float, r: float = 2.2 * MM) -> None:
    """A registration mark: a circle with a cross through its centre."""
    c.circle(x, y, r * 0.6, stroke=1, fill=0)
    c.line(x - r, y, x + r, y)
    c.line(x, y - r, x, y + r)


def draw_sheet_marks(c, plan: PosterPlan, tile: Tile, n: int, total: int, lang: str) -> None:
    """Everything outside the printed region of a sheet (canvas coordinates, y up)."""
    m, sh = plan.margin, plan.sheet_h
    x0, y0, x1, y1 = m, m, m + tile.w, sh - m  # printed region
    gap, length = 1.5 * MM, m - 2.5 * MM
    stroke(c, CROP)
    c.setLineWidth(0.4)
    for x in (x0, x1):
        for y, d in ((y0, -1), (y1, 1)):
            c.line(x, y + d * gap, x, y + d * (gap + length))
    for y in (y0, y1):
        for x, d in ((x0, -1), (x1, 1)):
            c.line(x + d * gap, y, x + d * (gap + length), y)
    # registration marks beside the crop marks, in the middle of the left and right edges
    for x in (x0 - m / 2, x1 + m / 2):
        _registration(c, x, (y0 + y1) / 2)

    # Overlap: the strip this sheet shares with its right and lower neighbours.
    fill(c, OVERLAP)
    ov = plan.overlap
    if tile.col < plan.cols - 1:
        c.rect(x1 - ov, y1 + gap, ov, 2 * MM, stroke=0, fill=1)
        c.rect(x1 - ov, y0 - gap - 2 * MM, ov, 2 * MM, stroke=0, fill=1)
    if tile.row < plan.rows - 1:
        c.rect(x0 - gap - 2 * MM, y0, 2 * MM, ov, stroke=0, fill=1)
        c.rect(x1 + gap, y0, 2 * MM, ov, stroke=0, fill=1)

    # The label: row and column in big type, the sheet count, and a plan with this sheet filled in.
    words = sheet_words(tile, n, total, lang)
    head = words.rsplit(" · ", 1)[0]
    fill(c, theme.INK)
    c.setFont(BOLD, LABEL_PT)
    c.drawString(x0 + 2 * MM, y1 + 2.2 * MM, head)
    fill(c, theme.MUTED)
    c.setFont(REGULAR, WORDS_PT)
    c.drawString(x0 + 2 * MM + stringWidth(head, BOLD, LABEL_PT) + 8, y1 + 2.4 * MM, words.rsplit(" · ", 1)[1])
    c.setFont(REGULAR, 7)
    c.drawString(x0 + 2 * MM, y0 - 6 * MM, label("assemble", lang))
    # the assembly plan: rows × columns of little sheets, this one filled, left of the overlap strip
    cell_h = min(1.8 * MM, (m - 4 * MM) / max(plan.rows, 1))
    cell = min(cell_h * 2, 70 / max(plan.cols, 1))
    gx = x1 - ov - 3 * MM - cell * plan.cols
    gy = y1 + 2 * MM
    c.setLineWidth(0.3)
    stroke(c, theme.MUTED)
    for r in range(plan.rows):
        for col in range(plan.cols):
            fill(c, theme.INK if (r, col) == (tile.row, tile.col) else "#FFFFFF")
            c.rect(gx + col * cell, gy + (plan.rows - 1 - r) * cell_h, cell, cell_h, stroke=1, fill=1)
