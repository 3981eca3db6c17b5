"""Translated names of entities, fields, choices and undo steps, each a literal tr() for extraction.

Texts made from parts (``tr(f"{verb} {what}")``) cannot be found by the translation tools,
so every word the interface builds from a model value is listed here in full.
"""

from __future__ import annotations

from jmap.gui import tr


def entity_title(collection: str) -> str:
    """The inspector's heading for an entity of a collection ("Touchpoint")."""
    titles = {"stages": tr("Stage"), "lanes": tr("Lane"), "notes": tr("Note"), "touchpoints": tr("Touchpoint"),
              "flows": tr("Flow"), "emotions": tr("Emotion point"), "personas": tr("Persona"),
              "lines": tr("Blueprint line"), "metrics": tr("Metric"), "meta": tr("Map")}
    return titles.get(collection, collection)


def field_label(name: str) -> str:
    """The label of a field in the inspector ("Owner")."""
    labels = {
        "name": tr("Name"), "description": tr("Description"), "prompt": tr("Prompt"), "colour": tr("Colour"),
        "title": tr("Title"), "kind": tr("Kind"), "required": tr("Required"), "text": tr("Text"),
        "channel": tr("Channel"), "online": tr("Online"), "owner": tr("Owner"), "importance": tr("Importance"),
        "impact": tr("Impact"), "evidence": tr("Evidence"), "entry": tr("Entry"), "label": tr("Label"),
        "source": tr("Source"), "target": tr("Target"), "value": tr("Value"), "comment": tr("Comment"),
        "persona": tr("Persona"), "stage": tr("Stage"), "role": tr("Role"), "quote": tr("Quote"),
        "demographics": tr("Demographics"), "goals": tr("Goals"), "needs": tr("Needs"),
        "motivations": tr("Motivations"), "behaviours": tr("Behaviours"), "frustrations": tr("Frustrations"),
        "visible": tr("Visible"), "authors": tr("Authors"), "unit": tr("Unit"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())


def lane_kind_label(kind: str) -> str:
    """A lane kind as a capitalised name ("Pain points")."""
    kinds = {
        "touchpoints": tr("Touchpoints"), "actions": tr("Actions"), "thoughts": tr("Thoughts"),
        "emotions": tr("Emotions"), "pain_points": tr("Pain points"), "opportunities": tr("Opportunities"),
        "goals": tr("Goals"), "questions": tr("Questions"), "channels": tr("Channels"), "metrics": tr("Metrics"),
        "ideas": tr("Ideas"), "needs": tr("Needs"), "physical_evidence": tr("Physical evidence"),
        "customer_actions": tr("Customer actions"), "frontstage": tr("Frontstage"), "backstage": tr("Backstage"),
        "support": tr("Support"), "storyboard": tr("Storyboard"),
    }
    return kinds.get(kind, kind.replace("_", " ").capitalize())


def choice_label(field: str, value: str) -> str:
    """A value of a choice field as shown in its list ("observed", "social", "visibility")."""
    if field == "kind" and value in ("interaction", "visibility", "internal"):
        words = {"interaction": tr("interaction"), "visibility": tr("visibility"), "internal": tr("internal")}
    elif field == "kind":
        return lane_kind_label(value)
    elif field == "channel":
        words = {"web": tr("web"), "app": tr("app"), "email": tr("email"), "social": tr("social"),
                 "search": tr("search"), "ad": tr("ad"), "store": tr("store"), "phone": tr("phone"),
                 "chat": tr("chat"), "event": tr("event"), "mail": tr("mail"), "other": tr("other")}
    elif field == "evidence":
        words = {"observed": tr("observed"), "assumed": tr("assumed"), "proposed": tr("proposed")}
    else:
        words = {}
    return words.get(value, value.replace("_", " "))


def describe(verb: str, collection: str, n: int = 1) -> str:
    """A readable undo text such as "Move 3 touchpoints" (translated, plural forms by Qt).

    ``verb`` is one of Add, Edit, Delete, Move, Reorder, Paste (English keys, not shown).
    """
    if verb == "Add":
        texts = {"personas": tr("Add persona"), "stages": tr("Add stage"), "lanes": tr("Add lane"),
                 "notes": tr("Add note"), "touchpoints": tr("Add touchpoint"), "flows": tr("Add flow"),
                 "emotions": tr("Add emotion point"), "metrics": tr("Add metric"),
                 "lines": tr("Add blueprint line")}
    elif verb == "Edit":
        texts = {"personas": tr("Edit persona"), "stages": tr("Edit stage"), "lanes": tr("Edit lane"),
                 "notes": tr("Edit note"), "touchpoints": tr("Edit touchpoint"), "flows": tr("Edit flow"),
                 "emotions": tr("Edit emotion point"), "metrics": tr("Edit metric"),
                 "lines": tr("Edit blueprint line")}
    elif verb == "Reorder":
        texts = {"stages": tr("Reorder stages"), "lanes": tr("Reorder lanes"), "personas": tr("Reorder personas")}
    elif verb == "Delete":
        texts = {"personas": tr("Delete %n persona(s)", n=n), "stages": tr("Delete %n stage(s)", n=n),
                 "lanes": tr("Delete %n lane(s)", n=n), "notes": tr("Delete %n note(s)", n=n),
                 "touchpoints": tr("Delete %n touchpoint(s)", n=n), "flows": tr("Delete %n flow(s)", n=n),
                 "emotions": tr("Delete %n emotion point(s)", n=n), "metrics": tr("Delete %n metric(s)", n=n),
                 "lines": tr("Delete %n blueprint line(s)", n=n), "items": tr("Delete %n item(s)", n=n)}
    elif verb == "Move":
        texts = {"touchpoints": tr("Move %n touchpoint(s)", n=n), "notes": tr("Move %n note(s)", n=n),
                 "items": tr("Move %n item(s)", n=n)}
    elif verb == "Paste":
        texts = {"items": tr("Paste %n item(s)", n=n)}
    else:
        texts = {}
    return texts.get(collection) or tr("Change %n item(s)", n=n)
