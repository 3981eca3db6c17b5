"""Look-up tables over a document, built once per check run and shared by every rule."""

from __future__ import annotations

import re
from collections import defaultdict

from jmap.core.model import CARD_LANES, LANGUAGES, LaneKind

#: Card lanes whose touchpoints make up the customer's journey (the flow rules look at
#: these; backstage and support cards are the organisation's side of a blueprint).
JOURNEY_KINDS = frozenset({LaneKind.TOUCHPOINTS, LaneKind.CUSTOMER_ACTIONS, LaneKind.FRONTSTAGE})
#: Lanes behind the line of visibility.
BEHIND_KINDS = frozenset({LaneKind.BACKSTAGE, LaneKind.SUPPORT})

_MAX_NAME = 60
_QUOTES = {"en": ("“", "”"), "nl": ("“", "”"), "nb": ("«", "»"), "el": ("«", "»")}
_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple:
    """Sort key that puts tp-9 before tp-10: the text split into runs of digits (as numbers) and the rest."""
    parts = _DIGITS.split(text)
    parts[1::2] = map(int, parts[1::2])  # (the split puts the digit runs at the odd places)
    return tuple(parts)


class NaturalKeys(dict):
    """``natural_key`` of each text, computed once (for sorting many findings that share ids)."""

    def __missing__(self, text: str) -> tuple:
        key = self[text] = natural_key(text)
        return key


