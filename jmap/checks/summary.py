"""Per-stage coverage summary: the data behind the coverage heat map in the editor and the PDF."""

from __future__ import annotations

from dataclasses import dataclass, field

from jmap.checks.index import MapIndex
from jmap.core.model import Channel

_CHANNEL_ORDER = {c.value: i for i, c in enumerate(Channel)}


@dataclass
class StageCoverage:
    stage: str
    #: lane ids that hold something in this stage (see MapIndex.lane_filled), in lane order
    filled_lanes: list[str] = field(default_factory=list)
    empty_lanes: list[str] = field(default_factory=list)
    #: number of touchpoint cards in the stage (every card lane)
    touchpoints: int = 0
    #: channels of those touchpoints, each once, in the order of the Channel enum
    channels: list[str] = field(default_factory=list)
    #: persona id -> (min, max) emotion value in this stage, or None when no point
    emotion_range: dict[str, tuple[int, int] | None] = field(default_factory=dict)
    #: the stage's name and column
    name: str = ""
    index: int = 0
    #: number of notes in the stage
    notes: int = 0
    #: required lanes that are empty here (a subset of empty_lanes)
    required_empty: list[str] = field(default_factory=list)

    @property
    def filled_ratio(self) -> float:
        """Share of the lanes that hold something, 0.0–1.0 (1.0 for a map without lanes)."""
        total = len(self.filled_lanes) + len(self.empty_lanes)
        return len(self.filled_lanes) / total if total else 1.0

    @property
    def personas_missing(self) -> list[str]:
        """Personas with no emotion point in this stage."""
        return [pid for pid, rng in self.emotion_range.items() if rng is None]


def coverage_summary(doc, index: MapIndex | None = None) -> list[StageCoverage]:
    """One StageCoverage per stage, in stage order."""
    ix = index or MapIndex(doc)
    notes_per_stage: dict[str, int] = {}
    for note in ix.notes:
        notes_per_stage[note.stage] = notes_per_stage.get(note.stage, 0) + 1
    out = []
    for i, stage in enumerate(ix.stages):
        filled, empty, required = [], [], []
        for lane in ix.lanes:
            if ix.lane_filled(lane, stage.id):
                filled.append(lane.id)
            else:
                empty.append(lane.id)
                if lane.required:
                    required.append(lane.id)
        tps = ix.tps_by_stage.get(stage.id, [])
        channels = sorted({tp.channel for tp in tps}, key=lambda c: (_CHANNEL_ORDER.get(c, len(_CHANNEL_ORDER)), c))
        ranges: dict[str, tuple[int, int] | None] = {p.id: None for p in ix.personas}
        for point in ix.emotions_by_stage.get(stage.id, ()):
            low_high = ranges[point.persona]
            ranges[point.persona] = ((point.value, point.value) if low_high is None
                                     else (min(low_high[0], point.value), max(low_high[1], point.value)))
        out.append(StageCoverage(stage=stage.id, filled_lanes=filled, empty_lanes=empty, touchpoints=len(tps),
                                 channels=channels, emotion_range=ranges, name=stage.name, index=i,
                                 notes=notes_per_stage.get(stage.id, 0), required_empty=required))
    return out
