"""Running a workshop from a map window: presentation mode, the timer and dot voting, with their keys.

``install_workshop`` is the one hook the main window calls; everything it adds (the
Workshop menu, the Votes dock, the timer in the status bar, the vote badges on the
canvas) is made here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QInputDialog

from jmap.gui import tr
from jmap.gui.app.presentation import PresentationView
from jmap.gui.app.timer import MAX_MINUTES, TimerLabel, WorkshopTimer
from jmap.gui.canvas.votebadges import VoteBadges
from jmap.gui.panels.votes import StartVoteDialog, VoteController, VotePanel


class Workshop(QObject):
    """The workshop tools of one window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.timer = WorkshopTimer(self)
        self.presentation: PresentationView | None = None
        self.votes = VoteController(window.editor, window.scene, window.view, self)
        self.badges = VoteBadges(window.editor, window.scene)
        self.timer_label = TimerLabel(self.timer)
        window.statusBar().addPermanentWidget(self.timer_label)
        self.votes.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
        self.panel = VotePanel(window.editor, window.scene, self.votes)
        self.panel.start_button.clicked.connect(self.start_or_end_vote)
        dock = QDockWidget(tr("Votes"), window)
        dock.setObjectName("votes-dock")
        dock.setWidget(self.panel)
        window.addDockWidget(Qt.RightDockWidgetArea, dock)
        window.tabifyDockWidget(window.docks["coverage"], dock)
        window.docks["votes"] = dock
        window.docks["coverage"].raise_()
        self._build_menu()

    def _action(self, menu, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.window.addAction(action)
        return action

    def _build_menu(self) -> None:
        """In the View menu (the menu bar keeps its agreed order): presentation, timer, dot vote."""
        view = self.window.view_menu
        view.addSeparator()
        self.present_action = self._action(view, tr("&Presentation mode"), self.present, "F5")
        timer = view.addMenu(tr("&Timer"))
        self.timer_action = self._action(timer, tr("&Start or pause"), self.timer.toggle, "F6")
        self._action(timer, tr("&Reset"), self.timer.reset, "Shift+F6")
        self._action(timer, tr("Set &minutes…"), self.ask_minutes, "Ctrl+F6")
        vote = view.addMenu(tr("&Dot vote"))
        self.vote_action = self._action(vote, tr("&Start vote…"), self.start_vote, "F7")
        self._action(vote, tr("&End vote"), self.votes.end, "Shift+F7")
        self._action(vote, tr("&Clear votes"), self.window.editor.clear_votes)
        vote.addAction(self.window.docks["votes"].toggleViewAction())

    # ------------------------------------------------------------ presentation
    def present(self) -> PresentationView | None:
        """Show the map full screen from the current stage (F5); Escape comes back."""
        if self.presentation is not None:
            self.presentation.close()
            return None
        window, doc = self.window, self.window.document
        stage = 0
        cell = window.scene.current_cell
        selected = window.scene.selected_ids()
        stage_id = cell[0] if cell else None
        if selected:
            _coll, entity = doc.find(selected[0])
            stage_id = getattr(entity, "stage", None) or stage_id
        if stage_id is not None and stage_id in doc.stage_index():
            stage = doc.stage_index()[stage_id]
        view = PresentationView(window.editor, self.timer, stage)
        view.setAttribute(Qt.WA_DeleteOnClose)
        view.closed.connect(self._presentation_closed)
        self.presentation = view
        screen = window.screen()
        if screen is not None:
            view.setGeometry(screen.geometry())
        view.showFullScreen()
        view.activateWindow()
        view.setFocus()
        return view

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.window.activateWindow()
        self.window.view.setFocus()

    # ------------------------------------------------------------------- timer
    def ask_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(self.window, tr("Workshop timer"), tr("Minutes for this step:"),
                                          int(self.timer.duration // 60), 1, MAX_MINUTES)
        if ok:
            self.timer.set_minutes(minutes)

    # ------------------------------------------------------------------- votes
    def start_or_end_vote(self) -> None:
        self.votes.end() if self.votes.running else self.start_vote()

    def start_vote(self, dialog: StartVoteDialog | None = None) -> bool:
        """Ask who votes with how many dots on what (F7), then start the round."""
        dialog = dialog or StartVoteDialog(self.window)
        if dialog.exec() != QDialog.Accepted:
            return False
        self.votes.start(dialog.vote_round())
        docks = self.window.docks
        docks["votes"].show()
        docks["votes"].raise_()
        if not docks["votes"].isFloating():  # room for the ranking: the inspector gives some up
            self.window.resizeDocks([docks["inspector"], docks["votes"]], [160, 420], Qt.Vertical)
        self.window.view.setFocus()
        return True


def install_workshop(window) -> Workshop:
    return Workshop(window)
