"""The comparison view (this map against its current state or another map) and "New future state from this map".

The view only reads: it never changes either map. It lists per stage what is new,
removed, changed or moved, draws each persona's two emotion curves on one scale (today
dashed, tomorrow solid) and lets the user match stages whose ids differ by hand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jmap.core import theme
from jmap.core.diff import ADDED, CHANGED, MOVED, REMOVED, Comparison, StageMapError, compare_maps, describe
from jmap.core.model import EMOTION_MAX, EMOTION_MIN
from jmap.gui import tr
from jmap.io import JmapError, load, save
from jmap.io.link import CARRY_CHOICES, load_linked, make_future

KIND_COLOURS = {ADDED: "#1B7F3B", REMOVED: "#B3261E", CHANGED: "#8A5A00", MOVED: "#2B5C9E"}
MARKS = {ADDED: "+", REMOVED: "\u2212", CHANGED: "~", MOVED: "\u2192"}


def _words() -> dict[str, str]:
    """The words of a comparison line, translated."""
    return {"card": tr("Card"), "note": tr("Note"), "flow": tr("Flow"), "emotion": tr("Emotion"),
            "metric": tr("Metric"), "persona": tr("Persona"), "lane": tr("Lane"), "stage": tr("Stage"),
            "line": tr("Line"), "from": tr("from"), "title": tr("title"), "name": tr("name"), "text": tr("text"),
            "value": tr("value"), ADDED: tr("New"), REMOVED: tr("Removed"), CHANGED: tr("Changed"),
            MOVED: tr("Moved")}


class CurvesWidget(QWidget):
    """Each persona's two curves over the stages, on the −3…+3 scale: today dashed, tomorrow solid."""

    BAND = 90

    def __init__(self) -> None:
        super().__init__()
        self.comparison: Comparison | None = None
        self.setMinimumHeight(self.BAND)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.setMinimumHeight(self.BAND * max(1, len(comparison.personas()) if comparison else 1))
        self.update()

    def series(self) -> list[tuple[str, str, list[float | None], list[float | None]]]:
        """(persona id, colour, today, tomorrow) per persona: what is drawn."""
        if self.comparison is None:
            return []
        out = []
        for persona_id, _name, index, colour in self.comparison.personas():
            today, tomorrow = self.comparison.curves(persona_id)
            out.append((persona_id, theme.persona_colour(index, colour), today, tomorrow))
        return out

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor(theme.PAPER))
        if self.comparison is None or not self.comparison.columns:
            p.end()
            return
        names = {pid: name for pid, name, _i, _c in self.comparison.personas()}
        n = len(self.comparison.columns)
        left, width = 70.0, max(10.0, self.width() - 80.0)
        col = width / n
        band = max(40.0, (self.height() - 4) / max(1, len(names)))
        for row, (persona_id, colour, today, tomorrow) in enumerate(self.series()):
            top, h = row * band + 14, band - 24

            def vy(value: float) -> float:
                return top + (EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN) * h

            p.setPen(QColor(colour))
            p.drawText(QPointF(4, top + 4), names[persona_id][:12])
            for value in range(EMOTION_MIN, EMOTION_MAX + 1):
                p.setPen(QPen(QColor("#9AA5B1" if value == 0 else theme.GRID), 1))
                p.drawLine(QPointF(left, vy(value)), QPointF(left + width, vy(value)))
            for values, style in ((today, Qt.DashLine), (tomorrow, Qt.SolidLine)):
                p.setPen(QPen(QColor(colour), 1.6 if style == Qt.DashLine else 2.4, style))
                path = QPainterPath()
                pen_down = False
                for i, value in enumerate(values):
                    if value is None:
                        pen_down = False
                        continue
                    point = QPointF(left + (i + 0.5) * col, vy(value))
                    path.lineTo(point) if pen_down else path.moveTo(point)
                    pen_down = True
                p.drawPath(path)
                p.setBrush(QBrush(QColor("#FFFFFF" if style == Qt.DashLine else colour)))
                for i, value in enumerate(values):
                    if value is not None:
                        p.drawEllipse(QPointF(left + (i + 0.5) * col, vy(value)), 3, 3)
                p.setBrush(Qt.NoBrush)
        p.end()


