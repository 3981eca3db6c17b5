"""The template gallery: every template in every language and the worked examples, with thumbnails."""

from __future__ import annotations

from PySide6.QtGui import QColor

from jmap.core.model import LANGUAGES
from jmap.gui.files.gallery import GalleryDialog, draw_schematic, gallery_entries
from jmap.io import load
from jmap.io.templates import TEMPLATE_NAMES, example_paths


def test_gallery_offers_four_templates_in_four_languages_and_the_examples(qtbot):
    entries = gallery_entries()
    templates = {(e.name, e.language) for e in entries if e.kind == "template"}
    assert templates == {(n, lang) for n in TEMPLATE_NAMES for lang in LANGUAGES}
    examples = [e for e in entries if e.kind == "example"]
    assert len(examples) == len(example_paths()) >= 1
    assert all(e.title and e.description for e in entries)


def test_language_filter_and_thumbnails(qtbot):
    dialog = GalleryDialog(None, "el")
    qtbot.addWidget(dialog)
    shown = dialog.visible_entries()
    assert {e.language for e in shown} == {"el"}
    assert {e.name for e in shown if e.kind == "template"} == set(TEMPLATE_NAMES)
    dialog.language_box.setCurrentIndex(0)  # all languages
    assert len(dialog.visible_entries()) == len(gallery_entries())
    for i in range(dialog.list.count()):
        assert not dialog.list.item(i).icon().isNull()
        assert "\n" in dialog.list.item(i).text()  # title, then a one-line description


def test_thumbnail_draws_the_map(qtbot):
    doc = load(example_paths()[0]).document
    pixmap = draw_schematic(doc)
    image = pixmap.toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert QColor("#243B53").name().lower() in colours  # the stage header band
    assert len(colours) > 8  # lanes, cards, curves: more than a blank page


def test_choosing_a_template_gives_a_fresh_document_and_a_name(qtbot):
    dialog = GalleryDialog(None, "nb")
    qtbot.addWidget(dialog)
    row = next(i for i, e in enumerate(dialog.visible_entries()) if e.name == "day-in-the-life")
    dialog.list.setCurrentRow(row)
    doc, name = dialog.chosen()
    assert doc.meta.language == "nb" and doc.meta.map_type == "day-in-the-life"
    assert doc.meta.created and name


def test_choosing_an_example_suggests_its_file_name(qtbot):
    dialog = GalleryDialog(None, "")
    qtbot.addWidget(dialog)
    row = next(i for i, e in enumerate(dialog.visible_entries()) if e.kind == "example")
    entry = dialog.visible_entries()[row]
    dialog.list.setCurrentRow(row)
    doc, name = dialog.chosen()
    assert name == entry.path.stem and doc.meta.title == entry.title
