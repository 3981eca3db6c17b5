"""Mermaid journey and CSV: writers, readers of untrusted text, round trips and `jmap import`."""

from __future__ import annotations

import argparse
import csv
import io
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jmap.core.document import Document
from jmap.core.model import (
    CARD_LANES,
    EmotionPoint,
    Lane,
    LaneKind,
    MapMeta,
    Note,
    Persona,
    Stage,
    Touchpoint,
)
from jmap.core.theme import PERSONA_PALETTE
from jmap.interop.csv_write import COLUMNS, escape_cell, to_csv, unescape_cell, write_csv
from jmap.interop.mermaid_write import clean_text, emotion_to_score, to_mermaid, write_mermaid
from jmap.io import JmapError, dumps, load, loads
from jmap.interop.csv_read import csv_to_document
from jmap.interop.cli import add_parser
from jmap.interop.mermaid_read import (
    MAX_BYTES,
    MAX_LINES,
    _score_to_emotion,
    mermaid_to_document,
)
from jmap.io.templates import example_paths

TP_FIELDS = ("title", "description", "channel", "online", "owner", "importance", "impact", "evidence", "entry")


@pytest.fixture(scope="module")
def examples():
    paths = example_paths()
    assert paths, "no worked examples found in templates/examples"
    return [(path.name, load(path).document) for path in paths]


def _clean_file(doc: Document) -> None:
    """The document saves, and the saved bytes load back without any warning, unchanged."""
    raw = dumps(doc)
    result = loads(raw)
    assert result.warnings == []
    assert dumps(result.document) == raw


def _stage_means(doc: Document) -> dict[str, float]:
    """Stage name -> mean over personas of each persona's mean emotion in that stage."""
    out = {}
    for stage in doc.stages:
        per = {}
        for p in doc.emotions:
            if p.stage == stage.id:
                per.setdefault(p.persona, []).append(p.value)
        if per:
            out[stage.id] = sum(sum(v) / len(v) for v in per.values()) / len(per)
    return out


def _expected_tasks(doc: Document, stage) -> list[str]:
    cards = [clean_text(tp.title) for lane in doc.lanes if lane.kind in CARD_LANES
             for tp in doc.touchpoints_in(lane.id, stage.id)]
    return cards or [clean_text(n.text) for lane in doc.lanes if lane.kind == LaneKind.ACTIONS
                     for n in doc.notes_in(lane.id, stage.id)]


# ---------------------------------------------------------------- Mermaid writer
def test_score_scale_both_ways():
    assert [emotion_to_score(v) for v in range(-3, 4)] == [1, 2, 2, 3, 4, 4, 5]
    assert emotion_to_score(-2.25) == 2 and emotion_to_score(0.75) == 4  # halves round up
    assert emotion_to_score(-9) == 1 and emotion_to_score(9) == 5
    assert [_score_to_emotion(s) for s in range(1, 6)] == [-3, -2, 0, 2, 3]
    assert all(emotion_to_score(_score_to_emotion(s)) == s for s in range(1, 6))


def _hostile_doc() -> Document:
    doc = Document(MapMeta(title="Shop: #1; 100%% sure\nsecond line"))
    for sid, name in (("stage-1", "Look: around"), ("stage-2", ""), ("stage-3", "Quiet"), ("stage-4", "Nothing")):
        doc.append("stages", Stage(sid, name=name))
    doc.append("lanes", Lane("lane-1", kind="actions", title="Doing"))
    doc.append("lanes", Lane("lane-2", kind="touchpoints", title="Touchpoints"))
    doc.append("lanes", Lane("lane-3", kind="backstage", title="Back"))
    doc.append("personas", Persona("persona-1", name="Ana, the buyer"))
    doc.append("personas", Persona("persona-2", name=""))
    texts = ["Title page: read it", "section 2 of the form", "journey planner", "Pay #now; quickly",
             "line one\nline two", "", "accDescr {x}", "  Help   desk  "]
    for i, text in enumerate(texts):
        lane = "lane-3" if i == len(texts) - 1 else "lane-2"
        doc.append("touchpoints", Touchpoint(f"tp-{i + 1}", "stage-1" if i < 4 else "stage-2", lane, title=text))
    doc.append("notes", Note("note-1", "lane-1", "stage-3", text="Waits: at home"))
    doc.append("notes", Note("note-2", "lane-1", "stage-1", text="not shown: stage 1 has cards"))
    doc.append("emotions", EmotionPoint("emo-1", "persona-1", "stage-1", -3))
    doc.append("emotions", EmotionPoint("emo-2", "persona-1", "stage-1", -1))
    doc.append("emotions", EmotionPoint("emo-3", "persona-2", "stage-1", 1))
    doc.append("emotions", EmotionPoint("emo-4", "persona-2", "stage-3", 3))
    return doc


