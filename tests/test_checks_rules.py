"""Every coverage rule: a small map that triggers it and one that does not."""

from __future__ import annotations

import pytest

from jmap.checks import Severity, run_checks
from jmap.checks.messages import MESSAGES
from jmap.checks.rules import RULES
from jmap.core.document import Document
from jmap.core.model import EmotionPoint, Flow, Lane, MapMeta, Note, Persona, Stage, Touchpoint


class MapBuilder:
    """Builds small Documents in code: stages ``stage-1``…, lanes ``lane-<kind>``, personas ``persona-1``…"""

    def __init__(self, stages=("Discover", "Choose", "Buy"), lanes=("touchpoints",), personas=(),
                 language="en", required=()):
        self.doc = Document(MapMeta(title="Test map", language=language))
        for i, name in enumerate(stages):
            self.doc.append("stages", Stage(f"stage-{i + 1}", name=name))
        for kind in lanes:
            self.doc.append("lanes", Lane(f"lane-{kind}", kind=kind, title=kind.replace("_", " ").title(),
                                          required=kind in required))
        for i, name in enumerate(personas):
            self.doc.append("personas", Persona(f"persona-{i + 1}", name=name))

    def tp(self, stage: int, lane="touchpoints", title="", **kw) -> str:
        tp_id = self.doc.new_id("touchpoints")
        self.doc.append("touchpoints", Touchpoint(tp_id, stage=f"stage-{stage}", lane=f"lane-{lane}",
                                                  title=title or f"Card {tp_id}", **kw))
        return tp_id

    def note(self, stage: int, lane: str, text="a note") -> str:
        note_id = self.doc.new_id("notes")
        self.doc.append("notes", Note(note_id, lane=f"lane-{lane}", stage=f"stage-{stage}", text=text))
        return note_id

    def flow(self, source: str, target: str) -> str:
        flow_id = self.doc.new_id("flows")
        self.doc.append("flows", Flow(flow_id, source=source, target=target))
        return flow_id

    def emotion(self, persona: int, stage: int, value: int) -> str:
        emo_id = self.doc.new_id("emotions")
        self.doc.append("emotions", EmotionPoint(emo_id, persona=f"persona-{persona}", stage=f"stage-{stage}",
                                                 value=value))
        return emo_id

    def chain(self, lane="touchpoints") -> list[str]:
        """One touchpoint per stage, joined by flows from the first to the last."""
        ids = [self.tp(i + 1, lane) for i in range(len(self.doc.stages))]
        for a, b in zip(ids, ids[1:]):
            self.flow(a, b)
        return ids


def rule_findings(doc, rule):
    return [f for f in run_checks(doc) if f.rule == rule]


def test_a_complete_journey_has_no_findings():
    m = MapBuilder(lanes=("touchpoints", "emotions", "pain_points", "opportunities"), personas=("Ada",),
                   required=("touchpoints", "emotions"))
    m.chain()
    for stage in (1, 2, 3):
        m.emotion(1, stage, 1)
    assert run_checks(m.doc) == []


# ------------------------------------------------------------ stage-no-touchpoint
def test_stage_without_touchpoint_is_an_error_naming_the_stage():
    m = MapBuilder()
    a, c = m.tp(1), m.tp(3)
    m.flow(a, c)
    [f] = rule_findings(m.doc, "stage-no-touchpoint")
    assert f.severity == Severity.ERROR and f.stages == ("stage-2",)
    assert "“Choose”" in f.message


def test_every_stage_with_a_touchpoint_is_covered():
    m = MapBuilder()
    m.chain()
    assert rule_findings(m.doc, "stage-no-touchpoint") == []


def test_a_backstage_card_covers_a_stage_too():
    m = MapBuilder(stages=("Only",), lanes=("backstage",))
    m.tp(1, "backstage")
    assert rule_findings(m.doc, "stage-no-touchpoint") == []


# ------------------------------------------------------------ required-lane-empty
def test_required_lane_empty_in_a_stage():
    m = MapBuilder(lanes=("touchpoints", "goals"), required=("goals",))
    m.chain()
    m.note(1, "goals")
    m.note(3, "goals")
    [f] = rule_findings(m.doc, "required-lane-empty")
    assert (f.severity, f.stages, f.lanes) == (Severity.WARNING, ("stage-2",), ("lane-goals",))
    assert "“Goals”" in f.message and "“Choose”" in f.message


def test_required_lanes_filled_by_notes_cards_and_emotions():
    m = MapBuilder(lanes=("touchpoints", "goals", "emotions"), personas=("Ada", "Bo"),
                   required=("touchpoints", "goals", "emotions"))
    m.chain()
    for stage in (1, 2, 3):
        m.note(stage, "goals")
        m.emotion(1 + stage % 2, stage, 0)  # any persona's point fills the emotions lane
    assert rule_findings(m.doc, "required-lane-empty") == []


