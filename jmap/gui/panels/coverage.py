"""The coverage dock: live findings of jmap.checks grouped by stage, errors first, with filters;
clicking one selects what it concerns and shows it in the inspector."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jmap.core import theme
from jmap.gui import tr

_MARKS = {0: ("ℹ", theme.FINDING_INFO), 1: ("⚠", theme.FINDING_WARNING), 2: ("✖", theme.FINDING_ERROR)}
WHOLE_MAP = ""  # the group key of findings that concern no stage


def run_checks(doc) -> list:
    """jmap.checks.run_checks, imported on first use (the rules need not slow the start)."""
    from jmap.checks import run_checks as check

    return check(doc)


def rule_explanation(rule: str) -> str:
    """What a rule looks for and why, in the interface language (the tooltip of its findings)."""
    texts = {
        "stage-no-touchpoint": tr("A stage with no touchpoint card in any lane: the map does not say where the "
                                  "customer meets you in it."),
        "required-lane-empty": tr("A lane marked “must be filled in every stage” holds nothing in this stage."),
        "persona-no-emotion": tr("A persona's emotion curve has no point in this stage."),
        "unreachable-touchpoint": tr("No path of flows leads from the journey's entry to this touchpoint."),
        "dead-end": tr("A touchpoint before the last stage with no outgoing flow: where does the customer go "
                       "next?"),
        "no-flows": tr("Cards but no flows yet: the path checks (dead ends, unreachable cards) start with the "
                       "first flow."),
        "closed-loop": tr("A cycle of flows that never reaches a later stage."),
        "negative-without-opportunity": tr("A pain point or a strongly negative feeling in a stage with no "
                                           "opportunity."),
        "blueprint-frontstage-unsupported": tr("A frontstage touchpoint with nothing backstage or in support "
                                               "behind it."),
        "blueprint-action-without-frontstage": tr("Customer actions in a stage with no frontstage touchpoint."),
        "empty-map": tr("The map has no stages, or no content at all."),
        "single-stage": tr("The map has only one stage."),
        "duplicate-stage-name": tr("Two or more stages share a name."),
    }
    return texts.get(rule, rule)


def severity_words() -> dict[int, str]:
    return {2: tr("Errors"), 1: tr("Warnings"), 0: tr("Notes")}


class _FindingTree(QTreeWidget):
    """A tree whose rows wrap their text to the panel's width (QTreeView alone does not size them)."""

    def __init__(self) -> None:
        super().__init__()
        self.setItemDelegate(_WrapDelegate(self))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.doItemsLayout()  # the rows' heights follow the new width


class _WrapDelegate(QStyledItemDelegate):
    def sizeHint(self, option, index) -> QSize:
        tree = self.parent()
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        depth = 2 if index.parent().isValid() else 1
        width = max(80, tree.viewport().width() - depth * tree.indentation() - 12)
        bounds = view_option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap,
                                                      view_option.text)
        return QSize(width, bounds.height() + 6)


