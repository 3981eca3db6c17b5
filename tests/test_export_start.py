"""`jmap export` plans the map once per paper and orientation (jmap.export.plancache), gives the
same PDF byte for byte as planning afresh every time, and imports only what the map needs."""

from __future__ import annotations

import contextlib
import gc
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jmap.cli import main
from jmap.core import sizing
from jmap.core.generate import large_map
from jmap.export import mapplan, pdf, plancache
from jmap.export.paper import best_orientation
from jmap.io import load, save

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "templates" / "examples").glob("*.jmap"))
TEMPLATES = sorted((ROOT / "templates").glob("*.jmap"))
SMALLEST = min(EXAMPLES, key=lambda p: p.stat().st_size)


def _export(capsys, *argv) -> tuple[int, str, str]:
    code = main(["export", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def _uncached(monkeypatch) -> None:
    """The export as it was before the cache: every plan made afresh."""
    monkeypatch.setattr(plancache, "planning", lambda doc: contextlib.nullcontext())


def _both_ways(capsys, monkeypatch, tmp_path, source: Path, *options) -> None:
    """The CLI's PDF, output and messages with the cache equal those of the uncached path."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    cached, fresh = tmp_path / "cached.pdf", tmp_path / "fresh.pdf"
    with_cache = _export(capsys, source, "-o", cached, *options)
    with monkeypatch.context() as m:
        _uncached(m)
        without = _export(capsys, source, "-o", fresh, *options)
    assert with_cache[0] == without[0] == 0, without[2]
    assert with_cache[1].replace(str(cached), "OUT") == without[1].replace(str(fresh), "OUT")
    assert with_cache[2] == without[2]
    assert cached.read_bytes() == fresh.read_bytes(), f"{source.name} {options}: the cached plan drew another PDF"


@pytest.mark.parametrize("source", EXAMPLES + TEMPLATES, ids=lambda p: p.name)
def test_the_cached_plans_draw_the_same_pdf_byte_for_byte(capsys, monkeypatch, tmp_path, source):
    _both_ways(capsys, monkeypatch, tmp_path, source, "--page", "A3")


@pytest.mark.parametrize("options", [
    ("--page", "auto"),
    ("--page", "A4", "--poster", "A1"),
    ("--page", "A4", "--orientation", "portrait", "--no-flow-labels", "--no-findings"),
    ("--compare", str(ROOT / "templates" / "examples" / "clothing-shop.jmap")),
], ids=["auto", "poster", "portrait-options", "compare"])
def test_the_cached_plans_draw_the_same_pdf_with_every_option(capsys, monkeypatch, tmp_path, options):
    _both_ways(capsys, monkeypatch, tmp_path, SMALLEST, *options)


@pytest.fixture(scope="module")
def crowded(tmp_path_factory) -> Path:
    """A map whose type is too small on A3 (the small-print advice) with more boxes than sizing.BIG."""
    path = tmp_path_factory.mktemp("crowded") / "crowded.jmap"
    save(large_map(stages=20, lanes=8, touchpoints=500, flows=500), path)
    return path


def test_a_crowded_map_gets_the_same_pdf_and_advice_from_the_cache(capsys, monkeypatch, tmp_path, crowded):
    _both_ways(capsys, monkeypatch, tmp_path, crowded, "--page", "A3")
    _, _, err = _export(capsys, crowded, "-o", tmp_path / "again.pdf")
    assert "note: the smallest text of this map prints at" in err


def test_the_html_and_svg_drawings_are_the_same_with_the_cache(capsys, monkeypatch, tmp_path):
    for suffix in ("svg", "html"):
        cached, fresh = tmp_path / f"cached.{suffix}", tmp_path / f"fresh.{suffix}"
        assert _export(capsys, SMALLEST, "-o", cached)[0] == 0
        with monkeypatch.context() as m:
            _uncached(m)
            assert _export(capsys, SMALLEST, "-o", fresh)[0] == 0
        assert cached.read_bytes() == fresh.read_bytes(), suffix


def _counting(monkeypatch) -> tuple[list, list, list]:
    """Record each map plan, type choice and layout made (their keys)."""
    plans, choices, layouts = [], [], []
    prepare, choose, compute = mapplan.prepare, sizing.choose, sizing.compute_layout

    def counted_prepare(doc, layout=None, flow_labels=True):
        plans.append((layout.width, layout.height, flow_labels))
        return prepare(doc, layout, flow_labels)

    def counted_choose(doc, box_w, box_h, *args, **kwargs):
        choices.append((round(box_w, 3), round(box_h, 3)))
        return choose(doc, box_w, box_h, *args, **kwargs)

    def counted_compute(doc, sizes=None, measure=None):
        layouts.append((sizes, measure))
        return compute(doc, sizes, measure)

    monkeypatch.setattr(pdf, "prepare", counted_prepare)
    monkeypatch.setattr(sizing, "choose", counted_choose)
    monkeypatch.setattr(sizing, "compute_layout", counted_compute)
    return plans, choices, layouts


def test_the_export_plans_the_map_once_per_orientation_tried(capsys, monkeypatch, tmp_path):
    plans, choices, layouts = _counting(monkeypatch)
    code, out, _ = _export(capsys, SMALLEST, "-o", tmp_path / "map.pdf", "--page", "A3")
    assert code == 0 and "A3" in out
    # both ways round are legible for this map: each is sized and planned once, one of them printed
    assert len(choices) == len(set(choices)) == 2
    assert len(plans) == len(set(plans)) == 2
    # a layout is never computed twice for the same sizes (the tries of the two papers share theirs)
    assert layouts and len(layouts) == len(set(layouts))


def test_without_the_cache_the_map_was_planned_again_and_again(capsys, monkeypatch, tmp_path):
    """What the cache saves: the same export plans the map three times, sizes it six."""
    _uncached(monkeypatch)
    plans, choices, layouts = _counting(monkeypatch)
    assert _export(capsys, SMALLEST, "-o", tmp_path / "map.pdf", "--page", "A3")[0] == 0
    assert len(plans) == 3 and len(set(plans)) == 2
    assert len(choices) == 6 and len(set(choices)) == 2
    assert len(layouts) > len(set(layouts))


def test_a_poster_is_planned_once(capsys, monkeypatch, tmp_path):
    plans, choices, _ = _counting(monkeypatch)
    assert _export(capsys, SMALLEST, "-o", tmp_path / "poster.pdf", "--page", "A4", "--poster", "A1")[0] == 0
    assert len(plans) == len(set(plans)) <= 2
    assert len(choices) == len(set(choices)) <= 2


def test_plans_are_kept_only_inside_a_planning_block_and_only_for_its_document():
    doc = load(SMALLEST).document
    other = load(SMALLEST).document
    assert pdf.plan_for(doc, "A3", "landscape") is not pdf.plan_for(doc, "A3", "landscape")
    with plancache.planning(doc):
        first = pdf.plan_for(doc, "A3", "landscape")
        assert pdf.plan_for(doc, "A3", "landscape") is first
        assert pdf.plan_for(doc, "A3", "portrait") is not first
        assert pdf.plan_for(doc, "A3", "landscape", flow_labels=False) is not first
        assert pdf.plan_for(other, "A3", "landscape") is not pdf.plan_for(other, "A3", "landscape")
        with plancache.planning(doc):  # a nested block for the same document keeps the same plans
            assert pdf.plan_for(doc, "A3", "landscape") is first
        with plancache.planning(other):  # ... one for another document has its own
            assert pdf.plan_for(other, "A3", "landscape") is pdf.plan_for(other, "A3", "landscape")
            assert plancache.layouts_for(doc) is None
        assert pdf.plan_for(doc, "A3", "landscape") is first
    assert pdf.plan_for(doc, "A3", "landscape") is not first
    assert plancache.layouts_for(doc) is None


def test_the_cached_orientation_is_the_uncached_one():
    for source in EXAMPLES:
        doc = load(source).document
        fresh = best_orientation(doc, "A4")
        with plancache.planning(doc):
            assert best_orientation(doc, "A4") == fresh, source.name


def test_the_export_leaves_the_collector_as_it_was(capsys, tmp_path):
    assert gc.isenabled()
    assert _export(capsys, SMALLEST, "-o", tmp_path / "map.pdf")[0] == 0
    assert gc.isenabled()
    gc.disable()
    try:
        assert _export(capsys, SMALLEST, "-o", tmp_path / "map2.pdf")[0] == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


#: Modules a PDF of a map without pictures, votes or a poster never needs.
NOT_NEEDED = ("jmap.export.html", "jmap.export.svg", "jmap.export.image", "jmap.export.pictures",
              "jmap.io.pictures", "PIL.ImageOps", "PIL.ImagePalette", "jmap.export.votes_page", "jmap.core.votes",
              "jmap.export.tiles", "jmap.export.compare_page")


def _modules_after(argv: list[str]) -> list[str]:
    """Run `jmap <argv>` in a child process; the modules it imported."""
    code = textwrap.dedent(f"""
        import runpy, sys
        sys.argv = ["jmap", *{argv!r}]
        try:
            runpy.run_module("jmap", run_name="__main__")
        except SystemExit as exc:
            assert not exc.code, exc.code
        print(sorted(sys.modules))
    """)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1].replace("'", '"'))


def test_a_pdf_of_a_map_without_pictures_imports_no_picture_drawing_and_no_other_format(tmp_path):
    doc = load(SMALLEST).document
    assert not doc.items("pictures") and not doc.items("votes")
    loaded = _modules_after(["export", str(SMALLEST), "-o", str(tmp_path / "map.pdf")])
    assert "jmap.export.pdf" in loaded and "jmap.checks" in loaded  # the map and its findings page
    assert [name for name in NOT_NEEDED if name in loaded] == []


def test_a_map_with_pictures_still_gets_them(tmp_path):
    with_pictures = next(p for p in EXAMPLES if load(p).document.items("pictures"))
    loaded = _modules_after(["export", str(with_pictures), "-o", str(tmp_path / "map.pdf")])
    assert "jmap.export.pictures" in loaded and "jmap.io.pictures" in loaded
