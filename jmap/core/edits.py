"""Qt-free step builders for the editor's compound edits (delete, move, nudge, paste), and the steps' application.

Each builder reads a Document and returns an :class:`Edit`: the primitive steps that make
the change plus the counts the undo text is worded from. Nothing here changes the
document; the editor pushes the steps as one undoable command. The steps are
``("insert", coll, index, entity)``, ``("remove", coll, id)``, ``("set", coll, id, field, new)``,
``("move", coll, id, new_index)`` and ``("meta", field, new)``; :func:`apply_steps` applies them
and returns the steps that exactly reverse them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jmap.core.clipboard import paste_steps
from jmap.core.model import CARD_LANES, EMOTION_MAX, EMOTION_MIN, LaneKind

__all__ = ["Edit", "apply_steps", "clamp_emotion", "delete_edit", "move_edit", "nudge_moves", "paste_edit"]


@dataclass
class Edit:
    """The steps of one edit and what the undo text counts."""

    steps: list[tuple] = field(default_factory=list)
    #: collection -> how many of its entities the user acted on (not the dependents)
    counts: dict[str, int] = field(default_factory=dict)
    #: ids to select after the edit (pasted items)
    new_ids: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.steps)


def clamp_emotion(value) -> int:
    """An emotion value on the scale (EMOTION_MIN..EMOTION_MAX) as an int."""
    return int(max(EMOTION_MIN, min(EMOTION_MAX, value)))


def delete_edit(doc, ids) -> Edit:
    """Remove entities with everything that depends on them (deepest first, no duplicates)."""
    edit = Edit()
    seen: set[tuple[str, str]] = set()
    for eid in ids:
        coll, entity = doc.find(eid)
        if entity is None or (coll, eid) in seen:
            continue
        edit.counts[coll] = edit.counts.get(coll, 0) + 1
        for dep_coll, dep in doc.dependents(coll, eid) + [(coll, entity)]:
            if (dep_coll, dep.id) not in seen:
                seen.add((dep_coll, dep.id))
                edit.steps.append(("remove", dep_coll, dep.id))
    return edit


def move_edit(doc, moves: dict[str, tuple[str, str]], values: dict[str, int] | None = None) -> Edit:
    """Cards and notes into other cells ({id: (stage id, lane id)}) and emotion points to new
    values ({point id: value}, clamped to the scale).

    Cards go only into card lanes and notes not into the emotions lane; unknown ids, cells
    and moves to where an item already is are skipped. Emotion points anchored to a moved
    card follow it to its new stage. ``counts`` has "touchpoints", "notes" and "emotions".
    """
    edit = Edit(counts={"touchpoints": 0, "notes": 0, "emotions": 0})
    for eid, (stage_id, lane_id) in moves.items():
        coll = "touchpoints" if doc.get("touchpoints", eid) is not None else "notes"
        entity = doc.get(coll, eid)
        lane = doc.get("lanes", lane_id)
        if entity is None or doc.get("stages", stage_id) is None or lane is None:
            continue
        if (entity.stage, entity.lane) == (stage_id, lane_id):
            continue
        if (lane.kind not in CARD_LANES) if coll == "touchpoints" else (lane.kind == LaneKind.EMOTIONS):
            continue
        edit.counts[coll] += 1
        edit.steps.append(("set", coll, eid, "stage", stage_id))
        edit.steps.append(("set", coll, eid, "lane", lane_id))
        if coll == "touchpoints" and stage_id != entity.stage:
            for point in doc.emotions:
                if point.touchpoint == eid:
                    edit.steps.append(("set", "emotions", point.id, "stage", stage_id))
    for pid, value in (values or {}).items():
        if doc.get("emotions", pid) is not None:
            edit.counts["emotions"] += 1
            edit.steps.append(("set", "emotions", pid, "value", clamp_emotion(value)))
    return edit


def nudge_moves(doc, ids, d_stage: int, d_lane: int) -> dict[str, tuple[str, str]] | None:
    """The cells the cards or notes move to when nudged by (d_stage, d_lane) (arrow keys).

    Lanes that cannot hold an item are skipped over; None when any item would leave the
    map (then nothing moves).
    """
    s_index, l_index = doc.stage_index(), doc.lane_index()
    moves: dict[str, tuple[str, str]] = {}
    for eid in ids:
        entity = doc.get("touchpoints", eid)
        fits = (lambda lane: lane.kind in CARD_LANES) if entity is not None else (
            lambda lane: lane.kind != LaneKind.EMOTIONS)
        entity = entity or doc.get("notes", eid)
        if entity is None:
            continue
        si = s_index[entity.stage] + d_stage
        li = l_index[entity.lane]
        if d_lane:  # skip lanes that cannot hold it
            li += d_lane
            while 0 <= li < len(doc.lanes) and not fits(doc.lanes[li]):
                li += d_lane
        if not (0 <= si < len(doc.stages) and 0 <= li < len(doc.lanes)):
            return None
        moves[eid] = (doc.stages[si].id, doc.lanes[li].id)
    return moves


def paste_edit(doc, fragment: dict, target: tuple[str, str] | None = None) -> Edit:
    """Insert copies of a copied fragment with fresh ids (see jmap.core.clipboard.paste_steps)."""
    steps, new_ids = paste_steps(doc, fragment, target)
    return Edit(steps, {"items": len(new_ids)}, new_ids)


def apply_steps(doc, steps: list[tuple]) -> list[tuple]:
    """Apply steps in order; returns the steps that undo them (to be applied in order too)."""
    undo: list[tuple] = []
    for step in steps:
        kind = step[0]
        if kind == "insert":
            _, coll, index, entity = step
            doc.insert(coll, index, entity)
            undo.append(("remove", coll, entity.id))
        elif kind == "remove":
            _, coll, eid = step
            entity = doc.get(coll, eid)
            index = doc.remove(coll, eid)
            undo.append(("insert", coll, index, entity))
        elif kind == "set":
            _, coll, eid, name, value = step
            undo.append(("set", coll, eid, name, doc.set(coll, eid, name, value)))
        elif kind == "move":
            _, coll, eid, new_index = step
            undo.append(("move", coll, eid, doc.move(coll, eid, new_index)))
        elif kind == "meta":
            _, name, value = step
            undo.append(("meta", name, doc.set_meta(name, value)))
        else:
            raise ValueError(f"unknown step kind {kind!r}")
    undo.reverse()
    return undo
