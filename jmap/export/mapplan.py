"""What the PDF draws on the map, prepared once: fitted text, overflow list, flow paths, curves.

Preparing before drawing keeps the overflow numbers the same on every poster sheet and
lets each sheet draw only what it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

from jmap.core import theme
from jmap.core.labels import label
from jmap.core.labels import metric_line as core_metric_line
from jmap.core.layout import (
    CARD_BASE,
    OWNER_LINE,
    PRINT_CARD_BASE,
    card_title_width,
    owner_below,
    owner_room,
    NOTE_FONT,
    NOTE_LINE,
    PAD,
    Layout,
    Rect,
    compute_layout,
    curve_points,
    line_y,
    smooth_segments,
)
from jmap.core.model import EMOTION_MAX, EMOTION_MIN, LaneKind
from jmap.export.flowroute import bezier_at, detours, gutters, lane_span, route, skips
from jmap.export.fonts import BOLD, REGULAR
from jmap.export.text import ELLIPSIS, fit_lines, one_line

NOTE_PAD = 5.0
CARD_TITLE = theme.CARD_TITLE
CARD_LEADING = theme.CARD_LEADING
CARD_SMALL = theme.CARD_SMALL
FLOW_LABEL = theme.FLOW_LABEL
STAGE_NAME = theme.STAGE_NAME
STAGE_SMALL = theme.STAGE_SMALL
LANE_TITLE = theme.LANE_TITLE
LANE_SMALL = theme.LANE_SMALL
#: Sideways offsets of the legs of flows that share a gutter (the gutter is 2 × PAD wide).
TRACKS = (0.0, 2.5, -2.5, 5.0, -5.0)
#: Every font size the map uses (map units at type scale 1): for the smallest on paper.
TYPE_SIZES = (theme.NOTE_TYPE, CARD_TITLE, CARD_SMALL, FLOW_LABEL, STAGE_NAME, STAGE_SMALL, LANE_TITLE, LANE_SMALL,
              theme.PILL, theme.MARK, theme.DOTS, theme.SCALE_TAG, theme.LEGEND, theme.LINE_TAG, theme.CORNER)
#: The smallest type on paper (points) a fitted map may have.
MIN_PRINT = 6.0
MARKERS = ("circle", "square", "triangle", "diamond", "down", "ring", "box")


@dataclass
class Overflow:
    number: int
    where: str
    what: str
    text: str


@dataclass
class TextBox:
    lines: list[str]
    number: int = 0  # overflow number, 0 when everything fits


@dataclass
class FlowPath:
    flow_id: str
    #: Cubic Bézier segments (p0, c1, c2, p1) in map coordinates (y down), see flowroute.
    segments: list
    backward: bool
    label: str
    bbox: Rect
    #: Centre of the label, where it overlaps no card, note or other label.
    label_at: tuple[float, float] = (0.0, 0.0)
    #: Set when the label did not fit anywhere near the flow: "…(n)" is drawn instead.
    mark: TextBox | None = None


@dataclass
class Curve:
    persona_id: str
    name: str
    colour: str
    marker: str
    points: list[tuple[float, float]]
    segments: list[tuple[tuple[float, float], ...]]


@dataclass
class MapPlan:
    doc: object
    layout: Layout
    language: str
    stage_names: list[TextBox] = field(default_factory=list)
    stage_details: list[TextBox] = field(default_factory=list)
    stage_colours: list[str] = field(default_factory=list)
    lane_titles: list[TextBox] = field(default_factory=list)
    lane_prompts: list[TextBox] = field(default_factory=list)
    lane_tints: list[str] = field(default_factory=list)
    notes: dict[str, TextBox] = field(default_factory=dict)
    note_colours: dict[str, str] = field(default_factory=dict)
    card_titles: dict[str, TextBox] = field(default_factory=dict)
    card_owners: dict[str, TextBox] = field(default_factory=dict)
    flows: list[FlowPath] = field(default_factory=list)
    curves: list[Curve] = field(default_factory=list)
    emotion_lane: int | None = None
    lines: list[tuple[str, float, str]] = field(default_factory=list)  # (kind, y, label)
    accent: str = theme.HEADER_BG
    corner_lines: list[str] = field(default_factory=list)
    overflow: list[Overflow] = field(default_factory=list)

    @property
    def k(self) -> float:
        """The type scale of the layout (see jmap.core.layout.Sizes)."""
        return self.layout.text

    def pt(self, base: float) -> float:
        """A font size of the design at the layout's type scale."""
        return base * self.layout.text


