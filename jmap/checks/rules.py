"""The coverage rules: each a stable id, a severity and a function from the map's index to findings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from jmap.checks.findings import Finding, Severity
from jmap.checks.graph import journey_graph, journey_paths
from jmap.checks.index import BEHIND_KINDS, MapIndex, NaturalKeys
from jmap.checks.messages import LOOP_ARROW, message
from jmap.core.gcpause import no_gc_pauses
from jmap.core.model import LaneKind

#: An emotion point at or below this value (on the −3…+3 scale) is strongly negative.
NEGATIVE_THRESHOLD = -2


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    #: What the rule looks for, in English (the docs and the editor's tooltips).
    summary: str
    check: Callable[["_Run"], Iterator[Finding]]


class _Run:
    """One check run: the index, the journey paths (computed on first use) and finding helpers."""

    def __init__(self, doc) -> None:
        self.ix = MapIndex(doc)
        self.disabled = set(doc.meta.disabled_rules or ())
        self._paths = None
        self._graph = None

    @property
    def blank(self) -> bool:
        """A map with stages but no content: the empty-map finding stands in for the per-cell rules."""
        ix = self.ix
        return bool(ix.stages) and not (ix.touchpoints or ix.notes or any(ix.emotions_by_stage.values()))

    def covered_by_empty_map(self) -> bool:
        return self.blank and "empty-map" not in self.disabled

    @property
    def graph(self):
        if self._graph is None:
            self._graph = journey_graph(self.ix)
        return self._graph

    @property
    def paths(self):
        if self._paths is None:
            self._paths = journey_paths(self.ix, self.graph)
        return self._paths

    def finding(self, rule: str, key: str | None = None, **ids) -> Finding:
        """A finding of a rule; ``text`` holds the message's placeholders, the rest the ids."""
        text = ids.pop("text", {})
        return Finding(rule, RULES[rule].severity, message(key or rule, self.ix.language, **text),
                       **{name: tuple(value) for name, value in ids.items()})


# ------------------------------------------------------------------ rules
def _stage_no_touchpoint(run: _Run):
    ix = run.ix
    for stage in ix.stages:
        if not ix.tps_by_stage.get(stage.id):
            yield run.finding("stage-no-touchpoint", stages=[stage.id], text={"stage": ix.stage_name(stage.id)})


def _required_lane_empty(run: _Run):
    ix = run.ix
    if run.covered_by_empty_map():
        return
    # A card lane in a stage without any touchpoint is already reported by stage-no-touchpoint.
    bare = "stage-no-touchpoint" not in run.disabled
    for stage in ix.stages:
        for lane in ix.lanes:
            if not lane.required or lane.kind == LaneKind.STORYBOARD or ix.lane_filled(lane, stage.id):
                continue  # (a storyboard has its own rule: storyboard-empty)
            if bare and ix.is_card_lane(lane) and not ix.tps_by_stage.get(stage.id):
                continue
            yield run.finding("required-lane-empty", stages=[stage.id], lanes=[lane.id],
                              text={"lane": ix.lane_name(lane.id), "stage": ix.stage_name(stage.id)})


def _storyboard_empty(run: _Run):
    """A required storyboard lane counts as filled in a stage only with a picture there."""
    ix = run.ix
    if run.covered_by_empty_map():
        return
    lanes = [lane for lane in ix.lanes if lane.required and lane.kind == LaneKind.STORYBOARD]
    if not lanes:
        return  # (no pass over every card then)
    shown = {(e.lane, e.stage) for e in ix.notes + ix.touchpoints if e.picture}
    for stage in ix.stages:
        for lane in lanes:
            if (lane.id, stage.id) not in shown:
                yield run.finding("storyboard-empty", stages=[stage.id], lanes=[lane.id],
                                  text={"lane": ix.lane_name(lane.id), "stage": ix.stage_name(stage.id)})


def _persona_no_emotion(run: _Run):
    ix = run.ix
    if run.covered_by_empty_map():
        return
    for stage in ix.stages:
        for persona in ix.personas:
            if (persona.id, stage.id) not in ix.persona_stages:
                yield run.finding("persona-no-emotion", stages=[stage.id], personas=[persona.id],
                                  text={"persona": ix.persona_name(persona.id), "stage": ix.stage_name(stage.id)})


