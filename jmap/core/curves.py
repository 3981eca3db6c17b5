"""Smooth curves through points: the Bézier segments of the emotion curves (canvas, PDF, captions)."""

from __future__ import annotations


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
