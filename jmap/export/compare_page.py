"""The comparison page of a PDF: stage by stage what is new, removed, changed or moved, and both emotion curves.

Drawn with reportlab on its own (no shared map layout): one column per stage of either
map, each persona's curves on the −3…+3 scale across the columns (today dashed,
tomorrow solid), and under each stage its changes; columns too long for the page go
on to further pages. Words are in the map's language.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.pdfbase.pdfmetrics import stringWidth

from jmap.core import theme
from jmap.core.diff import ADDED, CHANGED, MOVED, REMOVED, Comparison, describe
from jmap.core.labels import emotion_label, label
from jmap.core.layout import smooth_segments
from jmap.core.model import EMOTION_MAX, EMOTION_MIN
from jmap.export.fonts import BOLD, REGULAR
from jmap.export.ink import fill, marker, stroke, text
from jmap.export.mapplan import MARKERS
from jmap.export.text import clip, one_line, wrap

M = 30.0  # page margin
KIND_COLOURS = {ADDED: "#1B7F3B", REMOVED: "#B3261E", CHANGED: "#8A5A00", MOVED: "#2B5C9E"}
MARKS = {ADDED: "+", REMOVED: "\u2212", CHANGED: "~", MOVED: "\u2192"}
ENTRY_PT = 7.0
LINE = ENTRY_PT * 1.3

#: Words of the comparison page not in jmap.core.labels: (English, bokmål, Dutch, Greek).
_WORDS = {
    "comparison": ("Comparison", "Sammenligning", "Vergelijking", "Σύγκριση"),
    "today": ("today", "i dag", "vandaag", "σήμερα"),
    "tomorrow": ("tomorrow", "i morgen", "morgen", "αύριο"),
    ADDED: ("New", "Nytt", "Nieuw", "Νέα"),
    REMOVED: ("Removed", "Fjernet", "Verwijderd", "Αφαιρέθηκαν"),
    CHANGED: ("Changed", "Endret", "Gewijzigd", "Άλλαξαν"),
    MOVED: ("Moved", "Flyttet", "Verplaatst", "Μετακινήθηκαν"),
    "no_changes": ("no changes", "ingen endringer", "geen wijzigingen", "καμία αλλαγή"),
    "new_stage": ("new stage", "ny fase", "nieuwe fase", "νέο στάδιο"),
    "removed_stage": ("stage removed", "fasen er fjernet", "fase verwijderd", "το στάδιο αφαιρέθηκε"),
    "was": ("was", "før", "was", "πριν"),
    "from": ("from", "fra", "van", "από"),
    "whole_map": ("Whole map", "Hele kartet", "Hele kaart", "Όλος ο χάρτης"),
    "persona": ("Persona", "Persona", "Persona", "Περσόνα"),
    "flow": ("Flow", "Flyt", "Stroom", "Ροή"),
    "emotion": ("Emotion", "Følelse", "Emotie", "Συναίσθημα"),
    "metric": ("Metric", "Måltall", "Kengetal", "Μέτρηση"),
    "line": ("Line", "Linje", "Lijn", "Γραμμή"),
    "title": ("title", "tittel", "titel", "τίτλος"),
    "name": ("name", "navn", "naam", "όνομα"),
    "text": ("text", "tekst", "tekst", "κείμενο"),
    "value": ("value", "verdi", "waarde", "τιμή"),
    "description": ("description", "beskrivelse", "beschrijving", "περιγραφή"),
    "channel": ("channel", "kanal", "kanaal", "κανάλι"),
    "owner": ("owner", "eier", "eigenaar", "υπεύθυνος"),
    "evidence": ("evidence", "grunnlag", "onderbouwing", "τεκμηρίωση"),
}
_INDEX = {"en": 0, "nb": 1, "nl": 2, "el": 3}


def word(key: str, language: str) -> str:
    """A word of the comparison page in a language: ours, else jmap.core.labels (card, note, stage...)."""
    row = _WORDS.get(key)
    return row[_INDEX.get(language, 0)] if row is not None else label(key, language)


def _column_lines(column, comparison: Comparison, language: str, width: float) -> list[tuple[str, str, str]]:
    """(text, font, colour) lines of one stage column, wrapped to its width."""
    say = lambda key: word(key, language)  # noqa: E731 - the words of this page, in the map's language
    lines: list[tuple[str, str, str]] = []
    for kind in (ADDED, REMOVED, CHANGED, MOVED):
        # the stage's own addition, removal and new name are shown over its column
        changes = [c for c in getattr(column, kind)
                   if c.collection != "stages" or kind not in (ADDED, REMOVED) and c.field != "name"]
        if not changes:
            continue
        colour = KIND_COLOURS[kind]
        lines.append((f"{MARKS[kind]} {say(kind)} ({len(changes)})", BOLD, colour))
        for change in changes:
            entry = one_line(describe(change, comparison, say))
            for i, line in enumerate(wrap(entry, REGULAR, ENTRY_PT, width - 8)):
                lines.append((("" if i else "• ") + line, REGULAR, theme.INK))
        lines.append(("", REGULAR, theme.INK))
    if not lines:
        lines.append((say("no_changes"), REGULAR, theme.MUTED))
    return lines


def _summary(comparison: Comparison, language: str, width: float) -> list[str]:
    """At most two lines on what changed for the whole map (lanes, personas, title)."""
    items = [f"{MARKS[ch.kind]} {describe(ch, comparison, lambda k: word(k, language))}"
             for ch in comparison.diff.changes
             if not ch.stage and (ch.kind in (ADDED, REMOVED) or ch.collection == "meta" and ch.field == "title")]
    if not items:
        return []
    lines = wrap(f"{word('whole_map', language)}: " + "; ".join(items), REGULAR, 7.5, width - 2 * M)
    return lines[:2] if len(lines) <= 2 else [lines[0], clip(lines[1] + " …", REGULAR, 7.5, width - 2 * M)]


def _header_height(summary: list[str]) -> float:
    return M + 36 + 11 * len(summary)


def _header(c, comparison: Comparison, language: str, width: float, page_no: int, pages: int,
            summary: list[str]) -> float:
    """Title, legend (today dashed, tomorrow solid), whole-map changes and page number; returns the y below."""
    new_title = one_line(comparison.new.meta.title) or label("map", language)
    old_title = one_line(comparison.old.meta.title) or label("map", language)
    heading = f"{word('comparison', language)}: {old_title} → {new_title}"
    text(c, M, M + 10, clip(heading, BOLD, 15, width - 2 * M - 60), BOLD, 15, theme.INK)
    text(c, width - M, M + 10, f"{label('page', language)} {page_no} {label('of', language)} {pages}",
         REGULAR, 7.5, theme.MUTED, "right")
    y = M + 26
    x = M
    for dashed, key, title in ((True, "today", old_title), (False, "tomorrow", new_title)):
        stroke(c, theme.INK)
        c.setLineWidth(1.4)
        c.setDash(3, 2) if dashed else c.setDash()
        c.line(x, -(y - 3), x + 22, -(y - 3))
        c.setDash()
        words = f"{word(key, language)}: {clip(title, REGULAR, 8, width / 3)}"
        text(c, x + 28, y, words, REGULAR, 8, theme.INK)
        x += 28 + stringWidth(words, REGULAR, 8) + 24
    for line in summary:
        y += 11
        text(c, M, y, line, REGULAR, 7.5, theme.MUTED)
    return y + 10


def _stage_row(c, comparison: Comparison, language: str, x0: float, col: float, y: float) -> float:
    """The stage names over the columns (with new / removed / renamed); returns the y below."""
    h = 30.0
    for i, column in enumerate(comparison.columns):
        x = x0 + i * col
        status = column.status
        bg = {ADDED: "#E3F4E8", REMOVED: "#FBE4E2"}.get(status, theme.LANE_HEADER_BG)
        fill(c, bg)
        c.rect(x + 1, -(y + h), col - 2, h, stroke=0, fill=1)
        text(c, x + 4, y + 11, clip(one_line(column.name), BOLD, 8.5, col - 8), BOLD, 8.5, theme.INK)
        note = ""
        if status == ADDED:
            note = word("new_stage", language)
        elif status == REMOVED:
            note = word("removed_stage", language)
        elif column.old_name and column.new_name and one_line(column.old_name) != one_line(column.new_name):
            note = f"{word('was', language)} “{one_line(column.old_name)}”"
        if note:
            text(c, x + 4, y + 23, clip(note, REGULAR, 7, col - 8), REGULAR, 7,
                 KIND_COLOURS.get(status, theme.MUTED))
    return y + h + 4


def _curves(c, comparison: Comparison, language: str, x0: float, col: float, y: float, band: float) -> float:
    """Each persona's two curves over the columns; returns the y below."""
    scale = EMOTION_MAX - EMOTION_MIN
    for persona_id, name, index, colour in comparison.personas():
        colour = theme.persona_colour(index, colour)
        shape = MARKERS[index % len(MARKERS)]
        top, h = y + 12, band - 18

        def vy(value: float) -> float:
            return top + (EMOTION_MAX - max(EMOTION_MIN, min(EMOTION_MAX, value))) / scale * h

        text(c, x0 - 26, y + 8, clip(one_line(name), BOLD, 7.5, col * 2), BOLD, 7.5, colour)
        for value in range(EMOTION_MIN, EMOTION_MAX + 1):
            stroke(c, "#9AA5B1" if value == 0 else theme.GRID)
            c.setLineWidth(0.6 if value == 0 else 0.3)
            c.line(x0, -vy(value), x0 + col * len(comparison.columns), -vy(value))
        for value, tag in ((EMOTION_MAX, f"+{EMOTION_MAX}"), (0, "0"), (EMOTION_MIN, f"\u2212{-EMOTION_MIN}")):
            text(c, x0 - 4, vy(value) + 2.3, tag, REGULAR, 6, theme.MUTED, "right")
        text(c, x0 + col * len(comparison.columns), top - 2, emotion_label(EMOTION_MAX, language), REGULAR, 5.5,
             theme.MUTED, "right")
        today, tomorrow = comparison.curves(persona_id)
        for values, dashed in ((today, True), (tomorrow, False)):
            runs: list[list[tuple[float, float]]] = [[]]
            for i, value in enumerate(values):
                if value is None:
                    runs.append([])
                else:
                    runs[-1].append((x0 + (i + 0.5) * col, vy(value)))
            stroke(c, colour)
            c.setLineWidth(1.3 if dashed else 1.9)
            c.setDash(3.5, 2.5) if dashed else c.setDash()
            for run in runs:
                for p0, c1, c2, p1 in smooth_segments(run):
                    c.bezier(p0[0], -p0[1], c1[0], -c1[1], c2[0], -c2[1], p1[0], -p1[1])
            c.setDash()
            for run in runs:
                for px, py in run:
                    if dashed:
                        fill(c, "#FFFFFF")
                        stroke(c, colour)
                        c.setLineWidth(1.0)
                        c.circle(px, -py, 2.2, stroke=1, fill=1)
                    else:
                        marker(c, shape, px, py, 2.8, colour)
        y += band
    return y + 4


