"""Drawing a prepared map (mapplan.MapPlan) on a reportlab canvas, in map coordinates.

The caller sets the transform so that map point (x, y) - y pointing down, as in
jmap.core.layout - lands at canvas (x, -y). Only what meets ``view`` is drawn, so
that each poster sheet costs only what it shows.
"""

from __future__ import annotations

import math

from reportlab.pdfbase.pdfmetrics import stringWidth

from jmap.core import theme
from jmap.core.labels import channel_mark
from jmap.core.layout import PAD, Rect
from jmap.core.model import EMOTION_MAX, EMOTION_MIN
from jmap.export.emotionplan import draw_captions
from jmap.export.fonts import BOLD, REGULAR
from jmap.export.ink import TextBatch, edge_of, fill, ink_on, marker, stroke, text
from jmap.export.mapplan import (
    CARD_LEADING,
    CARD_SMALL,
    CARD_TITLE,
    FLOW_LABEL,
    LANE_SMALL,
    LANE_TITLE,
    NOTE_PAD,
    STAGE_NAME,
    STAGE_SMALL,
    MapPlan,
    legend_names,
    legend_step,
)
from jmap.export.text import shorten

LINE_STYLES = {"interaction": ((), 1.4), "visibility": ((6, 3), 1.4), "internal": ((1.5, 2.5), 1.4)}
LINE_COLOUR = "#3E2F7A"
BACK_FLOW = theme.BACK_FLOW


def _meets(r: Rect, view: Rect | None) -> bool:
    return view is None or not (r.right < view.x or r.x > view.right or r.bottom < view.y or r.y > view.bottom)


def draw_grid(c, plan: MapPlan, view: Rect | None) -> None:
    lay = plan.layout
    width, height = lay.width, lay.height
    for i, (top, h) in enumerate(zip(lay.lane_y, lay.lane_h)):
        fill(c, plan.lane_tints[i])
        c.rect(lay.lane_header_w, -(top + h), width - lay.lane_header_w, h, stroke=0, fill=1)
        fill(c, theme.mix(plan.lane_tints[i], theme.LANE_HEADER_BG, 0.7))
        c.rect(0, -(top + h), lay.lane_header_w, h, stroke=0, fill=1)
    for i, x in enumerate(lay.stage_x):
        fill(c, plan.accent)
        c.rect(x, -lay.header_h, lay.stage_w, lay.header_h, stroke=0, fill=1)
        if plan.stage_colours[i]:
            fill(c, plan.stage_colours[i])
            c.rect(x, -5, lay.stage_w, 5, stroke=0, fill=1)
    # The corner above the lane titles names the kind of map (a future state says "target state").
    fill(c, theme.mix(plan.accent, "#000000", 0.25))
    c.rect(0, -lay.header_h, lay.lane_header_w, lay.header_h, stroke=0, fill=1)
    size = plan.pt(theme.CORNER)
    y = 8 + size
    for line in plan.corner_lines:
        text(c, PAD, y, line, BOLD, size, "#FFFFFF")
        y += size + 2
    if plan.doc.meta.map_type == "day-in-the-life" and len(lay.stage_x) > 1:
        # a day reads left to right from dawn to night: a sky ribbon over the stage headers
        n = len(lay.stage_x)
        for i, x in enumerate(lay.stage_x):
            if not plan.stage_colours[i]:
                fill(c, _sky(i / (n - 1)))
                c.rect(x, -5, lay.stage_w, 5, stroke=0, fill=1)
    stroke(c, theme.GRID)
    c.setLineWidth(0.6)
    c.setDash()
    for x in lay.stage_x[1:]:
        c.line(x, -lay.header_h, x, -height)
    c.line(lay.lane_header_w, -lay.header_h, lay.lane_header_w, -height)
    for top in lay.lane_y[1:]:
        c.line(0, -top, width, -top)
    stroke(c, "#FFFFFF")
    c.setLineWidth(0.8)
    for x in lay.stage_x[1:]:
        c.line(x, 0, x, -lay.header_h)
    stroke(c, theme.CARD_BORDER)
    c.setLineWidth(0.9)
    c.rect(0, -height, width, height, stroke=1, fill=0)


