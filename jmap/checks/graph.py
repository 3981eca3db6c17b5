"""The journey as a directed graph of touchpoints and flows, and the path questions asked of it.

Plain dictionaries and linear algorithms (breadth-first search, Tarjan's strongly connected
components, one pass over their condensation): each question costs time in proportion to the
map, and no graph library is loaded before a check can run (the editor's start, `jmap export`).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

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


class JourneyGraph:
    """Touchpoints as nodes (file order), flows as edges; ``flows`` maps (source, target) to the ids
    of the flows drawn between them, ``succ`` each node to its distinct successors."""

    def __init__(self, nodes, flows: dict[tuple[str, str], list[str]]) -> None:
        self.succ: dict[str, list[str]] = {node: [] for node in nodes}
        for source, target in flows:
            self.succ.setdefault(source, []).append(target)
            self.succ.setdefault(target, [])
        self.flows = flows

    def out_degree(self, node: str) -> int:
        return len(self.succ.get(node, ()))

    def has_edge(self, source: str, target: str) -> bool:
        return (source, target) in self.flows

    def reached_from(self, starts) -> set[str]:
        """Every node on a path from one of ``starts`` (the starts included)."""
        seen = set(starts)
        queue = deque(seen)
        succ = self.succ
        while queue:
            for nxt in succ.get(queue.popleft(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return seen

    def strongly_connected(self) -> list[list[str]]:
        """Strongly connected components (Tarjan, without recursion), sinks first: each component
        comes after every component it leads to."""
        succ = self.succ
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        stack: list[str] = []
        on_stack: set[str] = set()
        out: list[list[str]] = []
        for root in succ:
            if root in index:
                continue
            index[root] = low[root] = len(index)
            stack.append(root)
            on_stack.add(root)
            work = [(root, iter(succ[root]))]
            while work:
                node, successors = work[-1]
                for nxt in successors:
                    if nxt not in index:
                        index[nxt] = low[nxt] = len(index)
                        stack.append(nxt)
                        on_stack.add(nxt)
                        work.append((nxt, iter(succ[nxt])))
                        break
                    if nxt in on_stack and index[nxt] < low[node]:
                        low[node] = index[nxt]
                else:
                    work.pop()
                    if work and low[node] < low[work[-1][0]]:
                        low[work[-1][0]] = low[node]
                    if low[node] == index[node]:
                        comp = []
                        while True:
                            member = stack.pop()
                            on_stack.discard(member)
                            comp.append(member)
                            if member == node:
                                break
                        out.append(comp)
        return out


def journey_graph(index) -> JourneyGraph:
    """Touchpoints as nodes, flows as edges (built once per check run)."""
    flows: dict[tuple[str, str], list[str]] = {}
    for flow in index.flows:
        flows.setdefault((flow.source, flow.target), []).append(flow.id)
    return JourneyGraph(index.tp_by_id, flows)


def journey_paths(index, graph: JourneyGraph) -> JourneyPaths:
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

    reached = graph.reached_from(out.entries)
    out.unreachable = _islands(graph, [tp.id for tp in sorted(journey, key=lambda t: pos[t.stage])], reached)
    out.dead_ends = [tp.id for tp in journey if pos[tp.stage] < last and not graph.out_degree(tp.id)]
    out.closed_loops = _closed_loops(index, graph, last)
    return out


def _islands(graph: JourneyGraph, journey_ids: list[str], reached: set[str]) -> list[list[str]]:
    """Unreachable journey touchpoints grouped by the flows among the unreachable touchpoints
    (connected components of the unreached part, directions dropped), in the order of their first member."""
    lost_ids = [tp_id for tp_id in journey_ids if tp_id not in reached]
    if not lost_ids:
        return []
    near: dict[str, list[str]] = {}
    for a, b in graph.flows:
        if a not in reached and b not in reached:
            near.setdefault(a, []).append(b)
            near.setdefault(b, []).append(a)
    component: dict[str, int] = {}
    for start in lost_ids:
        if start in component:
            continue
        component[start] = number = len(component)
        queue = deque([start])
        while queue:
            for nxt in near.get(queue.popleft(), ()):
                if nxt not in component:
                    component[nxt] = number
                    queue.append(nxt)
    islands: dict[int, list[str]] = {}
    for tp_id in lost_ids:
        islands.setdefault(component[tp_id], []).append(tp_id)
    return list(islands.values())


#: Up to this many cycles, each is searched on its own (cheap: most soon reach a later stage);
#: beyond, one pass over the whole condensation bounds the work.
_FEW = 8


def _closed_loops(index, graph: JourneyGraph, last: int) -> list[tuple[list[str], list[str]]]:
    """Cycles whose furthest reachable stage is no later than their own latest stage."""
    pos = {tp.id: index.stage_pos[tp.stage] for tp in index.touchpoints}
    comps = graph.strongly_connected()  # successors' components first
    own = [max(pos[n] for n in comp) for comp in comps]
    cycles = [c for c, comp in enumerate(comps)
              if own[c] < last and (len(comp) > 1 or graph.has_edge(comp[0], comp[0]))]
    if not cycles:
        return []
    succ = graph.succ
    if len(cycles) <= _FEW:  # a search from each cycle, stopped at the first later stage it reaches
        closed = [c for c in cycles if not _reaches_later(succ, comps[c][0], pos, own[c])]
    else:  # the furthest stage of every component at once: successors' components come first
        comp_of = {n: c for c, comp in enumerate(comps) for n in comp}
        furthest = list(own)
        for c, comp in enumerate(comps):
            best = furthest[c]
            for n in comp:
                for nxt in succ[n]:
                    d = comp_of[nxt]
                    if d != c and furthest[d] > best:
                        best = furthest[d]
            furthest[c] = best
        closed = [c for c in cycles if furthest[c] <= own[c]]
    order = {tp.id: i for i, tp in enumerate(index.touchpoints)}
    flows = graph.flows
    loops = []
    for c in closed:
        members = set(comps[c])
        tps = sorted(members, key=order.__getitem__)
        inside = sorted((fid for n in members for nxt in succ[n] if nxt in members for fid in flows[(n, nxt)]),
                        key=natural_key)
        loops.append((tps, inside))
    loops.sort(key=lambda loop: order[loop[0][0]])
    return loops


def _reaches_later(succ, start: str, pos: dict[str, int], stage: int) -> bool:
    """Whether any node reached from ``start`` is in a stage after ``stage`` (stops at the first)."""
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        if pos[node] > stage:
            return True
        for nxt in succ[node]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False
