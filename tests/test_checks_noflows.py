"""A map being captured (cards, no flows yet): one no-flows line instead of a finding per card."""

from jmap.checks import run_checks
from test_checks_rules import MapBuilder


def _capture(stages=6, per_stage=5, language="en"):
    m = MapBuilder(stages=tuple(f"S{i}" for i in range(1, stages + 1)), language=language)
    return m, [m.tp(s) for s in range(1, stages + 1) for _ in range(per_stage)]


def test_no_reachability_findings_before_the_first_flow():
    m, _ids = _capture()
    rules = [f.rule for f in run_checks(m.doc)]
    assert "dead-end" not in rules and "unreachable-touchpoint" not in rules
    (summary,) = [f for f in run_checks(m.doc) if f.rule == "no-flows"]
    assert summary.message == ("No flows yet between the 30 touchpoints: draw them to check where the "
                               "journey leads.")
    assert int(summary.severity) == 0 and summary.stages == ()


def test_the_path_rules_come_back_with_the_first_flow():
    m, ids = _capture(stages=3, per_stage=2)
    m.flow(ids[0], ids[2])
    rules = {f.rule for f in run_checks(m.doc)}
    assert "no-flows" not in rules
    assert {"dead-end", "unreachable-touchpoint"} <= rules


def test_one_card_alone_needs_no_flow_and_the_summary_follows_the_map_language():
    m, _ids = _capture(stages=1, per_stage=1)
    assert [f for f in run_checks(m.doc) if f.rule == "no-flows"] == []
    m, _ids = _capture(stages=2, per_stage=2, language="nb")
    (summary,) = [f for f in run_checks(m.doc) if f.rule == "no-flows"]
    assert summary.message.startswith("Ingen flyter ennå mellom de 4 kontaktpunktene")
