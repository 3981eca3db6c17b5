"""Pictures in print: an image XObject on the page (fit and poster), placeholders for refused pictures."""

from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader

from jmap.core.model import Lane, Note
from jmap.core.starter import starter_map
from jmap.export.pdf import export_pdf
from jmap.io.pictures import make_picture


def _picture(size=(600, 400), colour="#009E73"):
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return make_picture(out.getvalue())


def _map_with_pictures():
    doc = starter_map()
    picture = _picture()
    doc.append("pictures", picture)
    doc.append("lanes", Lane("lane-story", kind="storyboard", title="Storyboard"))
    doc.append("notes", Note("note-story", "lane-story", doc.stages[0].id, text="The wall", picture=picture.id))
    doc.set("touchpoints", doc.touchpoints[0].id, "picture", picture.id)
    return doc, picture


def _images(page) -> list:
    found = []
    resources = page.get("/Resources") or {}
    xobjects = resources.get("/XObject") or {}
    for obj in xobjects.values():
        obj = obj.get_object()
        if obj.get("/Subtype") == "/Image":
            found.append(obj)
        elif obj.get("/Subtype") == "/Form":
            found += _images(obj)
    return found


def test_the_picture_is_an_image_xobject_on_the_fitted_page_at_full_resolution(tmp_path):
    doc, picture = _map_with_pictures()
    out = tmp_path / "map.pdf"
    export_pdf(doc, out, page="A3")
    images = _images(PdfReader(out).pages[0])
    assert images, "no image XObject on the map page"
    assert {(int(i["/Width"]), int(i["/Height"])) for i in images} == {(picture.width, picture.height)}
    assert b"/Subtype /Image" in out.read_bytes() and out.read_bytes().count(b"/Subtype /Image") == 1  # stored once


def test_the_picture_is_on_the_poster_sheets_that_show_it(tmp_path):
    doc, picture = _map_with_pictures()
    out = tmp_path / "poster.pdf"
    export_pdf(doc, out, page="A4", poster="A1", persona_pages=False, findings=False)
    reader = PdfReader(out)
    assert any(_images(page) for page in reader.pages)
    assert out.read_bytes().count(b"/Subtype /Image") == 1  # one copy however many sheets show it


def test_a_picture_that_cannot_be_shown_prints_as_a_placeholder(tmp_path):
    doc, picture = _map_with_pictures()
    picture.data = picture.data[:-16]
    out = tmp_path / "placeholder.pdf"
    export_pdf(doc, out, page="A3")
    assert not _images(PdfReader(out).pages[0])
