"""Speed of the editor on a map, for the benchmark: ``measure(doc) -> {name: figure}``.

Figures (milliseconds unless named otherwise):
- ``show``: build the window for the map, show it and paint it once;
- ``show_with_all_flows``: the same until every flow of a big map is on the canvas too;
- ``repaint_fit``: one full repaint of the canvas at fit zoom (median of several);
- ``move_card``: move one card to the next stage with its flows and curve updated (median);
- ``rss_mb``: resident memory of the process afterwards, in MB;
and ``measure_startup(path)``: from process start to the painted window, in a child process.
"""

from __future__ import annotations

import os
import time


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(doc, size: tuple[int, int] = (1600, 1000), repeats: int = 15) -> dict[str, float]:
    """Open ``doc`` in a window (offscreen works) and time the three canvas figures."""
    import statistics  # here, not at the top: the first-paint child below must not pay for it

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from jmap.core.model import CARD_LANES
    from jmap.gui.app.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    window = MainWindow(doc)
    window.resize(*size)
    window.show()
    window.view.fit()
    app.processEvents()
    window.view.viewport().repaint()
    show = (time.perf_counter() - start) * 1000
    while window.scene._pending_flows:  # a big map's flows are built after its first paint
        app.processEvents()
    all_flows = (time.perf_counter() - start) * 1000

    viewport = window.view.viewport()
    paints = []
    for _ in range(repeats):
        t = time.perf_counter()
        viewport.repaint()
        paints.append((time.perf_counter() - t) * 1000)

    editor, scene = window.editor, window.scene
    card = next((tp for tp in doc.touchpoints if scene.items_by_id.get(tp.id) is not None
                 and doc.flows_of(tp.id)), doc.touchpoints[0] if doc.touchpoints else None)
    moves = []
    if card is not None and len(doc.stages) > 1 and any(lane.kind in CARD_LANES for lane in doc.lanes):
        home = (card.stage, card.lane)
        index = doc.stage_index()[card.stage]
        other = doc.stages[index + 1 if index + 1 < len(doc.stages) else index - 1].id
        for i in range(repeats):
            t = time.perf_counter()
            editor.move_touchpoints({card.id: (other, card.lane) if i % 2 == 0 else home})
            scene.sync()
            moves.append((time.perf_counter() - t) * 1000)
    figures = {
        "show": show,
        "show_with_all_flows": all_flows,
        "repaint_fit": statistics.median(paints),
        "move_card": statistics.median(moves) if moves else float("nan"),
        "rss_mb": _rss_mb(),
    }
    window.editor.undo_stack.setClean()
    window.close()
    window.deleteLater()
    app.processEvents()
    return figures


def measure_startup(path, size: tuple[int, int] = (1600, 1000)) -> float:
    """Milliseconds from starting a new Python process to the window painted with the map at ``path``.

    Runs ``python -m jmap.gui.app.perf --first-paint PATH`` (offscreen) in a child process.
    """
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="jmap-perf-") as home:
        # A fresh settings and recovery area: no recovery question can wait for an answer.
        env = dict(os.environ, XDG_DATA_HOME=home, XDG_CONFIG_HOME=home, JMAP_SETTINGS_DIR=home)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        start = time.time()
        out = subprocess.run([sys.executable, "-m", "jmap.gui.app.perf", "--first-paint", str(path),
                              f"{size[0]}x{size[1]}"], capture_output=True, text=True, env=env, check=True).stdout
    return (float(out.strip().splitlines()[-1]) - start) * 1000


def _first_paint(path: str, size: str) -> None:
    """Child of measure_startup: what ``jmap FILE`` does (settings, recovery check, lock, window),
    then print the time of the first paint."""
    from PySide6.QtWidgets import QApplication

    from jmap.gui.app.windows import start

    app = QApplication([])
    manager = start(app, [path])
    window = manager.windows[0]
    window.resize(*(int(v) for v in size.split("x")))
    window.view.fit()
    app.processEvents()
    window.view.viewport().repaint()
    print(time.time(), flush=True)
    manager.terminate()  # releases the lock beside the file


if __name__ == "__main__":  # python -m jmap.gui.app.perf [--first-paint PATH WxH]
    import sys

    if sys.argv[1:2] == ["--first-paint"]:
        _first_paint(sys.argv[2], sys.argv[3])
        sys.exit(0)
    import tempfile
    from pathlib import Path

    from jmap.core.generate import large_map
    from jmap.io import save

    doc = large_map()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.jmap"
        save(doc, path)
        startup = measure_startup(path)
    figures = measure(doc)
    figures["startup"] = startup
    for name, value in figures.items():
        print(f"{name:12} {value:9.1f}")
