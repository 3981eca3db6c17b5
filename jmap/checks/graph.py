"""The journey as a networkx DiGraph of touchpoints and flows, and the path questions asked of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain

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

    reached = set(chain.from_iterable(nx.bfs_layers(graph, out.entries))) if out.entries else set()
    out.unreachable = _islands(graph, [tp.id for tp in sorted(journey, key=lambda t: pos[t.stage])], reached)
    out.dead_ends = [tp.id for tp in journey if pos[tp.stage] < last and not graph.out_degree(tp.id)]
    out.closed_loops = _closed_loops(index, graph, last)
    return out


def _islands(graph: nx.DiGraph, journey_ids: list[str], reached: set[str]) -> list[list[str]]:
    """Unreachable journey touchpoints grouped by the flows among the unreachable touchpoints
    (connected components of the unreached part), in the order of their first member."""
    lost_ids = [tp_id for tp_id in journey_ids if tp_id not in reached]
    if not lost_ids:
        return []
    lost = nx.Graph()  # the unreached part, directions dropped (a plain graph: faster than a view)
    lost.add_nodes_from(n for n in graph if n not in reached)
    lost.add_edges_from((a, b) for a, b in graph.graph["flows"] if a not in reached and b not in reached)
    component = {node: i for i, comp in enumerate(nx.connected_components(lost)) for node in comp}
    islands: dict[int, list[str]] = {}
    for tp_id in lost_ids:
        islands.setdefault(component[tp_id], []).append(tp_id)
    return list(islands.values())


#: Up to this many cycles, each is searched on its own (cheap: most soon reach a later stage);
#: beyond, one pass over the whole condensation bounds the work.
_FEW = 8


def _closed_loops(index, graph: nx.DiGraph, last: int) -> list[tuple[list[str], list[str]]]:
    """Cycles whose furthest reachable stage is no later than their own latest stage."""
    pos = {tp.id: index.stage_pos[tp.stage] for tp in index.touchpoints}
    comps = list(nx.strongly_connected_components(graph))
    own = [max(pos[n] for n in comp) for comp in comps]
    cycles = [c for c, comp in enumerate(comps)
              if own[c] < last and (len(comp) > 1 or graph.has_edge(*(next(iter(comp)),) * 2))]
    if not cycles:
        return []
    if len(cycles) <= _FEW:  # a search from each cycle, stopped at the first later stage it reaches
        closed = [c for c in cycles
                  if not any(pos[n] > own[c] for n in nx.dfs_preorder_nodes(graph, next(iter(comps[c]))))]
    else:  # the furthest stage of every component at once, over the condensation (a DAG), sinks first
        dag = nx.condensation(graph, comps)  # node c is comps[c]
        furthest = list(own)
        for c in reversed(list(nx.topological_sort(dag))):
            for d in dag.succ[c]:
                if furthest[d] > furthest[c]:
                    furthest[c] = furthest[d]
        closed = [c for c in cycles if furthest[c] <= own[c]]
    order = {tp.id: i for i, tp in enumerate(index.touchpoints)}
    flows = graph.graph["flows"]
    loops = []
    for c in closed:
        tps = sorted(comps[c], key=order.__getitem__)
        inside = sorted((fid for edge in graph.subgraph(comps[c]).edges for fid in flows[edge]), key=natural_key)
        loops.append((tps, inside))
    loops.sort(key=lambda loop: order[loop[0][0]])
    return loops
