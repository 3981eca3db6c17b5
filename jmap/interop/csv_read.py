"""CSV tables of touchpoints and notes (untrusted text) to a map; errors name the line and column."""

from __future__ import annotations

import csv
import heapq
import io
import re
from functools import lru_cache
from pathlib import Path

from jmap.core.document import Document
from jmap.core.model import (
    CARD_LANES,
    IMPORTANCE_MAX,
    IMPORTANCE_MIN,
    ONLINE_CHANNELS,
    Channel,
    Evidence,
    Lane,
    LaneKind,
    MapMeta,
    MapType,
    Note,
    Stage,
    Touchpoint,
)
from jmap.interop.csv_write import COLUMNS, unescape_cell
from jmap.io.errors import JmapError
from jmap.interop.mermaid_read import decode_input
from jmap.io.schema import MAX_ITEMS, MAX_STRING

MAX_ROWS = MAX_ITEMS
REQUIRED = ("kind", "stage", "lane", "text")
_ALIASES = {"title": "text", "lane kind": "lane_kind", "color": "colour", "type": "kind"}
_TRUE = {"yes", "y", "true", "1", "online", "x", "ja", "nai", "ναι"}
_FALSE = {"no", "n", "false", "0", "offline", "", "nei", "nee", "όχι", "οχι"}
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_NEWLINE = re.compile(r"\r\n|\r|\n")
#: Excel's first line naming the separator, such as ``sep=;`` (sometimes in quotes).
_SEP_LINE = re.compile(r'("?)sep=(.?)\1[ \t]*(?=\r\n|\r|\n|$)', re.IGNORECASE)
#: English words in a lane's name that tell its kind, tried in order.
_KIND_WORDS = (
    ("customer action", LaneKind.CUSTOMER_ACTIONS), ("touchpoint", LaneKind.TOUCHPOINTS),
    ("touch point", LaneKind.TOUCHPOINTS), ("front stage", LaneKind.FRONTSTAGE),
    ("frontstage", LaneKind.FRONTSTAGE), ("back stage", LaneKind.BACKSTAGE), ("backstage", LaneKind.BACKSTAGE),
    ("support", LaneKind.SUPPORT), ("evidence", LaneKind.PHYSICAL_EVIDENCE), ("action", LaneKind.ACTIONS),
    ("doing", LaneKind.ACTIONS), ("thought", LaneKind.THOUGHTS), ("thinking", LaneKind.THOUGHTS),
    ("emotion", LaneKind.EMOTIONS), ("feeling", LaneKind.EMOTIONS), ("pain", LaneKind.PAIN_POINTS),
    ("opportunit", LaneKind.OPPORTUNITIES), ("goal", LaneKind.GOALS), ("question", LaneKind.QUESTIONS),
    ("channel", LaneKind.CHANNELS), ("metric", LaneKind.METRICS), ("kpi", LaneKind.METRICS),
    ("idea", LaneKind.IDEAS), ("need", LaneKind.NEEDS),
)


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("_", " ").replace("-", " ").split())


@lru_cache(maxsize=1)
def _template_kinds() -> dict[str, str]:
    """Lane title -> kind in every bundled template (all languages)."""
    from jmap.io.jmapfile import load
    from jmap.paths import templates_dir

    kinds: dict[str, str] = {}
    for path in sorted(templates_dir().glob("*.jmap")):
        try:
            lanes = load(path).document.lanes
        except JmapError:  # a damaged installation: guess from the words alone
            continue
        for lane in lanes:
            kinds.setdefault(_key(lane.title), lane.kind)
    return kinds


def guess_lane_kind(name: str) -> str | None:
    """The lane kind a lane's name suggests (a template's lane title or English words), or None."""
    key = _key(name)
    if key.replace(" ", "_") in {k.value for k in LaneKind}:
        return key.replace(" ", "_")
    if key in _template_kinds():
        return _template_kinds()[key]
    return next((kind.value for word, kind in _KIND_WORDS if word in key), None)


