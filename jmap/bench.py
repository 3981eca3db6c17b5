"""`jmap bench`: speed and memory on a large generated map (40 stages, 2,000 touchpoints...).

Each row is the median of several runs, printed next to its target. Rows:
load, save, peak memory of a load, coverage check, PDF fit A3, PDF A0 poster on A4,
and the editor (process start to painted window, repaint at fit zoom, moving a card
with its flows and curve, memory) measured in child processes so start-up is real.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

TARGETS_MS = {
    "load": 150, "save": 150, "check": 50, "pdf_fit_a3": 1000, "pdf_poster_a0_on_a4": 3000,
    "editor_start_to_window": 1500, "editor_repaint_fit": 16, "editor_move_card": 4,
}
TARGET_MB = {"load_peak_mb": None, "editor_rss_mb": 300}


def add_parser(sub) -> None:
    p = sub.add_parser("bench", help="measure speed on a large generated map",
                       description="Generate a large map deterministically (40 stages, 12 lanes, 2,000 "
                                   "touchpoints, 3,000 flows, 3 personas) and report medians against targets.")
    p.add_argument("--runs", type=_positive, default=5, help="runs per row (median is reported; default 5)")
    p.add_argument("--only", nargs="+", metavar="ROW", choices=("io", "check", "pdf", "editor"),
                   help="only these rows: io check pdf editor")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=run)


def _positive(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _io_rows(doc, runs: int, folder: Path) -> dict[str, float]:
    from jmap.io import dumps, load, loads, save

    path = folder / "large.jmap"
    save(doc, path)
    raw = path.read_bytes()
    loads(raw)  # warm caches (schema compilation happens once per process)
    rows = {"file_kb": len(raw) / 1024}
    rows["load"] = _median_ms(lambda: load(path), runs)
    rows["save"] = _median_ms(lambda: save(doc, path), runs)
    rows["dumps_only"] = _median_ms(lambda: dumps(doc), runs)
    tracemalloc.start()
    load(path)
    rows["load_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1_048_576
    tracemalloc.stop()
    return rows


def _check_rows(doc, runs: int) -> dict[str, float]:
    from jmap.checks import run_checks

    run_checks(doc)
    return {"check": _median_ms(lambda: run_checks(doc), runs)}


def _pdf_rows(doc, runs: int, folder: Path) -> dict[str, float]:
    from jmap.export.pdf import export_pdf

    out = folder / "bench.pdf"
    rows = {"pdf_fit_a3": _median_ms(lambda: export_pdf(doc, out, page="A3"), max(1, min(runs, 3)))}
    rows["pdf_poster_a0_on_a4"] = _median_ms(lambda: export_pdf(doc, out, page="A4", poster="A0"),
                                             max(1, min(runs, 3)))
    return rows


def _editor_rows(folder: Path) -> dict[str, float]:
    """Measure the editor in a child process (Qt stays out of this one); see jmap.gui.app.perf."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    code = ("import json, statistics, sys; from jmap.core.generate import large_map;"
            "from jmap.gui.app.perf import measure, measure_startup;"
            "f = measure(large_map());"
            "f['start_to_window'] = statistics.median(measure_startup(sys.argv[1]) for _ in range(3));"
            "print(json.dumps(f))")
    done = subprocess.run([sys.executable, "-c", code, str(folder / "large.jmap")], capture_output=True,
                          text=True, env=env, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "editor failed")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return {f"editor_{k}": v for k, v in figures.items()}


def run(args) -> int:
    from jmap.core.generate import large_map

    only = set(args.only or ["io", "check", "pdf", "editor"])
    doc = large_map()
    rows: dict[str, float | str] = {
        "map": f"{len(doc.stages)} stages, {len(doc.lanes)} lanes, {len(doc.touchpoints)} touchpoints, "
               f"{len(doc.flows)} flows, {len(doc.personas)} personas"}
    with tempfile.TemporaryDirectory(prefix="jmap-bench-") as tmp:
        folder = Path(tmp)
        from jmap.io import save

        save(doc, folder / "large.jmap")
        for name, fn in (("io", lambda: _io_rows(doc, args.runs, folder)),
                         ("check", lambda: _check_rows(doc, args.runs)),
                         ("pdf", lambda: _pdf_rows(doc, args.runs, folder)),
                         ("editor", lambda: _editor_rows(folder))):
            if name not in only:
                continue
            try:
                rows.update(fn())
            except Exception as exc:  # a row that cannot run is reported, not hidden
                rows[f"{name}_error"] = f"{type(exc).__name__}: {exc}"
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"jmap bench — {rows.pop('map')} (median of {args.runs} runs)")
    for key, value in rows.items():
        if isinstance(value, str):
            print(f"  {key:<24} {value}")
            continue
        target = TARGETS_MS.get(key)
        unit = "MB" if key.endswith("_mb") else ("KB" if key.endswith("_kb") else "ms")
        verdict = ""
        limit = target if target is not None else TARGET_MB.get(key)
        if limit is not None:
            verdict = f"  target ≤ {limit} {unit}  {'ok' if value <= limit else 'OVER'}"
        print(f"  {key:<24} {value:9.1f} {unit}{verdict}")
    return 0