def test_optional_lane_may_stay_empty():
    m = MapBuilder(lanes=("touchpoints", "goals"))
    m.chain()
    assert rule_findings(m.doc, "required-lane-empty") == []


def test_required_card_lane_in_a_bare_stage_is_left_to_stage_no_touchpoint():
    m = MapBuilder(stages=("One", "Two"), required=("touchpoints",))
    m.tp(1)
    assert rule_findings(m.doc, "required-lane-empty") == []
    m.doc.meta.disabled_rules = ["stage-no-touchpoint"]
    [f] = rule_findings(m.doc, "required-lane-empty")
    assert f.stages == ("stage-2",)


# ------------------------------------------------------------ persona-no-emotion
def test_persona_without_emotion_in_a_stage():
    m = MapBuilder(personas=("Ada", "Bo"))
    m.chain()
    for stage in (1, 2, 3):
        m.emotion(1, stage, 0)
    m.emotion(2, 1, 2)
    found = rule_findings(m.doc, "persona-no-emotion")
    assert [(f.stages, f.personas) for f in found] == [
        (("stage-2",), ("persona-2",)), (("stage-3",), ("persona-2",))]
    assert "“Bo”" in found[0].message and found[0].severity == Severity.WARNING


def test_personas_with_full_curves():
    m = MapBuilder(personas=("Ada",))
    m.chain()
    for stage in (1, 2, 3):
        m.emotion(1, stage, -1)
    assert rule_findings(m.doc, "persona-no-emotion") == []


# ------------------------------------------------------- unreachable-touchpoint
def test_touchpoint_not_reached_from_the_entry():
    m = MapBuilder()
    a, b, c = m.chain()
    lonely = m.tp(2, title="Hotline")
    m.flow(lonely, c)  # leads on, but nothing leads to it
    [f] = rule_findings(m.doc, "unreachable-touchpoint")
    assert (f.severity, f.touchpoints, f.stages) == (Severity.WARNING, (lonely,), ("stage-2",))
    assert "“Hotline”" in f.message


def test_unreachable_touchpoints_joined_by_flows_are_one_finding():
    m = MapBuilder(stages=("A", "B", "C", "D"))
    m.flow(m.tp(1), m.tp(2))  # a dead end in B cuts the journey: nothing leads to the rest
    c1, c2, d = m.tp(3, title="Compare"), m.tp(3), m.tp(4)
    m.flow(c1, d)
    m.flow(c2, d)
    lone = m.tp(4, title="Survey")
    found = rule_findings(m.doc, "unreachable-touchpoint")
    assert [f.touchpoints for f in found] == [(c1, c2, d), (lone,)]
    assert found[0].stages == ("stage-3", "stage-4")
    assert found[0].message == ("Touchpoint “Compare” in stage “C” and 2 more after it cannot be reached "
                                "from the start of the journey.")


def test_entry_marked_touchpoint_is_a_start():
    m = MapBuilder()
    a, b, c = m.chain()
    m.flow(m.tp(2, entry=True), c)
    assert rule_findings(m.doc, "unreachable-touchpoint") == []


def test_entry_is_the_first_stage_that_has_touchpoints():
    m = MapBuilder()
    b, c = m.tp(2), m.tp(3)
    m.flow(b, c)
    assert rule_findings(m.doc, "unreachable-touchpoint") == []


def test_reachability_runs_through_backstage_cards():
    m = MapBuilder(lanes=("frontstage", "backstage"))
    a, c = m.tp(1, "frontstage"), m.tp(3, "frontstage")
    hidden = m.tp(2, "backstage")
    m.flow(a, hidden)
    m.flow(hidden, c)
    assert rule_findings(m.doc, "unreachable-touchpoint") == []


# --------------------------------------------------------------------- dead-end
def test_dead_end_before_the_last_stage():
    m = MapBuilder()
    a, b, c = m.chain()
    stuck = m.tp(2, title="Broken link")
    m.flow(a, stuck)
    [f] = rule_findings(m.doc, "dead-end")
    assert (f.severity, f.touchpoints) == (Severity.INFO, (stuck,))
    assert "“Broken link”" in f.message


def test_touchpoints_in_the_last_stage_may_end_and_backward_flows_lead_on():
    m = MapBuilder()
    a, b, c = m.chain()
    back = m.tp(2)
    m.flow(a, back)
    m.flow(back, a)  # journeys loop: a backward flow is still a way on
    assert rule_findings(m.doc, "dead-end") == []


