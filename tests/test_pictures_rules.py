"""The storyboard coverage rule: a required storyboard lane needs a picture in every stage."""

from __future__ import annotations

import io

from PIL import Image

from jmap.checks import Severity, run_checks
from jmap.core.document import Document
from jmap.core.model import Lane, MapMeta, Note, Stage, Touchpoint
from jmap.io.pictures import make_picture


def _map(language: str = "en") -> tuple[Document, str]:
    doc = Document(MapMeta(title="Shop", language=language))
    for i, name in enumerate(("Discover", "Choose", "Buy"), 1):
        doc.append("stages", Stage(f"stage-{i}", name=name))
        doc.append("touchpoints", Touchpoint(f"tp-{i}", f"stage-{i}", "lane-1", title=name, entry=i == 1))
    doc.append("lanes", Lane("lane-1", kind="touchpoints", title="Touchpoints"))
    doc.append("lanes", Lane("lane-2", kind="storyboard", title="Storyboard", required=True))
    out = io.BytesIO()
    Image.new("RGB", (30, 20), "#56B4E9").save(out, "PNG")
    picture = make_picture(out.getvalue())
    doc.append("pictures", picture)
    return doc, picture.id


def _findings(doc, rule):
    return [f for f in run_checks(doc) if f.rule == rule]


def test_a_required_storyboard_needs_a_picture_in_every_stage_and_a_caption_alone_does_not_count():
    doc, pid = _map()
    doc.append("notes", Note("note-1", "lane-2", "stage-3", text="The shop", picture=pid))
    doc.append("notes", Note("note-2", "lane-2", "stage-2", text="Only a caption"))
    findings = _findings(doc, "storyboard-empty")
    assert [(f.stages, f.lanes, f.severity) for f in findings] == [
        (("stage-1",), ("lane-2",), Severity.WARNING), (("stage-2",), ("lane-2",), Severity.WARNING)]
    assert findings[0].message == ("Required storyboard “Storyboard” has no picture in stage “Discover”: "
                                   "what does the customer see here?")
    assert _findings(doc, "required-lane-empty") == []  # not reported twice
    doc.set("touchpoints", "tp-1", "picture", pid)  # a card in the lane with a picture counts too
    doc.set("touchpoints", "tp-1", "lane", "lane-2")
    doc.set("notes", "note-2", "picture", pid)
    assert _findings(doc, "storyboard-empty") == []


def test_an_optional_storyboard_may_stay_empty_and_the_message_follows_the_map_language():
    doc, _pid = _map("nl")
    assert "geen afbeelding" in _findings(doc, "storyboard-empty")[0].message
    doc.set("lanes", "lane-2", "required", False)
    assert _findings(doc, "storyboard-empty") == []
