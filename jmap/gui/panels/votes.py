"""Dot voting: the dialog that starts a vote, the panel with turns and the ranked results, and the
canvas clicks and keys that place dots while a vote runs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jmap.core.model import VOTE_MAX
from jmap.core.votes import CARDS, DEFAULT_KINDS, VOTABLE_KINDS, VoteRound, item_kind, participant_names, ranking
from jmap.gui import tr
from jmap.gui.words import lane_kind_label

DIMMED = 0.3  # opacity of what is not voted on during a vote
_PLACE = {Qt.Key_Plus, Qt.Key_Equal, Qt.Key_Insert}
_TAKE_BACK = {Qt.Key_Minus, Qt.Key_Underscore}


def kind_label(kind: str) -> str:
    return tr("Touchpoint cards") if kind == CARDS else lane_kind_label(kind)


class StartVoteDialog(QDialog):
    """Who votes, how many dots each, and on what."""

    def __init__(self, parent=None, participants: str = "4", dots: int = 3, kinds=DEFAULT_KINDS) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Start a dot vote"))
        form = QFormLayout(self)
        self.participants = QLineEdit(participants)
        self.participants.setObjectName("vote-participants")
        self.participants.setToolTip(tr("A number (4 gives P1 to P4) or names separated by commas"))
        form.addRow(tr("Participants:"), self.participants)
        self.dots = QSpinBox()
        self.dots.setObjectName("vote-dots")
        self.dots.setRange(1, VOTE_MAX)
        self.dots.setValue(dots)
        form.addRow(tr("Dots per participant:"), self.dots)
        self.kinds: dict[str, QCheckBox] = {}
        box = QVBoxLayout()
        for kind in VOTABLE_KINDS:
            check = QCheckBox(kind_label(kind))
            check.setObjectName(f"vote-kind-{kind}")
            check.setChecked(kind in kinds)
            box.addWidget(check)
            self.kinds[kind] = check
        form.addRow(tr("Vote on:"), box)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B3261E;")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Start vote"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def vote_round(self) -> VoteRound | None:
        """The round described by the dialog, or None (and a message) when it is incomplete."""
        names = participant_names(self.participants.text(), tr("P{n}"))
        kinds = frozenset(kind for kind, check in self.kinds.items() if check.isChecked())
        if not names:
            self.problem.setText(tr("Give the number of participants or their names."))
            return None
        if not kinds:
            self.problem.setText(tr("Choose at least one kind of item to vote on."))
            return None
        return VoteRound(names, self.dots.value(), kinds)

    def _accept(self) -> None:
        if self.vote_round() is not None:
            self.accept()


class VoteController(QObject):
    """Runs one vote on a canvas: a click places a dot of the participant whose turn it is,
    Shift+click or a right click takes one back; with the keyboard Tab walks the items that
    may be voted on, + places a dot, − takes one back, Page Down/Page Up pass the turn."""

    #: the round started, changed turn, or ended (None)
    changed = Signal()
    #: a message for the status bar
    message = Signal(str)

    def __init__(self, editor, scene, view, parent=None) -> None:
        super().__init__(parent)
        self.editor, self.scene, self.view = editor, scene, view
        self.round: VoteRound | None = None
        editor.document_replaced.connect(lambda _doc: self.end())

    @property
    def running(self) -> bool:
        return self.round is not None

    def start(self, vote_round: VoteRound) -> None:
        self.round = vote_round
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)
        self._dim(True)
        self.changed.emit()
        self.message.emit(tr("Dot vote: {0}'s turn").format(vote_round.voter))

    def end(self) -> None:
        if self.round is None:
            return
        self._dim(False)
        self.round = None
        self.view.viewport().removeEventFilter(self)
        self.view.removeEventFilter(self)
        self.changed.emit()

    def _dim(self, on: bool) -> None:
        """While a vote runs, the cards and notes that are not part of it fade back."""
        doc = self.editor.document
        for eid, item in self.scene.items_by_id.items():
            if item_kind(doc, eid) is not None:
                item.setOpacity(DIMMED if on and not self.round.accepts(doc, eid) else 1.0)

    def next_turn(self, step: int = 1) -> None:
        if self.round is not None:
            voter = self.round.next_turn(step)
            self.changed.emit()
            self.message.emit(tr("Dot vote: {0}'s turn").format(voter))

    def place(self, eid: str) -> bool:
        """A dot of the current participant on an item, if the round allows it."""
        doc, rnd = self.editor.document, self.round
        if rnd is None or not rnd.accepts(doc, eid):
            self.message.emit(tr("This item is not part of the vote."))
            return False
        if rnd.left(doc) == 0:
            self.message.emit(tr("{0} has no dots left: pass the turn with Page Down.").format(rnd.voter))
            return False
        done = self.editor.add_vote(eid, rnd.voter)
        self.changed.emit()
        return done

    def take_back(self, eid: str) -> bool:
        if self.round is None:
            return False
        done = self.editor.remove_vote(eid, self.round.voter)
        self.changed.emit()
        return done

    def _item_at(self, pos) -> str | None:
        for item in self.view.items(pos):
            while item is not None and not hasattr(item, "eid"):
                item = item.parentItem()
            if item is not None and item_kind(self.editor.document, item.eid) is not None:
                return item.eid
        return None

    def _walk(self, forward: bool) -> None:
        """Tab: select the next item that may be voted on, in map order (stage, then lane)."""
        doc, layout = self.editor.document, self.scene.layout
        boxes = {**layout.notes, **layout.cards}
        order = sorted((eid for eid in boxes if self.round.accepts(doc, eid)),
                       key=lambda eid: (boxes[eid].x, boxes[eid].y))
        if not order:
            return
        selected = self.scene.selected_ids()
        if len(selected) == 1 and selected[0] in order:
            index = (order.index(selected[0]) + (1 if forward else -1)) % len(order)
        else:
            index = 0 if forward else len(order) - 1
        self.scene.select_ids([order[index]])
        self.view.ensureVisible(self.scene.items_by_id[order[index]].sceneBoundingRect(), 40, 40)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if self.round is None:
            return False
        kind = event.type()
        if watched is self.view.viewport() and kind == QEvent.MouseButtonPress:
            eid = self._item_at(event.position().toPoint())
            if eid is None or event.button() not in (Qt.LeftButton, Qt.RightButton):
                return False
            self.scene.select_ids([eid])
            if event.button() == Qt.RightButton or event.modifiers() & Qt.ShiftModifier:
                self.take_back(eid)
            else:
                self.place(eid)
            return True
        if watched is self.view.viewport() and (kind == QEvent.MouseButtonDblClick or (
                kind == QEvent.MouseMove and event.buttons() & Qt.LeftButton)):
            return self._item_at(event.position().toPoint()) is not None  # no drags or edits of voted items
        if watched is self.view and kind == QEvent.KeyPress and not self.view.inline_editor.isVisible():
            key = event.key()
            selected = [eid for eid in self.scene.selected_ids() if item_kind(self.editor.document, eid)]
            if key in (Qt.Key_Tab, Qt.Key_Backtab):
                self._walk(key == Qt.Key_Tab and not event.modifiers() & Qt.ShiftModifier)
                return True
            if (key in _PLACE or key in _TAKE_BACK) and not event.modifiers() & Qt.ControlModifier:
                for eid in selected[:1]:
                    self.place(eid) if key in _PLACE else self.take_back(eid)
                return True
            if key in (Qt.Key_PageDown, Qt.Key_PageUp):
                self.next_turn(1 if key == Qt.Key_PageDown else -1)
                return True
            if key in (Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down, Qt.Key_Delete, Qt.Key_Backspace):
                return bool(selected)  # a vote does not move or delete what is voted on
        return False


class VotePanel(QWidget):
    """The Votes dock: start or end a vote, whose turn it is, and the items ranked by dots."""

    def __init__(self, editor, scene, controller: VoteController, parent=None) -> None:
        super().__init__(parent)
        self.editor, self.scene, self.controller = editor, scene, controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.turn = QLabel()
        self.turn.setObjectName("vote-turn")
        self.turn.setWordWrap(True)
        layout.addWidget(self.turn)
        row = QHBoxLayout()
        self.previous_button = QPushButton(tr("◀ Previous"))
        self.previous_button.clicked.connect(lambda: controller.next_turn(-1))
        self.next_button = QPushButton(tr("Next ▶"))
        self.next_button.setToolTip(tr("Pass the turn to the next participant (Page Down)"))
        self.next_button.clicked.connect(lambda: controller.next_turn(1))
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.results = QListWidget()
        self.results.setObjectName("vote-results")
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(self._show)
        self.results.itemClicked.connect(self._show)
        layout.addWidget(self.results, 1)
        row = QHBoxLayout()
        self.start_button = QPushButton(tr("Start vote…"))
        self.start_button.setToolTip(tr("Start a dot vote (F7)"))
        self.clear_button = QPushButton(tr("Clear votes"))
        self.clear_button.clicked.connect(editor.clear_votes)
        row.addWidget(self.start_button)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        editor.edited.connect(self.refresh)
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        doc, rnd = self.editor.document, self.controller.round
        if rnd is None:
            self.turn.setText(tr("No vote running. Start one to let participants place dots."))
            self.start_button.setText(tr("Start vote…"))
        else:
            self.turn.setText(tr("<b>{0}</b>'s turn: {1} of {2} dots left").format(
                rnd.voter.replace("&", "&amp;").replace("<", "&lt;"), rnd.left(doc), rnd.dots))
            self.start_button.setText(tr("End vote"))
        self.previous_button.setEnabled(rnd is not None)
        self.next_button.setEnabled(rnd is not None)
        self.clear_button.setEnabled(bool(doc.items("votes")))
        self.results.clear()
        stage_names = {s.id: s.name for s in doc.stages}
        rank, last = 0, None
        for i, (eid, count) in enumerate(ranking(doc), start=1):
            if count != last:
                rank, last = i, count
            entity = doc.get("touchpoints", eid) or doc.get("notes", eid)
            words = " ".join((getattr(entity, "title", None) or getattr(entity, "text", "")).split())
            text = tr("{0}. %n dot(s): {1} ({2})", n=count).format(rank, words[:80] or eid,
                                                                  stage_names.get(entity.stage, ""))
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, eid)
            self.results.addItem(item)

    def _show(self, item: QListWidgetItem) -> None:
        eid = item.data(Qt.UserRole)
        self.scene.select_ids([eid])
        self.scene.centre_on_ids([eid])
