"""A map as a Mermaid ``journey`` diagram: one section per stage, one task per touchpoint (docs/interop.md)."""

from __future__ import annotations

import math
import re
from pathlib import Path

from jmap.core.model import CARD_LANES, EMOTION_MAX, EMOTION_MIN, LaneKind

#: Actor shown when no persona has an emotion point in a stage.
DEFAULT_ACTOR = "Customer"
#: Task name used for a touchpoint or note without text (Mermaid needs a name).
UNTITLED = "Untitled"
SCORE_MIN, SCORE_MAX = 1, 5
NEUTRAL_SCORE = 3
#: Put in front of a name that Mermaid would read as a keyword or a comment; invisible, removed on import.
KEYWORD_GUARD = "\u200b"
#: The one task of a stage without cards or action notes: Mermaid draws a section only over its
#: tasks, so without it the stage would vanish from the picture. Import makes no card of it.
EMPTY_STAGE_TASK = KEYWORD_GUARD + "\u2026"

# Characters that end or break a statement in Mermaid's journey grammar, and what replaces them.
_REPLACE = str.maketrans({":": "\u2236", "#": "\uff03", ";": "\uff1b"})
_TITLE_REPLACE = str.maketrans({"#": "\uff03", ";": "\uff1b"})
_ACTOR_REPLACE = str.maketrans({",": "\u201a"})
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
#: Starts of a task name that Mermaid would take for a keyword, or (a '%') for a comment.
_KEYWORD = re.compile(r"(journey|title\s|section\s|acctitle|accdescr|%)", re.IGNORECASE)


def clean_text(text: str, fallback: str = UNTITLED, *, colon: bool = False) -> str:
    """One line of text Mermaid reads back unchanged: no newline, ':', '#', ';' or '%%'.

    Runs of white space (newlines included) become one space; ':' becomes '∶' (ratio)
    unless ``colon`` (a title may hold one), '#' and ';' their full-width forms; '%%' (a
    Mermaid comment) becomes '%'. Empty text becomes ``fallback``.
    """
    text = _CONTROL.sub(" ", text or "")
    text = _SPACE.sub(" ", text).strip().translate(_TITLE_REPLACE if colon else _REPLACE)
    while "%%" in text:
        text = text.replace("%%", "%")
    return text or fallback


def _task_name(text: str, fallback: str = UNTITLED) -> str:
    name = clean_text(text, fallback).lstrip(KEYWORD_GUARD) or fallback  # never EMPTY_STAGE_TASK
    return KEYWORD_GUARD + name if _KEYWORD.match(name) else name


def actor_name(name: str, index: int) -> str:
    """A persona's name as a Mermaid actor (no ',' either); ``Persona N`` if empty."""
    return clean_text(name, f"Persona {index + 1}").translate(_ACTOR_REPLACE)


def emotion_to_score(value: float) -> int:
    """An emotion value (−3…+3) as a Mermaid score (1…5), rounding halves up."""
    span = EMOTION_MAX - EMOTION_MIN
    score = math.floor((value - EMOTION_MIN) * (SCORE_MAX - SCORE_MIN) / span + 0.5) + SCORE_MIN
    return max(SCORE_MIN, min(SCORE_MAX, score))


def stage_feelings(doc, stage_id: str) -> tuple[int, list[str]]:
    """(score, actors) of a stage: the mean of each persona's mean emotion there, and who felt it."""
    per_persona: dict[str, list[int]] = {}
    for point in doc.emotions:
        if point.stage == stage_id:
            per_persona.setdefault(point.persona, []).append(point.value)
    actors, means = [], []
    for index, persona in enumerate(doc.personas):
        values = per_persona.get(persona.id)
        if values:
            actors.append(actor_name(persona.name, index))
            means.append(sum(values) / len(values))
    if not means:
        return NEUTRAL_SCORE, [DEFAULT_ACTOR]
    return emotion_to_score(sum(means) / len(means)), list(dict.fromkeys(actors))


def stage_tasks(doc, stage_id: str) -> list[str]:
    """Task names of a stage: its cards in lane order, else the notes of its action lanes, else none."""
    card_lanes = [lane for lane in doc.lanes if lane.kind in CARD_LANES]
    names = [_task_name(tp.title) for lane in card_lanes for tp in doc.touchpoints_in(lane.id, stage_id)]
    if names:
        return names
    action_lanes = [lane for lane in doc.lanes if lane.kind == LaneKind.ACTIONS]
    return [_task_name(note.text) for lane in action_lanes for note in doc.notes_in(lane.id, stage_id)]


def to_mermaid(doc) -> str:
    """The Mermaid ``journey`` text of a map (deterministic, newline at the end)."""
    lines = ["journey"]
    title = clean_text(doc.meta.title, "", colon=True)
    if title:
        lines.append(f"    title {title}")
    for index, stage in enumerate(doc.stages):
        lines.append(f"    section {clean_text(stage.name, f'Stage {index + 1}')}")
        score, actors = stage_feelings(doc, stage.id)
        who = ", ".join(actors)
        lines.extend(f"      {name}: {score}: {who}" for name in stage_tasks(doc, stage.id) or [EMPTY_STAGE_TASK])
    return "\n".join(lines) + "\n"


def write_mermaid(doc, path: str | Path) -> None:
    """Write ``to_mermaid(doc)`` to ``path`` atomically as UTF-8 (SaveError on failure)."""
    from jmap.io.atomic import atomic_write

    atomic_write(path, to_mermaid(doc).encode("utf-8"))
