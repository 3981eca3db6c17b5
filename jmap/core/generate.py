"""Deterministic generated maps for benchmarks and property tests."""

from __future__ import annotations

import random

from jmap.core.document import Document
from jmap.core.model import (
    CARD_LANES,
    BlueprintLine,
    Channel,
    EmotionPoint,
    Evidence,
    Flow,
    Lane,
    LaneKind,
    MapMeta,
    Metric,
    Note,
    Persona,
    Stage,
    Touchpoint,
)
from jmap.core.theme import PERSONA_PALETTE

_LANE_KINDS = [
    LaneKind.TOUCHPOINTS, LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT, LaneKind.GOALS,
    LaneKind.IDEAS, LaneKind.METRICS,
]
_WORDS = ("checkout", "delivery", "review", "search", "coupon", "support", "account", "return",
          "newsletter", "store", "laptop", "price", "chat", "survey", "loyalty", "invoice")


def large_map(stages: int = 40, lanes: int = 12, touchpoints: int = 2000, flows: int = 3000,
              personas: int = 3, seed: int = 1) -> Document:
    """A big, realistic-looking map; the same arguments always give the same map."""
    rng = random.Random(seed)
    doc = Document(MapMeta(title="Generated benchmark map", map_type="service-blueprint", language="en",
                           authors=["jmap benchmark"], created="2026-01-01T00:00:00Z",
                           modified="2026-01-01T00:00:00Z"))
    for i in range(personas):
        doc.append("personas", Persona(f"persona-{i + 1}", name=f"Persona {i + 1}", role="Shopper",
                                       goals=["Find the right product"], colour=PERSONA_PALETTE[i % 7]))
    for i in range(stages):
        doc.append("stages", Stage(f"stage-{i + 1}", name=f"Stage {i + 1}", description="Generated stage"))
    for i in range(lanes):
        kind = _LANE_KINDS[i % len(_LANE_KINDS)]
        doc.append("lanes", Lane(f"lane-{i + 1}", kind=kind.value, title=kind.value.replace("_", " ").title(),
                                 required=kind == LaneKind.TOUCHPOINTS))
    card_lanes = [lane.id for lane in doc.lanes if lane.kind in CARD_LANES]
    note_lanes = [lane.id for lane in doc.lanes if lane.kind not in CARD_LANES and lane.kind != LaneKind.EMOTIONS]
    channels = [c.value for c in Channel]
    evidence = [e.value for e in Evidence]
    for i in range(touchpoints):
        stage = doc.stages[i * stages // touchpoints].id
        title = f"{rng.choice(_WORDS).title()} {rng.choice(_WORDS)} {i + 1}"
        doc.append("touchpoints", Touchpoint(f"tp-{i + 1}", stage=stage, lane=rng.choice(card_lanes), title=title,
                                             channel=rng.choice(channels), importance=rng.randint(1, 5),
                                             impact=rng.randint(1, 5), evidence=rng.choice(evidence),
                                             description="Generated touchpoint " + " ".join(rng.sample(_WORDS, 5))))
    for i in range(flows):
        a = rng.randrange(touchpoints)
        b = min(touchpoints - 1, a + rng.randint(1, 120)) if rng.random() < 0.9 else rng.randrange(touchpoints)
        doc.append("flows", Flow(f"flow-{i + 1}", source=f"tp-{a + 1}", target=f"tp-{b + 1}"))
    n = 0
    for stage in doc.stages:
        for lane in note_lanes[:4]:
            n += 1
            doc.append("notes", Note(f"note-{n}", lane=lane, stage=stage.id,
                                     text=" ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 14)))))
    n = 0
    for persona in doc.personas:
        for stage in doc.stages:
            n += 1
            doc.append("emotions", EmotionPoint(f"emo-{n}", persona=persona.id, stage=stage.id,
                                                value=rng.randint(-3, 3)))
    for i, stage in enumerate(doc.stages):
        doc.append("metrics", Metric(f"metric-{i + 1}", stage=stage.id, name="Conversion rate",
                                     value=round(rng.uniform(1, 30), 1), unit="%", target=20.0))
    kinds = {LaneKind.FRONTSTAGE: "visibility", LaneKind.BACKSTAGE: "internal", LaneKind.TOUCHPOINTS: "interaction"}
    for lane in doc.lanes:
        if lane.kind in kinds:
            doc.append("lines", BlueprintLine(doc.new_id("lines"), kind=kinds[lane.kind], after_lane=lane.id))
    return doc
