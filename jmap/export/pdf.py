"""PDF export with reportlab: the map fitted on one page or tiled as a poster, plus optional pages.

Everything is drawn from the document with canvas calls (never Paragraph markup), so
user text can never change the PDF or pull in a file. Entry point: ``export_pdf``.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.pdfdoc import TimeStamp
from reportlab.pdfgen.canvas import Canvas

from jmap import __version__
from jmap.core import sizing
from jmap.core.labels import label
from jmap.core.layout import Layout, Rect
from jmap.core.sizing import Choice
from jmap.core.pagelayout import PosterPlan, fit, page_name, page_size, poster_plan
from jmap.core.record import FrozenRecord
from jmap.export import extra_pages
from jmap.export.fonts import BOLD, REGULAR, register_fonts
from jmap.export.frame import Frame, draw_footer, draw_header, frame_for, language_of, map_type_label
from jmap.export.mapdraw import draw_map
from jmap.export.mapplan import TYPE_SIZES, MapPlan, prepare
from jmap.export.plancache import cached, layouts_for
from jmap.export.text import one_line


class PdfOptions(FrozenRecord):
    """What the PDF holds besides the map, and on which paper: ``poster`` is the poster size
    (``"A0"``) to tile over sheets of ``page``, or None to fit on one page; ``compare`` a
    jmap.core.diff.Comparison to print on its own page(s) after the map, or None."""

    __slots__ = ("page", "orientation", "poster", "persona_pages", "findings", "flow_labels", "compare")
    FIELDS = __slots__

    def __init__(self, page: str = "A3", orientation: str = "landscape", poster: str | None = None,
                 persona_pages: bool = True, findings: bool = True, flow_labels: bool = True,
                 compare: object = None) -> None:
        values = (page, orientation, poster, persona_pages, findings, flow_labels, compare)
        for name, value in zip(self.FIELDS, values, strict=True):
            object.__setattr__(self, name, value)


#: The biggest type on paper, as a multiple of the design's type per unit of frame scale
#: (a nearly empty map on A3 gets notes of about 16 pt, not 40).
CAP = 1.35


def _map_box(width: float, height: float, fr: Frame) -> tuple[float, float, float, float]:
    """(x, y-top, width, height) of the room for the map on a page (or poster), below the header."""
    box_y = fr.header_h + 6 * fr.k
    return fr.margin, box_y, width - 2 * fr.margin, height - box_y - fr.footer_h - fr.margin * 0.6


def _map_geometry(plan: MapPlan | Layout, width: float, height: float,
                  fr: Frame) -> tuple[float, float, float, float]:
    """(scale, x, y-top, height needed) of the map inside a page (or poster) of a size, below the header."""
    box_x, box_y, box_w, box_h = _map_box(width, height, fr)
    lay = plan if isinstance(plan, Layout) else plan.layout
    place = fit(lay.width, lay.height, box_x, box_y, box_w, box_h, max_scale=2.0 * fr.k)
    return place.scale, place.x, place.y, height - (box_h - place.h)


def measure(text: str, bold: bool, size: float) -> float:
    """Width of a text in the PDF's fonts (for the layout's line counts)."""
    return _unit_width(text, bold) * size


@lru_cache(maxsize=65536)
def _unit_width(text: str, bold: bool) -> float:
    return stringWidth(text, BOLD if bold else REGULAR, 1.0)


def choose_sizes(doc, width: float, height: float) -> Choice:
    """The type scale with which the map prints biggest on a page (or poster) of a size (kept
    for the rest of a jmap.export.plancache.planning block)."""
    def choose() -> Choice:
        fr = frame_for(width, height)
        _, _, box_w, box_h = _map_box(width, height, fr)
        register_fonts()
        return sizing.choose(doc, box_w, box_h, max_scale=2.0 * fr.k, cap=CAP * fr.k, measure=measure,
                             layouts=layouts_for(doc))

    return cached(doc, "choice", (width, height), choose)


def _layout(doc, choice: Choice) -> Layout:
    """The layout of the map at the chosen sizes, measured with the PDF's fonts."""
    return sizing.layout_at(doc, choice.sizes, measure, layouts_for(doc))


def type_on_paper(doc, width: float, height: float) -> tuple[float, float]:
    """(smallest, 10th-percentile) type size in points of a map fitted on a page of a size."""
    register_fonts()
    choice = choose_sizes(doc, width, height)
    layout = _layout(doc, choice)
    s, _, _, _ = _map_geometry(layout, width, height, frame_for(width, height))
    factor = layout.text * s
    return min(TYPE_SIZES) * factor, sizing.design_percentile(doc, 0.1) * factor


