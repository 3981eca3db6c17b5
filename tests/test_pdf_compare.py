"""`jmap export FUTURE -o cmp.pdf --compare CURRENT`: the comparison page, read back with pdfplumber."""

from __future__ import annotations

import pdfplumber
import pytest

from jmap.cli import main
from jmap.core.model import Stage, Touchpoint
from jmap.core.pagelayout import page_size
from jmap.io import load, save
from jmap.io.link import make_future
from jmap.paths import templates_dir

EXAMPLE = templates_dir() / "examples" / "clothing-shop.jmap"
NB_EXAMPLE = templates_dir() / "examples" / "clothing-shop-future.nb.jmap"


@pytest.fixture
def maps(tmp_path):
    """A current state and its future state with a new card, a removed card, a renamed stage and happier points."""
    today = load(EXAMPLE).document
    today.meta.map_id = "map-today"
    current = tmp_path / "current.jmap"
    save(today, current)
    future, _notes = make_future(today, current, tmp_path / "future.jmap", ["cards", "emotions"])
    lane = future.touchpoints[0].lane
    future.append("touchpoints", Touchpoint("tp-50", "stage-2", lane, title="Fit assistant"))
    gone = next(tp for tp in future.touchpoints if tp.stage == "stage-4")
    for collection, entity in future.dependents("touchpoints", gone.id):
        future.remove(collection, entity.id)
    future.remove("touchpoints", gone.id)
    future.set("stages", "stage-3", "name", "Try-on anywhere")
    nina = future.emotions_of("persona-1")[1]
    future.set("emotions", nina.id, "value", 3)
    save(future, tmp_path / "future.jmap")
    return current, tmp_path / "future.jmap", gone


def export(future, out, *args) -> int:
    return main(["export", str(future), "-o", str(out), "--no-persona-pages", "--no-findings", *args])


def compare_page(pdf):
    return next(page for page in pdf.pages if (page.extract_text() or "").startswith("Comparison"))


def column_words(page, stage_name: str) -> str:
    """The text of the column under a stage header (by x position)."""
    words = page.extract_words()
    head = next(w for w in words if stage_name.startswith(w["text"]) and w["top"] < page.height / 3)
    left = head["x0"] - 6
    right = left + (page.width - 30 - (30 + 30)) / 6
    return " ".join(w["text"] for w in words if left <= w["x0"] < right and w["top"] > head["top"])


def test_the_comparison_page_shows_changes_per_stage_and_both_curves(maps, tmp_path, capsys):
    current, future, gone = maps
    out = tmp_path / "cmp.pdf"
    assert export(future, out, "--compare", str(current)) == 0
    assert "wrote" in capsys.readouterr().out
    with pdfplumber.open(out) as pdf:
        page = compare_page(pdf)
        assert (page.width, page.height) == pytest.approx(page_size("A3", "landscape"), abs=0.1)
        text = page.extract_text()
        assert "today: Vera Mode – a dress for the summer party" in text
        for stage in load(future).document.stages:
            assert stage.name in text
        assert "was “Try-on”" in text
        consideration = column_words(page, "Consideration")
        assert "+ New (1)" in consideration and "Card: Fit assistant" in consideration
        purchase = column_words(page, "Purchase")
        assert "Removed" in purchase and gone.title.split()[0] in purchase
        assert "+ Lane: Customer goals" in text  # whole-map changes under the title
        # two personas, each a dashed curve (today) and a solid one (tomorrow)
        dashed = [c for c in page.curves if c.get("dash") and c["dash"][0]]
        solid = [c for c in page.curves if not (c.get("dash") and c["dash"][0]) and c["linewidth"] > 1.5]
        colours = {tuple(round(v, 2) for v in c["stroking_color"]) for c in dashed}
        assert len(colours) == 2 and {tuple(round(v, 2) for v in c["stroking_color"]) for c in solid} == colours
        assert "Nina Solberg" in text and "Leila Haddad" in text


def test_without_a_file_compare_follows_the_link(maps, tmp_path):
    _current, future, _gone = maps
    out = tmp_path / "cmp.pdf"
    assert export(future, out, "--compare") == 0
    with pdfplumber.open(out) as pdf:
        assert "Fit assistant" in compare_page(pdf).extract_text()
        assert pdf.metadata and len(pdf.pages) >= 2


