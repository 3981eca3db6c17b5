"""Output formats by suffix, strictly: `jmap export` and `jmap import` refuse a suffix they do not write."""

from __future__ import annotations

import subprocess
import sys

import pytest

from jmap.cli import main
from jmap.interop.csv_write import to_csv
from jmap.interop.formats import FormatError, export_format, import_format, writer_for
from jmap.interop.mermaid_write import to_mermaid, write_mermaid
from jmap.io import load, save
from jmap.io.templates import example_paths

EXPORT_LIST = ".pdf, .mmd, .mermaid, .csv, .html, .htm, .svg or .png"
FORMATS = "pdf|mermaid|csv|html|svg|png"


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "shop.jmap"
    save(load(example_paths()[0]).document, path)
    return path


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main([*map(str, argv)])
    except SystemExit as exc:  # argparse errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- the functions
def test_export_format_by_suffix_and_by_format():
    assert [export_format(n) for n in ("a.pdf", "a.PDF", "a.mmd", "a.mermaid", "a.Csv")] == [
        "pdf", "pdf", "mermaid", "mermaid", "csv"]
    assert export_format("a.txt", "pdf") == "pdf" and export_format("a", "csv") == "csv"
    for name in ("a.txt", "a.jmap", "a.gif", "a", "a.pdf.bak"):
        with pytest.raises(FormatError) as caught:
            export_format(name)
        assert EXPORT_LIST in str(caught.value) and name in str(caught.value)
    with pytest.raises(FormatError, match="unknown format 'gif'"):
        export_format("a.pdf", "gif")


def test_writer_for_gives_the_writer_of_the_text_formats(tmp_path, map_file):
    assert writer_for("a.mmd") == ("mermaid", write_mermaid)
    assert writer_for("a.txt", "pdf") == ("pdf", None)  # jmap.export draws PDFs itself
    fmt, write = writer_for(tmp_path / "table.txt", "csv")
    doc = load(map_file).document
    write(doc, tmp_path / "table.txt")
    assert fmt == "csv" and (tmp_path / "table.txt").read_bytes() == to_csv(doc).encode("utf-8")


def test_import_format():
    assert [import_format(n) for n in ("a.mmd", "a.MERMAID", "README.md", "a.csv", "a.tsv")] == [
        "mermaid", "mermaid", "mermaid", "csv", "csv"]
    assert import_format("a.txt", "mermaid") == "mermaid"
    with pytest.raises(FormatError, match="use --format mermaid or --format csv"):
        import_format("a.txt")


# ---------------------------------------------------------------- jmap export
@pytest.mark.parametrize("name", ["x.txt", "x", "x.gif", "x.jmap", "x.pdf.tmp"])
def test_export_refuses_a_suffix_it_does_not_write(capsys, map_file, tmp_path, name):
    out = tmp_path / name
    code, stdout, err = _run(capsys, "export", map_file, "-o", out)
    assert code == 2 and stdout == ""
    suffix = out.suffix or "no suffix"
    assert err == (f"jmap export: cannot write {out}: {suffix} is not a format jmap export writes; the output must "
                   f"end in {EXPORT_LIST} (or give --format {FORMATS})\n")
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["shop.jmap"]


def test_export_format_overrides_the_suffix(capsys, map_file, tmp_path):
    doc = load(map_file).document
    assert _run(capsys, "export", map_file, "-o", tmp_path / "map.txt", "--format", "pdf")[0] == 0
    assert (tmp_path / "map.txt").read_bytes().startswith(b"%PDF-")
    code, stdout, _ = _run(capsys, "export", map_file, "-o", tmp_path / "diagram.txt", "--format", "mermaid")
    assert code == 0 and stdout == f"wrote {tmp_path / 'diagram.txt'} (Mermaid journey diagram)\n"
    assert (tmp_path / "diagram.txt").read_text(encoding="utf-8") == to_mermaid(doc)
    assert _run(capsys, "export", map_file, "-o", tmp_path / "cards", "--format", "csv")[0] == 0
    assert (tmp_path / "cards").read_bytes() == to_csv(doc).encode("utf-8")
    # --format wins over a suffix that names another format, too
    assert _run(capsys, "export", map_file, "-o", tmp_path / "odd.pdf", "--format", "csv")[0] == 0
    assert (tmp_path / "odd.pdf").read_bytes() == to_csv(doc).encode("utf-8")
    code, _, err = _run(capsys, "export", map_file, "-o", tmp_path / "x.pdf", "--format", "gif")
    assert code == 2 and "invalid choice: 'gif'" in err and len(err.splitlines()) == 1


def test_export_suffixes_ignore_case(capsys, map_file, tmp_path):
    assert _run(capsys, "export", map_file, "-o", tmp_path / "MAP.MMD")[0] == 0
    assert (tmp_path / "MAP.MMD").read_text(encoding="utf-8").startswith("journey\n")
    assert _run(capsys, "export", map_file, "-o", tmp_path / "MAP.PDF", "--no-findings")[0] == 0
    assert (tmp_path / "MAP.PDF").read_bytes().startswith(b"%PDF-")


def test_export_checks_the_suffix_before_reading_the_map(capsys, tmp_path):
    code, _, err = _run(capsys, "export", tmp_path / "missing.jmap", "-o", tmp_path / "x.txt")
    assert code == 2 and "cannot write" in err and "missing.jmap" not in err


# ---------------------------------------------------------------- jmap import
@pytest.mark.parametrize("name", ["out.pdf", "out.json", "out", "out.mmd"])
def test_import_refuses_an_output_that_is_not_a_map(capsys, tmp_path, name):
    source = tmp_path / "a.mmd"
    source.write_text("journey\n  section A\n    Tea: 3: Me\n", encoding="utf-8")
    out = tmp_path / name
    code, stdout, err = _run(capsys, "import", source, "-o", out)
    suffix = out.suffix or "no suffix"
    assert (code, stdout) == (2, "")
    assert err == (f"jmap import: cannot write {out}: jmap import writes a map, so the output must end in .jmap "
                   f"(found {suffix})\n")
    assert not out.exists()
    # --format names the format of the input; it does not make import write anything but a map
    assert _run(capsys, "import", source, "--format", "mermaid", "-o", out)[0] == 2 and not out.exists()
    assert _run(capsys, "import", source, "-o", tmp_path / "OUT.JMAP")[0] == 0
    assert load(tmp_path / "OUT.JMAP").document.stages[0].name == "A"


def test_the_installed_commands_refuse_too(map_file, tmp_path):
    for argv in (["export", str(map_file), "-o", str(tmp_path / "x.txt")],
                 ["import", str(tmp_path / "x.mmd"), "-o", str(tmp_path / "x.pdf")]):
        result = subprocess.run([sys.executable, "-m", "jmap", *argv], check=False, capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 2 and "cannot write" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.jmap"]
