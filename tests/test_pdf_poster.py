"""Poster mode and the paper maths behind it: tiles, overlap, sheet labels, page sizes."""

from __future__ import annotations

import pdfplumber
import pytest
from pdf_support import flat, pdf_text, reader, sample_doc

from jmap.core.generate import large_map
from jmap.core.pagelayout import (
    SHEET_MARGIN,
    SHEET_OVERLAP,
    fit,
    page_name,
    page_size,
    poster_plan,
    row_letter,
)
from jmap.export.mapplan import prepare
from jmap.export.pdf import export_pdf, plan_for, poster_size

MM = 72 / 25.4


def test_page_names_and_sizes():
    assert page_name("a4") == "A4" and page_name(" letter ") == "Letter"
    with pytest.raises(KeyError):
        page_name("B5")
    with pytest.raises(KeyError):
        page_size("A4", "sideways")
    w, h = page_size("A0", "landscape")
    assert abs(w - 1189 * MM) < 0.01 and abs(h - 841 * MM) < 0.01
    assert page_size("Letter", "portrait") == (612.0, 792.0)


def test_fit_keeps_the_aspect_and_the_box():
    place = fit(1000, 500, 10, 20, 400, 400)
    assert place.scale == pytest.approx(0.4)
    assert (place.w, place.h) == pytest.approx((400, 200))
    assert (place.x, place.y) == (10, 20)
    assert fit(100, 100, 0, 0, 1000, 1000, max_scale=2).scale == 2


def test_row_letters():
    assert [row_letter(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]


def test_a0_on_a4_is_five_by_five_landscape_sheets():
    # A0 landscape is 3370.4 × 2383.9 pt. An A4 landscape sheet prints 785.2 × 538.6 pt inside
    # its 10 mm margins; with 10 mm overlap each further sheet adds 756.9 × 510.2 pt, so
    # 5 columns (28.3 + 5 × 756.9 ≥ 3370.4) and 5 rows (28.3 + 5 × 510.2 ≥ 2383.9): 25 sheets.
    # Portrait sheets would need 7 × 4 = 28.
    plan = poster_plan("A0", "A4", "landscape")
    assert (plan.rows, plan.cols) == (5, 5)
    assert plan.sheet_orientation == "landscape"
    assert len(plan.tiles) == 25
    assert plan.margin == pytest.approx(SHEET_MARGIN) and plan.overlap == pytest.approx(SHEET_OVERLAP)
    # every point of the poster is on some sheet, and neighbours share exactly the overlap
    last = plan.tiles[-1]
    assert last.x + last.w >= plan.poster_w and last.y + last.h >= plan.poster_h
    a, b = plan.tiles[0], plan.tiles[1]
    assert a.x + a.w - b.x == pytest.approx(SHEET_OVERLAP)
    below = plan.tiles[plan.cols]
    assert a.y + a.h - below.y == pytest.approx(SHEET_OVERLAP)
    # row and column, never a code like "A1" that reads as a paper size
    assert [t.label for t in plan.tiles[:6]] == ["R1·C1", "R1·C2", "R1·C3", "R1·C4", "R1·C5", "R2·C1"]


def test_a_smaller_used_area_needs_fewer_sheets():
    full = poster_plan("A1", "A4", "landscape")
    trimmed = poster_plan("A1", "A4", "landscape", used=(full.poster_w, full.poster_h / 2))
    assert len(trimmed.tiles) < len(full.tiles)
    assert trimmed.poster_h == pytest.approx(full.poster_h / 2)


def test_poster_sheets_carry_labels_and_tile_the_map(tmp_path):
    doc = sample_doc()
    out = tmp_path / "poster.pdf"
    pages = export_pdf(doc, out, page="A4", poster="A0", persona_pages=False, findings=False)
    used_w, used_h, _ = poster_size(prepare(doc), "A0", "landscape")
    plan = poster_plan("A0", "A4", "landscape", used=(used_w, used_h))
    assert pages == len(plan.tiles) > 1
    pdf = reader(out)
    assert len(pdf.pages) == pages
    texts = pdf_text(out)
    for tile, page, words in zip(plan.tiles, pdf.pages, texts):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert (w, h) == pytest.approx((plan.sheet_w, plan.sheet_h), abs=0.05)
        assert f"row {tile.row + 1} · column {tile.col + 1}" in _flow_words(out, plan.tiles.index(tile))
        assert f"sheet {plan.tiles.index(tile) + 1} of {pages}" in words
    assert "Buying a laptop" in texts[0]  # the header starts on the top-left sheet
    everything = flat(" ".join(texts))
    for name in ("Awareness", "Purchase", "Retention", "Instagram ad", "Pick-up counter", "Waited 40 minutes"):
        assert name in everything
    assert pdf.outline[0].title.endswith(f"row 1 · column 1 · sheet 1 of {pages}")
    assert len(pdf.outline) == pages


def test_large_map_poster_on_a4(tmp_path):
    doc = large_map()
    out = tmp_path / "poster.pdf"
    pages = export_pdf(doc, out, page="A4", poster="A0", persona_pages=False, findings=False)
    printed = plan_for(doc, "A4", "landscape", poster="A0")
    used_w, used_h, _ = poster_size(printed, "A0", "landscape")
    plan = poster_plan("A0", "A4", "landscape", used=(used_w, used_h))
    overflow = 1 if printed.overflow else 0
    assert pages == len(plan.tiles) + overflow
    # a wide map fills the poster's width; only the rows it needs are printed
    assert plan.cols == 5 and plan.rows <= 5
    pdf = reader(out)
    first, last = pdf.pages[0].extract_text(), pdf.pages[plan.cols - 1].extract_text()
    assert "Stage 1" in first and "Stage 40" in last
    assert "Stage 40" not in first  # each sheet draws only its own part


def _flow_words(path, page: int) -> str:
    """The words of a page in the order they are drawn (the sheet label is drawn in one piece)."""
    with pdfplumber.open(str(path)) as pdf:
        return " ".join(w["text"] for w in pdf.pages[page].extract_words(use_text_flow=True))