def test_a_broken_or_missing_link_is_a_clear_message(maps, tmp_path, capsys):
    current, future, _gone = maps
    current.unlink()
    assert export(future, tmp_path / "cmp.pdf", "--compare") == 2
    err = capsys.readouterr().err
    assert err.startswith("jmap export: --compare: ") and "current.jmap" in err and "is missing" in err
    assert "Traceback" not in err and not (tmp_path / "cmp.pdf").exists()
    assert export(EXAMPLE, tmp_path / "cmp.pdf", "--compare") == 2
    assert "has no link to the map it was made from" in capsys.readouterr().err


def test_two_maps_with_nothing_in_common_are_refused(tmp_path, capsys):
    other = load(EXAMPLE).document
    stranger = type(other)()
    stranger.append("stages", Stage("s-x", name="Elsewhere"))
    save(stranger, tmp_path / "stranger.jmap")
    assert export(EXAMPLE, tmp_path / "cmp.pdf", "--compare", str(tmp_path / "stranger.jmap")) == 2
    assert "the two maps have nothing in common" in capsys.readouterr().err


def test_compare_applies_to_pdf_only(maps, tmp_path, capsys):
    current, future, _gone = maps
    assert main(["export", str(future), "-o", str(tmp_path / "a.csv"), "--compare", str(current)]) == 2
    assert "does not apply to csv" in capsys.readouterr().err
    assert main(["export", str(future), "-o", str(tmp_path / "a.html"), "--compare", str(current)]) == 2
    assert "does not apply to html" in capsys.readouterr().err


def test_in_the_maps_language_and_on_the_sheets_of_a_poster(tmp_path):
    future = load(NB_EXAMPLE).document
    today = load(NB_EXAMPLE).document
    future.append("touchpoints", Touchpoint("tp-90", "stage-2", future.touchpoints[0].lane, title="Chat med stylist"))
    save(today, tmp_path / "today.jmap")
    save(future, tmp_path / "future.jmap")
    out = tmp_path / "cmp.pdf"
    assert export(tmp_path / "future.jmap", out, "--compare", str(tmp_path / "today.jmap"), "--poster", "A2",
                  "--page", "A4") == 0
    with pdfplumber.open(out) as pdf:
        page = next(p for p in pdf.pages if (p.extract_text() or "").startswith("Sammenligning"))
        assert (page.width, page.height) == pytest.approx(page_size("A4", "landscape"), abs=0.1)
        text = page.extract_text()
        assert "i dag:" in text and "i morgen:" in text and "+ Nytt (1)" in text and "Kort: Chat med stylist" in text


def test_long_columns_go_on_to_another_page(maps, tmp_path):
    current, future, _gone = maps
    doc = load(future).document
    lane = doc.touchpoints[0].lane
    for i in range(120):
        doc.append("touchpoints", Touchpoint(f"tp-{200 + i}", "stage-1", lane, title=f"Extra card {i}"))
    save(doc, future)
    out = tmp_path / "cmp.pdf"
    assert export(future, out, "--compare", str(current)) == 0
    with pdfplumber.open(out) as pdf:
        pages = [p.extract_text() for p in pdf.pages if (p.extract_text() or "").startswith("Comparison")]
    assert len(pages) >= 2 and "Page 2 of" in pages[1]
    shown = " ".join(pages)
    assert all(f"Extra card {i}" in shown for i in range(120))


def test_many_stages_go_on_to_further_pages_at_a_readable_width(tmp_path):
    from jmap.core.generate import large_map

    today = large_map()
    save(today, tmp_path / "today.jmap")
    future = load(tmp_path / "today.jmap").document
    future.set("touchpoints", future.touchpoints[0].id, "title", "Changed on the first stage")
    future.set("touchpoints", future.touchpoints[-1].id, "title", "Changed on the last stage")
    save(future, tmp_path / "future.jmap")
    out = tmp_path / "cmp.pdf"
    assert export(tmp_path / "future.jmap", out, "--compare", str(tmp_path / "today.jmap")) == 0
    with pdfplumber.open(out) as pdf:
        pages = [p for p in pdf.pages if (p.extract_text() or "").startswith("Comparison")]
        texts = [p.extract_text() for p in pages]
    width = page_size("A3", "landscape")[0]
    per_page = int((width - 30 - 60) // 120)
    assert len(pages) >= -(-len(today.stages) // per_page)  # 40 stages: a set of pages per 9 stages on A3
    shown = " ".join(texts)
    assert "Changed on the first stage" in shown and "Changed on the last stage" in shown
    assert all(stage.name in shown for stage in today.stages)
