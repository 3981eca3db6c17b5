"""`jmap export -o map.png / map.svg`: the printed map page as a picture, without a screen (issue 14, item 2)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PIL import Image, ImageChops, ImageStat

from browser import screenshot
from jmap.cli import main
from jmap.export.image import ImageError, map_page, pixel_size, render_svg, write_image
from jmap.io import load, save
from jmap.io.templates import example_paths

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "shop.jmap"
    save(load(example_paths()[1]).document, path)
    return path


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main([*map(str, argv)])
    except SystemExit as exc:  # argparse errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_png_from_the_command_line(capsys, map_file, tmp_path):
    doc = load(map_file).document
    page = map_page(doc)
    code, out, err = _run(capsys, "export", map_file, "-o", tmp_path / "map.png")
    w, h = pixel_size(page)
    assert code == 0 and err == "" and out == f"wrote {tmp_path / 'map.png'} ({w} × {h} pixels; the map as printed on A3)\n"
    image = Image.open(tmp_path / "map.png")
    assert image.format == "PNG" and image.size == (w, h) and round(page.width * 150 / 72) == w
    rgb = image.convert("RGB")
    assert rgb.getpixel((2, h - 2)) == (255, 255, 255)  # paper
    assert len(rgb.resize((200, 200)).getcolors(maxcolors=40000)) > 200  # a drawn map
    # --width sets the width, the height follows; --dpi sets pixels per inch of the paper
    assert _run(capsys, "export", map_file, "-o", tmp_path / "small.png", "--width", "600")[0] == 0
    assert Image.open(tmp_path / "small.png").size == (600, round(page.height * 600 / page.width))
    assert _run(capsys, "export", map_file, "-o", tmp_path / "72.png", "--dpi", "72")[0] == 0
    assert Image.open(tmp_path / "72.png").size == (round(page.width), round(page.height))


@pytest.mark.parametrize("args, message", [
    (["--width", "600", "--dpi", "100"], "give --width or --dpi, not both"),
    (["--width", "5"], "--width 5: the width must be 16 to 16000 pixels"),
    (["--width", "20000"], "--width 20000: the width must be 16 to 16000 pixels"),
    (["--dpi", "0"], "--dpi 0: the density must be 1 to 2400 pixels per inch"),
    (["--dpi", "2000"], "no side may exceed 16000 (at most --dpi"),
    (["--dpi", "many"], "'many' is not a number of pixels per inch"),
    (["--width", "1.5"], "'1.5' is not a whole number of pixels"),
    (["--poster", "A0", "--page", "A4"], "--poster cuts a PDF into sheets; a .png is one picture"),
])
def test_a_picture_size_that_cannot_be_drawn_is_one_clear_line(capsys, map_file, tmp_path, args, message):
    code, out, err = _run(capsys, "export", map_file, "-o", tmp_path / "map.png", *args)
    assert code == 2 and out == "" and message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "map.png").exists()


def test_svg_from_the_command_line_is_the_printed_page(capsys, map_file, tmp_path):
    doc = load(map_file).document
    assert _run(capsys, "export", map_file, "-o", tmp_path / "map.svg")[0] == 0
    text = (tmp_path / "map.svg").read_text(encoding="utf-8")
    root = ET.fromstring(text)  # well-formed XML
    page = map_page(doc)
    assert root.tag == f"{SVG}svg" and root.get("width") == f"{round(page.width * 100) / 100:g}"
    words = {t.text for t in root.iter(f"{SVG}text")}
    assert all(box.lines[0] in words for box in page.plan.card_titles.values() if box.lines)
    assert all(box.lines[0] in words for box in page.plan.notes.values() if box.lines)
    assert text.count("src:url(data:font/ttf;base64,") == 2  # the bundled fonts travel with the drawing
    assert "http" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert _run(capsys, "export", map_file, "-o", tmp_path / "wide.svg", "--width", "2000")[0] == 0
    wide = ET.parse(tmp_path / "wide.svg").getroot()
    assert wide.get("width") == "2000" and wide.get("viewBox") == root.get("viewBox")
    # the same map gives the same bytes
    assert _run(capsys, "export", map_file, "-o", tmp_path / "again.svg")[0] == 0
    assert (tmp_path / "again.svg").read_bytes() == (tmp_path / "map.svg").read_bytes()


def test_hostile_text_is_text_in_the_svg():
    doc = load(example_paths()[0]).document
    doc.touchpoints[0].title = '<script>alert(1)</script>'
    doc.meta.title = ']]></title><foreignObject><iframe/></foreignObject>'
    root = ET.fromstring(render_svg(map_page(doc)))
    tags = {el.tag for el in root.iter()}
    assert tags <= {f"{SVG}{name}" for name in ("svg", "title", "style", "rect", "text", "path", "line", "circle", "g")}
    assert root.find(f"{SVG}title").text == doc.meta.title
    assert any(t.text and t.text.startswith("<script>") for t in root.iter(f"{SVG}text"))


def test_pixel_size_rules():
    page = map_page(load(example_paths()[0]).document)
    assert pixel_size(page, width=400)[0] == 400
    with pytest.raises(ImageError, match="not both"):
        pixel_size(page, 400, 100)
    page.width, page.height = 40000.0, 20000.0  # a huge map: the default density gives way, never refuses
    assert max(pixel_size(page)) == 16000


def test_png_and_svg_need_no_qt(tmp_path):
    """The command line draws pictures without a screen: PySide6 is never imported."""
    code = ("import sys; from jmap.cli import main; "
            f"assert main(['export', {str(example_paths()[0])!r}, '-o', {str(tmp_path / 'a.png')!r}]) == 0; "
            f"assert main(['export', {str(example_paths()[0])!r}, '-o', {str(tmp_path / 'a.svg')!r}]) == 0; "
            f"assert main(['export', {str(example_paths()[0])!r}, '-o', {str(tmp_path / 'a.html')!r}]) == 0; "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt was imported'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path), "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert all((tmp_path / name).stat().st_size > 1000 for name in ("a.png", "a.svg", "a.html"))


@pytest.mark.slow
def test_the_png_and_the_svg_are_the_same_picture(tmp_path):
    """The SVG, drawn by Chromium, and the PNG, drawn by PDFium from the PDF page, agree pixel for pixel
    (within anti-aliasing); the same map shifted by 1 % of its width does not."""
    doc = load(example_paths()[1]).document
    write_image(doc, tmp_path / "map.png", "png", width=1000)
    write_image(doc, tmp_path / "map.svg", "svg", width=1000)
    png = Image.open(tmp_path / "map.png").convert("RGB")
    screenshot(tmp_path / "map.svg", tmp_path, tmp_path / "svg.png", *png.size)
    drawn = Image.open(tmp_path / "svg.png").convert("RGB")
    assert drawn.size == png.size
    small = (png.width // 4, png.height // 4)

    def difference(a, b) -> float:
        return sum(ImageStat.Stat(ImageChops.difference(a.resize(small, Image.BOX), b.resize(small, Image.BOX))).mean) / 3

    same = difference(png, drawn)
    shifted = difference(png, ImageChops.offset(drawn, png.width // 100, 0))
    print(f"mean difference {same:.2f} (shifted: {shifted:.2f})")
    assert same < 6.0 and shifted > 2 * same, (same, shifted)
