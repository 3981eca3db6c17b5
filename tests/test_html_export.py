"""`jmap export -o map.html`: one self-contained page, checked in headless Chromium (issue 14, item 1)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest

from browser import csp_violations, dump_dom, screenshot
from jmap.cli import main
from jmap.export.html import _json_for_script, policy, render_html, write_html
from jmap.export.image import map_page
from jmap.io import load, save
from jmap.io.templates import example_paths

HOSTILE = {
    "meta": '</title><script>document.title="PWNED"</script>',
    "card": '<script>document.title="PWNED"</script>',
    "card2": "<img src=x onerror=\"document.title='PWNED'\">",
    "note": '</script><script>document.title="PWNED"</script><!--',
    "stage": '"><svg onload=alert(1)>',
    "persona": '<b>bold</b> & "quotes" \u2028 ]]>',
    "flow": "<iframe src=//example.invalid/x></iframe>",
}


class _Tags(HTMLParser):
    """Every start tag of a page, and the text of its <title>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def _tags(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


def _hostile_doc():
    doc = load(example_paths()[0]).document
    doc.meta.title = HOSTILE["meta"]
    doc.meta.description = HOSTILE["card2"]
    doc.touchpoints[0].title = HOSTILE["card"]
    doc.touchpoints[1].title = HOSTILE["card2"]
    doc.touchpoints[1].description = HOSTILE["card2"]
    doc.notes[0].text = HOSTILE["note"]
    doc.stages[0].name = HOSTILE["stage"]
    doc.personas[0].name = HOSTILE["persona"]
    doc.personas[0].quote = "javascript:alert(1)"
    doc.flows[0].label = HOSTILE["flow"]
    return doc


def _data_of(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="jmap-data">(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


def _no_outside_reference(page: str) -> None:
    """Nothing in the page names another file or host: no src/href, no url() but data:, no import."""
    assert "http:" not in page and "https:" not in page and "ftp:" not in page
    tags = _tags(page).tags
    # the one exception: a picture of the map, an SVG <image> whose address is its own bytes
    pictures = [attrs for tag, attrs in tags if tag == "image"]
    assert all(set(attrs) & {"src", "href", "action", "srcset", "data"} == {"href"} and
               re.fullmatch(r"data:image/(png|jpeg);base64,[A-Za-z0-9+/=]+", attrs["href"]) for attrs in pictures)
    tags = [(tag, attrs) for tag, attrs in tags if tag != "image"]
    assert not [(tag, attrs) for tag, attrs in tags if {"src", "href", "action", "srcset", "data"} & set(attrs)]
    assert not [tag for tag, _ in tags if tag in ("link", "img", "iframe", "object", "embed", "base", "use")]
    assert re.findall(r"url\((?!data:)", page) == [] and "@import" not in page


# ---------------------------------------------------------------- the file itself
def test_the_page_is_one_file_with_a_strict_policy(tmp_path):
    doc = load(example_paths()[0]).document
    page = render_html(doc)
    _no_outside_reference(page)
    csp = next(attrs["content"] for tag, attrs in _tags(page).tags
               if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy")
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    digest = lambda text: base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()  # noqa: E731
    assert csp == (f"default-src 'none'; script-src 'sha256-{digest(script)}'; style-src 'sha256-{digest(style)}'; "
                   "font-src data:; img-src data:; base-uri 'none'; form-action 'none'")
    assert csp == policy(script, style) and "unsafe" not in csp
    # the policy comes before anything it governs
    assert page.index("Content-Security-Policy") < page.index("<style>") < page.index("<script")
    # fonts are inline: the bundled DejaVu subsets as data: URLs
    assert style.count("src:url(data:font/ttf;base64,") == 2
    # every card and note can be clicked and searched
    data = _data_of(page)
    assert {tp.id for tp in doc.touchpoints} | {n.id for n in doc.notes} | {s.id for s in doc.stages} == set(
        data["items"])
    assert len(data["personas"]) == len(doc.personas) and data["findings"] is not None


def test_json_in_the_page_cannot_end_its_script():
    text = _json_for_script({"a": "</script><!-- & <script>"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- & <script>"}


def test_hostile_text_is_text_in_the_file():
    page = render_html(_hostile_doc())
    tags = _tags(page)
    assert [tag for tag, _ in tags.tags].count("script") == 2  # the data and the page's own script
    assert not [tag for tag, _ in tags.tags if tag in ("img", "iframe", "b")]
    assert not [attrs for _, attrs in tags.tags if any(name.startswith("on") for name in attrs)]
    assert tags.title == HOSTILE["meta"]
    _no_outside_reference(page.replace("//example.invalid", ""))  # the hostile flow label names a host as text
    data = _data_of(page)
    doc = _hostile_doc()
    assert data["items"][doc.touchpoints[0].id]["title"] == HOSTILE["card"]
    assert data["items"][doc.notes[0].id]["title"] == HOSTILE["note"]


def test_cli_writes_html_and_says_so(tmp_path, capsys):
    source = tmp_path / "shop.jmap"
    save(load(example_paths()[0]).document, source)
    assert main(["export", str(source), "-o", str(tmp_path / "shop.html")]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"wrote {tmp_path / 'shop.html'} (one page,") and "works offline" in out
    assert (tmp_path / "shop.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["export", str(source), "-o", str(tmp_path / "x.html"), "--width", "800"]) == 2
    assert "--width and --dpi size a picture" in capsys.readouterr().err
    assert main(["export", str(source), "-o", str(tmp_path / "x.html"), "--poster", "A0", "--page", "A4"]) == 2
    assert "--poster cuts a PDF into sheets" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()
    assert main(["export", str(source), "-o", str(tmp_path / "no-folder" / "x.html")]) == 2
    assert "folder does not exist" in capsys.readouterr().err


# ---------------------------------------------------------------- in a real browser
@pytest.mark.slow
@pytest.mark.parametrize("example", example_paths(), ids=lambda p: p.stem)
def test_each_example_renders_in_chromium(tmp_path, example):
    doc = load(example).document
    target = tmp_path / "map.html"
    write_html(doc, target)
    dom, log = dump_dom(target, tmp_path)
    assert 'data-ready="1"' in dom, "the page's script did not run"
    assert csp_violations(log) == []
    _no_outside_reference(dom)
    plan = map_page(doc).plan
    lines = [box.lines[0] for box in plan.card_titles.values() if box.lines]
    lines += [box.lines[0] for box in plan.stage_names if box.lines]
    missing = [line for line in lines if f">{line}</text>" not in dom.replace("&amp;", "&")]
    assert lines and missing == []
    # the persona panel was built by the script from the data
    for persona in doc.personas:
        assert re.search(r'<h2><span class="swatch" style="color: rgb\([0-9, ]+\);">.</span>' + re.escape(persona.name)
                         + "</h2>", dom)
    shot = tmp_path / "shot.png"
    screenshot(target, tmp_path, shot, 1200, 800)
    from PIL import Image

    image = Image.open(shot).convert("RGB")
    assert image.size == (1200, 800)
    colours = image.resize((120, 80)).getcolors(maxcolors=120 * 80)
    assert len(colours) > 40  # a drawn map, not a blank or an error page


@pytest.mark.slow
def test_hostile_titles_stay_inert_in_chromium(tmp_path):
    doc = _hostile_doc()
    target = tmp_path / "hostile.html"
    write_html(doc, target)
    card = doc.touchpoints[1].id
    dom, log = dump_dom(target, tmp_path, url_tail=f"#item={card}")
    assert 'data-ready="1"' in dom and csp_violations(log) == []
    # no hostile script set the title: it is the map's title, verbatim
    assert re.search(r"<title>(.*?)</title>", dom, re.S).group(1) == HOSTILE["meta"].replace("<", "&lt;").replace(
        ">", "&gt;")
    tags = _tags(dom).tags
    assert not [tag for tag, _ in tags if tag in ("img", "iframe", "b")]
    assert not [attrs for _, attrs in tags if any(name.startswith("on") for name in attrs)]
    assert [tag for tag, _ in tags].count("script") == 2
    # the details panel shows the card's hostile title and description verbatim, as text
    shown = HOSTILE["card2"].replace("<", "&lt;").replace(">", "&gt;")
    assert f"<h2>{shown}</h2>" in dom and f"<dd>{shown}</dd>" in dom
    assert re.search(r'<span class="swatch"[^>]*>.</span>&lt;b&gt;bold&lt;/b&gt; &amp; "quotes"', dom)


@pytest.mark.slow
def test_search_and_a_link_to_a_card_work_in_chromium(tmp_path):
    doc = load(example_paths()[0]).document
    target = tmp_path / "map.html"
    write_html(doc, target)
    data = _data_of(target.read_text(encoding="utf-8"))
    word = doc.touchpoints[0].title.split()[0].lower()
    expected = {item_id for item_id, item in data["items"].items() if word in item["text"].lower()}
    dom, log = dump_dom(target, tmp_path, url_tail=f"#q={word}")
    assert csp_violations(log) == []
    matched = {m.group(2) for m in re.finditer(r'<rect class="([^"]*\bmatch\b[^"]*)" data-id="([^"]+)"', dom)}
    assert expected and matched == expected
    assert f'<span id="search-count" class="count">{len(expected)} ' in dom
    # the first match is selected, shown in the details panel and zoomed to
    first = re.search(r'<rect class="hit match selected" data-id="([^"]+)"', dom).group(1)
    assert f"<h2>{data['items'][first]['title']}</h2>" in dom.replace("&amp;", "&")
    assert 'viewBox="0 0 ' not in re.search(r'<svg id="map"[^>]*>', dom).group(0)  # zoomed in on it


def test_pictures_on_the_map_are_in_the_page_as_data(tmp_path):
    # the laptop example carries a storyboard: each picture is an <image> with its own bytes, nothing fetched
    doc = load(next(p for p in example_paths() if p.name == "laptop-shop.jmap")).document
    assert doc.items("pictures")
    page = render_html(doc)
    _no_outside_reference(page)
    images = re.findall(r'<image [^>]*href="([^"]*)"', page)
    shown = {p.data for p in doc.items("pictures")}
    assert images and all(href.startswith(("data:image/png;base64,", "data:image/jpeg;base64,")) for href in images)
    assert {href.split(",", 1)[1] for href in images} <= {"".join(d.split()) for d in shown}
