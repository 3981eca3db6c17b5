"""``jmap FILE --screenshot OUT.png`` renders the window headless and exits."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from jmap.core.starter import starter_map
from jmap.io import save


def _run(*args, cwd):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "jmap", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=60)


def test_screenshot_of_a_map_is_a_png_of_the_requested_size(tmp_path, qapp):
    path = tmp_path / "laptop.jmap"
    save(starter_map(), path)
    out = tmp_path / "shot.png"
    result = _run(str(path), "--screenshot", str(out), "--size", "1000x700", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    # the stage header band (dark navy) is on the picture, not just an empty window
    navy = sum(1 for x in range(0, 1000, 10) for y in range(0, 700, 10)
               if image.pixelColor(x, y).name() == "#243b53")
    assert navy > 20


def test_a_bad_file_gives_one_line_and_no_traceback(tmp_path):
    bad = tmp_path / "broken.jmap"
    bad.write_text("{ not json", encoding="utf-8")
    result = _run(str(bad), "--screenshot", str(tmp_path / "x.png"), cwd=tmp_path)
    assert result.returncode == 2
    assert "broken.jmap" in result.stderr and "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("jmap:")]) == 1
    assert not (tmp_path / "x.png").exists()


def test_bad_size_is_a_usage_error(tmp_path):
    result = _run("--screenshot", str(tmp_path / "x.png"), "--size", "huge", cwd=tmp_path)
    assert result.returncode == 2 and "--size" in result.stderr


def test_a_screenshot_of_a_big_map_shows_every_card_and_flow(tmp_path, qapp, monkeypatch):
    """A big map's cards, notes and flows are made after its first paint in the editor; the
    picture is taken with all of them (the window is grabbed only once they are on the canvas)."""
    from types import SimpleNamespace

    from jmap.core.generate import large_map
    from jmap.gui.app import start
    from jmap.gui.app.main_window import MainWindow

    doc = large_map(stages=12, touchpoints=1100, flows=1200)
    path = tmp_path / "big.jmap"
    save(doc, path)
    seen = {}
    grab = MainWindow.grab

    def grab_and_count(window, *args):
        scene = window.scene
        seen["flows"] = sum(1 for f in doc.flows if scene.items_by_id.peek(f.id) is not None)
        seen["cards"] = sum(1 for tp in doc.touchpoints if scene.items_by_id.peek(tp.id) is not None)
        return grab(window, *args)

    monkeypatch.setattr(MainWindow, "grab", grab_and_count)
    args = SimpleNamespace(files=[str(path)], width=1000, height=700, screenshot=str(tmp_path / "big.png"))
    assert start._screenshot(qapp, args) == 0
    assert seen == {"flows": 1200, "cards": 1100}
    assert QImage(str(tmp_path / "big.png")).width() == 1000
