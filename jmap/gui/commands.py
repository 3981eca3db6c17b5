"""Undo commands: each holds ids and old/new values and changes the document only through
``Document.insert/remove/set/move`` (never graphics items)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from jmap.core.edits import apply_steps

#: Merge ids (QUndoCommand.id) of commands that merge with their predecessor.
MERGE_FIELD = 1  # repeated edits of the same fields of one entity (typing, spin boxes)
MERGE_NUDGE = 2  # arrow-key nudges of the same cards
MERGE_EMOTION = 3  # dragging the same emotion point


class DocumentCommand(QUndoCommand):
    """A list of primitive steps applied in order by redo and exactly reversed by undo.

    Steps: ``("insert", coll, index, entity)``, ``("remove", coll, id)``,
    ``("set", coll, id, field, new)``, ``("move", coll, id, new_index)``, ``("meta", field, new)``.
    """

    def __init__(self, doc, text: str, steps: list[tuple], merge_id: int = -1, merge_key=None) -> None:
        super().__init__(text)
        self.doc = doc
        self.steps = list(steps)
        self._undo: list[tuple] = []
        self._merge_id = merge_id
        self.merge_key = merge_key

    def id(self) -> int:  # noqa: A003 - Qt override
        return self._merge_id

    def redo(self) -> None:
        self._undo = apply_steps(self.doc, self.steps)

    def undo(self) -> None:
        apply_steps(self.doc, self._undo)
        self._undo = []

    def mergeWith(self, other) -> bool:  # noqa: N802 - Qt override
        """Continuous edits of the same thing become one step: keep the first old values."""
        if not isinstance(other, DocumentCommand) or other.merge_key is None or other.merge_key != self.merge_key:
            return False
        if any(step[0] != "set" for step in self.steps + other.steps):
            return False
        # ``other`` has already been applied; its old values are our new ones. Keep our
        # undo list (the original values) and take over its new values for redo.
        firsts = {(s[1], s[2], s[3]): s for s in self._undo}
        for step in other._undo:
            firsts.setdefault((step[1], step[2], step[3]), step)
        self._undo = list(firsts.values())
        latest = {(s[1], s[2], s[3]): s for s in self.steps}
        for step in other.steps:
            latest[(step[1], step[2], step[3])] = step
        self.steps = list(latest.values())
        self.setText(other.text())
        if all(self.doc.get(s[1], s[2]) is not None and getattr(self.doc.get(s[1], s[2]), s[3]) == s[4]
               for s in self._undo):
            self.setObsolete(True)  # dragged back to where it started: nothing to undo
        return True
