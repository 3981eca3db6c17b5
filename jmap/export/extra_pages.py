"""The pages after the map: text that did not fit, one page per persona, coverage findings."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from jmap.core import theme
from jmap.core.labels import label
from jmap.core.layout import smooth_segments
from jmap.core.model import EMOTION_MAX, EMOTION_MIN
from jmap.export.fonts import BOLD, REGULAR
from jmap.export.frame import MARGIN, accent_of
from jmap.export.ink import fill, marker, stroke, text
from jmap.export.mapplan import MARKERS, MapPlan
from jmap.export.text import clip, one_line, wrap

M = 42.0  # page margin of the text pages


class TextFlow:
    """Text laid out top to bottom over as many A4 pages as it needs (y down from the top)."""

    def __init__(self, book, plan: MapPlan, size: tuple[float, float], heading: str) -> None:
        self.book, self.plan, self.size, self.heading = book, plan, size, heading
        self.c = book.c
        self.width, self.height = size
        self.y = 0.0
        self.count = 0
        self._open = False
        self.new_page()

    def new_page(self) -> None:
        if self._open:
            self.c.restoreState()
        self.count += 1
        title = self.heading if self.count == 1 else f"{self.heading} ({self.count})"
        self.book.page(title, self.size)
        c = self.c
        c.saveState()
        self._open = True
        c.translate(0, self.height)
        fill(c, accent_of(self.plan.doc))
        c.rect(0, -6, self.width, 6, stroke=0, fill=1)
        map_title = one_line(self.plan.doc.meta.title) or label("map", self.plan.language)
        text(c, M, M - 8, clip(map_title, REGULAR, 8, self.width - 2 * M), REGULAR, 8, theme.MUTED)
        text(c, M, M + 12, title, BOLD, 15, theme.INK)
        text(c, self.width - MARGIN, self.height - MARGIN / 2 - 2,
             f"{label('made_with', self.plan.language)}  ·  {label('page', self.plan.language)} {self.book.pages}",
             REGULAR, 6.5, theme.MUTED, "right")
        self.y = M + 34

    def room(self, needed: float) -> None:
        if self.y + needed > self.height - M:
            self.new_page()

    def paragraph(self, words: str, font: str = REGULAR, size: float = 9, colour: str = theme.INK,
                  indent: float = 0.0, after: float = 3.0, width: float | None = None) -> None:
        width = (width or self.width - 2 * M) - indent
        for line in wrap(words, font, size, width):
            self.room(size * 1.35)
            text(self.c, M + indent, self.y + size, line, font, size, colour)
            self.y += size * 1.35
        self.y += after

    def close(self) -> None:
        if self._open:
            self.c.restoreState()
            self._open = False


def continuation_pages(book, plan: MapPlan, size) -> None:
    """Every text marked …(n) on the map, in full, under its number."""
    lang = plan.language
    flow = TextFlow(book, plan, size, label("continued", lang))
    flow.paragraph(label("continued_hint", lang), size=8.5, colour=theme.MUTED, after=8)
    for entry in plan.overflow:
        flow.room(34)
        tag = f"({entry.number})"
        text(flow.c, M, flow.y + 9, tag, BOLD, 9, accent_of(plan.doc))
        flow.paragraph(f"{entry.where}  ·  {entry.what}", BOLD, 8, theme.MUTED, indent=34, after=1)
        flow.paragraph(entry.text, REGULAR, 9, theme.INK, indent=34, after=8)
    flow.close()


def _emotion_chart(c, plan: MapPlan, persona, index: int, x: float, y: float, w: float, h: float) -> None:
    """A small chart of one persona's points per stage (y down from the top)."""
    doc, lang = plan.doc, plan.language
    stages = doc.stages
    colour = theme.persona_colour(index, persona.colour)
    shape = MARKERS[index % len(MARKERS)]
    left = x + 28
    span = max(1, len(stages))
    col = (w - 28) / span

    def vy(value: float) -> float:
        return y + (EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN) * h

    for value in range(EMOTION_MIN, EMOTION_MAX + 1):
        stroke(c, "#9AA5B1" if value == 0 else theme.GRID)
        c.setLineWidth(0.7 if value == 0 else 0.4)
        c.line(left, -vy(value), x + w, -vy(value))
        tag = f"+{value}" if value > 0 else ("0" if value == 0 else f"\u2212{-value}")
        text(c, left - 4, vy(value) + 2.3, tag, REGULAR, 6.5, theme.MUTED, "right")
    text(c, x + w, y - 4, label("delighted", lang), REGULAR, 6, theme.MUTED, "right")
    text(c, x + w, y + h + 9, label("furious", lang), REGULAR, 6, theme.MUTED, "right")
    order = doc.stage_index()
    pts = []
    for point in doc.emotions_of(persona.id):
        si = order.get(point.stage)
        if si is not None:
            pts.append((left + (si + 0.5) * col, vy(max(EMOTION_MIN, min(EMOTION_MAX, point.value)))))
    pts.sort()
    stroke(c, colour)
    c.setLineWidth(1.8)
    for p0, c1, c2, p1 in smooth_segments(pts):
        c.bezier(p0[0], -p0[1], c1[0], -c1[1], c2[0], -c2[1], p1[0], -p1[1])
    for px, py in pts:
        marker(c, shape, px, py, 3.4, colour)
    for si, stage in enumerate(stages):
        name = one_line(stage.name)
        name = clip(name, REGULAR, 6.5, col - 4)
        text(c, left + (si + 0.5) * col, y + h + 18, name, REGULAR, 6.5, theme.INK, "centre")


