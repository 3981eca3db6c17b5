"""The Preferences dialog: interface language, autosave interval, default page size and export folder."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from jmap.gui.files.gallery import LANGUAGE_NAMES
from jmap.gui.app.settings import PAGE_SIZES, Settings


class PreferencesDialog(QDialog):
    """Edits a Settings object; nothing is stored until OK."""

    def __init__(self, parent, settings: Settings) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("prefs_language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.autosave = QSpinBox()
        self.autosave.setObjectName("prefs_autosave")
        self.autosave.setRange(5, 3600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(min(3600, max(5, settings.autosave_seconds)))
        self.page = QComboBox()
        self.page.setObjectName("prefs_page")
        self.page.addItems(PAGE_SIZES)
        self.page.setCurrentText(settings.page_size)
        self.folder = QLineEdit(settings.export_folder)
        self.folder.setObjectName("prefs_folder")
        self.folder.setPlaceholderText(self.tr("The map's own folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.note = QLabel(self.tr("A new language is used from the next start of jmap."))
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Autosave unsaved work every:"), self.autosave)
        form.addRow(self.tr("Default page size:"), self.page)
        form.addRow(self.tr("Default export folder:"), folder_row)
        buttons = QDialogButtonBox()  # our own labels: Qt ships no Norwegian or Greek button texts
        self.ok_button = buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)  # under the form, full width: a long (Greek) note wraps, not clips
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _language_changed(self, _index: int) -> None:
        self.note.setVisible(self.language.currentData() != self.settings.language)
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Default Export Folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.autosave_seconds = self.autosave.value()
        self.settings.page_size = self.page.currentText()
        self.settings.export_folder = self.folder.text().strip()
        super().accept()
