"""The map as one picture, as the PDF prints it: an SVG drawing and a PNG image, without a screen.

Both draw the PDF's map page (header, map, footer) from the same plan with the same code
(jmap.export.pdf.draw_map_page): the SVG on jmap.export.svg's canvas, the PNG by
rasterising that page with PDFium (pypdfium2). The page is the paper's, trimmed to the
part the map fills, so the picture is the first page of ``jmap export -o map.pdf``.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from functools import lru_cache

from jmap.core.labels import label
from jmap.core.pagelayout import page_name
from jmap.export.fonts import register_fonts
from jmap.export.frame import Frame
from jmap.export.mapplan import MapPlan
from jmap.export.paper import best_orientation
from jmap.export.svg import SvgCanvas, svg_document
from jmap.export.text import one_line

#: Pixels per inch of a PNG when neither width nor density is given (A3 landscape: about 2,500 px wide).
DEFAULT_DPI = 150.0
#: No side of a PNG is longer than this (memory: 16,000² pixels are a gigabyte).
MAX_SIDE = 16000
MIN_SIDE = 16


class ImageError(ValueError):
    """A picture size that cannot be drawn (a usage error: the message says which and why)."""


@dataclass
class MapPage:
    """The map's page: the plan, the part of the paper it fills (points) and the frame's scale."""

    plan: MapPlan
    width: float
    height: float
    frame: Frame
    paper: str
    orientation: str

    def draw(self, c) -> None:
        """Header, map and footer on a reportlab canvas (or an SvgCanvas) of this page's size."""
        from jmap.export.pdf import draw_map_page

        draw_map_page(c, self.plan, self.width, self.height, label("map", self.plan.language), fr=self.frame)

    def box(self) -> tuple[float, float, float]:
        """(scale, x, y) of the map on the page: map point (x, y) lands at (x0 + s·x, y0 + s·y)."""
        from jmap.export.pdf import _map_geometry

        s, x, y, _ = _map_geometry(self.plan, self.width, self.height, self.frame)
        return s, x, y


def map_page(doc, paper: str = "A3", orientation: str | None = None, flow_labels: bool = True) -> MapPage:
    """The map as the PDF prints it on ``paper`` (type sized for it), trimmed to the part it fills."""
    from jmap.export.pdf import plan_for, poster_size

    register_fonts()
    paper = page_name(paper)
    orientation = orientation or best_orientation(doc, paper, flow_labels)  # as `jmap export -o map.pdf`
    plan = plan_for(doc, paper, orientation, flow_labels=flow_labels)
    width, height, fr = poster_size(plan, paper, orientation)
    return MapPage(plan, width, height, fr, paper, orientation)


@lru_cache(maxsize=1)
def font_css() -> str:
    """@font-face rules carrying the bundled DejaVu subsets as data: URLs (no file, no host)."""
    from jmap.paths import resources_dir

    rules = []
    for weight, name in (("normal", "DejaVuSans.ttf"), ("bold", "DejaVuSans-Bold.ttf")):
        data = base64.b64encode((resources_dir() / "fonts" / name).read_bytes()).decode("ascii")
        rules.append(f"@font-face{{font-family:JmapSans;font-weight:{weight};"
                     f"src:url(data:font/ttf;base64,{data}) format('truetype')}}")
    return "\n".join(rules)


#: CSS of a drawing: spaces in text are kept as drawn.
DRAWING_CSS = "text{white-space:pre}"


def pixel_size(page: MapPage, width: int | None = None, dpi: float | None = None) -> tuple[int, int]:
    """The picture's size in pixels for ``--width`` or ``--dpi`` (default DEFAULT_DPI); ImageError
    when both are given, or either is not positive or makes a side longer than MAX_SIDE."""
    if width is not None and dpi is not None:
        raise ImageError("give --width or --dpi, not both")
    if width is not None:
        if width < MIN_SIDE or width > MAX_SIDE:
            raise ImageError(f"--width {width}: the width must be {MIN_SIDE} to {MAX_SIDE} pixels")
        scale = width / page.width
    else:
        if dpi is not None and not 1 <= dpi <= 2400:
            raise ImageError(f"--dpi {dpi:g}: the density must be 1 to 2400 pixels per inch")
        scale = (dpi or DEFAULT_DPI) / 72.0
        if dpi is None:  # the default never refuses: a huge map gets fewer pixels per inch
            scale = min(scale, MAX_SIDE / max(page.width, page.height))
    w, h = round(page.width * scale), round(page.height * scale)
    if max(w, h) > MAX_SIDE:
        given = f"--dpi {dpi:g}: " if dpi is not None else ""
        raise ImageError(f"{given}the picture would be {w} × {h} pixels; no side may exceed {MAX_SIDE} "
                         f"(at most --dpi {int(72 * MAX_SIDE / max(page.width, page.height))} for this map)")
    return max(1, w), max(1, h)


def svg_body(page: MapPage) -> str:
    """The page's drawing as SVG elements (page units: points, y down)."""
    c = SvgCanvas(page.height)
    page.draw(c)
    return c.body()


def render_svg(page: MapPage, width: int | None = None, dpi: float | None = None) -> str:
    """A standalone SVG file of the page: the bundled fonts inside, drawn size from --width/--dpi."""
    shown = pixel_size(page, width, dpi) if (width is not None or dpi is not None) else None
    svg = svg_document(svg_body(page), page.width, page.height, style=font_css() + "\n" + DRAWING_CSS,
                       title=one_line(page.plan.doc.meta.title) or label("map", page.plan.language), shown=shown)
    return svg


def page_pdf(page: MapPage) -> bytes:
    """The page alone as a one-page PDF (what the PNG rasterises)."""
    from reportlab.pdfgen.canvas import Canvas

    from jmap.export.fonts import REGULAR

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(page.width, page.height), invariant=1, initialFontName=REGULAR, initialFontSize=10)
    page.draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def render_png(page: MapPage, width: int | None = None, dpi: float | None = None) -> tuple[bytes, tuple[int, int]]:
    """PNG bytes of the page on white, and its size in pixels."""
    import pypdfium2 as pdfium

    w, h = pixel_size(page, width, dpi)
    pdf = pdfium.PdfDocument(page_pdf(page))
    try:
        bitmap = pdf[0].render(scale=w / page.width, may_draw_forms=False)
        image = bitmap.to_pil()
    finally:
        pdf.close()
    if image.size != (w, h):  # PDFium rounds the page up to whole pixels
        image = image.crop((0, 0, w, h)) if image.width >= w and image.height >= h else image.resize((w, h))
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG", optimize=False)
    return out.getvalue(), (w, h)


def write_image(doc, path, kind: str, paper: str = "A3", orientation: str | None = None,
                width: int | None = None, dpi: float | None = None, flow_labels: bool = True) -> tuple[int, int]:
    """Write the map as ``kind`` ('png' or 'svg') to ``path`` atomically; return its size in pixels.

    ImageError for a size that cannot be drawn, jmap.io.SaveError when the file cannot be written.
    """
    from jmap.io.atomic import atomic_write

    page = map_page(doc, paper, orientation, flow_labels)
    if kind == "png":
        data, size = render_png(page, width, dpi)
    else:
        size = pixel_size(page, width, dpi) if (width is not None or dpi is not None) else (
            round(page.width), round(page.height))
        data = render_svg(page, width, dpi).encode("utf-8")
    atomic_write(path, data)
    return size