_SKY = ("#F6C28B", "#FFE08A", "#9ED0F0", "#F2A65A", "#6C5B9E", "#243B53")


def _sky(t: float) -> str:
    """Colour of the sky at a share ``t`` of the day (0 dawn … 1 night)."""
    pos = max(0.0, min(1.0, t)) * (len(_SKY) - 1)
    i = min(int(pos), len(_SKY) - 2)
    return theme.mix(_SKY[i], _SKY[i + 1], pos - i)


def draw_headers(c, plan: MapPlan, view: Rect | None) -> None:
    lay = plan.layout
    batch = TextBatch(c)
    name_pt, small_pt, title_pt, prompt_pt = (plan.pt(STAGE_NAME), plan.pt(STAGE_SMALL), plan.pt(LANE_TITLE),
                                              plan.pt(LANE_SMALL))
    for i, x in enumerate(lay.stage_x):
        if not _meets(lay.stage_rect(i), view):
            continue
        y = 8 + name_pt * 0.95
        for line in plan.stage_names[i].lines:
            batch.add(x + PAD, y, line, BOLD, name_pt, theme.HEADER_INK)
            y += name_pt + 2 * plan.k
        y += 1
        for line in plan.stage_details[i].lines:
            batch.add(x + PAD, y, line, REGULAR, small_pt, "#D9E2EC")
            y += small_pt + 1.8 * plan.k
    for i, top in enumerate(lay.lane_y):
        if not _meets(lay.lane_rect(i), view):
            continue
        y = top + PAD + title_pt * 0.95
        for line in plan.lane_titles[i].lines:
            batch.add(PAD, y, line, BOLD, title_pt, theme.INK)
            y += title_pt + 2
        if i == plan.emotion_lane:
            y = _draw_scale(c, plan, i, y)
        y += 2
        for line in plan.lane_prompts[i].lines:
            batch.add(PAD, y, line, REGULAR, prompt_pt, theme.MUTED)
            y += prompt_pt + 2
    batch.flush()


def _draw_scale(c, plan: MapPlan, lane: int, y: float) -> float:
    """The −3…+3 scale across the emotions lane, and the persona legend in its header."""
    lay = plan.layout
    x0, x1 = lay.lane_header_w, lay.width
    tag_pt, name_pt, step = plan.pt(theme.SCALE_TAG), plan.pt(theme.LEGEND), legend_step(plan)
    for value in range(EMOTION_MIN, EMOTION_MAX + 1):
        vy = lay.emotion_y(lane, value)
        stroke(c, "#9AA5B1" if value == 0 else theme.GRID)
        c.setLineWidth(0.8 if value == 0 else 0.45)
        c.setDash(() if value == 0 else (2, 2))
        c.line(x0, -vy, x1, -vy)
        tag = f"+{value}" if value > 0 else ("0" if value == 0 else f"\u2212{-value}")
        text(c, x0 - 4, vy + tag_pt * 0.36, tag, BOLD if value == 0 else REGULAR, tag_pt, theme.MUTED, "right")
    c.setDash()
    y += 3
    bottom = lay.lane_y[lane] + lay.lane_h[lane] - PAD
    k = plan.k
    for n, curve in enumerate(plan.curves):
        names = legend_names(plan, curve.name)
        if y + step + (len(names) - 1) * (name_pt + 2 * k) > bottom and n < len(plan.curves) - 1:
            text(c, PAD, y, f"+{len(plan.curves) - n}", BOLD, name_pt, theme.MUTED)  # the page header lists all
            return y + step
        stroke(c, curve.colour)
        c.setLineWidth(1.8)
        c.line(PAD, -(y - 2.5 * k), PAD + 16 * k, -(y - 2.5 * k))
        marker(c, curve.marker, PAD + 8 * k, y - 2.5 * k, 2.8 * k, curve.colour)
        for line in names:
            text(c, PAD + 21 * k, y, line, REGULAR, name_pt, theme.INK)
            y += name_pt + 2 * k
        y += step - name_pt - 2 * k
    return y


