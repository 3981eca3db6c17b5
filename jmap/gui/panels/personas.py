"""The personas dock: add, rename, recolour, show or hide each persona's emotion curve."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QColorDialog, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from jmap.core.theme import persona_colour
from jmap.gui import tr


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class PersonasPanel(QWidget):
    """One row per persona: a tick shows its curve, double-click renames it."""

    #: (collection, id) of the persona the user picked, for the inspector
    persona_selected = Signal(str, object)

    def __init__(self, editor) -> None:
        super().__init__()
        self.editor = editor
        self.list = QListWidget()
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(self._current_changed)
        add = QPushButton(tr("Add"))
        add.clicked.connect(self._add)
        self.colour_button = QPushButton(tr("Colour…"))
        self.colour_button.clicked.connect(self._recolour)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        for b in (add, self.colour_button, self.remove_button):
            buttons.addWidget(b)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 4, 8, 4)
        box.addWidget(self.list)
        box.addLayout(buttons)
        editor.edited.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        shown = [(p.id, p.name, p.colour, p.visible) for p in self.editor.document.personas]
        if shown == getattr(self, "_shown", None):
            return  # nothing about the personas changed: keep the list (and its editor) as is
        self._shown = shown
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for i, persona in enumerate(self.editor.document.personas):
            item = QListWidgetItem(swatch(persona_colour(i, persona.colour)), persona.name or tr("(unnamed)"))
            item.setData(Qt.UserRole, persona.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable | Qt.ItemIsEditable)
            item.setCheckState(Qt.Checked if persona.visible else Qt.Unchecked)
            item.setToolTip(tr("Tick to show this persona's emotion curve; double-click to rename."))
            self.list.addItem(item)
            if persona.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        has = self.current_id() is not None
        self.colour_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _item_changed(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.UserRole)
        persona = self.editor.document.get("personas", pid)
        if persona is None:
            return
        visible = item.checkState() == Qt.Checked
        if visible != persona.visible:
            self.editor.edit_persona(pid, visible=visible)
        elif item.text().strip() and item.text() != persona.name:
            self.editor.edit_persona(pid, name=item.text().strip())

    def _current_changed(self, current, _previous) -> None:
        if current is not None:
            self.persona_selected.emit("personas", current.data(Qt.UserRole))
        has = current is not None
        self.colour_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _add(self) -> None:
        pid = self.editor.add_persona()
        self.refresh()
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.UserRole) == pid:
                self.list.setCurrentRow(i)
                self.list.editItem(self.list.item(i))

    def _recolour(self) -> None:
        pid = self.current_id()
        persona = self.editor.document.get("personas", pid) if pid else None
        if persona is None:
            return
        colour = QColorDialog.getColor(QColor(persona.colour), self, tr("Persona colour"))
        if colour.isValid():
            self.editor.edit_persona(pid, colour=colour.name().upper())

    def _remove(self) -> None:
        pid = self.current_id()
        if pid:
            self.editor.remove_persona(pid)