# ------------------------------------------------------------------ closed-loop
def test_loop_that_never_reaches_a_later_stage():
    m = MapBuilder()
    a, b, c = m.chain()
    x, y = m.tp(1, title="Compare"), m.tp(2, title="Read reviews")
    m.flow(a, x)
    fx = m.flow(x, y)
    fy = m.flow(y, x)
    [f] = rule_findings(m.doc, "closed-loop")
    assert f.severity == Severity.INFO
    assert (f.touchpoints, f.flows, f.stages) == ((x, y), (fx, fy), ("stage-1", "stage-2"))
    assert "“Compare” → “Read reviews”" in f.message and "“Choose”" in f.message


def test_loop_with_a_way_out_is_fine():
    m = MapBuilder()
    a, b, c = m.chain()
    m.flow(b, a)  # a → b → a is a loop, but b leads on to c
    assert rule_findings(m.doc, "closed-loop") == []


def test_self_loop_without_exit_is_a_closed_loop_but_not_in_the_last_stage():
    m = MapBuilder()
    a, b, c = m.chain()
    x = m.tp(2)
    m.flow(a, x)
    m.flow(x, x)
    m.flow(c, c)  # the end of the journey may loop (retention)
    [f] = rule_findings(m.doc, "closed-loop")
    assert f.touchpoints == (x,)


# ------------------------------------------------- negative-without-opportunity
def test_pain_point_without_opportunity():
    m = MapBuilder(lanes=("touchpoints", "pain_points", "opportunities"))
    m.chain()
    m.note(2, "pain_points", "Delivery fee shown late")
    [f] = rule_findings(m.doc, "negative-without-opportunity")
    assert (f.severity, f.stages, f.lanes) == (Severity.WARNING, ("stage-2",), ("lane-pain_points",))
    assert "pain point" in f.message


def test_strongly_negative_emotion_without_opportunity_names_the_persona():
    m = MapBuilder(lanes=("touchpoints", "opportunities"), personas=("Ada", "Bo"))
    m.chain()
    m.emotion(1, 3, -2)  # at the threshold counts
    m.emotion(2, 3, -1)
    [f] = rule_findings(m.doc, "negative-without-opportunity")
    assert f.personas == ("persona-1",) and f.stages == ("stage-3",)
    assert "“Ada” −2" in f.message


def test_pain_or_negative_emotion_with_an_opportunity_or_mild_emotion_is_fine():
    m = MapBuilder(lanes=("touchpoints", "pain_points", "opportunities"), personas=("Ada",))
    m.chain()
    m.note(1, "pain_points")
    m.note(1, "opportunities", "Show the fee up front")
    m.emotion(1, 1, -3)
    m.emotion(1, 2, -1)
    assert rule_findings(m.doc, "negative-without-opportunity") == []


# ------------------------------------------------------------------- blueprint
def test_frontstage_touchpoint_without_anything_behind_it():
    m = MapBuilder(lanes=("customer_actions", "frontstage", "backstage", "support"))
    m.chain("customer_actions")
    served = [m.tp(s, "frontstage") for s in (1, 2, 3)]
    m.note(1, "backstage", "Stock check")
    m.tp(2, "support", title="Payment system")
    [f] = rule_findings(m.doc, "blueprint-frontstage-unsupported")
    assert (f.severity, f.touchpoints, f.stages) == (Severity.WARNING, (served[2],), ("stage-3",))


def test_frontstage_touchpoint_supported_by_a_flow_to_backstage_elsewhere():
    m = MapBuilder(lanes=("frontstage", "backstage"))
    front = m.chain("frontstage")
    worker = m.tp(1, "backstage")
    for tp in front[1:]:
        m.flow(tp, worker)
    assert rule_findings(m.doc, "blueprint-frontstage-unsupported") == []


def test_customer_action_without_frontstage():
    m = MapBuilder(lanes=("customer_actions", "frontstage", "backstage"))
    acts = m.chain("customer_actions")
    m.tp(1, "frontstage")
    m.note(2, "frontstage", "Staff greets")
    m.note(1, "backstage")
    m.note(2, "backstage")
    [f] = rule_findings(m.doc, "blueprint-action-without-frontstage")
    assert (f.severity, f.stages, f.touchpoints) == (Severity.WARNING, ("stage-3",), (acts[2],))


def test_blueprint_rules_stay_quiet_on_a_plain_journey():
    m = MapBuilder(lanes=("touchpoints", "customer_actions"))
    m.chain()
    assert rule_findings(m.doc, "blueprint-action-without-frontstage") == []
    assert rule_findings(m.doc, "blueprint-frontstage-unsupported") == []