def draw_notes(c, plan: MapPlan, view: Rect | None) -> None:
    batch = TextBatch(c)
    c.setLineWidth(0.5)
    size = plan.pt(plan.layout.note_type)
    for note_id, rect in plan.layout.notes.items():
        box = plan.notes.get(note_id)
        if box is None or not _meets(rect, view):
            continue
        colour = plan.note_colours[note_id]
        fill(c, colour)
        stroke(c, edge_of(colour))
        c.roundRect(rect.x, -rect.bottom, rect.w, rect.h, 2.5, stroke=1, fill=1)
        ink = ink_on(colour)
        y = rect.y + plan.layout.picture_h.get(note_id, 0.0) + NOTE_PAD * plan.k + size * 0.93
        for line in box.lines:
            batch.add(rect.x + NOTE_PAD * plan.k, y, line, REGULAR, size, ink)
            y += plan.layout.note_line * plan.k
    batch.flush()


def _card_form(c, w: float, h: float, proposed: bool) -> str:
    """The frame of a card as a reusable form (drawn once, placed many times)."""
    name = f"jmapCard{w:.0f}x{h:.0f}{'p' if proposed else ''}"
    if not c.hasForm(name):
        c.beginForm(name, -2, -h - 2, w + 2, 2)
        fill(c, theme.CARD_BG)
        stroke(c, theme.CARD_BORDER)
        c.setLineWidth(0.8)
        c.setDash((3, 2) if proposed else ())
        c.roundRect(0, -h, w, h, 4, stroke=1, fill=1)
        c.endForm()
    return name


def _pill_form(c, mark: str, online: bool, size: float = theme.PILL) -> tuple[str, float]:
    """A channel mark: a dark pill with a short code, online filled, offline outlined."""
    name = f"jmapPill{'On' if online else 'Off'}{size * 10:.0f}_" + "".join(f"{ord(ch):x}" for ch in mark)
    mw = stringWidth(mark, BOLD, size) + 1.2 * size
    h = size * 1.55
    if not c.hasForm(name):
        c.beginForm(name, -1, -h - 1, mw + 1, 1)
        fill(c, theme.CARD_BORDER if online else "#FFFFFF")
        stroke(c, theme.CARD_BORDER)
        c.setLineWidth(0.7)
        c.roundRect(0, -h, mw, h, 2.5, stroke=0 if online else 1, fill=1)
        text(c, mw / 2, h / 2 + size * 0.36, mark, BOLD, size, "#FFFFFF" if online else theme.CARD_BORDER, "centre")
        c.endForm()
    return name, mw


def _place(c, name: str, x: float, y: float) -> None:
    c.saveState()
    c.translate(x, -y)
    c.doForm(name)
    c.restoreState()