def test_mermaid_text_is_sanitised_and_reads_back():
    doc = _hostile_doc()
    text = to_mermaid(doc)
    lines = text.splitlines()
    assert text.endswith("\n") and lines[0] == "journey"
    assert lines[1] == "    title Shop: ＃1； 100% sure second line"
    assert lines[2] == "    section Look∶ around"
    # persona-1 mean -2, persona-2 mean +1 -> -0.5 -> score 3; the comma in a name cannot split actors
    assert lines[3] == "      \u200bTitle page∶ read it: 3: Ana‚ the buyer, Persona 2"
    assert "section Stage 2" in text and "      Waits∶ at home: 5: Persona 2" in text
    assert "      Help desk: 3: Customer" in text and "      Untitled: 3: Customer" in text
    # a stage without cards keeps one stand-in task, or Mermaid would not draw it (no card on import)
    assert lines[-2:] == ["    section Nothing", "      \u200b…: 3: Customer"]
    for line in lines[3:]:
        if not line.startswith("    section"):
            assert re.fullmatch(r"      [^:#;%\n]+: [1-5]: [^:#;%,\n]+(, [^:#;%,\n]+)*", line), line
    assert to_mermaid(doc) == text  # deterministic

    back = mermaid_to_document(text, "hostile.mmd")
    assert [s.name for s in back.stages] == ["Look∶ around", "Stage 2", "Quiet", "Nothing"]
    assert [t.title for t in back.touchpoints[:4]] == [
        "Title page∶ read it", "section 2 of the form", "journey planner", "Pay ＃now； quickly"]
    assert [t.title for t in back.touchpoints[4:]] == [
        "line one line two", "Untitled", "accDescr {x}", "Help desk", "Waits∶ at home"]
    assert back.meta.title == "Shop: ＃1； 100% sure second line"
    assert to_mermaid(back) == text
    _clean_file(back)


def test_there_are_examples(examples):
    assert len(examples) >= 3


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.name)
def test_examples_through_mermaid_keep_stages_tasks_and_feelings(path):
    name, doc = path.name, load(path).document
    back = mermaid_to_document(to_mermaid(doc), name)
    assert [s.name for s in back.stages] == [clean_text(s.name) for s in doc.stages]
    assert back.meta.title == clean_text(doc.meta.title, colon=True)
    for old, new in zip(doc.stages, back.stages):
        got = [t.title for lane in back.lanes for t in back.touchpoints_in(lane.id, new.id)]
        assert got == _expected_tasks(doc, old), old.name
    assert len(back.flows) == len(back.touchpoints) - 1 and back.touchpoints[0].entry
    before, after = _stage_means(doc), _stage_means(back)
    for old, new in zip(doc.stages, back.stages):
        if old.id in before:
            assert abs(after[new.id] - before[old.id]) <= 1, old.name
    assert sorted(p.name for p in back.personas) == sorted(p.name for p in doc.personas)
    assert [p.colour for p in back.personas] == list(PERSONA_PALETTE[:len(back.personas)])
    assert [lane.kind for lane in back.lanes] == ["touchpoints", "emotions"]
    assert (back.meta.language, back.meta.map_type) == ("en", "current-state")
    assert to_mermaid(back) == to_mermaid(doc)  # the diagram survives a trip through a map
    _clean_file(back)


