"""Dot votes in the PDF: a numbered dot on each voted card or note of the map, and a page with the ranking."""

from __future__ import annotations

from jmap.core import theme
from jmap.core.labels import label
from jmap.core.votes import ranking, scores
from jmap.export.extra_pages import M, TextFlow
from jmap.export.fonts import BOLD, REGULAR
from jmap.export.ink import fill, stroke, text
from jmap.export.text import one_line

DOT = "#D55E00"
BADGE_R = 6.5  # map units


def draw_vote_badges(c, plan, view=None) -> None:
    """A filled dot with the count at the top-right corner of every voted card and note, in map
    coordinates (called right after the map is drawn, with the same transform)."""
    counts = scores(plan.doc)
    if not counts:
        return
    boxes = {**plan.layout.notes, **plan.layout.cards}
    c.setLineWidth(1.0)
    for eid, count in counts.items():
        rect = boxes.get(eid)
        if rect is None:
            continue
        x, y = rect.right - BADGE_R * 0.15, rect.y + BADGE_R * 0.15  # on the corner, clear of the marks
        if view is not None and not (view.x - BADGE_R <= x <= view.x + view.w + BADGE_R
                                     and view.y - BADGE_R <= y <= view.y + view.h + BADGE_R):
            continue
        fill(c, DOT)
        stroke(c, "#FFFFFF")
        c.circle(x, -y, BADGE_R, stroke=1, fill=1)
        size = 7.5 if count < 10 else 6.0
        text(c, x, y + size * 0.36, str(count), BOLD, size, "#FFFFFF", "centre")


def votes_page(book, plan, size) -> None:
    """The items ranked by their dots, with who voted for them."""
    doc = plan.doc
    w = lambda key: label(key, plan.language)  # noqa: E731
    ranked = ranking(doc)
    if not ranked:
        return
    flow = TextFlow(book, plan, size, w("dot_vote"))
    voters = {v.voter for v in doc.items("votes")}
    total = sum(count for _eid, count in ranked)
    flow.paragraph(w("dot_vote_intro").format(items=len(ranked), dots=total, voters=len(voters)), REGULAR, 9,
                   theme.MUTED, after=10)
    stages = {s.id: one_line(s.name) for s in doc.stages}
    by_item: dict[str, dict[str, int]] = {}
    for vote in doc.items("votes"):
        who = one_line(vote.voter) or "?"
        by_item.setdefault(vote.item, {})[who] = by_item.setdefault(vote.item, {}).get(who, 0) + vote.count
    rank, last = 0, None
    for i, (eid, count) in enumerate(ranked, start=1):
        if count != last:
            rank, last = i, count
        entity = doc.get("touchpoints", eid) or doc.get("notes", eid)
        what = one_line(getattr(entity, "title", None) or getattr(entity, "text", "")) or eid
        flow.room(40)
        c = flow.c
        fill(c, DOT)
        stroke(c, DOT)
        c.circle(M + 9, -(flow.y + 6), 8, stroke=0, fill=1)
        text(c, M + 9, flow.y + 9, str(count), BOLD, 8.5, "#FFFFFF", "centre")
        text(c, M + 24, flow.y + 9, f"{rank}.", BOLD, 10, theme.INK)
        flow.paragraph(what, BOLD, 10, theme.INK, indent=42, after=1)
        people = ", ".join(f"{who} ×{n}" if n > 1 else who for who, n in sorted(by_item.get(eid, {}).items()))
        flow.paragraph(f"{w('stage')}: {stages.get(entity.stage, '')}  ·  {count} "
                       f"{w('dots') if count != 1 else w('dot')}  ·  {w('voters')}: {people}",
                       REGULAR, 8, theme.MUTED, indent=42, after=8)
    flow.close()