def _quote_problem(text: str, offset: int, delimiter: str) -> tuple[int, int, str]:
    """(line, column, problem) of the bad quoting in the record that starts at ``offset``."""
    def where(pos: int) -> tuple[int, int]:
        breaks = list(_NEWLINE.finditer(text, 0, pos))
        return len(breaks) + 1, pos - (breaks[-1].end() if breaks else 0) + 1

    pos, at_start = offset, True
    while pos < len(text):
        c = text[pos]
        if at_start and c == '"':
            opened = pos
            pos += 1
            while True:
                close = text.find('"', pos)
                if close < 0:
                    return (*where(opened), "this quoted field is never closed (a '\"' is missing)")
                if text.startswith('""', close):
                    pos = close + 2
                    continue
                after = text[close + 1: close + 2]
                if after and after not in (delimiter, "\r", "\n"):
                    return (*where(close + 1), ("text after the closing '\"' of a quoted field (write '\"\"' for a "
                                               "quote inside quotes)"))
                pos = close + 1
                break
            at_start = False
            continue
        if c in "\r\n":
            break
        at_start = c == delimiter
        pos += 1
    return (*where(offset), "badly quoted record")


def _column(cell: str) -> str:
    """A header cell as a column name: 'Lane kind' -> 'lane_kind', 'Title' -> 'text'."""
    name = _key(cell)
    return _ALIASES.get(name, name.replace(" ", "_"))


def _delimiter(text: str) -> str:
    """',' unless the header is split by ';' or a tab (as spreadsheets in many locales write)."""
    first = next((line for line in _NEWLINE.split(text, maxsplit=50) if line.strip()), "")
    return max((",", ";", "\t"), key=lambda d: sum(_column(c.strip('"')) in COLUMNS for c in first.split(d)))


def _sep_line(text: str, source: str) -> tuple[str, str | None]:
    """The text without Excel's ``sep=X`` first line (an empty line instead, so that lines keep
    their numbers) and the separator it names, or the text as it is and None."""
    match = _SEP_LINE.match(text)
    if match is None:
        return text, None
    delimiter = match.group(2)
    if delimiter in ("", '"', " ") or delimiter.isalnum():
        raise JmapError(source, f"line 1: {match.group().strip()!r} names no separator jmap can use "
                                f"(write sep=, or sep=; or sep= and a tab)")
    return text[match.end():], delimiter