def test_write_mermaid_and_csv_files(examples, tmp_path):
    doc = examples[0][1]
    write_mermaid(doc, tmp_path / "a.mmd")
    write_csv(doc, tmp_path / "a.csv")
    assert (tmp_path / "a.mmd").read_bytes() == to_mermaid(doc).encode("utf-8")
    assert (tmp_path / "a.csv").read_bytes() == to_csv(doc).encode("utf-8")
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbf")


# ---------------------------------------------------------------- Mermaid reader
SAMPLE = """\
---
title: Renewing a library card
---
%%{init: {"theme": "neutral"}}%%
journey
    title Renewing a library card
    accDescr: How a reader renews a card online and at the desk
    %% the first part happens at home
    section At home
      Finds the renewal page: 4: Reader
      Logs in with the card number: 2: Reader, Parent   # the number is hard to read
      Reads the fees: 3
    section At the desk
      Waits in the queue: 1: Reader, Parent
      Gets a new card: 5: Reader
"""


def test_a_docs_style_diagram():
    doc = mermaid_to_document(SAMPLE.replace("\n", "\r\n").encode("utf-8"), "library.mmd")
    assert doc.meta.title == "Renewing a library card"
    assert doc.meta.description == "How a reader renews a card online and at the desk"
    assert [s.name for s in doc.stages] == ["At home", "At the desk"]
    assert [t.title for t in doc.touchpoints] == ["Finds the renewal page", "Logs in with the card number",
                                                  "Reads the fees", "Waits in the queue", "Gets a new card"]
    assert [(f.source, f.target) for f in doc.flows] == [("tp-1", "tp-2"), ("tp-2", "tp-3"), ("tp-3", "tp-4"),
                                                         ("tp-4", "tp-5")]
    assert [t.entry for t in doc.touchpoints] == [True, False, False, False, False]
    assert [(p.name, p.colour) for p in doc.personas] == [
        ("Reader", PERSONA_PALETTE[0]), ("Parent", PERSONA_PALETTE[1]), ("Customer", PERSONA_PALETTE[2])]
    names = {p.id: p.name for p in doc.personas}
    stages = {s.id: s.name for s in doc.stages}
    points = sorted((stages[e.stage], names[e.persona], e.value) for e in doc.emotions)
    # Reader at home: scores 4 and 2 -> 3 -> 0; Parent: 2 -> -2; the task without actors: Customer 3 -> 0
    assert points == [("At home", "Customer", 0), ("At home", "Parent", -2), ("At home", "Reader", 0),
                      ("At the desk", "Parent", -3), ("At the desk", "Reader", 0)]
    assert [lane.title for lane in doc.lanes] == ["Touchpoints", "Emotions"]
    _clean_file(doc)


def test_a_markdown_code_block_and_the_file_name_as_title():
    text = "```mermaid\njourney\n  section Only\n    Looks: 3: Me\n```\n"
    doc = mermaid_to_document(text, "/tmp/notes/visit.md")
    assert doc.meta.title == "visit" and [t.title for t in doc.touchpoints] == ["Looks"]


