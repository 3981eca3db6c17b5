"""Emotions in words on the printed map: the scale's words and a short caption beside each point.

A caption is the point's comment cut to one line (the full text is on the persona's
page); it goes beside its point, between two lines of the scale, where no curve, line
or other caption is. A point with no room keeps its dot only.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from jmap.core import theme
from jmap.core.labels import emotion_label
from jmap.core.layout import Rect, curve_points
from jmap.core.model import EMOTION_MAX, EMOTION_MIN
from jmap.core.routing import Boxes, Segments, flatten
from jmap.export.fonts import REGULAR
from jmap.export.text import clip, one_line


@dataclass
class Caption:
    """One line of text drawn with its left end at ``x`` and its baseline at ``y`` (map units)."""

    x: float
    y: float
    text: str
    colour: str


def scale_words(plan) -> list[Caption]:
    """The words of the scale (delighted, neutral, furious) at the left of the lane, above their lines,
    where no curve reaches (the first points sit in the middle of the first column)."""
    lay, lane = plan.layout, plan.emotion_lane
    size = plan.pt(theme.CAPTION)
    room = lay.stage_w / 2 - lay.inset - 6 * plan.k
    out = []
    for value in (EMOTION_MAX, 0, EMOTION_MIN):
        words = clip(emotion_label(value, plan.language), REGULAR, size, room)
        y = lay.emotion_y(lane, value) + (size + 2 * plan.k if value == EMOTION_MAX else -2 * plan.k)
        out.append(Caption(lay.lane_header_w + lay.inset, y, words, theme.MUTED))
    return out


def place_captions(plan) -> None:
    """Scale words and point captions of the emotions lane (see the module doc)."""
    plan.captions = []
    if plan.emotion_lane is None:
        return
    doc, lay, k, lane = plan.doc, plan.layout, plan.k, plan.emotion_lane
    size = plan.pt(theme.CAPTION)
    h = size * 1.25
    step = lay.emotion_y(lane, 0) - lay.emotion_y(lane, 1)
    lines = Segments()
    for curve in plan.curves:
        lines.add(curve.persona_id, flatten(curve.segments, 10))
    x0, x1 = lay.lane_header_w, lay.width
    lines.add("scale", [((x0, lay.emotion_y(lane, v)), (x1, lay.emotion_y(lane, v)))
                        for v in range(EMOTION_MIN, EMOTION_MAX + 1)])
    lines.add("grid", [((x, lay.lane_y[lane]), (x, lay.lane_y[lane] + lay.lane_h[lane])) for x in lay.stage_x[1:]])
    taken = Boxes()
    words = scale_words(plan)
    for w in words:
        taken.add(Rect(w.x, w.y - size, stringWidth(w.text, REGULAR, size), h))
    plan.captions.extend(words)
    for curve in plan.curves:  # markers are not to be covered either
        for x, y in curve.points:
            taken.add(Rect(x - 4 * k, y - 4 * k, 8 * k, 8 * k))
    top, bottom = lay.lane_y[lane] + 1, lay.lane_y[lane] + lay.lane_h[lane] - 1
    colours = {c.persona_id: c.colour for c in plan.curves}
    for persona_id in colours:
        for point_id, x, y in curve_points(doc, lay, persona_id):
            point = doc.get("emotions", point_id)
            text = one_line(point.comment)
            if not text:
                continue
            cx = lay.stage_x[min(len(lay.stage_x) - 1, max(0, int((x - x0) // lay.stage_w)))]
            spots = []
            for room, sides in ((lay.stage_w - 2 * lay.inset - 4 * k, ("centre",)),
                                (lay.stage_w / 2 - lay.inset - 8 * k, ("right", "left"))):
                caption = clip(text, REGULAR, size, room)
                w = stringWidth(caption, REGULAR, size)
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
                plan.captions.append(Caption(left, mid + size * 0.36, caption, theme.mix(colours[persona_id],
                                                                                         theme.INK, 0.35)))
                break


def draw_captions(c, plan, batch) -> None:
    """The captions of the emotions lane, in the text batch ``batch``."""
    size = plan.pt(theme.CAPTION)
    for cap in plan.captions:
        batch.add(cap.x, cap.y, cap.text, REGULAR, size, cap.colour)
