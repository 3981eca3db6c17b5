"""Output names the file system refuses (over 255 bytes) give one clear line and exit 2 in every writing command."""

from __future__ import annotations

from pathlib import Path

import pytest

from jmap.cli import main
from jmap.io import load, save
from jmap.io.templates import new_from_template

TOO_LONG = "k" * 300  # a file name may have at most 255 bytes
#: Legal, but 253 bytes: the temporary file beside it must not push its name over the limit.
NEARLY_TOO_LONG = "é" * 124 + ".jmap"


@pytest.fixture
def a_map(tmp_path) -> Path:
    path = tmp_path / "shop.jmap"
    save(new_from_template("current-state", "en"), path)
    return path


def _one_clear_line(capsys, name: str) -> None:
    out = capsys.readouterr()
    err = out.err.strip()
    assert "Traceback" not in out.err and "\n" not in err, out.err
    assert name in err and "too long" in err and "255 bytes" in err


def test_new_with_a_name_too_long(tmp_path, capsys):
    target = tmp_path / f"{TOO_LONG}.jmap"
    assert main(["new", "-t", "current-state", "-o", str(target)]) == 2
    _one_clear_line(capsys, target.name)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", [".pdf", ".mmd", ".csv"])
def test_export_with_a_name_too_long(a_map, tmp_path, capsys, suffix):
    target = tmp_path / f"{TOO_LONG}{suffix}"
    assert main(["export", str(a_map), "-o", str(target)]) == 2
    _one_clear_line(capsys, target.name)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.jmap"]


def test_merge_with_a_name_too_long(a_map, tmp_path, capsys):
    target = tmp_path / f"{TOO_LONG}.jmap"
    assert main(["merge", str(a_map), str(a_map), str(a_map), "-o", str(target)]) == 2
    _one_clear_line(capsys, target.name)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.jmap"]


def test_import_with_a_name_too_long(a_map, tmp_path, capsys):
    source = tmp_path / "journey.csv"
    assert main(["export", str(a_map), "-o", str(source)]) == 0
    capsys.readouterr()
    target = tmp_path / f"{TOO_LONG}.jmap"
    assert main(["import", str(source), "-o", str(target)]) == 2
    _one_clear_line(capsys, target.name)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journey.csv", "shop.jmap"]


def test_a_long_but_legal_name_saves(tmp_path, capsys):
    target = tmp_path / NEARLY_TOO_LONG
    assert len(target.name.encode()) == 253
    assert main(["new", "-t", "current-state", "-o", str(target)]) == 0
    assert main(["export", str(target), "-o", str(tmp_path / (NEARLY_TOO_LONG[:-5] + ".csv"))]) == 0
    assert load(target).document.stages
    assert sorted(len(p.name.encode()) for p in tmp_path.iterdir()) == [252, 253]  # no temporary file left
