"""An SVG drawing of the map plan: a stand-in for reportlab's canvas that writes SVG elements.

The PDF's own drawing code (jmap.export.mapdraw, frame) draws on it, so the SVG (and the
HTML page built on it) shows exactly what prints. Every element is written in the
drawing's own coordinates (y down): points go through the current transform, lengths
through its scale. User text only ever becomes escaped text content, never markup.
"""

from __future__ import annotations

import math
import re
from html import escape as _html_escape

#: The font families of the drawing: the bundled DejaVu subset (inlined where the file
#: carries it), else the system's DejaVu Sans, else any sans-serif.
FONT_FAMILY = "JmapSans, 'DejaVu Sans', sans-serif"
_BOLD_NAMES = ("JmapSans-Bold",)


_BASE64 = re.compile(r"[A-Za-z0-9+/=\s]*")
#: characters XML 1.0 does not allow anywhere in a document (controls, lone surrogates, U+FFFE, U+FFFF)
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def escape(s: str, quote: bool = True) -> str:
    """Text or an attribute value for the SVG: escaped, and without the characters XML forbids."""
    return _html_escape(_NOT_XML.sub("", s), quote=quote)


def _num(value: float) -> str:
    """A coordinate with two decimals and no trailing zeros (small files, same picture)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _hex(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{max(0, min(255, round(v * 255))):02x}" for v in (r, g, b))


class _Path:
    """reportlab's path object, recorded as SVG path data in the canvas's user space."""

    def __init__(self) -> None:
        self.ops: list[tuple[str, tuple[float, ...]]] = []

    def moveTo(self, x, y):  # noqa: N802 (reportlab's names)
        self.ops.append(("M", (x, y)))

    def lineTo(self, x, y):  # noqa: N802
        self.ops.append(("L", (x, y)))

    def curveTo(self, x1, y1, x2, y2, x3, y3):  # noqa: N802
        self.ops.append(("C", (x1, y1, x2, y2, x3, y3)))

    def rect(self, x, y, w, h):
        self.ops += [("M", (x, y)), ("L", (x + w, y)), ("L", (x + w, y + h)), ("L", (x, y + h)), ("Z", ())]

    def close(self):
        self.ops.append(("Z", ()))


class _Text:
    """reportlab's text object: lines of text, each with its font, colour and origin."""

    def __init__(self) -> None:
        self.font = ("JmapSans", 10.0)
        self.colour = "#000000"
        self.origin = (0.0, 0.0)
        self.runs: list[tuple[float, float, str, str, float, str]] = []

    def setFont(self, name, size, leading=None):  # noqa: N802
        self.font = (name, size)

    def setFillColorRGB(self, r, g, b, alpha=None):  # noqa: N802
        self.colour = _hex(r, g, b)

    def setTextOrigin(self, x, y):  # noqa: N802
        self.origin = (x, y)

    def textOut(self, text):  # noqa: N802
        self.runs.append((*self.origin, text, *self.font, self.colour))

    textLine = textOut  # noqa: N815