class CompareView(QDialog):
    """This map (tomorrow, or the newer version) against another (today): per stage, curves, stage matching."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.setWindowTitle(tr("Compare Maps"))
        self.other_path: Path | None = None
        self.other = None  #: the other map's Document (today)
        self.comparison: Comparison | None = None
        self.stage_map: dict[str, str] = {}
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("compare_path")
        self.path_edit.setPlaceholderText(tr("Map to compare with (today)"))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        load_button = QPushButton(tr("Compare"))
        load_button.setObjectName("compare_load")
        load_button.clicked.connect(lambda: self.set_other(self.path_edit.text().strip()))
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Today:")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(load_button)
        self.message = QLabel()
        self.message.setObjectName("compare_message")
        self.message.setWordWrap(True)
        self.stages = QTableWidget(0, 2)
        self.stages.setObjectName("compare_stages")
        self.stages.setHorizontalHeaderLabels([tr("Stage today"), tr("Matches stage tomorrow")])
        self.stages.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.tree = QTreeWidget()
        self.tree.setObjectName("compare_tree")
        self.tree.setHeaderHidden(True)
        self.curves = CurvesWidget()
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.curves)
        split.addWidget(self.stages)
        split.setSizes([380, 200, 140])
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.message)
        box.addWidget(split, 1)
        self.resize(900, 760)
        window.editor.edited.connect(self.refresh)  # both die with the window

    # ----------------------------------------------------------- choosing
    def _browse(self) -> None:
        start = str(self.window.path.parent) if self.window.path else ""
        path, _ = QFileDialog.getOpenFileName(self, tr("Compare With"), start, tr("jmap maps (*.jmap)"))
        if path:
            self.set_other(path)

    def follow_link(self) -> bool:
        """Compare with the map this one was made from; a broken link is said in the view."""
        try:
            path, result = load_linked(self.window.document, self.window.path)
        except JmapError as exc:
            self._say(tr("No linked map to compare with: {0}. Choose a map above.").format(exc.message))
            return False
        self._use(path, result.document)
        return True

    def set_other(self, path) -> bool:
        """Compare with the map at ``path`` (today); an unreadable file is said in the view."""
        if not path:
            self._say(tr("Choose a map to compare with."))
            return False
        try:
            doc = load(path).document
        except JmapError as exc:
            self._say(tr("Cannot compare: {0}").format(str(exc)))
            return False
        self._use(Path(path), doc)
        return True

    def _use(self, path: Path, doc) -> None:
        self.other_path, self.other = path, doc
        self.path_edit.setText(str(path))
        new_ids = {s.id for s in self.window.document.stages}
        self.stage_map = {s.id: s.id for s in doc.stages if s.id in new_ids}
        self._fill_stage_table()
        self.refresh()

    def _fill_stage_table(self) -> None:
        new = self.window.document
        self.stages.setRowCount(len(self.other.stages))
        for row, stage in enumerate(self.other.stages):
            self.stages.setCellWidget(row, 0, QLabel(f"{stage.name} ({stage.id})"))
            combo = QComboBox()
            combo.setObjectName(f"match_{stage.id}")
            combo.addItem(tr("(no match: removed)"), "")
            for other in new.stages:
                combo.addItem(f"{other.name} ({other.id})", other.id)
            combo.setCurrentIndex(max(0, combo.findData(self.stage_map.get(stage.id, ""))))
            combo.currentIndexChanged.connect(lambda _i, sid=stage.id, c=combo: self.match_stage(sid, c.currentData()))
            self.stages.setCellWidget(row, 1, combo)

    def match_stage(self, old_id: str, new_id: str) -> None:
        """Match a stage of today with one of tomorrow ("" for none) and compare again."""
        if new_id:
            self.stage_map[old_id] = new_id
        else:
            self.stage_map.pop(old_id, None)
        self.refresh()

    # ----------------------------------------------------------- showing
    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def refresh(self) -> None:
        """Compare again (after an edit of this map or a new stage match)."""
        if self.other is None:
            return
        try:
            self.comparison = compare_maps(self.other, self.window.document, self.stage_map)
        except (StageMapError, ValueError) as exc:
            self.comparison = None
            self._say(tr("Cannot compare: {0}").format(str(exc)))
            self.tree.clear()
            self.curves.set_comparison(None)
            return
        counts = self.comparison.diff.counts()
        self._say(tr("{0} new, {1} removed, {2} changed, {3} moved since {4}").format(
            counts[ADDED], counts[REMOVED], counts[CHANGED], counts[MOVED], self.other_path.name))
        self._fill_tree()
        self.curves.set_comparison(self.comparison)

    def _fill_tree(self) -> None:
        words = _words()
        say = lambda key: words.get(key, key)  # noqa: E731
        self.tree.clear()
        comparison = self.comparison
        whole = [c for c in comparison.diff.changes if not c.stage]
        groups = [(tr("Whole map"), "", whole)] + [
            (column.name, column.status, [c for kind in (ADDED, REMOVED, CHANGED, MOVED) for c in getattr(column, kind)])
            for column in comparison.columns]
        status_words = {ADDED: tr("new stage"), REMOVED: tr("removed stage"), CHANGED: tr("changed")}
        for title, status, changes in groups:
            if not title or (not changes and title == tr("Whole map")):
                continue
            head = title + (f" — {status_words[status]}" if status else "") + f" ({len(changes)})"
            top = QTreeWidgetItem([head])
            if status in KIND_COLOURS:
                top.setForeground(0, QBrush(QColor(KIND_COLOURS[status])))
            self.tree.addTopLevelItem(top)
            for change in changes:
                item = QTreeWidgetItem([f"{MARKS[change.kind]} {describe(change, comparison, say)}"])
                item.setForeground(0, QBrush(QColor(KIND_COLOURS[change.kind])))
                item.setData(0, Qt.UserRole, change)
                top.addChild(item)
            top.setExpanded(True)

    def lines(self) -> dict[str, list[str]]:
        """The tree as text: {group title: [its lines]} (what the user reads)."""
        out = {}
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out[top.text(0)] = [top.child(j).text(0) for j in range(top.childCount())]
        return out


class NewFutureDialog(QDialog):
    """Where to save the future state and what to carry over besides the stages and personas."""

    def __init__(self, parent, source: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New Future State"))
        self.path_edit = QLineEdit(str(source.with_name(source.stem + "-future.jmap")))
        self.path_edit.setObjectName("future_path")
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(tr("The future state gets this map's stages and personas, and is linked to it.")))
        box.addLayout(row)
        names = {"cards": tr("Cards and their flows"), "notes": tr("Notes"), "emotions": tr("Emotion points"),
                 "metrics": tr("Metrics")}
        self.checks = {}
        for key in CARRY_CHOICES:
            check = QCheckBox(tr("Carry over: {0}").format(names[key]))
            check.setObjectName(f"carry_{key}")
            self.checks[key] = check
            box.addWidget(check)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setObjectName("future_ok")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save Future State As"), self.path_edit.text(),
                                              tr("jmap maps (*.jmap)"))
        if path:
            self.path_edit.setText(path)

    def carry(self) -> list[str]:
        return [key for key, check in self.checks.items() if check.isChecked()]


def new_future_state(window):
    """Ask where and what, write the future state next to this (saved) map and open it; returns its window."""
    if window.path is None or not window.editor.undo_stack.isClean():
        QMessageBox.information(window, tr("New Future State"),
                                tr("Save this map first: the future state is made from the saved file and "
                                   "links to it."))
        return None
    dialog = NewFutureDialog(window, Path(window.path))
    if dialog.exec() != QDialog.Accepted:
        return None
    out = Path(dialog.path_edit.text().strip()).expanduser()
    if out.exists() or out.absolute() == Path(window.path).absolute():
        QMessageBox.warning(window, tr("New Future State"), tr("{0} already exists; choose another name.").format(out))
        return None
    doc, notes = make_future(window.document, window.path, out, dialog.carry())
    try:
        save(doc, out)
    except JmapError as exc:
        QMessageBox.warning(window, tr("New Future State"), tr("Cannot save the future state: {0}").format(exc))
        return None
    window.statusBar().showMessage(tr("Future state saved as {0}").format(out.name)
                                   + "".join(f"; {note}" for note in notes), 15000)
    manager = next((getattr(c, "manager", None) for c in window.children() if hasattr(c, "manager")), None)
    if manager is not None:
        return manager.open_path(out, near=None)
    from jmap.gui.app.main_window import MainWindow  # no window manager (a bare window): a window of its own

    other = MainWindow(load(out).document, out)
    window._future_windows = getattr(window, "_future_windows", []) + [other]
    other.show()
    return other


def show_compare(window, follow_link: bool = True) -> CompareView:
    """Open (or raise) the comparison view of a window, with the linked map when there is one."""
    view = getattr(window, "compare_view", None)
    if view is None:
        view = window.compare_view = CompareView(window)
    if follow_link and view.other is None:
        view.follow_link()
    view.show()
    view.raise_()
    return view
