"""Routes of flows between cards, as cubic Bézier segments in map coordinates (y down). No Qt.

Cards sit in columns with an empty gutter between them, and every card lane keeps an
empty strip (the corridor) under its lowest card. Flows use only those: a flow to the
next column is one S-curve through the gutter; a flow that skips columns drops into the
corridor of its lane, runs along it and climbs up the gutter before its target; a flow
going back runs the same way leftwards and enters its target from the right; a flow
inside one column bulges into the gutter. So a flow never crosses a card.
This is pure layout maths that the canvas can share.
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
    return max(0, min(len(layout.stage_x) - 1, int((r.x - layout.lane_header_w) // layout.stage_w)))


def _corridor(layout: Layout, r: Rect) -> float:
    for top, h in zip(layout.lane_y, layout.lane_h):
        if top <= r.cy < top + h:
            return top + h - CORRIDOR
    return r.bottom + PAD


def route(layout: Layout, a: Rect, b: Rect, corridor: float | None = None,
          track: float = 0.0) -> tuple[list[Segment], bool, list[Point]]:
    """(segments, goes backward, candidate label centres) of a flow from card ``a`` to card ``b``.

    ``corridor`` moves the run of a flow that skips columns up from the bottom of its lane;
    ``track`` moves its legs in the gutters sideways, so that flows sharing a gutter stay apart.
    """
    if a == b:  # a loop on one card, over its top right corner
        p0, p1 = (a.right - 30, a.y), (a.right, a.y + 14)
        seg = (p0, (p0[0], a.y - 22), (a.right + 22, p1[1]), p1)
        return [seg], True, [bezier_at(seg, 0.5)]
    sa, sb = _column(layout, a), _column(layout, b)
    ts = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8)
    if sb == sa + 1:  # the next column: an S through the gutter
        p0, p1 = (a.right, a.cy), (b.x, b.cy)
        dx = max(18.0, (p1[0] - p0[0]) / 2)
        seg = (p0, (p0[0] + dx, p0[1]), (p1[0] - dx, p1[1]), p1)
        return [seg], False, [bezier_at(seg, t) for t in ts]
    if sb == sa:  # same column: a bulge in the gutter, right going down, left going up
        bulge = PAD + 2
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
        g, y = layout.stage_x[sa] + _u_shift(track), corridor + 4
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
    if a == b or abs(sb - sa) <= 1 or (sb == sa - 1):
        return None
    if sb > sa:
        return layout.stage_x[sa + 1], layout.stage_x[sb]
    return layout.stage_x[sb + 1], layout.stage_x[sa]


def _u_shift(track: float) -> float:
    """A U has two legs 6 apart: it moves at most 2.5 either way so both stay clear of the cards."""
    return max(-2.5, min(2.5, track))


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
        g = layout.stage_x[sb] + _u_shift(track)
        down, up, start, end = g - 3, g + 3, (a.right, a.cy), (b.x, b.cy)
    elif sb == sa and b.y > a.y and sa + 1 < len(layout.stage_x):  # down the gutter on the right
        g = layout.stage_x[sa + 1] + _u_shift(track)
        down, up, start, end = g + 3, g - 3, (a.right, a.cy), (b.right, b.cy)
    elif sb == sa and b.y < a.y and sa > 0:  # up: down the gutter on the left and back
        g = layout.stage_x[sa] + _u_shift(track)
        down, up, start, end = g + 3, g - 3, (a.x, a.cy), (b.x, b.cy)
    elif sb == sa - 1:  # back to the previous column: its U (see route), raised step by step
        g = layout.stage_x[sa] + _u_shift(track)
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


def lane_span(layout: Layout, r: Rect) -> tuple[float, float]:
    """(top, corridor) of the lane of a card: the heights a corridor run may use."""
    for top, h in zip(layout.lane_y, layout.lane_h):
        if top <= r.cy < top + h:
            return top, top + h - CORRIDOR
    return r.y, r.bottom + PAD