@pytest.mark.parametrize("text, message", [
    ("flowchart TD\n  A --> B\n", ("line 1: not a Mermaid journey diagram (the first statement must be 'journey', "
                                  "found 'flowchart TD')")),
    ("journey\n  title T\n  Make tea: 5: Me\n", "line 3: task 'Make tea' comes before any section"),
    ("journey\n  section A\n  Make tea: seven: Me\n", ("line 3: the score of task 'Make tea' must be a whole "
                                                      "number from 1 to 5, found 'seven'")),
    ("journey\n  section A\n  Tea: 4.5: Me\n", "found '4.5'"),
    ("journey\n  section A\n  Tea: : Me\n", "line 3: the score of task 'Tea' must be a whole number"),
    ("journey\n  section A\n  : 3: Me\n", "line 3: the task has an empty name"),
    ("journey\n  section A\n  Make tea\n", ("line 3: expected a task 'name: score: actors', a 'section' or a "
                                           "'title', found 'Make tea'")),
    ("journey\n  section A\n  Call #2: 3: Me\n", "line 3: expected a task"),
    ("journey\n  section A: B\n  Tea: 3\n", "line 2: a section name cannot hold ':'"),
    ("journey\n  section   \n", "line 2: the section has no name"),
    ("journey\n  title Nothing here\n", "line 2: the journey has no section"),
    ("---\ntitle: x\njourney\n", "line 1: the front matter opened with '---' is never closed"),
    ("%% only a comment\n\n", "the file is empty"),
    ("journey\n  section A\n  " + "x" * 10_001 + ": 3\n", "line 3: the line is too long"),
    ("---\ntitle: " + "x" * 10_001 + "\n---\njourney\n", "line 2: the line is too long"),
    ("journey\n  accDescr {\n" + ("y" * 9_000 + "\n") * 3 + "}\n  section A\n",
     "line 2: the description is too long (the limit is 20,000 characters)"),
    ("journey\n" + "\n" * MAX_LINES, f"line {MAX_LINES + 1}: too many lines (the limit is 20,000)"),
])
def test_bad_diagrams_name_the_line(text, message):
    with pytest.raises(JmapError) as caught:
        mermaid_to_document(text, "bad.mmd")
    assert str(caught.value).startswith("bad.mmd: ")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("raw, message", [
    (b"journey\n  section A\n  Caf\xe9: 3: Me\n", "line 3, column 6: not UTF-8 text (byte 0xe9)"),
    ("journey\n".encode("utf-16"), "the file is UTF-16 encoded"),
    (b"journey\n  section A\n  Tea\x00: 3\n", "line 3: the text holds an invalid character (U+0000)"),
    (b"journey\n" + b" " * MAX_BYTES, "bad.mmd: the file is too large (32.0 MB; the limit is 32 MB)"),
])
def test_bad_bytes(raw, message):
    with pytest.raises(JmapError) as caught:
        mermaid_to_document(raw, "bad.mmd")
    assert message in str(caught.value)


def test_a_byte_order_mark_is_tolerated():
    doc = mermaid_to_document(b"\xef\xbb\xbfjourney\n section A\n  Tea: 3: Me\n", "bom.mmd")
    assert [s.name for s in doc.stages] == ["A"]


# ---------------------------------------------------------------- CSV
def _cells(doc: Document) -> list:
    """Everything the CSV carries, cell by cell in map order, by stage and lane name."""
    out = []
    for stage in doc.stages:
        for lane in doc.lanes:
            for tp in doc.touchpoints_in(lane.id, stage.id):
                out.append((stage.name, lane.title, lane.kind, "tp", *(getattr(tp, f) for f in TP_FIELDS)))
            for note in doc.notes_in(lane.id, stage.id):
                out.append((stage.name, lane.title, lane.kind, "note", note.text, note.colour))
    return out


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.name)
def test_examples_through_csv_keep_every_field(path):
    name, doc = path.name, load(path).document
    warnings = []
    back = csv_to_document(to_csv(doc), name, warnings)
    assert warnings == []
    assert [s.name for s in back.stages] == [s.name for s in doc.stages]
    # every lane, those that hold nothing too (an "empty" row keeps them), in the map's order
    assert [(lane.title, lane.kind) for lane in back.lanes] == [(lane.title, lane.kind) for lane in doc.lanes]
    assert len(back.touchpoints) == len(doc.touchpoints) and len(back.notes) == len(doc.notes)
    assert _cells(back) == _cells(doc)
    _clean_file(back)


def _injection_doc() -> Document:
    doc = Document(MapMeta(title="x"))
    doc.append("stages", Stage("stage-1", name="=cmd|' /C calc'!A0"))
    doc.append("lanes", Lane("lane-1", kind="touchpoints", title="@lane"))
    doc.append("lanes", Lane("lane-2", kind="ideas", title="Ideas"))
    doc.append("touchpoints", Touchpoint("tp-1", "stage-1", "lane-1", title='=HYPERLINK("http://x","y")',
                                         description="-2+3\nsecond, \"quoted\" line", owner="+47 22 00 00 00"))
    doc.append("notes", Note("note-1", "lane-2", "stage-1", text="'=already quoted", colour="#FFAA00"))
    doc.append("notes", Note("note-2", "lane-2", "stage-1", text="\tTabbed"))
    doc.append("notes", Note("note-3", "lane-2", "stage-1", text="'tis fine; Ωμέγα, æøå"))
    return doc


