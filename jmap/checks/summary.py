"""Per-stage coverage summary (placeholder until issue #3 lands)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class StageCoverage:
    stage: str
    filled_lanes: list[str] = field(default_factory=list)
    empty_lanes: list[str] = field(default_factory=list)
    touchpoints: int = 0
    channels: list[str] = field(default_factory=list)
    #: persona id -> (min, max) emotion value in this stage, or None when no point
    emotion_range: dict[str, tuple[int, int] | None] = field(default_factory=dict)


def coverage_summary(doc) -> list[StageCoverage]:
    return [StageCoverage(stage=s.id) for s in doc.stages]