def _unreachable(run: _Run):
    ix = run.ix
    if not ix.flows:
        return  # no flow drawn yet: one no-flows finding instead of one per card
    tps, stage_of, stages = ix.touchpoints, ix.tp_stage, ix.stages
    for island in run.paths.unreachable:
        first = tps[island[0]]
        key = "unreachable-touchpoint" if len(island) == 1 else "unreachable-touchpoint.many"
        yield run.finding("unreachable-touchpoint", key,
                          stages=[stages[p].id for p in sorted({stage_of[i] for i in island})],
                          touchpoints=[tps[i].id for i in island],
                          text={"touchpoint": ix.card_name(first), "stage": ix.stage_name(first.stage),
                                "more": len(island) - 1})


def _dead_end(run: _Run):
    ix = run.ix
    if not ix.flows:
        return  # no flow drawn yet: one no-flows finding instead of one per card
    tps = ix.touchpoints
    for i in run.paths.dead_ends:
        tp = tps[i]
        yield run.finding("dead-end", stages=[tp.stage], touchpoints=[tp.id],
                          text={"touchpoint": ix.card_name(tp), "stage": ix.stage_name(tp.stage)})


def _no_flows(run: _Run):
    ix = run.ix
    if len(ix.touchpoints) >= 2 and not ix.flows:
        yield run.finding("no-flows", text={"count": len(ix.touchpoints)})


def _closed_loop(run: _Run):
    ix = run.ix
    tps, stage_of = ix.touchpoints, ix.tp_stage
    for nodes, flows in run.paths.closed_loops:
        stages = [ix.stages[p].id for p in sorted({stage_of[i] for i in nodes})]
        names = LOOP_ARROW.join(ix.card_name(tps[i]) for i in nodes[:4])
        names += LOOP_ARROW + "…" if len(nodes) > 4 else ""
        yield run.finding("closed-loop", stages=stages, touchpoints=[tps[i].id for i in nodes], flows=flows,
                          text={"touchpoints": names, "stage": ix.stage_name(stages[-1])})


def _negative_without_opportunity(run: _Run):
    ix = run.ix
    pain_lanes = [lane.id for lane in ix.lanes if lane.kind == LaneKind.PAIN_POINTS]
    for stage in ix.stages:
        if ix.has_content(stage.id, (LaneKind.OPPORTUNITIES,)):
            continue
        pains = [lid for lid in pain_lanes if (lid, stage.id) in ix.filled_cells]
        low = [p for p in ix.emotions_by_stage.get(stage.id, ()) if p.value <= NEGATIVE_THRESHOLD]
        if not pains and not low:
            continue
        personas = list(dict.fromkeys(p.persona for p in low))
        worst = {pid: min(p.value for p in low if p.persona == pid) for pid in personas}
        who = ", ".join(f"{ix.persona_name(pid)} {_signed(worst[pid])}" for pid in personas)
        key = "negative-without-opportunity." + ("both" if pains and low else "pain" if pains else "emotion")
        yield run.finding("negative-without-opportunity", key, stages=[stage.id], lanes=pains, personas=personas,
                          text={"stage": ix.stage_name(stage.id), "who": who})


def _signed(value: int) -> str:
    return f"−{-value}" if value < 0 else f"+{value}" if value > 0 else "0"


def _frontstage_unsupported(run: _Run):
    ix = run.ix
    doc = ix.doc
    for stage in ix.stages:
        front = ix.cards_at.get((stage.id, LaneKind.FRONTSTAGE), ())
        if not front or ix.has_content(stage.id, BEHIND_KINDS):
            continue
        for tp in front:
            linked = (ix.touchpoint(f.target if f.source == tp.id else f.source) for f in doc.flows_of(tp.id))
            if any(other is not None and ix.lane_kind[other.lane] in BEHIND_KINDS for other in linked):
                continue
            yield run.finding("blueprint-frontstage-unsupported", stages=[stage.id], lanes=[tp.lane],
                              touchpoints=[tp.id],
                              text={"touchpoint": ix.card_name(tp), "stage": ix.stage_name(stage.id)})


