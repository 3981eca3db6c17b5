"""`jmap export` review fixes: flow labels in every format, one orientation for PDF and pictures,
poster and output checks, SVG text that stays well-formed XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from pdf_support import reader, sample_doc

from jmap.cli import main
from jmap.io.templates import example_paths

LAPTOP = next(p for p in example_paths() if p.name == "laptop-shop.jmap")
CLOTHING = next(p for p in example_paths() if p.name == "clothing-shop.jmap")


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(["export", *map(str, argv)])
    except SystemExit as exc:  # argparse errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_no_flow_labels_applies_to_svg_html_and_png(capsys, tmp_path):
    label = ">has a code</text>"  # a flow's label as the SVG drawing (also inside the HTML page) prints it
    for suffix in ("svg", "html"):
        shown, hidden = tmp_path / f"shown.{suffix}", tmp_path / f"hidden.{suffix}"
        assert _run(capsys, LAPTOP, "-o", shown)[0] == 0
        assert _run(capsys, LAPTOP, "-o", hidden, "--no-flow-labels")[0] == 0
        assert label in shown.read_text(encoding="utf-8")
        assert label not in hidden.read_text(encoding="utf-8")
    shown, hidden = tmp_path / "shown.png", tmp_path / "hidden.png"
    assert _run(capsys, LAPTOP, "-o", shown, "--width", "800")[0] == 0
    assert _run(capsys, LAPTOP, "-o", hidden, "--width", "800", "--no-flow-labels")[0] == 0
    assert shown.read_bytes() != hidden.read_bytes()


def test_svg_and_pdf_come_out_the_same_way_round(capsys, tmp_path):
    pdf, svg = tmp_path / "shop.pdf", tmp_path / "shop.svg"
    assert _run(capsys, CLOTHING, "-o", pdf)[0] == 0
    assert _run(capsys, CLOTHING, "-o", svg)[0] == 0
    w, h = (float(v) for v in reader(pdf).pages[0].mediabox[2:])
    root = ET.parse(svg).getroot()
    sw, sh = float(root.get("width")), float(root.get("height"))
    assert (w > h) == (sw > sh)
    assert w > h  # the clothing shop prints landscape


def test_poster_auto_is_refused_with_a_message(capsys, tmp_path):
    code, _, err = _run(capsys, CLOTHING, "-o", tmp_path / "p.pdf", "--poster", "auto", "--page", "A4")
    assert code == 2
    assert "--poster" in err and "unknown page size 'auto'" in err and "auto applies to --page only" in err
    assert "Traceback" not in err
    assert not (tmp_path / "p.pdf").exists()


def test_a_poster_smaller_than_its_sheets_is_refused(capsys, tmp_path):
    code, _, err = _run(capsys, CLOTHING, "-o", tmp_path / "p.pdf", "--poster", "A4", "--page", "A0")
    assert code == 2
    assert "A4 poster fits on one A0 sheet" in err
    assert not (tmp_path / "p.pdf").exists()
    assert _run(capsys, CLOTHING, "-o", tmp_path / "p.pdf", "--poster", "A2", "--page", "A3")[0] == 0


def test_the_output_cannot_be_the_map_being_read(capsys, tmp_path):
    path = tmp_path / "self.jmap"
    path.write_bytes(CLOTHING.read_bytes())
    before = path.read_bytes()
    for output in (path, tmp_path / "." / "self.jmap"):
        code, _, err = _run(capsys, path, "-o", output, "--format", "pdf")
        assert code == 2
        assert "is the map being exported" in err
    assert path.read_bytes() == before


def test_svg_text_with_characters_xml_forbids_still_parses(capsys, tmp_path):
    from jmap.export.image import map_page, render_svg

    doc = sample_doc()
    doc.touchpoints[0].title = "Odd\ufffe title\uffff with\x01 controls"
    doc.meta.title = "Map\ufffe\uffff"
    text = render_svg(map_page(doc, "A3"))
    root = ET.fromstring(text)  # raised "not well-formed (invalid token)" before
    words = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Odd" in words and "\ufffe" not in text and "\uffff" not in text and "\x01" not in text
