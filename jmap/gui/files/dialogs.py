"""Message boxes, the on-disk diff and content hashes shared by the file side of the editor."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPlainTextEdit, QVBoxLayout

from jmap.io.errors import JmapError
from jmap.io.jmapfile import unchecked_dumps
from jmap.io.jsontext import read_file


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_map_bytes(path: str | Path) -> bytes | None:
    """The bytes of a map file through the loader's bounded reader; None when it is not a readable file.

    A device, a pipe, a link loop or an oversized file is refused without being read, so
    nothing here can fill memory or wait forever.
    """
    try:
        return read_file(path)
    except JmapError:
        return None


def map_digest(document) -> str | None:
    """The hash of a map's content as jmap writes it: the same for any bytes that load to this map."""
    try:  # (the map was loaded or saved through the schema check: it need not run again here)
        return digest(unchecked_dumps(document))
    except ValueError:
        return None


def ask(parent, title: str, text: str, buttons, icon=QMessageBox.Icon.Question, detail: str = "",
        informative: str = "") -> str:
    """A message box with our own (translated) buttons; returns the key of the one pressed.

    ``buttons`` is a list of (key, label, role); the first is the default and the last the
    Escape answer. Each button's objectName is its key, so tests can press it like a user.
    """
    box = QMessageBox(parent)
    # Room for a path and a loader message on one or two lines instead of a narrow column.
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 420px; }")
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if detail:
        box.setDetailedText(detail)
    made = {}
    for key, label, role in buttons:
        button = box.addButton(label, role)
        button.setObjectName(key)
        made[button] = key
    first, last = list(made)[0], list(made)[-1]
    box.setDefaultButton(first)
    box.setEscapeButton(last)
    box.exec()
    return made.get(box.clickedButton(), buttons[-1][0])


def show_error(parent, title: str, text: str, informative: str = "") -> None:
    ask(parent, title, text, [("ok", QCoreApplication.translate("FileController", "OK"), QMessageBox.ButtonRole.AcceptRole)],
        QMessageBox.Icon.Warning, informative=informative)


class DiffDialog(QDialog):
    """A read-only unified diff of the map on disk against the map in the window."""

    def __init__(self, parent, theirs: bytes, mine: bytes, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes between the file on disk and your map"))
        import difflib  # only when the user asks to see the changes

        lines = difflib.unified_diff(
            theirs.decode("utf-8", "replace").splitlines(), mine.decode("utf-8", "replace").splitlines(),
            self.tr("{0} (on disk)").format(name), self.tr("{0} (yours)").format(name), lineterm="", n=2)
        self.text = "\n".join(lines) or self.tr("The two versions are the same.")
        view = QPlainTextEdit(self.text)
        view.setReadOnly(True)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(760, 520)