def persona_page(book, plan: MapPlan, persona, size) -> None:
    """One page about a persona: who, what they want, and their curve with comments."""
    lang = plan.language
    index = plan.doc.personas.index(persona)
    name = one_line(persona.name) or persona.id
    flow = TextFlow(book, plan, size, name)
    c = flow.c
    colour = theme.persona_colour(index, persona.colour)
    fill(c, colour)
    c.roundRect(M, -(flow.y + 4), 26, 4, 2, stroke=0, fill=1)
    flow.y += 10
    if one_line(persona.role):
        flow.paragraph(persona.role, BOLD, 10, theme.INK)
    if one_line(persona.demographics):
        flow.paragraph(persona.demographics, REGULAR, 9, theme.MUTED)
    if one_line(persona.quote):
        flow.paragraph(f"“{one_line(persona.quote)}”", REGULAR, 11, colour, indent=10, after=8)
    for key in ("goals", "needs", "motivations", "behaviours", "frustrations"):
        items = [one_line(v) for v in getattr(persona, key) if one_line(v)]
        if not items:
            continue
        flow.room(30)
        flow.paragraph(label(key, lang), BOLD, 9.5, theme.INK, after=1)
        for item in items:
            flow.room(12)
            text(c, M + 6, flow.y + 9, "•", BOLD, 9, colour)
            flow.paragraph(item, REGULAR, 9, theme.INK, indent=16, after=1)
        flow.y += 6
    chart_h = 120
    flow.room(chart_h + 60)
    flow.paragraph(label("emotion_curve", lang), BOLD, 9.5, theme.INK, after=10)
    _emotion_chart(c, plan, persona, index, M, flow.y, flow.width - 2 * M, chart_h)
    flow.y += chart_h + 30
    stage_names = {s.id: one_line(s.name) for s in plan.doc.stages}
    for point in plan.doc.emotions_of(persona.id):
        if one_line(point.comment):
            value = f"+{point.value}" if point.value > 0 else str(point.value).replace("-", "\u2212")
            flow.paragraph(f"{stage_names.get(point.stage, '')} ({value}): {one_line(point.comment)}",
                           REGULAR, 8.5, theme.INK, after=2)
    if not plan.doc.emotions_of(persona.id):
        flow.paragraph(label("no_points", lang), REGULAR, 9, theme.MUTED)
    flow.close()


SEVERITY_COLOURS = {2: theme.FINDING_ERROR, 1: theme.FINDING_WARNING, 0: theme.FINDING_INFO}


