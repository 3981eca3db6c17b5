"""What the PDF draws on the map, prepared once: fitted text, overflow list, flow paths, curves.

Preparing before drawing keeps the overflow numbers the same on every poster sheet and
lets each sheet draw only what it shows.
"""

from __future__ import annotations

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
from jmap.core.record import Record
from jmap.export.emotionplan import place_captions
from jmap.export.flowplan import place_labels, route_flows
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


class Overflow(Record):
    """A text that did not fit on the map: listed in full, by its number, on a later page."""

    FIELDS = ("number", "where", "what", "text")

    def __init__(self, number: int, where: str, what: str, text: str) -> None:
        self.number, self.where, self.what, self.text = number, where, what, text


class TextBox(Record):
    """The lines of a text as fitted into its box."""

    FIELDS = ("lines", "number")

    def __init__(self, lines: list[str], number: int = 0) -> None:
        self.lines = lines
        self.number = number  # overflow number, 0 when everything fits


class FlowPath(Record):
    """A flow as drawn: its curve, its label's place (or overflow mark) and its track."""

    FIELDS = ("flow_id", "segments", "backward", "label", "bbox", "label_at", "track", "mark")

    def __init__(self, flow_id: str, segments: list, backward: bool, label: str, bbox: Rect,
                 label_at: tuple[float, float] | None = (0.0, 0.0), track: float = 0.0,
                 mark: TextBox | None = None) -> None:
        self.flow_id = flow_id
        #: Cubic Bézier segments (p0, c1, c2, p1) in map coordinates (y down), see flowroute.
        self.segments = segments
        self.backward = backward
        self.label = label
        self.bbox = bbox
        #: Centre of the label, beside its flow where no line or text is (None: not on the map).
        self.label_at = label_at
        #: Sideways offset of the flow's legs in the gutters.
        self.track = track
        #: Set when the label did not fit anywhere near the flow: "…(n)" is drawn instead.
        self.mark = mark


class Curve(Record):
    """A persona's emotion curve: its points and the smooth segments through them."""

    FIELDS = ("persona_id", "name", "colour", "marker", "points", "segments")

    def __init__(self, persona_id: str, name: str, colour: str, marker: str, points: list[tuple[float, float]],
                 segments: list[tuple[tuple[float, float], ...]]) -> None:
        self.persona_id, self.name, self.colour, self.marker = persona_id, name, colour, marker
        self.points, self.segments = points, segments


class MapPlan(Record):
    """Everything the PDF draws on the map, fitted and placed (see ``prepare``)."""

    FIELDS = ("doc", "layout", "language", "stage_names", "stage_details", "stage_colours", "lane_titles",
              "lane_prompts", "lane_tints", "notes", "note_colours", "card_titles", "card_owners", "flows", "curves",
              "emotion_lane", "lines", "line_tags", "show_labels", "captions", "owners_below", "accent",
              "corner_lines", "overflow")

    def __init__(self, doc: object, layout: Layout, language: str, stage_names: list[TextBox] | None = None,
                 stage_details: list[TextBox] | None = None, stage_colours: list[str] | None = None,
                 lane_titles: list[TextBox] | None = None, lane_prompts: list[TextBox] | None = None,
                 lane_tints: list[str] | None = None, notes: dict[str, TextBox] | None = None,
                 note_colours: dict[str, str] | None = None, card_titles: dict[str, TextBox] | None = None,
                 card_owners: dict[str, TextBox] | None = None, flows: list[FlowPath] | None = None,
                 curves: list[Curve] | None = None, emotion_lane: int | None = None,
                 lines: list[tuple[str, float, str]] | None = None, line_tags: list[list[float]] | None = None,
                 show_labels: bool = True, captions: list | None = None, owners_below: set[str] | None = None,
                 accent: str = theme.HEADER_BG, corner_lines: list[str] | None = None,
                 overflow: list[Overflow] | None = None) -> None:
        self.doc, self.layout, self.language = doc, layout, language
        self.stage_names = [] if stage_names is None else stage_names
        self.stage_details = [] if stage_details is None else stage_details
        self.stage_colours = [] if stage_colours is None else stage_colours
        self.lane_titles = [] if lane_titles is None else lane_titles
        self.lane_prompts = [] if lane_prompts is None else lane_prompts
        self.lane_tints = [] if lane_tints is None else lane_tints
        self.notes = {} if notes is None else notes
        self.note_colours = {} if note_colours is None else note_colours
        self.card_titles = {} if card_titles is None else card_titles
        self.card_owners = {} if card_owners is None else card_owners
        self.flows = [] if flows is None else flows
        self.curves = [] if curves is None else curves
        self.emotion_lane = emotion_lane
        self.lines = [] if lines is None else lines  # (kind, y, label)
        #: Where each blueprint line's name tags start (x), clear of flows.
        self.line_tags = [] if line_tags is None else line_tags
        #: Whether flow labels are drawn (a view and export option).
        self.show_labels = show_labels
        #: Words of the emotion scale and short captions beside emotion points (emotionplan.Caption).
        self.captions = [] if captions is None else captions
        #: Printed cards whose owner has its own line under the title.
        self.owners_below = set() if owners_below is None else owners_below
        self.accent = accent
        self.corner_lines = [] if corner_lines is None else corner_lines
        self.overflow = [] if overflow is None else overflow

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


