"""Export from the editor: the PDF dialog with a page preview, PNG and SVG of the printed map, printing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, Qt, QThread
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

import jmap.io as jio
from jmap.core.pagelayout import SHEET_MARGIN, page_size, poster_plan
from jmap.gui.files.dialogs import show_error
from jmap.gui.files.exported import confirm_export
from jmap.gui.files.gallery import draw_schematic
from jmap.gui.app.settings import PAGE_SIZES

POSTER_SIZES = ("A2", "A1", "A0")


def sheet_plan(plan, page: str, orientation: str, poster: str | None):
    """(poster plan or None, sheet count) exactly as jmap.export.pdf will cut the map."""
    if not poster:
        return None, 1
    from jmap.export.pdf import poster_size

    used = poster_size(plan, poster, orientation)[:2] if plan is not None else None
    tiles = poster_plan(poster, page, orientation, used=used)
    return tiles, len(tiles.tiles)


class PagePreview(QWidget):
    """A schematic of the map's sheets (cut lines and sheet labels for a poster) and the extra pages."""

    def __init__(self, doc, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.plan = None
        self.schematic = draw_schematic(doc, QSize(900, 560))
        self.options: dict = {}
        self.tiles = None
        self.sheets = 1
        self.setMinimumSize(460, 320)

    def set_options(self, **options) -> None:
        from jmap.export.fonts import FontError
        from jmap.export.pdf import plan_for

        self.options = options
        try:
            # the PDF's own plan for this paper, so the preview cuts (and continues text) where the PDF will
            self.plan = plan_for(self.doc, options["page"], options["orientation"], options["poster"])
        except FontError:
            self.plan = None  # the export will say why; the preview shows the untrimmed poster
        self.tiles, self.sheets = sheet_plan(self.plan, options["page"], options["orientation"], options["poster"])
        self.update()

    @property
    def continued(self) -> bool:
        """True when some texts do not fit their boxes and continue on A4 pages at the end."""
        return bool(self.plan is not None and self.plan.overflow)

    def extra_pages(self) -> int:
        """Pages after the map (at least): continued texts, one per persona, findings."""
        o = self.options
        return (int(self.continued) + (len(self.doc.personas) if o.get("persona_pages") else 0)
                + (1 if o.get("findings") else 0))

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        if not self.options:
            return
        o = self.options
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        extra = self.extra_pages()
        area = QRectF(self.rect()).adjusted(12, 12, -12, -48 if extra else -12)
        if self.tiles is None:
            width, height = page_size(o["page"], o["orientation"])
            margin = SHEET_MARGIN
        else:
            width, height = self.tiles.poster_w, self.tiles.poster_h
            margin = 0.0
        scale = min(area.width() / width, area.height() / height)
        paper = QRectF(0, 0, width * scale, height * scale)
        paper.moveCenter(area.center())
        painter.fillRect(paper, QColor("white"))
        target = paper.adjusted(margin * scale, margin * scale, -margin * scale, -margin * scale)
        img = self.schematic.size()
        fit = min(target.width() / img.width(), target.height() / img.height())
        drawn = QRectF(0, 0, img.width() * fit, img.height() * fit)
        drawn.moveCenter(target.center())
        drawn.moveTop(target.top())
        painter.drawPixmap(drawn, self.schematic, QRectF(self.schematic.rect()))
        painter.setPen(QPen(QColor("#486581"), 1))
        painter.drawRect(paper)
        if self.tiles is not None:
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            for tile in self.tiles.tiles:
                rect = QRectF(paper.x() + tile.x * scale, paper.y() + tile.y * scale, tile.w * scale, tile.h * scale)
                painter.setPen(QPen(QColor("#C0392B"), 1, Qt.PenStyle.DashLine))
                painter.drawRect(rect.intersected(paper))
                painter.setPen(QColor("#C0392B"))
                painter.drawText(rect.adjusted(4, 2, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                                 tile.label)
        pw, ph = page_size("A4", "portrait")
        small_h = 34
        small_w = small_h * pw / ph
        x = self.width() / 2 - extra * (small_w + 6) / 2
        painter.setPen(QPen(QColor("#486581"), 1))
        for _ in range(extra):
            page = QRectF(x, self.height() - small_h - 8, small_w, small_h)
            painter.fillRect(page, QColor("white"))
            painter.drawRect(page)
            for line in range(3):
                y = page.y() + 6 + line * 6
                painter.drawLine(page.x() + 4, y, page.right() - 4, y)
            x += small_w + 6
        painter.end()


class ExportThread(QThread):
    """Runs one export off the GUI thread; keeps its result or a one-line error."""

    def __init__(self, work, parent=None) -> None:
        super().__init__(parent)
        self.work = work
        self.result = None
        self.error: str | None = None

    def run(self) -> None:
        try:
            self.result = self.work()
        except Exception as exc:  # any failure becomes a message, never a crash of the editor
            self.error = str(exc) or type(exc).__name__


def run_with_progress(parent, work, title: str, label: str) -> tuple[bool, str, object]:
    """Run ``work`` in a thread behind a progress dialog; the window keeps repainting.

    Returns (ok, error message, result). The export cannot be cancelled halfway (reportlab
    writes the file at the end, atomically), so the dialog has no Cancel button.
    """
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    thread = ExportThread(work, parent)
    thread.finished.connect(progress.reset)
    thread.finished.connect(progress.close)
    thread.start()
    if not thread.isFinished():
        progress.exec()
    thread.wait()
    progress.close()
    thread.deleteLater()
    progress.deleteLater()
    return thread.error is None, thread.error or "", thread.result


class PdfExportDialog(QDialog):
    """Choose page size, orientation, fit or poster and extra pages; preview; export in a thread."""

    def __init__(self, parent, doc, settings, name: str, folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self.doc, self.settings, self.name = doc, settings, name
        self.folder = folder or settings.export_folder or str(Path.home())
        self.exported: tuple[str, int] | None = None
        self.page = QComboBox()
        self.page.setObjectName("pdf_page")
        for name in PAGE_SIZES:
            self.page.addItem(name, name)
        self.page.addItem(self.tr("Smallest legible paper"), "auto")  # as `jmap export --page auto`
        self.page.setCurrentText(settings.page_size)
        self.orientation = QComboBox()
        self.orientation.setObjectName("pdf_orientation")
        # the way round on which the text prints bigger, as `jmap export` without --orientation
        self.orientation.addItem(self.tr("Automatic"), None)
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.fit = QRadioButton(self.tr("Fit the map on one page"))
        self.poster = QRadioButton(self.tr("Poster, cut into pages, of size"))
        self.fit.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.fit)
        group.addButton(self.poster)
        self.poster_size = QComboBox()
        self.poster_size.setObjectName("pdf_poster_size")
        self.poster_size.addItems(POSTER_SIZES)
        self.poster_size.setCurrentText("A1")
        self.persona_pages = QCheckBox(self.tr("A page for each persona"))
        self.persona_pages.setChecked(True)
        self.findings = QCheckBox(self.tr("A page of findings from the checks"))
        self.findings.setChecked(True)
        self.flow_labels = QCheckBox(self.tr("Flow labels"))
        self.flow_labels.setObjectName("pdf_flow_labels")
        self.flow_labels.setChecked(settings.flow_labels)  # as the map is shown (View → Flow labels)
        self._chosen: dict = {}
        self.preview = PagePreview(doc)
        self.count = QLabel()
        poster_row = QHBoxLayout()
        poster_row.addWidget(self.poster)
        poster_row.addWidget(self.poster_size)
        poster_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Page size:"), self.page)
        form.addRow(self.tr("Orientation:"), self.orientation)
        form.addRow(self.fit)
        form.addRow(poster_row)
        form.addRow(self.persona_pages)
        form.addRow(self.findings)
        form.addRow(self.flow_labels)
        form.addRow(self.count)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("pdf_export")
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        side.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(side)
        for signal in (self.page.currentIndexChanged, self.orientation.currentIndexChanged,
                       self.poster_size.currentIndexChanged, self.fit.toggled,
                       self.persona_pages.toggled, self.findings.toggled, self.flow_labels.toggled):
            signal.connect(self._update)
        self._update()
        self.resize(900, 520)

    def options(self) -> dict:
        """The options of export_pdf, with "automatic" and "smallest legible paper" resolved for this map."""
        poster = self.poster_size.currentText() if self.poster.isChecked() else None
        page, orientation = self._paper(self.page.currentData(), self.orientation.currentData(), poster)
        return {"page": page, "orientation": orientation, "poster": poster,
                "persona_pages": self.persona_pages.isChecked(), "findings": self.findings.isChecked(),
                "flow_labels": self.flow_labels.isChecked()}

    def _paper(self, page: str, orientation: str | None, poster: str | None) -> tuple[str, str]:
        """Paper and orientation as `jmap export` chooses them (jmap.export.paper), remembered per choice."""
        key = (page, orientation, poster, self.flow_labels.isChecked())
        if key not in self._chosen:
            from jmap.export.fonts import FontError
            from jmap.export.paper import auto_page, best_orientation

            try:
                if page == "auto":
                    page, orientation = auto_page(self.doc, orientation)
                if orientation is None:
                    orientation = best_orientation(self.doc, poster or page, self.flow_labels.isChecked())
            except FontError:  # the export will say why
                page, orientation = (self.settings.page_size if page == "auto" else page), orientation or "landscape"
            self._chosen[key] = (page, orientation)
        return self._chosen[key]

    def _update(self, *_args) -> None:
        self.poster_size.setEnabled(self.poster.isChecked())
        auto = self.page.findData("auto")
        self.page.model().item(auto).setEnabled(not self.poster.isChecked())  # a poster needs its sheet size
        if self.poster.isChecked() and self.page.currentIndex() == auto:
            self.page.setCurrentText(self.settings.page_size)
            return  # (the page change updates again)
        options = self.options()
        self.preview.set_options(**options)
        lines = []
        if self.page.currentData() == "auto" or self.orientation.currentData() is None:
            lines.append((self.tr("Prints on {0} landscape") if options["orientation"] == "landscape"
                          else self.tr("Prints on {0} portrait")).format(options["page"]))
        lines.append(self.tr("The map on %n sheet(s)", "", self.preview.sheets))
        if self.preview.continued:
            lines.append(self.tr("Texts too long for their box continue at the end"))
        if self.persona_pages.isChecked() and self.doc.personas:
            lines.append(self.tr("%n persona page(s)", "", len(self.doc.personas)))
        if self.findings.isChecked():
            lines.append(self.tr("Findings on A4 pages at the end"))
        self.count.setText("\n".join(lines))

    def export(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"),
                                                  str(Path(self.folder) / f"{Path(self.name).stem}.pdf"),
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return False
        from jmap.export.pdf import export_pdf

        snapshot = jio.loads(jio.dumps(self.doc)).document  # the thread never sees later edits
        options = self.options()
        ok, message, pages = run_with_progress(self, lambda: export_pdf(snapshot, path, **options),
                                               self.tr("Export PDF"), self.tr("Exporting PDF…"))
        self.exported = (path, pages) if ok else None
        if not ok:
            show_error(self, self.tr("Export failed"), self.tr("Could not export the PDF."), message)
            return False
        self.accept()
        self.confirmation = confirm_export(self.parentWidget(), path)  # Open / Show in folder
        return True


# ------------------------------------------------------------ canvas images and printing
def _scene_rect(scene) -> QRectF:
    return scene.itemsBoundingRect().adjusted(-16, -16, 16, 16)


def export_scene_interactive(window, folder: str, name: str, kind: str, page: str = "A3") -> bool:
    """Ask for a file name, then write the map as PNG or SVG: the PDF's map page drawn from the
    document, as ``jmap export -o map.png --page PAGE`` does (jmap.export.image), in a thread."""
    label = QCoreApplication.translate("ExportImage", "PNG images (*.png)") if kind == "png" else QCoreApplication.translate("ExportImage", "SVG drawings (*.svg)")
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("ExportImage", "Export Image"),
                                          str(Path(folder) / f"{Path(name).stem}.{kind}"), label)
    if not path:
        return False
    if not path.lower().endswith(f".{kind}"):
        path += f".{kind}"
    from jmap.export.image import write_image

    snapshot = jio.loads(jio.dumps(window.editor.document)).document  # the thread never sees later edits
    labels = getattr(window.scene, "show_flow_labels", True)  # as the map is shown (View → Flow labels)
    ok, message, _ = run_with_progress(window, lambda: write_image(snapshot, path, kind, page, flow_labels=labels),
                                       QCoreApplication.translate("ExportImage", "Export Image"),
                                       QCoreApplication.translate("ExportImage", "Exporting image…"))
    if not ok:
        show_error(window, QCoreApplication.translate("ExportImage", "Export failed"), message)
        return False
    confirm_export(window, path)  # Open / Show in folder
    return True


def print_scene(window, printer: QPrinter | None = None, page: str = "A3") -> bool:
    """Print the canvas through Qt's print dialog (starting at ``page``, landscape), scaled to fit."""
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size_id = getattr(QPageSize.PageSizeId, page, QPageSize.PageSizeId.A3)
        printer.setPageLayout(QPageLayout(QPageSize(size_id), QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10),
                                          QPageLayout.Unit.Millimeter))
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(QCoreApplication.translate("ExportImage", "Print Map"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    scene = window.scene
    painter = QPainter()
    if not painter.begin(printer):
        show_error(window, QCoreApplication.translate("ExportImage", "Print failed"), QCoreApplication.translate("ExportImage", "The printer could not be started."))
        return False
    scene.render_output(painter, QRectF(painter.viewport()), _scene_rect(scene))
    painter.end()
    return True