class _Reader:
    """Records of the CSV with the line each starts on; quoting errors become JmapError."""

    def __init__(self, text: str, source: str) -> None:
        text, delimiter = _sep_line(text, source)
        self.text, self.source = text, source
        self.delimiter = delimiter or _delimiter(text)
        self.reader = csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter, strict=True)

    def _offset(self, line: int) -> int:
        """Where line ``line`` (1-based, as the csv module counts them) starts in the text."""
        if line <= 1:
            return 0
        for n, match in enumerate(_NEWLINE.finditer(self.text), start=2):
            if n == line:
                return match.end()
        return len(self.text)

    def __iter__(self):
        while True:
            line = self.reader.line_num + 1
            try:
                record = next(self.reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if "field larger" in str(exc):
                    raise JmapError(self.source, f"line {line}: a field is too long "
                                                 f"(the limit is {MAX_STRING:,} characters)") from None
                row, col, what = _quote_problem(self.text, self._offset(line), self.delimiter)
                raise JmapError(self.source, f"line {row}, column {col}: {what}") from None
            if any(cell.strip() for cell in record):
                yield line, record


def _header(record: list[str], line: int, source: str, warnings: list | None) -> dict[str, int]:
    columns: dict[str, int] = {}
    for i, cell in enumerate(record):
        name = _column(cell)
        if name in columns:
            raise JmapError(source, f"line {line}, column {i + 1}: column {cell.strip()!r} appears twice")
        if name not in COLUMNS:
            if warnings is not None:
                warnings.append(f"line {line}, column {i + 1}: unknown column {cell.strip()!r} is ignored")
            continue
        columns[name] = i
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise JmapError(source, f"line {line}: the first row must be a header naming the columns; "
                                f"'{missing[0]}' is missing (expected {', '.join(COLUMNS)})")
    return columns


class _Table:
    """The rows of the CSV, checked and turned into the entities of a Document."""

    def __init__(self, source: str, columns: dict[str, int], width: int) -> None:
        self.source, self.columns, self.width = source, columns, width
        title = "" if source.startswith("<") else Path(source).stem
        self.doc = Document(MapMeta(title=title, map_type=MapType.CURRENT_STATE.value, language="en"))
        self.stages: dict[str, Stage] = {}
        self.lanes: dict[str, Lane] = {}
        #: lane name -> (explicit kind or None, line of that kind, line of its first touchpoint or 0)
        self.kinds: dict[str, list] = {}
        #: lane id -> lane ids that come right after it within some stage
        self.after: dict[str, set[str]] = {}
        self.last_lane: dict[str, str] = {}  # stage id -> last lane id seen in that stage
        self.count = 0  # rows read

    def fail(self, line: int, column: str, message: str):
        where = f"line {line}" + (f", column {self.columns[column] + 1} ({column})" if column else "")
        raise JmapError(self.source, f"{where}: {message}")

    def cell(self, record, line: int, column: str, text: bool = False) -> str:
        i = self.columns.get(column)
        value = record[i] if i is not None else ""
        if len(value) > MAX_STRING:
            self.fail(line, column, f"the text is too long ({len(value):,} characters; the limit is {MAX_STRING:,})")
        return unescape_cell(value) if text else value.strip()

    def choice(self, record, line: int, column: str, allowed, default: str) -> str:
        value = self.cell(record, line, column).casefold().replace(" ", "_")
        if not value:
            return default
        if value not in allowed:
            self.fail(line, column, f"unknown {column.replace('_', ' ')} {value!r}; allowed: {', '.join(allowed)}")
        return value

    def number(self, record, line: int, column: str) -> int:
        value = self.cell(record, line, column)
        if not value:
            return 3
        if not re.fullmatch(r"[0-9]{1,3}", value) or not IMPORTANCE_MIN <= int(value) <= IMPORTANCE_MAX:
            self.fail(line, column, f"{column} must be a whole number from {IMPORTANCE_MIN} to {IMPORTANCE_MAX}, "
                                    f"found {value!r}")
        return int(value)

    def flag(self, record, line: int, column: str, default: bool) -> bool:
        value = self.cell(record, line, column).casefold()
        if not value:
            return default
        if value not in _TRUE | _FALSE:
            self.fail(line, column, f"{column} must be yes or no, found {value!r}")
        return value in _TRUE

    def place(self, record, line: int, kind: str) -> tuple[Stage, Lane]:
        names = {}
        for column in ("stage", "lane"):
            names[column] = self.cell(record, line, column, text=True).strip()
            if not names[column]:
                self.fail(line, column, f"the {column} has no name")
        stage = self.stages.get(names["stage"])
        if stage is None:
            stage = self.stages[names["stage"]] = Stage(self.doc.new_id("stages"), name=names["stage"])
            self.doc.append("stages", stage)
        name = names["lane"]
        lane = self.lanes.get(name)
        if lane is None:
            lane = self.lanes[name] = Lane(self.doc.new_id("lanes"), title=name)
            self.doc.append("lanes", lane)
            self.kinds[name] = [None, 0, 0]
        previous = self.last_lane.get(stage.id)
        if previous is not None and previous != lane.id:
            self.after.setdefault(previous, set()).add(lane.id)
        self.last_lane[stage.id] = lane.id
        state = self.kinds[name]
        explicit = self.choice(record, line, "lane_kind", [k.value for k in LaneKind], "")
        if explicit and state[0] and explicit != state[0]:
            self.fail(line, "lane_kind", f"lane {name!r} is of kind {state[0]!r} (line {state[1]}), not {explicit!r}")
        if explicit and not state[0]:
            state[0], state[1] = explicit, line
        if kind == "touchpoint" and not state[2]:
            state[2] = line
        if kind == "touchpoint" and state[0] and state[0] not in CARD_LANES:
            self.fail(line, "lane_kind" if "lane_kind" in self.columns else "",
                      f"a touchpoint cannot be in lane {name!r} of kind {state[0]!r}; touchpoints go in "
                      f"lanes of kind {', '.join(sorted(CARD_LANES))}")
        return stage, lane

    def add(self, record, line: int) -> None:
        if len(record) != self.width:
            self.fail(line, "", f"the row has {len(record)} fields but the header has {self.width}")
        self.count += 1
        kind = self.choice(record, line, "kind", ("touchpoint", "note", "empty"), "")
        if not kind:
            self.fail(line, "kind", "the kind is empty; allowed: touchpoint, note, empty")
        stage, lane = self.place(record, line, kind)
        if kind == "empty":  # a stage or lane that holds nothing, kept in the map
            return
        text = self.cell(record, line, "text", text=True)
        if kind == "note":
            colour = self.cell(record, line, "colour")
            if colour and not _COLOUR.match(colour):
                self.fail(line, "colour", f"a colour is written #RRGGBB, found {colour!r}")
            self.doc.append("notes", Note(self.doc.new_id("notes"), lane.id, stage.id, text=text, colour=colour))
            return
        channel = self.choice(record, line, "channel", [c.value for c in Channel], Channel.OTHER.value)
        self.doc.append("touchpoints", Touchpoint(
            self.doc.new_id("touchpoints"), stage.id, lane.id, title=text,
            description=self.cell(record, line, "description", text=True), channel=channel,
            online=self.flag(record, line, "online", channel in ONLINE_CHANNELS),
            owner=self.cell(record, line, "owner", text=True),
            importance=self.number(record, line, "importance"), impact=self.number(record, line, "impact"),
            evidence=self.choice(record, line, "evidence", [e.value for e in Evidence], Evidence.OBSERVED.value),
            entry=self.flag(record, line, "entry", False)))

    def finish(self) -> Document:
        for name, lane in self.lanes.items():
            explicit, _line, first_card = self.kinds[name]
            if explicit and first_card and explicit not in CARD_LANES:
                self.fail(first_card, "", f"a touchpoint cannot be in lane {name!r} of kind {explicit!r} (line "
                                          f"{_line}); touchpoints go in lanes of kind {', '.join(sorted(CARD_LANES))}")
            kind = explicit or guess_lane_kind(name) or LaneKind.TOUCHPOINTS.value
            if first_card and kind not in CARD_LANES:
                kind = LaneKind.TOUCHPOINTS.value  # a guess from the name gives way to what the lane holds
            self.doc.set("lanes", lane.id, "kind", kind)
        for index, lane_id in enumerate(self._lane_order()):
            self.doc.move("lanes", lane_id, index)
        return self.doc

    def _lane_order(self) -> list[str]:
        """Lanes in an order that keeps their order within every stage, else by first appearance.

        Rows come stage by stage, so a lane first seen in a later stage may still belong above
        a lane seen earlier: the order within each stage decides (a topological sort).
        """
        first = {lane.id: i for i, lane in enumerate(self.doc.lanes)}
        incoming = dict.fromkeys(first, 0)
        for targets in self.after.values():
            for target in targets:
                incoming[target] += 1
        ready = [(i, lane_id) for lane_id, i in first.items() if not incoming[lane_id]]
        heapq.heapify(ready)
        order = []
        while ready:
            _, lane_id = heapq.heappop(ready)
            order.append(lane_id)
            for target in self.after.get(lane_id, ()):
                incoming[target] -= 1
                if not incoming[target]:
                    heapq.heappush(ready, (first[target], target))
        return order if len(order) == len(first) else list(first)  # a cycle: keep first appearance


def csv_to_document(text: str | bytes, source: str = "<memory>", warnings: list | None = None) -> Document:
    """A map from a CSV table (text or UTF-8 bytes, BOM allowed) as ``to_csv`` writes it.

    Unknown columns are ignored; a message for each is appended to ``warnings``.
    Raises JmapError naming the line (and column) of the first problem.
    """
    text = decode_input(text, source, "a CSV file")
    table = None
    for line, record in _Reader(text, source):
        if table is None:
            table = _Table(source, _header(record, line, source, warnings), len(record))
            continue
        if table.count >= MAX_ROWS:
            raise JmapError(source, f"line {line}: too many rows (the limit is {MAX_ROWS:,})")
        table.add(record, line)
    if table is None:
        raise JmapError(source, "the file is empty; expected a header row and one row per touchpoint or note")
    if not table.doc.stages:
        raise JmapError(source, "the table has a header but no rows")
    return table.finish()
