"""PDF export in fit mode: content, languages, hostile text, overflow, metadata, every template."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pdf_support import LONG_NOTE, flat, pdf_text, reader, sample_doc, xobject_subtypes

from jmap.core.document import Document
from jmap.core.model import Lane, Metric, Note, Stage
from jmap.export.pdf import export_pdf, render_pdf
from jmap.io import load
from jmap.io.templates import example_paths, list_templates

MM = 72 / 25.4
A4_LANDSCAPE = (297 * MM, 210 * MM)
A4_PORTRAIT = (210 * MM, 297 * MM)


def _size(page) -> tuple[float, float]:
    box = page.mediabox
    return float(box.width), float(box.height)


def _close(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) < 0.05 and abs(a[1] - b[1]) < 0.05


def test_fit_page_shows_the_whole_map(tmp_path):
    out = tmp_path / "map.pdf"
    pages = export_pdf(sample_doc(), out, page="A4", persona_pages=False, findings=False)
    pdf = reader(out)
    assert pages == len(pdf.pages) == 1
    assert _close(_size(pdf.pages[0]), A4_LANDSCAPE)
    text = flat(pdf_text(out)[0])
    for words in ("Buying a laptop", "Current state", "Ingrid (Student)", "Kostas (Shop owner)", "2026-03-02",
                  "jmap format 1", "Awareness", "Purchase", "Retention", "Actions", "Touchpoints", "Pain points",
                  "Sees an ad", "Orders online", "Waited 40 minutes", "Instagram ad", "Checkout", "Pick-up counter",
                  "AD", "WEB", "STORE", "retry", "Line of visibility", "Conversion rate 3.5% / target 5%",
                  "+3", "\u22123", "By Kari Nordmann"):
        assert words in text, words


@pytest.mark.parametrize("page, mm", [("A4", (210, 297)), ("A3", (297, 420)), ("A2", (420, 594)),
                                      ("A1", (594, 841)), ("A0", (841, 1189)), ("Letter", (215.9, 279.4)),
                                      ("Tabloid", (279.4, 431.8))])
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_page_size_and_orientation(tmp_path, page, mm, orientation):
    out = tmp_path / "map.pdf"
    export_pdf(sample_doc(), out, page=page, orientation=orientation, persona_pages=False, findings=False)
    w, h = mm[0] * MM, mm[1] * MM
    expected = (h, w) if orientation == "landscape" else (w, h)
    assert _close(_size(reader(out).pages[0]), expected)


def test_optional_pages_and_outline(tmp_path):
    out = tmp_path / "map.pdf"
    pages = export_pdf(sample_doc(), out, page="A3")
    pdf = reader(out)
    assert pages == len(pdf.pages) >= 4  # map, two personas, findings
    texts = pdf_text(out)
    assert "Ingrid" in texts[1] and "It has to last." in texts[1] and "A light laptop" in texts[1]
    assert "Kostas" in texts[2] and "Emotion curve" in texts[2]
    assert "Coverage" in texts[3] and "Findings" in texts[3]
    titles = [entry.title for entry in pdf.outline]
    assert len(titles) == pages
    assert titles[0] == "Buying a laptop" and titles[1] == "Ingrid" and titles[2] == "Kostas"
    assert all(_close(_size(p), A4_PORTRAIT) for p in pdf.pages[1:])

    fewer = tmp_path / "fewer.pdf"
    assert export_pdf(sample_doc(), fewer, page="A3", persona_pages=False) == pages - 2
    assert export_pdf(sample_doc(), fewer, page="A3", persona_pages=False, findings=False) == 1


def test_metadata(tmp_path):
    out = tmp_path / "map.pdf"
    export_pdf(sample_doc("service-blueprint"), out)
    meta = reader(out).metadata
    assert meta.title == "Buying a laptop"
    assert meta.author == "Kari Nordmann"
    assert "Service blueprint" in meta.subject and "3 stages" in meta.subject


@pytest.mark.parametrize("words", ["Καλημέρα, η διαδρομή του πελάτη", "Blåbærsyltetøy på Ærø",
                                   "ĳsselmeer en ĲSSEL", "‘smart quotes’ and “double” – dash",
                                   "Добрый день, Київ"])
def test_text_in_every_language_extracts_verbatim(tmp_path, words):
    out = tmp_path / "map.pdf"
    doc = sample_doc(language="el", notes={("lane-1", "stage-1"): words})
    doc.meta.title = words
    export_pdf(doc, out, persona_pages=False, findings=False)
    text = flat(pdf_text(out)[0])  # (a note may wrap)
    assert text.count(words) >= 2  # the header and the note
    assert flat(reader(out).pages[0].extract_text()).count(words) >= 2  # pypdf agrees


def test_fonts_are_embedded_unicode_fonts(tmp_path):
    out = tmp_path / "map.pdf"
    export_pdf(sample_doc(), out, persona_pages=False, findings=False)
    fonts = reader(out).pages[0]["/Resources"]["/Font"]
    names = set()
    for ref in fonts.values():
        font = ref.get_object()
        names.add(str(font["/BaseFont"]).split("+")[-1])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded TrueType
        assert "/ToUnicode" in font  # so that text extracts
    assert names == {"DejaVuSans", "DejaVuSans-Bold"}


HOSTILE = ["Price < 5", "R&D", "<b>bold</b>", '<img src="/etc/hostname"/>', '<a href="javascript:alert(1)">x</a>']


def test_user_text_is_data_never_markup(tmp_path):
    notes = {("lane-1", f"stage-{i % 3 + 1}"): words for i, words in enumerate(HOSTILE[:3])}
    notes[("lane-4", "stage-1")] = HOSTILE[3]
    notes[("lane-4", "stage-2")] = HOSTILE[4]
    doc = sample_doc(notes=notes)
    doc.meta.title = "<font color='red'>T&amp;</font>"
    doc.personas[0].name = '<link href="https://example.com">Ingrid</link>'
    doc.touchpoints[0].title = "<i>R&D</i> & <br/>"
    out = tmp_path / "map.pdf"
    export_pdf(doc, out)
    text = flat(" ".join(pdf_text(out)))
    for words in HOSTILE + ["<font color='red'>T&amp;</font>", '<link href="https://example.com">Ingrid</link>',
                            "<i>R&D</i> & <br/>"]:
        assert words in text, words
    # nothing but our own forms: no image pulled in from the disk, no links, no scripts
    assert set(xobject_subtypes(out)) <= {"/Form"}
    pdf = reader(out)
    for page in pdf.pages:
        assert "/Annots" not in page
    raw = out.read_bytes()
    for key in (b"/URI", b"/JavaScript", b"/JS ", b"/Launch", b"/EmbeddedFile", b"/Subtype /Image"):
        assert key not in raw
    hostname = Path("/etc/hostname")
    if hostname.is_file() and len(hostname.read_text().strip()) > 6:
        assert hostname.read_text().strip() not in text


def test_hostile_colours_fall_back(tmp_path):
    doc = sample_doc()
    doc.personas[0].colour = "red; /JavaScript"
    doc.personas[1].colour = "#12345G"
    doc.stages[0].colour = "url(file:///etc/passwd)"
    doc.lanes[0].colour = 12345
    doc.notes[0].colour = "#" + "F" * 5000
    out = tmp_path / "map.pdf"
    export_pdf(doc, out)
    assert "Ingrid" in pdf_text(out)[0]
    assert b"/JavaScript" not in out.read_bytes()


def test_text_that_does_not_fit_is_marked_and_continued(tmp_path):
    very_long = (LONG_NOTE.replace(" ENDMARK", " ") * 3) + "ENDMARK"  # more lines than a printed note takes
    doc = sample_doc(notes={("lane-1", "stage-1"): "Short", ("lane-4", "stage-2"): very_long})
    out = tmp_path / "map.pdf"
    pages = export_pdf(doc, out, persona_pages=False, findings=False)
    texts = pdf_text(out)
    assert pages == 2
    assert "…(1)" in texts[0]
    assert "ENDMARK" not in texts[0]  # the end of the note is not on the map ...
    continued = flat(texts[1])
    assert "Text that did not fit on the map" in continued
    assert "(1)" in continued and "Purchase › Pain points" in continued
    assert flat(very_long) in continued  # ... but in full on the continuation page
    assert reader(out).outline[1].title == "Text that did not fit on the map"


def test_output_is_deterministic(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # reproducible builds fix the creation date
    assert render_pdf(sample_doc()) == render_pdf(sample_doc())


def test_creation_date_is_now_or_source_date_epoch(tmp_path, monkeypatch):
    import datetime

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    out = tmp_path / "now.pdf"
    export_pdf(sample_doc(), out)
    made = reader(out).metadata.creation_date
    now = datetime.datetime.now(datetime.timezone.utc)
    assert abs((now - made.astimezone(datetime.timezone.utc)).total_seconds()) < 600
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC
    export_pdf(sample_doc(), out)
    assert reader(out).metadata.creation_date.astimezone(datetime.timezone.utc) == \
        datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)


def test_subject_is_in_the_maps_language(tmp_path):
    out = tmp_path / "nb.pdf"
    export_pdf(sample_doc(language="nb"), out)
    assert reader(out).metadata.subject == "Nåsituasjon: 3 faser, 5 baner, 3 kontaktpunkter"


def test_an_empty_map_still_exports(tmp_path):
    out = tmp_path / "empty.pdf"
    assert export_pdf(Document(), out) >= 1
    assert "Journey map" in pdf_text(out)[0]
    doc = Document()
    doc.append("stages", Stage("stage-1", name=""))
    doc.append("lanes", Lane("lane-1", kind="no-such-kind", title=""))
    doc.append("notes", Note("note-1", lane="lane-1", stage="stage-1", text="\x00\x07 tab\there\r\nnext"))
    assert export_pdf(doc, out) >= 1
    assert "tab here" in pdf_text(out)[0]


@pytest.mark.parametrize("kind, marks", [("future-state", ["Future state", "TARGET STATE"]),
                                         ("service-blueprint", ["Service blueprint", "Line of visibility"]),
                                         ("day-in-the-life", ["Day in the life"])])
def test_each_kind_of_map_names_itself(tmp_path, kind, marks):
    out = tmp_path / "map.pdf"
    export_pdf(sample_doc(kind), out, persona_pages=False, findings=False)
    text = pdf_text(out)[0]
    for words in marks:
        assert words in text


def test_every_template_and_example_exports(tmp_path):
    templates = list_templates()
    examples = example_paths()
    assert templates, "the bundled templates are missing"
    assert examples, "the worked examples are missing"
    for n, path in enumerate([t.path for t in templates] + examples):
        doc = load(path).document
        out = tmp_path / f"{n}.pdf"
        pages = export_pdf(doc, out, page="A4")
        texts = pdf_text(out)
        assert len(texts) == pages >= 1 + len(doc.personas)
        with pdfplumber.open(str(out)) as pdf:  # words, not lines: cards of different heights do not share rows
            first = " ".join(w["text"] for w in pdf.pages[0].extract_words(use_text_flow=True))
        for stage in doc.stages:
            assert flat(stage.name).split(" ")[0] in first, (path.name, stage.name)
        for tp in doc.touchpoints[:5]:
            assert flat(tp.title).split(" ")[0] in first, (path.name, tp.title)


def test_odd_values_from_a_hand_edited_file_do_not_crash(tmp_path):
    doc = sample_doc()
    doc.touchpoints[0].importance = "lots"
    doc.touchpoints[1].importance = 99
    doc.touchpoints[2].channel = "telepathy"
    doc.touchpoints[2].evidence = "rumour"
    doc.emotions[0].value = 42
    doc.metrics[0].value = float("nan")
    doc.metrics[0].target = 1e300
    doc.append("metrics", Metric("metric-2", stage="stage-1", name="Odd", value="12 apples", unit="x"))
    doc.stages[0].name = "W" * 3000
    out = tmp_path / "odd.pdf"
    pages = export_pdf(doc, out, persona_pages=False, findings=False)
    texts = pdf_text(out)
    assert pages == len(texts) >= 2  # the long stage name is continued
    assert "W" * 3000 in "".join(texts[1:]).replace("\n", "").replace(" ", "")


def test_findings_page_lists_the_coverage_check(tmp_path):
    from jmap.checks import coverage_summary, run_checks

    doc = sample_doc()
    doc.append("stages", Stage("stage-4", name="Advocacy"))  # nothing in it: the check has findings
    findings = run_checks(doc)
    assert findings
    out = tmp_path / "map.pdf"
    export_pdf(doc, out, persona_pages=False)
    last = flat(pdf_text(out)[-1])
    assert f"Findings ({len(findings)})" in last
    for finding in findings:
        assert flat(f"{finding.message} [{finding.rule}]") in last
    for row in coverage_summary(doc):
        total = len(row.filled_lanes) + len(row.empty_lanes)
        assert f"{round(100 * len(row.filled_lanes) / total)} %" in last
    assert "Advocacy 0 % 0" in last


def test_characters_the_fonts_lack_show_a_replacement_mark(tmp_path):
    out = tmp_path / "map.pdf"
    export_pdf(sample_doc(notes={("lane-1", "stage-1"): "Emoji 😀 and 漢字 end"}), out, persona_pages=False,
               findings=False)
    text = pdf_text(out)[0]
    assert "Emoji \ufffd and \ufffd\ufffd end" in text
    assert "\x00" not in text
