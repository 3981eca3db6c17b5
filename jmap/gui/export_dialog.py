"""Export from the editor: the PDF dialog with a page preview, PNG and SVG of the canvas, printing."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QThread, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtSvg import QSvgGenerator
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
from jmap.gui.files import show_error
from jmap.gui.gallery import draw_schematic
from jmap.gui.settings import PAGE_SIZES

#: Paper sizes in millimetres, portrait (width, height).
PAPER_MM = {"A4": (210, 297), "A3": (297, 420), "A2": (420, 594), "A1": (594, 841), "A0": (841, 1189),
            "Letter": (215.9, 279.4), "Tabloid": (279.4, 431.8)}
POSTER_SIZES = ("A2", "A1", "A0")


def paper(size: str, orientation: str) -> tuple[float, float]:
    w, h = PAPER_MM[size]
    return (max(w, h), min(w, h)) if orientation == "landscape" else (min(w, h), max(w, h))


def tiling(page: str, orientation: str, poster: str | None, map_w: float, map_h: float) -> tuple[int, int]:
    """(columns, rows) of sheets the map is printed on: 1×1 to fit, else the poster cut into pages."""
    if not poster:
        return 1, 1
    pw, ph = paper(page, orientation)
    big_w, big_h = PAPER_MM[poster]
    if (map_w >= map_h) != (big_w >= big_h):
        big_w, big_h = big_h, big_w
    scale = min(big_w / max(map_w, 1), big_h / max(map_h, 1))
    return max(1, math.ceil(map_w * scale / pw - 1e-6)), max(1, math.ceil(map_h * scale / ph - 1e-6))


class PagePreview(QWidget):
    """A schematic of the pages: the map cut into sheets, then persona and findings pages."""

    def __init__(self, doc, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.schematic = draw_schematic(doc, QSize(640, 400))
        from jmap.core.layout import compute_layout

        layout = compute_layout(doc)
        self.map_size = (layout.width, layout.height)
        self.options: dict = {}
        self.setMinimumSize(420, 300)

    def set_options(self, **options) -> None:
        self.options = options
        self.update()

    def page_count(self) -> int:
        o = self.options
        cols, rows = tiling(o["page"], o["orientation"], o["poster"], *self.map_size)
        extra = (len(self.doc.personas) if o["persona_pages"] else 0) + (1 if o["findings"] else 0)
        return cols * rows + extra

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        if not self.options:
            return
        o = self.options
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        cols, rows = tiling(o["page"], o["orientation"], o["poster"], *self.map_size)
        pw, ph = paper(o["page"], o["orientation"])
        extra = (len(self.doc.personas) if o["persona_pages"] else 0) + (1 if o["findings"] else 0)
        area = QRectF(self.rect()).adjusted(12, 12, -12, -40 if extra else -12)
        scale = min(area.width() / (cols * pw), area.height() / (rows * ph))
        sheet = QRectF(area.x(), area.y(), cols * pw * scale, rows * ph * scale)
        sheet.moveCenter(area.center())
        painter.fillRect(sheet, QColor("white"))
        margin = 10 * scale
        target = sheet.adjusted(margin, margin, -margin, -margin)
        img = self.schematic.size()
        fit = min(target.width() / img.width(), target.height() / img.height())
        drawn = QRectF(0, 0, img.width() * fit, img.height() * fit)
        drawn.moveCenter(target.center())
        painter.drawPixmap(drawn, self.schematic, QRectF(self.schematic.rect()))
        painter.setPen(QPen(QColor("#C0392B"), 1, Qt.PenStyle.DashLine))
        for c in range(1, cols):
            x = sheet.x() + c * pw * scale
            painter.drawLine(x, sheet.top(), x, sheet.bottom())
        for r in range(1, rows):
            y = sheet.y() + r * ph * scale
            painter.drawLine(sheet.left(), y, sheet.right(), y)
        painter.setPen(QPen(QColor("#486581"), 1))
        painter.drawRect(sheet)
        small_h = 26
        small_w = small_h * pw / ph
        x = self.width() / 2 - extra * (small_w + 6) / 2
        for _ in range(extra):
            page = QRectF(x, self.height() - small_h - 8, small_w, small_h)
            painter.fillRect(page, QColor("white"))
            painter.drawRect(page)
            x += small_w + 6
        painter.end()


class ExportThread(QThread):
    """Runs one export off the GUI thread; reports the file or a one-line error."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, work, path: str, parent=None) -> None:
        super().__init__(parent)
        self.work = work
        self.path = path

    def run(self) -> None:
        try:
            self.work()
        except Exception as exc:  # any failure becomes a message, never a crash of the editor
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        self.done.emit(self.path)


