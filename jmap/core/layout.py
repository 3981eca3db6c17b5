"""Layout maths shared by the canvas and the PDF: the grid, card and note boxes, the curves.

All numbers are in points (1/72 inch) in map coordinates, origin at the top-left
of the stage-header band. The layout depends only on the document and its Sizes
(the type scale chosen for a paper, jmap.core.sizing), so a shared file looks the
same on every machine; boxes grow with their text, stage headers hold every metric.
"""

from __future__ import annotations

from collections.abc import Callable

from jmap.core import theme
from jmap.core.labels import channel_mark, metric_line
from jmap.core.model import CARD_LANES, EMOTION_MAX, EMOTION_MIN, LaneKind
from jmap.core.curves import smooth_segments  # noqa: F401 - the curves' maths, importable from here too
from jmap.core.pictures import picture_height
from jmap.core.record import FrozenRecord, Record

LANE_HEADER_W = 150.0
STAGE_W = 210.0
STAGE_HEADER_H = 52.0
PAD = 8.0
GAP = 6.0
CARD_H = 50.0
NOTE_FONT = 8.5
NOTE_LINE = 11.0
NOTE_MAX_LINES = 6
MIN_LANE_H = 64.0
EMOTION_LANE_H = 150.0
CHAR_W = 0.53  # average glyph width as a share of the font size (DejaVu Sans)
CHAR_W_BOLD = 0.6
#: Card height without its title lines (pill row, paddings, owner row), and per title line.
CARD_BASE = CARD_H - 2 * theme.CARD_LEADING
#: The same for a printed card, whose channel pill sits in the bottom row beside the owner.
PRINT_CARD_BASE = 4.5 + 2.0 + theme.PILL * 1.55 + 3.5
#: Room at the right of a printed card's title for the evidence mark.
MARK_ROOM = 9.0
#: Room a card lane keeps under its lowest card for flows and their labels.
CORRIDOR_ROOM = 20.0
#: A text measure: width of ``text`` in a font (bold or not) at a size, in points.
Measure = Callable[[str, bool, float], float]
_set = object.__setattr__  # a frozen record's fields are set once, in __init__


class Sizes(FrozenRecord):
    """How big the type is: ``text`` scales every font and the boxes that hold text.

    ``title_lines`` and ``note_lines``: the lines a card title and a note may take before they
    are cut (the canvas keeps them short); ``compact``: printed cards, whose pill joins the owner
    row, so a one-line title makes a short card; ``note_type``: the type size of note text (the
    printed map sets its notes a little bigger than the canvas); ``flow_room``: flows get room,
    gutters widen with the flows they carry, linked cards stand further apart.
    """

    __slots__ = ("text", "stage_w", "title_lines", "note_lines", "compact", "emotion_h", "header_w", "min_lane_h",
                 "note_type", "flow_room")
    FIELDS = __slots__

    def __init__(self, text: float = 1.0, stage_w: float = STAGE_W, title_lines: int = 2,
                 note_lines: int = NOTE_MAX_LINES, compact: bool = False, emotion_h: float = EMOTION_LANE_H,
                 header_w: float = LANE_HEADER_W, min_lane_h: float = MIN_LANE_H, note_type: float = NOTE_FONT,
                 flow_room: bool = False) -> None:
        values = (text, stage_w, title_lines, note_lines, compact, emotion_h, header_w, min_lane_h, note_type,
                  flow_room)
        for name, value in zip(self.FIELDS, values):
            _set(self, name, value)

    @property
    def lane_header_w(self) -> float:
        return self.header_w * self.text


class Rect(FrozenRecord):
    """A box: its top-left corner, width and height."""

    __slots__ = ("x", "y", "w", "h")
    FIELDS = __slots__

    def __init__(self, x: float, y: float, w: float, h: float) -> None:
        _set(self, "x", x)
        _set(self, "y", y)
        _set(self, "w", w)
        _set(self, "h", h)

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom


