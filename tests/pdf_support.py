"""Shared helpers of the PDF tests: a small realistic map and ways to read a PDF back."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from jmap.core.document import Document
from jmap.core.model import (
    BlueprintLine,
    EmotionPoint,
    Flow,
    Lane,
    MapMeta,
    Metric,
    Note,
    Persona,
    Stage,
    Touchpoint,
)

LONG_NOTE = (
    "Reviews contradict each other, the comparison table lists different battery figures for the same "
    "model, the staff use jargon, the delivery options are unclear, the warranty terms are hidden behind "
    "three links and the student discount only shows up at the very last step of the checkout, which "
    "makes the whole choice take far longer than it should and raises doubts about everything else "
    "on the site. ENDMARK"
)


def sample_doc(map_type: str = "current-state", language: str = "en", notes: dict | None = None) -> Document:
    """Three stages, the usual lanes, two personas, cards, flows, metrics and a blueprint line."""
    doc = Document(MapMeta(title="Buying a laptop", map_type=map_type, language=language,
                           authors=["Kari Nordmann"], created="2026-03-01T10:00:00Z",
                           modified="2026-03-02T09:30:00Z"))
    doc.append("personas", Persona("persona-1", name="Ingrid", role="Student", quote="It has to last.",
                                   goals=["A light laptop"], colour="#0072B2"))
    doc.append("personas", Persona("persona-2", name="Kostas", role="Shop owner", colour="#D55E00"))
    for i, name in enumerate(("Awareness", "Purchase", "Retention"), start=1):
        doc.append("stages", Stage(f"stage-{i}", name=name))
    for i, (kind, title) in enumerate((("actions", "Actions"), ("touchpoints", "Touchpoints"),
                                       ("emotions", "Emotions"), ("pain_points", "Pain points"),
                                       ("backstage", "Backstage")), start=1):
        doc.append("lanes", Lane(f"lane-{i}", kind=kind, title=title))
    texts = notes or {("lane-1", "stage-1"): "Sees an ad", ("lane-1", "stage-2"): "Orders online",
                      ("lane-4", "stage-3"): "Waited 40 minutes"}
    for n, ((lane, stage), words) in enumerate(texts.items(), start=1):
        doc.append("notes", Note(f"note-{n}", lane=lane, stage=stage, text=words))
    for i, (stage, title, channel) in enumerate((("stage-1", "Instagram ad", "ad"), ("stage-2", "Checkout", "web"),
                                                 ("stage-3", "Pick-up counter", "store")), start=1):
        doc.append("touchpoints", Touchpoint(f"tp-{i}", stage=stage, lane="lane-2", title=title, channel=channel,
                                             online=channel != "store"))
    doc.append("flows", Flow("flow-1", source="tp-1", target="tp-2"))
    doc.append("flows", Flow("flow-2", source="tp-2", target="tp-3"))
    doc.append("flows", Flow("flow-3", source="tp-3", target="tp-2", label="retry"))
    for n, (persona, stage, value) in enumerate((("persona-1", "stage-1", 1), ("persona-1", "stage-2", -2),
                                                 ("persona-1", "stage-3", 3), ("persona-2", "stage-2", 0)),
                                                start=1):
        doc.append("emotions", EmotionPoint(f"emo-{n}", persona=persona, stage=stage, value=value))
    doc.append("metrics", Metric("metric-1", stage="stage-2", name="Conversion rate", value=3.5, unit="%",
                                 target=5.0))
    doc.append("lines", BlueprintLine("line-1", kind="visibility", after_lane="lane-2"))
    return doc


def pdf_text(path: Path) -> list[str]:
    """The text of every page, as pdfplumber extracts it."""
    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def flat(text: str) -> str:
    """Text with runs of white space made one space (wrapped lines join up again)."""
    return re.sub(r"\s+", " ", text)


def reader(path: Path) -> PdfReader:
    return PdfReader(str(path))


def xobject_subtypes(path: Path) -> list[str]:
    """The /Subtype of every XObject any page (or form on it) uses."""
    found = []

    def walk(resources) -> None:
        if resources is None:
            return
        xobjects = resources.get_object().get("/XObject")
        if xobjects is None:
            return
        for ref in xobjects.get_object().values():
            obj = ref.get_object()
            found.append(str(obj.get("/Subtype")))
            walk(obj.get("/Resources"))

    for page in reader(path).pages:
        walk(page.get("/Resources"))
    return found
