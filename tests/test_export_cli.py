"""`jmap export`: exit codes, one-line messages, options, atomic output."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pdf_support import pdf_text, reader, sample_doc

from jmap.cli import main
from jmap.io import save


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "shop.jmap"
    save(sample_doc(), path)
    return path


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(["export", *map(str, argv)])
    except SystemExit as exc:  # argparse errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_export_writes_a_pdf(capsys, map_file, tmp_path):
    out = tmp_path / "shop.pdf"
    code, stdout, err = _run(capsys, map_file, "-o", out)
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF-")
    pages = len(reader(out).pages)
    w, h = (float(v) for v in reader(out).pages[0].mediabox[2:])
    turned = "landscape" if w > h else "portrait"  # without --orientation: the way round with bigger text
    assert stdout.strip() == f"wrote {out} ({pages} pages, A3 {turned})"
    assert "Buying a laptop" in pdf_text(out)[0]


def test_options(capsys, map_file, tmp_path):
    out = tmp_path / "shop.pdf"
    assert _run(capsys, map_file, "-o", out, "--page", "letter", "--orientation", "portrait",
                "--no-persona-pages", "--no-findings")[0] == 0
    pdf = reader(out)
    assert len(pdf.pages) == 1
    assert (float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)) == (612, 792)
    code, stdout, _ = _run(capsys, map_file, "-o", out, "--poster", "A1", "--page", "A4", "--no-findings",
                           "--no-persona-pages")
    assert code == 0 and "A1 poster on A4 sheets" in stdout
    assert len(reader(out).pages) > 1
    assert "row 1 · column 1" in pdf_text(out)[0]


@pytest.mark.parametrize("args, words", [
    (["--page", "B5"], "unknown page size 'B5'"),
    (["--poster", "huge"], "unknown page size 'huge'"),
    (["--orientation", "diagonal"], "invalid choice"),
])
def test_bad_arguments_exit_2_with_one_line(capsys, map_file, tmp_path, args, words):
    code, _, err = _run(capsys, map_file, "-o", tmp_path / "x.pdf", *args)
    assert code == 2
    assert words in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_unreadable_input_exits_2(capsys, tmp_path):
    code, _, err = _run(capsys, tmp_path / "missing.jmap", "-o", tmp_path / "x.pdf")
    assert code == 2 and "missing.jmap" in err and len(err.strip().splitlines()) == 1
    broken = tmp_path / "broken.jmap"
    broken.write_bytes(b"{not json")
    code, _, err = _run(capsys, broken, "-o", tmp_path / "x.pdf")
    assert code == 2 and "broken.jmap" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output_exits_2_and_keeps_the_old_file(capsys, map_file, tmp_path):
    code, _, err = _run(capsys, map_file, "-o", tmp_path / "no-such-folder" / "x.pdf")
    assert code == 2 and "x.pdf" in err and len(err.strip().splitlines()) == 1
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    code, _, err = _run(capsys, map_file, "-o", folder)
    assert code == 2 and "a-folder.pdf" in err and len(err.strip().splitlines()) == 1
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_output_is_replaced_whole(capsys, map_file, tmp_path):
    out = tmp_path / "shop.pdf"
    out.write_bytes(b"old")
    assert _run(capsys, map_file, "-o", out)[0] == 0
    assert out.read_bytes().startswith(b"%PDF-") and out.read_bytes().rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.jmap", "shop.pdf"]  # no temporary left


def test_the_installed_command(map_file, tmp_path):
    out = tmp_path / "shop.pdf"
    result = subprocess.run([sys.executable, "-m", "jmap", "export", str(map_file), "-o", str(out), "--page", "A4"],
                            check=False, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    assert "PySide6" not in result.stderr


def test_export_says_when_the_paper_is_too_small_to_read(capsys, tmp_path):
    from jmap.io.templates import example_paths

    yoga = next(p for p in example_paths() if p.name == "yoga-studio.jmap")  # 6 stages, 10 lanes
    out = tmp_path / "handout.pdf"
    code, _, err = _run(capsys, yoga, "-o", out, "--page", "A4", "--orientation", "portrait")
    assert code == 0 and out.exists()
    assert err.strip().startswith("note: the smallest text of this map prints at ")
    assert "on A4 portrait (below 6 pt); A" in err and " prints it at " in err
    named = err.split("(below 6 pt); ")[1].split()[0]  # a bigger paper, also as a poster of A4 sheets
    assert named in ("A3", "A2") and f"(--page {named} --orientation " in err
    assert f"or a poster: --poster {named} --page A4)" in err
    code, _, err = _run(capsys, yoga, "-o", out, "--page", "A3")
    assert code == 0 and err == ""


def test_flow_labels_can_be_left_off(capsys, map_file, tmp_path):
    out = tmp_path / "plain.pdf"
    assert _run(capsys, map_file, "-o", out, "--no-flow-labels", "--no-persona-pages", "--no-findings")[0] == 0
    assert "retry" not in pdf_text(out)[0]  # the label of the back flow
    assert _run(capsys, map_file, "-o", out, "--no-persona-pages", "--no-findings")[0] == 0
    assert "retry" in pdf_text(out)[0]
