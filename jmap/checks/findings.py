"""A finding of the coverage check: rule id, severity, message and what it concerns."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        return cls[text.upper()]


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    #: One line for a facilitator, in the map's language where translated.
    message: str
    stages: tuple[str, ...] = field(default=())
    lanes: tuple[str, ...] = field(default=())
    touchpoints: tuple[str, ...] = field(default=())
    flows: tuple[str, ...] = field(default=())
    personas: tuple[str, ...] = field(default=())

    @property
    def ids(self) -> tuple[str, ...]:
        """Every id the finding concerns (for selecting it in the editor)."""
        return self.touchpoints + self.flows + self.stages + self.lanes + self.personas
