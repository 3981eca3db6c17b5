"""The editor's start path and its cost per change: what runs, how often (no timing is asserted)."""

import os
import subprocess
import sys
from pathlib import Path

from gui_support import open_window
from jmap.core.model import Flow
from jmap.io import load

EXAMPLES = Path(__file__).resolve().parents[2] / "templates" / "examples"


def _example():
    return min(EXAMPLES.glob("*.jmap"), key=lambda p: p.stat().st_size)


def test_nothing_of_the_checks_runs_before_the_first_paint_and_the_check_follows_it(tmp_path):
    code = (
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from jmap.gui.app.windows import start\n"
        "from jmap.io import structure\n"
        "checked = []; whole = structure._fast_validator\n"
        "structure._fast_validator = lambda data: checked.append(1) or whole(data)\n"
        "app = QApplication([])\n"
        "manager = start(app, [sys.argv[1]])\n"
        "window = manager.windows[0]\n"
        "app.processEvents(); window.view.viewport().repaint()\n"
        "assert window.view.painted\n"
        "print('at first paint:', 'networkx' in sys.modules, 'reportlab' in sys.modules,\n"
        "      bool(window.coverage_panel.summary.text()))\n"
        "print('whole-file schema checked:', len(checked))\n"
        "end = time.monotonic() + 20\n"
        "while not window.coverage_panel.summary.text() and time.monotonic() < end:\n"
        "    app.processEvents(); time.sleep(0.02)\n"
        "print('after:', 'networkx' in sys.modules, bool(window.coverage_panel.summary.text()))\n"
        "manager.terminate()\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path), JMAP_SETTINGS_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", code, str(_example())], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "at first paint: False False False" in done.stdout, done.stdout  # no check before the paint
    assert "whole-file schema checked: 0" in done.stdout, done.stdout  # (loading checks each entity)
    assert "after: False True" in done.stdout, done.stdout  # the check ran after it, with no graph library


def test_the_check_runs_once_at_start_and_once_per_change(qtbot, monkeypatch):
    from jmap.gui.panels import coverage

    calls = []
    real = coverage.run_checks
    monkeypatch.setattr(coverage, "run_checks", lambda doc: calls.append(1) or real(doc))
    window = open_window(qtbot, doc=load(_example()).document)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    stage, lane = window.editor.document.stages[0].id, next(
        lane.id for lane in window.editor.document.lanes if lane.kind == "touchpoints")
    window.editor.add_touchpoint(stage, lane, "One more card")
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=5000)
    qtbot.wait(600)  # (the debounce is 250 ms: nothing else may follow)
    assert len(calls) == 2
    assert any(tp.title == "One more card" for tp in window.editor.document.touchpoints)


def test_each_flow_is_routed_once_when_a_map_opens_labelled_or_not(qtbot, monkeypatch):
    from jmap.gui.canvas import flows

    doc = load(_example()).document
    tps = [tp.id for tp in doc.touchpoints]
    doc.append("flows", Flow("speed-labelled", source=tps[0], target=tps[-1], label="then"))
    routed = []
    real = flows.route
    monkeypatch.setattr(flows, "route", lambda *a, **k: routed.append(1) or real(*a, **k))
    window = open_window(qtbot, doc=doc)
    made = [item for item in window.scene.items_by_id.values() if isinstance(item, flows.FlowItem)]
    assert len(made) == len(doc.flows) and len(routed) == len(doc.flows)
    item = window.scene.items_by_id["speed-labelled"]
    assert item.tag is not None and item.tag.scene() is window.scene  # its label came with it
    tag = item.tag
    assert window.editor.remove_flow("speed-labelled")
    window.scene.sync()
    assert item.scene() is None and tag.scene() is None and tag not in window.scene.flow_tags


def test_the_scene_index_stays_shallow_on_a_large_map(qtbot):
    from jmap.core.generate import large_map
    from jmap.gui.canvas.scene import BSP_DEPTH

    window = open_window(qtbot, doc=large_map(stages=8, touchpoints=400, flows=600))
    window.view.viewport().repaint()
    assert window.scene.bspTreeDepth() == BSP_DEPTH <= 10