def _action_without_frontstage(run: _Run):
    ix = run.ix
    for stage in ix.stages:
        cards = ix.cards_at.get((stage.id, LaneKind.CUSTOMER_ACTIONS), [])
        notes = ix.notes_at.get((stage.id, LaneKind.CUSTOMER_ACTIONS), [])
        if not (cards or notes) or ix.has_content(stage.id, (LaneKind.FRONTSTAGE,)):
            continue
        names = [ix.card_name(tp) for tp in cards] + [ix.quote(n.text or n.id) for n in notes]
        shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
        lanes = list(dict.fromkeys([tp.lane for tp in cards] + [n.lane for n in notes]))
        yield run.finding("blueprint-action-without-frontstage", stages=[stage.id], lanes=lanes,
                          touchpoints=[tp.id for tp in cards],
                          text={"stage": ix.stage_name(stage.id), "actions": shown})


def _empty_map(run: _Run):
    ix = run.ix
    if not ix.stages:
        yield run.finding("empty-map", "empty-map.no-stages")
    elif run.blank:
        yield run.finding("empty-map")


def _single_stage(run: _Run):
    ix = run.ix
    if len(ix.stages) == 1:
        stage = ix.stages[0].id
        yield run.finding("single-stage", stages=[stage], text={"stage": ix.stage_name(stage)})


def _duplicate_stage_name(run: _Run):
    ix = run.ix
    groups: dict[str, list[str]] = {}
    for stage in ix.stages:
        key = " ".join(stage.name.split()).casefold()
        if key:
            groups.setdefault(key, []).append(stage.id)
    for ids in groups.values():
        if len(ids) > 1:
            yield run.finding("duplicate-stage-name", stages=ids,
                              text={"count": len(ids), "stage": ix.stage_name(ids[0])})


_RULES = [
    Rule("stage-no-touchpoint", Severity.ERROR, "A stage with no touchpoint card in any lane.", _stage_no_touchpoint),
    Rule("required-lane-empty", Severity.WARNING, "A lane marked required holds nothing in a stage.",
         _required_lane_empty),
    Rule("storyboard-empty", Severity.WARNING, "A required storyboard lane has no picture in a stage.",
         _storyboard_empty),
    Rule("persona-no-emotion", Severity.WARNING, "A persona's emotion curve has no point in a stage.",
         _persona_no_emotion),
    Rule("unreachable-touchpoint", Severity.WARNING, "No path of flows leads from the journey's entry to a "
         "touchpoint.", _unreachable),
    Rule("dead-end", Severity.INFO, "A touchpoint before the last stage with no outgoing flow.", _dead_end),
    Rule("no-flows", Severity.INFO, "Two or more touchpoints and no flow yet: the paths are not checked.",
         _no_flows),
    Rule("closed-loop", Severity.INFO, "A cycle of flows that never reaches a later stage.", _closed_loop),
    Rule("negative-without-opportunity", Severity.WARNING, "A pain point or a strongly negative feeling in a stage "
         "with no opportunity.", _negative_without_opportunity),
    Rule("blueprint-frontstage-unsupported", Severity.WARNING, "A frontstage touchpoint with nothing backstage or "
         "in support behind it.", _frontstage_unsupported),
    Rule("blueprint-action-without-frontstage", Severity.WARNING, "Customer actions in a stage with no frontstage "
         "touchpoint.", _action_without_frontstage),
    Rule("empty-map", Severity.INFO, "The map has no stages, or no content at all.", _empty_map),
    Rule("single-stage", Severity.INFO, "The map has only one stage.", _single_stage),
    Rule("duplicate-stage-name", Severity.INFO, "Two or more stages share a name.", _duplicate_stage_name),
]
#: Every rule by id, in the order of the documentation.
RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}


def run_checks(doc, rules: list[str] | None = None) -> list[Finding]:
    """Findings of every rule not switched off in ``doc.meta.disabled_rules`` (or of just
    ``rules``), ordered by stage, then rule id, then the ids concerned."""
    # The collector is off while the check's tables are built, and they are gone (freed by reference
    # counting when _findings returns) before it is on again: otherwise its next pass walks every one
    # of them, and the touchpoints they point to, which costs more per touchpoint the larger the map.
    with no_gc_pauses():
        return _findings(doc, rules)


def _findings(doc, rules: list[str] | None) -> list[Finding]:
    run = _Run(doc)
    wanted = [RULES[r] for r in rules] if rules is not None else _RULES
    findings = [f for rule in wanted if rule.id not in run.disabled for f in rule.check(run)]
    stage_pos = run.ix.stage_pos.__getitem__
    id_key = NaturalKeys().__getitem__
    findings.sort(key=lambda f: (min(map(stage_pos, f.stages), default=-1), f.rule, tuple(map(id_key, f.ids))))
    return findings
