"""The coverage dock: live findings of jmap.checks; clicking one selects and centres it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from jmap.core import theme
from jmap.gui import tr

_MARKS = {0: ("ℹ", theme.FINDING_INFO), 1: ("⚠", theme.FINDING_WARNING), 2: ("✖", theme.FINDING_ERROR)}


def run_checks(doc) -> list:
    """jmap.checks.run_checks, imported on first use (networkx need not slow the start)."""
    from jmap.checks import run_checks as check

    return check(doc)


class CoveragePanel(QWidget):
    """Findings re-checked shortly after each edit (debounced so typing stays fast)."""

    def __init__(self, editor, scene) -> None:
        super().__init__()
        self.editor = editor
        self.scene = scene
        self.findings: list = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._show)
        self.list.itemActivated.connect(self._show)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 4, 8, 4)
        box.addWidget(self.summary)
        box.addWidget(self.list)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.recheck)
        editor.edited.connect(self.timer.start)
        self.timer.start()  # the first check runs just after the window is shown

    def recheck(self) -> None:
        try:
            self.findings = list(run_checks(self.editor.document))
        except Exception as exc:  # a broken rule must never take the editor down
            self.findings = []
            self.summary.setText(tr("The coverage check failed: {error}").format(error=exc))
            self.list.clear()
            return
        self.list.clear()
        for finding in self.findings:
            mark, colour = _MARKS.get(int(finding.severity), ("•", theme.MUTED))
            item = QListWidgetItem(f"{mark}  {finding.message}")
            item.setForeground(QBrush(QColor(theme.INK)))
            item.setData(Qt.UserRole, finding)
            item.setToolTip(f"{finding.rule} ({finding.severity.label})")
            item.setBackground(QBrush(QColor(theme.mix(colour, theme.PAPER, 0.9))))
            self.list.addItem(item)
        counts = [sum(1 for f in self.findings if int(f.severity) == s) for s in (2, 1, 0)]
        if not self.findings:
            self.summary.setText(tr("No gaps found."))
        else:
            self.summary.setText(tr("{0}, {1}, {2} — click one to show it.").format(
                tr("%n error(s)", n=counts[0]), tr("%n warning(s)", n=counts[1]), tr("%n note(s)", n=counts[2])))

    def _show(self, item: QListWidgetItem) -> None:
        finding = item.data(Qt.UserRole)
        ids = [i for i in finding.ids if i in self.scene.items_by_id]
        self.scene.select_ids(ids)
        self.scene.centre_on_ids(ids)