#: Narrowest stage column (points): more stages than fit go on to a further set of pages.
MIN_COL = 120.0


def compare_pages(book, comparison: Comparison, language: str, size: tuple[float, float]) -> int:
    """Add the comparison page(s) to ``book`` (a jmap.export.pdf._Book) on paper of ``size``; return how many.

    At most as many stages as fit at MIN_COL wide share a page; the others follow on pages
    of their own, each set with its curves; a column too long for its page goes on to the next.
    """
    width, height = size
    x0 = M + 30
    per_set = max(1, int((width - M - x0) // MIN_COL))
    everything = comparison.columns or []
    chunks = [everything[i:i + per_set] for i in range(0, len(everything), per_set)] or [[]]
    summary = _summary(comparison, language, width)
    band = max(42.0, min(90.0, (height * 0.38) / max(1, len(comparison.personas()))))
    slots = per_set if len(chunks) > 1 else max(1, len(everything))  # one width for every set of pages
    plans = [_plan(replace(comparison, columns=chunk), language, size, summary, band, slots) for chunk in chunks]
    total = sum(plan[2] for plan in plans)
    page_no = 0
    for chunk, (col, lines, pages, per_first, per_later) in zip(chunks, plans):
        part = replace(comparison, columns=chunk)
        start = 0
        for page in range(pages):
            page_no += 1
            _draw_page(book, part, language, size, summary, band, col, lines, start,
                       per_first if page == 0 else per_later, page == 0, page_no, total)
            start += per_first if page == 0 else per_later
    return total


def _plan(part: Comparison, language: str, size, summary: list[str], band: float, slots: int):
    """(column width, lines per column, pages, lines on the first page, lines on later pages) of a set of stages."""
    width, height = size
    col = (width - M - (M + 30)) / slots
    lines = [_column_lines(column, part, language, col) for column in part.columns]
    later_room = height - M - (_header_height(summary) + 34) - LINE
    first_room = later_room - (band * len(part.personas()) + 4)
    per_first, per_later = max(3, int(first_room // LINE)), max(3, int(later_room // LINE))
    longest = max((len(column) for column in lines), default=0)
    return col, lines, 1 + max(0, -(-(longest - per_first) // per_later)), per_first, per_later


def _draw_page(book, part: Comparison, language: str, size, summary, band: float, col: float, lines,
               start: int, count: int, with_curves: bool, page_no: int, pages: int) -> None:
    c = book.c
    width, height = size
    x0 = M + 30
    title = f"{word('comparison', language)}: {one_line(part.new.meta.title) or label('map', language)}"
    book.page(title if page_no == 1 else f"{title} ({page_no})", size)
    c.saveState()
    c.translate(0, height)
    y = _header(c, part, language, width, page_no, pages, summary)
    top = y
    y = _stage_row(c, part, language, x0, col, y)
    if with_curves:
        y = _curves(c, part, language, x0, col, y, band)
    for i, column in enumerate(lines):
        ly = y + ENTRY_PT + 2
        for line, font, colour in column[start:start + count]:
            text(c, x0 + i * col + 4, ly, line if font == BOLD or line.startswith("• ") else "  " + line,
                 font, ENTRY_PT, colour)
            ly += LINE
        stroke(c, theme.GRID)
        c.setLineWidth(0.4)
        if i:
            c.line(x0 + i * col, -top, x0 + i * col, -(height - M))
    c.restoreState()


def comparison_for(doc, path, other: str | None) -> Comparison:
    """The comparison of ``doc`` (saved at ``path``; tomorrow) with ``other`` (today), or with the map
    its link names when ``other`` is empty. Raises jmap.io.JmapError (unreadable file, broken link) or
    ValueError (nothing in common), each with a message for people."""
    from jmap.core.diff import compare_maps
    from jmap.io import load
    from jmap.io.link import load_linked

    if other:
        today = load(other).document
    else:
        today = load_linked(doc, path)[1].document
    return compare_maps(today, doc)