def metric_line(metric, language: str) -> str:
    """``Conversion rate 12.5% / target 20%`` as printed (jmap.core.labels.metric_line with print-safe text)."""
    return core_metric_line(metric, language, one_line)


class _Fitter:
    """Fits text into a number of lines and numbers what does not fit."""

    def __init__(self, plan: MapPlan) -> None:
        self.plan = plan
        self.pending: list[tuple[tuple, str, str, str, TextBox]] = []

    def fit(self, order: tuple, where: str, what: str, text: str, font: str, size: float, width: float,
            max_lines: int) -> TextBox:
        if not one_line(text):  # nothing to show, so nothing can overflow
            return TextBox([])
        lines, over = fit_lines(text, font, size, width, max_lines, marker=ELLIPSIS + "(000)")
        box = TextBox(lines)
        if over:
            self.pending.append((order, where, what, text, box))
        return box

    def mark(self, order: tuple, where: str, what: str, text: str) -> TextBox:
        """A text shown only as its overflow mark (listed in full on the continuation page)."""
        box = TextBox(["(000)"])
        self.pending.append((order, where, what, text, box))
        return box

    def finish(self) -> None:
        """Number the overflowing texts in reading order and put the number in the mark."""
        self.pending.sort(key=lambda item: item[0])
        for n, (_, where, what, text, box) in enumerate(self.pending, start=1):
            box.number = n
            if box.lines:  # a box with no room at all shows nothing; the text is still listed in full
                box.lines[-1] = box.lines[-1][: -len("(000)")] + f"({n})"
            self.plan.overflow.append(Overflow(n, where, what, text))


