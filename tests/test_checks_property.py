"""Property: covering an uncovered stage removes exactly that stage's stage-no-touchpoint finding."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jmap.checks import run_checks
from jmap.core.document import Document
from jmap.core.model import CARD_LANES, Flow, Lane, LaneKind, MapMeta, Note, Stage, Touchpoint

_KINDS = sorted(k.value for k in LaneKind)
_CARD_KINDS = sorted(k.value for k in CARD_LANES)


@st.composite
def maps_with_a_gap(draw):
    """A map with some stages covered, at least one not, random lanes, notes and flows."""
    n_stages = draw(st.integers(1, 7))
    doc = Document(MapMeta(language=draw(st.sampled_from(["en", "nb", "nl", "el"]))))
    for i in range(n_stages):
        doc.append("stages", Stage(f"stage-{i + 1}", name=draw(st.sampled_from(["Look", "Buy", "Use", ""]))))
    kinds = draw(st.lists(st.sampled_from(_KINDS), min_size=0, max_size=5)) + [draw(st.sampled_from(_CARD_KINDS))]
    for i, kind in enumerate(kinds):
        doc.append("lanes", Lane(f"lane-{i + 1}", kind=kind, required=draw(st.booleans())))
    card_lanes = [lane.id for lane in doc.lanes if lane.kind in CARD_LANES]
    gap = draw(st.integers(0, n_stages - 1))
    covered = draw(st.sets(st.integers(0, n_stages - 1)).map(lambda s: s - {gap}))
    for stage in sorted(covered):
        for _ in range(draw(st.integers(1, 3))):
            doc.append("touchpoints", Touchpoint(doc.new_id("touchpoints"), stage=f"stage-{stage + 1}",
                                                 lane=draw(st.sampled_from(card_lanes)),
                                                 entry=draw(st.booleans())))
    for _ in range(draw(st.integers(0, 4))):
        doc.append("notes", Note(doc.new_id("notes"), lane=draw(st.sampled_from([lane.id for lane in doc.lanes])),
                                 stage=f"stage-{draw(st.integers(1, n_stages))}"))
    tps = [tp.id for tp in doc.touchpoints]
    if tps:
        for _ in range(draw(st.integers(0, 6))):
            doc.append("flows", Flow(doc.new_id("flows"), source=draw(st.sampled_from(tps)),
                                     target=draw(st.sampled_from(tps))))
    return doc, f"stage-{gap + 1}", draw(st.sampled_from(card_lanes))


def _uncovered(doc) -> set:
    return {(f.stages, f.message) for f in run_checks(doc) if f.rule == "stage-no-touchpoint"}


@settings(max_examples=150, deadline=None)
@given(maps_with_a_gap())
def test_adding_a_touchpoint_removes_exactly_that_stages_finding(case):
    doc, stage, lane = case
    before = _uncovered(doc)
    assert any(stages == (stage,) for stages, _ in before)
    doc.append("touchpoints", Touchpoint(doc.new_id("touchpoints"), stage=stage, lane=lane, title="New"))
    after = _uncovered(doc)
    assert after < before
    assert {stages for stages, _ in before - after} == {(stage,)}
    assert len(before - after) == 1


@st.composite
def journeys(draw):
    """Random touchpoints over a few stages and lanes, joined by random flows (loops included)."""
    n_stages = draw(st.integers(1, 5))
    doc = Document(MapMeta())
    for i in range(n_stages):
        doc.append("stages", Stage(f"stage-{i + 1}"))
    for kind in ("touchpoints", "frontstage", "backstage"):
        doc.append("lanes", Lane(f"lane-{kind}", kind=kind))
    for _ in range(draw(st.integers(0, 12))):
        doc.append("touchpoints", Touchpoint(doc.new_id("touchpoints"), stage=f"stage-{draw(st.integers(1, n_stages))}",
                                             lane=draw(st.sampled_from(["lane-touchpoints", "lane-frontstage",
                                                                        "lane-backstage"])),
                                             entry=draw(st.integers(0, 9)) == 0))
    tps = [tp.id for tp in doc.touchpoints]
    if tps:
        for _ in range(draw(st.integers(0, 20))):
            doc.append("flows", Flow(doc.new_id("flows"), source=draw(st.sampled_from(tps)),
                                     target=draw(st.sampled_from(tps))))
    return doc


@settings(max_examples=200, deadline=None)
@given(journeys())
def test_path_rules_agree_with_plain_networkx(doc):
    """Unreachable touchpoints, dead ends and closed loops against a direct (slow) definition."""
    import networkx as nx

    pos = {s.id: i for i, s in enumerate(doc.stages)}
    g = nx.DiGraph()
    g.add_nodes_from(tp.id for tp in doc.touchpoints)
    g.add_edges_from((f.source, f.target) for f in doc.flows)
    stage_of = {tp.id: pos[tp.stage] for tp in doc.touchpoints}
    journey = [tp for tp in doc.touchpoints if tp.lane != "lane-backstage"]
    expected = {"unreachable-touchpoint": set(), "dead-end": set(), "closed-loop": set()}
    if journey:
        first = min(stage_of[tp.id] for tp in journey)
        last = max(stage_of[tp.id] for tp in journey)
        entries = {tp.id for tp in doc.touchpoints if tp.entry or (tp in journey and stage_of[tp.id] == first)}
        reached = set(entries).union(*(nx.descendants(g, e) for e in entries))
        expected["unreachable-touchpoint"] = {(tp.id,) for tp in journey if tp.id not in reached}
        expected["dead-end"] = {(tp.id,) for tp in journey if stage_of[tp.id] < last and g.out_degree(tp.id) == 0}
        for comp in nx.strongly_connected_components(g):
            node = next(iter(comp))
            if len(comp) == 1 and not g.has_edge(node, node):
                continue
            own = max(stage_of[n] for n in comp)
            further = max((stage_of[n] for n in nx.descendants(g, node)), default=own)
            if own < last and further <= own:
                order = [tp.id for tp in doc.touchpoints]
                expected["closed-loop"].add(tuple(sorted(comp, key=order.index)))
    tp_ids = {tp.id for tp in doc.touchpoints}
    if not any(f.source in tp_ids and f.target in tp_ids for f in doc.flows):
        # no flow drawn yet: the no-flows finding stands in for the per-card path findings
        expected["unreachable-touchpoint"], expected["dead-end"] = set(), set()
    found = {rule: set() for rule in expected}
    islands = []
    for f in run_checks(doc):
        if f.rule == "unreachable-touchpoint":
            islands.append(set(f.touchpoints))
            found[f.rule].update((t,) for t in f.touchpoints)
        elif f.rule in found:
            found[f.rule].add(f.touchpoints)
    assert found == expected
    # Unreachable touchpoints come in islands: no island shares a touchpoint or a flow with another.
    assert sum(map(len, islands)) == len(set().union(*islands))
    island_of = {t: i for i, island in enumerate(islands) for t in island}
    assert all(island_of[a] == island_of[b] for a, b in g.edges if a in island_of and b in island_of)
