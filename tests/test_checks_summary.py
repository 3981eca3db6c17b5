"""The per-stage coverage summary behind the heat map."""

from __future__ import annotations

from jmap.checks import StageCoverage, coverage_summary
from jmap.core.document import Document
from jmap.core.model import Metric
from test_checks_rules import MapBuilder


def test_summary_per_stage():
    m = MapBuilder(lanes=("touchpoints", "goals", "emotions", "metrics"), personas=("Ada", "Bo"),
                   required=("goals",))
    m.tp(1, channel="store")
    m.tp(1, channel="web")
    m.tp(1, channel="store")
    m.tp(2, channel="phone")
    m.note(1, "goals")
    m.note(1, "goals")
    m.emotion(1, 1, -2)
    m.emotion(1, 1, 3)
    m.emotion(2, 2, 0)
    m.doc.append("metrics", Metric("metric-1", stage="stage-3", name="NPS"))
    one, two, three = coverage_summary(m.doc)
    assert isinstance(one, StageCoverage)
    assert (one.stage, one.name, one.index) == ("stage-1", "Discover", 0)
    assert one.filled_lanes == ["lane-touchpoints", "lane-goals", "lane-emotions"]
    assert one.empty_lanes == ["lane-metrics"] and one.required_empty == []
    assert (one.touchpoints, one.notes) == (3, 2)
    assert one.channels == ["web", "store"]  # each once, in the Channel enum's order
    assert one.emotion_range == {"persona-1": (-2, 3), "persona-2": None}
    assert one.personas_missing == ["persona-2"]
    assert one.filled_ratio == 0.75
    assert two.required_empty == ["lane-goals"] and two.emotion_range == {"persona-1": None, "persona-2": (0, 0)}
    assert three.filled_lanes == ["lane-metrics"]  # a metric fills the metrics lane
    assert (three.touchpoints, three.channels, three.filled_ratio) == (0, [], 0.25)


def test_summary_of_an_empty_map():
    assert coverage_summary(Document()) == []
    [only] = coverage_summary(MapBuilder(stages=("Only",), lanes=()).doc)
    assert (only.filled_lanes, only.empty_lanes, only.filled_ratio) == ([], [], 1.0)