class SvgCanvas:
    """Enough of reportlab's Canvas for the map page's drawing code, writing SVG elements.

    Start it with the page height: like a PDF page, (0, 0) is the bottom-left corner and y
    points up until the drawing code translates and flips it.
    """

    def __init__(self, height: float) -> None:
        self.parts: list[str] = []
        self._m = (1.0, 0.0, 0.0, -1.0, 0.0, height)  # PDF space -> SVG space (y down)
        self._stack: list[tuple] = []
        self._fill = "#000000"
        self._stroke = "#000000"
        self._width = 1.0
        self._dash: tuple = ()
        self._cap = 0
        self._font = ("JmapSans", 10.0)
        self._forms: dict[str, list] = {}
        self._recording: list | None = None

    # ------------------------------------------------------------------ state
    def saveState(self):  # noqa: N802
        self._stack.append((self._m, self._fill, self._stroke, self._width, self._dash, self._cap, self._font))

    def restoreState(self):  # noqa: N802
        self._m, self._fill, self._stroke, self._width, self._dash, self._cap, self._font = self._stack.pop()

    def translate(self, dx, dy):
        a, b, c, d, e, f = self._m
        self._m = (a, b, c, d, e + a * dx + c * dy, f + b * dx + d * dy)

    def scale(self, sx, sy):
        a, b, c, d, e, f = self._m
        self._m = (a * sx, b * sx, c * sy, d * sy, e, f)

    def setFillColorRGB(self, r, g, b, alpha=None):  # noqa: N802
        self._fill = _hex(r, g, b)

    def setStrokeColorRGB(self, r, g, b, alpha=None):  # noqa: N802
        self._stroke = _hex(r, g, b)

    def setLineWidth(self, width):  # noqa: N802
        self._width = width

    def setDash(self, array=(), phase=0):  # noqa: N802
        self._dash = tuple(array) if isinstance(array, (list, tuple)) else (array, phase)

    def setLineCap(self, mode):  # noqa: N802
        self._cap = mode

    def setFont(self, name, size, leading=None):  # noqa: N802
        self._font = (name, size)

    # ------------------------------------------------------------------ geometry
    def _pt(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self._m
        return a * x + c * y + e, b * x + d * y + f

    @property
    def _k(self) -> float:
        a, b, c, d, _, _ = self._m
        return math.sqrt(abs(a * d - b * c))

    def _paint(self, stroke, fill) -> str:
        k = self._k
        out = [f'fill="{self._fill}"' if fill else 'fill="none"']
        if stroke:
            out.append(f'stroke="{self._stroke}" stroke-width="{_num(self._width * k)}"')
            if self._dash:
                out.append(f'stroke-dasharray="{" ".join(_num(v * k) for v in self._dash)}"')
            if self._cap:
                out.append(f'stroke-linecap="{"round" if self._cap == 1 else "square"}"')
        return " ".join(out)

    def _emit(self, element: str) -> None:
        if self._recording is not None:
            self._recording.append(element)
        else:
            self.parts.append(element)

    def _box(self, x, y, w, h) -> tuple[float, float, float, float]:
        (x0, y0), (x1, y1) = self._pt(x, y), self._pt(x + w, y + h)
        return min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0)

    # ------------------------------------------------------------------ shapes
    def rect(self, x, y, w, h, stroke=1, fill=0):
        if not (stroke or fill):
            return
        bx, by, bw, bh = self._box(x, y, w, h)
        self._emit(f'<rect x="{_num(bx)}" y="{_num(by)}" width="{_num(bw)}" height="{_num(bh)}" '
                   f'{self._paint(stroke, fill)}/>')

    def drawPictureData(self, media_type: str, data: str, x, y, w, h):  # noqa: N802
        """A checked PNG or JPEG (base64) as an <image> with a data: URL (what drawImage is in a PDF)."""
        if media_type not in ("image/png", "image/jpeg") or not _BASE64.fullmatch(data):
            return  # never anything but a picture's own bytes in the address
        bx, by, bw, bh = self._box(x, y, w, h)
        self._emit(f'<image x="{_num(bx)}" y="{_num(by)}" width="{_num(bw)}" height="{_num(bh)}" '
                   f'preserveAspectRatio="none" href="data:{media_type};base64,{"".join(data.split())}"/>')

    def roundRect(self, x, y, w, h, radius, stroke=1, fill=0):  # noqa: N802
        if not (stroke or fill):
            return
        bx, by, bw, bh = self._box(x, y, w, h)
        r = _num(min(radius * self._k, bw / 2, bh / 2))
        self._emit(f'<rect x="{_num(bx)}" y="{_num(by)}" width="{_num(bw)}" height="{_num(bh)}" rx="{r}" '
                   f'{self._paint(stroke, fill)}/>')

    def circle(self, x, y, r, stroke=1, fill=0):
        cx, cy = self._pt(x, y)
        self._emit(f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="{_num(r * self._k)}" {self._paint(stroke, fill)}/>')

    def line(self, x1, y1, x2, y2):
        (ax, ay), (bx, by) = self._pt(x1, y1), self._pt(x2, y2)
        self._emit(f'<line x1="{_num(ax)}" y1="{_num(ay)}" x2="{_num(bx)}" y2="{_num(by)}" '
                   f'{self._paint(1, 0)}/>')

    def bezier(self, x1, y1, x2, y2, x3, y3, x4, y4):
        p = _Path()
        p.moveTo(x1, y1)
        p.curveTo(x2, y2, x3, y3, x4, y4)
        self.drawPath(p, stroke=1, fill=0)

    def beginPath(self):  # noqa: N802
        return _Path()

    def drawPath(self, path: _Path, stroke=1, fill=0, fillMode=None):  # noqa: N802, N803
        if not path.ops or not (stroke or fill):
            return
        data = []
        for op, args in path.ops:
            points = [self._pt(args[i], args[i + 1]) for i in range(0, len(args), 2)]
            data.append(op + " ".join(f"{_num(px)} {_num(py)}" for px, py in points))
        self._emit(f'<path d="{"".join(data)}" {self._paint(stroke, fill)}/>')

    # ------------------------------------------------------------------ forms (drawn once, placed many times)
    def hasForm(self, name):  # noqa: N802
        return name in self._forms

    def beginForm(self, name, lowerx=0, lowery=0, upperx=None, uppery=None):  # noqa: N802
        self._forms[name] = []
        self._saved_m = self._m
        self._m = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)  # recorded in form space, placed by doForm
        self._recording = self._forms[name]
        self._recorded_state = (self._fill, self._stroke, self._width, self._dash, self._cap, self._font)

    def endForm(self, **kwargs):  # noqa: N802
        self._recording = None
        self._m = self._saved_m
        self._fill, self._stroke, self._width, self._dash, self._cap, self._font = self._recorded_state

    def doForm(self, name):  # noqa: N802
        a, b, c, d, e, f = self._m
        matrix = " ".join([f"{v:.5g}" for v in (a, b, c, d)] + [_num(e), _num(f)])
        self._emit(f'<g transform="matrix({matrix})">' + "".join(self._forms[name]) + "</g>")

    # ------------------------------------------------------------------ text
    def _text(self, x: float, y: float, s: str, font: tuple[str, float], colour: str, anchor: str = "") -> None:
        if not s:
            return
        px, py = self._pt(x, y)
        name, size = font
        a, b, c, d, _, _ = self._m
        weight = ' font-weight="bold"' if name in _BOLD_NAMES or name.endswith("-Bold") else ""
        anchor = f' text-anchor="{anchor}"' if anchor else ""
        if d > 0:  # inside a form (y up in form space, flipped by the placing transform): text stays upright
            self._emit(f'<text transform="matrix(1 0 0 -1 {_num(px)} {_num(py)})" font-size="{_num(size)}"'
                       f'{weight}{anchor} fill="{colour}">{escape(s, quote=False)}</text>')
            return
        self._emit(f'<text x="{_num(px)}" y="{_num(py)}" font-size="{_num(size * self._k)}"{weight}{anchor} '
                   f'fill="{colour}">{escape(s, quote=False)}</text>')

    def drawString(self, x, y, s, *args, **kwargs):  # noqa: N802
        self._text(x, y, s, self._font, self._fill)

    def drawRightString(self, x, y, s, *args, **kwargs):  # noqa: N802
        self._text(x, y, s, self._font, self._fill, "end")

    def drawCentredString(self, x, y, s, *args, **kwargs):  # noqa: N802
        self._text(x, y, s, self._font, self._fill, "middle")

    def beginText(self, x=0, y=0):  # noqa: N802
        return _Text()

    def drawText(self, t: _Text):  # noqa: N802
        for x, y, s, name, size, colour in t.runs:
            self._text(x, y, s, (name, size), colour)

    # ------------------------------------------------------------------ output
    def body(self) -> str:
        """The drawn elements, in drawing order."""
        return "\n".join(self.parts)


def svg_document(body: str, width: float, height: float, style: str = "", title: str = "",
                 shown: tuple[int, int] | None = None) -> str:
    """A standalone SVG file of ``width`` × ``height`` around drawn elements (``style``: CSS inside it;
    ``shown``: the size it is displayed at, in pixels, when not its own)."""
    head = f'<title>{escape(title, quote=False)}</title>\n' if title else ""
    css = f"<style>{style}</style>\n" if style else ""
    shown_w, shown_h = (str(shown[0]), str(shown[1])) if shown else (_num(width), _num(height))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{shown_w}" height="{shown_h}" '
            f'viewBox="0 0 {_num(width)} {_num(height)}" font-family="{escape(FONT_FAMILY)}">\n'
            f"{head}{css}<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n{body}\n</svg>\n")
