"""The journey-map document: entities, the observable Document, layout maths. No Qt."""

from jmap.core.model import (  # noqa: F401
    BlueprintLine,
    Channel,
    EmotionPoint,
    Evidence,
    Flow,
    Lane,
    LaneKind,
    LineKind,
    MapMeta,
    Metric,
    Note,
    Persona,
    Stage,
    Touchpoint,
)
from jmap.core.document import Document  # noqa: F401
