"""The inspector dock: every field of the selected stage, lane, card, flow, note, point or persona."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jmap.core.model import (
    EMOTION_MAX,
    EMOTION_MIN,
    IMPORTANCE_MAX,
    IMPORTANCE_MIN,
    Channel,
    Evidence,
    LaneKind,
    LineKind,
)
from jmap.core.theme import valid_colour
from jmap.gui import tr
from jmap.gui.canvas.style import choose_colour
from jmap.gui.words import choice_label, entity_title, field_label

# field kinds: line, text, lines (list of str), bool, int(min,max), choice(values), colour, ref (read-only)
_FIELDS: dict[str, list[tuple[str, str, object]]] = {
    "stages": [("name", "line", None), ("description", "text", None), ("prompt", "text", None), ("colour", "colour", None)],
    "lanes": [("title", "line", None), ("kind", "choice", [k.value for k in LaneKind]), ("prompt", "text", None),
              ("required", "bool", None), ("colour", "colour", None)],
    "notes": [("text", "text", None), ("colour", "colour", None)],
    "touchpoints": [("title", "line", None), ("description", "text", None),
                    ("channel", "choice", [c.value for c in Channel]), ("online", "bool", None),
                    ("owner", "line", None), ("importance", "int", (IMPORTANCE_MIN, IMPORTANCE_MAX)),
                    ("impact", "int", (IMPORTANCE_MIN, IMPORTANCE_MAX)),
                    ("evidence", "choice", [e.value for e in Evidence]), ("entry", "bool", None)],
    "flows": [("label", "line", None), ("source", "ref", None), ("target", "ref", None)],
    "emotions": [("value", "int", (EMOTION_MIN, EMOTION_MAX)), ("comment", "line", None), ("persona", "ref", None),
                 ("stage", "ref", None)],
    "personas": [("name", "line", None), ("role", "line", None), ("quote", "text", None),
                 ("demographics", "text", None), ("goals", "lines", None), ("needs", "lines", None),
                 ("motivations", "lines", None), ("behaviours", "lines", None), ("frustrations", "lines", None),
                 ("colour", "colour", None), ("visible", "bool", None)],
    "lines": [("kind", "choice", [k.value for k in LineKind]), ("label", "line", None)],
    "meta": [("title", "line", None), ("description", "text", None), ("authors", "lines", None)],
}

class _TextBox(QPlainTextEdit):
    """A multi-line field that commits when it loses focus."""

    done = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.done.emit()


class InspectorPanel(QWidget):
    """Shows the single selected entity (or the map details) as a form; edits go to the Editor."""

    def __init__(self, editor, scene) -> None:
        super().__init__()
        self.editor = editor
        self.scene = scene
        self.target: tuple[str, str | None] = ("meta", None)
        self.widgets: dict[str, QWidget] = {}
        self.metrics = None  # a MetricsEditor, shown for a stage (imported then)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt; padding: 4px 0;")
        self.form_host = QWidget()
        column = QVBoxLayout(self.form_host)
        column.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        column.addLayout(self.form)
        column.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        scroll.setFrameShape(QScrollArea.NoFrame)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 4, 8, 4)
        box.addWidget(self.heading)
        box.addWidget(scroll)
        scene.selectionChanged.connect(self._selection_changed)
        editor.edited.connect(self.refresh)
        self._build()

    def _selection_changed(self) -> None:
        if not shiboken6.isValid(self.scene) or self.scene.doc is None:
            return  # the scene is being torn down
        ids = self.scene.selected_ids()
        if len(ids) == 1:
            coll, _entity = self.editor.document.find(ids[0])
            self.show_entity(coll, ids[0])
        else:
            self.show_entity("meta", None)

    def show_entity(self, collection: str, entity_id: str | None) -> None:
        if (collection, entity_id) != self.target:
            self.target = (collection, entity_id)
            self._build()

    def _entity(self):
        coll, eid = self.target
        return self.editor.document.meta if coll == "meta" else self.editor.document.get(coll, eid)

    def _build(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.widgets.clear()
        self.metrics = None
        coll, _eid = self.target
        entity = self._entity()
        if entity is None:
            self.target = ("meta", None)
            coll, entity = "meta", self.editor.document.meta
        self.heading.setText(entity_title(coll))
        for name, kind, extra in _FIELDS.get(coll, []):
            widget = self._make(name, kind, extra)
            self.widgets[name] = widget
            self.form.addRow(field_label(name), widget)
        if coll == "stages":
            title = QLabel(tr("Metrics"))
            title.setStyleSheet("font-weight: bold; padding-top: 8px;")
            self.form.addRow(title)
            from jmap.gui.panels.metrics import MetricsEditor

            self.metrics = MetricsEditor(self.editor, entity.id)
            self.form.addRow(self.metrics)
        self.refresh()

    def _make(self, name: str, kind: str, extra) -> QWidget:
        commit = lambda value, n=name: self._commit(n, value)
        if kind == "line":
            w = QLineEdit()
            w.editingFinished.connect(lambda: commit(w.text()))
        elif kind in ("text", "lines"):
            w = _TextBox()
            w.setTabChangesFocus(True)
            w.setFixedHeight(70)
            if kind == "text":
                w.done.connect(lambda: commit(w.toPlainText()))
            else:
                w.done.connect(lambda: commit([x.strip() for x in w.toPlainText().splitlines() if x.strip()]))
        elif kind == "bool":
            w = QCheckBox()
            w.toggled.connect(lambda on: commit(bool(on)))
        elif kind == "int":
            w = QSpinBox()
            w.setRange(*extra)
            w.valueChanged.connect(lambda v: self._commit(name, int(v), merge=True))
        elif kind == "choice":
            w = QComboBox()
            for value in extra:
                w.addItem(choice_label(name, value), value)
            w.activated.connect(lambda i: commit(w.itemData(i)))
        elif kind == "colour":
            w = QWidget()
            row = QHBoxLayout(w)
            row.setContentsMargins(0, 0, 0, 0)
            edit = QLineEdit()
            edit.setPlaceholderText("#RRGGBB")
            edit.editingFinished.connect(lambda: commit(edit.text().strip()))
            pick = QPushButton(tr("Choose…"))
            pick.clicked.connect(lambda: self._pick_colour(name, edit.text()))
            row.addWidget(edit)
            row.addWidget(pick)
            w.edit = edit  # type: ignore[attr-defined]
        else:  # a reference, shown read-only
            w = QLabel()
            w.setTextInteractionFlags(Qt.TextSelectableByMouse)
        return w

    def _pick_colour(self, name: str, current: str) -> None:
        colour = choose_colour(self, current)
        if colour is not None:
            self._commit(name, colour)

    def _commit(self, name: str, value, merge: bool = False) -> None:
        coll, eid = self.target
        entity = self._entity()
        if entity is None or getattr(entity, name) == value:
            return
        if coll == "meta":
            self.editor.set_meta(name, value)
        elif coll == "emotions" and name == "value":
            self.editor.set_emotion_value(eid, value)
        else:
            if name == "colour" and value and valid_colour(value, "") != value:
                self.refresh()  # not a colour: show the stored value again
                return
            self.editor.set_fields(coll, eid, {name: value}, tr("Edit “{0}”").format(field_label(name)),
                                   merge=merge)

    def refresh(self) -> None:
        """Show the current values (signals blocked: no echo back into the document)."""
        entity = self._entity()
        if entity is None:
            self.show_entity("meta", None)
            return
        doc = self.editor.document
        for name, widget in self.widgets.items():
            value = getattr(entity, name)
            target = getattr(widget, "edit", widget)
            target.blockSignals(True)
            if isinstance(target, QLineEdit):
                if not target.hasFocus():
                    target.setText(str(value))
                    target.setCursorPosition(0)
            elif isinstance(target, QPlainTextEdit):
                text = "\n".join(value) if isinstance(value, list) else str(value)
                if not target.hasFocus() and target.toPlainText() != text:
                    target.setPlainText(text)
            elif isinstance(target, QCheckBox):
                target.setChecked(bool(value))
            elif isinstance(target, QSpinBox):
                target.setValue(int(value))
            elif isinstance(target, QComboBox):
                index = target.findData(value)
                if index < 0:
                    target.addItem(str(value), value)
                    index = target.count() - 1
                target.setCurrentIndex(index)
            elif isinstance(target, QLabel):
                _coll, ref = doc.find(value) if value else (None, None)
                label = getattr(ref, "title", None) or getattr(ref, "name", None) or value
                target.setText(str(label))
            target.blockSignals(False)
        if self.metrics is not None:
            self.metrics.refresh()