def test_a_big_map_gets_its_flows_after_the_first_paint_and_an_edit_first_builds_the_rest(qtbot, monkeypatch):
    from jmap.core.generate import large_map
    from jmap.gui.canvas import flows

    monkeypatch.setattr(flows, "FLOW_BATCH", 50)
    doc = large_map(stages=6, touchpoints=300, flows=flows.LAZY_FLOWS + 200)
    window = open_window(qtbot, doc=doc)
    scene = window.scene
    made = lambda: sum(isinstance(i, flows.FlowItem) for i in scene.items_by_id.values())  # noqa: E731
    if not window.view.painted:
        assert made() == 0 and scene.items_by_id[doc.touchpoints[0].id] is not None  # cards first
    qtbot.waitUntil(lambda: window.view.painted, timeout=5000)
    qtbot.waitUntil(lambda: made() == len(doc.flows), timeout=10000)  # then flows, in batches

    from jmap.gui.app.main_window import MainWindow

    other = MainWindow(large_map(stages=6, touchpoints=300, flows=flows.LAZY_FLOWS + 200))  # not shown yet
    qtbot.addWidget(other)
    pending = len(other.scene._pending_flows)
    assert pending > 0 and sum(isinstance(i, flows.FlowItem) for i in other.scene.items_by_id.values()) \
        == len(other.editor.document.flows) - pending
    victim = other.editor.document.flows[-1].id
    assert other.editor.remove_flow(victim)  # an edit first puts every flow on the canvas
    assert not other.scene._pending_flows and victim not in other.scene.items_by_id
    assert all(flow.id in other.scene.items_by_id for flow in other.editor.document.flows)


def test_a_picture_of_a_big_map_has_every_flow_even_before_they_are_all_built(qtbot):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from jmap.core.generate import large_map
    from jmap.gui.canvas import flows

    doc = large_map(stages=6, touchpoints=300, flows=flows.LAZY_FLOWS + 200)
    window = open_window(qtbot, doc=doc)
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    window.scene.render_output(painter, QRectF(0, 0, 400, 300), window.scene.sceneRect())
    painter.end()
    assert sum(isinstance(i, flows.FlowItem) for i in window.scene.items_by_id.values()) == len(doc.flows)


def _cell_map():
    from jmap.core.document import Document
    from jmap.core.model import Lane, LaneKind, Stage, Touchpoint

    doc = Document()
    for sid in ("s1", "s2", "s3"):
        doc.append("stages", Stage(sid, name=sid.upper()))
    doc.append("lanes", Lane("up", kind=LaneKind.TOUCHPOINTS.value, title="Cards"))
    for tid, stage, lane in (("a", "s1", "up"), ("b", "s1", "up"), ("c", "s1", "up"), ("d", "s2", "up"),
                             ("e", "s3", "up"), ("f", "s3", "up"), ("g", "s3", "up")):  # (s3 keeps the lane's height)
        doc.append("touchpoints", Touchpoint(tid, stage, lane, title=f"Card {tid}"))
    for fid, source, target in (("b-c", "b", "c"), ("c-d", "c", "d"), ("e-f", "e", "f")):
        doc.append("flows", Flow(fid, source=source, target=target))
    return doc


def test_moving_a_card_routes_each_flow_of_the_shifted_cards_once_and_no_other(qtbot, monkeypatch):
    from jmap.gui.canvas import flows

    window = open_window(qtbot, doc=_cell_map())
    scene = window.scene
    scene.sync()
    routed: list[str] = []
    real = flows.FlowItem.adjust
    monkeypatch.setattr(flows.FlowItem, "adjust", lambda self: routed.append(self.eid) or real(self))
    old = {tid: scene.items_by_id[tid].pos() for tid in "bc"}
    assert window.editor.move_touchpoints({"a": ("s2", "up")})  # b and c move up into a's place
    scene.sync()
    assert window.editor.document.get("touchpoints", "a").stage == "s2"
    assert all(scene.items_by_id[tid].pos() != old[tid] for tid in "bc")
    assert routed.count("b-c") == 1  # both its ends moved: routed once, from their final places
    assert "e-f" not in routed  # nothing of it moved
    assert max(routed.count(fid) for fid in set(routed)) == 1
    item = scene.items_by_id["b-c"]
    assert scene.items_by_id["b"].sceneBoundingRect().adjusted(-1, -1, 1, 1).contains(item.bezier[0])
    assert scene.items_by_id["c"].sceneBoundingRect().adjusted(-1, -1, 1, 1).contains(item.bezier[3])
