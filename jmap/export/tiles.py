"""Marks on a poster sheet: crop marks, overlap ticks, the sheet label and a small assembly plan."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from jmap.core import theme
from jmap.core.labels import label
from jmap.core.pagelayout import MM, PosterPlan, Tile
from jmap.export.fonts import BOLD, REGULAR
from jmap.export.ink import fill, stroke

CROP = "#000000"
OVERLAP = "#C9D2DC"


def draw_sheet_marks(c, plan: PosterPlan, tile: Tile, words: str, lang: str) -> None:
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

    # Overlap: the strip this sheet shares with its right and lower neighbours.
    fill(c, OVERLAP)
    ov = plan.overlap
    if tile.col < plan.cols - 1:
        c.rect(x1 - ov, y1 + gap, ov, 2 * MM, stroke=0, fill=1)
        c.rect(x1 - ov, y0 - gap - 2 * MM, ov, 2 * MM, stroke=0, fill=1)
    if tile.row < plan.rows - 1:
        c.rect(x0 - gap - 2 * MM, y0, 2 * MM, ov, stroke=0, fill=1)
        c.rect(x1 + gap, y0, 2 * MM, ov, stroke=0, fill=1)

    # The label: big sheet code, words, and a plan with this sheet filled in.
    fill(c, theme.INK)
    c.setFont(BOLD, 11)
    c.drawString(x0 + 2 * MM, y1 + 3.2 * MM, tile.label)
    lx = x0 + 2 * MM + stringWidth(tile.label, BOLD, 11) + 6
    fill(c, theme.MUTED)
    c.setFont(REGULAR, 7)
    c.drawString(lx, y1 + 3.4 * MM, words)
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