def poster_size(plan: MapPlan, poster: str, orientation: str) -> tuple[float, float, Frame]:
    """The part of a poster the map fills at the poster's scale (blank paper is not tiled)."""
    width, height = page_size(poster, orientation)
    fr = frame_for(width, height)
    s, _, _, needed_h = _map_geometry(plan, width, height, fr)
    needed_w = 2 * fr.margin + s * plan.layout.width
    return min(width, max(needed_w, width * 0.5)), min(height, needed_h), fr


def draw_map_page(c, plan: MapPlan, width: float, height: float, page_label: str,
                  view: Rect | None = None, fr: Frame | None = None) -> None:
    """Header, map and footer of a page (or a poster) of ``width`` × ``height``.

    ``view`` is the region of the page (top-left origin) that is visible; parts of the
    map outside it are skipped. ``fr`` sizes header and footer (default: for this paper).
    """
    fr = fr or frame_for(width, height)
    k = fr.k
    s, mx, my, _ = _map_geometry(plan, width, height, fr)
    c.saveState()
    c.translate(0, height)
    c.saveState()
    c.scale(k, k)
    # on a poster sheet, header and footer only where the sheet shows them (no hidden text),
    # kept within ``frame_w`` so that each lies on one sheet
    frame_c = c if view is None else Visible(c, view.x / k, view.right / k)
    if view is None or view.y < fr.header_h:
        draw_header(frame_c, plan, width / k)
    if view is None or view.bottom > height - fr.footer_h - fr.margin:
        draw_footer(frame_c, plan, width / k, height / k, page_label)
    c.restoreState()
    c.translate(mx, -my)
    c.scale(s, s)
    map_view = None
    if view is not None:
        map_view = Rect((view.x - mx) / s, (view.y - my) / s, view.w / s, view.h / s)
    draw_map(c, plan, map_view)
    if plan.doc.items("votes"):  # dot votes
        from jmap.export.votes_page import draw_vote_badges

        draw_vote_badges(c, plan, map_view)
    c.restoreState()


class Visible:
    """A canvas that leaves out the lines of text lying wholly outside ``x0``…``x1`` (a poster
    sheet's share of the page header and footer): a sheet carries no hidden text."""

    def __init__(self, c, x0: float, x1: float) -> None:
        self._c, self._x0, self._x1 = c, x0, x1
        self._font = (REGULAR, 10.0)

    def __getattr__(self, name):
        return getattr(self._c, name)

    def setFont(self, name, size, *args, **kwargs):
        self._font = (name, size)
        return self._c.setFont(name, size, *args, **kwargs)

    def _shows(self, x: float, s: str) -> bool:
        return x < self._x1 and x + stringWidth(s, *self._font) > self._x0

    def drawString(self, x, y, s, *args, **kwargs):
        if self._shows(x, s):
            self._c.drawString(x, y, s, *args, **kwargs)

    def drawRightString(self, x, y, s, *args, **kwargs):
        if self._shows(x - stringWidth(s, *self._font), s):
            self._c.drawRightString(x, y, s, *args, **kwargs)

    def drawCentredString(self, x, y, s, *args, **kwargs):
        if self._shows(x - stringWidth(s, *self._font) / 2, s):
            self._c.drawCentredString(x, y, s, *args, **kwargs)


class _Book:
    """A canvas with one outline entry per page."""

    def __init__(self, c: Canvas) -> None:
        self.c = c
        self.pages = 0

    def page(self, title: str, size: tuple[float, float]) -> None:
        if self.pages:
            self.c.showPage()
        self.c.setPageSize(size)
        self.pages += 1
        key = f"page{self.pages}"
        self.c.bookmarkPage(key)
        self.c.addOutlineEntry(title, key, level=0)


def plan_for(doc, page: str = "A3", orientation: str = "landscape", poster: str | None = None,
             flow_labels: bool = True) -> MapPlan:
    """The map as the PDF prints it on a page (or poster): type and boxes sized for the paper
    (jmap.core.sizing), so that the type is the largest with which the map fills it. Inside a
    jmap.export.plancache.planning block the plan is made once per paper, orientation and option."""
    register_fonts()
    paper = page_name(poster or page)

    def plan() -> MapPlan:
        choice = choose_sizes(doc, *page_size(paper, orientation))
        return prepare(doc, _layout(doc, choice), flow_labels)

    return cached(doc, "plan", (paper, orientation, flow_labels), plan)


