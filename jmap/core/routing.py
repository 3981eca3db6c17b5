"""Routes of flows between cards (the one engine of canvas and PDF), as cubic Bézier segments. No Qt.

Cards sit in columns with an empty gutter between them, and every card lane keeps an
empty strip (the corridor) under its lowest card. Flows use only those: a flow between
cards stacked in one column is a short straight arrow between them (when nothing is in
the way); a flow to the next column runs orthogonally through the gutter on its own
track; a flow that skips columns drops into the
corridor of its lane, runs along it and climbs up the gutter before its target; a flow
going back runs the same way leftwards and enters its target from the right; a flow
inside one column that cannot go straight bulges into the gutter. So a flow never
crosses a card. Labels sit beside a straight piece of their flow (label_spots), where
no line and no text is (Segments, Boxes): see jmap.export.flowplan.
"""

from __future__ import annotations

from jmap.core.layout import PAD, Layout, Rect

Point = tuple[float, float]
Segment = tuple[Point, Point, Point, Point]
RADIUS = 6.0
CORRIDOR = 12.0  # distance of the corridor line above the bottom of its lane


def bezier_at(seg: Segment, t: float) -> Point:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = seg
    u = 1 - t
    return (u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3,
            u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3)


def _line(p: Point, q: Point) -> Segment:
    return (p, p, q, q)


def rounded(points: list[Point], radius: float = RADIUS) -> list[Segment]:
    """An orthogonal polyline as straight segments joined by rounded corners."""
    segs: list[Segment] = []
    start = points[0]
    for i in range(1, len(points) - 1):
        prev, corner, nxt = points[i - 1], points[i], points[i + 1]
        d_in = abs(corner[0] - prev[0]) + abs(corner[1] - prev[1])
        d_out = abs(nxt[0] - corner[0]) + abs(nxt[1] - corner[1])
        r = min(radius, d_in / 2, d_out / 2)
        if r <= 0.01:
            continue

        def toward(p: Point, q: Point, dist: float) -> Point:
            length = abs(q[0] - p[0]) + abs(q[1] - p[1]) or 1.0
            return (p[0] + (q[0] - p[0]) * dist / length, p[1] + (q[1] - p[1]) * dist / length)

        a = toward(corner, prev, r)
        b = toward(corner, nxt, r)
        if a != start:
            segs.append(_line(start, a))
        k = 0.55  # control points on the corner: close to a quarter circle
        segs.append((a, (a[0] + (corner[0] - a[0]) * k, a[1] + (corner[1] - a[1]) * k),
                     (b[0] + (corner[0] - b[0]) * k, b[1] + (corner[1] - b[1]) * k), b))
        start = b
    segs.append(_line(start, points[-1]))
    return segs


def _column(layout: Layout, r: Rect) -> int:
    return layout.column(r)


def _corridor(layout: Layout, r: Rect) -> float:
    for top, h in zip(layout.lane_y, layout.lane_h):
        if top <= r.cy < top + h:
            return top + h - CORRIDOR
    return r.bottom + PAD


