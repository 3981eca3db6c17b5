"""Layout maths shared by the canvas and the PDF: the grid, card and note boxes, the curves.

All numbers are in points (1/72 inch) in map coordinates, origin at the top-left
of the stage-header band. The layout depends only on the document, so a shared
file looks the same on every machine and on paper.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jmap.core.model import CARD_LANES, EMOTION_MAX, EMOTION_MIN, LaneKind

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


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

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


@dataclass
class Layout:
    stage_x: list[float] = field(default_factory=list)
    stage_w: float = STAGE_W
    lane_y: list[float] = field(default_factory=list)
    lane_h: list[float] = field(default_factory=list)
    header_h: float = STAGE_HEADER_H
    lane_header_w: float = LANE_HEADER_W
    cards: dict[str, Rect] = field(default_factory=dict)
    notes: dict[str, Rect] = field(default_factory=dict)
    #: Notes whose text was estimated not to fit their box (shown with a mark).
    overflowing: set[str] = field(default_factory=set)
    emotion_points: dict[str, tuple[float, float]] = field(default_factory=dict)
    stage_ids: list[str] = field(default_factory=list)
    lane_ids: list[str] = field(default_factory=list)

    @property
    def width(self) -> float:
        return self.lane_header_w + self.stage_w * len(self.stage_x)

    @property
    def height(self) -> float:
        if not self.lane_y:
            return self.header_h
        return self.lane_y[-1] + self.lane_h[-1]

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


def estimate_lines(text: str, width: float, font_size: float = NOTE_FONT) -> int:
    """Lines a text needs at a width, estimated from an average glyph width."""
    per_line = max(1, int(width / (font_size * CHAR_W)))
    lines = 0
    for paragraph in text.split("\n") or [""]:
        words = paragraph.split()
        if not words:
            lines += 1
            continue
        current = 0
        lines += 1
        for word in words:
            n = len(word)
            while n > per_line:  # a very long word wraps by characters
                if current:
                    lines += 1
                lines += 1
                n -= per_line
                current = 0
            if current and current + 1 + n > per_line:
                lines += 1
                current = n
            else:
                current += n + (1 if current else 0)
    return lines


def note_height(text: str, width: float) -> tuple[float, bool]:
    """Box height of a note and whether its text overflows NOTE_MAX_LINES."""
    lines = estimate_lines(text, width - 2 * 5)
    shown = min(lines, NOTE_MAX_LINES)
    return 2 * 5 + shown * NOTE_LINE, lines > NOTE_MAX_LINES


def compute_layout(doc) -> Layout:
    """Place every stage, lane, card, note and emotion point of a document."""
    layout = Layout()
    stages = doc.stages
    lanes = doc.lanes
    layout.stage_ids = [s.id for s in stages]
    layout.lane_ids = [lane.id for lane in lanes]
    stage_idx = doc.stage_index()
    layout.stage_x = [LANE_HEADER_W + i * STAGE_W for i in range(len(stages))]
    inner_w = STAGE_W - 2 * PAD

    # Heights of the content of each cell, then each lane is as tall as its fullest cell.
    note_boxes: dict[str, tuple[float, bool]] = {}
    content: dict[tuple[str, str], float] = {}
    for note in doc.notes:
        h, over = note_height(note.text, inner_w)
        note_boxes[note.id] = (h, over)
        key = (note.lane, note.stage)
        content[key] = content.get(key, 0.0) + h + GAP
    for tp in doc.touchpoints:
        key = (tp.lane, tp.stage)
        content[key] = content.get(key, 0.0) + CARD_H + GAP
    y = STAGE_HEADER_H
    lane_fill: dict[str, float] = {}
    for lane in lanes:
        lane_fill[lane.id] = y
        tallest = max((content.get((lane.id, s.id), 0.0) for s in stages), default=0.0)
        base = EMOTION_LANE_H if lane.kind == LaneKind.EMOTIONS else MIN_LANE_H
        h = max(base, tallest + 2 * PAD - GAP + (20.0 if lane.kind in CARD_LANES else 0.0))
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
        layout.notes[note.id] = Rect(layout.stage_x[stage_idx[note.stage]] + PAD, top, inner_w, h)
        if over:
            layout.overflowing.add(note.id)
        cursor[key] = top + h + GAP
    for tp in doc.touchpoints:
        if tp.stage not in stage_idx or tp.lane not in lane_fill:
            continue
        key = (tp.lane, tp.stage)
        top = cursor.get(key, lane_fill[tp.lane] + PAD)
        layout.cards[tp.id] = Rect(layout.stage_x[stage_idx[tp.stage]] + PAD, top, inner_w, CARD_H)
        cursor[key] = top + CARD_H + GAP

    emotion_lane = next((i for i, lane in enumerate(lanes) if lane.kind == LaneKind.EMOTIONS), None)
    if emotion_lane is not None:
        for point in doc.emotions:
            si = stage_idx.get(point.stage)
            if si is None:
                continue
            x = layout.stage_x[si] + STAGE_W / 2
            card = layout.cards.get(point.touchpoint) if point.touchpoint else None
            if card is not None:
                x = card.cx
            layout.emotion_points[point.id] = (x, layout.emotion_y(emotion_lane, point.value))
    return layout


def curve_points(doc, layout: Layout, persona_id: str) -> list[tuple[str, float, float]]:
    """(point id, x, y) of one persona's curve, left to right."""
    pts = [(p.id, *layout.emotion_points[p.id]) for p in doc.emotions_of(persona_id) if p.id in layout.emotion_points]
    pts.sort(key=lambda t: t[1])
    return pts


def smooth_segments(points: list[tuple[float, float]]) -> list[tuple[tuple[float, float], ...]]:
    """Cubic Bézier segments (p0, c1, c2, p1) through the points: a monotone curve.

    Uses Fritsch–Carlson monotone tangents so the curve never overshoots the
    labelled scale between two points (a dip never looks deeper than it was).
    """
    n = len(points)
    if n < 2:
        return []
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    d = [(ys[i + 1] - ys[i]) / ((xs[i + 1] - xs[i]) or 1e-9) for i in range(n - 1)]
    m = [0.0] * n
    m[0], m[-1] = d[0], d[-1]
    for i in range(1, n - 1):
        m[i] = 0.0 if d[i - 1] * d[i] <= 0 else (d[i - 1] + d[i]) / 2
    for i in range(n - 1):
        if d[i] == 0:
            m[i] = m[i + 1] = 0.0
            continue
        a, b = m[i] / d[i], m[i + 1] / d[i]
        s = a * a + b * b
        if s > 9:
            t = 3 / s**0.5
            m[i], m[i + 1] = t * a * d[i], t * b * d[i]
    segs = []
    for i in range(n - 1):
        h = xs[i + 1] - xs[i]
        c1 = (xs[i] + h / 3, ys[i] + m[i] * h / 3)
        c2 = (xs[i + 1] - h / 3, ys[i + 1] - m[i + 1] * h / 3)
        segs.append((points[i], c1, c2, points[i + 1]))
    return segs


def line_y(layout: Layout, lane_index: int) -> float:
    """The y of a blueprint line drawn below a lane."""
    return layout.lane_y[lane_index] + layout.lane_h[lane_index]
