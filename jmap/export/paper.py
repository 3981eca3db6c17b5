"""Which paper and which way round a map prints legibly: `jmap export --page auto` and its default
orientation, and the editor's PDF dialog ("automatic", "smallest legible paper") choose the same."""

from __future__ import annotations

from jmap.core.pagelayout import ORIENTATIONS

#: The standard papers --page auto and the advice choose from, smallest first.
LADDER = ("A4", "A3", "A2", "A1", "A0")
#: The 10th-percentile and smallest text sizes (points) a legible print keeps.
GOOD_P10 = 7.0
MIN_TEXT = 6.0


def _sizes(doc, paper: str, orientation: str) -> tuple[float, float]:
    from jmap.core.pagelayout import page_size
    from jmap.export.pdf import type_on_paper

    return type_on_paper(doc, *page_size(paper, orientation))


GOOD_MEDIAN = 8.0


def best_orientation(doc, paper: str, flow_labels: bool = True) -> str:
    """The way round to print a map: of those on which its text is legible (see GOOD_P10), the one
    that keeps most of its text on the map (fewest entries continued on a later page), landscape on
    a tie; else the one with the bigger text."""
    from jmap.core import sizing
    from jmap.core.pagelayout import page_size
    from jmap.export.pdf import plan_for, type_on_paper

    sizes = {o: type_on_paper(doc, *page_size(paper, o)) for o in ORIENTATIONS}
    median = sizing.design_percentile(doc, 0.5)
    legible = [o for o in ORIENTATIONS if sizes[o][0] >= MIN_TEXT - 0.05 and sizes[o][1] >= GOOD_P10 - 0.05
               and median * sizes[o][1] / max(sizing.design_percentile(doc, 0.1), 0.1) >= GOOD_MEDIAN]
    if len(legible) > 1 and len(doc.touchpoints) + len(doc.notes) <= sizing.BIG:
        return min(legible, key=lambda o: len(plan_for(doc, paper, o, flow_labels=flow_labels).overflow))
    if legible:
        return legible[0]
    return max(ORIENTATIONS, key=lambda o: sizes[o][1] + (0.01 if o == "landscape" else 0.0))


def auto_page(doc, orientation: str | None = None) -> tuple[str, str]:
    """The smallest standard paper (and its orientation) on which the map's 10th-percentile
    text prints at GOOD_P10 or more (A0 when none does)."""
    turns = (orientation,) if orientation else ORIENTATIONS
    for name in LADDER:
        best = max(turns, key=lambda o: _sizes(doc, name, o)[1])
        if _sizes(doc, name, best)[1] >= GOOD_P10 - 0.05:
            return name, best
    return "A0", max(turns, key=lambda o: _sizes(doc, "A0", o)[1])


def small_print_hint(doc, paper: str, orientation: str) -> str:
    """Advice when the map's smallest text prints below MIN_TEXT on this paper: which paper or poster works."""
    smallest, p10 = _sizes(doc, paper, orientation)
    if smallest >= MIN_TEXT - 0.05:
        return ""
    start = LADDER.index(paper) + 1 if paper in LADDER else 1
    for name in LADDER[start:]:
        for o in ORIENTATIONS:
            small, tenth = _sizes(doc, name, o)
            if small >= MIN_TEXT - 0.05 and tenth >= GOOD_P10 - 0.05:
                better = f"{name} {o} prints it at {small:.1f} pt or more (--page {name} --orientation {o}, " \
                         f"or a poster: --poster {name} --page {paper})"
                break
        else:
            continue
        break
    else:
        better = "even A0 is too small: split the map into smaller maps, or print a poster of A0 sheets"
    return (f"the smallest text of this map prints at {smallest:.1f} pt on {paper} {orientation} "
            f"(below {MIN_TEXT:.0f} pt); {better}")
