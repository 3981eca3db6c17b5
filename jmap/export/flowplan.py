"""Flows, their labels and the blueprint line tags of a printed map, placed so that no line crosses text.

Steps: route every flow (jmap.core.routing) with parallel legs on their own tracks;
put each blueprint line's name tags where no flow crosses them; then give each label
a spot beside a straight piece of its own flow where no line, card, note, header or
other label is, trying detours of the flow when its route has none. A label with no
spot anywhere is listed on the continuation page, its flow marked "(n)" where that fits.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from jmap.core import theme
from jmap.core.labels import label
from jmap.core.layout import LABEL_PAD, TRACK, Layout, Rect
from jmap.core.routing import Boxes, Segments, detours, flatten, gutters, label_spots, route
from jmap.export.fonts import BOLD, REGULAR
from jmap.export.text import one_line


def tracks(layout: Layout) -> list[float]:
    """Sideways offsets of flow legs in a gutter, centre first, TRACK apart, within the gutter."""
    out = [0.0]
    n = 1
    while n * TRACK <= layout.inset - 2.5:
        out += [n * TRACK, -n * TRACK]
        n += 1
    return out


def bbox(segments) -> Rect:
    points = [p for seg in segments for p in seg]
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return Rect(min(xs) - 8, min(ys) - 8, max(xs) - min(xs) + 16, max(ys) - min(ys) + 16)


def grid_segments(layout: Layout) -> list:
    """The grid lines drawn on the map (see mapdraw.draw_grid): column and lane edges, the frame."""
    h, w = layout.height, layout.width
    out = [((x, layout.header_h), (x, h)) for x in layout.stage_x[1:]]
    out.append(((layout.lane_header_w, layout.header_h), (layout.lane_header_w, h)))
    out += [((0.0, y), (w, y)) for y in layout.lane_y[1:]]
    out += [((0, 0), (w, 0)), ((w, 0), (w, h)), ((0, h), (w, h)), ((0, 0), (0, h))]
    return out


def text_boxes(plan) -> list[Rect]:
    """Boxes of the text a label must not cover: cards, notes, stage and lane headers."""
    lay = plan.layout
    out = list(lay.cards.values()) + list(lay.notes.values())
    out += [lay.stage_rect(i) for i in range(len(lay.stage_x))]
    out += [lay.lane_rect(i) for i in range(len(lay.lane_y))]
    if plan.emotion_lane is not None:
        i = plan.emotion_lane
        out.append(Rect(lay.lane_header_w, lay.lane_y[i], lay.width - lay.lane_header_w, lay.lane_h[i]))
    return out


def place_line_tags(plan, lines: Segments) -> None:
    """Name tags of the blueprint lines: at the line's start and about every fourth stage,
    each moved along the line to where no flow crosses it."""
    lay = plan.layout
    size = plan.pt(theme.LINE_TAG)
    h = size + 4.6 * plan.k
    plan.line_tags = []
    for _, y, name in plan.lines:
        w = stringWidth(name, BOLD, size) + 8 * plan.k
        xs = []
        wanted = [lay.lane_header_w + 4] + [sx + lay.stage_w / 2 - w / 2 for sx in lay.stage_x[3::4]]
        for x0 in wanted:
            for dx in (0, 20, -20, 40, -40, 60, -60, 90, -90, 120):
                x = x0 + dx * plan.k
                box = Rect(x, y - h - 1.5 * plan.k, w, h)  # just above its line, clear of the lane edge
                if x >= lay.lane_header_w + 2 and box.right <= lay.width - 2 and not lines.hits(box):
                    xs.append(x)
                    break
        if not xs:  # none of the usual places is clear: the first clear place along the line
            x = lay.lane_header_w + 4
            while x + w < lay.width - 2:
                if not lines.hits(Rect(x, y - h - 1.5 * plan.k, w, h)):
                    xs.append(x)
                    break
                x += 10 * plan.k
        plan.line_tags.append(xs)


def line_boxes(plan) -> list[Rect]:
    """The blueprint lines' name tags (a flow label must not sit on them); see mapdraw.draw_lines."""
    size = plan.pt(theme.LINE_TAG)
    h = size + 4.6 * plan.k
    out = []
    for (_, y, name), xs in zip(plan.lines, plan.line_tags):
        w = stringWidth(name, BOLD, size) + 8 * plan.k
        out += [Rect(x - 2, y - h - 1.5 * plan.k - 2, w + 4, h + 4) for x in xs]
    return out


