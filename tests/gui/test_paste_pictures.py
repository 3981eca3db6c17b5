"""Cards and notes copied in one window and pasted into another map bring their pictures along."""

from __future__ import annotations

import io

import pytest
from gui_support import open_window
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt

from jmap.core.starter import starter_map
from jmap.io import dumps, load, save
from jmap.io.pictures import make_picture


def _png(colour: str = "#009E73") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 80), colour).save(out, "PNG")
    return out.getvalue()


def _active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # Ctrl+C / Ctrl+V are window shortcuts
    return window


def _point(window, x: float, y: float) -> QPoint:
    point = window.view.mapFromScene(QPointF(x, y))
    assert window.view.viewport().rect().contains(point)
    return point


def _copy(qtbot, window, *ids: str) -> None:
    """Click the first item, Ctrl+click the others, Ctrl+C: as a user copies."""
    _active(qtbot, window)
    for i, eid in enumerate(ids):
        rect = window.scene.items_by_id[eid].sceneBoundingRect()
        qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.ControlModifier if i else Qt.NoModifier,
                         pos=_point(window, rect.center().x(), rect.center().y()))
    assert sorted(window.scene.selected_ids()) == sorted(ids)
    qtbot.keyClick(window.view.viewport(), Qt.Key_C, Qt.ControlModifier)


def _paste(qtbot, window, stage_id: str = "stage-4", lane_id: str = "lane-1") -> None:
    _active(qtbot, window)
    doc = window.document
    cell = window.scene.layout.cell(doc.lane_index()[lane_id], doc.stage_index()[stage_id])
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=_point(window, cell.cx, cell.bottom - 12))
    assert window.scene.current_cell == (stage_id, lane_id)
    qtbot.keyClick(window.view.viewport(), Qt.Key_V, Qt.ControlModifier)


def _source_map():
    """The starter map with one picture on card tp-5 and on note-1, another on card tp-3."""
    doc = starter_map()
    first, second = make_picture(_png()), make_picture(_png("#D55E00"))
    doc.append("pictures", first)
    doc.append("pictures", second)
    doc.set("touchpoints", "tp-5", "picture", first.id)
    doc.set("notes", "note-1", "picture", first.id)
    doc.set("touchpoints", "tp-3", "picture", second.id)
    return doc, first, second


def test_cards_pasted_into_another_window_bring_their_pictures_in_one_undo_step(qtbot, tmp_path):
    source, first, second = _source_map()
    window_a = open_window(qtbot, doc=source, actual_size=True)
    window_b = open_window(qtbot, actual_size=True)
    target = window_b.document
    before = dumps(target)
    assert not target.items("pictures")

    _copy(qtbot, window_a, "tp-5", "note-1", "tp-3")
    _paste(qtbot, window_b)

    pasted = [e for e in (*target.touchpoints, *target.notes) if e.picture]
    assert sorted(e.picture for e in pasted) == sorted([first.id, first.id, second.id])
    held = {p.id: p for p in target.items("pictures")}
    assert set(held) == {first.id, second.id}  # the picture two items show is stored once
    assert held[first.id].data == first.data and held[second.id].sha256 == second.sha256
    assert all(window_b.scene.items_by_id[e.id].image is not None for e in pasted)  # drawn, not placeholders
    assert window_b.statusBar().currentMessage() == ""
    assert window_b.editor.undo_stack.count() == 1

    save(target, tmp_path / "b.jmap")  # the pasted pictures are written and read back
    back = load(tmp_path / "b.jmap")
    assert not back.warnings
    assert {p.id for p in back.document.items("pictures")} == {first.id, second.id}

    qtbot.keyClick(window_b.view.viewport(), Qt.Key_Z, Qt.ControlModifier)  # one step takes all back
    assert dumps(target) == before


@pytest.mark.parametrize("how", ["damaged", "beyond-limit"])
def test_a_picture_that_may_not_be_pasted_is_left_off_and_the_status_bar_says_so(qtbot, monkeypatch, how):
    source, first, _second = _source_map()
    if how == "damaged":
        source.get("pictures", first.id).data = first.data[:-12]
    else:
        import jmap.io.pictures as pictures

        monkeypatch.setattr(pictures, "MAX_TOTAL_PICTURE_BYTES", len(first.data) // 2)
    window_a = open_window(qtbot, doc=source, actual_size=True)
    window_b = open_window(qtbot, actual_size=True)
    target = window_b.document
    count = len(target.touchpoints)

    _copy(qtbot, window_a, "tp-5")
    _paste(qtbot, window_b)

    assert len(target.touchpoints) == count + 1
    assert target.touchpoints[-1].picture == "" and not target.items("pictures")
    assert window_b.statusBar().currentMessage().startswith("1 pictures not pasted")
