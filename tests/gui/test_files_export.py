"""Export from the editor: PDF through the dialog (in a thread, with progress), PNG, SVG and print."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

import jmap.export.pdf as pdf
import jmap.gui.files.export_dialog as export_dialog
import jmap.gui.files.controller as files
from jmap.core.pagelayout import MM
from jmap.io.templates import example_paths


def open_example(manager):
    window = manager.open_path(example_paths()[0])
    return window, manager.controller_of(window)


def test_pdf_poster_export_runs_in_a_thread_behind_progress(manager, answers, tmp_path, monkeypatch):
    window, ctrl = open_example(manager)
    target = tmp_path / "poster.pdf"
    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    threads, ticks, progress_seen = [], [], []
    real_export = pdf.export_pdf

    def watched_export(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_export(*args, **kwargs)

    monkeypatch.setattr(pdf, "export_pdf", watched_export)
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.timeout.connect(lambda: progress_seen.append(
        any(isinstance(w, QProgressDialog) and w.isVisible() for w in window.findChildren(QProgressDialog))))

    def choose_poster(dialog):
        dialog.page.setCurrentText("A4")
        dialog.poster.setChecked(True)
        dialog.poster_size.setCurrentText("A1")
        dialog.persona_pages.setChecked(False)
        dialog.findings.setChecked(False)
        choose_poster.sheets = dialog.preview.sheets
        choose_poster.dialog = dialog
        ticker.start(0)
        dialog.export_button.click()
        ticker.stop()

    answers.push(choose_poster)
    ctrl.actions["export_pdf"].trigger()
    assert answers.unexpected == []
    assert threads and threads[0] is not threading.main_thread()
    assert ticks and any(progress_seen)  # the window's event loop ran and showed progress meanwhile
    reader = PdfReader(str(target))
    preview = choose_poster.dialog.preview
    assert len(reader.pages) == choose_poster.dialog.exported[1] >= choose_poster.sheets + preview.continued
    assert choose_poster.sheets > 1
    for page in reader.pages[:choose_poster.sheets]:  # every sheet is A4, turned whichever way
        size = sorted((float(page.mediabox.width), float(page.mediabox.height)))
        assert abs(size[0] - 210 * MM) < 1 and abs(size[1] - 297 * MM) < 1
    assert window.editor.document.meta.title.split()[0] in reader.pages[0].extract_text()


def test_pdf_fit_with_extra_pages(manager, answers, tmp_path, monkeypatch):
    window, ctrl = open_example(manager)
    dialog = export_dialog.PdfExportDialog(window, window.editor.document, manager.settings, "map")
    assert dialog.page.currentText() == manager.settings.page_size  # the preference is the default
    assert dialog.preview.sheets == 1
    ok = dialog.export(str(tmp_path / "fit.pdf"))
    assert ok, answers.unexpected
    pages = PdfReader(str(tmp_path / "fit.pdf")).pages
    assert len(pages) == dialog.exported[1] >= 1 + len(window.editor.document.personas) + 1
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_pdf_export_failure_is_reported(manager, answers, tmp_path):
    window, ctrl = open_example(manager)
    dialog = export_dialog.PdfExportDialog(window, window.editor.document, manager.settings, "map")
    answers.push("ok")
    assert not dialog.export(str(tmp_path / "no-such-folder" / "x.pdf"))
    assert "export" in answers.seen[0].lower() and "folder does not exist" in answers.seen[0]


def test_png_and_svg_of_the_canvas(manager, answers, tmp_path, monkeypatch):
    window, ctrl = open_example(manager)
    for kind in ("png", "svg"):
        target = tmp_path / f"canvas.{kind}"
        monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName",
                            lambda *a, _t=target, **k: (str(_t.with_suffix("")), ""))
        ctrl.actions[f"export_{kind}"].trigger()
        assert target.is_file(), kind
    image = QImage(str(tmp_path / "canvas.png"))
    assert image.width() > 400 and image.height() > 200
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
    assert len(colours) > 5
    svg = ET.parse(tmp_path / "canvas.svg").getroot()
    assert svg.tag.endswith("svg")
    text = (tmp_path / "canvas.svg").read_text(encoding="utf-8")
    assert window.editor.document.stages[0].name.split()[0] in text
    # the same pictures as `jmap export -o map.png/.svg --page <the preference>`
    from jmap.export.image import write_image

    for kind in ("png", "svg"):
        write_image(window.editor.document, tmp_path / f"cli.{kind}", kind, manager.settings.page_size)
        assert (tmp_path / f"cli.{kind}").read_bytes() == (tmp_path / f"canvas.{kind}").read_bytes(), kind
    assert answers.unexpected == []


def test_print_goes_through_the_print_dialog(manager, answers, tmp_path, monkeypatch):
    window, ctrl = open_example(manager)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    asked = []
    monkeypatch.setattr(export_dialog.QPrintDialog, "exec",
                        lambda self: asked.append(self.windowTitle()) or QDialog.DialogCode.Accepted)
    assert export_dialog.print_scene(window, printer)
    assert asked == ["Print Map"]
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 1
    monkeypatch.setattr(export_dialog.QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not export_dialog.print_scene(window, printer)
    assert files.FileController  # the menu action is wired
    assert ctrl.actions["print"].shortcut().toString()


def test_an_export_while_zoomed_far_out_still_has_every_card_title(manager, answers, tmp_path, monkeypatch):
    window, ctrl = open_example(manager)
    window.view.set_zoom(0.1)  # far zoom: on screen one cached overview stands in for the cards
    QApplication.processEvents()
    assert window.scene.overview_on
    target = tmp_path / "far.svg"
    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    ctrl.actions["export_svg"].trigger()
    text = target.read_text(encoding="utf-8")
    # the export draws the printed map from the document (jmap.export.image): each card's first printed line
    from jmap.export.image import map_page

    plan = map_page(window.editor.document, manager.settings.page_size).plan
    firsts = [plan.card_titles[tp.id].lines[0] for tp in window.editor.document.touchpoints]
    assert firsts and all(f">{line}</text>" in text for line in firsts)
    assert window.scene.overview_on  # the screen keeps its far-zoom drawing
    assert answers.unexpected == []


def test_png_and_svg_exports_follow_view_flow_labels(manager, answers, tmp_path, monkeypatch):
    window = manager.open_path(next(p for p in example_paths() if p.name == "laptop-shop.jmap"))
    ctrl = manager.controller_of(window)
    label = ">has a code</text>"  # a flow's label as the SVG drawing prints it
    for name, shown in (("shown.svg", True), ("hidden.svg", False)):
        if window.flow_labels_action.isChecked() != shown:
            window.flow_labels_action.trigger()  # View → Flow labels
        target = tmp_path / name
        monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        ctrl.actions["export_svg"].trigger()
        assert (label in target.read_text(encoding="utf-8")) == shown
    assert answers.unexpected == []
