"""The canvas shows each emotion point's comment as a short caption, placed as on the printed map."""

from __future__ import annotations

from gui_support import open_window
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from jmap.export.fonts import register_fonts
from jmap.export.mapplan import prepare
from jmap.gui.app.main_window import MainWindow
from jmap.gui.canvas import style
from jmap.io import load
from jmap.io.templates import example_paths


def _open(qtbot, name: str) -> MainWindow:
    path = next(p for p in example_paths() if p.name == name)
    return open_window(qtbot, (1600, 1000), doc=load(path).document)


def _boxes(scene):
    item = scene.emotion_captions
    metrics = QFontMetricsF(style.font(item.size))
    return [(c, QRectF(c.x, c.y - metrics.ascent() * 0.8, metrics.horizontalAdvance(c.text), metrics.ascent()))
            for c in item.captions]  # the letters (capitals and descenders), not the line's spacing


def test_the_canvas_captions_emotion_points_like_the_printed_map(qtbot):
    win = _open(qtbot, "laptop-shop.jmap")
    scene, doc = win.scene, win.document
    register_fonts()
    printed = {c.text.rstrip("…") for c in prepare(doc).captions}
    boxes = _boxes(scene)
    shown = [c.text for c, _ in boxes]
    comments = [p.comment for p in doc.emotions if p.comment]
    assert len(shown) >= len(comments) - 2  # nearly every point has room for its words, as on paper
    assert not any(c in ("delighted", "neutral", "furious") for c in shown)  # the scale is in the lane header
    for text in shown:
        assert any(comment.startswith(text.rstrip("…")) for comment in comments)
    assert len(printed & {t.rstrip("…") for t in shown}) >= len(shown) // 2
    lane = scene.emotion_lane_index()
    top, bottom = scene.layout.lane_y[lane], scene.layout.lane_y[lane] + scene.layout.lane_h[lane]
    points = [scene.items_by_id[p.id].sceneBoundingRect().adjusted(3.5, 3.5, -3.5, -3.5) for p in doc.emotions]
    for i, (_c, box) in enumerate(boxes):
        assert top <= box.top() and box.bottom() <= bottom
        assert not any(box.intersects(other) for _o, other in boxes[i + 1:])
        assert not any(box.intersects(p) for p in points)


def test_a_comment_typed_in_the_inspector_appears_beside_its_point(qtbot):
    win = _open(qtbot, "laptop-shop.jmap")
    scene, doc = win.scene, win.document
    point = next(p for p in doc.emotions if p.comment)
    before = point.comment
    item = scene.items_by_id[point.id]
    win.view.set_zoom(1.0)
    win.view.centerOn(item.pos())
    qtbot.mouseClick(win.view.viewport(), Qt.LeftButton, pos=win.view.mapFromScene(item.pos()))
    assert win.inspector.target == ("emotions", point.id)
    edit = win.inspector.widgets["comment"]
    edit.selectAll()
    qtbot.keyClicks(edit, "Waits for the courier")
    qtbot.keyClick(edit, Qt.Key_Return)
    assert doc.get("emotions", point.id).comment == "Waits for the courier"
    assert "Waits for the courier" in [c.text for c in scene.emotion_captions.captions]
    assert before not in [c.text for c in scene.emotion_captions.captions]
    win.editor.undo_stack.undo()
    assert doc.get("emotions", point.id).comment == before
    assert before in [c.text for c in scene.emotion_captions.captions]
    assert "Waits for the courier" not in [c.text for c in scene.emotion_captions.captions]
