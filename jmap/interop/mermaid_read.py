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
from jmap.io.jsontext import SURROGATE
from jmap.io.schema import MAX_ITEMS, MAX_STRING

MAX_BYTES = 2 * 1024 * 1024
MAX_LINES = 20_000
MAX_LINE_CHARS = 10_000
MAX_SECTIONS = 500
MAX_ACTORS = 100
#: Persona given the scores of tasks that name no actor.
DEFAULT_ACTOR = "Customer"
_GUARD = "\u200b"  # jmap.interop.mermaid_write.KEYWORD_GUARD: stripped from names
_KEYWORD = re.compile(r"(title|section)(?=\s|$)|(acctitle|accdescr)(?=\s*[:{])", re.IGNORECASE)


def decode_input(data: str | bytes, source: str, what: str) -> str:
    """Text of an untrusted file: within MAX_BYTES, strict UTF-8, a leading BOM dropped."""
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise JmapError(source, f"the file is too large ({size / 1_048_576:.1f} MB; the limit is "
                                f"{MAX_BYTES // 1_048_576} MB for {what})")
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


def _strip_comment(line: str) -> str:
    """The line without a Mermaid comment ('%%' or '#' to the end of the line)."""
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
        #: [section name, [(task name, score, actors, line)]]
        self.sections: list[tuple[str, list]] = []


def _front_matter(lines: list[str], source: str, journey: _Journey) -> int:
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
    _fail(source, start + 1, "the front matter opened with '---' is never closed")


def _parse(text: str, source: str) -> _Journey:
    lines = re.split(r"\r\n|\r|\n", text)  # as editors count lines (not str.splitlines)
    if len(lines) > MAX_LINES:
        _fail(source, MAX_LINES + 1, f"too many lines (the limit is {MAX_LINES:,})")
    for number, raw in enumerate(lines, start=1):
        if len(raw) > MAX_LINE_CHARS:
            _fail(source, number, f"the line is too long ({len(raw):,} characters; the limit is {MAX_LINE_CHARS:,})")
    journey = _Journey()
    i = _front_matter(lines, source, journey)
    seen_header = False
    while i < len(lines):
        number, raw = i + 1, lines[i]
        i += 1
        stripped = raw.strip()
        if not seen_header:
            if not stripped or stripped.startswith(("%%", "```")):
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
        line = _strip_comment(raw).strip()
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
        last = max(n for n, line in enumerate(lines, start=1) if line.strip())
        _fail(source, last, "the journey has no section (a stage starts with 'section NAME')")
    return journey


def _task(journey: _Journey, line: str, number: int, source: str) -> None:
    if ":" not in line:
        shown = line if len(line) <= 40 else line[:40] + "…"
        _fail(source, number, f"expected a task 'name: score: actors', a 'section' or a 'title', found {shown!r}")
    name, data = line.split(":", 1)
    pieces = data.split(":")
    name = _name(name)
    if not name:
        _fail(source, number, "the task has an empty name (write 'name: score: actors')")
    if not journey.sections:
        _fail(source, number, f"task {name!r} comes before any section (start a stage with 'section NAME')")
    score = pieces[0].strip()
    if not re.fullmatch(r"[1-5]", score):
        _fail(source, number, f"the score of task {name!r} must be a whole number from 1 to 5, found {score!r}")
    actors = [_name(a) for a in pieces[1].split(",")] if len(pieces) > 1 else []
    journey.sections[-1][1].append((name, int(score), [a for a in actors if a], number))


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
            tp = Touchpoint(doc.new_id("touchpoints"), stage.id, lane.id, title=task, channel="other",
                            online=False, entry=previous is None)
            doc.append("touchpoints", tp)
            if previous is not None:
                doc.append("flows", Flow(doc.new_id("flows"), previous.id, tp.id))
            previous = tp
            for actor in actors or [DEFAULT_ACTOR]:
                if actor not in personas:
                    if len(personas) >= MAX_ACTORS:
                        _fail(source, number, f"too many actors (the limit is {MAX_ACTORS})")
                    colour = PERSONA_PALETTE[len(personas) % len(PERSONA_PALETTE)]
                    personas[actor] = Persona(doc.new_id("personas"), name=actor, colour=colour)
                    doc.append("personas", personas[actor])
                scores.setdefault(actor, []).append(score)
        for actor, values in scores.items():
            if len(doc.emotions) >= MAX_ITEMS:
                raise JmapError(source, f"too many emotion points (the limit is {MAX_ITEMS:,})")
            value = _score_to_emotion(sum(values) / len(values))
            doc.append("emotions", EmotionPoint(doc.new_id("emotions"), personas[actor].id, stage.id, value))
    return doc


def mermaid_to_document(text: str | bytes, source: str = "<memory>") -> Document:
    """A map from the text (or UTF-8 bytes) of a Mermaid journey diagram; JmapError naming the line."""
    return _build(_parse(decode_input(text, source, "a Mermaid diagram"), source), source)
