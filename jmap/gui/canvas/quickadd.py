"""Add a stage or lane and type its name in place, as one undo step."""

from __future__ import annotations

from dataclasses import replace

from jmap.gui.words import lane_kind_label


def _name_in_place(view, collection: str, eid: str, index: int, field: str) -> str:
    """Open the name editor on a header just added; the typed name replaces the add (one step)."""
    editor, scene = view.editor, view.scene()
    stack = editor.undo_stack
    added_at = stack.index()
    command = stack.command(added_at - 1)
    scene.sync()
    scene.select_ids([eid])

    def commit(text: str) -> None:
        entity = editor.document.get(collection, eid)
        if not text or entity is None or getattr(entity, field) == text:
            return
        if stack.index() == added_at and stack.command(added_at - 1) is command:
            stack.undo()  # the add without a name: replaced by the add with the name
            editor.insert(collection, replace(entity, **{field: text}), index, command.text())
            scene.select_ids([eid])
        elif collection == "stages":
            editor.rename_stage(eid, text)
        else:
            editor.rename_lane(eid, text)

    item = scene.items_by_id[eid]
    name = getattr(editor.document.get(collection, eid), field)
    view.edit_text(item.title_rect(), name, False, commit, 12.5 if collection == "stages" else 10.0)
    return eid


def add_stage(view, index: int = -1) -> str:
    """A new stage at ``index`` (-1: last) with its name editor open."""
    doc = view.editor.document
    position = index if index >= 0 else len(doc.stages)
    eid = view.editor.add_stage(index)
    return _name_in_place(view, "stages", eid, position, "name")


def add_lane(view, kind: str, index: int = -1) -> str:
    """A new lane of ``kind`` at ``index`` (-1: last) with its title editor open."""
    doc = view.editor.document
    position = index if index >= 0 else len(doc.lanes)
    eid = view.editor.add_lane(kind, index, title=lane_kind_label(kind))
    return _name_in_place(view, "lanes", eid, position, "title")