class MapIndex:
    """Every table the rules and the summary need, computed in one pass over the document."""

    def __init__(self, doc) -> None:
        self.doc = doc
        lang = doc.meta.language
        self.language = lang if lang in LANGUAGES else "en"
        self.stages = list(doc.stages)
        self.stage_pos = {s.id: i for i, s in enumerate(self.stages)}
        self.lanes = list(doc.lanes)
        self.lane_by_id = {lane.id: lane for lane in self.lanes}
        self.lane_kind = {lane.id: lane.kind for lane in self.lanes}
        self.personas = list(doc.personas)
        self.persona_by_id = {p.id: p for p in self.personas}
        stage_pos = self.stage_pos

        #: touchpoints with a known stage and lane, in file order; a touchpoint's place in this list
        #: is its node number in the journey graph (``node`` maps an id to it), ``tp_stage`` holds
        #: each one's stage position; ``journey`` lists the touchpoints in journey lanes and
        #: ``marked_entries`` those marked as an entry (node numbers, file order)
        self.touchpoints: list = []
        self.node: dict[str, int] = {}
        self.tp_stage: list[int] = []
        self.journey: list[int] = []
        self.marked_entries: list[int] = []
        self.tps_by_stage: dict[str, list] = defaultdict(list)
        #: (stage, lane kind) -> touchpoint cards / notes there
        self.cards_at: dict[tuple[str, str], list] = defaultdict(list)
        self.notes_at: dict[tuple[str, str], list] = defaultdict(list)
        #: (lane, stage) cells that hold a note or a card
        self.filled_cells: set[tuple[str, str]] = set()
        # One pass over the touchpoints (each is read once: on a large map they lie far apart in memory).
        tps, node, tp_stage, journey, entries = (self.touchpoints, self.node, self.tp_stage, self.journey,
                                                 self.marked_entries)
        lane_kind, by_stage, cards_at = self.lane_kind, self.tps_by_stage, self.cards_at
        add_cell = self.filled_cells.add
        for tp in doc.touchpoints:
            stage, lane = tp.stage, tp.lane
            pos = stage_pos.get(stage)
            kind = lane_kind.get(lane)
            if pos is None or kind is None:
                continue
            number = node[tp.id] = len(tps)
            tps.append(tp)
            tp_stage.append(pos)
            if kind in JOURNEY_KINDS:
                journey.append(number)
            if tp.entry:
                entries.append(number)
            by_stage[stage].append(tp)
            cards_at[(stage, kind)].append(tp)
            add_cell((lane, stage))
        self.notes = [n for n in doc.notes if n.stage in stage_pos and n.lane in self.lane_kind]
        for note in self.notes:
            self.notes_at[(note.stage, self.lane_kind[note.lane])].append(note)
            self.filled_cells.add((note.lane, note.stage))

        #: stage -> emotion points there (of known personas), file order
        self.emotions_by_stage: dict[str, list] = defaultdict(list)
        self.persona_stages: set[tuple[str, str]] = set()
        for point in doc.emotions:
            if point.stage in stage_pos and point.persona in self.persona_by_id:
                self.emotions_by_stage[point.stage].append(point)
                self.persona_stages.add((point.persona, point.stage))
        self.metric_stages = {m.stage for m in doc.metrics if m.stage in stage_pos}

        self._flows: tuple[list, list[list[int]]] | None = None

    # ------------------------------------------------------------------ flows
    @property
    def flows(self) -> list:
        """Flows between two of the touchpoints, in file order (read on first use: the summary needs none)."""
        return (self._flows or self._read_flows())[0]

    @property
    def succ(self) -> list[list[int]]:
        """For each touchpoint, the node number of each of its flows' targets (the journey graph's edges)."""
        return (self._flows or self._read_flows())[1]

    def _read_flows(self) -> tuple[list, list[list[int]]]:
        flows: list = []
        succ: list[list[int]] = [[] for _ in self.touchpoints]
        number = self.node.get
        for flow in self.doc.flows:
            source = number(flow.source)
            target = number(flow.target)
            if source is not None and target is not None:
                flows.append(flow)
                succ[source].append(target)
        self._flows = flows, succ
        return self._flows

    # ------------------------------------------------------------- questions
    def lane_filled(self, lane, stage_id: str) -> bool:
        """A lane counts as filled in a stage when it holds a note or a card there; the
        emotions lane when any persona has an emotion point there; the metrics lane also
        when the stage has a metric."""
        if lane.kind == LaneKind.EMOTIONS:
            return bool(self.emotions_by_stage.get(stage_id))
        if (lane.id, stage_id) in self.filled_cells:
            return True
        return lane.kind == LaneKind.METRICS and stage_id in self.metric_stages

    def has_content(self, stage_id: str, kinds) -> bool:
        """Does the stage hold a note or card in a lane of one of these kinds?"""
        return any(self.cards_at.get((stage_id, k)) or self.notes_at.get((stage_id, k)) for k in kinds)

    def touchpoint(self, tp_id: str):
        """The touchpoint with that id (of a known stage and lane), or None."""
        i = self.node.get(tp_id)
        return None if i is None else self.touchpoints[i]

    @staticmethod
    def is_card_lane(lane) -> bool:
        return lane.kind in CARD_LANES

    # ------------------------------------------------------------------ names
    def quote(self, text: str) -> str:
        """A name in the map language's quotation marks, on one line and not too long."""
        text = " ".join(text.split())
        if len(text) > _MAX_NAME:
            text = text[: _MAX_NAME - 1].rstrip() + "…"
        left, right = _QUOTES[self.language]
        return f"{left}{text}{right}"

    def stage_name(self, stage_id: str) -> str:
        stage = self.stages[self.stage_pos[stage_id]] if stage_id in self.stage_pos else None
        return self.quote(stage.name.strip() or stage_id if stage else stage_id)

    def lane_name(self, lane_id: str) -> str:
        lane = self.lane_by_id.get(lane_id)
        title = (lane.title.strip() or lane.kind.replace("_", " ")) if lane else lane_id
        return self.quote(title)

    def persona_name(self, persona_id: str) -> str:
        persona = self.persona_by_id.get(persona_id)
        return self.quote((persona.name.strip() if persona else "") or persona_id)

    def card_name(self, tp) -> str:
        """A touchpoint's title (its id when it has none), quoted."""
        return self.quote(tp.title.strip() or tp.id)
