"""The frame around a map on paper: header band (title, map type, personas, date, version) and footer."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from jmap.core import theme
from jmap.core.labels import channel_mark, label
from jmap.core.model import MapType
from jmap.core.record import FrozenRecord
from jmap.io.schema import FORMAT_VERSION
from jmap.export.fonts import BOLD, REGULAR
from jmap.export.ink import fill, marker, stroke, text
from jmap.export.mapdraw import BACK_FLOW
from jmap.export.mapplan import MapPlan
from jmap.export.text import clip, one_line, shorten, wrap

MARGIN = 22.0
HEADER_H = 72.0
FOOTER_H = 14.0


class Frame(FrozenRecord):
    """Page furniture sizes at a scale ``k`` (1 on A4; larger on posters)."""

    __slots__ = ("k",)
    FIELDS = ("k",)

    def __init__(self, k: float) -> None:
        object.__setattr__(self, "k", k)

    @property
    def margin(self) -> float:
        return MARGIN * self.k

    @property
    def header_h(self) -> float:
        return HEADER_H * self.k

    @property
    def footer_h(self) -> float:
        return FOOTER_H * self.k


def frame_for(width: float, height: float) -> Frame:
    """Bigger paper gets a proportionally bigger header (A4 = 1, A0 = 4)."""
    a4 = 595.28 * 841.89
    return Frame(max(1.0, min(4.0, (width * height / a4) ** 0.5)))


def map_type_label(doc) -> str:
    kind = doc.meta.map_type if doc.meta.map_type in {t.value for t in MapType} else "current-state"
    return label(kind, language_of(doc))


def language_of(doc) -> str:
    return doc.meta.language if doc.meta.language in ("en", "nb", "nl", "el") else "en"


def accent_of(doc) -> str:
    return theme.MAP_TYPE_ACCENTS.get(doc.meta.map_type, theme.HEADER_BG)


def date_of(doc) -> str:
    stamp = one_line(doc.meta.modified or doc.meta.created)
    return stamp[:10] if len(stamp) >= 10 and stamp[4:5] == "-" else stamp[:20]


def _pill(c, x: float, y: float, words: str, colour: str, filled: bool, size: float = 7.0) -> float:
    """A rounded label with its top-left at (x, y); returns its width."""
    w = stringWidth(words, BOLD, size) + 2 * size * 0.9
    h = size * 1.75
    fill(c, colour if filled else "#FFFFFF")
    stroke(c, colour)
    c.setLineWidth(1.0)
    c.roundRect(x, -(y + h), w, h, h / 2, stroke=1, fill=1)
    text(c, x + size * 0.9, y + h / 2 + size * 0.36, words, BOLD, size, "#FFFFFF" if filled else colour)
    return w


TITLE_PT = 16.0  # a short title
TITLE_MIN_PT = 11.0  # a long title wraps onto two lines rather than shrinking below this
TITLE_LAST_PT = 9.0  # ... down to this size for a very long title, whose second line may end in "…"


def title_lines(title: str, room: float) -> list[tuple[str, float]]:
    """The title as (line, size): one line as big as fits, else two lines of smaller type."""
    size = TITLE_PT
    while size > TITLE_MIN_PT and stringWidth(title, BOLD, size) > room:
        size -= 0.5
    if stringWidth(title, BOLD, size) <= room:
        return [(title, size)]
    size = min(12.0, size)
    while True:
        lines = wrap(title, BOLD, size, room)
        if len(lines) <= 2 or size <= TITLE_LAST_PT:
            break
        size -= 0.5
    if len(lines) > 2:  # the full title is in the PDF's metadata and on the following pages
        rest = " ".join(lines[1:])[: int(room / (size * 0.25)) + 1]  # no glyph is narrower than a quarter em
        lines = [lines[0], shorten(rest, BOLD, size, room)]
    return [(line, size) for line in lines]


def draw_header(c, plan: MapPlan, width: float) -> None:
    """The header band, drawn in frame units from the top-left of the page (y down)."""
    doc, lang = plan.doc, plan.language
    accent = accent_of(doc)
    m = MARGIN
    inner = width - 2 * m
    fill(c, accent)
    c.rect(0, -6, width, 6, stroke=0, fill=1)

    facts = [f"{label('date', lang)} {date_of(doc)}" if date_of(doc) else "",
             f"{label('format', lang)} {FORMAT_VERSION}"]
    facts_text = "  ·  ".join(f for f in facts if f)
    facts_w = stringWidth(facts_text, REGULAR, 7.5)
    text(c, width - m, m + 12, facts_text, REGULAR, 7.5, theme.MUTED, "right")

    title = one_line(doc.meta.title) or label("map", lang)
    room = inner - facts_w - 16
    for i, line in enumerate(reversed(title_lines(title, room))):
        size = line[1]
        text(c, m, m + 12 - i * (size + 1.5), line[0], BOLD, size, theme.INK)

    y = m + 20
    x = m
    x += _pill(c, x, y, map_type_label(doc), accent, True) + 6
    if doc.meta.map_type == MapType.FUTURE_STATE:
        x += _pill(c, x, y, label("target", lang), accent, False) + 6
        text(c, x, y + 9.1, label("target_note", lang), REGULAR, 7, accent)
        x += stringWidth(label("target_note", lang), REGULAR, 7) + 10
    authors = ", ".join(one_line(a) for a in doc.meta.authors if one_line(a))
    if authors:
        words = f"{label('by', lang)} {authors}"
        room = width - m - x
        if room > 40:
            text(c, x, y + 9.1, clip(words, REGULAR, 7, room), REGULAR, 7, theme.MUTED)

    # Personas with their curve colour and marker shape.
    y = m + 44
    x = m
    text(c, x, y, label("personas", lang) + ":", BOLD, 7, theme.MUTED)
    x += stringWidth(label("personas", lang) + ":", BOLD, 7) + 8
    shapes = {curve.persona_id: curve.marker for curve in plan.curves}
    for i, persona in enumerate(doc.personas):
        colour = theme.persona_colour(i, persona.colour)
        name = one_line(persona.name) or persona.id
        role = one_line(persona.role)
        words = f"{name} ({role})" if role else name
        w = stringWidth(words, REGULAR, 7.5)
        if x + 14 + w > width - m:
            rest = len(doc.personas) - i
            text(c, x, y, f"+{rest}", BOLD, 7.5, theme.MUTED)
            break
        fill(c, colour)
        c.roundRect(x, -(y + 1.5), 10, 8, 1.5, stroke=0, fill=1)
        if persona.id in shapes:
            marker(c, shapes[persona.id], x + 5, y - 2.5, 2.2, "#FFFFFF")
        text(c, x + 13, y, words, REGULAR, 7.5, theme.INK)
        x += 13 + w + 14
    stroke(c, theme.GRID)
    c.setLineWidth(0.8)
    c.line(m, -(HEADER_H - 2), width - m, -(HEADER_H - 2))


def draw_footer(c, plan: MapPlan, width: float, height: float, page_label: str, legend: bool = True) -> None:
    """The footer line (legend of marks on the left, page label on the right), in frame units."""
    lang = plan.language
    y = height - MARGIN / 2 - 2
    right = f"{label('made_with', lang)}  ·  {page_label}"
    room = width - 2 * MARGIN - stringWidth(right, REGULAR, 6.5) - 16
    needed = _legend(c, lang, 0.0, 0.0, draw=False) if legend else 0.0
    gap = 1.0
    if needed > room:  # narrow paper: the page label alone, so that the legend keeps its size
        right = page_label
        room = width - 2 * MARGIN - stringWidth(right, REGULAR, 6.5) - 16
    if needed > room:  # still too long (long words, as in Greek): entries closer together first
        gap = 0.5
        needed = _legend(c, lang, 0.0, 0.0, draw=False, gap=gap)
    text(c, width - MARGIN, y, right, REGULAR, 6.5, theme.MUTED, "right")
    if not legend:
        return
    c.saveState()
    c.translate(MARGIN, -y)
    if needed > room:  # narrow paper: the legend gets smaller type rather than running into the label
        c.scale(room / needed, room / needed)
    _legend(c, lang, 0.0, 0.0, gap=gap)
    c.restoreState()


def _legend(c, lang: str, x: float, y: float, draw: bool = True, gap: float = 1.0) -> float:
    """The marks used on the map, each with its meaning; returns where it ends (``gap``: share of the
    usual space between entries)."""
    for mark, key in (("●", "observed"), ("○", "assumed"), ("★", "proposed")):
        words = f"{mark} {label(key, lang)}"
        if draw:
            text(c, x, y, words, REGULAR, 6.5, theme.MUTED)
        x += stringWidth(words, REGULAR, 6.5) + 10 * gap
    words = f"●●●○○ {label('importance', lang)}"
    if draw:
        text(c, x, y, words, REGULAR, 6.5, theme.MUTED)
    x += stringWidth(words, REGULAR, 6.5) + 14 * gap
    for code, key in ((channel_mark("web", lang), "online"), (channel_mark("phone", lang), "offline")):
        mw = stringWidth(code, BOLD, 5.2) + 6
        if draw:
            fill(c, theme.CARD_BORDER if key == "online" else "#FFFFFF")
            stroke(c, theme.CARD_BORDER)
            c.setLineWidth(0.6)
            c.roundRect(x, -(y + 1.8), mw, 8, 2, stroke=1, fill=1)
            text(c, x + mw / 2, y, code, BOLD, 5.2, "#FFFFFF" if key == "online" else theme.CARD_BORDER, "centre")
        x += mw + 3
        if draw:
            text(c, x, y, label(key, lang), REGULAR, 6.5, theme.MUTED)
        x += stringWidth(label(key, lang), REGULAR, 6.5) + 10 * gap
    for colour, dash, key in ((theme.FLOW, (), "flow"), (BACK_FLOW, (3, 2), "back_flow")):
        if draw:
            stroke(c, colour)
            fill(c, colour)
            c.setLineWidth(0.9)
            c.setDash(dash)
            c.line(x, -(y - 2.2), x + 14, -(y - 2.2))
            c.setDash()
            p = c.beginPath()
            p.moveTo(x + 18, -(y - 2.2))
            p.lineTo(x + 13, -(y - 2.2 - 2.2))
            p.lineTo(x + 13, -(y - 2.2 + 2.2))
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            text(c, x + 21, y, label(key, lang), REGULAR, 6.5, theme.MUTED)
        x += 21 + stringWidth(label(key, lang), REGULAR, 6.5) + 10 * gap
    words = f"* {label('required', lang)}"
    if draw:
        text(c, x, y, words, REGULAR, 6.5, theme.MUTED)
    return x + stringWidth(words, REGULAR, 6.5)