class Layout(Record):
    """Where everything of a map is: columns, lanes, card and note boxes, emotion points.

    ``overflowing``: notes whose text was estimated not to fit their box (shown with a mark);
    ``text``: the type scale, every font size of the design is multiplied by it (see Sizes);
    ``compact``: cards drawn the printed way (see Sizes.compact); ``inset``: the distance of cards
    from their column's edges, half the gutter flows run in; ``note_type`` and ``note_line``: the
    type size and line height of note text at type scale 1; ``picture_h``: cards and notes with a
    picture -> the room it takes at their top (jmap.core.pictures).
    """

    FIELDS = ("stage_x", "stage_w", "lane_y", "lane_h", "header_h", "lane_header_w", "cards", "notes", "overflowing",
              "emotion_points", "stage_ids", "lane_ids", "text", "compact", "inset", "note_type", "note_line",
              "picture_h")

    def __init__(self, stage_x: list[float] | None = None, stage_w: float = STAGE_W, lane_y: list[float] | None = None,
                 lane_h: list[float] | None = None, header_h: float = STAGE_HEADER_H,
                 lane_header_w: float = LANE_HEADER_W, cards: dict[str, Rect] | None = None,
                 notes: dict[str, Rect] | None = None, overflowing: set[str] | None = None,
                 emotion_points: dict[str, tuple[float, float]] | None = None, stage_ids: list[str] | None = None,
                 lane_ids: list[str] | None = None, text: float = 1.0, compact: bool = False, inset: float = PAD,
                 note_type: float = NOTE_FONT, note_line: float = NOTE_LINE,
                 picture_h: dict[str, float] | None = None) -> None:
        self.stage_x = [] if stage_x is None else stage_x
        self.stage_w = stage_w
        self.lane_y = [] if lane_y is None else lane_y
        self.lane_h = [] if lane_h is None else lane_h
        self.header_h, self.lane_header_w = header_h, lane_header_w
        self.cards = {} if cards is None else cards
        self.notes = {} if notes is None else notes
        self.overflowing = set() if overflowing is None else overflowing
        self.emotion_points = {} if emotion_points is None else emotion_points
        self.stage_ids = [] if stage_ids is None else stage_ids
        self.lane_ids = [] if lane_ids is None else lane_ids
        self.text, self.compact, self.inset = text, compact, inset
        self.note_type, self.note_line = note_type, note_line
        self.picture_h = {} if picture_h is None else picture_h

    @property
    def width(self) -> float:
        return self.lane_header_w + self.stage_w * len(self.stage_x)

    @property
    def height(self) -> float:
        if not self.lane_y:
            return self.header_h
        return self.lane_y[-1] + self.lane_h[-1]

    def moved(self, eid: str, rect: Rect | None) -> None:
        """A card or note box was changed in place (None: removed): keep the column index
        of routing.column_boxes up to date."""
        index = self.__dict__.get("_columns")
        if index is None:
            return
        for boxes in index.values():
            boxes.pop(eid, None)
        if rect is not None and self.stage_w > 0:
            index.setdefault(self.column(rect), {})[eid] = rect

    def column(self, r: Rect) -> int:
        """The index of the stage column a box is in (clamped to the map's columns)."""
        return max(0, min(len(self.stage_x) - 1, int((r.x - self.lane_header_w) // self.stage_w)))

    def cell(self, lane_index: int, stage_index: int) -> Rect:
        return Rect(self.stage_x[stage_index], self.lane_y[lane_index], self.stage_w, self.lane_h[lane_index])

    def stage_rect(self, stage_index: int) -> Rect:
        return Rect(self.stage_x[stage_index], 0.0, self.stage_w, self.header_h)

    def lane_rect(self, lane_index: int) -> Rect:
        return Rect(0.0, self.lane_y[lane_index], self.lane_header_w, self.lane_h[lane_index])

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(lane index, stage index) under a point, or None outside the grid."""
        if x < self.lane_header_w or y < self.header_h or not self.stage_x or not self.lane_y:
            return None
        s = int((x - self.lane_header_w) // self.stage_w)
        if s >= len(self.stage_x):
            return None
        for i, top in enumerate(self.lane_y):
            if top <= y < top + self.lane_h[i]:
                return i, s
        return None

    def emotion_y(self, lane_index: int, value: float) -> float:
        """The y of an emotion value inside the emotions lane (top = EMOTION_MAX)."""
        top = self.lane_y[lane_index] + PAD + 6
        height = self.lane_h[lane_index] - 2 * PAD - 12
        return top + (EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN) * height

    def emotion_value(self, lane_index: int, y: float) -> int:
        """The nearest whole emotion value for a y inside the emotions lane."""
        top = self.lane_y[lane_index] + PAD + 6
        height = self.lane_h[lane_index] - 2 * PAD - 12
        raw = EMOTION_MAX - (y - top) / height * (EMOTION_MAX - EMOTION_MIN)
        return int(max(EMOTION_MIN, min(EMOTION_MAX, round(raw))))


def estimate_lines(text: str, width: float, font_size: float = NOTE_FONT, bold: bool = False,
                   measure: Measure | None = None) -> int:
    """Lines a text needs at a width: wrapped word by word with ``measure``, else estimated
    from an average glyph width."""
    if measure is None:
        return _estimate(text, max(1, int(width / (font_size * (CHAR_W_BOLD if bold else CHAR_W)))))
    space = measure(" ", bold, font_size)
    lines = 0
    for paragraph in text.split("\n") or [""]:
        lines += 1
        current = 0.0
        for word in paragraph.split():
            w = measure(word, bold, font_size)
            if w > width:  # a very long word wraps by characters
                lines += int(w // max(width, 1.0)) + (1 if current else 0)
                current = w % max(width, 1.0)
                continue
            if current and current + space + w > width:
                lines += 1
                current = w
            else:
                current += (space if current else 0.0) + w
    return lines


def _estimate(text: str, per_line: int) -> int:
    """Lines of a text wrapped at ``per_line`` characters (words longer than a line are split)."""
    lines = 0
    for paragraph in text.split("\n") or [""]:
        words = paragraph.split()
        lines += 1
        current = 0
        for word in words:
            n = len(word)
            if n > per_line:  # a very long word wraps by characters
                lines += n // per_line + (1 if current else 0)
                current = n % per_line
                continue
            if current and current + 1 + n > per_line:
                lines += 1
                current = n
            else:
                current += n + (1 if current else 0)
    return lines


def note_height(text: str, width: float, sizes: Sizes | None = None,
                measure: Measure | None = None) -> tuple[float, bool]:
    """Box height of a note and whether its text overflows the lines a note may take."""
    sizes = sizes or Sizes()
    k = sizes.text
    lines = estimate_lines(text, width - 2 * 5 * k, sizes.note_type * k, False, measure)
    shown = min(lines, sizes.note_lines)
    return k * (2 * 5 + shown * NOTE_LINE * sizes.note_type / NOTE_FONT), lines > sizes.note_lines


def card_height(title: str, width: float, sizes: Sizes | None = None, measure: Measure | None = None,
                owner: str = "", channel: str = "other", language: str = "en") -> float:
    """Height of a card: title lines (up to ``sizes.title_lines``), then its pill, owner and importance row."""
    sizes = sizes or Sizes()
    k = sizes.text
    if not sizes.compact:
        return CARD_H * k
    lines = estimate_lines(" ".join(str(title or "").split()), card_title_width(width, k), theme.CARD_TITLE * k,
                           True, measure)
    lines = max(1, min(sizes.title_lines, lines))
    below = owner_below(owner, channel, width, k, measure, language)
    return k * (PRINT_CARD_BASE + lines * theme.CARD_LEADING + (OWNER_LINE if below else 0.0))


#: The extra line of a printed card whose owner does not fit beside its pill.
OWNER_LINE = theme.CARD_SMALL + 2.5


def _width(text: str, bold: bool, size: float, measure: Measure | None) -> float:
    return measure(text, bold, size) if measure else len(text) * size * (CHAR_W_BOLD if bold else CHAR_W)


def pill_width(channel: str, k: float, measure: Measure | None = None, language: str = "en") -> float:
    """Width of a card's channel pill (the short channel code in the map's language on a dark ground)."""
    size = theme.PILL * k
    return _width(channel_mark(channel, language), True, size, measure) + 1.2 * size


def owner_room(channel: str, width: float, k: float, measure: Measure | None = None, language: str = "en") -> float:
    """Room for the owner in a printed card's bottom row, between its pill and its importance dots."""
    dots = _width("\u25cf" * 5, False, theme.DOTS * k, measure)
    return width - 12 * k - pill_width(channel, k, measure, language) - 4 * k - dots - 4 * k


def owner_below(owner: str, channel: str, width: float, k: float, measure: Measure | None = None,
                language: str = "en") -> bool:
    """Whether a printed card's owner takes its own line under the title (too long for the row)."""
    owner = " ".join(str(owner or "").split())
    return bool(owner) and _width(owner, False, theme.CARD_SMALL * k, measure) > owner_room(channel, width, k, measure,
                                                                                          language)


def card_title_width(width: float, k: float) -> float:
    """Room for a printed card's title lines in a card ``width`` wide."""
    return width - (12 + MARK_ROOM) * k


def header_height(doc, stage_w: float, sizes: Sizes | None = None, measure: Measure | None = None) -> float:
    """Height of the stage header band: every stage's name (two lines), description and metrics."""
    sizes = sizes or Sizes()
    k = sizes.text
    width = stage_w - 2 * PAD
    language = doc.meta.language
    metrics: dict[str, list[str]] = {}
    for m in doc.metrics:
        metrics.setdefault(m.stage, []).append(metric_line(m, language))
    tallest = 0.0
    for stage in doc.stages:
        name = min(2, estimate_lines(" ".join(stage.name.split()) or "-", width, theme.STAGE_NAME * k, True, measure))
        details = [" ".join(stage.description.split())] if stage.description.strip() else []
        details += metrics.get(stage.id, [])
        small = sum(estimate_lines(t, width, theme.STAGE_SMALL * k, False, measure) for t in details)
        h = 8 + name * (theme.STAGE_NAME + 2) * k + 1 + small * (theme.STAGE_SMALL + 1.8) * k + 6
        tallest = max(tallest, h)
    return max(STAGE_HEADER_H * k, tallest)


def compute_layout(doc, sizes: Sizes | None = None, measure: Measure | None = None) -> Layout:
    """Place every stage, lane, card, note and emotion point of a document.

    ``sizes`` sets the type scale (default: the editor's); ``measure`` measures text
    exactly (the PDF passes its font metrics), else widths are estimated.
    """
    sizes = sizes or Sizes()
    k = sizes.text
    layout = Layout(text=k, compact=sizes.compact, note_type=sizes.note_type,
                    note_line=NOTE_LINE * sizes.note_type / NOTE_FONT)
    stages = doc.stages
    lanes = doc.lanes
    layout.stage_ids = [s.id for s in stages]
    layout.lane_ids = [lane.id for lane in lanes]
    stage_idx = doc.stage_index()
    stage_w = sizes.stage_w
    layout.stage_w = stage_w
    layout.lane_header_w = sizes.lane_header_w
    layout.header_h = header_height(doc, stage_w, sizes, measure)
    layout.stage_x = [layout.lane_header_w + i * stage_w for i in range(len(stages))]
    room = flow_room(doc, k) if sizes.flow_room else None
    inset = layout.inset = room.inset if room else PAD
    inner_w = stage_w - 2 * inset

    # Heights of the content of each cell, then each lane is as tall as its fullest cell.
    note_boxes: dict[str, tuple[float, bool]] = {}
    card_boxes: dict[str, float] = {}
    content: dict[tuple[str, str], float] = {}
    for note in doc.notes:
        h, over = note_height(note.text, inner_w, sizes, measure)
        if note.picture and (ph := picture_height(doc, note, inner_w, k)):
            layout.picture_h[note.id] = ph
            h += ph
        note_boxes[note.id] = (h, over)
        key = (note.lane, note.stage)
        content[key] = content.get(key, 0.0) + h + GAP
    for tp in doc.touchpoints:
        h = card_height(tp.title, inner_w, sizes, measure, tp.owner, tp.channel, doc.meta.language)
        if tp.picture and (ph := picture_height(doc, tp, inner_w, k)):
            layout.picture_h[tp.id] = ph
            h += ph
        card_boxes[tp.id] = h
        key = (tp.lane, tp.stage)
        content[key] = content.get(key, 0.0) + h + (room.gap_after.get(tp.id, GAP) if room else GAP)
    y = layout.header_h
    lane_fill: dict[str, float] = {}
    for lane in lanes:
        lane_fill[lane.id] = y
        tallest = max((content.get((lane.id, s.id), 0.0) for s in stages), default=0.0)
        h = lane_height(lane.kind, tallest, k, sizes.emotion_h, sizes.min_lane_h)
        if room and lane.id in room.corridor:
            h += room.corridor[lane.id]
        layout.lane_y.append(y)
        layout.lane_h.append(h)
        y += h

    cursor: dict[tuple[str, str], float] = {}
    for note in doc.notes:
        if note.stage not in stage_idx or note.lane not in lane_fill:
            continue
        key = (note.lane, note.stage)
        top = cursor.get(key, lane_fill[note.lane] + PAD)
        h, over = note_boxes[note.id]
        layout.notes[note.id] = Rect(layout.stage_x[stage_idx[note.stage]] + inset, top, inner_w, h)
        if over:
            layout.overflowing.add(note.id)
        cursor[key] = top + h + GAP
    for tp in doc.touchpoints:
        if tp.stage not in stage_idx or tp.lane not in lane_fill:
            continue
        key = (tp.lane, tp.stage)
        top = cursor.get(key, lane_fill[tp.lane] + PAD)
        layout.cards[tp.id] = Rect(layout.stage_x[stage_idx[tp.stage]] + inset, top, inner_w, card_boxes[tp.id])
        cursor[key] = top + card_boxes[tp.id] + (room.gap_after.get(tp.id, GAP) if room else GAP)

    emotion_lane = next((i for i, lane in enumerate(lanes) if lane.kind == LaneKind.EMOTIONS), None)
    if emotion_lane is not None:
        for point in doc.emotions:
            si = stage_idx.get(point.stage)
            if si is None:
                continue
            x = layout.stage_x[si] + stage_w / 2
            card = layout.cards.get(point.touchpoint) if point.touchpoint else None
            if card is not None:
                x = card.cx
            layout.emotion_points[point.id] = (x, layout.emotion_y(emotion_lane, point.value))
    return layout


class FlowRoom(Record):
    """Room the flows of a printed map need: the card inset (half a gutter), bigger gaps
    between cards linked by a flow (its arrow and label go there), extra corridor height."""

    FIELDS = ("inset", "gap_after", "corridor")

    def __init__(self, inset: float = PAD, gap_after: dict[str, float] | None = None,
                 corridor: dict[str, float] | None = None) -> None:
        self.inset = inset
        self.gap_after = {} if gap_after is None else gap_after
        self.corridor = {} if corridor is None else corridor


#: Distance between parallel flows in a gutter or corridor, and the label's height over its type size.
TRACK = 3.4
LABEL_PAD = 4.8
#: The widest half-gutter: six tracks either side of the middle.
MAX_INSET = 3.5 * TRACK


def flow_room(doc, k: float = 1.0) -> FlowRoom:
    """How much room the flows of a document need (see FlowRoom), counted from the document alone."""
    room = FlowRoom()
    stage_idx = doc.stage_index()
    cards = {tp.id: tp for tp in doc.touchpoints}
    order: dict[str, int] = {}
    cells: dict[tuple[str, str], list[str]] = {}
    for tp in doc.touchpoints:
        cells.setdefault((tp.lane, tp.stage), []).append(tp.id)
    for ids in cells.values():
        for i, tid in enumerate(ids):
            order[tid] = i
    legs: dict[int, int] = {}
    runs: dict[str, int] = {}
    label_gap = (theme.FLOW_LABEL + LABEL_PAD + 3.5) * k
    for flow in doc.flows:
        a, b = cards.get(flow.source), cards.get(flow.target)
        if a is None or b is None or a.stage not in stage_idx or b.stage not in stage_idx or a is b:
            continue
        sa, sb = stage_idx[a.stage], stage_idx[b.stage]
        if sa == sb and a.lane == b.lane and abs(order[a.id] - order[b.id]) == 1:
            upper = a.id if order[a.id] < order[b.id] else b.id
            room.gap_after[upper] = max(room.gap_after.get(upper, GAP), label_gap if flow.label else 10 * k)
            continue
        for g in ((sb,) if sb == sa + 1 else (sa,) if sb == sa - 1 else (sa + 1, sb) if sb > sa
                  else (sa, sb + 1) if sb < sa else (sa + (1 if b is not a else 0),)):
            legs[g] = legs.get(g, 0) + 1
        if abs(sb - sa) > 1 or sb == sa - 1:
            runs[a.lane] = runs.get(a.lane, 0) + 1
    busiest = max(legs.values(), default=0)
    room.inset = max(PAD, min((busiest + 1) * TRACK / 2 + 2, MAX_INSET))  # busier gutters share tracks
    room.corridor = {lane: n * TRACK + (theme.FLOW_LABEL + LABEL_PAD) * k for lane, n in runs.items()}
    return room


def lane_height(kind: str, tallest: float, k: float = 1.0, emotion_h: float = EMOTION_LANE_H,
                min_h: float = MIN_LANE_H) -> float:
    """Height of a lane whose fullest cell holds ``tallest`` points of boxes (with their gaps)."""
    base = (emotion_h if kind == LaneKind.EMOTIONS else min_h) * k
    return max(base, tallest + 2 * PAD - GAP + (CORRIDOR_ROOM * k if kind in CARD_LANES else 0.0))


def curve_points(doc, layout: Layout, persona_id: str) -> list[tuple[str, float, float]]:
    """(point id, x, y) of one persona's curve, left to right."""
    pts = [(p.id, *layout.emotion_points[p.id]) for p in doc.emotions_of(persona_id) if p.id in layout.emotion_points]
    pts.sort(key=lambda t: t[1])
    return pts


def line_y(layout: Layout, lane_index: int) -> float:
    """The y of a blueprint line drawn below a lane."""
    return layout.lane_y[lane_index] + layout.lane_h[lane_index]
