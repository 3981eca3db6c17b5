"""The metrics of a stage in the inspector: add, edit (name, value, unit, target) and remove."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jmap.gui import tr

_FIELDS = ("name", "value", "unit", "target")


def parse_number(text: str) -> tuple[bool, float | int | None]:
    """(ok, number) from what a user typed: "42", "12,5", "1 450", "" (no value)."""
    text = text.strip().replace("\u00a0", "").replace(" ", "").replace("\u2212", "-")
    if not text or text in ("–", "-"):
        return True, None
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        if text.lstrip("+-").isdigit():
            return True, int(text)
        number = float(text)
    except ValueError:
        return False, None
    return (math.isfinite(number), number if math.isfinite(number) else None)


def show_number(number) -> str:
    return "" if number is None else format(number, ".12g")


class MetricsEditor(QWidget):
    """One small form per metric of a stage, and an "Add metric" button; edits go to the Editor."""

    def __init__(self, editor, stage_id: str) -> None:
        super().__init__()
        self.editor = editor
        self.stage_id = stage_id
        self.shown: list[str] = []
        #: metric id -> {field: QLineEdit}
        self.fields: dict[str, dict[str, QLineEdit]] = {}
        self.remove_buttons: dict[str, QPushButton] = {}
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(6)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        self.column.addLayout(self.rows)
        self.add_button = QPushButton(tr("Add metric"))
        self.add_button.setToolTip(tr("Add a measure of this stage, such as a conversion rate or a waiting time"))
        self.add_button.clicked.connect(self._add)
        self.column.addWidget(self.add_button, 0, Qt.AlignLeft)
        self.refresh()

    def _metrics(self) -> list:
        return [m for m in self.editor.document.metrics if m.stage == self.stage_id]

    def _add(self) -> None:
        new_id = self.editor.add_metric(self.stage_id)
        if new_id is not None:
            self.refresh()
            name = self.fields[new_id]["name"]
            name.setFocus()
            name.selectAll()
            self._reveal(name.parentWidget())

    def _reveal(self, row: QWidget) -> None:
        """Scroll the inspector so that a new metric's whole row shows (a short dock hides it below)."""
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is None:
            return
        widget = row
        while widget is not None and widget is not scroll:
            if widget.layout() is not None:
                widget.layout().activate()
            widget = widget.parentWidget()
        QApplication.sendEvent(scroll, QEvent(QEvent.Type.LayoutRequest))  # the form grows to hold the row
        scroll.ensureWidgetVisible(row, 0, 8)

    def _rebuild(self, metrics) -> None:
        while self.rows.count():
            widget = self.rows.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once: until it is deleted it would still be drawn over the new rows
                widget.deleteLater()
        self.fields.clear()
        self.remove_buttons.clear()
        for metric in metrics:
            row = self._make_row(metric.id)
            self.rows.addWidget(row)
            row.show()  # now: a row added to a shown form would show (and take its room) only later
        self.shown = [m.id for m in metrics]

    def _make_row(self, metric_id: str) -> QWidget:
        frame = QFrame()
        frame.setFrameShape(QFrame.StyledPanel)
        grid = QGridLayout(frame)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        edits: dict[str, QLineEdit] = {}
        placeholders = {"name": tr("Name, e.g. Conversion rate"), "value": tr("Value"), "unit": tr("Unit, e.g. %"),
                        "target": tr("Target value")}
        for name in _FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(placeholders[name])
            edit.setAccessibleName(name)
            edit.editingFinished.connect(lambda n=name, e=edit, m=metric_id: self._commit(m, n, e))
            edits[name] = edit
        remove = QPushButton("✕")
        remove.setToolTip(tr("Remove this metric"))
        remove.setFixedWidth(28)
        remove.clicked.connect(lambda _=False, m=metric_id: self.editor.remove_metric(m))
        # numbers get the room (a narrow dock at 1366×768 still shows "1 450 000"), the unit less
        grid.addWidget(edits["name"], 0, 0, 1, 4)
        grid.addWidget(remove, 0, 4)
        grid.addWidget(edits["value"], 1, 0)
        grid.addWidget(edits["unit"], 1, 1)
        grid.addWidget(QLabel(tr("target")), 1, 2)
        grid.addWidget(edits["target"], 1, 3, 1, 2)
        for column, stretch in ((0, 3), (1, 2), (3, 3)):
            grid.setColumnStretch(column, stretch)
        for name in ("value", "unit", "target"):
            edits[name].setMinimumWidth(40)
        chain = [edits[name] for name in _FIELDS] + [remove]  # Tab goes name, value, unit, target, then ✕
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.fields[metric_id] = edits
        self.remove_buttons[metric_id] = remove
        return frame

    def _commit(self, metric_id: str, name: str, edit: QLineEdit) -> None:
        metric = self.editor.document.get("metrics", metric_id)
        if metric is None:
            return
        text = edit.text()
        if name in ("value", "target"):
            ok, value = parse_number(text)
            if not ok:  # not a number: say so and show the stored value again
                edit.setToolTip(tr("“{0}” is not a number").format(text))
                edit.setText(show_number(getattr(metric, name)))
                return
            edit.setToolTip("")
        else:
            value = text.strip()
            if name == "name" and not value:
                edit.setText(metric.name)  # a metric keeps a name
                return
        if getattr(metric, name) != value or type(getattr(metric, name)) is not type(value):
            self.editor.edit_metric(metric_id, **{name: value})

    def refresh(self) -> None:
        """Show the stage's metrics (rebuilt when one is added or removed), without echoing edits back."""
        metrics = self._metrics()
        if [m.id for m in metrics] != self.shown:
            self._rebuild(metrics)
        for metric in metrics:
            for name, edit in self.fields[metric.id].items():
                if edit.hasFocus():
                    continue
                value = getattr(metric, name)
                text = show_number(value) if name in ("value", "target") else str(value)
                if edit.text() != text:
                    edit.blockSignals(True)
                    edit.setText(text)
                    edit.setCursorPosition(0)
                    edit.blockSignals(False)