class _Obstacles:
    """Boxes a flow label must not cover, bucketed for quick lookups."""

    SIZE = 120.0

    def __init__(self, rects: list[Rect]) -> None:
        self.buckets: dict[tuple[int, int], list[Rect]] = {}
        for r in rects:
            self.add(r)

    def _keys(self, r: Rect):
        s = self.SIZE
        for i in range(int(r.x // s), int(r.right // s) + 1):
            for j in range(int(r.y // s), int(r.bottom // s) + 1):
                yield i, j

    def add(self, r: Rect) -> None:
        for key in self._keys(r):
            self.buckets.setdefault(key, []).append(r)

    def hits(self, r: Rect) -> bool:
        for key in self._keys(r):
            for o in self.buckets.get(key, ()):
                if r.x < o.right and o.x < r.right and r.y < o.bottom and o.y < r.bottom:
                    return True
        return False


def _label_spot(spots, width: float, avoid: _Obstacles, also: _Obstacles,
                height: float = 11.0) -> tuple[float, float] | None:
    """A candidate point where a label covers nothing in ``avoid`` (then noted in ``also``), or None."""
    for x, y in spots:
        box = Rect(x - width / 2, y - height / 2, width, height)
        if not avoid.hits(box):
            avoid.add(box)
            if also is not avoid:
                also.add(box)
            return x, y
    return None


def _bbox(points) -> Rect:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return Rect(min(xs) - 8, min(ys) - 8, max(xs) - min(xs) + 16, max(ys) - min(ys) + 16)


def line_boxes(plan: MapPlan) -> list[Rect]:
    """The blueprint lines and their name tags (a flow label must not sit on them); see mapdraw.draw_lines."""
    lay = plan.layout
    size = plan.pt(theme.LINE_TAG)
    h = size + 4.6
    out = []
    for _, y, name in plan.lines:
        out.append(Rect(lay.lane_header_w, y - 1.5, lay.width - lay.lane_header_w, 3.0))
        w = stringWidth(name, BOLD, size) + 8
        for x in line_tag_xs(plan, w):
            out.append(Rect(x, y - h / 2, w, h))
    return out


def line_tag_xs(plan: MapPlan, w: float) -> list[float]:
    """Where a blueprint line's name tag of width ``w`` is drawn: at its start and every fourth stage."""
    lay = plan.layout
    return [lay.lane_header_w + 4] + [sx + lay.stage_w / 2 - w / 2 for sx in lay.stage_x[3::4]]


def _detours(layout: Layout, a: Rect, b: Rect, solid: _Obstacles, width: float, track: float = 0.0):
    """Other routes of a flow, each with where its label (``width`` wide) may go: U detours
    through a gutter with the label on the bottom of the U or beside it, or corridor runs
    higher up the lane for a flow that skips columns (never through a card)."""
    for segments, (x, y) in detours(layout, a, b, track=track):
        yield segments, [(x, y), (x - 3.5 - width / 2, y), (x + 3.5 + width / 2, y)]
    run = skips(layout, a, b)
    if run is None:
        return
    top, corridor = lane_span(layout, a)
    x0, x1 = run
    back = x1 <= a.x
    y = corridor - 13
    while y > top + 8:
        level = y + (4 if back else 0)
        if not solid.hits(Rect(x0 - 4, level - 7, x1 - x0 + 8, 14)):
            segments, _, spots = route(layout, a, b, corridor=y, track=track)
            yield segments, spots
        y -= 13


def _measure(text: str, bold: bool, size: float) -> float:
    return stringWidth(text, BOLD if bold else REGULAR, size)


def legend_step(plan: MapPlan) -> float:
    """Height of one persona in the legend of the emotions lane."""
    return max(14.0 * plan.k, plan.pt(theme.LEGEND) + 6 * plan.k)


def prepare(doc, layout: Layout | None = None) -> MapPlan:
    """Fit every text of the map into its box and lay out flows, curves and lines."""
    layout = layout or compute_layout(doc)
    language = doc.meta.language if doc.meta.language in ("en", "nb", "nl", "el") else "en"
    plan = MapPlan(doc, layout, language)
    pt = plan.pt
    k = plan.k
    fitter = _Fitter(plan)
    kind = doc.meta.map_type if doc.meta.map_type in theme.MAP_TYPE_ACCENTS else "current-state"
    plan.accent = theme.MAP_TYPE_ACCENTS[kind]
    corner = label(kind, language) + ("\n" + label("target", language) if kind == "future-state" else "")
    plan.corner_lines = fit_lines(corner, BOLD, pt(theme.CORNER), layout.lane_header_w - 2 * PAD, 3)[0]
    stages, lanes = doc.stages, doc.lanes
    stage_idx = doc.stage_index()
    lane_idx = doc.lane_index()
    sw = layout.stage_w - 2 * PAD
    metrics_of: dict[str, list] = {}
    for metric in doc.metrics:
        metrics_of.setdefault(metric.stage, []).append(metric)

    # Stage headers: the name (two lines), then description and metrics in small type
    # (the band is as tall as the fullest header: see jmap.core.layout.header_height).
    for i, stage in enumerate(stages):
        name = one_line(stage.name) or "—"
        where = name
        box = fitter.fit((0, i, 0), where, label("stage", language), stage.name, BOLD, pt(STAGE_NAME), sw, 2)
        plan.stage_names.append(box)
        used = 8 + len(box.lines) * (STAGE_NAME + 2) * k + 1
        small_lines = max(1, int((layout.header_h - 6 - used + 0.5) // ((STAGE_SMALL + 1.8) * k)))
        details = [one_line(stage.description)] if one_line(stage.description) else []
        details += [metric_line(m, language) for m in metrics_of.get(stage.id, [])]
        plan.stage_details.append(fitter.fit((0, i, 1), where, label("metrics", language), "\n".join(details),
                                             REGULAR, pt(STAGE_SMALL), sw, small_lines))
        plan.stage_colours.append(theme.valid_colour(stage.colour, ""))

    # Lane headers: title, then the guiding prompt in small type.
    lw = layout.lane_header_w - 2 * PAD
    for i, lane in enumerate(lanes):
        title = one_line(lane.title) or lane.kind.replace("_", " ")
        # the emotions lane has its scale (+3 … −3) at the right of its header
        scale_w = stringWidth("\u22123", REGULAR, pt(theme.SCALE_TAG)) + 8 if lane.kind == LaneKind.EMOTIONS else 0.0
        title_box = fitter.fit((1, i, -1, 0), title, label("lane", language), title + (" *" if lane.required else ""),
                               BOLD, pt(LANE_TITLE), lw - scale_w, 3)
        plan.lane_titles.append(title_box)
        reserved = 0.0
        if lane.kind == LaneKind.EMOTIONS:
            reserved = legend_step(plan) * sum(1 for p in doc.personas if p.visible) + 4
        free = layout.lane_h[i] - 2 * PAD - len(title_box.lines) * (pt(LANE_TITLE) + 2) - 3 - reserved
        prompt_lines = max(0, int(free // (pt(LANE_SMALL) + 2)))
        prompt_w = lw - max(scale_w, 22 if scale_w else 0)
        plan.lane_prompts.append(fitter.fit((1, i, -1, 1), title, label("prompt", language), lane.prompt, REGULAR,
                                            pt(LANE_SMALL), prompt_w, prompt_lines))
        plan.lane_tints.append(theme.lane_tint(lane.kind, theme.valid_colour(lane.colour, "")))

    def where_of(lane_id: str, stage_id: str) -> str:
        lane = doc.get("lanes", lane_id)
        stage = doc.get("stages", stage_id)
        return f"{one_line(stage.name) or '—'} › {one_line(lane.title) or lane.kind}"

    for note in doc.notes:
        rect = layout.notes.get(note.id)
        if rect is None:
            continue
        lane = doc.get("lanes", note.lane)
        max_lines = max(1, int((rect.h - 2 * NOTE_PAD * k + 0.5) // (NOTE_LINE * k)))
        order = (1, lane_idx[note.lane], stage_idx[note.stage], rect.y)
        plan.notes[note.id] = fitter.fit(order, where_of(note.lane, note.stage), label("note", language), note.text,
                                         REGULAR, pt(NOTE_FONT), rect.w - 2 * NOTE_PAD * k, max_lines)
        plan.note_colours[note.id] = theme.note_colour(lane.kind, theme.valid_colour(note.colour, ""))

    for tp in doc.touchpoints:
        rect = layout.cards.get(tp.id)
        if rect is None:
            continue
        order = (1, lane_idx[tp.lane], stage_idx[tp.stage], rect.y)
        where = where_of(tp.lane, tp.stage)
        if layout.compact:
            below = owner_below(tp.owner, tp.channel, rect.w, k, _measure)
            title_lines = max(1, int((rect.h / k - PRINT_CARD_BASE - (OWNER_LINE if below else 0)) / CARD_LEADING
                                     + 0.01))
            title_w = card_title_width(rect.w, k)
            owner_w = rect.w - 12 * k if below else owner_room(tp.channel, rect.w, k, _measure)
        else:
            title_lines = max(2, int((rect.h / k - CARD_BASE) / CARD_LEADING + 0.01))
            title_w, owner_w = rect.w - 12 * k, rect.w * 0.55
        plan.card_titles[tp.id] = fitter.fit(order, where, label("card", language), tp.title, BOLD, pt(CARD_TITLE),
                                             title_w, title_lines)
        if one_line(tp.owner):
            plan.card_owners[tp.id] = fitter.fit(order + (1,), where, label("card", language), tp.owner, REGULAR,
                                                 pt(CARD_SMALL), owner_w, 1)
    for line in doc.lines:
        li = lane_idx.get(line.after_lane)
        if li is None:
            continue
        kind = line.kind if line.kind in ("interaction", "visibility", "internal") else "visibility"
        plan.lines.append((kind, line_y(layout, li), one_line(line.label) or label(kind, language)))
    solid = _Obstacles(list(layout.cards.values()) + list(layout.notes.values()))
    obstacles = _Obstacles(list(layout.cards.values()) + list(layout.notes.values()) + line_boxes(plan))
    labels = _Obstacles([])  # the flow labels placed so far
    flow_pt = pt(FLOW_LABEL)
    label_h = flow_pt + 4.8
    used: dict[int, int] = {}  # legs so far in each gutter: a flow takes the next free track
    for i, flow in enumerate(doc.flows):
        a, b = layout.cards.get(flow.source), layout.cards.get(flow.target)
        if a is None or b is None:
            continue
        ways = gutters(layout, a, b)
        n = max((used.get(g, 0) for g in ways), default=0)
        for g in ways:
            used[g] = n + 1
        track = TRACKS[n % len(TRACKS)]
        segments, backward, spots = route(layout, a, b, track=track)
        path = FlowPath(flow.id, segments, backward, one_line(flow.label),
                        _bbox([p for seg in segments for p in seg]))
        plan.flows.append(path)
        if not path.label:
            continue
        width = stringWidth(path.label, REGULAR, flow_pt) + 6
        spot = _label_spot(spots, width, obstacles, labels, label_h)
        if spot is None:  # no room along the way: a detour with room for the label
            for detour, at in _detours(layout, a, b, solid, width, track):
                spot = _label_spot(at, width, obstacles, labels, label_h)
                if spot is not None:
                    path.segments = detour
                    path.bbox = _bbox([p for seg in detour for p in seg])
                    break
        if spot is None:
            src, dst = doc.get("touchpoints", flow.source), doc.get("touchpoints", flow.target)
            where = f"{one_line(src.title) or src.id} → {one_line(dst.title) or dst.id}"
            path.mark = fitter.mark((2, i), where, label("flow", language), flow.label)
            # the mark "(n)" is small: find it a free spot too, else one clear of other labels
            width = stringWidth("(00)", REGULAR, flow_pt) + 6
            spot = _label_spot(spots, width, obstacles, labels, label_h)
            for detour, at in ([] if spot is not None else _detours(layout, a, b, solid, width, track)):
                spot = _label_spot(at, width, obstacles, labels, label_h)
                if spot is not None:
                    path.segments = detour
                    path.bbox = _bbox([p for seg in detour for p in seg])
                    break
            along = spots + [bezier_at(seg, t) for way in [path.segments] + [d for d, _ in _detours(
                layout, a, b, solid, width, track)] for seg in way for t in (0.5, 0.2, 0.8)]
            # anywhere along the route (or its detours) where the mark is clear, else clear of other labels
            spot = (spot or _label_spot(along, width, obstacles, labels, label_h)
                    or _label_spot(along, width, labels, obstacles, label_h))
            if spot is None:  # nowhere clear: later labels at least keep off it
                spot = spots[0]
                box = Rect(spot[0] - width / 2, spot[1] - label_h / 2, width, label_h)
                labels.add(box)
                obstacles.add(box)
        path.label_at = spot
    fitter.finish()

    plan.emotion_lane = next((i for i, lane in enumerate(lanes) if lane.kind == LaneKind.EMOTIONS), None)
    if plan.emotion_lane is not None:
        for i, persona in enumerate(doc.personas):
            if not persona.visible:
                continue
            lo = layout.emotion_y(plan.emotion_lane, EMOTION_MAX)
            hi = layout.emotion_y(plan.emotion_lane, EMOTION_MIN)
            pts = [(x, max(lo, min(hi, y))) for _, x, y in curve_points(doc, layout, persona.id)]
            plan.curves.append(Curve(persona.id, one_line(persona.name) or persona.id,
                                     theme.persona_colour(i, persona.colour), MARKERS[i % len(MARKERS)], pts,
                                     smooth_segments(pts)))

    return plan