def draw_cards(c, plan: MapPlan, view: Rect | None) -> None:
    doc = plan.doc
    batch = TextBatch(c)
    pill_pt, title_pt, small_pt = plan.pt(theme.PILL), plan.pt(CARD_TITLE), plan.pt(CARD_SMALL)
    k = plan.k
    leading = CARD_LEADING * k
    mark_pt, dots_pt = plan.pt(theme.MARK), plan.pt(theme.DOTS)
    for tp_id, rect in plan.layout.cards.items():
        if not _meets(rect, view):
            continue
        tp = doc.get("touchpoints", tp_id)
        _place(c, _card_form(c, rect.w, rect.h, tp.evidence == "proposed"), rect.x, rect.y)
        mark = channel_mark(tp.channel, plan.language)
        evidence = theme.EVIDENCE_MARKS.get(tp.evidence, "")
        if plan.layout.compact:  # title on top, then pill, owner and importance in one row
            y = rect.y + plan.layout.picture_h.get(tp_id, 0.0) + 4.5 * k + title_pt * 0.95
            batch.add(rect.right - 5 * k, y, evidence, REGULAR, mark_pt, theme.CARD_BORDER, "right")
            for line in plan.card_titles[tp_id].lines:
                batch.add(rect.x + 6 * k, y, line, BOLD, title_pt, theme.INK)
                y += leading
            row = rect.bottom - 3.5 * k - pill_pt * 1.55
            name, mw = _pill_form(c, mark, bool(tp.online), pill_pt)
            _place(c, name, rect.x + 6 * k, row)
            base = row + pill_pt * 1.55 / 2 + small_pt * 0.36
            owner = plan.card_owners.get(tp_id)
            if owner is not None and owner.lines:
                below = tp_id in plan.owners_below
                ox, oy = (rect.x + 6 * k, row - 2.2 * k) if below else (rect.x + 6 * k + mw + 4 * k, base)
                batch.add(ox, oy, owner.lines[0], REGULAR, small_pt, theme.MUTED)
            batch.add(rect.right - 6 * k, base, _DOTS[_level(tp.importance)], REGULAR, dots_pt, theme.MUTED, "right")
            continue
        top = rect.y + plan.layout.picture_h.get(tp_id, 0.0) + 4 * k
        _place(c, _pill_form(c, mark, bool(tp.online), pill_pt)[0], rect.x + 6 * k, top)
        batch.add(rect.right - 6 * k, top + pill_pt + 1.4 * k, evidence, REGULAR, mark_pt, theme.CARD_BORDER, "right")
        y = top + pill_pt + 4.9 * k + title_pt
        for line in plan.card_titles[tp_id].lines:
            batch.add(rect.x + 6 * k, y, line, BOLD, title_pt, theme.INK)
            y += leading
        bottom = rect.bottom - 4.5 * k
        owner = plan.card_owners.get(tp_id)
        if owner is not None and owner.lines:
            batch.add(rect.x + 6 * k, bottom, owner.lines[0], REGULAR, small_pt, theme.MUTED)
        batch.add(rect.right - 6 * k, bottom, _DOTS[_level(tp.importance)], REGULAR, dots_pt, theme.MUTED, "right")
    batch.flush()


_DOTS = tuple("●" * n + "○" * (5 - n) for n in range(6))


def _level(value) -> int:
    """An importance as 0…5 (anything else in a hand-edited file counts as 0)."""
    return max(0, min(5, value)) if isinstance(value, int) and not isinstance(value, bool) else 0


