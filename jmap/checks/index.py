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
    """Sort key that puts tp-9 before tp-10."""
    return tuple(int(part) if part.isdigit() else part for part in _DIGITS.split(text))


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

        #: touchpoints with a known stage and lane, in file order
        self.touchpoints = [tp for tp in doc.touchpoints if tp.stage in stage_pos and tp.lane in self.lane_kind]
        self.tp_by_id = {tp.id: tp for tp in self.touchpoints}
        self.tps_by_stage: dict[str, list] = defaultdict(list)
        #: (stage, lane kind) -> touchpoint cards / notes there
        self.cards_at: dict[tuple[str, str], list] = defaultdict(list)
        self.notes_at: dict[tuple[str, str], list] = defaultdict(list)
        #: (lane, stage) cells that hold a note or a card
        self.filled_cells: set[tuple[str, str]] = set()
        for tp in self.touchpoints:
            self.tps_by_stage[tp.stage].append(tp)
            self.cards_at[(tp.stage, self.lane_kind[tp.lane])].append(tp)
            self.filled_cells.add((tp.lane, tp.stage))
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

        self.flows = [f for f in doc.flows if f.source in self.tp_by_id and f.target in self.tp_by_id]

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

    def is_journey(self, tp) -> bool:
        return self.lane_kind[tp.lane] in JOURNEY_KINDS

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

    def tp_name(self, tp_id: str) -> str:
        tp = self.tp_by_id.get(tp_id)
        return self.quote((tp.title.strip() if tp else "") or tp_id)
