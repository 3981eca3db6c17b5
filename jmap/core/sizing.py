"""Choosing the type scale for a paper: the largest type with which the map fills the printable area."""

from __future__ import annotations

from jmap.core import theme
from jmap.core.layout import MARK_ROOM, STAGE_W, Layout, Measure, Sizes, _width, compute_layout, flow_room
from jmap.core.record import FrozenRecord

#: On paper, card titles may take three lines and notes many more than on the canvas.
PRINT_TITLE_LINES = 4
PRINT_NOTE_LINES = 16
#: Wider columns tried for maps too tall for the paper's shape (their text then wraps less).
STAGE_WIDTHS = (STAGE_W, 250.0, 300.0, 360.0, 440.0)
#: Maps with more boxes than this choose their type scale with estimated text widths (speed).
BIG = 400
#: A card line keeps room for about this many characters at the biggest type scale (stage_w / MIN_CHARS).
MIN_CHARS = 80.0


class Choice(FrozenRecord):
    """The sizes chosen for a box of paper, with the scale the map prints at."""

    __slots__ = ("sizes", "scale")
    FIELDS = ("sizes", "scale")

    def __init__(self, sizes: Sizes, scale: float) -> None:
        object.__setattr__(self, "sizes", sizes)
        object.__setattr__(self, "scale", scale)

    @property
    def factor(self) -> float:
        """Points on paper per point of the design's type (type scale × page scale)."""
        return self.sizes.text * self.scale


#: The emotions lane on paper (its captions need less room than dragging points on screen).
PRINT_EMOTION_H = 100.0
#: The smallest printed lane: its title and a two-line prompt.
PRINT_MIN_LANE_H = 50.0
#: The lane headers on paper (titles and prompts wrap; the columns get the room).
PRINT_HEADER_W = 104.0


def print_sizes(text: float, stage_w: float = STAGE_W) -> Sizes:
    """Sizes of a printed map at a type scale."""
    return Sizes(text, stage_w, PRINT_TITLE_LINES, PRINT_NOTE_LINES, compact=True, emotion_h=PRINT_EMOTION_H,
                 header_w=PRINT_HEADER_W, flow_room=True, min_lane_h=PRINT_MIN_LANE_H,
                 note_type=theme.NOTE_TYPE)


def page_scale(layout: Layout, box_w: float, box_h: float, max_scale: float) -> float:
    """The scale of a layout fitted into a box (never above ``max_scale``)."""
    if layout.width <= 0 or layout.height <= 0:
        return 1.0
    return min(box_w / layout.width, box_h / layout.height, max_scale)


#: A map "fills" its box when it is at least this share of the box's width.
FILL = 0.96


def layout_at(doc, sizes: Sizes, measure: Measure | None, layouts: dict | None = None) -> Layout:
    """``compute_layout(doc, sizes, measure)``, kept in ``layouts`` (if given) by (sizes, measure):
    a layout depends on the type and columns only, not on the paper, so the search on another
    paper (or the final layout at the chosen sizes) takes it from there."""
    if layouts is None:
        return compute_layout(doc, sizes, measure)
    key = (sizes, measure)
    layout = layouts.get(key)
    if layout is None:
        layout = layouts[key] = compute_layout(doc, sizes, measure)
    return layout


def _try(doc, k: float, stage_w: float, box_w: float, box_h: float, max_scale: float,
         measure: Measure | None, layouts: dict | None = None) -> tuple[Choice, bool]:
    """The choice at one type scale, and whether the map then fills the box's width (or max_scale)."""
    sizes = print_sizes(k, stage_w)
    layout = layout_at(doc, sizes, measure, layouts)
    s = page_scale(layout, box_w, box_h, max_scale)
    fills = s * layout.width >= box_w * FILL or s >= max_scale * 0.999
    return Choice(sizes, s), fills