def _free(spots, w: float, h: float, boxes: Boxes, lines: Segments, labels: Boxes):
    for x, y in spots:
        box = Rect(x - w / 2, y - h / 2, w, h)
        if not boxes.hits(box) and not labels.hits(box) and not lines.hits(box):
            return x, y, box
    return None


def route_flows(plan, flow_path) -> None:
    """Route every flow; legs sharing a gutter take different tracks."""
    doc, layout = plan.doc, plan.layout
    offsets = tracks(layout)
    used: dict[int, int] = {}  # legs so far in each gutter: a flow takes the next free track
    flow_pt = plan.pt(theme.FLOW_LABEL)
    for flow in doc.flows:
        a, b = layout.cards.get(flow.source), layout.cards.get(flow.target)
        if a is None or b is None:
            continue
        words = one_line(flow.label) if plan.show_labels else ""
        width = stringWidth(words, REGULAR, flow_pt) + 6 * plan.k if words else 0.0
        ways = gutters(layout, a, b)
        n = max((used.get(g, 0) for g in ways), default=0)
        track = offsets[n % len(offsets)]
        segments, backward, _ = route(layout, a, b, track=track, label_w=width)
        if len(segments) > 1 or segments[0][0][0] != segments[0][3][0]:  # not a straight arrow: a gutter leg
            for g in ways:
                used[g] = n + 1
        path = flow_path(flow.id, segments, backward, words, bbox(segments))
        path.track = track
        plan.flows.append(path)


def place_labels(plan, fitter) -> None:
    """A spot beside its own flow for every label, where no line or text is (see the module doc)."""
    doc, layout, k = plan.doc, plan.layout, plan.k
    lines = Segments()
    labelled = any(path.label for path in plan.flows)
    near = [y for _, y, _ in plan.lines]
    reach = (theme.LINE_TAG + 6.5) * k
    for path in plan.flows:
        pieces = flatten(path.segments)
        if not labelled:  # only the blueprint tags need the flows: the pieces near their lines
            pieces = [(p, q) for p, q in pieces
                      if any(min(p[1], q[1]) - reach < y < max(p[1], q[1]) + reach for y in near)]
        if pieces:
            lines.add(path.flow_id, pieces)
    lines.add("grid", grid_segments(layout))
    place_line_tags(plan, lines)
    for n, (_, y, _) in enumerate(plan.lines):
        lines.add(f"line{n}", [((layout.lane_header_w, y), (layout.width, y))])
    boxes = Boxes(text_boxes(plan) + line_boxes(plan))
    labels = Boxes()
    flow_pt = plan.pt(theme.FLOW_LABEL)
    h = flow_pt + LABEL_PAD * k
    language = plan.language
    for i, path in enumerate(plan.flows):
        if not path.label:
            continue
        a, b = layout.cards[doc.get("flows", path.flow_id).source], layout.cards[doc.get("flows", path.flow_id).target]
        w = stringWidth(path.label, REGULAR, flow_pt) + 6 * k
        found = _free(label_spots(path.segments, w, h, 2.5 * k), w, h, boxes, lines, labels)
        if found is None:  # a detour down a gutter, the label beside its bottom
            for detour, _ in detours(layout, a, b, step=13.0 * k, track=path.track):
                lines.remove(path.flow_id)
                lines.add(path.flow_id, flatten(detour))
                found = _free(label_spots(detour, w, h, 2.5 * k), w, h, boxes, lines, labels)
                if found is not None:
                    path.segments, path.bbox = detour, bbox(detour)
                    break
                lines.remove(path.flow_id)
                lines.add(path.flow_id, flatten(path.segments))
        if found is not None:
            path.label_at = found[:2]
            labels.add(found[2])
            continue
        flow = doc.get("flows", path.flow_id)
        src, dst = doc.get("touchpoints", flow.source), doc.get("touchpoints", flow.target)
        where = f"{one_line(src.title) or src.id} → {one_line(dst.title) or dst.id}"
        path.mark = fitter.mark((2, i), where, label("flow", language), flow.label)
        w = stringWidth("(00)", REGULAR, flow_pt) + 6 * k
        found = _free(label_spots(path.segments, w, h, 2.5 * k), w, h, boxes, lines, labels)
        if found is not None:
            path.label_at = found[:2]
            labels.add(found[2])
        else:
            path.label_at = None  # listed on the continuation page only