def run_with_progress(parent, work, path: str, label: str) -> tuple[bool, str]:
    """Run ``work`` in a thread behind a progress dialog; the window keeps repainting."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    thread = ExportThread(work, path, parent)
    outcome = {"ok": False, "message": ""}
    thread.done.connect(lambda _p: outcome.update(ok=True))
    thread.failed.connect(lambda m: outcome.update(message=m))
    thread.finished.connect(progress.reset)
    thread.finished.connect(progress.close)
    thread.start()
    progress.exec()
    thread.wait()
    thread.deleteLater()
    return outcome["ok"], outcome["message"]


class PdfExportDialog(QDialog):
    """Choose page size, orientation, fit or poster and extra pages; preview; export in a thread."""

    def __init__(self, parent, doc, settings, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self.doc, self.settings, self.name = doc, settings, name
        self.page = QComboBox()
        self.page.setObjectName("pdf_page")
        self.page.addItems(PAGE_SIZES)
        self.page.setCurrentText(settings.page_size)
        self.orientation = QComboBox()
        self.orientation.setObjectName("pdf_orientation")
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
        form.addRow(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
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
                       self.persona_pages.toggled, self.findings.toggled):
            signal.connect(self._update)
        self._update()
        self.resize(900, 520)

    def options(self) -> dict:
        return {"page": self.page.currentText(), "orientation": self.orientation.currentData(),
                "poster": self.poster_size.currentText() if self.poster.isChecked() else None,
                "persona_pages": self.persona_pages.isChecked(), "findings": self.findings.isChecked()}

    def _update(self, *_args) -> None:
        self.poster_size.setEnabled(self.poster.isChecked())
        self.preview.set_options(**self.options())
        self.count.setText(self.tr("%n page(s)", "", self.preview.page_count()))

    def export(self, path: str | None = None) -> bool:
        if not path:
            folder = self.settings.export_folder or str(Path.home())
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"),
                                                  str(Path(folder) / f"{Path(self.name).stem}.pdf"),
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return False
        from jmap.export.pdf import export_pdf

        snapshot = jio.loads(jio.dumps(self.doc)).document  # the thread never sees later edits
        options = self.options()
        ok, message = run_with_progress(self, lambda: export_pdf(snapshot, path, **options), path,
                                        self.tr("Exporting PDF…"))
        if not ok:
            show_error(self, self.tr("Export failed"), self.tr("Could not export the PDF."), message)
            return False
        self.accept()
        return True


# ------------------------------------------------------------ canvas images and printing
def _scene_rect(scene) -> QRectF:
    return scene.itemsBoundingRect().adjusted(-16, -16, 16, 16)


def export_scene(scene, path: str, kind: str) -> None:
    """Write the canvas as PNG (2× scale, white paper) or SVG; OSError if it cannot be written."""
    rect = _scene_rect(scene)
    selected = scene.selectedItems()
    for item in selected:
        item.setSelected(False)
    try:
        if kind == "svg":
            generator = QSvgGenerator()
            generator.setFileName(path)
            generator.setSize(rect.size().toSize())
            generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
            generator.setTitle(Path(path).stem)
            painter = QPainter(generator)
            scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
            painter.end()
            if not Path(path).is_file():
                raise OSError(f"{path}: could not be written")
        else:
            image = QImage((rect.size() * 2).toSize(), QImage.Format.Format_ARGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            scene.render(painter, QRectF(image.rect()), rect)
            painter.end()
            if not image.save(path, "PNG"):
                raise OSError(f"{path}: could not be written")
    finally:
        for item in selected:
            item.setSelected(True)


def export_scene_interactive(window, settings, name: str, kind: str) -> bool:
    folder = settings.export_folder or str(Path.home())
    label = QCoreApplication.translate("ExportImage", "PNG images (*.png)") if kind == "png" else QCoreApplication.translate("ExportImage", "SVG drawings (*.svg)")
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("ExportImage", "Export Image"),
                                          str(Path(folder) / f"{Path(name).stem}.{kind}"), label)
    if not path:
        return False
    if not path.lower().endswith(f".{kind}"):
        path += f".{kind}"
    try:
        export_scene(window.scene, path, kind)
    except OSError as exc:
        show_error(window, QCoreApplication.translate("ExportImage", "Export failed"), str(exc))
        return False
    return True


def print_scene(window, printer: QPrinter | None = None) -> bool:
    """Print the canvas through Qt's print dialog, scaled to fit the page."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(QCoreApplication.translate("ExportImage", "Print Map"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    scene = window.scene
    painter = QPainter()
    if not painter.begin(printer):
        show_error(window, QCoreApplication.translate("ExportImage", "Print failed"), QCoreApplication.translate("ExportImage", "The printer could not be started."))
        return False
    scene.render(painter, QRectF(painter.viewport()), _scene_rect(scene), Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return True