# ---------------------------------------------------------------- map-level
def test_empty_map_without_stages_and_without_content():
    assert [(f.rule, f.severity) for f in run_checks(Document())] == [("empty-map", Severity.INFO)]
    m = MapBuilder()
    [f] = rule_findings(m.doc, "empty-map")
    assert f.stages == () and "empty" in f.message
    m.note(1, "touchpoints")
    assert rule_findings(m.doc, "empty-map") == []


def test_single_stage():
    m = MapBuilder(stages=("Everything",))
    m.tp(1)
    [f] = rule_findings(m.doc, "single-stage")
    assert f.stages == ("stage-1",) and "“Everything”" in f.message
    assert rule_findings(MapBuilder(stages=("A", "B")).doc, "single-stage") == []


def test_duplicate_stage_names_ignore_case_and_spaces():
    m = MapBuilder(stages=("Buy", "Use", " buy ", "Leave", "Use"))
    found = rule_findings(m.doc, "duplicate-stage-name")
    assert [f.stages for f in found] == [("stage-1", "stage-3"), ("stage-2", "stage-5")]
    assert found[0].message.startswith("2 stages")
    assert rule_findings(MapBuilder().doc, "duplicate-stage-name") == []


# ------------------------------------------------------------- across rules
def test_disabled_rules_are_not_run():
    m = MapBuilder(personas=("Ada",))
    m.tp(1)
    rules = {f.rule for f in run_checks(m.doc)}
    assert {"stage-no-touchpoint", "persona-no-emotion"} <= rules
    m.doc.meta.disabled_rules = ["stage-no-touchpoint", "persona-no-emotion", "no-such-rule"]
    rules_after = {f.rule for f in run_checks(m.doc)}
    assert rules_after == rules - {"stage-no-touchpoint", "persona-no-emotion"}


def test_findings_are_ordered_by_stage_then_rule_then_ids():
    m = MapBuilder(stages=("A", "B", "C", "B"), personas=("Ada",))
    for stage in (1, 1, 1):
        m.tp(stage)
    findings = run_checks(m.doc)
    keys = [(min((int(s.split("-")[1]) for s in f.stages), default=0), f.rule) for f in findings]
    assert keys == sorted(keys)
    assert findings == run_checks(m.doc)
    assert [(f.rule, f.stages[0]) for f in findings if f.stages][:4] == [
        ("persona-no-emotion", "stage-1"), ("duplicate-stage-name", "stage-2"),
        ("persona-no-emotion", "stage-2"), ("stage-no-touchpoint", "stage-2")]


@pytest.mark.parametrize("language, word", [("nb", "Fasen «Choose»"), ("nl", "Fase “Choose”"),
                                            ("el", "Το στάδιο «Choose»")])
def test_messages_follow_the_map_language(language, word):
    m = MapBuilder(language=language)
    m.tp(1)
    m.tp(3)
    [f] = rule_findings(m.doc, "stage-no-touchpoint")
    assert f.message.startswith(word)


def test_every_rule_has_a_message_in_every_language_and_a_stable_id():
    assert list(RULES) == [
        "stage-no-touchpoint", "required-lane-empty", "storyboard-empty", "persona-no-emotion", "unreachable-touchpoint",
        "dead-end", "no-flows",
        "closed-loop", "negative-without-opportunity", "blueprint-frontstage-unsupported",
        "blueprint-action-without-frontstage", "empty-map", "single-stage", "duplicate-stage-name"]
    for key, table in MESSAGES.items():
        assert key.split(".")[0] in RULES
        assert set(table) == {"en", "nb", "nl", "el"}, key
    assert {key.split(".")[0] for key in MESSAGES} == set(RULES)


def test_names_with_newlines_stay_on_one_line():
    m = MapBuilder(stages=("Buy\nnow", "Use"))
    m.tp(1)
    [f] = rule_findings(m.doc, "stage-no-touchpoint")
    assert "\n" not in f.message


def test_a_blank_map_reports_empty_stages_not_every_empty_cell():
    m = MapBuilder(lanes=("touchpoints", "goals", "emotions"), personas=("Ada",),
                   required=("touchpoints", "goals", "emotions"))
    assert sorted({f.rule for f in run_checks(m.doc)}) == ["empty-map", "stage-no-touchpoint"]
    m.doc.meta.disabled_rules = ["empty-map"]
    rules = [f.rule for f in run_checks(m.doc)]
    assert rules.count("required-lane-empty") == 6 and rules.count("persona-no-emotion") == 3


def test_every_rule_is_documented_with_severity_example_and_switch():
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "coverage-rules.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        heading = f"### `{rule.id}` ({rule.severity.label})"
        assert heading in text, heading
        section = text.split(heading, 1)[1].split("\n### ", 1)[0]
        assert f'"disabled_rules": ["{rule.id}"]' in section
        assert "→ `" in section  # an example message
