"""After an export: a message naming the file, with Open and Show in folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from jmap.gui import tr


def open_url(url: QUrl) -> bool:
    """Hand a file or folder to the desktop (tests replace this: no viewer is started)."""
    return QDesktopServices.openUrl(url)


def confirm_export(parent, path: str | Path) -> QMessageBox:
    """Tell the user where the export went; not modal, so the work goes on. Returns the message."""
    path = Path(path)
    box = QMessageBox(parent)
    box.setObjectName("export_done")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Exported"))
    box.setText(tr("Exported to “{0}”.").format(path.name))
    box.setInformativeText(str(path.parent))
    open_button = box.addButton(tr("Open"), QMessageBox.ButtonRole.AcceptRole)
    open_button.setObjectName("export_open")
    folder_button = box.addButton(tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
    folder_button.setObjectName("export_folder")
    close_button = box.addButton(tr("Close"), QMessageBox.ButtonRole.RejectRole)
    close_button.setObjectName("export_close")
    box.setDefaultButton(close_button)
    open_button.clicked.connect(lambda: open_url(QUrl.fromLocalFile(str(path))))
    folder_button.clicked.connect(lambda: open_url(QUrl.fromLocalFile(str(path.parent))))
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
