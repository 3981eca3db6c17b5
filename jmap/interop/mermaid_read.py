"""Mermaid ``journey`` diagrams (untrusted text) to a map: sections become stages, tasks touchpoints."""

from __future__ import annotations

import math
import re
from pathlib import Path

from jmap.core.document import Document
from jmap.core.model import (
    EMOTION_MAX,
    EMOTION_MIN,
    EmotionPoint,
    Flow,
    Lane,
    LaneKind,
    MapMeta,
    MapType,
    Persona,
    Stage,
    Touchpoint,
)
from jmap.core.theme import PERSONA_PALETTE
from jmap.io.errors import JmapError
from jmap.io.jsontext import SURROGATE, too_large
from jmap.io.schema import MAX_FILE_BYTES, MAX_ITEMS, MAX_STRING

#: The size limit of every file jmap reads (a .jmap map, a diagram, a table): one limit, one message.
MAX_BYTES = MAX_FILE_BYTES
MAX_LINES = 20_000
MAX_LINE_CHARS = 10_000
MAX_SECTIONS = 500
MAX_ACTORS = 100
#: Persona given the scores of tasks that name no actor.
DEFAULT_ACTOR = "Customer"
_GUARD = "\u200b"  # jmap.interop.mermaid_write.KEYWORD_GUARD: stripped from names
#: jmap.interop.mermaid_write.EMPTY_STAGE_TASK: the task that keeps a stage without cards drawn.
EMPTY_STAGE_TASK = _GUARD + "\u2026"
SCORE_MIN, SCORE_MAX = 1, 5
#: Scores outside 1…5 reported one by one; the rest are counted in one more warning.
MAX_SCORE_WARNINGS = 10
#: The opening fence of a Markdown code block: its characters and its info string.
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})\s*([^`\s]*)")
_KEYWORD = re.compile(r"(title|section)(?=\s|$)|(acctitle|accdescr)(?=\s*[:{])", re.IGNORECASE)


def decode_input(data: str | bytes, source: str, what: str) -> str:
    """Text of an untrusted file: within MAX_BYTES, strict UTF-8, a leading BOM dropped."""
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise too_large(source, size)  # the message of every format (docs/file-format.md, docs/interop.md)
    if isinstance(data, bytes):
        if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(data) > 1 and (data[0] == 0 or data[1] == 0)):
            raise JmapError(source, f"the file is UTF-16 encoded; {what} must be UTF-8")
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            head = data[: exc.start].decode("utf-8", "replace")
            line = head.count("\n") + 1
            column = len(head) - (head.rfind("\n") + 1) + 1
            raise JmapError(source, f"line {line}, column {column}: not UTF-8 text "
                                    f"(byte 0x{data[exc.start]:02x}); save the file as UTF-8") from None
    match = SURROGATE.search(data) or re.search("\x00", data)
    if match:
        line = data.count("\n", 0, match.start()) + 1
        raise JmapError(source, f"line {line}: the text holds an invalid character "
                                f"(U+{ord(match.group()):04X}); is this a text file?")
    return data.removeprefix("\ufeff")


def _fail(source: str, line: int, message: str):
    raise JmapError(source, f"line {line}: {message}")


def _is_comment(stripped: str) -> bool:
    """Whether Mermaid skips this line (without its leading spaces) as a comment.

    Mermaid's lexer (journey.jison, as jison compiles it) reads a '%' that is not followed by
    '{' as the start of a comment to the end of the line wherever a statement may start, and
    also any character followed by '%%' there; its preprocessor removes '%%' lines first.
    """
    return (stripped.startswith("%") and not stripped.startswith("%{")) or (
        stripped[1:3] == "%%" and stripped[0] != "}")


def _strip_comment(line: str) -> str:
    """The 'journey' line without a comment after it ('%%' or '#' to the end of the line)."""
    for mark in ("%%", "#"):
        at = line.find(mark)
        if at >= 0:
            line = line[:at]
    return line


def _name(text: str) -> str:
    return text.strip().strip(_GUARD).strip()


def _score_to_emotion(score: float) -> int:
    """A Mermaid score (1…5) as an emotion value (−3…+3), rounding halves away from zero."""
    value = (score - 1) * (EMOTION_MAX - EMOTION_MIN) / 4 + EMOTION_MIN
    rounded = math.copysign(math.floor(abs(value) + 0.5), value)
    return int(max(EMOTION_MIN, min(EMOTION_MAX, rounded)))


class _Journey:
    """What the diagram says, before it becomes a Document."""

    def __init__(self) -> None:
        self.title = ""
        self.description = ""
        #: [section name, [(task name or None for EMPTY_STAGE_TASK, score, actors, line)]]
        self.sections: list[tuple[str, list]] = []
        #: (line, task name, score as written, score counted) of scores outside 1…5
        self.clamped: list[tuple[int, str, str, int]] = []

    def warnings(self) -> list[str]:
        """One warning per score outside 1…5 (the first few), saying what it counts as."""
        out = []
        for number, name, written, counted in self.clamped[:MAX_SCORE_WARNINGS]:
            side, emotion = ("above", f"+{EMOTION_MAX}") if counted == SCORE_MAX else ("below", f"{EMOTION_MIN}")
            out.append(f"line {number}: task {name!r} has score {written}, {side} Mermaid's {SCORE_MIN} to "
                       f"{SCORE_MAX}; counted as {counted} (emotion {emotion}, the end of the map's scale)")
        more = len(self.clamped) - MAX_SCORE_WARNINGS
        if more > 0:
            out.append(f"{more:,} more scores outside {SCORE_MIN} to {SCORE_MAX} were counted as "
                       f"{SCORE_MIN} or {SCORE_MAX} the same way")
        return out


def _front_matter(lines: list[str], source: str, journey: _Journey, offset: int = 0) -> int:
    """Skip a leading '---' YAML block (taking its ``title:``); the index of the next line."""
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if start == len(lines) or lines[start].strip() != "---":
        return start
    for i in range(start + 1, len(lines)):
        text = lines[i].strip()
        if text == "---":
            return i + 1
        if text.lower().startswith("title:"):
            journey.title = text[6:].strip().strip("\"'")
    _fail(source, offset + start + 1, "the front matter opened with '---' is never closed")


def _first_statement(lines: list[str]) -> str:
    """The first line of a diagram that is not blank, front matter, a comment or a directive."""
    i = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if i < len(lines) and lines[i].strip() == "---":
        i = next((j + 1 for j in range(i + 1, len(lines)) if lines[j].strip() == "---"), len(lines))
    return next((line.strip() for line in lines[i:] if line.strip() and not line.lstrip().startswith("%")), "")


def _mermaid_blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) line indexes of the contents of the ```mermaid blocks of a Markdown text."""
    blocks, i = [], 0
    while i < len(lines):
        opening = _FENCE.fullmatch(lines[i].rstrip())
        if opening is None:
            i += 1
            continue
        fence, info = opening.groups()
        closing = re.compile(r" {0,3}%s{%d,}\s*" % (re.escape(fence[0]), len(fence)))
        end = next((j for j in range(i + 1, len(lines)) if closing.fullmatch(lines[j])), len(lines))
        if info.lower() == "mermaid":
            blocks.append((i + 1, end))
        i = end + 1
    return blocks


def _shown(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "…")


def _choose(lines: list[str], source: str, index: int | None) -> tuple[list[str], int]:
    """The lines of the diagram to read and how many lines of the file come before them.

    A text with ```mermaid blocks (Markdown) gives the ``index``-th block (from 1; default 1)
    that holds a journey diagram, wherever it is; any other text is one diagram.
    """
    blocks = _mermaid_blocks(lines)
    if not blocks:
        if index not in (None, 1):
            raise JmapError(source, f"there is no journey diagram number {index}: the file is one diagram "
                                    f"(no ```mermaid blocks)")
        return lines, 0
    journeys = [(first, end) for first, end in blocks if re.match(r"journey\b", _first_statement(lines[first:end]),
                                                                  re.IGNORECASE)]
    if not journeys:
        found = "; ".join(f"line {first}: {_shown(_first_statement(lines[first:end]) or 'empty')}"
                          for first, end in blocks[:3])
        raise JmapError(source, f"none of the {len(blocks)} ```mermaid blocks holds a journey diagram (opened on "
                                f"{found}{'; …' if len(blocks) > 3 else ''})")
    if (index or 1) > len(journeys):
        starts = ", ".join(str(first) for first, _ in journeys[:10]) + (", …" if len(journeys) > 10 else "")
        raise JmapError(source, f"there is no journey diagram number {index}: the file holds {len(journeys)} "
                                f"(in the ```mermaid blocks opened on line {starts})")
    first, end = journeys[(index or 1) - 1]
    return lines[first:end], first


def _parse(text: str, source: str, index: int | None = None) -> _Journey:
    lines, offset = _choose(re.split(r"\r\n|\r|\n", text), source, index)  # lines as editors count them
    if len(lines) > MAX_LINES:
        _fail(source, offset + MAX_LINES + 1, f"too many lines (the limit is {MAX_LINES:,})")
    for number, raw in enumerate(lines, start=offset + 1):
        if len(raw) > MAX_LINE_CHARS:
            _fail(source, number, f"the line is too long ({len(raw):,} characters; the limit is {MAX_LINE_CHARS:,})")
    journey = _Journey()
    i = _front_matter(lines, source, journey, offset)
    seen_header = False
    while i < len(lines):
        number, raw = offset + i + 1, lines[i]
        i += 1
        stripped = raw.strip()
        if not seen_header:
            if not stripped or stripped.startswith(("%", "```")):
                continue  # blank, comment or directive, or the fence of a Markdown code block
            if _strip_comment(stripped).strip().lower() != "journey":
                shown = stripped if len(stripped) <= 40 else stripped[:40] + "…"
                _fail(source, number, f"not a Mermaid journey diagram (the first statement must be 'journey', "
                                      f"found {shown!r})")
            seen_header = True
            continue
        if re.fullmatch(r"`{3,}", stripped):
            break  # the end of a Markdown code block
        keyword = _KEYWORD.match(stripped)
        word = keyword.group().lower() if keyword else ""
        if word == "accdescr" and stripped[keyword.end():].lstrip().startswith("{"):
            body = [stripped[keyword.end():].lstrip()[1:]]
            while "}" not in body[-1]:
                if i >= len(lines):
                    _fail(source, number, "'accDescr {' is never closed with '}'")
                body.append(lines[i])
                i += 1
            journey.description = " ".join(" ".join(body).split("}", 1)[0].split())
            if len(journey.description) > MAX_STRING:
                _fail(source, number, f"the description is too long (the limit is {MAX_STRING:,} characters)")
            continue
        if word in ("acctitle", "accdescr"):
            value = stripped[keyword.end():].lstrip()
            if not value.startswith(":"):
                _fail(source, number, f"expected ':' after {keyword.group()}")
            value = value[1:].strip()
            if word == "accdescr":
                journey.description = value
            elif not journey.title:
                journey.title = value
            continue
        if _is_comment(stripped):
            continue
        line = raw.split("#", 1)[0].strip()  # a '#' starts a comment anywhere; '%%' only where a line starts
        if not line:
            continue
        if word == "title":
            journey.title = line[5:].strip()
        elif word == "section":
            name = _name(line[7:])
            if not name:
                _fail(source, number, "the section has no name")
            if ":" in name:
                _fail(source, number, f"a section name cannot hold ':' (found {name!r})")
            if len(journey.sections) >= MAX_SECTIONS:
                _fail(source, number, f"too many sections (the limit is {MAX_SECTIONS})")
            journey.sections.append((name, []))
        else:
            _task(journey, line, number, source)
    if not seen_header:
        raise JmapError(source, "the file is empty; expected a Mermaid diagram starting with 'journey'")
    if not journey.sections:
        last = max(n for n, line in enumerate(lines, start=offset + 1) if line.strip())
        _fail(source, last, "the journey has no section (a stage starts with 'section NAME')")
    return journey


def _task(journey: _Journey, line: str, number: int, source: str) -> None:
    if ":" not in line:
        shown = line if len(line) <= 40 else line[:40] + "…"
        _fail(source, number, f"expected a task 'name: score: actors', a 'section' or a 'title', found {shown!r}")
    name, data = line.split(":", 1)
    pieces = data.split(":")
    placeholder = name.strip() == EMPTY_STAGE_TASK
    name = _name(name)
    if not name:
        _fail(source, number, "the task has an empty name (write 'name: score: actors')")
    if not journey.sections:
        _fail(source, number, f"task {name!r} comes before any section (start a stage with 'section NAME')")
    score = _score(journey, pieces[0].strip(), name, number, source)
    actors = [_name(a) for a in pieces[1].split(",")] if len(pieces) > 1 else []
    journey.sections[-1][1].append((None if placeholder else name, score, [a for a in actors if a], number))


def _score(journey: _Journey, text: str, name: str, number: int, source: str) -> int:
    """A task's score as 1…5. Mermaid draws any whole number (6 above the 5s, 0 below the 1s,
    05 as 5); such a score counts as the nearest end of the scale, with a warning."""
    whole = re.fullmatch(r"([+-]?)0*([0-9]+)", text)
    if whole is None:
        _fail(source, number, f"the score of task {name!r} must be a whole number from 1 to 5, found {text!r}")
    sign, digits = whole.groups()
    value = int(digits) if len(digits) <= 3 else 1000  # a long number is just large (and int() has a limit)
    value = -value if sign == "-" else value
    counted = max(SCORE_MIN, min(SCORE_MAX, value))
    if counted != value:
        journey.clamped.append((number, name, text, counted))
    return counted


def _build(journey: _Journey, source: str) -> Document:
    title = journey.title or ("" if source.startswith("<") else Path(source).stem)
    doc = Document(MapMeta(title=title, description=journey.description,
                           map_type=MapType.CURRENT_STATE.value, language="en"))
    lane = Lane(doc.new_id("lanes"), kind=LaneKind.TOUCHPOINTS.value, title="Touchpoints")
    doc.append("lanes", lane)
    doc.append("lanes", Lane(doc.new_id("lanes"), kind=LaneKind.EMOTIONS.value, title="Emotions"))
    personas: dict[str, Persona] = {}
    previous = None
    for name, tasks in journey.sections:
        stage = Stage(doc.new_id("stages"), name=name)
        doc.append("stages", stage)
        scores: dict[str, list[int]] = {}
        for task, score, actors, number in tasks:
            if task is None:  # the stand-in task of a stage without cards: only its feelings count
                _count_feelings(doc, personas, scores, actors, score, number, source)
                continue
            tp = Touchpoint(doc.new_id("touchpoints"), stage.id, lane.id, title=task, channel="other",
                            online=False, entry=previous is None)
            doc.append("touchpoints", tp)
            if previous is not None:
                doc.append("flows", Flow(doc.new_id("flows"), previous.id, tp.id))
            previous = tp
            _count_feelings(doc, personas, scores, actors, score, number, source)
        for actor, values in scores.items():
            if len(doc.emotions) >= MAX_ITEMS:
                raise JmapError(source, f"too many emotion points (the limit is {MAX_ITEMS:,})")
            value = _score_to_emotion(sum(values) / len(values))
            doc.append("emotions", EmotionPoint(doc.new_id("emotions"), personas[actor].id, stage.id, value))
    return doc


def _count_feelings(doc: Document, personas: dict, scores: dict, actors: list[str], score: int, number: int,
                    source: str) -> None:
    """Count a task's score for each of its actors (``Customer`` when none), making their personas."""
    for actor in actors or [DEFAULT_ACTOR]:
        if actor not in personas:
            if len(personas) >= MAX_ACTORS:
                _fail(source, number, f"too many actors (the limit is {MAX_ACTORS})")
            colour = PERSONA_PALETTE[len(personas) % len(PERSONA_PALETTE)]
            personas[actor] = Persona(doc.new_id("personas"), name=actor, colour=colour)
            doc.append("personas", personas[actor])
        scores.setdefault(actor, []).append(score)


def mermaid_to_document(text: str | bytes, source: str = "<memory>", warnings: list | None = None,
                        index: int | None = None) -> Document:
    """A map from the text (or UTF-8 bytes) of a Mermaid journey diagram; JmapError naming the line.

    Markdown is read too: the ``index``-th (from 1, default the first) ```mermaid block that
    holds a journey diagram. A message for each score outside 1…5 (counted as 1 or 5) is
    appended to ``warnings``.
    """
    journey = _parse(decode_input(text, source, "a Mermaid diagram"), source, index)
    doc = _build(journey, source)
    if warnings is not None:
        warnings.extend(journey.warnings())
    return doc