def test_csv_cells_cannot_become_formulas():
    doc = _injection_doc()
    text = to_csv(doc, bom=False)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(COLUMNS)
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert rows[1][1] == "'=cmd|' /C calc'!A0" and rows[1][2] == "'@lane"
    assert rows[1][4] == "'=HYPERLINK(\"http://x\",\"y\")" and rows[1][5] == "'-2+3\nsecond, \"quoted\" line"
    assert rows[1][8] == "'+47 22 00 00 00"
    assert [r[4] for r in rows[2:]] == ["''=already quoted", "'\tTabbed", "'tis fine; Ωμέγα, æøå"]
    back = csv_to_document(text, "x.csv")
    assert _cells(back) == _cells(doc)
    for cell in ("=1", "'=1", "''+x", "'plain", "plain", "-", ""):
        assert unescape_cell(escape_cell(cell)) == cell


def test_csv_from_a_spreadsheet_semicolons_bom_and_guessed_lanes():
    text = ("\ufeffKind;Stage;Lane;Title;Channel;Importance;Notes\r\n"
            "touchpoint;Oppdagelse;Berøringspunkter;Annonse;AD;4;x\r\n"
            "note;Oppdagelse;Smertepunkter;For mye tekst;;;y\r\n"
            ";;;;;;\r\n"
            "note;Kjøp;Nobody knows;Hmm;;;\r\n")
    warnings = []
    doc = csv_to_document(text.encode("utf-8"), "kunde.csv", warnings)
    assert warnings == ["line 1, column 7: unknown column 'Notes' is ignored"]
    assert [(lane.title, lane.kind) for lane in doc.lanes] == [
        ("Berøringspunkter", "touchpoints"), ("Smertepunkter", "pain_points"), ("Nobody knows", "touchpoints")]
    tp = doc.touchpoints[0]
    assert (tp.title, tp.channel, tp.online, tp.importance, tp.impact, tp.evidence) == (
        "Annonse", "ad", True, 4, 3, "observed")
    assert doc.meta.title == "kunde" and [s.name for s in doc.stages] == ["Oppdagelse", "Kjøp"]
    _clean_file(doc)


def test_csv_lane_order_follows_the_order_within_stages():
    text = ("kind,stage,lane,text\n"
            "note,Look,Thoughts,hmm\n"
            "note,Buy,Actions,pays\nnote,Buy,Thoughts,ok\nnote,Buy,Pain points,slow\n"
            "note,Use,Ideas,x\nnote,Use,Actions,uses\n")
    doc = csv_to_document(text, "order.csv")
    assert [lane.title for lane in doc.lanes] == ["Ideas", "Actions", "Thoughts", "Pain points"]
    assert [lane.kind for lane in doc.lanes] == ["ideas", "actions", "thoughts", "pain_points"]
    _clean_file(doc)


HEAD = "kind,stage,lane,text,channel,online,importance,impact,evidence,lane_kind,colour\n"


