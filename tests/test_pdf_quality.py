"""Print quality of the map page, read back from the PDF: type size on small paper, no text
on other text, the whole title, flow labels drawn on the map rather than only listed."""

from __future__ import annotations

import pdfplumber
import pytest
from pdf_support import flat, pdf_text, sample_doc

from jmap.core.model import Flow, Touchpoint
from jmap.export.pdf import export_pdf
from jmap.io import load
from jmap.io.templates import example_paths, list_templates, template_path

LONG_TITLE = ("Vera Mode – how a fashion-conscious marketing assistant finds, tries on, buys, returns and "
              "finally recommends a dress for the summer party, across six stages and two personas")


def _example(name: str):
    return load(next(p for p in example_paths() if p.name == name)).document


def _map_page_words(path) -> list[dict]:
    with pdfplumber.open(str(path)) as pdf:
        return pdf.pages[0].extract_words(extra_attrs=["size", "fontname"])


def _overlapping(words: list[dict], tol: float = 0.3) -> list[tuple[str, str]]:
    """Pairs of words whose boxes overlap (text drawn on text)."""
    words = sorted(words, key=lambda w: w["x0"])
    found = []
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if b["x0"] >= a["x1"] - tol:
                break
            if a["top"] < b["bottom"] - tol and b["top"] < a["bottom"] - tol:
                found.append((a["text"], b["text"]))
    return found


def test_a4_fit_of_a_six_stage_map_prints_no_type_below_4_5_pt(tmp_path):
    doc = _example("clothing-shop.jmap")
    assert len(doc.stages) == 6
    out = tmp_path / "a4.pdf"
    export_pdf(doc, out, page="A4", persona_pages=False, findings=False)
    with pdfplumber.open(str(out)) as pdf:
        chars = pdf.pages[0].chars
    assert min(c["size"] for c in chars) >= 4.5  # (jmap export advises A3 below 6 pt: test_export_cli)
    text = flat(pdf_text(out)[0])
    # the cards, notes and channel marks are all there at that size
    for words in ("Instagram ad with", "Taps the Instagram ad", "Marketing", "WEB", "STORE"):
        assert words in text


def test_a3_fit_keeps_the_design_sizes_where_they_are_readable(tmp_path):
    doc = _example("clothing-shop.jmap")
    a3, a4 = tmp_path / "a3.pdf", tmp_path / "a4.pdf"
    export_pdf(doc, a3, page="A3", persona_pages=False, findings=False)
    export_pdf(doc, a4, page="A4", persona_pages=False, findings=False)
    note = "Taps the Instagram ad"

    def note_size(path) -> float:
        return next(w["size"] for w in _map_page_words(path) if w["text"] == "Taps")

    assert note in flat(pdf_text(a3)[0])
    # a note is the same size in map units on both (only the small print grows on A4)
    assert note_size(a4) / note_size(a3) == pytest.approx(0.707, abs=0.04)
    assert min(w["size"] for w in _map_page_words(a3)) >= 4.99


@pytest.mark.parametrize("page", ["A3", "A4"])
@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.stem)
def test_no_text_is_drawn_over_other_text_in_the_examples(tmp_path, path, page):
    out = tmp_path / "map.pdf"
    export_pdf(load(path).document, out, page=page, persona_pages=False, findings=False)
    assert _overlapping(_map_page_words(out)) == []


@pytest.mark.parametrize("info", list_templates(), ids=lambda t: f"{t.name}.{t.language}")
def test_no_text_is_drawn_over_other_text_in_the_templates_on_a4(tmp_path, info):
    out = tmp_path / "map.pdf"
    export_pdf(load(template_path(info.name, info.language)).document, out, page="A4", persona_pages=False,
               findings=False)
    words = _map_page_words(out)
    assert _overlapping(words) == []
    assert min(w["size"] for w in words) >= 4.99


def test_a_long_title_keeps_every_word_in_readable_type(tmp_path):
    doc = sample_doc()
    doc.set_meta("title", LONG_TITLE)
    out = tmp_path / "long.pdf"
    export_pdf(doc, out, page="A4", persona_pages=False, findings=False)
    # the title lines: bold, above the map-type pill
    title = [w for w in _map_page_words(out) if w["top"] < 40 and "Bold" in w["fontname"]]
    assert " ".join(w["text"] for w in title) == LONG_TITLE
    assert min(w["size"] for w in title) >= 11


def test_a_short_title_stays_big(tmp_path):
    out = tmp_path / "short.pdf"
    export_pdf(sample_doc(), out, page="A4", persona_pages=False, findings=False)
    title = [w for w in _map_page_words(out) if w["text"] in ("Buying", "laptop")]
    assert [w["size"] for w in title] == [16, 16]


def test_flow_labels_inside_one_column_and_to_the_next_are_on_the_map(tmp_path):
    doc = sample_doc()
    doc.append("touchpoints", Touchpoint("tp-4", stage="stage-1", lane="lane-2", title="Product page",
                                         channel="web", online=True))
    doc.append("flows", Flow("flow-4", source="tp-1", target="tp-4", label="checks twice"))
    doc.append("flows", Flow("flow-5", source="tp-4", target="tp-2", label="adds to the basket"))
    out = tmp_path / "flows.pdf"
    pages = export_pdf(doc, out, page="A3", persona_pages=False, findings=False)
    assert pages == 1  # nothing continued on a second page
    text = flat(pdf_text(out)[0])
    for words in ("checks twice", "adds to the basket", "retry"):
        assert words in text
    assert _overlapping(_map_page_words(out)) == []


def test_every_flow_label_of_the_future_state_example_is_on_the_map(tmp_path):
    doc = _example("clothing-shop-future.nb.jmap")
    out = tmp_path / "future.pdf"
    export_pdf(doc, out, page="A3", persona_pages=False, findings=False)
    text = flat(pdf_text(out)[0])
    labels = [flow.label for flow in doc.flows if flow.label]
    assert len(labels) >= 8
    assert [words for words in labels if words not in text] == []


def test_greek_findings_page_keeps_words_whole_and_apart(tmp_path):
    out = tmp_path / "el.pdf"
    export_pdf(load(template_path("current-state", "el")).document, out, page="A3")
    with pdfplumber.open(str(out)) as pdf:
        findings = pdf.pages[-1]
        text = flat(findings.extract_text())
        words = findings.extract_words()
    assert "Κάλυψη · Ευρήματα" in text
    assert "Συμπληρωμένο" in text  # a column heading too long for its column is set smaller, not split
    assert "πληροφορία Ο χάρτης είναι κενός" in text
    assert _overlapping(words) == []
