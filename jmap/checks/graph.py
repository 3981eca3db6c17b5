"""The journey as a networkx DiGraph of touchpoints and flows, and the path questions asked of it."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from jmap.checks.index import natural_key


@dataclass
class JourneyPaths:
    """Answers about the paths through a journey (ids in file order)."""

    #: touchpoints the journey starts from
    entries: list[str] = field(default_factory=list)
    #: journey touchpoints that no path from an entry reaches, in islands (groups joined by
    #: flows among themselves), each ordered by stage then file order, its first the way in
    unreachable: list[list[str]] = field(default_factory=list)
    #: journey touchpoints before the last stage with no outgoing flow
    dead_ends: list[str] = field(default_factory=list)
    #: cycles (strongly connected touchpoints) from which no later stage can be reached,
    #: each as (touchpoint ids in file order, flow ids inside the cycle)
    closed_loops: list[tuple[list[str], list[str]]] = field(default_factory=list)


def journey_graph(index) -> nx.DiGraph:
    """Touchpoints as nodes, flows as edges; ``graph.graph["flows"]`` maps (source, target)
    to the ids of the flows drawn between them."""
    graph = nx.DiGraph()
    graph.add_nodes_from(index.tp_by_id)
    flows: dict[tuple[str, str], list[str]] = {}
    for flow in index.flows:
        flows.setdefault((flow.source, flow.target), []).append(flow.id)
    graph.add_edges_from(flows)
    graph.graph["flows"] = flows
    return graph


def journey_paths(index, graph: nx.DiGraph) -> JourneyPaths:
    """Entry points, unreachable touchpoints, dead ends and closed loops of a journey."""
    out = JourneyPaths()
    journey = [tp for tp in index.touchpoints if index.is_journey(tp)]
    if not journey:
        return out
    pos = index.stage_pos
    first = min(pos[tp.stage] for tp in journey)
    last = max(pos[tp.stage] for tp in journey)
    out.entries = [tp.id for tp in index.touchpoints
                   if tp.entry or (pos[tp.stage] == first and index.is_journey(tp))]

    succ = graph.succ
    seen = set(out.entries)
    stack = list(out.entries)
    while stack:
        for nxt in succ[stack.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    out.unreachable = _islands(graph, [tp.id for tp in sorted(journey, key=lambda t: pos[t.stage])], seen)
    out.dead_ends = [tp.id for tp in journey if pos[tp.stage] < last and not succ[tp.id]]
    out.closed_loops = _closed_loops(index, graph, last)
    return out


def _islands(graph: nx.DiGraph, journey_ids: list[str], reached: set[str]) -> list[list[str]]:
    """Unreachable journey touchpoints grouped by the flows among the unreachable touchpoints."""
    succ, pred = graph.succ, graph.pred
    island_of: dict[str, int] = {}
    count = 0
    for start in journey_ids:
        if start in reached or start in island_of:
            continue
        number = island_of[start] = count
        count += 1
        stack = [start]
        while stack:
            node = stack.pop()
            for other in (*succ[node], *pred[node]):
                if other not in reached and other not in island_of:
                    island_of[other] = number
                    stack.append(other)
    islands: list[list[str]] = [[] for _ in range(count)]
    for tp_id in journey_ids:
        if tp_id in island_of:
            islands[island_of[tp_id]].append(tp_id)
    return islands


def _closed_loops(index, graph: nx.DiGraph, last: int) -> list[tuple[list[str], list[str]]]:
    """Cycles whose furthest reachable stage is no later than their own latest stage."""
    pos = {tp.id: index.stage_pos[tp.stage] for tp in index.touchpoints}
    comps = [c for c in nx.strongly_connected_components(graph)]
    comp_of = {node: i for i, comp in enumerate(comps) for node in comp}
    own = [max(pos[n] for n in comp) for comp in comps]
    # The condensation as plain lists, walked sinks first (Kahn's algorithm on the reverse).
    succ: list[set[int]] = [set() for _ in comps]
    for a, b in graph.graph["flows"]:
        ca, cb = comp_of[a], comp_of[b]
        if ca != cb:
            succ[ca].add(cb)
    pending = [len(s) for s in succ]
    pred: list[list[int]] = [[] for _ in comps]
    for c, targets in enumerate(succ):
        for d in targets:
            pred[d].append(c)
    furthest = list(own)
    ready = [c for c, n in enumerate(pending) if n == 0]
    while ready:
        d = ready.pop()
        for c in pred[d]:
            if furthest[d] > furthest[c]:
                furthest[c] = furthest[d]
            pending[c] -= 1
            if pending[c] == 0:
                ready.append(c)
    order = {tp.id: i for i, tp in enumerate(index.touchpoints)}
    flows = graph.graph["flows"]
    loops = []
    for c, comp in enumerate(comps):
        if own[c] >= last or furthest[c] > own[c]:
            continue
        if len(comp) == 1 and (next(iter(comp)),) * 2 not in flows:
            continue
        tps = sorted(comp, key=order.__getitem__)
        inside = sorted((fid for (a, b), ids in flows.items() if a in comp and b in comp for fid in ids),
                        key=natural_key)
        loops.append((tps, inside))
    loops.sort(key=lambda loop: order[loop[0][0]])
    return loops