def _set_metadata(c: Canvas, doc) -> None:
    title = one_line(doc.meta.title) or label("map", "en")
    c.setTitle(title)
    c.setAuthor(", ".join(one_line(a) for a in doc.meta.authors if one_line(a)) or "jmap")
    counts = label("subject_counts", language_of(doc)).format(stages=len(doc.stages), lanes=len(doc.lanes),
                                                               cards=len(doc.touchpoints))
    c.setSubject(f"{map_type_label(doc)}: {counts}")  # in the map's language
    # The creation date is now (or SOURCE_DATE_EPOCH, for reproducible files); the rest of the
    # file stays invariant, so the same map at the same time gives the same bytes.
    c._doc._timeStamp = TimeStamp(invariant=0)
    c.setCreator(f"jmap {__version__}")
    c.setKeywords(["journey map", doc.meta.map_type])


def render_pdf(doc, options: PdfOptions | None = None) -> bytes:
    """The PDF of a document as bytes."""
    return _render(doc, options)[0]


def _render(doc, options: PdfOptions | None) -> tuple[bytes, int]:
    # Binary (zlib only) streams: ASCII85 on top costs a third of the export time in pure
    # Python and makes the file 25 % bigger. rl_config is process-wide, so restore it.
    from reportlab import rl_config

    old_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        return _render_pages(doc, options)
    finally:
        rl_config.useA85 = old_a85


def _render_pages(doc, options: PdfOptions | None) -> tuple[bytes, int]:
    options = options or PdfOptions()
    page = page_name(options.page)
    sheet_size = page_size(page, options.orientation)
    register_fonts()
    plan = plan_for(doc, page, options.orientation, options.poster, options.flow_labels)
    lang = plan.language
    buf = io.BytesIO()
    # The initial font is ours too, so that no unembedded standard font appears in the file.
    c = Canvas(buf, pagesize=sheet_size, invariant=1, pageCompression=1, initialFontName=REGULAR,
               initialFontSize=10)
    _set_metadata(c, doc)
    book = _Book(c)
    title = one_line(doc.meta.title) or label("map", lang)

    if options.poster:
        from jmap.export.tiles import draw_sheet_marks, sheet_words

        poster = page_name(options.poster)
        used_w, used_h, fr = poster_size(plan, poster, options.orientation)
        tiles: PosterPlan = poster_plan(poster, page, options.orientation, used=(used_w, used_h))
        n = len(tiles.tiles)
        for i, tile in enumerate(tiles.tiles, start=1):
            words = sheet_words(tile, i, n, lang)
            book.page(f"{title}: {words}", (tiles.sheet_w, tiles.sheet_h))
            c.saveState()
            c.translate(tiles.margin - tile.x, -(tiles.poster_h - tile.y) + tiles.sheet_h - tiles.margin)
            p = c.beginPath()
            p.rect(tile.x, tiles.poster_h - tile.y - tile.h, tile.w, tile.h)
            c.clipPath(p, stroke=0, fill=0)
            draw_map_page(c, plan, tiles.poster_w, tiles.poster_h, f"{label('poster', lang)} {poster}",
                          Rect(tile.x, tile.y, tile.w, tile.h), fr)
            c.restoreState()
            draw_sheet_marks(c, tiles, tile, i, n, lang)
    else:
        book.page(title, sheet_size)
        draw_map_page(c, plan, *sheet_size, f"{label('page', lang)} 1")
    if options.compare is not None:  # stage by stage against another map, on the sheets' paper
        from jmap.export.compare_page import compare_pages

        compare_pages(book, options.compare, lang, page_size(page, "landscape"))

    # The text pages are handouts: A4, or Letter where the map is printed on US paper.
    text_page = page_size("Letter" if page in ("Letter", "Tabloid") else "A4", "portrait")
    if plan.overflow:
        extra_pages.continuation_pages(book, plan, text_page)
    if options.persona_pages:
        for persona in doc.personas:
            extra_pages.persona_page(book, plan, persona, text_page)
    if options.findings:
        extra_pages.findings_pages(book, plan, text_page)
    if plan.doc.items("votes"):
        from jmap.export.votes_page import votes_page

        votes_page(book, plan, text_page)
    c.showOutline()
    c.save()
    return buf.getvalue(), book.pages


def export_pdf(doc, path_or_file, page: str = "A3", orientation: str = "landscape", poster: str | None = None,
               persona_pages: bool = True, findings: bool = True, flow_labels: bool = True,
               compare=None) -> int:
    """Write the PDF of ``doc`` to a path (atomically) or a binary file object; return its page count.

    Raises KeyError for an unknown page size or orientation, jmap.io.SaveError when
    the file cannot be written, and fonts.FontError when the bundled fonts are missing.
    """
    options = PdfOptions(page, orientation, poster, persona_pages, findings, flow_labels, compare)
    data, pages = _render(doc, options)
    if isinstance(path_or_file, (str, Path)):
        from jmap.io.atomic import atomic_write

        atomic_write(path_or_file, data)
    else:
        path_or_file.write(data)
    return pages
