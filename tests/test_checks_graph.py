"""The journey graph of a check run: built once, and the two ways of finding closed loops agree."""

from __future__ import annotations

import random

import pytest

import jmap.checks.graph as graph_module
import jmap.checks.rules as rules_module
from jmap.checks import run_checks
from jmap.core.document import Document
from jmap.core.generate import large_map
from jmap.core.model import Flow, Lane, Stage, Touchpoint


def _many_loops(seed: int) -> Document:
    """Six stages; in each early stage several small cycles, some with a way out to a later stage."""
    rng = random.Random(seed)
    doc = Document()
    for s in range(6):
        doc.append("stages", Stage(f"stage-{s + 1}", name=f"S{s + 1}"))
    doc.append("lanes", Lane("lane-1", kind="touchpoints"))
    doc.append("lanes", Lane("lane-2", kind="backstage"))
    for s in range(6):
        for i in range(rng.randint(4, 8)):
            doc.append("touchpoints", Touchpoint(f"tp-{s}-{i}", stage=f"stage-{s + 1}",
                                                 lane=rng.choice(["lane-1", "lane-1", "lane-2"])))
    tps = [tp.id for tp in doc.touchpoints]
    for n in range(120):
        a = rng.choice(tps)
        b = rng.choice([t for t in tps if t.split("-")[1] == a.split("-")[1]] if rng.random() < 0.85 else tps)
        doc.append("flows", Flow(f"flow-{n}", source=a, target=b))
    return doc


@pytest.mark.parametrize("seed", range(12))
def test_the_per_cycle_search_and_the_condensation_find_the_same_closed_loops(monkeypatch, seed):
    doc = _many_loops(seed)
    monkeypatch.setattr(graph_module, "_FEW", 10_000)
    searched = [f.message for f in run_checks(doc)]
    monkeypatch.setattr(graph_module, "_FEW", 0)
    condensed = [f.message for f in run_checks(doc)]
    assert searched == condensed


def test_the_condensation_path_reports_a_closed_loop():
    doc = Document()
    for s in range(3):
        doc.append("stages", Stage(f"stage-{s + 1}", name=f"S{s + 1}"))
    doc.append("lanes", Lane("lane-1", kind="touchpoints"))
    for n in range(graph_module._FEW + 2):  # more cycles than are searched one by one
        doc.append("touchpoints", Touchpoint(f"a{n}", stage="stage-1", lane="lane-1", title=f"A{n}"))
        doc.append("touchpoints", Touchpoint(f"b{n}", stage="stage-2", lane="lane-1", title=f"B{n}"))
        doc.append("flows", Flow(f"f{n}", source=f"a{n}", target=f"b{n}"))
        doc.append("flows", Flow(f"g{n}", source=f"b{n}", target=f"a{n}"))
    doc.append("touchpoints", Touchpoint("z", stage="stage-3", lane="lane-1", title="Z"))
    doc.append("flows", Flow("out", source="b0", target="z"))  # only the first cycle has a way on
    loops = [f for f in run_checks(doc) if f.rule == "closed-loop"]
    assert [f.touchpoints for f in loops] == [(f"a{n}", f"b{n}") for n in range(1, graph_module._FEW + 2)]
    assert loops[0].flows == ("f1", "g1")


def test_the_graph_is_built_once_per_check_run(monkeypatch):
    built = []
    real = rules_module.journey_graph
    monkeypatch.setattr(rules_module, "journey_graph", lambda index: built.append(1) or real(index))
    run_checks(large_map(stages=8, lanes=6, touchpoints=120, flows=180, personas=2))
    assert len(built) == 1
