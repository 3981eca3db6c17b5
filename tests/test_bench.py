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