@pytest.mark.parametrize("body, message", [
    ('note,A,B,"oops\nmore\n', 'line 2, column 10: this quoted field is never closed'),
    ('note,A,"B"x,y,,,,,,,\n', "line 2, column 11: text after the closing '\"' of a quoted field"),
    ("note,A,B,text\n", "line 2: the row has 4 fields but the header has 11"),
    ("touchpoint,A,B,Ad,fax,,,,,,\n", ("line 2, column 5 (channel): unknown channel 'fax'; allowed: web, app, "
                                      "email, social, search, ad, store, phone, chat, event, mail, other")),
    ("touchpoint,A,B,Ad,web,,,,rumour,,\n", ("line 2, column 9 (evidence): unknown evidence 'rumour'; allowed: "
                                            "observed, assumed, proposed")),
    ("touchpoint,A,B,Ad,web,,6,,,,\n", ("line 2, column 7 (importance): importance must be a whole number from "
                                       "1 to 5, found '6'")),
    ("touchpoint,A,B,Ad,web,,,0,,,\n", ("line 2, column 8 (impact): impact must be a whole number from 1 to 5, "
                                       "found '0'")),
    ("touchpoint,A,B,Ad,web,,high,,,,\n", "found 'high'"),
    ("touchpoint,A,B,Ad,web,maybe,,,,,\n", "line 2, column 6 (online): online must be yes or no, found 'maybe'"),
    ("card,A,B,Ad,,,,,,,\n", "line 2, column 1 (kind): unknown kind 'card'; allowed: touchpoint, note"),
    ("note,,B,x,,,,,,,\n", "line 2, column 2 (stage): the stage has no name"),
    ("note,A,B,x,,,,,,,red\n", "line 2, column 11 (colour): a colour is written #RRGGBB, found 'red'"),
    ("note,A,B,x,,,,,,lanes,\n", "line 2, column 10 (lane_kind): unknown lane kind 'lanes'"),
    ("note,A,B,x,,,,,,ideas,\nnote,A,B,y,,,,,,goals,\n",
     "line 3, column 10 (lane_kind): lane 'B' is of kind 'ideas' (line 2), not 'goals'"),
    ("note,A,B,x,,,,,,thoughts,\ntouchpoint,A,B,Ad,,,,,,,\n",
     "line 3, column 10 (lane_kind): a touchpoint cannot be in lane 'B' of kind 'thoughts'"),
    ("touchpoint,A,B,Ad,,,,,,,\nnote,A,B,x,,,,,,thoughts,\n", "line 2: a touchpoint cannot be in lane 'B'"),
])
def test_bad_tables_name_line_and_column(body, message):
    with pytest.raises(JmapError) as caught:
        csv_to_document(HEAD + body, "bad.csv")
    assert str(caught.value).startswith("bad.csv: ")
    assert message in str(caught.value)


@pytest.mark.parametrize("data, message", [
    ("stage,lane,text\nA,B,c\n", "line 1: the first row must be a header naming the columns; 'kind' is missing"),
    ("\n\n", "the file is empty"),
    ("kind,kind,stage,lane,text\n", "line 1, column 2: column 'kind' appears twice"),
    (HEAD, "the table has a header but no rows"),
    (HEAD.encode() + b"note,A,B,\xff,,,,,,,\n", "line 2, column 10: not UTF-8 text (byte 0xff)"),
    (HEAD + "note,A,B,x,,,,,,,\n" * 50_001, "line 50002: too many rows (the limit is 50,000)"),
    (HEAD + "note,A,B," + "x" * 20_001 + ",,,,,,,\n", "line 2, column 4 (text): the text is too long"),
    ("kind,stage,lane,text\n" + "x" * MAX_BYTES, "the file is too large"),
])
def test_bad_csv_files(data, message):
    with pytest.raises(JmapError) as caught:
        csv_to_document(data, "bad.csv")
    assert message in str(caught.value)


# ---------------------------------------------------------------- jmap import
def _run(capsys, *argv) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="jmap")
    add_parser(parser.add_subparsers(dest="command"))
    try:
        args = parser.parse_args(["import", *map(str, argv)])
        code = args.func(args)
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_import_cli_writes_maps(capsys, tmp_path, examples):
    mmd, table = tmp_path / "library.mmd", tmp_path / "shop.CSV"
    mmd.write_text(SAMPLE, encoding="utf-8")
    table.write_bytes(to_csv(examples[0][1]).encode("utf-8"))
    code, out, err = _run(capsys, mmd, "-o", tmp_path / "library.jmap")
    assert (code, err) == (0, "")
    assert out.strip() == (f"wrote {tmp_path / 'library.jmap'} (2 stages, 2 lanes, 5 touchpoints, 0 notes, "
                           f"3 personas) from {mmd}")
    result = load(tmp_path / "library.jmap")
    assert result.warnings == [] and result.document.meta.created.endswith("Z")
    assert [s.name for s in result.document.stages] == ["At home", "At the desk"]
    code, out, err = _run(capsys, table, "-o", tmp_path / "shop.jmap")
    assert code == 0 and load(tmp_path / "shop.jmap").document.touchpoints
    other = tmp_path / "diagram.txt"
    other.write_text(SAMPLE, encoding="utf-8")
    assert _run(capsys, other, "--format", "mermaid", "-o", tmp_path / "d.jmap")[0] == 0


