"""A map's touchpoints and notes as a CSV table for spreadsheets (docs/interop.md)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

#: The columns, in order. ``text`` holds a touchpoint's title or a note's text.
COLUMNS = ("kind", "stage", "lane", "lane_kind", "text", "description", "channel", "online",
           "owner", "importance", "impact", "evidence", "entry", "colour")
#: A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
YES, NO = "yes", "no"
BOM = "\ufeff"


def escape_cell(text: str) -> str:
    """``text`` with a leading apostrophe if a spreadsheet would read it as a formula.

    Text that already starts with apostrophes before such a character gets one more, so
    that ``unescape_cell`` gives back exactly the original. NUL characters (which no one
    types, and which mark a binary file to the reader) are left out.
    """
    text = text.replace("\x00", "")
    return "'" + text if text.lstrip("'").startswith(FORMULA_STARTS) else text


def unescape_cell(text: str) -> str:
    """The inverse of ``escape_cell``: drop the apostrophe it added, keep every other one."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _yes(flag: bool) -> str:
    return YES if flag else NO


def _unique_names(names: list[str], fallback: str) -> list[str]:
    """Names as columns of a table that identifies things by name: blanks get "Stage 3", a
    repeated name gets "Name (2)" so that importing the table keeps them apart."""
    out: list[str] = []
    seen: set[str] = set()
    for i, name in enumerate(names):
        name = name.strip() or f"{fallback} {i + 1}"
        base, n = name, 1
        while name.casefold() in seen:
            n += 1
            name = f"{base} ({n})"
        seen.add(name.casefold())
        out.append(name)
    return out


def rows(doc) -> list[list[str]]:
    """The table without its header: per stage, per lane, the touchpoints then the notes.

    Each empty cell of the first stage gets an ``empty`` row (so the first stage names every lane, in
    order), and so does the first lane of a stage that holds nothing: importing the table gives the
    map back its stages and lanes, in their order.
    """
    out = []
    stage_names = _unique_names([s.name for s in doc.stages], "Stage")
    lane_names = _unique_names([lane.title for lane in doc.lanes], "Lane")
    used_stages = {r.stage for r in (*doc.touchpoints, *doc.notes)}
    used_cells = {(r.stage, r.lane) for r in (*doc.touchpoints, *doc.notes)}
    for si, stage in enumerate(doc.stages):
        for li, lane in enumerate(doc.lanes):
            head = [escape_cell(stage_names[si]), escape_cell(lane_names[li]), lane.kind]
            if (si == 0 and (stage.id, lane.id) not in used_cells) or (li == 0 and stage.id not in used_stages):
                out.append(["empty", *head, *[""] * (len(COLUMNS) - 4)])
            for tp in doc.touchpoints_in(lane.id, stage.id):
                out.append(["touchpoint", *head, escape_cell(tp.title), escape_cell(tp.description), tp.channel,
                            _yes(tp.online), escape_cell(tp.owner), str(tp.importance), str(tp.impact),
                            tp.evidence, _yes(tp.entry), ""])
            for note in doc.notes_in(lane.id, stage.id):
                out.append(["note", *head, escape_cell(note.text), "", "", "", "", "", "", "", "", note.colour])
    return out


def to_csv(doc, *, bom: bool = True) -> str:
    """The CSV text of a map: a header row, then one row per touchpoint and per note.

    Lines end with CRLF as RFC 4180 says (write the text as bytes or with ``newline=""``). With ``bom``
    the text starts with a byte-order mark, which Excel needs to read UTF-8 (Greek, æøå).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    writer.writerows(rows(doc))
    return (BOM if bom else "") + buffer.getvalue()


def write_csv(doc, path: str | Path, *, bom: bool = True) -> None:
    """Write ``to_csv(doc)`` to ``path`` atomically as UTF-8 (SaveError on failure)."""
    from jmap.io.atomic import atomic_write

    atomic_write(path, to_csv(doc, bom=bom).encode("utf-8"))