def _measure(text: str, bold: bool, size: float) -> float:
    return stringWidth(text, BOLD if bold else REGULAR, size)


def legend_step(plan: MapPlan) -> float:
    """Height of one line of the legend of the emotions lane."""
    return max(14.0 * plan.k, plan.pt(theme.LEGEND) + 6 * plan.k)


def legend_names(plan: MapPlan, name: str) -> list[str]:
    """A persona's full name in the legend, wrapped beside its sample line (at most three lines)."""
    room = plan.layout.lane_header_w - 2 * PAD - 21 * plan.k - stringWidth("\u22123", REGULAR,
                                                                           plan.pt(theme.SCALE_TAG)) - 8
    return fit_lines(name, REGULAR, plan.pt(theme.LEGEND), max(room, 20.0), 3)[0]


def legend_height(plan: MapPlan) -> float:
    """Height of the legend of the emotions lane: every visible persona's full name."""
    step = legend_step(plan)
    line = plan.pt(theme.LEGEND) + 2 * plan.k
    total = 0.0
    for p in plan.doc.personas:
        if p.visible:
            total += step + (len(legend_names(plan, one_line(p.name) or p.id)) - 1) * line
    return total


def prepare(doc, layout: Layout | None = None, flow_labels: bool = True) -> MapPlan:
    """Fit every text of the map into its box and lay out flows, curves and lines.

    ``flow_labels`` False leaves the flows' labels off the map (a view and export option).
    """
    layout = layout or compute_layout(doc)
    language = doc.meta.language if doc.meta.language in ("en", "nb", "nl", "el") else "en"
    plan = MapPlan(doc, layout, language, show_labels=flow_labels)
    plan.emotion_lane = next((i for i, lane in enumerate(doc.lanes) if lane.kind == LaneKind.EMOTIONS), None)
    fitter = _Fitter(plan)
    _fit_corner(plan)
    _fit_stages(plan, fitter)
    _fit_lanes(plan, fitter)
    _fit_notes(plan, fitter)
    _fit_cards(plan, fitter)
    _blueprint_lines(plan)
    _curves(plan)
    place_captions(plan)
    route_flows(plan, FlowPath)
    place_labels(plan, fitter)
    fitter.finish()
    return plan


def _fit_corner(plan: MapPlan) -> None:
    """The corner above the lane titles names the kind of map (a future state adds "target state")."""
    doc, language = plan.doc, plan.language
    kind = doc.meta.map_type if doc.meta.map_type in theme.MAP_TYPE_ACCENTS else "current-state"
    plan.accent = theme.MAP_TYPE_ACCENTS[kind]
    corner = label(kind, language) + ("\n" + label("target", language) if kind == "future-state" else "")
    plan.corner_lines = fit_lines(corner, BOLD, plan.pt(theme.CORNER), plan.layout.lane_header_w - 2 * PAD, 3)[0]


