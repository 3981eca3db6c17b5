"""The journey-map document: entities, the observable Document, layout maths. No Qt.

The entity classes and Document are imported on first use (``from jmap.core import Stage``),
so that a module of the package (jmap.core.names) can be imported without them.
"""

_FROM_MODEL = ("BlueprintLine", "Channel", "EmotionPoint", "Evidence", "Flow", "Lane", "LaneKind", "LineKind",
               "MapMeta", "Metric", "Note", "Persona", "Stage", "Touchpoint")


def __getattr__(name: str):
    if name in _FROM_MODEL:
        from jmap.core import model

        return getattr(model, name)
    if name == "Document":
        from jmap.core.document import Document

        return Document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
