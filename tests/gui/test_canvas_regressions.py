"""Canvas regressions: notes keep their text at far zoom, a reload drops the flows not yet built."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter

from jmap.core.layout import Rect
from jmap.gui.canvas.items import NoteItem


def _dark_pixels(lod: float) -> int:
    note = NoteItem("n1")
    note.set_geometry(Rect(0, 0, 120, 22), False)
    note.set_content("Opens a blog post about laptops", QColor("#FFF8D6"))
    image = QImage(int(130 * lod) + 4, int(30 * lod) + 4, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(lod, lod)
    painter.translate(2, 2)
    note.paint(painter, None)
    painter.end()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)).lightness() < 128)


def test_a_one_line_note_shows_its_text_at_fit_zoom(qtbot):
    assert _dark_pixels(0.6) > 10  # the font is enlarged at this zoom: it used to draw no line at all
    assert _dark_pixels(1.0) > 10


def test_reloading_a_big_map_before_its_flows_are_built_leaves_no_ghost_arrows(qtbot, monkeypatch):
    from jmap.gui.app.main_window import MainWindow
    from jmap.gui.canvas import scene as scene_module
    from jmap.gui.canvas.flows import FlowItem
    from jmap.io import load
    from jmap.io.templates import example_paths

    monkeypatch.setattr(scene_module, "LAZY_FLOWS", 3)  # the laptop shop's flows come after the first paint
    path = next(p for p in example_paths() if p.name == "laptop-shop.jmap")
    win = MainWindow(load(path).document)
    qtbot.addWidget(win)
    assert win.scene._pending_flows  # not painted yet: its flows wait
    reloaded = load(path).document
    win.editor.set_document(reloaded)
    win.scene.finish_flows()
    flows = [i for i in win.scene.items() if isinstance(i, FlowItem)]
    assert len(flows) == len(reloaded.flows) > 3
    assert {f.eid for f in flows} == {f.id for f in reloaded.flows}
