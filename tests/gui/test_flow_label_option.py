"""Flow labels as a view option (View → Flow labels, remembered) and in the PDF dialog, with its
"automatic" orientation and "smallest legible paper" chosen as `jmap export` chooses them."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

import jmap.gui.files.export_dialog as export_dialog
import jmap.io as jio
from jmap.core.pagelayout import page_size
from jmap.export.paper import auto_page, best_orientation
from jmap.gui.app.settings import Settings
from jmap.gui.canvas.flows import FlowItem
from jmap.io.templates import example_paths
from tests.pdf_support import flat, pdf_text

LAPTOP = next(p for p in example_paths() if p.name == "laptop-shop.jmap")


def _click_menu_entry(qtbot, window, menu, action) -> None:
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(menu)
    qtbot.mouseClick(menu, Qt.LeftButton, pos=menu.actionGeometry(action).center())


def _shown_labels(window) -> list:
    return [i for i in window.scene.items_by_id.values() if isinstance(i, FlowItem) and i.label and i.label_shown()]


def test_view_menu_hides_flow_labels_and_remembers_it(qtbot, manager):
    window = manager.open_path(LAPTOP)
    action = window.flow_labels_action
    assert action in window.view_menu.actions() and action.isCheckable() and action.isChecked()
    assert _shown_labels(window)
    _click_menu_entry(qtbot, window, window.view_menu, action)
    assert not action.isChecked() and not _shown_labels(window)
    assert Settings().flow_labels is False
    other = manager.open_path(next(p for p in example_paths() if p.name == "yoga-studio.jmap"))
    assert not other.flow_labels_action.isChecked() and not _shown_labels(other)  # a new window starts so
    dialog = export_dialog.PdfExportDialog(window, window.editor.document, manager.settings, "map")
    assert not dialog.flow_labels.isChecked()  # the PDF follows what the map shows
    _click_menu_entry(qtbot, window, window.view_menu, action)
    assert action.isChecked() and _shown_labels(window) and Settings().flow_labels is True


def test_pdf_dialog_prints_without_flow_labels_on_the_paper_jmap_export_would_choose(qtbot, manager, tmp_path):
    window = manager.open_path(LAPTOP)
    doc = window.editor.document
    saved = jio.dumps(doc).decode()
    labels = [f.label for f in doc.flows if f.label and saved.count(f.label) == 1]  # words only flows use
    assert len(labels) > 5
    dialog = export_dialog.PdfExportDialog(window, doc, manager.settings, "map")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.orientation.currentData() is None  # automatic by default
    dialog.page.setCurrentIndex(dialog.page.findData("auto"))
    box = dialog.flow_labels
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))  # on its tick box
    assert not dialog.flow_labels.isChecked()
    paper, turn = auto_page(doc, None)
    assert paper + (" landscape" if turn == "landscape" else " portrait") in dialog.count.text()
    assert dialog.export(str(tmp_path / "plain.pdf"))
    page = PdfReader(str(tmp_path / "plain.pdf")).pages[0]
    width, height = page_size(paper, turn)
    assert abs(float(page.mediabox.width) - width) < 1 and abs(float(page.mediabox.height) - height) < 1
    text = flat(pdf_text(tmp_path / "plain.pdf")[0])
    assert not any(label in text for label in labels)

    labelled = export_dialog.PdfExportDialog(window, doc, manager.settings, "map")
    qtbot.addWidget(labelled)
    labelled.page.setCurrentText("A3")
    assert labelled.flow_labels.isChecked()
    assert labelled.options()["orientation"] == best_orientation(doc, "A3")
    assert labelled.export(str(tmp_path / "labelled.pdf"))
    text = flat(pdf_text(tmp_path / "labelled.pdf")[0])
    assert sum(label in text for label in labels) >= len(labels) // 2


def test_a_poster_needs_its_sheet_size_not_the_smallest_legible_paper(qtbot, manager):
    window = manager.open_path(LAPTOP)
    dialog = export_dialog.PdfExportDialog(window, window.editor.document, manager.settings, "map")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.page.setCurrentIndex(dialog.page.findData("auto"))
    qtbot.mouseClick(dialog.poster, Qt.LeftButton, pos=QPoint(8, dialog.poster.height() // 2))
    assert dialog.page.currentData() == manager.settings.page_size
    assert not dialog.page.model().item(dialog.page.findData("auto")).isEnabled()
    assert dialog.options()["poster"] == "A1" and dialog.options()["page"] == manager.settings.page_size
