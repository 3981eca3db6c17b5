"""Whole-process rows of `jmap bench` beside their floors, all measured in the same run.

A floor is what the same kind of work costs without jmap: Python's own start, a bare Qt window
shown, grabbed and saved, a one-page reportlab PDF with an embedded TrueType font. Each jmap
row is a fresh child process (median of ``runs``) and is reported with its ratio to its floor.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: row -> (floor row, largest ratio to the floor that meets the target)
RATIO_TARGETS = {
    "cli_version": ("floor_python", 2.0),
    "cli_validate": ("floor_python", 2.5),
    "export_example_a3": ("floor_reportlab_pdf", 2.0),
    "editor_start_example": ("floor_qt_window", 2.0),
}

_QT_FLOOR = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("floor")); w.resize(1600, 1000); w.show()
app.processEvents()
w.grab().save(sys.argv[1])
"""

_PDF_FLOOR = """
import sys
from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
pdfmetrics.registerFont(TTFont("Floor", sys.argv[2]))
c = Canvas(sys.argv[1], pagesize=landscape(A3))
c.setFont("Floor", 12)
c.drawString(72, 720, "A one-page reportlab PDF with an embedded TrueType font")
c.showPage(); c.save()
"""


def example_path() -> Path:
    """The smallest bundled example map."""
    from jmap.paths import templates_dir

    folder = templates_dir() / "examples"
    return min(folder.glob("*.jmap"), key=lambda p: p.stat().st_size)


def _font_path() -> Path:
    from jmap.paths import resources_dir

    return resources_dir() / "fonts" / "DejaVuSans.ttf"


def _timed(argv: list[str], env: dict, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=300)
        times.append((time.perf_counter() - start) * 1000)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"{' '.join(argv[1:4])}: {done.stderr.strip()[-300:]}")
    return statistics.median(times)


def _editor_start(path: Path, env: dict) -> float:
    """Milliseconds from a new process to the editor's window painted with ``path`` (as
    jmap.gui.app.perf.measure_startup, run by name: this module stays free of Qt)."""
    with tempfile.TemporaryDirectory(prefix="jmap-bench-home-") as home:
        env = dict(env, XDG_DATA_HOME=home, XDG_CONFIG_HOME=home, JMAP_SETTINGS_DIR=home)
        start = time.time()
        out = subprocess.run([sys.executable, "-m", "jmap.gui.app.perf", "--first-paint", str(path), "1600x1000"],
                             capture_output=True, text=True, env=env, check=True, timeout=300).stdout
    return (float(out.strip().splitlines()[-1]) - start) * 1000


def process_rows(runs: int) -> dict[str, float]:
    """Floors and the whole-process rows, interleaved run by run so that noise hits both alike."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    py = sys.executable
    example = example_path()
    rows: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="jmap-bench-proc-") as tmp:
        out = Path(tmp)
        jobs = {
            "floor_python": [py, "-c", "pass"],
            "cli_version": [py, "-m", "jmap", "--version"],
            "cli_validate": [py, "-m", "jmap", "validate", str(example)],
            "floor_reportlab_pdf": [py, "-c", _PDF_FLOOR, str(out / "floor.pdf"), str(_font_path())],
            "export_example_a3": [py, "-m", "jmap", "export", str(example), "-o", str(out / "ex.pdf"),
                                  "--page", "A3"],
            "floor_qt_window": [py, "-c", _QT_FLOOR, str(out / "floor.png")],
        }
        for _ in range(runs):
            for name, argv in jobs.items():
                rows.setdefault(name, []).append(_timed(argv, env, 1))
            rows.setdefault("editor_start_example", []).append(_editor_start(example, env))
    return {name: statistics.median(values) for name, values in rows.items()}


def ratio_verdicts(rows: dict) -> dict[str, str]:
    """'x.x× floor_name (target ≤ y×) ok|OVER' for each whole-process row present with its floor."""
    out = {}
    for name, (floor, limit) in RATIO_TARGETS.items():
        value, base = rows.get(name), rows.get(floor)
        if isinstance(value, float) and isinstance(base, float) and base > 0:
            ratio = value / base
            out[name] = f"{ratio:.2f}× {floor} (target ≤ {limit}×) {'ok' if ratio <= limit else 'OVER'}"
    return out