def _arrow_head(p, tip: tuple[float, float], frm: tuple[float, float], size: float = 5.5) -> None:
    """Add a triangular arrow head pointing from ``frm`` to ``tip`` to path ``p``."""
    dx, dy = tip[0] - frm[0], tip[1] - frm[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    bx, by = tip[0] - ux * size, tip[1] - uy * size
    p.moveTo(tip[0], -tip[1])
    p.lineTo(bx - uy * size * 0.45, -(by + ux * size * 0.45))
    p.lineTo(bx + uy * size * 0.45, -(by - ux * size * 0.45))
    p.close()


def draw_flows(c, plan: MapPlan, view: Rect | None) -> None:
    """Forward flows solid, backward ones dashed: one path each, so thousands stay cheap."""
    for backward in (False, True):
        line, heads = c.beginPath(), c.beginPath()
        n = 0
        for flow in plan.flows:
            if flow.backward != backward or not _meets(flow.bbox, view):
                continue
            segments = flow.segments
            line.moveTo(segments[0][0][0], -segments[0][0][1])
            for p0, c1, c2, p1 in segments[:-1]:
                if p0 == c1 and c2 == p1:  # a straight piece
                    line.lineTo(p1[0], -p1[1])
                else:
                    line.curveTo(c1[0], -c1[1], c2[0], -c2[1], p1[0], -p1[1])
            p0, c1, c2, p1 = segments[-1]
            # the direction the flow arrives from (a straight segment has c2 == p1)
            frm = c2 if c2 != p1 else (c1 if c1 != p1 else p0)
            # stop the line at the base of the arrow head so its tip stays sharp
            dx, dy = p1[0] - frm[0], p1[1] - frm[1]
            k = 4.5 / (math.hypot(dx, dy) or 1.0)
            end = (p1[0] - dx * k, p1[1] - dy * k)
            if c2 == p1:
                line.lineTo(end[0], -end[1])
            else:
                line.curveTo(c1[0], -c1[1], c2[0], -c2[1], end[0], -end[1])
            _arrow_head(heads, p1, frm)
            n += 1
        if not n:
            continue
        colour = BACK_FLOW if backward else theme.FLOW
        stroke(c, colour)
        fill(c, colour)
        c.setLineWidth(1.0)
        c.setDash((4, 2.5) if backward else ())
        c.drawPath(line, stroke=1, fill=0)
        c.setDash()
        c.drawPath(heads, stroke=0, fill=1)


def draw_flow_labels(c, plan: MapPlan, view: Rect | None) -> None:
    batch = TextBatch(c)
    size = plan.pt(FLOW_LABEL)
    h = size + 3.8 * plan.k
    stroke(c, theme.GRID)
    c.setLineWidth(0.4)
    for flow in plan.flows:
        if not flow.label or flow.label_at is None or not _meets(flow.bbox, view):
            continue
        words = flow.mark.lines[0] if flow.mark is not None else flow.label
        mx, my = flow.label_at
        w = stringWidth(words, REGULAR, size) + 6 * plan.k
        fill(c, "#FFFFFF")
        c.roundRect(mx - w / 2, -(my + h / 2), w, h, 3, stroke=1, fill=1)
        batch.add(mx, my + size * 0.36, words, REGULAR, size, theme.INK, "centre")
    batch.flush()


def draw_curves(c, plan: MapPlan, view: Rect | None) -> None:
    for curve in plan.curves:
        stroke(c, curve.colour)
        c.setLineWidth(1.8)
        c.setLineCap(1)
        for p0, c1, c2, p1 in curve.segments:
            c.bezier(p0[0], -p0[1], c1[0], -c1[1], c2[0], -c2[1], p1[0], -p1[1])
        c.setLineCap(0)
        for x, y in curve.points:
            marker(c, curve.marker, x, y, 3.2 * plan.k, curve.colour)
    batch = TextBatch(c)
    draw_captions(c, plan, batch)
    batch.flush()


def draw_lines(c, plan: MapPlan, view: Rect | None) -> None:
    lay = plan.layout
    size = plan.pt(theme.LINE_TAG)
    h = size + 4.6 * plan.k
    for kind, y, name in plan.lines:
        dash, width = LINE_STYLES[kind]
        stroke(c, LINE_COLOUR)
        c.setLineWidth(width)
        c.setDash(dash)
        w = stringWidth(name, BOLD, size) + 8 * plan.k
        tags = plan.line_tags[plan.lines.index((kind, y, name))]
        c.line(lay.lane_header_w, -y, lay.width, -y)
        c.setDash()
        ty = y - h / 2 - 1.5 * plan.k  # each name tag sits on top of its line
        for x in tags:
            fill(c, "#FFFFFF")
            stroke(c, LINE_COLOUR)
            c.setLineWidth(0.6)
            c.roundRect(x, -(ty + h / 2), w, h, h / 2, stroke=1, fill=1)
            text(c, x + 4 * plan.k, ty + size * 0.36, name, BOLD, size, LINE_COLOUR)


def draw_map(c, plan: MapPlan, view: Rect | None = None) -> None:
    """Draw the whole map (or the part meeting ``view``) with the current transform."""
    draw_grid(c, plan, view)
    draw_headers(c, plan, view)
    draw_notes(c, plan, view)
    draw_curves(c, plan, view)
    draw_flows(c, plan, view)
    draw_cards(c, plan, view)
    if plan.layout.picture_h:  # jmap.export.pictures (and Pillow's helpers) only for a map with pictures
        from jmap.export.pictures import draw_pictures

        draw_pictures(c, plan, view)
    draw_flow_labels(c, plan, view)
    draw_lines(c, plan, view)
