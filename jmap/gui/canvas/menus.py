"""Context menus of the canvas: what can be done to the thing under the mouse."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from jmap.core.model import CARD_LANES, LaneKind
from jmap.gui import tr
from jmap.gui.canvas import quickadd
from jmap.gui.canvas.emotions import EmotionPointItem
from jmap.gui.canvas.flows import FlowItem
from jmap.gui.canvas.headers import HeaderItem
from jmap.gui.canvas.items import CardItem, HandleItem, NoteItem
from jmap.gui.canvas.pictures import picture_menu
from jmap.gui.canvas.style import choose_colour
from jmap.gui.words import lane_kind_label


def build_menu(scene, view, item, scene_pos) -> QMenu:
    """The menu for an item (or for the empty cell under the mouse)."""
    editor, doc = scene.editor, scene.doc
    menu = QMenu(view)
    if isinstance(item, HandleItem):
        item = item.card
    if isinstance(item, HeaderItem) and item.collection == "stages":
        stage = doc.get("stages", item.eid)
        index = doc.index_of("stages", item.eid)
        menu.addAction(tr("Rename"), lambda: view.edit_item(item))
        menu.addAction(tr("Colour…"), lambda: (c := choose_colour(view, stage.colour)) and editor.recolour_stage(stage.id, c))
        menu.addAction(tr("Clear colour"), lambda: editor.recolour_stage(stage.id, ""))
        menu.addSeparator()
        menu.addAction(tr("Insert stage before"), lambda: quickadd.add_stage(view, index))
        menu.addAction(tr("Insert stage after"), lambda: quickadd.add_stage(view, index + 1))
        menu.addAction(tr("Move left"), lambda: editor.move_stage(stage.id, index - 1)).setEnabled(index > 0)
        menu.addAction(tr("Move right"), lambda: editor.move_stage(stage.id, index + 1)).setEnabled(
            index < len(doc.stages) - 1)
        menu.addSeparator()
        menu.addAction(tr("Delete stage and its content"), lambda: editor.remove_stage(stage.id))
    elif isinstance(item, HeaderItem):
        lane = doc.get("lanes", item.eid)
        index = doc.index_of("lanes", item.eid)
        menu.addAction(tr("Rename"), lambda: view.edit_item(item))
        menu.addAction(tr("Colour…"), lambda: (c := choose_colour(view, lane.colour)) and editor.recolour_lane(lane.id, c))
        menu.addAction(tr("Clear colour"), lambda: editor.recolour_lane(lane.id, ""))
        required = menu.addAction(tr("Must be filled in every stage"))
        required.setCheckable(True)
        required.setChecked(lane.required)
        required.triggered.connect(lambda on: editor.set_fields("lanes", lane.id, {"required": bool(on)}))
        menu.addSeparator()
        add = menu.addMenu(tr("Insert lane below"))

        for kind in LaneKind:
            add.addAction(lane_kind_label(kind.value), lambda k=kind.value: quickadd.add_lane(view, k, index + 1))
        menu.addAction(tr("Move up"), lambda: editor.move_lane(lane.id, index - 1)).setEnabled(index > 0)
        menu.addAction(tr("Move down"), lambda: editor.move_lane(lane.id, index + 1)).setEnabled(
            index < len(doc.lanes) - 1)
        menu.addSeparator()
        menu.addAction(tr("Delete lane and its content"), lambda: editor.remove_lane(lane.id))
    elif isinstance(item, CardItem):
        tp = doc.get("touchpoints", item.eid)
        menu.addAction(tr("Edit title"), lambda: view.edit_item(item))
        entry = menu.addAction(tr("Journey starts here"))
        entry.setCheckable(True)
        entry.setChecked(tp.entry)
        entry.triggered.connect(lambda on: editor.edit_touchpoint(tp.id, entry=bool(on)))
        menu.addAction(tr("Duplicate"), lambda: editor.duplicate([tp.id]))
        menu.addSeparator()
        menu.addAction(tr("Delete touchpoint"), lambda: editor.delete(scene.selected_ids() or [tp.id]))
    elif isinstance(item, (NoteItem, FlowItem, EmotionPointItem)):
        labels = {NoteItem: tr("Edit note"), FlowItem: tr("Edit label"), EmotionPointItem: tr("Edit comment")}
        menu.addAction(labels[type(item)], lambda: view.edit_item(item))
        menu.addSeparator()
        menu.addAction(tr("Delete"), lambda: editor.delete(scene.selected_ids() or [item.eid]))
    else:
        cell = scene.cell_at(scene_pos.x(), scene_pos.y())
        if cell is not None:
            stage_id, lane_id = cell
            kind = doc.get("lanes", lane_id).kind
            if kind in CARD_LANES:
                menu.addAction(tr("Add touchpoint here"), lambda: view.new_card(stage_id, lane_id))
            if kind != LaneKind.EMOTIONS:
                menu.addAction(tr("Add note here"), lambda: view.new_note(stage_id, lane_id))
            else:
                menu.addAction(tr("Set feeling here"), lambda: scene.add_emotion_at(stage_id, scene_pos.y()))
        menu.addAction(tr("Add stage"), lambda: quickadd.add_stage(view))
        menu.addAction(tr("Paste"), lambda: view.window().paste() if hasattr(view.window(), "paste") else None)
    picture_menu(menu, scene, view, item, scene_pos)
    return menu
