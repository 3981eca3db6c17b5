"""The check's path answers on node numbers equal networkx's, its findings those of the implementation before."""

from __future__ import annotations

import gc
import hashlib
import json
import re
from contextlib import contextmanager

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import jmap.checks.graph as graph_module
import jmap.checks.rules as rules_module
from jmap.bench import scaled_map
from jmap.checks import run_checks
from jmap.checks.graph import JourneyGraph, journey_graph, journey_paths
from jmap.checks.index import JOURNEY_KINDS, MapIndex, NaturalKeys, natural_key
from jmap.core.generate import large_map
from jmap.core.model import Flow
from test_checks_graph import _many_loops


def _regex_key(text: str) -> tuple:
    """The natural sort key as it was first written (the reference for the faster one)."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


def _reference_paths(doc) -> dict:
    """Entries, unreachable islands, dead ends and closed loops straight from their definitions, with networkx."""
    pos = {s.id: i for i, s in enumerate(doc.stages)}
    kind = {lane.id: lane.kind for lane in doc.lanes}
    tps = [tp for tp in doc.touchpoints if tp.stage in pos and tp.lane in kind]
    order = {tp.id: i for i, tp in enumerate(tps)}
    stage = {tp.id: pos[tp.stage] for tp in tps}
    flows = [f for f in doc.flows if f.source in order and f.target in order]
    g = nx.DiGraph()
    g.add_nodes_from(order)
    g.add_edges_from((f.source, f.target) for f in flows)
    journey = [tp.id for tp in tps if kind[tp.lane] in JOURNEY_KINDS]
    out = {"entries": [], "unreachable": [], "dead_ends": [], "closed_loops": []}
    if not journey:
        return out
    first, last = min(stage[t] for t in journey), max(stage[t] for t in journey)
    out["entries"] = [tp.id for tp in tps if tp.entry or (tp.id in journey and stage[tp.id] == first)]
    reached = set(out["entries"]).union(*(nx.descendants(g, e) for e in out["entries"]))
    lost = [t for t in sorted(journey, key=stage.__getitem__) if t not in reached]
    island_of = {}
    for n, comp in enumerate(nx.weakly_connected_components(g.subgraph(set(order) - reached))):
        island_of.update(dict.fromkeys(comp, n))
    islands: dict[int, list[str]] = {}
    for t in lost:
        islands.setdefault(island_of[t], []).append(t)
    out["unreachable"] = list(islands.values())
    out["dead_ends"] = [t for t in journey if stage[t] < last and g.out_degree(t) == 0]
    loops = []
    for comp in nx.strongly_connected_components(g):
        node = next(iter(comp))
        if len(comp) == 1 and not g.has_edge(node, node):
            continue
        own = max(stage[n] for n in comp)
        if own < last and all(stage[n] <= own for n in nx.descendants(g, node)):
            inside = [f.id for f in flows if f.source in comp and f.target in comp]
            loops.append((sorted(comp, key=order.__getitem__), sorted(inside, key=_regex_key)))
    out["closed_loops"] = sorted(loops, key=lambda loop: order[loop[0][0]])
    return out


def _paths_as_ids(doc) -> dict:
    ix = MapIndex(doc)
    paths = journey_paths(ix, journey_graph(ix))
    ids = [tp.id for tp in ix.touchpoints]
    return {"entries": [ids[i] for i in paths.entries],
            "unreachable": [[ids[i] for i in island] for island in paths.unreachable],
            "dead_ends": [ids[i] for i in paths.dead_ends],
            "closed_loops": [([ids[i] for i in nodes], flows) for nodes, flows in paths.closed_loops]}


def _with_backward_flows(seed: int):
    """A generated map with extra flows to the same card and back to earlier ones: many cycles."""
    doc = large_map(stages=12, lanes=10, touchpoints=500, flows=500, personas=1, seed=seed)
    tps = [tp.id for tp in doc.touchpoints]
    for n in range(150):
        a = (n * 37 + seed) % len(tps)
        b = max(0, a - (n % 25)) if n % 3 else a
        doc.append("flows", Flow(doc.new_id("flows"), source=tps[a], target=tps[b]))
    return doc


@pytest.mark.parametrize("make", [lambda: scaled_map(2)] + [lambda s=s: _many_loops(s) for s in range(4)]
                         + [lambda s=s: _with_backward_flows(s) for s in range(4)])
def test_the_path_answers_equal_the_networkx_definitions_on_generated_maps(monkeypatch, make):
    doc = make()
    expected = _reference_paths(doc)
    assert _paths_as_ids(doc) == expected
    monkeypatch.setattr(graph_module, "_FEW", 0)  # the condensation pass gives the same closed loops
    assert _paths_as_ids(doc) == expected


def test_the_generated_maps_have_closed_loops_and_islands():
    """(So that the comparison above covers every kind of answer.)"""
    answers = [_reference_paths(_with_backward_flows(s)) for s in range(4)] + [_reference_paths(_many_loops(0))]
    assert any(len(a["closed_loops"]) > graph_module._FEW for a in answers)
    assert any(any(len(island) > 1 for island in a["unreachable"]) for a in answers)


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 30).flatmap(lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1),
                                                                                      st.integers(0, n - 1))))))
def test_strongly_connected_components_equal_networkx_and_come_sinks_first(case):
    n, edges = case
    succ = [[] for _ in range(n)]
    for a, b in edges:
        succ[a].append(b)
    graph = JourneyGraph(succ)
    comps, cycles = graph.strongly_connected()
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    assert sorted(map(sorted, comps)) == sorted(map(sorted, nx.strongly_connected_components(g)))
    assert [comps[c] for c in cycles] == [comp for comp in comps if len(comp) > 1 or g.has_edge(comp[0], comp[0])]
    place = {node: c for c, comp in enumerate(comps) for node in comp}
    assert all(place[b] <= place[a] for a, b in edges)  # a component comes after those it leads to


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab-_.:Z0189", max_size=14))
def test_the_natural_key_equals_its_first_definition(text):
    assert natural_key(text) == _regex_key(text)
    assert NaturalKeys()[text] == _regex_key(text)


def test_findings_are_in_the_order_of_the_natural_sort_key():
    doc = scaled_map(2)
    pos = {s.id: i for i, s in enumerate(doc.stages)}
    keys = [(min((pos[s] for s in f.stages), default=-1), f.rule, tuple(_regex_key(i) for i in f.ids))
            for f in run_checks(doc)]
    assert keys == sorted(keys)


def _digest(findings) -> tuple[str, int]:
    rows = [[f.rule, int(f.severity), f.message, f.stages, f.lanes, f.touchpoints, f.flows, f.personas]
            for f in findings]
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest(), len(rows)


def test_findings_equal_those_of_the_implementation_before_the_node_numbers():
    """Same findings, order and messages as the dictionary-based check of commit a7be49a (digests taken
    from it): the bench map at twice its size, and small maps full of closed loops."""
    assert _digest(run_checks(scaled_map(2))) == (
        "9572e81656714a9b37bba24198c35b3db5509c593afc52388083ec952d1f39fd", 854)
    assert _digest([f for s in range(6) for f in run_checks(_many_loops(s))]) == (
        "485514e1d43962b3b6fd6b8c45e68090071b20b8f80666f1a371e132da44bfa7", 27)


def test_the_collector_comes_back_on_after_the_checks_tables_are_gone(monkeypatch):
    """The objects made inside the pause and still alive when it ends are what the collector's next pass
    walks: only the findings may be left (a few objects each), not the index and graph of every touchpoint."""
    left = []

    @contextmanager
    def watched_pause():
        was_on = gc.isenabled()
        gc.disable()
        start = len(gc.get_objects(generation=0))
        try:
            yield
        finally:
            left.append(len(gc.get_objects(generation=0)) - start)
            if was_on:
                gc.enable()

    run_checks(large_map(stages=2, touchpoints=5, flows=5))  # (modules imported on first use are not counted)
    monkeypatch.setattr(rules_module, "no_gc_pauses", watched_pause)
    findings = run_checks(large_map(stages=20, touchpoints=1500, flows=2200))
    assert len(findings) > 100
    assert left == [pytest.approx(3 * len(findings), abs=len(findings))]


def test_the_coverage_summary_reads_no_flow():
    """The heat map's summary needs no graph: the index reads the flows only when a path rule asks."""
    from jmap.checks import coverage_summary

    doc = large_map(stages=6, touchpoints=60, flows=90)
    index = MapIndex(doc)
    summary = coverage_summary(doc, index)
    assert len(summary) == 6 and index._flows is None
    assert len(index.flows) == 90 and len(index.succ) == 60 and sum(map(len, index.succ)) == 90