def route(layout: Layout, a: Rect, b: Rect, corridor: float | None = None,
          track: float = 0.0, label_w: float = 0.0) -> tuple[list[Segment], bool, list[Point]]:
    """(segments, goes backward, candidate label centres) of a flow from card ``a`` to card ``b``.

    ``corridor`` moves the run of a flow that skips columns up from the bottom of its lane;
    ``track`` moves its legs in the gutters sideways, so that flows sharing a gutter stay apart;
    ``label_w`` (the width of its label) leaves room beside a straight arrow for the label.
    """
    if a == b:  # a loop on one card, over its top right corner
        p0, p1 = (a.right - 30, a.y), (a.right, a.y + 14)
        seg = (p0, (p0[0], a.y - 22), (a.right + 22, p1[1]), p1)
        return [seg], True, [bezier_at(seg, 0.5)]
    sa, sb = _column(layout, a), _column(layout, b)
    ts = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8)
    if sb == sa:
        straight = stacked(layout, a, b, label_w)
        if straight is not None:
            return straight
    if sb == sa + 1:  # the next column: orthogonal through the gutter, on the flow's track
        p0, p1 = (a.right, a.cy), (b.x, b.cy)
        if abs(p0[1] - p1[1]) < 1.0:
            seg = _line(p0, (p1[0], p0[1]))
            return [seg], False, [bezier_at(seg, t) for t in ts]
        g = layout.stage_x[sb] + max(-layout.inset + 2, min(layout.inset - 2, track))
        segs = rounded([p0, (g, p0[1]), (g, p1[1]), p1], min(RADIUS, layout.inset - 1))
        return segs, False, [(g, (p0[1] + p1[1]) / 2)]
    if sb == sa:  # same column: a bulge in the gutter, right going down, left going up
        bulge = layout.inset + 2 + abs(track) * 0.6
        if b.y > a.y:
            if sa == len(layout.stage_x) - 1:  # the last column: stay inside the map's border
                bulge = min(bulge, (layout.width - max(a.right, b.right) - 2) / 0.75)
            p0, p1 = (a.right, a.cy), (b.right, b.cy)
            seg = (p0, (p0[0] + bulge, p0[1]), (p1[0] + bulge, p1[1]), p1)
            return [seg], False, [bezier_at(seg, t) for t in ts]
        p0, p1 = (a.x, a.cy), (b.x, b.cy)
        seg = (p0, (p0[0] - bulge, p0[1]), (p1[0] - bulge, p1[1]), p1)
        return [seg], True, [bezier_at(seg, t) for t in ts]
    corridor = _corridor(layout, a) if corridor is None else corridor
    if sb > sa:  # forward over other columns: along the corridor
        g1, g2 = layout.stage_x[sa + 1] + track, layout.stage_x[sb] + track
        points = [(a.right, a.cy), (g1, a.cy), (g1, corridor), (g2, corridor), (g2, b.cy), (b.x, b.cy)]
        backward = False
    elif sb == sa - 1:  # back to the previous column: a U through the corridor, its label at the bottom
        g, y = layout.stage_x[sa] + _u_shift(track, layout.inset), corridor + 4
        points = [(a.x, a.cy), (g + 3, a.cy), (g + 3, y), (g - 3, y), (g - 3, b.cy), (b.right, b.cy)]
        return rounded(points, 3.0), True, [(g, y)]
    else:  # back over other columns: along the corridor, leftwards
        g1, g2 = layout.stage_x[sa] + track, layout.stage_x[sb + 1] + track
        points = [(a.x, a.cy), (g1, a.cy), (g1, corridor + 4), (g2, corridor + 4), (g2, b.cy), (b.right, b.cy)]
        backward = True
    # flows sharing a corridor run at slightly different heights (higher, clear of the lane's edge)
    lift = 0.6 * abs(track)
    points[2:4] = [(x, y - lift) for x, y in points[2:4]]
    x0, x1 = points[2][0], points[3][0]
    y = points[2][1]
    labels = [(x0 + (x1 - x0) * f, y) for f in (0.5, 0.35, 0.65, 0.2, 0.8)]
    return rounded(points), backward, labels


def skips(layout: Layout, a: Rect, b: Rect) -> tuple[float, float] | None:
    """The x range of the corridor run of a flow that skips columns (None for other flows)."""
    sa, sb = _column(layout, a), _column(layout, b)
    if a == b or abs(sb - sa) <= 1:
        return None
    if sb > sa:
        return layout.stage_x[sa + 1], layout.stage_x[sb]
    return layout.stage_x[sb + 1], layout.stage_x[sa]


def _u_shift(track: float, inset: float = PAD) -> float:
    """A U has two legs 6 apart: it moves at most inset - 5.5 either way so both stay clear of the cards."""
    room = max(0.0, inset - 5.5)
    return max(-room, min(room, track))


