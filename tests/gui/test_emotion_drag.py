"""Dragging emotion points: on the scale while the mouse moves, the curve along, home again when dropped nowhere."""

from __future__ import annotations

import pytest
from gui_support import open_window
from PySide6.QtCore import QPointF, Qt


def _at(window, x: float, y: float):
    return window.view.mapFromScene(QPointF(x, y))


def test_a_point_stays_on_whole_values_and_its_curve_follows_while_it_is_dragged(qtbot):
    window = open_window(qtbot, actual_size=True)
    scene = window.scene
    layout, lane = scene.layout, scene.emotion_lane_index()
    point = scene.items_by_id["emo-1"]
    home = QPointF(point.pos())
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.LeftButton, pos=_at(window, home.x(), home.y()))
    for value in (1.6, 2.3, 2.8):
        qtbot.mouseMove(viewport, _at(window, home.x() + 12, layout.emotion_y(lane, value)))
        whole = layout.emotion_y(lane, round(value))
        assert (point.pos().x(), point.pos().y()) == (home.x(), pytest.approx(whole))  # mid-drag
        assert (home.x(), pytest.approx(whole)) in _elements(point.curve)  # the curve runs through it
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=_at(window, home.x() + 12, layout.emotion_y(lane, 2.8)))
    assert window.document.get("emotions", "emo-1").value == 3


def _elements(curve) -> list:
    path = curve.path
    return [(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]


def test_a_point_not_dropped_on_another_value_goes_home_with_its_curve(qtbot):
    window = open_window(qtbot, actual_size=True)
    scene = window.scene
    layout, lane = scene.layout, scene.emotion_lane_index()
    point = scene.items_by_id["emo-1"]
    home = QPointF(point.pos())
    before = _elements(point.curve)
    point.setPos(home.x(), layout.emotion_y(lane, 3))  # (where a drag had taken it, its curve along)
    point.curve.rebuild()
    assert _elements(point.curve) != before
    scene.snap_back([point])  # (what a drop that changes nothing does)
    assert point.pos() == home and _elements(point.curve) == before
