"""Mermaid, closer to the real renderer: scores, '%' names and comments, Markdown, stages without cards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jmap.cli import main
from jmap.core.document import Document
from jmap.core.model import EmotionPoint, Lane, MapMeta, Persona, Stage, Touchpoint
from jmap.interop.mermaid_read import _parse, mermaid_to_document
from jmap.interop.mermaid_write import EMPTY_STAGE_TASK, to_mermaid
from jmap.io import JmapError, dumps, load, loads, save

RECORDED = json.loads((Path(__file__).parent / "data" / "mermaid_journey_parses.json").read_text(encoding="utf-8"))


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main([*map(str, argv)])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def _feelings(doc: Document) -> list[tuple[str, str, int]]:
    names = {p.id: p.name for p in doc.personas}
    stages = {s.id: s.name for s in doc.stages}
    return sorted((stages[e.stage], names[e.persona], e.value) for e in doc.emotions)


def edge_doc() -> Document:
    """Card titles that start with '%' or hold '%%', stages without cards (with and without feelings)."""
    doc = Document(MapMeta(title="Edges: 100% sure"))
    for sid, name in (("s1", "Arrive"), ("s2", "Wait"), ("s3", "Leave"), ("s4", "Pay")):
        doc.append("stages", Stage(sid, name=name))
    doc.append("lanes", Lane("l1", kind="touchpoints", title="Touchpoints"))
    doc.append("lanes", Lane("l2", kind="actions", title="Doing"))
    doc.append("personas", Persona("p1", name="Ana"))
    for i, title in enumerate(["% discount", "%%{init}%% x", "100% sure", "title page", "%", "x%%y", "\u200b\u2026"]):
        doc.append("touchpoints", Touchpoint(f"tp{i}", "s1", "l1", title=title))
    doc.append("touchpoints", Touchpoint("tp9", "s4", "l1", title="Pay #now; quickly: done"))
    doc.append("emotions", EmotionPoint("e1", "p1", "s2", -2))
    doc.append("emotions", EmotionPoint("e2", "p1", "s1", 3))
    return doc


def empty_doc() -> Document:
    doc = Document(MapMeta(title="Only stages"))
    for i, name in enumerate(["Discover", "Choose", "Use"], start=1):
        doc.append("stages", Stage(f"s{i}", name=name))
    doc.append("lanes", Lane("l1", kind="touchpoints", title="Touchpoints"))
    return doc


# ---------------------------------------------------------------- scores Mermaid draws
def test_whole_scores_outside_1_to_5_import_with_a_warning():
    warnings: list[str] = []
    doc = mermaid_to_document("journey\n  section A\n    Tea: 6: Me\n  section B\n    Bus: 0: Me\n    Rain: -2: Me\n"
                              "  section C\n    Home: 05: Me\n    Bed: +4: Me\n    Dream: 0000: Me\n",
                              "scores.mmd", warnings)
    assert [t.title for t in doc.touchpoints] == ["Tea", "Bus", "Rain", "Home", "Bed", "Dream"]
    # 6 counts as 5 (+3), 0 and -2 as 1 (-3); 05 is 5 and +4 is 4 (as Mermaid reads them); C: 5, 4, 1 -> 3.33 -> +1
    assert _feelings(doc) == [("A", "Me", 3), ("B", "Me", -3), ("C", "Me", 1)]
    assert warnings == [
        "line 3: task 'Tea' has score 6, above Mermaid's 1 to 5; counted as 5 (emotion +3, the end of the map's scale)",
        "line 5: task 'Bus' has score 0, below Mermaid's 1 to 5; counted as 1 (emotion -3, the end of the map's scale)",
        "line 6: task 'Rain' has score -2, below Mermaid's 1 to 5; counted as 1 (emotion -3, the end of the map's "
        "scale)",
        "line 10: task 'Dream' has score 0000, below Mermaid's 1 to 5; counted as 1 (emotion -3, the end of the map's "
        "scale)"]


def test_many_out_of_range_scores_give_a_few_warnings_and_a_count():
    body = "".join(f"    T{i}: {10 + i}: Me\n" for i in range(25))
    warnings: list[str] = []
    doc = mermaid_to_document("journey\n  section A\n" + body + "    Big: 99999999999999999999999: Me\n", "m.mmd",
                              warnings)
    assert len(doc.touchpoints) == 26 and _feelings(doc) == [("A", "Me", 3)]
    assert len(warnings) == 11 and warnings[-1] == "16 more scores outside 1 to 5 were counted as 1 or 5 the same way"


@pytest.mark.parametrize("score", ["4.5", "", "five", "1e1", "0x5", "3 4"])
def test_a_score_that_is_not_a_whole_number_is_still_refused(score):
    with pytest.raises(JmapError, match=f"line 3: the score of task 'Tea' must be a whole number from 1 to 5, "
                                        f"found '{score}'"):
        mermaid_to_document(f"journey\n  section A\n    Tea: {score}: Me\n", "bad.mmd")


def test_jmap_import_warns_about_out_of_range_scores_and_writes_the_map(capsys, tmp_path):
    source = tmp_path / "ten.mmd"
    source.write_text("journey\n  section Visit\n    Great: 10: Ana\n    Fine: 3: Ana\n", encoding="utf-8")
    code, out, err = _run(capsys, "import", source, "-o", tmp_path / "ten.jmap")
    assert code == 0 and out.startswith("wrote ")
    assert err == (f"warning: {source}: line 3: task 'Great' has score 10, above Mermaid's 1 to 5; counted as 5 "
                   f"(emotion +3, the end of the map's scale)\n")
    assert _feelings(load(tmp_path / "ten.jmap").document) == [("Visit", "Ana", 2)]  # (5 + 3) / 2 = 4 -> +2


# ---------------------------------------------------------------- '%': names and comments
def test_a_card_whose_title_starts_with_percent_is_not_a_comment():
    text = to_mermaid(edge_doc())
    lines = text.splitlines()
    assert lines[3:9] == ["      \u200b% discount: 5: Ana", "      \u200b%{init}% x: 5: Ana", "      100% sure: 5: Ana",
                          "      \u200btitle page: 5: Ana", "      \u200b%: 5: Ana", "      x%y: 5: Ana"]
    assert not any(line.lstrip().startswith("%") for line in lines)  # Mermaid would skip such a line
    back = mermaid_to_document(text, "edge.mmd")
    assert [t.title for t in back.touchpoints] == [
        "% discount", "%{init}% x", "100% sure", "title page", "%", "x%y", "…", "Pay ＃now； quickly∶ done"]
    assert to_mermaid(back) == text


def test_percent_comment_lines_are_skipped_as_mermaid_does():
    doc = mermaid_to_document("journey\n  % set up by Kari\n  section A\n    % Tea: 3: Me\n    %{x}: 3: Me\n"
                              "    x%%y: 3: Me\n    ab%%cd: 2: Me\n    Late: 4: Me %% still the actor's name\n",
                              "c.mmd")
    # '%' (not '%{') where a line starts, and any character then '%%', begin a comment; '%%' further on does not
    assert [t.title for t in doc.touchpoints] == ["%{x}", "ab%%cd", "Late"]
    assert [p.name for p in doc.personas] == ["Me", "Me %% still the actor's name"]


# ---------------------------------------------------------------- Markdown
README = """\
# The shop

