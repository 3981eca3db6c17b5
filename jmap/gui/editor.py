"""The Editor: owns the document and its QUndoStack; every edit is one pushed command."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from jmap.core.edits import clamp_emotion, delete_edit, move_edit, nudge_moves
from jmap.core.model import (
    ONLINE_CHANNELS,
    EmotionPoint,
    Flow,
    Lane,
    LaneKind,
    Metric,
    Note,
    Persona,
    Stage,
    Touchpoint,
)
from jmap.core.labels import label
from jmap.core.theme import PERSONA_PALETTE
from jmap.gui import tr
from jmap.gui.commands import MERGE_EMOTION, MERGE_FIELD, MERGE_NUDGE, DocumentCommand
from jmap.gui.words import describe


class Editor(QObject):
    """The one object allowed to change the document; scene, menus and panels ask it."""

    #: emitted after every push, undo or redo (the scene relayouts, panels refresh)
    edited = Signal()
    #: ids the user should see selected after an edit (new cards, pasted items)
    select_requested = Signal(list)
    #: the document object was replaced (set_document)
    document_replaced = Signal(object)

    def __init__(self, document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.pictures_not_pasted = 0  # of the last paste: damaged or beyond the map's limits
        self.undo_stack.indexChanged.connect(self._index_changed)

    def _index_changed(self, _index: int) -> None:
        self.edited.emit()

    def set_document(self, document) -> None:
        """Swap in another document: the undo history is cleared and the state is clean."""
        self.undo_stack.clear()
        self.document = document
        self.undo_stack.setClean()
        self.document_replaced.emit(document)
        self.edited.emit()

    # ------------------------------------------------------------------ core
    def push(self, text: str, steps: list[tuple], merge_id: int = -1, merge_key=None) -> bool:
        """Push one command made of primitive steps; nothing is pushed without a change."""
        doc = self.document
        steps = [s for s in steps if not (s[0] == "set" and _same(getattr(doc.get(s[1], s[2]), s[3]), s[4]))]
        if not steps:
            return False
        self.undo_stack.push(DocumentCommand(doc, text, steps, merge_id, merge_key))
        return True

    def set_fields(self, collection: str, entity_id: str, changes: dict, text: str | None = None,
                   merge: bool = False) -> bool:
        """Change fields of one entity; with ``merge`` repeated edits become one step.

        An edit that would leave the entity outside the file format (importance 99, colour
        "red") is refused: nothing is pushed and False is returned (see check_entity).
        """
        from jmap.io import JmapError
        from jmap.io.structure import check_entity, entity_record

        entity = self.document.get(collection, entity_id)
        if entity is None:
            return False
        try:
            checked = check_entity(collection, {**entity_record(entity), **changes})
        except JmapError:
            return False
        steps = [("set", collection, entity_id, name, checked.get(name, value)) for name, value in changes.items()]
        text = text or describe("Edit", collection, 1)
        key = (collection, entity_id, tuple(sorted(changes))) if merge else None
        return self.push(text, steps, MERGE_FIELD if merge else -1, key)

    def set_meta(self, name: str, value) -> bool:
        """Change a field of the map's metadata (title, description, authors...)."""
        if getattr(self.document.meta, name) == value:
            return False
        return self.push(tr("Edit map details"), [("meta", name, value)])

    def insert(self, collection: str, entity, index: int = -1, text: str | None = None) -> str:
        self.push(text or describe("Add", collection, 1), [("insert", collection, index, entity)])
        return entity.id

    def delete(self, ids, text: str | None = None) -> bool:
        """Remove entities with everything that depends on them, as one undo step."""
        edit = delete_edit(self.document, ids)
        if not edit:
            return False
        if text is None:
            counts = edit.counts
            text = describe("Delete", *next(iter(counts.items()))) if len(counts) == 1 else \
                describe("Delete", "items", sum(counts.values()))
        return self.push(text, edit.steps)

    # ---------------------------------------------------------------- stages
    def add_stage(self, index: int = -1, name: str = "") -> str:
        doc = self.document
        stage = Stage(doc.new_id("stages"), name=name or label("new_stage", doc.meta.language))
        return self.insert("stages", stage, index)

    def rename_stage(self, stage_id: str, name: str) -> bool:
        return self.set_fields("stages", stage_id, {"name": name}, tr("Rename stage"))

    def recolour_stage(self, stage_id: str, colour: str) -> bool:
        return self.set_fields("stages", stage_id, {"colour": colour}, tr("Recolour stage"))

    def move_stage(self, stage_id: str, new_index: int) -> bool:
        return self._reorder("stages", stage_id, new_index)

    def remove_stage(self, stage_id: str) -> bool:
        return self.delete([stage_id], tr("Delete stage"))

    # --------------------------------------------------------------- metrics
    def add_metric(self, stage_id: str, name: str = "", **fields) -> str | None:
        """A new measure of a stage (conversion rate, waiting time...) at the end of the list."""
        if self.document.get("stages", stage_id) is None:
            return None
        metric = Metric(self.document.new_id("metrics"), stage=stage_id, name=name or tr("New metric"), **fields)
        return self.insert("metrics", metric)

    def edit_metric(self, metric_id: str, **changes) -> bool:
        """Change a metric's name, value, unit or target (value and target: a number or None)."""
        return self.set_fields("metrics", metric_id, changes, tr("Edit metric"))

    def remove_metric(self, metric_id: str) -> bool:
        return self.delete([metric_id])

    # ----------------------------------------------------------------- lanes
    def add_lane(self, kind: str = LaneKind.TOUCHPOINTS.value, index: int = -1, title: str = "") -> str:
        lane = Lane(self.document.new_id("lanes"), kind=kind, title=title or tr("New lane"))
        return self.insert("lanes", lane, index)

    def rename_lane(self, lane_id: str, title: str) -> bool:
        return self.set_fields("lanes", lane_id, {"title": title}, tr("Rename lane"))

    def recolour_lane(self, lane_id: str, colour: str) -> bool:
        return self.set_fields("lanes", lane_id, {"colour": colour}, tr("Recolour lane"))

    def move_lane(self, lane_id: str, new_index: int) -> bool:
        return self._reorder("lanes", lane_id, new_index)

    def remove_lane(self, lane_id: str) -> bool:
        return self.delete([lane_id], tr("Delete lane"))

    def _reorder(self, collection: str, entity_id: str, new_index: int) -> bool:
        items = self.document.items(collection)
        new_index = max(0, min(new_index, len(items) - 1))
        if self.document.get(collection, entity_id) is None or self.document.index_of(collection, entity_id) == new_index:
            return False
        return self.push(describe("Reorder", collection, 1), [("move", collection, entity_id, new_index)])

    # ----------------------------------------------------------------- notes
    def add_note(self, lane_id: str, stage_id: str, text: str, colour: str = "") -> str:
        note = Note(self.document.new_id("notes"), lane=lane_id, stage=stage_id, text=text, colour=colour)
        return self.insert("notes", note)

    def edit_note(self, note_id: str, text: str) -> bool:
        return self.set_fields("notes", note_id, {"text": text}, tr("Edit note"))

    def remove_note(self, note_id: str) -> bool:
        return self.delete([note_id])

    # ----------------------------------------------------------- touchpoints
    def add_touchpoint(self, stage_id: str, lane_id: str, title: str = "", index: int = -1, **fields) -> str:
        """A new card; ``index`` places it in the touchpoints list (and so in its cell), -1 last."""
        doc = self.document
        tp = Touchpoint(doc.new_id("touchpoints"), stage=stage_id, lane=lane_id, title=title, **fields)
        if "online" not in fields:
            tp.online = tp.channel in ONLINE_CHANNELS
        if not doc.touchpoints and "entry" not in fields:
            tp.entry = True  # the first card of a map is where the journey starts
        return self.insert("touchpoints", tp, index)

    def edit_touchpoint(self, tp_id: str, merge: bool = False, **changes) -> bool:
        text = tr("Rename touchpoint") if set(changes) == {"title"} else tr("Edit touchpoint")
        return self.set_fields("touchpoints", tp_id, changes, text, merge)

    def move_touchpoints(self, moves: dict[str, tuple[str, str]], nudge: bool = False) -> bool:
        """Put cards (and notes) into other cells: {id: (stage id, lane id)}; one undo step."""
        return self.move_items(moves, {}, nudge)

    def move_items(self, moves: dict[str, tuple[str, str]], values: dict[str, int], nudge: bool = False) -> bool:
        """One gesture, one undo step: cards and notes into other cells ({id: (stage id, lane id)})
        and emotion points to new values ({point id: value}); see jmap.core.edits.move_edit."""
        edit = move_edit(self.document, moves, values)
        counts = edit.counts
        n, feelings = counts["touchpoints"] + counts["notes"], counts["emotions"]
        if not n and not feelings:
            return False
        if not n:
            text = tr("Change feeling")
        elif (counts["notes"] and counts["touchpoints"]) or feelings:
            text = describe("Move", "items", n + feelings)
        else:
            text = describe("Move", "notes" if counts["notes"] else "touchpoints", n)
        key = ("nudge", tuple(sorted(moves))) if nudge else None
        return self.push(text, edit.steps, MERGE_NUDGE if nudge else -1, key)

    def nudge(self, ids, d_stage: int, d_lane: int) -> bool:
        """Move cards or notes to the neighbouring cell (arrow keys); repeated nudges merge."""
        moves = nudge_moves(self.document, ids, d_stage, d_lane)
        return moves is not None and self.move_touchpoints(moves, nudge=True)

    # ----------------------------------------------------------------- flows
    def add_flow(self, source: str, target: str, label: str = "") -> str | None:
        doc = self.document
        if doc.get("touchpoints", source) is None or doc.get("touchpoints", target) is None:
            return None
        if any(f.source == source and f.target == target for f in doc.flows_of(source)):
            return None  # already connected
        return self.insert("flows", Flow(doc.new_id("flows"), source=source, target=target, label=label))

    def edit_flow(self, flow_id: str, **changes) -> bool:
        return self.set_fields("flows", flow_id, changes, tr("Edit flow"))

    def remove_flow(self, flow_id: str) -> bool:
        return self.delete([flow_id])

    # -------------------------------------------------------------- emotions
    def add_emotion(self, persona_id: str, stage_id: str, value: int, touchpoint: str = "", comment: str = "") -> str:
        value = clamp_emotion(value)
        point = EmotionPoint(self.document.new_id("emotions"), persona=persona_id, stage=stage_id, value=value,
                             touchpoint=touchpoint, comment=comment)
        return self.insert("emotions", point)

    def set_emotion_value(self, point_id: str, value: int, merge: bool = True) -> bool:
        return self.set_emotion_values({point_id: value}, merge)

    def set_emotion_values(self, values: dict[str, int], merge: bool = True) -> bool:
        """Emotion points to new values, clamped to the scale, as one step; with ``merge``
        repeated changes of the same points (a drag, arrow keys) become one step."""
        steps = [("set", "emotions", pid, "value", clamp_emotion(value))
                 for pid, value in values.items()]
        key = ("emotion", tuple(sorted(values))) if merge else None
        return self.push(tr("Change feeling"), steps, MERGE_EMOTION if merge else -1, key)

    def remove_emotion(self, point_id: str) -> bool:
        return self.delete([point_id])

    # -------------------------------------------------------------- personas
    def add_persona(self, name: str = "") -> str:
        doc = self.document
        used = {p.colour.upper() for p in doc.personas}
        colour = next((c for c in PERSONA_PALETTE if c.upper() not in used), PERSONA_PALETTE[len(doc.personas) % 7])
        persona = Persona(doc.new_id("personas"), name=name or label("new_persona", doc.meta.language), colour=colour)
        return self.insert("personas", persona)

    def edit_persona(self, persona_id: str, **changes) -> bool:
        return self.set_fields("personas", persona_id, changes, tr("Edit persona"))

    def remove_persona(self, persona_id: str) -> bool:
        return self.delete([persona_id])

    # ------------------------------------------------------------- clipboard
    def paste(self, fragment: dict, target: tuple[str, str] | None = None) -> list[str]:
        """Insert copies of a copied fragment with fresh ids (see jmap.core.clipboard).

        Raises JmapError naming the first pasted entity a file may not hold (importance 99,
        colour "red"); nothing is changed then. Pictures the fragment carries and this map
        lacks are inserted in the same undo step when they pass a file's checks and fit its
        limits; ``pictures_not_pasted`` says how many did not (their cards come without them).
        """
        from jmap.core.clipboard import missing_pictures, paste_steps
        from jmap.io.structure import check_entity

        accepted = self._acceptable_pictures(missing_pictures(self.document, fragment))
        steps, new_ids = paste_steps(self.document, fragment, target, accepted)
        wanted = {e.get("picture") for k in ("touchpoints", "notes") for e in fragment.get(k, [])
                  if isinstance(e.get("picture"), str) and e.get("picture")}
        kept = {s[3].picture for s in steps if s[1] in ("touchpoints", "notes")}
        self.pictures_not_pasted = len(wanted - kept) if steps else 0
        if not steps:
            return []
        counts: dict[str, int] = {}
        for _op, collection, _index, entity in steps:
            counts[collection] = counts.get(collection, -1) + 1
            check_entity(collection, entity, tr("the clipboard"), f"$.{collection}[{counts[collection]}]")
        self.push(describe("Paste", "items", len(new_ids)), steps)
        self.select_requested.emit(new_ids)
        return new_ids

    def _acceptable_pictures(self, candidates) -> list:
        """The pasted pictures that pass a file's checks (schema, bytes, sha256) and fit the map's limits together."""
        from jmap.core.model import picture_id
        from jmap.io import JmapError
        from jmap.io.pictures import picture_problem, room_problem
        from jmap.io.structure import check_entity

        doc, accepted = self.document, []
        for picture in candidates:
            try:
                check_entity("pictures", picture, tr("the clipboard"), "$.pictures")
            except JmapError:
                continue
            if picture.id != picture_id(picture.sha256) or picture_problem(picture):
                continue
            if room_problem(doc, picture, also=accepted) is None:  # with those pasted along
                accepted.append(picture)
        return accepted

    def duplicate(self, ids) -> list[str]:
        from jmap.core.clipboard import copy_fragment

        fragment = copy_fragment(self.document, ids)
        return self.paste(fragment) if fragment["touchpoints"] or fragment["notes"] else []

    # ------------------------------------------------------------- dot votes
    def add_vote(self, item: str, voter: str) -> bool:
        """One more of ``voter``'s dots on a card or note, as one undo step."""
        from jmap.core.votes import add_dot_steps

        return self.push(tr("Place a dot"), add_dot_steps(self.document, item, voter))

    def remove_vote(self, item: str, voter: str) -> bool:
        """Take back one of ``voter``'s dots from a card or note."""
        from jmap.core.votes import remove_dot_steps

        return self.push(tr("Take back a dot"), remove_dot_steps(self.document, item, voter))

    def clear_votes(self) -> bool:
        """Remove every dot of the map, as one undo step."""
        from jmap.core.votes import clear_steps

        return self.push(tr("Clear votes"), clear_steps(self.document))


def _same(a, b) -> bool:
    return a == b and type(a) is type(b)