def test_import_cli_refuses_to_overwrite_without_force(capsys, tmp_path):
    mmd, out = tmp_path / "a.mmd", tmp_path / "a.jmap"
    mmd.write_text(SAMPLE, encoding="utf-8")
    out.write_text("precious", encoding="utf-8")
    code, _, err = _run(capsys, mmd, "-o", out)
    assert code == 2 and err == f"jmap import: {out} already exists (use --force to replace it)\n"
    assert out.read_text(encoding="utf-8") == "precious"
    assert _run(capsys, mmd, "-o", out, "--force")[0] == 0
    assert load(out).document.meta.title == "Renewing a library card"


def test_import_cli_errors_are_one_line(capsys, tmp_path):
    bad = tmp_path / "bad.mmd"
    bad.write_text("journey\n  section A\n  Tea: 4.5: Me\n", encoding="utf-8")
    out = tmp_path / "out.jmap"
    code, stdout, err = _run(capsys, bad, "-o", out)
    assert code == 1 and stdout == "" and not out.exists()
    assert err == (f"jmap import: {bad}: line 3: the score of task 'Tea' must be a whole number from 1 to 5, "
                   f"found '4.5'\n")
    table = tmp_path / "bad.csv"
    table.write_text(HEAD + "touchpoint,A,B,Ad,fax,,,,,,\n", encoding="utf-8")
    code, _, err = _run(capsys, table, "-o", out)
    assert code == 1 and err.count("\n") == 1 and "line 2, column 5 (channel)" in err
    code, _, err = _run(capsys, tmp_path / "missing.mmd", "-o", out)
    assert code == 2 and err == f"jmap import: {tmp_path / 'missing.mmd'}: no such file\n"
    code, _, err = _run(capsys, tmp_path, "--format", "csv", "-o", out)
    assert code == 2 and "is a folder" in err
    code, _, err = _run(capsys, tmp_path / "x.txt", "-o", out)
    assert code == 2 and "use --format mermaid or --format csv" in err
    assert _run(capsys, bad)[0] == 2  # -o is required
    assert not out.exists()


def test_import_is_a_jmap_subcommand(capsys, tmp_path):
    """`jmap import` through jmap.cli.main (the lead registers jmap.interop.cli in jmap.cli._PLUGGED)."""
    from jmap.cli import main

    mmd = tmp_path / "a.mmd"
    mmd.write_text(SAMPLE, encoding="utf-8")
    assert main(["import", str(mmd), "-o", str(tmp_path / "a.jmap")]) == 0
    assert load(tmp_path / "a.jmap").document.meta.title == "Renewing a library card"


# ---------------------------------------------------------------- properties
_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=25)
_NAME = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=12)


@st.composite
def _maps(draw):
    doc = Document(MapMeta(title=draw(_TEXT)))
    stage_names = draw(st.lists(_NAME, min_size=1, max_size=4, unique_by=str.casefold))
    for i, name in enumerate(stage_names):
        doc.append("stages", Stage(f"stage-{i + 1}", name=name))
    lane_names = draw(st.lists(_NAME, min_size=1, max_size=4, unique=True))
    for i, name in enumerate(lane_names):
        kind = draw(st.sampled_from(sorted(k.value for k in LaneKind)))
        doc.append("lanes", Lane(f"lane-{i + 1}", kind=kind, title=name))
    for i in range(draw(st.integers(0, 3))):
        doc.append("personas", Persona(f"persona-{i + 1}", name=draw(_TEXT)))
    for i in range(draw(st.integers(0, 12))):
        stage = draw(st.sampled_from(doc.stages)).id
        lane = draw(st.sampled_from(doc.lanes))
        if lane.kind in CARD_LANES and draw(st.booleans()):
            doc.append("touchpoints", Touchpoint(
                f"tp-{i + 1}", stage, lane.id, title=draw(_TEXT), description=draw(_TEXT), owner=draw(_TEXT),
                channel=draw(st.sampled_from(["web", "store", "other"])), online=draw(st.booleans()),
                importance=draw(st.integers(1, 5)), impact=draw(st.integers(1, 5)),
                evidence=draw(st.sampled_from(["observed", "assumed", "proposed"])), entry=draw(st.booleans())))
        else:
            doc.append("notes", Note(f"note-{i + 1}", lane.id, stage, text=draw(_TEXT),
                                     colour=draw(st.sampled_from(["", "#00AA11"]))))
    for i in range(draw(st.integers(0, 6))):
        if doc.personas:
            doc.append("emotions", EmotionPoint(f"emo-{i + 1}", draw(st.sampled_from(doc.personas)).id,
                                                draw(st.sampled_from(doc.stages)).id, draw(st.integers(-3, 3))))
    return doc


