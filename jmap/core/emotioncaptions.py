"""Emotions in words, placed for both the printed map and the canvas: scale words and point captions.

A caption is an emotion point's comment cut to one line (the full text is on the persona's
page and in the point's tooltip); it goes beside its point, between two lines of the scale,
where no curve, line or other caption is. A point with no room keeps its dot only. Text is
measured by the caller (reportlab for the PDF, Qt font metrics on the canvas).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from jmap.core import theme
from jmap.core.labels import emotion_label
from jmap.core.layout import Rect, curve_points, smooth_segments
from jmap.core.model import EMOTION_MAX, EMOTION_MIN
from jmap.core.routing import Boxes, Segments, flatten

#: Width of a line of regular text at a size.
Width = Callable[[str, float], float]
#: A line cut to a width at a size (with an ellipsis when it is cut).
Clip = Callable[[str, float, float], str]


@dataclass
class Caption:
    """One line of text drawn with its left end at ``x`` and its baseline at ``y`` (map units)."""

    x: float
    y: float
    text: str
    colour: str


@dataclass
class CurveLine:
    """What placement needs of one persona's curve: its points and its colour."""

    persona_id: str
    colour: str
    points: list[tuple[float, float]]


def _one_line(text: object) -> str:
    return " ".join(str(text or "").split())


def scale_words(layout, lane: int, language: str, size: float, k: float, clip: Clip) -> list[Caption]:
    """The words of the scale (delighted, neutral, furious) at the left of the lane, above their lines,
    where no curve reaches (the first points sit in the middle of the first column)."""
    room = layout.stage_w / 2 - layout.inset - 6 * k
    out = []
    for value in (EMOTION_MAX, 0, EMOTION_MIN):
        words = clip(emotion_label(value, language), size, room)
        y = layout.emotion_y(lane, value) + (size + 2 * k if value == EMOTION_MAX else -2 * k)
        out.append(Caption(layout.lane_header_w + layout.inset, y, words, theme.MUTED))
    return out


def place_captions(doc, layout, lane: int | None, curves: list[CurveLine], language: str, size: float, k: float,
                   width: Width, clip: Clip, one_line: Callable[[object], str] = _one_line,
                   scale: bool = True, avoid: tuple[Rect, ...] | list[Rect] = ()) -> list[Caption]:
    """Scale words (when ``scale``) and point captions of the emotions lane ``lane`` (see the module doc);
    ``avoid``: other text of the lane the captions must not cover (the canvas's curve names)."""
    if lane is None:
        return []
    lay = layout
    h = size * 1.25
    step = lay.emotion_y(lane, 0) - lay.emotion_y(lane, 1)
    lines = Segments()
    for curve in curves:
        lines.add(curve.persona_id, flatten(smooth_segments(curve.points), 10))
    x0, x1 = lay.lane_header_w, lay.width
    lines.add("scale", [((x0, lay.emotion_y(lane, v)), (x1, lay.emotion_y(lane, v)))
                        for v in range(EMOTION_MIN, EMOTION_MAX + 1)])
    lines.add("grid", [((x, lay.lane_y[lane]), (x, lay.lane_y[lane] + lay.lane_h[lane])) for x in lay.stage_x[1:]])
    taken = Boxes()
    out: list[Caption] = []
    for box in avoid:
        taken.add(box)
    if scale:
        for w in scale_words(lay, lane, language, size, k, clip):
            taken.add(Rect(w.x, w.y - size, width(w.text, size), h))
            out.append(w)
    for curve in curves:  # markers are not to be covered either
        for x, y in curve.points:
            taken.add(Rect(x - 4 * k, y - 4 * k, 8 * k, 8 * k))
    top, bottom = lay.lane_y[lane] + 1, lay.lane_y[lane] + lay.lane_h[lane] - 1
    for curve in curves:
        for point_id, x, y in curve_points(doc, lay, curve.persona_id):
            point = doc.get("emotions", point_id)
            text = one_line(point.comment)
            if not text:
                continue
            cx = lay.stage_x[min(len(lay.stage_x) - 1, max(0, int((x - x0) // lay.stage_w)))]
            spots = []
            for room, sides in ((lay.stage_w - 2 * lay.inset - 4 * k, ("centre",)),
                                (lay.stage_w / 2 - lay.inset - 8 * k, ("right", "left"))):
                caption = clip(text, size, room)
                w = width(caption, size)
                for dy in (-step / 2, step / 2, -1.5 * step, 1.5 * step):
                    for side in sides:
                        left = {"centre": cx + (lay.stage_w - w) / 2, "right": x + 5 * k, "left": x - 5 * k - w}[side]
                        spots.append((left, y + dy, caption, w))
            for left, mid, caption, w in spots:
                if len(caption) < min(len(text), 16):  # a stub like "Good e…" says nothing
                    continue
                box = Rect(left, mid - h / 2, w, h)
                if box.y < top or box.bottom > bottom or box.x < x0 + 2 or box.right > x1 - 2:
                    continue
                if taken.hits(box) or lines.hits(box):
                    continue
                taken.add(box)
                out.append(Caption(left, mid + size * 0.36, caption, theme.mix(curve.colour, theme.INK, 0.35)))
                break
    return out
