"""A small built-in map, used when the bundled templates are missing (and by the tests)."""

from __future__ import annotations

from jmap.core.document import Document
from jmap.core.model import EmotionPoint, Flow, Lane, MapMeta, Note, Persona, Stage, Touchpoint


def starter_map(with_content: bool = True) -> Document:
    """Four stages, the usual lanes of a current-state map and, optionally, some content."""
    doc = Document(MapMeta(title="Buying a laptop", map_type="current-state", language="en"))
    doc.append("personas", Persona("persona-1", name="Mari", role="Student", colour="#0072B2"))
    doc.append("personas", Persona("persona-2", name="Jonas", role="Small business owner", colour="#D55E00"))
    for i, (name, prompt) in enumerate([("Awareness", "How do they first hear of us?"),
                                        ("Consideration", "What do they compare?"),
                                        ("Purchase", "What happens at the till?"),
                                        ("Retention", "Why would they come back?")], 1):
        doc.append("stages", Stage(f"stage-{i}", name=name, prompt=prompt))
    lanes = [("touchpoints", "Touchpoints", "Where do they meet us?", True),
             ("actions", "Actions", "What does the customer do?", False),
             ("thoughts", "Thoughts", "What goes through their mind?", False),
             ("emotions", "Emotions", "", False),
             ("pain_points", "Pain points", "What gets in their way?", False),
             ("opportunities", "Opportunities", "How could we do better?", False)]
    for i, (kind, title, prompt, required) in enumerate(lanes, 1):
        doc.append("lanes", Lane(f"lane-{i}", kind=kind, title=title, prompt=prompt, required=required))
    if not with_content:
        return doc
    cards = [("stage-1", "Search ad for student laptops", "search"), ("stage-1", "Friend's recommendation", "other"),
             ("stage-2", "Comparison website", "web"), ("stage-2", "Store visit", "store"),
             ("stage-3", "Online checkout", "web"), ("stage-4", "Delivery e-mail", "email")]
    for i, (stage, title, channel) in enumerate(cards, 1):
        doc.append("touchpoints", Touchpoint(f"tp-{i}", stage=stage, lane="lane-1", title=title, channel=channel,
                                             online=channel not in ("store", "other"), entry=i == 1,
                                             evidence="assumed" if i == 2 else "observed"))
    for i, (a, b) in enumerate([(1, 3), (2, 4), (3, 5), (4, 5), (5, 6), (4, 3)], 1):
        doc.append("flows", Flow(f"flow-{i}", source=f"tp-{a}", target=f"tp-{b}"))
    notes = [("lane-2", "stage-1", "Scrolls through social media between lectures"),
             ("lane-3", "stage-2", "Is the cheaper one good enough for four years?"),
             ("lane-5", "stage-3", "Delivery costs appear only at the last step"),
             ("lane-6", "stage-3", "Show delivery costs on the product page")]
    for i, (lane, stage, text) in enumerate(notes, 1):
        doc.append("notes", Note(f"note-{i}", lane=lane, stage=stage, text=text))
    n = 0
    for persona, values in (("persona-1", (1, -1, -2, 2)), ("persona-2", (0, 1, -1, 1))):
        for s, value in enumerate(values, 1):
            n += 1
            doc.append("emotions", EmotionPoint(f"emo-{n}", persona=persona, stage=f"stage-{s}", value=value))
    return doc