def _fit_stages(plan: MapPlan, fitter: _Fitter) -> None:
    """Stage headers: the name (two lines), then description and every metric in small type
    (the band is as tall as the fullest header: see jmap.core.layout.header_height)."""
    doc, layout, language, pt, k = plan.doc, plan.layout, plan.language, plan.pt, plan.k
    sw = layout.stage_w - 2 * PAD
    metrics_of: dict[str, list] = {}
    for metric in doc.metrics:
        metrics_of.setdefault(metric.stage, []).append(metric)
    for i, stage in enumerate(doc.stages):
        where = one_line(stage.name) or "—"
        box = fitter.fit((0, i, 0), where, label("stage", language), stage.name, BOLD, pt(STAGE_NAME), sw, 2)
        plan.stage_names.append(box)
        used = 8 + len(box.lines) * (STAGE_NAME + 2) * k + 1
        small_lines = max(1, int((layout.header_h - 6 - used + 0.5) // ((STAGE_SMALL + 1.8) * k)))
        details = [one_line(stage.description)] if one_line(stage.description) else []
        details += [metric_line(m, language) for m in metrics_of.get(stage.id, [])]
        plan.stage_details.append(fitter.fit((0, i, 1), where, label("metrics", language), "\n".join(details),
                                             REGULAR, pt(STAGE_SMALL), sw, small_lines))
        plan.stage_colours.append(theme.valid_colour(stage.colour, ""))


def _fit_lanes(plan: MapPlan, fitter: _Fitter) -> None:
    """Lane headers: title, then the guiding prompt in small type (the emotions lane keeps room
    for its scale and its legend of personas)."""
    doc, layout, language, pt = plan.doc, plan.layout, plan.language, plan.pt
    lw = layout.lane_header_w - 2 * PAD
    for i, lane in enumerate(doc.lanes):
        title = one_line(lane.title) or lane.kind.replace("_", " ")
        # the emotions lane has its scale (+3 … −3) at the right of its header
        scale_w = stringWidth("\u22123", REGULAR, pt(theme.SCALE_TAG)) + 8 if lane.kind == LaneKind.EMOTIONS else 0.0
        title_box = fitter.fit((1, i, -1, 0), title, label("lane", language), title + (" *" if lane.required else ""),
                               BOLD, pt(LANE_TITLE), lw - scale_w, 3)
        plan.lane_titles.append(title_box)
        reserved = 0.0
        if lane.kind == LaneKind.EMOTIONS:
            reserved = legend_height(plan) + 4
        free = layout.lane_h[i] - 2 * PAD - len(title_box.lines) * (pt(LANE_TITLE) + 2) - 3 - reserved
        prompt_lines = max(0, int(free // (pt(LANE_SMALL) + 2)))
        prompt_w = lw - max(scale_w, 22 if scale_w else 0)
        plan.lane_prompts.append(fitter.fit((1, i, -1, 1), title, label("prompt", language), lane.prompt, REGULAR,
                                            pt(LANE_SMALL), prompt_w, prompt_lines))
        plan.lane_tints.append(theme.lane_tint(lane.kind, theme.valid_colour(lane.colour, "")))


def _where(doc, lane_id: str, stage_id: str) -> str:
    lane = doc.get("lanes", lane_id)
    stage = doc.get("stages", stage_id)
    return f"{one_line(stage.name) or '—'} › {one_line(lane.title) or lane.kind}"


def _fit_notes(plan: MapPlan, fitter: _Fitter) -> None:
    """Note text in its box (the box grew with it, up to the lines a printed note takes)."""
    doc, layout, k = plan.doc, plan.layout, plan.k
    stage_idx, lane_idx = doc.stage_index(), doc.lane_index()
    for note in doc.notes:
        rect = layout.notes.get(note.id)
        if rect is None:
            continue
        lane = doc.get("lanes", note.lane)
        text_h = rect.h - layout.picture_h.get(note.id, 0.0)  # a picture takes the top of the note
        max_lines = max(1, int((text_h - 2 * NOTE_PAD * k + 0.5) // (layout.note_line * k)))
        order = (1, lane_idx[note.lane], stage_idx[note.stage], rect.y)
        plan.notes[note.id] = fitter.fit(order, _where(doc, note.lane, note.stage), label("note", plan.language),
                                         note.text, REGULAR, plan.pt(layout.note_type), rect.w - 2 * NOTE_PAD * k, max_lines)
        plan.note_colours[note.id] = theme.note_colour(lane.kind, theme.valid_colour(note.colour, ""))


def _fit_cards(plan: MapPlan, fitter: _Fitter) -> None:
    """Card titles and owners (a printed card's owner sits beside its pill, or below the title)."""
    doc, layout, k, pt, language = plan.doc, plan.layout, plan.k, plan.pt, plan.language
    stage_idx, lane_idx = doc.stage_index(), doc.lane_index()
    for tp in doc.touchpoints:
        rect = layout.cards.get(tp.id)
        if rect is None:
            continue
        order = (1, lane_idx[tp.lane], stage_idx[tp.stage], rect.y)
        where = _where(doc, tp.lane, tp.stage)
        rect = Rect(rect.x, rect.y, rect.w, rect.h - layout.picture_h.get(tp.id, 0.0))  # below its picture
        if layout.compact:
            below = owner_below(tp.owner, tp.channel, rect.w, k, _measure, language)
            if below:
                plan.owners_below.add(tp.id)
            title_lines = max(1, int((rect.h / k - PRINT_CARD_BASE - (OWNER_LINE if below else 0)) / CARD_LEADING
                                     + 0.01))
            title_w = card_title_width(rect.w, k)
            owner_w = rect.w - 12 * k if below else owner_room(tp.channel, rect.w, k, _measure, language)
        else:
            title_lines = max(2, int((rect.h / k - CARD_BASE) / CARD_LEADING + 0.01))
            title_w, owner_w = rect.w - 12 * k, rect.w * 0.55
        plan.card_titles[tp.id] = fitter.fit(order, where, label("card", language), tp.title, BOLD, pt(CARD_TITLE),
                                             title_w, title_lines)
        if one_line(tp.owner):
            plan.card_owners[tp.id] = fitter.fit(order + (1,), where, label("card", language), tp.owner, REGULAR,
                                                 pt(CARD_SMALL), owner_w, 1)


def _blueprint_lines(plan: MapPlan) -> None:
    """The lines of interaction, visibility and internal interaction, below their lanes."""
    lane_idx = plan.doc.lane_index()
    for line in plan.doc.lines:
        li = lane_idx.get(line.after_lane)
        if li is None:
            continue
        kind = line.kind if line.kind in ("interaction", "visibility", "internal") else "visibility"
        plan.lines.append((kind, line_y(plan.layout, li), one_line(line.label) or label(kind, plan.language)))


def _curves(plan: MapPlan) -> None:
    """One emotion curve per visible persona, with its colour and marker shape."""
    doc, layout = plan.doc, plan.layout
    if plan.emotion_lane is None:
        return
    lo = layout.emotion_y(plan.emotion_lane, EMOTION_MAX)
    hi = layout.emotion_y(plan.emotion_lane, EMOTION_MIN)
    for i, persona in enumerate(doc.personas):
        if not persona.visible:
            continue
        pts = [(x, max(lo, min(hi, y))) for _, x, y in curve_points(doc, layout, persona.id)]
        plan.curves.append(Curve(persona.id, one_line(persona.name) or persona.id,
                                 theme.persona_colour(i, persona.colour), MARKERS[i % len(MARKERS)], pts,
                                 smooth_segments(pts)))
