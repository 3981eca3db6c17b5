"""The scene keeps up with the document: after any edit every item sits where the layout says."""

from __future__ import annotations

import random

import pytest
from gui_support import open_window
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QColorDialog
from test_editor import (
    _random_edit,  # tests/gui is on sys.path (rootdir-relative imports)
)

from jmap.core.layout import compute_layout
from jmap.gui.canvas.flows import FlowItem
from jmap.gui.canvas.items import CardItem, NoteItem


@pytest.fixture
def window(qtbot):
    return open_window(qtbot, (1600, 1000))


def _check(win) -> None:
    scene, doc = win.scene, win.document
    expected = compute_layout(doc)
    layout = scene.layout
    assert layout.lane_y == expected.lane_y and layout.lane_h == expected.lane_h
    assert layout.cards == expected.cards
    assert layout.notes == expected.notes
    assert layout.overflowing == expected.overflowing
    assert layout.emotion_points == expected.emotion_points
    ids = {e.id for coll in ("stages", "lanes", "notes", "touchpoints", "flows", "emotions", "lines")
           for e in doc.items(coll)}
    assert set(scene.items_by_id) == ids
    assert set(scene.curves) == {p.id for p in doc.personas}
    for tp_id, rect in expected.cards.items():
        item = scene.items_by_id[tp_id]
        assert (item.pos().x(), item.pos().y()) == (rect.x, rect.y)
    for note_id, rect in expected.notes.items():
        assert scene.items_by_id[note_id].pos() == QPointF(rect.x, rect.y)
    for flow in doc.flows:
        item = scene.items_by_id[flow.id]
        assert (item.source.eid, item.target.eid) == (flow.source, flow.target)
        assert item.path.pointAtPercent(0) == item.bezier[0]
        src = item.source.sceneBoundingRect().adjusted(-2, -2, 2, 2)
        assert src.contains(item.bezier[0])
    for point in doc.emotions:
        item = scene.items_by_id[point.id]
        if point.id in expected.emotion_points:
            assert (item.pos().x(), item.pos().y()) == expected.emotion_points[point.id]


def test_scene_matches_the_full_layout_after_random_edits_undo_and_redo(window):
    rng = random.Random(7)
    stack = window.editor.undo_stack
    for i in range(150):
        _random_edit(window.editor, rng)
        _check(window)
    for _ in range(40):
        stack.undo()
        _check(window)
    for _ in range(20):
        stack.redo()
    _check(window)


def test_far_zoom_uses_the_overview_and_selection_still_paints(qtbot, window):
    scene = window.scene
    window.view.set_zoom(0.1)
    assert scene.overview_on
    card = scene.items_by_id["tp-1"]
    assert card.flags() & CardItem.ItemHasNoContents
    scene.select_ids(["tp-1"])
    assert not card.flags() & CardItem.ItemHasNoContents
    new = window.editor.add_touchpoint("stage-2", "lane-1", "Added far away")
    assert scene.items_by_id[new].flags() & CardItem.ItemHasNoContents
    window.view.set_zoom(1.0)
    assert not scene.overview_on
    assert not any(i.flags() & CardItem.ItemHasNoContents for i in scene.items_by_id.values()
                   if isinstance(i, (CardItem, NoteItem, FlowItem)))


def _context_menu(window, qtbot, eid: str, choose: str, monkeypatch) -> None:
    def fake_exec(menu, _pos):
        actions = list(menu.actions())
        for action in menu.actions():
            if action.menu() is not None:
                actions += action.menu().actions()
        next(a for a in actions if a.text() == choose).trigger()

    monkeypatch.setattr(window.scene, "run_menu", fake_exec)
    rect = window.scene.items_by_id[eid].sceneBoundingRect()
    pos = window.view.mapFromScene(rect.center())
    event = QContextMenuEvent(QContextMenuEvent.Mouse, pos, window.view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(window.view.viewport(), event)


def test_stage_menu_inserts_a_stage_after_and_recolours(qtbot, window, monkeypatch):
    window.view.set_zoom(1.0)
    window.view.centerOn(400, 200)
    _context_menu(window, qtbot, "stage-2", "Insert stage after", monkeypatch)
    assert [s.name for s in window.document.stages][2] == "New stage"
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#009E73")))
    _context_menu(window, qtbot, "stage-2", "Colour…", monkeypatch)
    assert window.document.get("stages", "stage-2").colour == "#009E73"


def test_lane_menu_deletes_a_lane_with_its_notes_in_one_step(qtbot, window, monkeypatch):
    window.view.set_zoom(1.0)
    window.view.centerOn(300, 300)
    _context_menu(window, qtbot, "lane-5", "Delete lane and its content", monkeypatch)
    assert window.document.get("lanes", "lane-5") is None
    assert window.document.get("notes", "note-3") is None
    assert window.editor.undo_stack.count() == 1