@settings(max_examples=150, deadline=None)
@given(_maps())
def test_any_map_survives_csv(doc):
    assume(doc.touchpoints or doc.notes)  # a table without rows is refused
    back = csv_to_document(to_csv(doc), "any.csv")
    assert _cells(back) == [(s.strip(), lane.strip(), *rest) for s, lane, *rest in _cells(doc)]
    _clean_file(back)


@settings(max_examples=150, deadline=None)
@given(_maps())
def test_any_map_survives_mermaid(doc):
    text = to_mermaid(doc)
    back = mermaid_to_document(text, "any.mmd")
    assert [s.name for s in back.stages] == [clean_text(s.name) for s in doc.stages]
    assert [t.title for t in back.touchpoints] == [name for s in doc.stages for name in _expected_tasks(doc, s)]
    _clean_file(back)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["journey", "\n", "section A", "title T", ":", " 3", "9", ",", "Me", "#", ";",
                                 "%%", "\r\n", "---", "accDescr {", "}", "\u200b", "é", " ", "```mermaid", "~~~",
                                 "```", "%", "%{", "-", "0", "\u2026"]), max_size=30))
def test_any_text_gives_a_map_or_one_line_error(parts):
    try:
        doc = mermaid_to_document("".join(parts), "x.mmd")
    except JmapError as exc:
        assert "\n" not in str(exc)
    else:
        _clean_file(doc)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["kind,stage,lane,text", "\n", ",", '"', "note", "touchpoint", "A", "B", "=x",
                                 "'", ";", "\r", "web", "5", "é", " ", "sep=", "sep=;", "\t"]), max_size=30))
def test_any_table_gives_a_map_or_one_line_error(parts):
    try:
        doc = csv_to_document("".join(parts), "x.csv")
    except JmapError as exc:
        assert "\n" not in str(exc)
    else:
        _clean_file(doc)


def test_jmap_export_writes_mermaid_and_csv_by_suffix_and_they_import_back(tmp_path, capsys):
    from jmap.cli import main as cli_main

    source = example_paths()[0]
    original = load(source).document
    for suffix in (".mmd", ".csv"):
        out = tmp_path / f"map{suffix}"
        assert cli_main(["export", str(source), "-o", str(out)]) == 0
        back = tmp_path / f"back{suffix}.jmap"
        assert cli_main(["import", str(out), "-o", str(back)]) == 0
        doc = load(back).document
        assert [s.name for s in doc.stages] == [s.name for s in original.stages]
        assert len(doc.touchpoints) == len(original.touchpoints)
    assert "Traceback" not in capsys.readouterr().err


def test_stages_with_the_same_name_stay_apart_through_csv():
    doc = Document()
    for i in range(3):
        doc.append("stages", Stage(f"stage-{i + 1}", name="Visit"))
    doc.append("lanes", Lane("lane-1", kind="touchpoints", title="Touchpoints"))
    for i in range(3):
        doc.append("touchpoints", Touchpoint(f"tp-{i + 1}", stage=f"stage-{i + 1}", lane="lane-1", title=f"T{i}"))
    back = csv_to_document(to_csv(doc), "t.csv")
    assert [s.name for s in back.stages] == ["Visit", "Visit (2)", "Visit (3)"]
    assert [(tp.title, back.get("stages", tp.stage).name) for tp in back.touchpoints] == [
        ("T0", "Visit"), ("T1", "Visit (2)"), ("T2", "Visit (3)")]
