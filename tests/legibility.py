"""How legible an exported map is: text sizes and words crossed by lines, read back from the PDF.

Print the table for some maps (the real CLI writes each PDF, pdfplumber reads page 1)::

    python tests/legibility.py templates/examples/*.jmap templates/*.jmap [--page A3] [--poster A0]

Columns: smallest, 10th-percentile and median character size (points, every character
on the page, header and footer included) and the number of words whose box is crossed by
a drawn line (a stroked line, curve or rectangle edge passing through the inside of the
word's box; a frame drawn around a text does not touch its inside).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

#: How far inside a word's box a stroke must pass to count as crossing it (share of the
#: box height at top and bottom: ascender and descender room is not the word; points at the sides).
INSET_Y = 0.22
INSET_X = 0.6


@dataclass(frozen=True)
class Legibility:
    smallest: float
    p10: float
    median: float
    crossed: int
    words: int
    #: The first few crossed words, for a readable failure message.
    examples: tuple[str, ...] = ()

    def row(self) -> str:
        return f"{self.smallest:5.1f} {self.p10:5.1f} {self.median:5.1f} {self.crossed:5d}"


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of the sorted values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(share * (len(ordered) - 1) + 0.5)))]


def _flatten(path) -> list[list[tuple[float, float]]]:
    """The polylines of a pdfplumber path (Bézier curves flattened into 8 pieces)."""
    out: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    start = None
    for op in path:
        kind = op[0]
        if kind == "m":
            if len(current) > 1:
                out.append(current)
            current = [op[1]]
            start = op[1]
        elif kind == "l" and current:
            current.append(op[1])
        elif kind == "c" and current:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3) = current[-1], op[1], op[2], op[3]
            for i in range(1, 9):
                t = i / 8
                u = 1 - t
                current.append((u ** 3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x3,
                                u ** 3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y3))
        elif kind == "h" and current and start is not None:
            current.append(start)
    if len(current) > 1:
        out.append(current)
    return out


def strokes(page) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """Every stroked straight piece on a page, top-down coordinates."""
    segs = []
    for obj in page.lines:
        if obj.get("stroke", True):
            pts = obj["pts"]
            segs += list(zip(pts, pts[1:]))
    for obj in page.curves:
        if obj.get("stroke"):
            for poly in _flatten(obj.get("path") or [("m", obj["pts"][0])] + [("l", p) for p in obj["pts"][1:]]):
                segs += list(zip(poly, poly[1:]))
    for obj in page.rects:
        if obj.get("stroke"):
            x0, x1, t, b = obj["x0"], obj["x1"], obj["top"], obj["bottom"]
            segs += [((x0, t), (x1, t)), ((x1, t), (x1, b)), ((x1, b), (x0, b)), ((x0, b), (x0, t))]
    return segs


def _clip(p, q, box) -> bool:
    """Whether the segment p-q meets the open box (x0, top, x1, bottom): Liang–Barsky."""
    x0, top, x1, bottom = box
    dx, dy = q[0] - p[0], q[1] - p[1]
    lo, hi = 0.0, 1.0
    for d, low, high, v in ((dx, x0, x1, p[0]), (dy, top, bottom, p[1])):
        if abs(d) < 1e-12:
            if not low < v < high:
                return False
            continue
        a, b = (low - v) / d, (high - v) / d
        if a > b:
            a, b = b, a
        lo, hi = max(lo, a), min(hi, b)
        if lo >= hi:
            return False
    return True


def crossed_words(page) -> list[str]:
    """The words on a page whose box a stroke passes through."""
    segs = strokes(page)
    buckets: dict[tuple[int, int], list] = {}
    size = 40.0
    for p, q in segs:
        for i in range(int(min(p[0], q[0]) // size), int(max(p[0], q[0]) // size) + 1):
            for j in range(int(min(p[1], q[1]) // size), int(max(p[1], q[1]) // size) + 1):
                buckets.setdefault((i, j), []).append((p, q))
    out = []
    for word in page.extract_words():
        h = word["bottom"] - word["top"]
        box = (word["x0"] + INSET_X, word["top"] + INSET_Y * h, word["x1"] - INSET_X, word["bottom"] - INSET_Y * h)
        if box[0] >= box[2] or box[1] >= box[3]:
            continue
        seen = set()
        hit = False
        for i in range(int(box[0] // size), int(box[2] // size) + 1):
            for j in range(int(box[1] // size), int(box[3] // size) + 1):
                for seg in buckets.get((i, j), ()):
                    if id(seg) in seen:
                        continue
                    seen.add(id(seg))
                    if _clip(seg[0], seg[1], box):
                        hit = True
                        break
                if hit:
                    break
            if hit:
                break
        if hit:
            out.append(word["text"])
    return out


def measure_pdf(path, page_number: int = 0) -> Legibility:
    """Text sizes and crossed words of one page of a PDF."""
    with pdfplumber.open(str(path)) as pdf:
        page = pdf.pages[page_number]
        sizes = [ch["size"] for ch in page.chars if ch["text"].strip()]
        crossed = crossed_words(page)
        words = len(page.extract_words())
    if not sizes:
        return Legibility(0.0, 0.0, 0.0, len(crossed), words, tuple(crossed[:8]))
    return Legibility(min(sizes), percentile(sizes, 0.1), percentile(sizes, 0.5), len(crossed), words,
                      tuple(crossed[:8]))


def export(map_path, out, page: str = "A3", poster: str | None = None, orientation: str | None = None,
           extra: tuple[str, ...] = ()) -> tuple[int, str]:
    """Run the real ``jmap export``; (exit code, what it said on stderr)."""
    import contextlib
    import io

    from jmap.cli import main

    argv = ["export", str(map_path), "-o", str(out), "--page", page, "--no-persona-pages", "--no-findings"]
    if poster:
        argv += ["--poster", poster]
    if orientation:
        argv += ["--orientation", orientation]
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv + list(extra))
    return code, err.getvalue()


def measure_map(map_path, page: str = "A3", poster: str | None = None, page_number: int = 0) -> Legibility:
    """Export a map with the CLI into a temporary PDF and measure one of its pages."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "map.pdf"
        code, err = export(map_path, out, page, poster)
        if code != 0:
            raise RuntimeError(f"jmap export {map_path} failed: {err}")
        return measure_pdf(out, page_number)


def main(argv: list[str]) -> int:
    page, poster, files = "A3", None, []
    it = iter(argv)
    for arg in it:
        if arg == "--page":
            page = next(it)
        elif arg == "--poster":
            poster = next(it)
        else:
            files.append(arg)
    print(f"{'map':42} {'min':>5} {'p10':>5} {'med':>5} {'cross':>5}   ({page}{' poster ' + poster if poster else ''})")
    for name in files:
        m = measure_map(name, page, poster)
        print(f"{Path(name).name:42} {m.row()}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main(sys.argv[1:]))


def poster_sizes(path, sheets: int, margin: float) -> list[float]:
    """Character sizes of the map on the first ``sheets`` pages of a poster PDF: the printed region
    inside each sheet's ``margin`` (points), where the map is; the sheet marks outside it are left out."""
    sizes = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages[:sheets]:
            w, h = float(page.width), float(page.height)
            sizes += [ch["size"] for ch in page.chars if ch["text"].strip() and margin - 0.5 <= ch["x0"]
                      and ch["x1"] <= w - margin + 0.5 and margin - 0.5 <= ch["top"] and ch["bottom"] <= h - margin + 0.5]
    return sizes
