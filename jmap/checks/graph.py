"""The journey as a directed graph of touchpoints and flows, and the path questions asked of it.

Linear algorithms (breadth-first search, Tarjan's strongly connected components, one pass over
their condensation) on plain lists: touchpoints are numbered in file order and the hot loops index
lists and byte arrays by those numbers instead of hashing ids: hash tables of tens of thousands of
strings fall out of the processor's caches, so that each look-up costs more on a larger map. No
graph library is loaded before a check can run.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from itertools import compress

from jmap.checks.index import natural_key


@dataclass
class JourneyPaths:
    """Answers about the paths through a journey, as node numbers (places in the index's
    touchpoints, so file order)."""

    #: touchpoints the journey starts from
    entries: list[int] = field(default_factory=list)
    #: journey touchpoints that no path from an entry reaches, in islands (groups joined by
    #: flows among themselves), each ordered by stage then file order, its first the way in
    unreachable: list[list[int]] = field(default_factory=list)
    #: journey touchpoints before the last stage with no outgoing flow
    dead_ends: list[int] = field(default_factory=list)
    #: cycles (strongly connected touchpoints) from which no later stage can be reached,
    #: each as (touchpoints in file order, ids of the flows inside the cycle)
    closed_loops: list[tuple[list[int], list[str]]] = field(default_factory=list)


class JourneyGraph:
    """Touchpoints as nodes, numbered as in the check's index (file order), flows as edges:
    ``succ[i]`` holds the target of each flow from node i (a target twice when two flows join
    the same pair)."""

    def __init__(self, succ: list[list[int]]) -> None:
        self.succ = succ

    def reached_from(self, starts) -> bytearray:
        """1 for every node on a path from one of the nodes ``starts`` (the starts included), else 0."""
        seen = bytearray(len(self.succ))
        queue = deque()
        for start in starts:
            if not seen[start]:
                seen[start] = 1
                queue.append(start)
        succ = self.succ
        pop, push = queue.popleft, queue.append
        while queue:
            for nxt in succ[pop()]:
                if not seen[nxt]:
                    seen[nxt] = 1
                    push(nxt)
        return seen

    def strongly_connected(self) -> tuple[list[list[int]], list[int]]:
        """Strongly connected components as lists of nodes (Tarjan, without recursion), sinks first:
        each component comes after every component it leads to; and the places in that list of the
        cycles (components of several nodes, or of one with a flow to itself)."""
        succ = self.succ
        done = len(succ)  # the index of a node whose component is already out (above every real index)
        index = [-1] * done
        low = [0] * done
        stack: list[int] = []
        out: list[list[int]] = []
        cycles: list[int] = []
        counter = 0
        for root in range(done):
            if index[root] >= 0:
                continue
            if not succ[root]:  # a node without successors is a component of its own, at once
                index[root] = done
                out.append([root])
                continue
            index[root] = low[root] = counter
            counter += 1
            work = [(root, iter(succ[root]), len(stack))]
            stack.append(root)
            while work:
                node, successors, depth = work[-1]
                for nxt in successors:
                    seen = index[nxt]
                    if seen < 0:
                        if not succ[nxt]:
                            index[nxt] = done
                            out.append([nxt])
                            continue
                        index[nxt] = low[nxt] = counter
                        counter += 1
                        work.append((nxt, iter(succ[nxt]), len(stack)))
                        stack.append(nxt)
                        break
                    if seen < low[node]:  # (on the stack: a finished node's index is `done`)
                        low[node] = seen
                else:
                    work.pop()
                    lowest = low[node]
                    if lowest == index[node]:
                        comp = stack[depth:]
                        del stack[depth:]
                        for member in comp:
                            index[member] = done
                        if len(comp) > 1 or node in succ[node]:
                            cycles.append(len(out))
                        out.append(comp)
                    elif lowest < low[work[-1][0]]:  # (a node below its component's root has a parent)
                        low[work[-1][0]] = lowest
        return out, cycles


def journey_graph(index) -> JourneyGraph:
    """Touchpoints as nodes, flows as edges (built once per check run)."""
    return JourneyGraph(index.succ)


def journey_paths(index, graph: JourneyGraph) -> JourneyPaths:
    """Entry points, unreachable touchpoints, dead ends and closed loops of a journey."""
    out = JourneyPaths()
    stage_of, journey = index.tp_stage, index.journey
    if not journey:
        return out
    first = min(stage_of[i] for i in journey)
    last = max(stage_of[i] for i in journey)
    is_entry = bytearray(len(stage_of))
    for i in index.marked_entries:
        is_entry[i] = 1
    for i in journey:
        if stage_of[i] == first:
            is_entry[i] = 1
    entries = list(compress(range(len(stage_of)), is_entry))  # (file order)
    out.entries = entries

    reached = graph.reached_from(entries)
    lost = sorted((i for i in journey if not reached[i]), key=stage_of.__getitem__)
    out.unreachable = _islands(graph, lost, reached)
    succ = graph.succ
    out.dead_ends = [i for i in journey if stage_of[i] < last and not succ[i]]
    out.closed_loops = _closed_loops(index, graph, last)
    return out


def _islands(graph: JourneyGraph, lost: list[int], reached: bytearray) -> list[list[int]]:
    """The unreachable journey touchpoints ``lost`` grouped by the flows among the unreachable
    touchpoints (connected components of the unreached part, directions dropped), in the order
    of their first member; each island keeps the order of ``lost``."""
    if not lost:
        return []
    succ = graph.succ
    back: dict[int, list[int]] = {}  # unreached node -> the unreached nodes with a flow to it
    for a in compress(range(len(succ)), reached.translate(_FLIP)):
        for b in succ[a]:
            if not reached[b]:
                if b in back:
                    back[b].append(a)
                else:
                    back[b] = [a]
    component = [-1] * len(succ)
    islands: list[list[int]] = []
    for start in lost:
        if component[start] >= 0:
            continue
        component[start] = number = len(islands)
        islands.append([])
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for nxt in succ[node]:
                if component[nxt] < 0 and not reached[nxt]:
                    component[nxt] = number
                    queue.append(nxt)
            for nxt in back.get(node, ()):
                if component[nxt] < 0:
                    component[nxt] = number
                    queue.append(nxt)
    for i in lost:
        islands[component[i]].append(i)
    return islands


#: Turns a byte array of 0s and 1s into its opposite.
_FLIP = bytes.maketrans(b"\0\1", b"\1\0")
#: Up to this many cycles, each is searched on its own (cheap: most soon reach a later stage);
#: beyond, one pass over the whole condensation bounds the work.
_FEW = 8


def _closed_loops(index, graph: JourneyGraph, last: int) -> list[tuple[list[int], list[str]]]:
    """Cycles whose furthest reachable stage is no later than their own latest stage."""
    succ, stage_of = graph.succ, index.tp_stage
    comps, cycles = graph.strongly_connected()  # successors' components first
    own = {c: max(stage_of[n] for n in comps[c]) for c in cycles}
    cycles = [c for c in cycles if own[c] < last]
    if not cycles:
        return []
    if len(cycles) <= _FEW:  # a search from each cycle, stopped at the first later stage it reaches
        closed = [c for c in cycles if not _reaches_later(succ, comps[c][0], stage_of, own[c])]
    else:  # the furthest stage of every component at once: successors' components come first
        comp_of = [0] * len(succ)
        for c, comp in enumerate(comps):
            for n in comp:
                comp_of[n] = c
        furthest = [0] * len(comps)
        for c, comp in enumerate(comps):
            best = max(stage_of[n] for n in comp)
            for n in comp:
                for nxt in succ[n]:
                    d = comp_of[nxt]
                    if d != c and furthest[d] > best:
                        best = furthest[d]
            furthest[c] = best
        closed = [c for c in cycles if furthest[c] <= own[c]]
    if not closed:
        return []
    loop_of = [-1] * len(succ)
    for c in closed:
        for n in comps[c]:
            loop_of[n] = c
    inner: dict[int, list[str]] = {c: [] for c in closed}  # the flows inside each closed loop
    node = index.node
    for flow in index.flows:
        c = loop_of[node[flow.source]]
        if c >= 0 and loop_of[node[flow.target]] == c:
            inner[c].append(flow.id)
    loops = [(sorted(comps[c]), sorted(inner[c], key=natural_key)) for c in closed]
    loops.sort(key=lambda loop: loop[0][0])  # by the file order of their first touchpoint
    return loops


def _reaches_later(succ: list[list[int]], start: int, stage_of: list[int], stage: int) -> bool:
    """Whether any node reached from ``start`` is in a stage after ``stage`` (stops at the first)."""
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        if stage_of[node] > stage:
            return True
        for nxt in succ[node]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False