Some prose first: it has a colon, and a journey below.

```mermaid
flowchart TD
  A --> B
```

```mermaid
---
title: At the counter
---
journey
  section Queue
    Waits: 2: Ana
```

Then more prose.

~~~ mermaid
journey
  title Online
  section Browse
    Looks: 4: Ben
    Pays: x: Ben
~~~
"""


def test_the_first_journey_in_a_markdown_file_after_prose_and_other_diagrams(tmp_path):
    doc = mermaid_to_document(README, str(tmp_path / "README.md"))
    assert doc.meta.title == "At the counter" and [t.title for t in doc.touchpoints] == ["Waits"]
    with pytest.raises(JmapError) as caught:  # the second journey; its line number is the file's
        mermaid_to_document(README, "README.md", index=2)
    assert str(caught.value) == ("README.md: line 26: the score of task 'Pays' must be a whole number from 1 to 5, "
                                 "found 'x'")
    doc = mermaid_to_document(README.replace("Pays: x", "Pays: 5"), "README.md", index=2)
    assert doc.meta.title == "Online" and [t.title for t in doc.touchpoints] == ["Looks", "Pays"]


@pytest.mark.parametrize("text, index, message", [
    (README, 3, "README.md: there is no journey diagram number 3: the file holds 2 (in the ```mermaid blocks opened "
                "on line 10, 21)"),
    ("# Notes\n\n```mermaid\nflowchart TD\n  A --> B\n```\n\n```mermaid\n%% only\n```\n", None,
     "README.md: none of the 2 ```mermaid blocks holds a journey diagram (opened on line 3: 'flowchart TD'; line 8: "
     "'empty')"),
    ("journey\n  section A\n    T: 3\n", 2, "README.md: there is no journey diagram number 2: the file is one "
                                            "diagram (no ```mermaid blocks)"),
    ("# Notes\n\nNo diagram here.\n", None, "README.md: line 1: not a Mermaid journey diagram"),
])
def test_markdown_problems_are_named(text, index, message):
    with pytest.raises(JmapError) as caught:
        mermaid_to_document(text, "README.md", index=index)
    assert str(caught.value).startswith(message)


def test_jmap_import_reads_markdown_with_format_and_index(capsys, tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(README.replace("Pays: x", "Pays: 5"), encoding="utf-8")
    assert _run(capsys, "import", readme, "-o", tmp_path / "a.jmap")[0] == 0  # .md is read as Markdown
    assert load(tmp_path / "a.jmap").document.meta.title == "At the counter"
    notes = tmp_path / "notes.txt"
    notes.write_text(README.replace("Pays: x", "Pays: 5"), encoding="utf-8")
    code, out, err = _run(capsys, "import", notes, "--format", "mermaid", "--index", "2", "-o", tmp_path / "b.jmap")
    assert (code, err) == (0, "") and "2 touchpoints" in out
    assert load(tmp_path / "b.jmap").document.meta.title == "Online"
    code, _, err = _run(capsys, "import", notes, "--format", "mermaid", "--index", "5", "-o", tmp_path / "c.jmap")
    assert code == 1 and "there is no journey diagram number 5" in err and not (tmp_path / "c.jmap").exists()
    code, _, err = _run(capsys, "import", notes, "--format", "mermaid", "--index", "0", "-o", tmp_path / "c.jmap")
    assert code == 2 and "--index must be a whole number from 1, found '0'" in err
    table = tmp_path / "t.csv"
    table.write_text("kind,stage,lane,text\nnote,A,B,x\n", encoding="utf-8")
    code, _, err = _run(capsys, "import", table, "--index", "2", "-o", tmp_path / "c.jmap")
    assert code == 2 and "does not apply to CSV" in err and not (tmp_path / "c.jmap").exists()


# ---------------------------------------------------------------- stages without cards
def test_stages_without_cards_are_drawn_and_come_back_empty():
    doc = edge_doc()
    text = to_mermaid(doc)
    assert "    section Wait\n      \u200b…: 2: Ana\n    section Leave\n      \u200b…: 3: Customer\n" in text
    back = mermaid_to_document(text, "edge.mmd")
    assert [s.name for s in back.stages] == ["Arrive", "Wait", "Leave", "Pay"]
    stage = {s.name: s.id for s in back.stages}
    assert not any(t.stage in (stage["Wait"], stage["Leave"]) for t in back.touchpoints)
    assert ("Wait", "Ana", -2) in _feelings(back)  # the feeling of a stage without cards survives too
    assert to_mermaid(back) == text
    result = loads(dumps(back))
    assert result.warnings == []


def test_jmap_export_of_a_map_without_cards_draws_every_stage(capsys, tmp_path):
    source = tmp_path / "empty.jmap"
    save(empty_doc(), source)
    assert _run(capsys, "export", source, "-o", tmp_path / "empty.mmd")[0] == 0
    assert (tmp_path / "empty.mmd").read_text(encoding="utf-8") == (
        "journey\n    title Only stages\n    section Discover\n      \u200b…: 3: Customer\n"
        "    section Choose\n      \u200b…: 3: Customer\n    section Use\n      \u200b…: 3: Customer\n")
    assert EMPTY_STAGE_TASK == "\u200b…"
    assert _run(capsys, "import", tmp_path / "empty.mmd", "-o", tmp_path / "back.jmap")[0] == 0
    back = load(tmp_path / "back.jmap").document
    assert [s.name for s in back.stages] == ["Discover", "Choose", "Use"] and back.touchpoints == []


# ---------------------------------------------------------------- against Mermaid's own reading
def test_the_recorded_inputs_of_jmaps_writer_are_what_it_writes_today():
    cases = {c["name"]: c for c in RECORDED["cases"]}
    assert to_mermaid(edge_doc()) == cases["jmap writer: edge map"]["input"]
    assert to_mermaid(empty_doc()) == cases["jmap writer: stages without cards"]["input"]


@pytest.mark.parametrize("case", RECORDED["cases"], ids=lambda c: c["name"])
def test_jmap_reads_what_mermaid_reads(case):
    """Sections, tasks, scores (1…5 after counting) and actors as Mermaid's grammar found them."""
    mermaid = case["mermaid"]
    journey = _parse(case["input"], "case.mmd")
    assert journey.title == mermaid["title"].strip()
    assert [name for name, _ in journey.sections] == [s.strip() for s in mermaid["sections"]]
    ours = [(section, name if name is not None else EMPTY_STAGE_TASK, score, actors)
            for section, tasks in journey.sections for name, score, actors, _ in tasks]
    theirs = [(t["section"].strip(), t["task"].strip().lstrip("\u200b") if t["task"].strip() != EMPTY_STAGE_TASK
               else EMPTY_STAGE_TASK, max(1, min(5, t["score"])), [p for p in t["people"] if p])
              for t in mermaid["tasks"]]
    assert ours == theirs
    if case["name"].startswith("jmap writer"):
        assert mermaid["drawn"] == mermaid["sections"]  # every stage is drawn