def gutters(layout: Layout, a: Rect, b: Rect) -> tuple[int, ...]:
    """The gutters (by index of the stage boundary) in which a flow's route runs up or down."""
    if a == b:
        return ()
    sa, sb = _column(layout, a), _column(layout, b)
    if sb == sa + 1:
        return (sb,)
    if sb == sa:
        return (sa + 1,) if b.y > a.y else (sa,)
    if sb > sa:
        return (sa + 1, sb)
    return (sa,) if sb == sa - 1 else (sa, sb + 1)


def detours(layout: Layout, a: Rect, b: Rect, step: float = 13.0,
            track: float = 0.0) -> list[tuple[list[Segment], Point]]:
    """For a flow to the next or previous column or within one: U-shaped detours down a gutter and back up,
    their bottoms (where the label sits) rising from the corridor towards the cards, lowest
    first. A flow in one column uses the gutter it bulges into (none at the edge of the map)."""
    if a == b:
        return []
    sa, sb = _column(layout, a), _column(layout, b)
    if sb == sa + 1:
        g = layout.stage_x[sb] + _u_shift(track, layout.inset)
        down, up, start, end = g - 3, g + 3, (a.right, a.cy), (b.x, b.cy)
    elif sb == sa and b.y > a.y and sa + 1 < len(layout.stage_x):  # down the gutter on the right
        g = layout.stage_x[sa + 1] + _u_shift(track, layout.inset)
        down, up, start, end = g + 3, g - 3, (a.right, a.cy), (b.right, b.cy)
    elif sb == sa and b.y < a.y and sa > 0:  # up: down the gutter on the left and back
        g = layout.stage_x[sa] + _u_shift(track, layout.inset)
        down, up, start, end = g + 3, g - 3, (a.x, a.cy), (b.x, b.cy)
    elif sb == sa - 1:  # back to the previous column: its U (see route), raised step by step
        g = layout.stage_x[sa] + _u_shift(track, layout.inset)
        down, up, start, end = g + 3, g - 3, (a.x, a.cy), (b.right, b.cy)
    else:
        return []
    y = _corridor(layout, a) + (4 if sb == sa - 1 else -4)
    out = []
    while y > max(a.cy, b.cy) + 12:
        points = [start, (down, a.cy), (down, y), (up, y), (up, b.cy), end]
        out.append((rounded(points, 3.0), (g, y)))
        y -= step
    return out


def stacked(layout: Layout, a: Rect, b: Rect, label_w: float = 0.0):
    """A straight arrow between two cards stacked in one column, or None when a box is in the way.

    Downwards it is a forward flow; upwards it goes back (dashed). A labelled arrow
    keeps to the left so that the label has room on its right.
    """
    if b.y >= a.bottom - 0.5:
        y0, y1, backward = a.bottom, b.y, False
    elif a.y >= b.bottom - 0.5:
        y0, y1, backward = a.y, b.bottom, True
    else:
        return None
    if abs(y1 - y0) < 5.0:
        return None
    lo, hi = max(a.x, b.x) + 12, min(a.right, b.right) - 12
    if hi <= lo:
        return None
    first = lo + (hi - lo) * 0.2 if label_w else (lo + hi) / 2
    top, bottom = min(y0, y1), max(y0, y1)
    boxes = [r for r in column_boxes(layout, _column(layout, a))  # (cheap tests first: a column has many)
             if r.y < bottom and r.y + r.h > top and r.x < hi and r.x + r.w > lo and r != a and r != b]
    for x in (first, (lo + hi) / 2, lo, hi):
        if not any(r.x - 2 < x < r.right + 2 for r in boxes):
            seg = _line((x, y0), (x, y1))
            return [seg], backward, [(x, (y0 + y1) / 2)]
    return None


def flatten(segments: list[Segment], pieces: int = 6) -> list[tuple[Point, Point]]:
    """A route as straight pieces (curves cut into ``pieces``), for crossing tests."""
    out = []
    for seg in segments:
        if seg[0] == seg[1] and seg[2] == seg[3]:
            out.append((seg[0], seg[3]))
            continue
        prev = seg[0]
        for i in range(1, pieces + 1):
            p = bezier_at(seg, i / pieces)
            out.append((prev, p))
            prev = p
    return out


