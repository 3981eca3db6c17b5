"""The printed map reads: type sizes and lines clear of text, measured in the exported PDFs (tests/legibility.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from legibility import export, measure_map, measure_pdf, percentile, poster_sizes

from jmap.core.generate import large_map
from jmap.core.pagelayout import SHEET_MARGIN, page_size
from jmap.io import load, save
from jmap.io.templates import example_paths, list_templates

MAPS = sorted([*example_paths(), *(t.path for t in list_templates())], key=lambda p: p.name)


@pytest.mark.parametrize("path", MAPS, ids=[p.name for p in MAPS])
def test_every_bundled_map_reads_on_a3(path):
    m = measure_map(path, "A3")
    assert m.p10 >= 7.0, (path.name, m)
    assert m.median >= 8.0, (path.name, m)
    assert m.smallest >= 6.0, (path.name, m)
    assert m.crossed == 0, (path.name, m.examples)


@pytest.mark.parametrize("turn", ["landscape", "portrait"])
def test_stage_metrics_are_on_the_map_in_full(turn):
    from jmap.core.labels import label
    from jmap.export.pdf import plan_for

    for path in example_paths():
        doc = load(path).document
        assert doc.metrics, path.name
        plan = plan_for(doc, "A3", turn)
        metrics = label("metrics", plan.language)
        assert not [o for o in plan.overflow if o.what == metrics], path.name  # no "Text that did not fit" for them
        assert all(box.number == 0 for box in plan.stage_details), path.name


def test_a0_poster_of_the_laptop_example_on_a4_sheets(tmp_path):
    laptop = next(p for p in example_paths() if p.name == "laptop-shop.jmap")
    out = tmp_path / "poster.pdf"
    code, _ = export(laptop, out, "A4", poster="A0")
    assert code == 0
    doc = load(laptop).document
    import pdfplumber

    with pdfplumber.open(str(out)) as pdf:
        w, h = float(pdf.pages[0].width), float(pdf.pages[0].height)
    sheet_turn = "landscape" if w > h else "portrait"
    assert (w, h) == pytest.approx(page_size("A4", sheet_turn), abs=0.1)
    sizes = poster_sizes(out, _sheet_count(out), SHEET_MARGIN)
    assert min(sizes) >= 12.0  # every map text
    words = _card_and_note_sizes(out, doc)
    assert words and min(words) >= 14.0  # card titles and note text


def _sheet_count(path) -> int:
    """Poster sheets come first; the continuation, persona and findings pages follow."""
    from pypdf import PdfReader

    return sum(1 for item in PdfReader(str(path)).outline if " · column " in item.title)


def _card_and_note_sizes(path, doc) -> list[float]:
    """Sizes of the words of card titles and notes on the poster sheets."""
    import pdfplumber

    wanted = set()
    for tp in doc.touchpoints:
        wanted.update(w for w in tp.title.split() if len(w) > 5)
    for note in doc.notes:
        wanted.update(w for w in note.text.split() if len(w) > 5)
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages[:_sheet_count(path)]:
            for word in page.extract_words(extra_attrs=["size"]):
                if word["text"] in wanted and SHEET_MARGIN < word["top"] < float(page.height) - SHEET_MARGIN:
                    out.append(word["size"])
    return out


@pytest.fixture(scope="module")
def dense(tmp_path_factory):
    """A dense generated map, built and saved once: (document, its file)."""
    doc = large_map(stages=8, lanes=9, touchpoints=45, flows=60, personas=2, seed=3)
    path = tmp_path_factory.mktemp("dense") / "dense.jmap"
    save(doc, path)
    return doc, path


def test_page_auto_keeps_a_dense_map_legible(tmp_path, dense):
    doc, path = dense
    assert (len(doc.touchpoints), len(doc.flows), len(doc.lanes)) == (45, 60, 9)
    out = tmp_path / "dense.pdf"
    code, err = export(path, out, "auto")
    assert code == 0, err
    m = measure_pdf(out)
    assert m.p10 >= 7.0, m
    assert m.smallest >= 6.0 and m.crossed == 0, m


def test_export_names_a_paper_that_works_when_the_type_is_too_small(tmp_path, dense):
    _doc, path = dense
    code, err = export(path, tmp_path / "a4.pdf", "A4")
    assert code == 0
    assert "below 6 pt" in err and "--page A" in err and "--poster A" in err


def test_percentile_is_nearest_rank():
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0], 0.1) == 2.0
    assert percentile([5.0], 0.5) == 5.0


def test_the_measure_sees_a_line_through_a_word(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    out = Path(tmp_path) / "x.pdf"
    c = Canvas(str(out), pagesize=(200, 100))
    c.setFont("Helvetica", 10)
    c.drawString(20, 50, "crossed")
    c.drawString(120, 50, "clear")
    c.line(15, 53, 80, 53)  # through the middle of "crossed"
    c.rect(115, 45, 40, 16)  # a frame around "clear"
    c.save()
    m = measure_pdf(out)
    assert m.crossed == 1 and m.examples == ("crossed",)
    assert m.smallest == m.median == 10.0


def test_emotions_in_words_on_the_map(tmp_path):
    laptop = next(p for p in example_paths() if p.name == "laptop-shop.jmap")
    out = tmp_path / "laptop.pdf"
    assert export(laptop, out, "A3")[0] == 0
    from pdf_support import flat, pdf_text

    first = flat(pdf_text(out)[0])
    for words in ("delighted", "neutral", "furious", "Curious, but lost"):
        assert words in first  # the scale in words, and comments beside their points
    doc = load(laptop).document
    long_name = next(p.name for p in doc.personas if p.name)
    assert first.count(long_name) >= 2  # the page header and the legend of the lane, in full


def test_legend_carries_full_persona_names(tmp_path):
    from pdf_support import flat, pdf_text, sample_doc

    from jmap.export.pdf import export_pdf

    doc = sample_doc()
    doc.personas[0].name = "Ingrid Marie Kristiansen Haugland"
    out = tmp_path / "names.pdf"
    export_pdf(doc, out, page="A3", persona_pages=False, findings=False)
    first = flat(pdf_text(out)[0])
    assert first.count("Kristiansen") >= 2 and first.count("Haugland") >= 2  # header and legend, never cut
