"""Drawing primitives for the PDF: colours, text lines (batched) and persona markers.

Coordinates are map coordinates with y pointing down: a point (x, y) is drawn at
canvas (x, -y). Text is always drawn with canvas text calls, never parsed as markup.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from jmap.core import theme


@lru_cache(maxsize=256)
def _rgb(colour: str) -> tuple[float, float, float]:
    return theme.rgb(colour)


def fill(c, colour: str) -> None:
    c.setFillColorRGB(*_rgb(colour))


def stroke(c, colour: str) -> None:
    c.setStrokeColorRGB(*_rgb(colour))


@lru_cache(maxsize=256)
def edge_of(colour: str) -> str:
    """A slightly darker outline for a filled shape."""
    return theme.mix(colour, theme.INK, 0.18)


@lru_cache(maxsize=256)
def ink_on(colour: str) -> str:
    """Dark or white text, whichever reads better on a background colour."""
    r, g, b = _rgb(colour)
    return theme.INK if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5 else "#FFFFFF"


class TextBatch:
    """Many lines of text in one PDF text object: far fewer operators than one drawString each.

    Lines are drawn when ``flush`` is called, on top of what was drawn before.
    """

    def __init__(self, c) -> None:
        self.c = c
        self.t = c.beginText()
        self.font: tuple[str, float] | None = None
        self.colour: str | None = None
        self.count = 0

    def add(self, x: float, y: float, s: str, font: str, size: float, colour: str, align: str = "left") -> None:
        """One line of user text with its baseline at map y (drawn as text, never parsed)."""
        if not s:
            return
        t = self.t
        if self.font != (font, size):
            t.setFont(font, size)
            self.font = (font, size)
        if self.colour != colour:
            t.setFillColorRGB(*_rgb(colour))
            self.colour = colour
        if align != "left":
            w = stringWidth(s, font, size)
            x -= w if align == "right" else w / 2
        t.setTextOrigin(x, -y)
        t.textOut(s)
        self.count += 1

    def flush(self) -> None:
        if self.count:
            self.c.drawText(self.t)
        self.t = self.c.beginText()
        self.font = self.colour = None
        self.count = 0


def text(c, x: float, y: float, s: str, font: str, size: float, colour: str, align: str = "left") -> None:
    """One line of user text with its baseline at map y (drawn as text, never parsed)."""
    fill(c, colour)
    c.setFont(font, size)
    if align == "right":
        c.drawRightString(x, -y, s)
    elif align == "centre":
        c.drawCentredString(x, -y, s)
    else:
        c.drawString(x, -y, s)


def marker(c, shape: str, x: float, y: float, r: float, colour: str) -> None:
    """A persona's point marker (shape as well as colour tells personas apart)."""
    fill(c, colour)
    stroke(c, "#FFFFFF")
    c.setLineWidth(0.8)
    y = -y
    if shape in ("circle", "ring"):
        if shape == "ring":
            fill(c, "#FFFFFF")
            stroke(c, colour)
            c.setLineWidth(1.6)
        c.circle(x, y, r, stroke=1, fill=1)
        return
    if shape in ("square", "box"):
        if shape == "box":
            fill(c, "#FFFFFF")
            stroke(c, colour)
            c.setLineWidth(1.6)
        c.rect(x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r, stroke=1, fill=1)
        return
    k = r * 1.25
    pts = {
        "triangle": [(x, y + k), (x - k, y - k * 0.8), (x + k, y - k * 0.8)],
        "down": [(x, y - k), (x - k, y + k * 0.8), (x + k, y + k * 0.8)],
        "diamond": [(x, y + k), (x + k, y), (x, y - k), (x - k, y)],
    }[shape]
    p = c.beginPath()
    p.moveTo(*pts[0])
    for pt in pts[1:]:
        p.lineTo(*pt)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