def choose(doc, box_w: float, box_h: float, max_scale: float = 2.0, cap: float = 1.9,
           measure: Measure | None = None, layouts: dict | None = None) -> Choice:
    """The type scale (and column width) that prints the map's type biggest in a box.

    Bigger type makes boxes taller; the map is scaled to fit the box. Among the sizes
    with which the map fills the box's width (or reaches ``max_scale``), the one with
    the biggest type on paper wins, but type never grows past ``cap`` times the design.
    A map too tall for the box at the smallest scale gets wider columns. ``layouts`` (a dict
    the caller keeps for one unchanged document) lends and keeps the layouts tried (layout_at).
    """
    fallback: Choice | None = None
    if len(doc.touchpoints) + len(doc.notes) > BIG:
        measure = None  # a big map: the search estimates text widths (the final layout measures them)

    def better(choice: Choice) -> bool:
        return min(choice.factor, cap) > min(best.factor, cap) + 1e-6

    for stage_w in STAGE_WIDTHS:  # the usual columns, or wider ones for a map too tall for the box
        choice, fills = _try(doc, 0.5, stage_w, box_w, box_h, max_scale, measure, layouts)
        if fallback is None or choice.factor > fallback.factor:
            fallback = choice
        if fills:
            break
    else:
        return fallback or Choice(print_sizes(1.0), 1.0)
    best = choice
    # bigger type would leave a card line only a few characters, or break a word in two
    top = min(stage_w / MIN_CHARS, word_top(doc, stage_w, measure))
    k, last_fill, first_short = 0.5, 0.5, None
    while best.factor < cap and k < top:  # doubling until the map stops filling the width, the cap or the top
        k = min(k * 2, top)
        choice, fills = _try(doc, k, stage_w, box_w, box_h, max_scale, measure, layouts)
        if not fills:
            first_short = k
            break
        last_fill = k
        if better(choice):
            best = choice
    if first_short is not None:
        lo, hi = last_fill, first_short  # the biggest type is where the map just stops filling the width
        for _ in range(6):
            mid = (lo + hi) / 2
            choice, fills = _try(doc, mid, stage_w, box_w, box_h, max_scale, measure, layouts)
            if fills:
                lo = mid
                if better(choice):
                    best = choice
            else:
                hi = mid
    if best.factor > cap * 1.02:  # past the cap: the type scale that reaches it
        best = _try(doc, best.sizes.text * cap / best.factor, stage_w, box_w, box_h, max_scale, measure, layouts)[0]
    return best


def word_top(doc, stage_w: float, measure: Measure | None = None) -> float:
    """The biggest type scale at which the longest word of a card title or note, and each card's
    owner, still fit their line in columns ``stage_w`` wide (so that no word is broken)."""
    def width(text: str, bold: bool, size: float) -> float:
        return _width(text, bold, size, measure)

    inner = stage_w - 2 * flow_room(doc).inset
    top = 12.0
    for tp in doc.touchpoints:
        longest = max(tp.title.split() or [""], key=len)
        if longest:  # the title's longest word: on a line of inner - (12 + MARK_ROOM) k
            top = min(top, inner / (width(longest, True, theme.CARD_TITLE) + 12 + MARK_ROOM))
        owner = " ".join(str(tp.owner or "").split())
        if owner:  # the owner on one line under the title
            top = min(top, inner / (width(owner, False, theme.CARD_SMALL) + 12))
    for note in doc.notes:
        longest = max(note.text.split() or [""], key=len)
        if longest:
            top = min(top, inner / (width(longest, False, theme.NOTE_TYPE) + 10))
    return max(0.5, top)


def type_profile(doc) -> list[tuple[float, int]]:
    """(design size, characters) of the map's texts: what a reader sees most, for percentiles."""
    out: list[tuple[float, int]] = []
    for note in doc.notes:
        out.append((theme.NOTE_TYPE, len(note.text)))
    for tp in doc.touchpoints:
        out.append((theme.CARD_TITLE, len(tp.title)))
        out.append((theme.CARD_SMALL, len(tp.owner or "")))
        out.append((theme.PILL, 4))
        out.append((theme.DOTS, 5))
    for stage in doc.stages:
        out.append((theme.STAGE_NAME, len(stage.name)))
        out.append((theme.STAGE_SMALL, len(stage.description)))
    for m in doc.metrics:
        out.append((theme.STAGE_SMALL, len(m.name) + 12))
    for lane in doc.lanes:
        out.append((theme.LANE_TITLE, len(lane.title)))
        out.append((theme.LANE_SMALL, len(lane.prompt)))
    for flow in doc.flows:
        out.append((theme.FLOW_LABEL, len(flow.label)))
    return [(size, n) for size, n in out if n > 0]


def design_percentile(doc, share: float) -> float:
    """The design type size below which ``share`` of the map's characters lie."""
    profile = sorted(type_profile(doc))
    total = sum(n for _, n in profile)
    if not total:
        return theme.NOTE_TYPE
    seen = 0
    for size, n in profile:
        seen += n
        if seen >= share * total:
            return size
    return profile[-1][0]
