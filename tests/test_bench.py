"""`jmap bench` runs its rows on the generated map and reports figures (no timing is asserted)."""

import json

from jmap.cli import main
from jmap.core.generate import large_map


def test_the_generated_map_has_the_documented_size_and_is_deterministic():
    doc = large_map()
    assert (len(doc.stages), len(doc.lanes), len(doc.touchpoints), len(doc.flows), len(doc.personas)) == (
        40, 12, 2000, 3000, 3)
    from jmap.io import dumps

    assert dumps(doc) == dumps(large_map())


def test_bench_reports_io_and_check_rows_as_json(capsys):
    assert main(["bench", "--only", "io", "check", "--runs", "1", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert not any(key.endswith("_error") for key in rows), rows
    for key in ("load", "save", "load_peak_mb", "check"):
        assert isinstance(rows[key], float) and rows[key] > 0


def test_bench_scale_adds_the_rows_at_n_times_with_their_growth(capsys):
    assert main(["bench", "--only", "check", "--scale", "2", "--runs", "1", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert not any(key.endswith("_error") for key in rows), rows
    assert rows["check@2x"] > 0 and rows["check_growth"] == rows["check@2x"] / rows["check"]


def test_bench_scale_prints_growth_beside_its_target(capsys):
    assert main(["bench", "--only", "io", "--scale", "2", "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert "at 2x: 80 stages, 4000 touchpoints, 6000 flows" in out
    assert "load_growth" in out and "target ≤ 2.5×" in out


def test_process_rows_stand_beside_their_floors_measured_in_the_same_run(capsys):
    assert main(["bench", "--only", "process", "--runs", "1"]) == 0
    out = capsys.readouterr().out
    for row in ("floor_python", "floor_qt_window", "floor_reportlab_pdf", "cli_version", "cli_validate",
                "export_example_a3", "editor_start_example"):
        assert row in out, out
    assert "× floor_reportlab_pdf (target ≤ 2.0×)" in out and "× floor_qt_window (target ≤ 2.0×)" in out


def test_scale_must_be_a_whole_number_of_at_least_one(capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["bench", "--scale", "0"])
    assert "must be a whole number of at least 1" in capsys.readouterr().err


def test_the_checks_growth_has_a_bare_linear_pass_beside_it_measured_in_the_same_run(capsys):
    assert main(["bench", "--only", "check", "--scale", "2", "--runs", "1", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows["linear_pass"] > 0 and rows["linear_pass@2x"] > 0
    assert rows["linear_pass_growth"] == rows["linear_pass@2x"] / rows["linear_pass"]


def test_a_growth_verdict_keeps_its_target_and_shows_its_reference_beside_it():
    from jmap.bench import _growth_ok

    assert _growth_ok("check", 13.0, 10, {}) == "  target ≤ 12.5×  OVER"
    assert _growth_ok("check", 12.0, 10, {"linear_pass_growth": 20.0}) == (
        "  target ≤ 12.5×  ok  (a bare pass over the same maps, linear_pass: 20.0×)")
    assert _growth_ok("check", 16.0, 10, {"linear_pass_growth": 20.0}).startswith("  target ≤ 12.5×  OVER")
    assert _growth_ok("load", 13.0, 10, {"linear_pass_growth": 20.0}) == "  target ≤ 12.5×  OVER"  # none for load