def findings_pages(book, plan: MapPlan, size) -> None:
    """The per-stage coverage summary as a table, then every finding of the coverage check."""
    from jmap.checks import coverage_summary, run_checks

    doc, lang = plan.doc, plan.language
    summary = coverage_summary(doc)
    findings = run_checks(doc)
    flow = TextFlow(book, plan, size, f"{label('coverage', lang)} · {label('findings', lang)}")
    c = flow.c
    stage_names = {s.id: one_line(s.name) for s in doc.stages}
    lane_names = {lane.id: one_line(lane.title) or lane.kind for lane in doc.lanes}
    persona_names = {p.id: one_line(p.name) or p.id for p in doc.personas}
    cols = [(label("stage", lang), 0.17), (label("filled", lang), 0.13), (label("touchpoints", lang), 0.13),
            (label("channels", lang), 0.15), (label("empty_lanes", lang), 0.23), (label("emotions", lang), 0.19)]
    required = {lane.id for lane in doc.lanes if lane.required}
    accent = accent_of(doc)
    width = flow.width - 2 * M

    def head_size(title: str, room: float) -> float:
        """7.5 pt, or smaller where a long word (Greek "Συμπληρωμένο") would be split."""
        longest = max(title.split() or [""], key=lambda word: stringWidth(word, BOLD, 7.5))
        return max(6.0, min(7.5, 7.5 * room / (stringWidth(longest, BOLD, 7.5) or 1.0)))

    def header_row() -> None:
        x = M
        sizes = [head_size(title, share * width - 6) for title, share in cols]
        heads = [wrap(title, BOLD, size, share * width - 6) for size, (title, share) in zip(sizes, cols)]
        h = max(len(lines) for lines in heads) * 9.5 + 5
        fill(c, theme.LANE_HEADER_BG)
        c.rect(M, -(flow.y + h), width, h, stroke=0, fill=1)
        for head_pt, lines, (_, share) in zip(sizes, heads, cols):
            for i, line in enumerate(lines):
                text(c, x + 3, flow.y + 10 + i * 9.5, line, BOLD, head_pt, theme.INK)
            x += share * width
        flow.y += h + 2

    header_row()
    for row in summary:
        emotions = []
        for pid, rng in sorted(row.emotion_range.items()):
            if rng is not None:
                span = f"{rng[0]:+d}" if rng[0] == rng[1] else f"{rng[0]:+d}…{rng[1]:+d}"
                emotions.append(f"{persona_names.get(pid, pid)} {span}".replace("-", "\u2212"))
        total = len(row.filled_lanes) + len(row.empty_lanes)
        ratio = len(row.filled_lanes) / total if total else 1.0
        empty = [lane_names.get(lane, lane) + (" *" if lane in required else "") for lane in row.empty_lanes]
        cells = [stage_names.get(row.stage, row.stage), f"{round(ratio * 100)} %", str(row.touchpoints),
                 ", ".join(row.channels), ", ".join(empty), "; ".join(emotions)]
        wrapped = [wrap(cell, REGULAR, 7.5, share * width - 6) for cell, (_, share) in zip(cells, cols)]
        h = max(len(lines) for lines in wrapped) * 9.5 + 4
        if flow.y + h > flow.height - M:
            flow.new_page()
            header_row()
        x = M
        for col, (lines, (_, share)) in enumerate(zip(wrapped, cols)):
            if col == 1:  # how full the stage is: a small bar, so the page reads as a heat map
                bar = share * width - 34
                fill(c, theme.GRID)
                c.rect(x + 3, -(flow.y + 8.5), bar, 5, stroke=0, fill=1)
                fill(c, accent)
                c.rect(x + 3, -(flow.y + 8.5), bar * ratio, 5, stroke=0, fill=1)
                text(c, x + share * width - 4, flow.y + 9, lines[0], REGULAR, 7.5, theme.INK, "right")
            else:
                for i, line in enumerate(lines):
                    text(c, x + 3, flow.y + 9 + i * 9.5, line, REGULAR, 7.5, theme.INK)
            x += share * width
        stroke(c, theme.GRID)
        c.setLineWidth(0.4)
        c.line(M, -(flow.y + h), M + width, -(flow.y + h))
        flow.y += h + 2
    flow.y += 12
    flow.room(40)
    flow.paragraph(f"{label('findings', lang)} ({len(findings)})", BOLD, 11, theme.INK, after=4)
    if not findings:
        flow.paragraph(label("no_findings", lang), REGULAR, 9, theme.MUTED)
    # the message starts after the widest severity word ("πληροφορία" is longer than "info")
    indent = max([stringWidth(label(f.severity.label, lang), BOLD, 8) for f in findings] + [46.0]) + 20
    for finding in findings:
        sev = int(finding.severity)
        tag = label(finding.severity.label, lang)
        flow.room(14)
        colour = SEVERITY_COLOURS.get(sev, theme.FINDING_INFO)
        fill(c, colour)
        c.circle(M + 4, -(flow.y + 5.5), 3, stroke=0, fill=1)
        text(c, M + 12, flow.y + 8.5, tag, BOLD, 8, colour)
        flow.paragraph(f"{one_line(finding.message)}  [{one_line(finding.rule)}]", REGULAR, 8.5, theme.INK,
                       indent=indent, after=3)
    flow.close()
