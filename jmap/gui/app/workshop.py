"""Running a workshop from a map window: presentation mode, the timer and dot voting, with their keys.

``install_workshop`` is the one hook the main window calls; everything it adds (the
Workshop menu, the Votes dock, the timer in the status bar, the vote badges on the
canvas) is made here. What the first paint does not show is made when first used: the
vote controller and the Votes panel (when a vote starts or the Votes dock is first shown),
presentation mode (F5) and the dialogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from jmap.gui import tr
from jmap.gui.app.timer import MAX_MINUTES, TimerLabel, WorkshopTimer
from jmap.gui.canvas.votebadges import VoteBadges

if TYPE_CHECKING:
    from jmap.gui.app.presentation import PresentationView
    from jmap.gui.panels.votes import StartVoteDialog, VoteController, VotePanel


class Workshop(QObject):
    """The workshop tools of one window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.timer = WorkshopTimer(self)
        self.presentation: PresentationView | None = None
        self._votes: VoteController | None = None
        self._panel: VotePanel | None = None
        self.badges = VoteBadges(window.editor, window.scene)
        self.timer_label = TimerLabel(self.timer)
        window.statusBar().addPermanentWidget(self.timer_label)
        dock = QDockWidget(tr("Votes"), window)
        dock.setObjectName("votes-dock")
        window.addDockWidget(Qt.RightDockWidgetArea, dock)
        window.tabifyDockWidget(window.docks["coverage"], dock)
        window.docks["votes"] = dock
        window.docks["coverage"].raise_()
        dock.visibilityChanged.connect(self._dock_visibility)  # its panel is made when first shown
        self._build_menu()

    @property
    def votes(self) -> VoteController:
        """The dot-vote controller, made on first use."""
        if self._votes is None:
            from jmap.gui.panels.votes import VoteController

            window = self.window
            self._votes = VoteController(window.editor, window.scene, window.view, self)
            self._votes.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
        return self._votes

    @property
    def panel(self) -> VotePanel:
        """The Votes dock's panel, made when the dock is first shown (or asked for)."""
        if self._panel is None:
            from jmap.gui.panels.votes import VotePanel

            window = self.window
            self._panel = VotePanel(window.editor, window.scene, self.votes)
            self._panel.start_button.clicked.connect(self.start_or_end_vote)
            window.docks["votes"].setWidget(self._panel)
        return self._panel

    def _dock_visibility(self, visible: bool) -> None:
        if visible and self._panel is None:
            self.panel  # noqa: B018 - made now that the dock shows

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
        self._action(vote, tr("&End vote"), self.end_vote, "Shift+F7")
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
        from jmap.gui.app.presentation import PresentationView

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
        from PySide6.QtWidgets import QInputDialog

        minutes, ok = QInputDialog.getInt(self.window, tr("Workshop timer"), tr("Minutes for this step:"),
                                          int(self.timer.duration // 60), 1, MAX_MINUTES)
        if ok:
            self.timer.set_minutes(minutes)

    # ------------------------------------------------------------------- votes
    def start_or_end_vote(self) -> None:
        self.votes.end() if self.votes.running else self.start_vote()

    def end_vote(self) -> None:
        if self._votes is not None:  # no controller yet: no vote was ever started here
            self._votes.end()

    def start_vote(self, dialog: StartVoteDialog | None = None) -> bool:
        """Ask who votes with how many dots on what (F7), then start the round."""
        from PySide6.QtWidgets import QDialog

        if dialog is None:
            from jmap.gui.panels.votes import StartVoteDialog

            dialog = StartVoteDialog(self.window)
        if dialog.exec() != QDialog.Accepted:
            return False
        self.votes.start(dialog.vote_round())
        self.panel  # noqa: B018 - the ranking is in the Votes dock, shown now
        docks = self.window.docks
        docks["votes"].show()
        docks["votes"].raise_()
        if not docks["votes"].isFloating():  # room for the ranking: the inspector gives some up
            self.window.resizeDocks([docks["inspector"], docks["votes"]], [160, 420], Qt.Vertical)
        self.window.view.setFocus()
        return True


def install_workshop(window) -> Workshop:
    return Workshop(window)
