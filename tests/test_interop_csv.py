"""CSV: Excel's `sep=` first line, and one size limit (and exit code) for every format jmap reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jmap.cli import main
from jmap.interop.csv_read import csv_to_document
from jmap.interop.mermaid_read import MAX_BYTES, mermaid_to_document
from jmap.core.model import Touchpoint
from jmap.io import JmapError, load, save
from jmap.io.schema import MAX_FILE_BYTES

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main([*map(str, argv)])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- sep=
@pytest.mark.parametrize("first", ["sep=;", "SEP=;", '"sep=;"', "sep=; "])
def test_excels_sep_line_names_the_separator(first):
    text = f"\ufeff{first}\r\nkind;stage;lane;text;owner\r\ntouchpoint;Visit;Touchpoints;Asks, then waits;Kari\r\n"
    doc = csv_to_document(text.encode("utf-8"), "excel.csv")
    assert [(t.title, t.owner) for t in doc.touchpoints] == [("Asks, then waits", "Kari")]
    assert [s.name for s in doc.stages] == ["Visit"]


def test_the_sep_line_wins_over_a_guess_and_lines_keep_their_numbers():
    # the header alone would suggest ';', but sep=, says ','; a cell may then hold ';'
    text = "sep=,\nkind,stage,lane,text\nnote,A;B,Lane;1,x;y\n"
    doc = csv_to_document(text, "t.csv")
    assert [s.name for s in doc.stages] == ["A;B"] and doc.notes[0].text == "x;y"
    with pytest.raises(JmapError) as caught:
        csv_to_document("sep=\t\nkind\tstage\tlane\ttext\ntouchpoint\tA\tB\tx\ttoo many\n", "t.csv")
    assert str(caught.value) == "t.csv: line 3: the row has 5 fields but the header has 4"
    with pytest.raises(JmapError) as caught:
        csv_to_document('sep=;\nkind;stage;lane;text\nnote;A;B;"open\n', "t.csv")
    assert str(caught.value).startswith("t.csv: line 3, column 10: this quoted field is never closed")


@pytest.mark.parametrize("first", ["sep=", 'sep="', "sep=x"])
def test_a_sep_line_without_a_usable_separator_is_refused(first):
    with pytest.raises(JmapError) as caught:
        csv_to_document(f"{first}\nkind,stage,lane,text\n", "t.csv")
    assert str(caught.value).startswith(f"t.csv: line 1: {first!r} names no separator jmap can use")


def test_sep_is_only_special_on_the_first_line():
    with pytest.raises(JmapError, match="line 2: the first row must be a header"):
        csv_to_document("\nsep=;\nkind;stage;lane;text\n", "t.csv")


def test_jmap_import_reads_a_table_excel_saved(capsys, tmp_path):
    table = tmp_path / "fra-excel.csv"
    table.write_bytes("sep=;\r\nkind;stage;lane;text\r\ntouchpoint;Kjøp;Kontaktpunkter;Betaler\r\n".encode("utf-8"))
    code, out, err = _run(capsys, "import", table, "-o", tmp_path / "kjop.jmap")
    assert (code, err) == (0, "") and "1 touchpoints" in out
    assert [t.title for t in load(tmp_path / "kjop.jmap").document.touchpoints] == ["Betaler"]


# ---------------------------------------------------------------- one size limit
def test_one_limit_for_every_format():
    assert MAX_BYTES == MAX_FILE_BYTES == 32 * 1024 * 1024
    message = "the file is too large (32.0 MB; the limit is 32 MB)"
    too_big = b"x" * (MAX_FILE_BYTES + 1)
    for read, name in ((mermaid_to_document, "a.mmd"), (csv_to_document, "a.csv")):
        with pytest.raises(JmapError) as caught:
            read(too_big, name)
        assert str(caught.value) == f"{name}: {message}"


def test_the_documentation_gives_that_limit():
    interop = (DOCS / "interop.md").read_text(encoding="utf-8")
    limits = re.findall(r"^Limits: (\d+) MB", interop, re.MULTILINE)
    assert limits == ["32", "32"]  # Mermaid, CSV
    assert "the limit is 32 MB)" in (DOCS / "file-format.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, argv", [
    ("big.csv", ["import", "{file}", "-o", "{tmp}/out.jmap"]),
    ("big.mmd", ["import", "{file}", "-o", "{tmp}/out.jmap"]),
    ("big.md", ["import", "{file}", "-o", "{tmp}/out.jmap"]),
    ("big.jmap", ["export", "{file}", "-o", "{tmp}/out.pdf"]),
    ("big.jmap", ["validate", "{file}"]),
])
def test_too_large_files_get_the_same_message_and_exit_in_every_command(capsys, tmp_path, name, argv):
    big = tmp_path / name
    with open(big, "wb") as fh:  # sparse: 40 MB that take no room on the disk and are never read
        fh.truncate(40 * 1024 * 1024)
    code, out, err = _run(capsys, *[a.format(file=big, tmp=tmp_path) for a in argv])
    assert f"{big}: the file is too large (40.0 MB; the limit is 32 MB)" in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    # import and export cannot read it (2), as for any unreadable file; validate reports an invalid file (1)
    assert code == (1 if argv[0] == "validate" else 2)
    assert not (tmp_path / "out.jmap").exists() and not (tmp_path / "out.pdf").exists()


def test_a_table_over_the_old_2_mb_imports(capsys, tmp_path):
    table = tmp_path / "long.csv"
    rows = ["kind,stage,lane,text,description"] + [f"touchpoint,Stage {i % 7},Touchpoints,Card {i},{'d' * 640}"
                                                   for i in range(5_000)]
    table.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    assert table.stat().st_size > 3 * 1024 * 1024
    code, out, err = _run(capsys, "import", table, "-o", tmp_path / "long.jmap")
    assert (code, err) == (0, "") and "5000 touchpoints" in out


def test_an_empty_map_and_its_empty_stages_and_lanes_round_trip_through_csv(tmp_path, capsys):
    """Review finding: `jmap new; jmap export -o k.csv; jmap import k.csv` failed with "a header but no rows"."""
    new, table, back = tmp_path / "k.jmap", tmp_path / "k.csv", tmp_path / "k2.jmap"
    assert main(["new", "-t", "current-state", "-o", str(new)]) == 0
    assert main(["export", str(new), "-o", str(table)]) == 0
    assert main(["import", str(table), "-o", str(back)]) == 0, capsys.readouterr().err
    before, after = load(new).document, load(back).document
    assert [s.name for s in after.stages] == [s.name for s in before.stages]
    assert [(lane.title, lane.kind) for lane in after.lanes] == [(lane.title, lane.kind) for lane in before.lanes]
    assert not after.touchpoints and not after.notes

    # A map with cards in some cells only: its empty stage and empty lane come back in place too.
    doc = load(new).document
    stage, lane = doc.stages[1], next(x for x in doc.lanes if x.kind == "touchpoints")
    doc.append("touchpoints", Touchpoint(doc.new_id("touchpoints"), stage.id, lane.id, title="Ad"))
    save(doc, new)
    assert main(["export", str(new), "-o", str(table)]) == 0
    assert main(["import", str(table), "-o", str(back), "--force"]) == 0
    after = load(back).document
    assert [s.name for s in after.stages] == [s.name for s in doc.stages]
    assert [(lane.title, lane.kind) for lane in after.lanes] == [(lane.title, lane.kind) for lane in doc.lanes]
    assert [(after.find(t.stage)[1].name, t.title) for t in after.touchpoints] == [(stage.name, "Ad")]