def crosses(p: Point, q: Point, r: Rect) -> bool:
    """Whether the straight piece p-q passes through the inside of a box (Liang–Barsky)."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    lo, hi = 0.0, 1.0
    for d, low, high, v in ((dx, r.x, r.right, p[0]), (dy, r.y, r.bottom, p[1])):
        if abs(d) < 1e-9:
            if not low < v < high:
                return False
            continue
        t0, t1 = (low - v) / d, (high - v) / d
        if t0 > t1:
            t0, t1 = t1, t0
        lo, hi = max(lo, t0), min(hi, t1)
        if lo >= hi:
            return False
    return True


class Boxes:
    """Boxes (text, cards, labels) a label must not cover, bucketed for quick lookups."""

    SIZE = 120.0

    def __init__(self, rects=()) -> None:
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


class Segments:
    """The straight pieces of every drawn line, by owner, to find a place that no line crosses."""

    SIZE = 150.0

    def __init__(self) -> None:
        self.buckets: dict[tuple[int, int], list[tuple[str, Point, Point]]] = {}
        self.keys: dict[str, list[tuple[int, int]]] = {}

    def add(self, owner: str, pieces) -> None:
        s = self.SIZE
        for p, q in pieces:
            for i in range(int(min(p[0], q[0]) // s), int(max(p[0], q[0]) // s) + 1):
                for j in range(int(min(p[1], q[1]) // s), int(max(p[1], q[1]) // s) + 1):
                    self.buckets.setdefault((i, j), []).append((owner, p, q))
                    self.keys.setdefault(owner, []).append((i, j))

    def remove(self, owner: str) -> None:
        for key in set(self.keys.pop(owner, ())):
            self.buckets[key] = [e for e in self.buckets[key] if e[0] != owner]

    def hits(self, r: Rect) -> bool:
        s = self.SIZE
        for i in range(int(r.x // s), int(r.right // s) + 1):
            for j in range(int(r.y // s), int(r.bottom // s) + 1):
                for _, p, q in self.buckets.get((i, j), ()):
                    if crosses(p, q, r):
                        return True
        return False


def label_spots(segments: list[Segment], w: float, h: float, gap: float = 2.0) -> list[Point]:
    """Centres for a ``w`` × ``h`` label beside the straight pieces of a route, middle ones first:
    above or below a horizontal piece, right or left of a vertical one."""
    pieces = [(seg[0], seg[3]) for seg in segments if seg[0] == seg[1] and seg[2] == seg[3]]
    if not pieces:
        return []
    out: list[tuple[float, Point]] = []
    total = len(pieces)
    for n, (p, q) in enumerate(pieces):
        middle = abs(n - (total - 1) / 2)
        dx, dy = q[0] - p[0], q[1] - p[1]
        for f in (0.5, 0.35, 0.65, 0.2, 0.8, 0.92, 0.08, 1.0, 0.0):
            x, y = p[0] + dx * f, p[1] + dy * f
            rank = middle + abs(f - 0.5)
            if abs(dy) < 0.5 and abs(dx) > 2:
                out += [(rank, (x, y - gap - h / 2)), (rank + 0.01, (x, y + gap + h / 2))]
            elif abs(dx) < 0.5 and abs(dy) > h * 0.6:
                out += [(rank, (x + gap + w / 2, y)), (rank + 0.01, (x - gap - w / 2, y))]
    out.sort(key=lambda t: t[0])
    return [pt for _, pt in out]


def column_boxes(layout: Layout, column: int):
    """The card and note boxes of one column (an index kept on the layout; Layout.moved keeps it up to date)."""
    index = layout.__dict__.get("_columns")
    if index is None:
        index = {}
        for boxes in (layout.cards, layout.notes):
            for eid, r in boxes.items():
                index.setdefault(_column(layout, r), {})[eid] = r
        layout.__dict__["_columns"] = index
    return index.get(column, {}).values()
