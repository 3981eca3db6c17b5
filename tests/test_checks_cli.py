"""`jmap check`: text and JSON output and exit codes, on real files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from jmap.cli import main
from jmap.io import save
from test_checks_rules import MapBuilder

FINDING_KEYS = ["rule", "severity", "message", "stages", "lanes", "touchpoints", "flows", "personas"]


def _clean(tmp_path, name="clean.jmap"):
    m = MapBuilder()
    m.chain()
    path = tmp_path / name
    save(m.doc, path)
    return path


def _gappy(tmp_path, name="gappy.jmap", language="en"):
    """Stage 2 without a touchpoint (error), a persona without feelings (3 warnings), a dead end (info)."""
    m = MapBuilder(personas=("Ada",), language=language)
    a, c = m.tp(1, title="Advert"), m.tp(3, title="Checkout")
    m.flow(a, c)
    m.tp(1, title="Flyer")
    path = tmp_path / name
    save(m.doc, path)
    return path


def test_clean_map_exits_0(tmp_path, capsys):
    path = _clean(tmp_path)
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"{path} (Test map): no findings"


def test_text_is_grouped_by_stage_with_names_and_exit_1_on_errors(tmp_path, capsys):
    path = _gappy(tmp_path)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{path} (Test map): 5 findings — 1 error, 3 warnings, 1 info"
    assert out[1] == "  Stage 1: Discover"
    assert "  Stage 2: Choose" in out and "  Stage 3: Buy" in out
    stage2 = out.index("  Stage 2: Choose")
    assert out[stage2 + 2].startswith("    error    stage-no-touchpoint: Stage “Choose” has no touchpoint")
    assert any(line.startswith("    info     dead-end: Touchpoint “Flyer”") and line.endswith("[tp-3]")
               for line in out)


def test_min_severity_hides_lower_levels_but_not_the_exit_status(tmp_path, capsys):
    path = _gappy(tmp_path)
    assert main(["check", "--min-severity", "error", str(path)]) == 1
    out = capsys.readouterr().out
    assert "stage-no-touchpoint" in out and "dead-end" not in out and "persona-no-emotion" not in out
    assert out.splitlines()[0].endswith("1 finding — 1 error, 0 warnings, 0 info (4 below error not shown)")
    assert main(["check", "--min-severity", "warning", str(_clean(tmp_path))]) == 0


def test_json_output_is_documented_shape_and_stable(tmp_path, capsys):
    gappy, clean = _gappy(tmp_path, language="el"), _clean(tmp_path)
    assert main(["check", "--format", "json", str(gappy), str(clean)]) == 1
    text = capsys.readouterr().out
    data = json.loads(text)
    assert data["version"] == 1
    first, second = data["files"]
    assert list(first) == ["path", "title", "language", "disabled_rules", "warnings", "findings", "summary"]
    assert (first["path"], first["language"]) == (str(gappy), "el")
    assert first["summary"] == {"error": 1, "warning": 3, "info": 1}
    assert all(list(f) == FINDING_KEYS for f in first["findings"])
    error = [f for f in first["findings"] if f["severity"] == "error"]
    assert error == [{"rule": "stage-no-touchpoint", "severity": "error",
                      "message": "Το στάδιο «Choose» δεν έχει ακόμη σημείο επαφής: πού σας συναντά ο πελάτης εδώ;",
                      "stages": ["stage-2"], "lanes": [], "touchpoints": [], "flows": [], "personas": []}]
    assert "Το στάδιο" in text  # Greek written as text, not \u escapes
    assert second["findings"] == [] and second["summary"] == {"error": 0, "warning": 0, "info": 0}
    assert main(["check", "--format", "json", str(gappy), str(clean)]) == 1
    assert capsys.readouterr().out == text


def test_rules_switched_off_in_the_file_are_respected(tmp_path, capsys):
    m = MapBuilder()
    m.tp(1)
    m.doc.meta.disabled_rules = ["stage-no-touchpoint", "dead-end"]
    path = tmp_path / "accepted.jmap"
    save(m.doc, path)
    assert main(["check", "-f", "json", str(path)]) == 0
    [report] = json.loads(capsys.readouterr().out)["files"]
    assert report["disabled_rules"] == ["stage-no-touchpoint", "dead-end"]
    assert report["findings"] == []


def test_missing_or_broken_file_exits_2_with_one_line(tmp_path, capsys):
    broken = tmp_path / "broken.jmap"
    broken.write_text("{ not json", encoding="utf-8")
    for path in (tmp_path / "missing.jmap", broken):
        assert main(["check", str(path)]) == 2
        captured = capsys.readouterr()
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("jmap check: ") and str(path) in lines[0]
        assert "Traceback" not in captured.err and captured.out == ""


def test_unreadable_file_among_good_ones_still_reports_the_others(tmp_path, capsys):
    gappy = _gappy(tmp_path)
    assert main(["check", "--format", "json", str(gappy), str(tmp_path / "nope.jmap")]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["files"][0]["summary"]["error"] == 1
    assert data["files"][1]["path"] == str(tmp_path / "nope.jmap") and "no such file" in data["files"][1]["error"]


@pytest.mark.parametrize("argv", [["check"], ["check", "--format", "xml", "x.jmap"],
                                  ["check", "--min-severity", "fatal", "x.jmap"]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "error:" in err[0]


def test_the_installed_command(tmp_path):
    path = _gappy(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "jmap", "check", str(path), "-s", "error"],
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 1, proc.stderr
    assert "stage-no-touchpoint" in proc.stdout and proc.stderr == ""


def test_the_check_command_module_is_light_and_the_checks_need_no_qt():
    code = ("import sys, jmap.checks.cli\n"
            "assert 'networkx' not in sys.modules, 'parser set-up imported networkx'\n"
            "from jmap.checks import run_checks\n"
            "from jmap.core.generate import large_map\n"
            "assert run_checks(large_map(stages=4, touchpoints=40, flows=60))\n"
            "assert 'networkx' not in sys.modules, 'the checks loaded a graph library'\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