class CoveragePanel(QWidget):
    """Findings re-checked shortly after each edit (debounced so typing stays fast)."""

    #: (collection, id) of the first thing a clicked finding concerns (the inspector shows it)
    finding_shown = Signal(str, str)

    def __init__(self, editor, scene) -> None:
        super().__init__()
        self.editor = editor
        self.scene = scene
        self.findings: list = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.severity_buttons: dict[int, QToolButton] = {}
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for level in (2, 1, 0):
            button = QToolButton()
            button.setObjectName(f"coverage_show_{level}")
            button.setCheckable(True)
            button.setChecked(True)
            button.toggled.connect(self._fill)
            self.severity_buttons[level] = button
            filters.addWidget(button)
        self.rule_box = QComboBox()
        self.rule_box.setObjectName("coverage_rule")
        self.rule_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule_box.setMinimumContentsLength(8)
        self.rule_box.currentIndexChanged.connect(self._fill)
        filters.addWidget(self.rule_box, 1)
        self.tree = _FindingTree()
        self.tree.setObjectName("coverage_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemClicked.connect(self._show)
        self.tree.itemActivated.connect(self._show)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 4, 8, 4)
        box.addWidget(self.summary)
        box.addLayout(filters)
        box.addWidget(self.tree, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.recheck)
        editor.edited.connect(self.timer.start)
        # the first check runs just after the map is first painted (MainWindow starts the timer)

    # ------------------------------------------------------------ checking
    def recheck(self) -> None:
        try:
            self.findings = list(run_checks(self.editor.document))
        except Exception as exc:  # a broken rule must never take the editor down
            self.findings = []
            self.summary.setText(tr("The coverage check failed: {error}").format(error=exc))
            self.tree.clear()
            return
        counts = {level: sum(1 for f in self.findings if int(f.severity) == level) for level in (2, 1, 0)}
        for level, button in self.severity_buttons.items():
            button.setText(f"{_MARKS[level][0]} {counts[level]}")
            button.setToolTip(tr("Show or hide the {0}").format(severity_words()[level].lower()))
        if not self.findings:
            self.summary.setText(tr("No gaps found."))
        else:
            self.summary.setText(tr("{0}, {1}, {2}.").format(
                tr("%n error(s)", n=counts[2]), tr("%n warning(s)", n=counts[1]), tr("%n note(s)", n=counts[0])))
        self._fill_rules()
        self._fill()

    def _fill_rules(self) -> None:
        wanted = self.rule_box.currentData()
        rules = sorted({f.rule for f in self.findings})
        self.rule_box.blockSignals(True)
        self.rule_box.clear()
        self.rule_box.addItem(tr("All rules"), "")
        for rule in rules:
            self.rule_box.addItem(f"{rule} ({sum(1 for f in self.findings if f.rule == rule)})", rule)
            self.rule_box.setItemData(self.rule_box.count() - 1, rule_explanation(rule), Qt.ItemDataRole.ToolTipRole)
        self.rule_box.setCurrentIndex(max(0, self.rule_box.findData(wanted or "")))
        self.rule_box.blockSignals(False)

    def shown_findings(self) -> list:
        """The findings the filters let through."""
        levels = {level for level, button in self.severity_buttons.items() if button.isChecked()}
        rule = self.rule_box.currentData() or ""
        return [f for f in self.findings if int(f.severity) in levels and (not rule or f.rule == rule)]

    def _fill(self, *_args) -> None:
        """Group the shown findings by stage ("whole map" for the rest): groups with errors first, then the
        whole map and the stages in map order; in each group errors first."""
        self.tree.clear()
        doc = self.editor.document
        order = {stage.id: i for i, stage in enumerate(doc.stages)}
        groups: dict[str, list] = {}
        for finding in self.shown_findings():
            stages = [s for s in finding.stages if s in order]
            key = min(stages, key=order.__getitem__) if stages else WHOLE_MAP
            groups.setdefault(key, []).append(finding)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        def rank(key: str) -> tuple[int, int]:  # groups holding an error first, then map order
            errors = any(int(f.severity) == 2 for f in groups[key])
            return 0 if errors else 1, -1 if key == WHOLE_MAP else order[key]

        for key in sorted(groups, key=rank):
            found = sorted(groups[key], key=lambda f: -int(f.severity))
            name = tr("Whole map") if key == WHOLE_MAP else doc.get("stages", key).name
            marks = "  ".join(f"{_MARKS[level][0]} {n}" for level in (2, 1, 0)
                              if (n := sum(1 for f in found if int(f.severity) == level)))
            group = QTreeWidgetItem([f"{name}   {marks}"])
            group.setFont(0, bold)
            group.setData(0, Qt.ItemDataRole.UserRole, None)
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            for finding in found:
                mark, colour = _MARKS.get(int(finding.severity), ("•", theme.MUTED))
                item = QTreeWidgetItem([f"{mark}  {finding.message}"])
                item.setForeground(0, QBrush(QColor(theme.INK)))
                item.setBackground(0, QBrush(QColor(theme.mix(colour, theme.PAPER, 0.9))))
                item.setData(0, Qt.ItemDataRole.UserRole, finding)
                item.setToolTip(0, f"{rule_explanation(finding.rule)}\n({finding.rule}, "
                                   f"{severity_words()[int(finding.severity)].lower()})")
                group.addChild(item)
            group.setExpanded(True)

    def _show(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if finding is None:
            return
        ids = [i for i in finding.ids if i in self.scene.items_by_id]
        self.scene.select_ids(ids)
        self.scene.centre_on_ids(ids)
        for eid in finding.ids:
            collection, entity = self.editor.document.find(eid)
            if entity is not None:
                self.finding_shown.emit(collection, eid)
                return
