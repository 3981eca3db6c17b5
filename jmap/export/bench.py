"""Time the PDF export on the large generated map: ``python -m jmap.export.bench [--repeat N]``.

Prints the median wall time of fit-to-page A3 and of an A0 poster tiled on A4 sheets
(targets: 1 s and 3 s), with the page count and size of each PDF.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time

from jmap.core.generate import large_map
from jmap.export.pdf import export_pdf

CASES = {
    "pdf fit A3": ({"page": "A3"}, 1.0),
    "pdf poster A0 on A4": ({"page": "A4", "poster": "A0"}, 3.0),
}


def measure(repeat: int = 3) -> list[tuple[str, float, float, int, int]]:
    """(name, median seconds, target seconds, pages, bytes) of each case."""
    doc = large_map()
    rows = []
    for name, (kwargs, target) in CASES.items():
        times, pages, size = [], 0, 0
        for _ in range(repeat):
            buf = io.BytesIO()
            start = time.perf_counter()
            pages = export_pdf(doc, buf, **kwargs)
            times.append(time.perf_counter() - start)
            size = len(buf.getvalue())
        rows.append((name, statistics.median(times), target, pages, size))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    for name, seconds, target, pages, size in measure(max(1, args.repeat)):
        verdict = "ok" if seconds <= target else "SLOW"
        print(f"{name:<22} {seconds * 1000:7.0f} ms  (target {target * 1000:.0f} ms, {verdict})  "
              f"{pages} pages, {size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
