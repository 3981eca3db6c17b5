"""`jmap bench`: speed and memory on a large generated map (40 stages, 2,000 touchpoints...).

Each row is the median of several runs, printed next to its target. Rows:
load, save, peak memory of a load, coverage check (with a bare linear pass over the same map
beside its growth at --scale N, for reference), PDF fit A3, PDF A0 poster on A4,
and the editor (process start to painted window, repaint at fit zoom, moving a card
with its flows and curve, memory) measured in child processes so start-up is real.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

TARGETS_MS = {
    "load": 150, "save": 150, "check": 50, "pdf_fit_a3": 1000, "pdf_poster_a0_on_a4": 1500,
    "editor_start_to_window": 1500, "editor_repaint_fit": 8, "editor_move_card": 2,
}
TARGET_MB = {"load_peak_mb": None, "editor_rss_mb": 300}
#: rows measured again at --scale N: the largest growth from 1x to Nx that meets the target
#: (a number is a factor; "linear" is N times, with a quarter more for noise)
GROWTH_TARGETS = {"load": "linear", "save": "linear", "check": "linear", "editor_show": 3.0}
#: Growth rows with a reference measured in the same run and printed beside them (not a target):
#: a bare linear pass over the same maps, which on a machine whose caches hold the 1x map but not
#: the Nx one grows faster than N by itself.
GROWTH_REFERENCES = {"check": "linear_pass"}
#: at --scale N the editor's memory stays under this
SCALED_MB = {"editor_rss_mb": 600}
#: short rows are repeated until they have taken at least this long, or 200 times (a median of 5
#: runs of a 7 ms step swings with every other process on the machine)
_LEAST_MS = 300.0
_SCALED = ("io", "check", "editor")  # (the PDF rows are run at 1x only: at 10x they take minutes)


def add_parser(sub) -> None:
    p = sub.add_parser("bench", help="measure speed on a large generated map",
                       description="Generate a large map deterministically (40 stages, 12 lanes, 2,000 "
                                   "touchpoints, 3,000 flows, 3 personas) and report medians against targets.")
    p.add_argument("--runs", type=_positive, default=5, help="runs per row (median is reported; default 5)")
    p.add_argument("--only", nargs="+", metavar="ROW", choices=("io", "check", "pdf", "editor", "process"),
                   help="only these rows: io check pdf editor process (whole processes beside their floors)")
    p.add_argument("--scale", type=_positive, default=1, metavar="N",
                   help="also measure the io, check and editor rows on a map N times as large, with the growth")
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


def _median_ms(fn, runs: int, least_ms: float = 0.0) -> float:
    """Median of ``runs`` runs of ``fn``, or of as many more as fill ``least_ms`` (at most 200)."""
    times: list[float] = []
    while len(times) < runs or (sum(times) < least_ms and len(times) < 200):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    import statistics

    return statistics.median(times)


def _io_rows(doc, runs: int, folder: Path) -> dict[str, float]:
    import tracemalloc

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
    from jmap.core.gcpause import no_gc_pauses

    run_checks(doc)
    rows = {"check": _median_ms(lambda: run_checks(doc), runs, _LEAST_MS)}
    with no_gc_pauses():  # as the check itself runs
        rows["linear_pass"] = _median_ms(lambda: _linear_pass(doc), runs, _LEAST_MS)
    return rows


def _linear_pass(doc) -> int:
    """The reference for the check's growth: one bare pass over what the check reads (each card's
    stage, lane and title; both ends of each flow looked up by id), with nothing worked out."""
    number = {tp.id: i for i, tp in enumerate(doc.touchpoints)}
    cells = [(tp.stage, tp.lane, tp.title) for tp in doc.touchpoints]
    ends = [(number.get(flow.source), number.get(flow.target)) for flow in doc.flows]
    return len(cells) + len(ends)


def _pdf_rows(doc, runs: int, folder: Path) -> dict[str, float]:
    from jmap.export.pdf import export_pdf

    out = folder / "bench.pdf"
    rows = {"pdf_fit_a3": _median_ms(lambda: export_pdf(doc, out, page="A3"), max(1, min(runs, 3)))}
    rows["pdf_poster_a0_on_a4"] = _median_ms(lambda: export_pdf(doc, out, page="A4", poster="A0"),
                                             max(1, min(runs, 3)))
    return rows


def scaled_map(scale: int):
    """The bench map with ``scale`` times its stages, touchpoints and flows (same lanes, personas)."""
    from jmap.core.generate import large_map

    return large_map(stages=40 * scale, touchpoints=2000 * scale, flows=3000 * scale)


def _editor_rows(folder: Path, scale: int = 1, startup: bool = True) -> dict[str, float]:
    """Measure the editor in a child process (Qt stays out of this one); see jmap.gui.app.perf."""
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    code = ("import json, statistics, sys; from jmap.bench import scaled_map;"
            "from jmap.gui.app.perf import measure, measure_startup;"
            "f = measure(scaled_map(int(sys.argv[2])));"
            + ("f['start_to_window'] = statistics.median(measure_startup(sys.argv[1]) for _ in range(3));"
               if startup else "")
            + "print(json.dumps(f))")
    done = subprocess.run([sys.executable, "-c", code, str(folder / "large.jmap"), str(scale)],
                          capture_output=True, text=True, env=env, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "editor failed")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return {f"editor_{k}": v for k, v in figures.items()}


def _measure(doc, only: set, runs: int, folder: Path, scale: int) -> dict[str, float | str]:
    from jmap.io import save

    save(doc, folder / "large.jmap")
    rows: dict[str, float | str] = {}
    steps = (("io", lambda: _io_rows(doc, runs, folder)),
             ("check", lambda: _check_rows(doc, runs)),
             ("pdf", lambda: _pdf_rows(doc, runs, folder)),
             ("editor", lambda: _editor_rows(folder, scale, startup=scale == 1)),
             ("process", lambda: _process_rows(runs)))
    for name, fn in steps:
        if name not in only or (scale > 1 and name not in _SCALED):
            continue
        try:
            rows.update(fn())
        except Exception as exc:  # a row that cannot run is reported, not hidden
            rows[f"{name}_error"] = f"{type(exc).__name__}: {exc}"
    return rows


def _process_rows(runs: int) -> dict[str, float]:
    from jmap.bench_process import process_rows

    return process_rows(max(1, min(runs, 5)))


def _growth_ok(key: str, growth: float, scale: int, rows: dict) -> str:
    limit = GROWTH_TARGETS.get(key)
    if limit is None:
        return ""
    bound = scale * 1.25 if limit == "linear" else limit
    verdict = f"  target ≤ {bound:.1f}×  {'ok' if growth <= bound else 'OVER'}"
    reference = rows.get(f"{GROWTH_REFERENCES.get(key)}_growth")
    if isinstance(reference, float):
        verdict += f"  (a bare pass over the same maps, {GROWTH_REFERENCES[key]}: {reference:.1f}×)"
    return verdict


def run(args) -> int:
    import tempfile  # (here, not at the top: every command's parser imports this module)

    only = set(args.only or ["io", "check", "pdf", "editor", "process"])
    scale = args.scale
    doc = scaled_map(1)
    rows: dict[str, float | str] = {
        "map": f"{len(doc.stages)} stages, {len(doc.lanes)} lanes, {len(doc.touchpoints)} touchpoints, "
               f"{len(doc.flows)} flows, {len(doc.personas)} personas"}
    with tempfile.TemporaryDirectory(prefix="jmap-bench-") as tmp:
        rows.update(_measure(doc, only, args.runs, Path(tmp), 1))
        big: dict[str, float | str] = {}
        if scale > 1:
            big = _measure(scaled_map(scale), only, max(1, min(args.runs, 3)), Path(tmp), scale)
    for key, value in big.items():
        rows[f"{key}@{scale}x"] = value
        if isinstance(value, float) and isinstance(rows.get(key), float) and rows[key] > 0:
            rows[f"{key}_growth"] = value / rows[key]
    from jmap.bench_process import ratio_verdicts

    verdicts = ratio_verdicts(rows)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"jmap bench — {rows.pop('map')} (median of {args.runs} runs)"
          + (f"; at {scale}x: {scale * 40} stages, {scale * 2000} touchpoints, {scale * 3000} flows" if scale > 1
             else ""))
    for key, value in rows.items():
        if isinstance(value, str):
            print(f"  {key:<28} {value}")
            continue
        if key.endswith("_growth"):
            print(f"  {key:<28} {value:9.2f} ×{_growth_ok(key[:-7], value, scale, rows)}")
            continue
        base = key.split("@")[0]
        unit = "MB" if base.endswith("_mb") else ("KB" if base.endswith("_kb") else "ms")
        limit = SCALED_MB.get(base) if "@" in key else TARGETS_MS.get(base, TARGET_MB.get(base))
        verdict = f"  target ≤ {limit} {unit}  {'ok' if value <= limit else 'OVER'}" if limit is not None else ""
        if key in verdicts:
            verdict = f"  {verdicts[key]}"
        print(f"  {key:<28} {value:9.1f} {unit}{verdict}")
    return 0
