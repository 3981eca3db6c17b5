"""MainWindow: the canvas with its menus, toolbar and docks around one Editor."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QToolBar,
)

from jmap.core.model import LaneKind
from jmap.core import clipboard
from jmap.io.jsontext import parse_untrusted
from jmap.gui import tr
from jmap.io import JmapError
from jmap.gui.editor import Editor
from jmap.gui.app import screen
from jmap.gui.app.screen import steady_undo_actions
from jmap.gui.app.settings import Settings
from jmap.gui.canvas import quickadd
from jmap.gui.canvas.flows import set_flow_labels
from jmap.gui.canvas.scene import JourneyScene
from jmap.gui.canvas import pictures
from jmap.gui.canvas.view import JourneyView
from jmap.gui.words import lane_kind_label


class MainWindow(QMainWindow):
    """One map in one window. ``file_menu`` is filled by jmap.gui.files.controller (open, save...)."""

    def __init__(self, document, path: Path | None = None) -> None:
        super().__init__()
        self.path = Path(path) if path is not None else None
        #: consulted before the window closes; returning False keeps it open
        self.close_guard: Callable[[], bool] | None = None
        #: gives the title text (with "[*]") when set; the file controller owns it then
        self.title_source: Callable[[], str] | None = None
        self.editor = Editor(document, self)
        self.scene = JourneyScene(self.editor, self)
        self.view = JourneyView(self.scene, self)
        self.setCentralWidget(self.view)
        self.file_menu = self.menuBar().addMenu(tr("&File"))
        self.edit_menu = self.menuBar().addMenu(tr("&Edit"))
        self.view_menu = self.menuBar().addMenu(tr("&View"))
        self.help_menu = self.menuBar().addMenu(tr("&Help"))
        self._build_actions()
        self._build_docks()
        from jmap.gui.app.workshop import install_workshop  # presentation, timer, dot voting

        self.workshop = install_workshop(self)
        self._build_compare_actions()
        self.editor.undo_stack.cleanChanged.connect(self.update_title)
        self.editor.edited.connect(self.update_title)
        screen.size_window(self)  # the available screen's size, or where the last window closed
        self.update_title()

    # --------------------------------------------------------------- public
    @property
    def document(self):
        return self.editor.document

    def set_document(self, document, path: Path | None = None) -> None:
        """Show another document: the scene is rebuilt, the undo history cleared, clean."""
        self.path = Path(path) if path is not None else None
        self.editor.set_document(document)
        self.view.fit()
        self.update_title()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        screen.remember(self)
        self.coverage_panel.timer.stop()  # a check still due must not run for a closed window
        self.scene.detach()
        event.accept()

    # -------------------------------------------------------------- actions
    def _action(self, text: str, slot, shortcut=None, menu=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.setShortcutContext(Qt.WindowShortcut)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        if menu is not None:
            menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        stack = self.editor.undo_stack
        undo = stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcuts(QKeySequence.Undo)
        redo = stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcuts(QKeySequence.Redo)
        m = self.edit_menu
        m.addActions([undo, redo])
        m.addSeparator()
        self.cut_action = self._action(tr("Cu&t"), self.cut, QKeySequence.Cut, m)
        self.copy_action = self._action(tr("&Copy"), self.copy, QKeySequence.Copy, m)
        self.paste_action = self._action(tr("&Paste"), self.paste, QKeySequence.Paste, m)
        self.duplicate_action = self._action(tr("D&uplicate"), self.duplicate, "Ctrl+D", m)
        self.delete_action = self._action(tr("&Delete"), self.delete_selection,
                                          [QKeySequence(QKeySequence.Delete), QKeySequence(Qt.Key_Backspace)], m)
        self._action(tr("Select &all"), self.select_all, QKeySequence.SelectAll, m)
        m.addSeparator()
        self.add_card_action = self._action(tr("Add &touchpoint"), self.add_touchpoint, "Ctrl+T", m,
                                            tr("Add a touchpoint card to the selected cell"))
        self.add_stage_action = self._action(tr("Add &stage"), self.add_stage, "Ctrl+Alt+S", m)
        lanes = m.addMenu(tr("Add &lane"))
        for kind in LaneKind:
            self._action(lane_kind_label(kind.value), lambda k=kind.value: self.add_lane(k), None, lanes)
        self._action(tr("Add &persona"), self.editor.add_persona, None, m)
        self.insert_picture_action = self._action(tr("Insert p&icture…"), lambda: pictures.choose_picture(self),
                                                  "Ctrl+Shift+I", m,
                                                  tr("A PNG or JPEG on the selected card or note, or in the cell"))

        v = self.view_menu
        self._action(tr("Zoom &in"), self.view.zoom_in, [QKeySequence.ZoomIn, QKeySequence("Ctrl+=")], v)
        self._action(tr("Zoom &out"), self.view.zoom_out, QKeySequence.ZoomOut, v)
        self._action(tr("&Actual size"), self.view.zoom_reset, "Ctrl+1", v)
        self._action(tr("&Fit map"), self.view.fit, "Ctrl+0", v)
        self.flow_labels_action = self._action(tr("Flow &labels"), self._flow_labels_toggled, None, v)
        self.flow_labels_action.setCheckable(True)
        self.flow_labels_action.setChecked(Settings().flow_labels)  # remembered between sessions
        set_flow_labels(self.scene, self.flow_labels_action.isChecked())
        v.addSeparator()

        self._action(tr("&About jmap"), self.about, None, self.help_menu)

        bar = QToolBar(tr("Map"), self)
        bar.setObjectName("map-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        bar.addActions(steady_undo_actions(self, stack))  # fixed words: the toolbar does not shift
        bar.addSeparator()
        bar.addActions([self.add_card_action, self.add_stage_action])
        bar.addSeparator()
        fit = QAction(tr("Fit"), self)
        fit.triggered.connect(self.view.fit)
        bar.addAction(fit)
        self.addToolBar(Qt.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_compare_actions(self) -> None:
        """View: compare with the current state, new future state (jmap.gui.panels.compare, imported when chosen)."""
        menu = self.view_menu
        menu.addSeparator()
        for key, text, name in (
            ("compare", tr("&Compare with Current State…"), "show_compare"),
            ("new_future", tr("New &Future State from This Map…"), "new_future_state"),
        ):
            action = menu.addAction(text)
            action.setObjectName(f"compare_{key}")
            action.triggered.connect(lambda _checked=False, n=name: self._compare(n))

    def _compare(self, name: str):
        from jmap.gui.panels import compare

        return getattr(compare, name)(self)

    def _build_docks(self) -> None:
        from jmap.gui.panels.coverage import CoveragePanel
        from jmap.gui.panels.inspector import InspectorPanel
        from jmap.gui.panels.personas import PersonasPanel

        self.inspector = InspectorPanel(self.editor, self.scene)
        self.personas_panel = PersonasPanel(self.editor)
        self.coverage_panel = CoveragePanel(self.editor, self.scene)
        self.personas_panel.persona_selected.connect(self.inspector.show_entity)
        self.coverage_panel.finding_shown.connect(self.inspector.show_entity)
        # the first check waits until the map is on screen: it is not on the start path
        self.view.first_painted.connect(self.coverage_panel.timer.start)
        self.personas_panel.persona_selected.connect(lambda _c, pid: setattr(self.scene, "preferred_persona", pid))
        self.docks = {}
        for name, title, widget, area in (
            ("inspector", tr("Inspector"), self.inspector, Qt.RightDockWidgetArea),
            ("personas", tr("Personas"), self.personas_panel, Qt.RightDockWidgetArea),
            ("coverage", tr("Coverage"), self.coverage_panel, Qt.RightDockWidgetArea),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"{name}-dock")
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.view_menu.addAction(dock.toggleViewAction())
            self.docks[name] = dock
        self.resizeDocks([self.docks["inspector"]], [320], Qt.Horizontal)
        self.resizeDocks([self.docks["inspector"], self.docks["personas"], self.docks["coverage"]], [420, 160, 220],
                         Qt.Vertical)

    # ---------------------------------------------------------------- edits
    def _selection(self) -> list[str]:
        return self.scene.selected_ids()

    def delete_selection(self) -> None:
        if self.view.inline_editor.isVisible():
            return
        self.editor.delete(self._selection())

    def copy(self) -> bool:
        """Copy the selected cards and notes (with the flows between them) as JSON text.

        Plain text, not custom QMimeData: it pastes between jmap windows and processes,
        and PySide 6 crashes at exit when the clipboard still owns a QMimeData made in Python.
        """
        fragment = clipboard.copy_fragment(self.document, self._selection())
        if not fragment["touchpoints"] and not fragment["notes"]:
            return False
        QApplication.clipboard().setText(clipboard.to_text(fragment))
        return True

    def cut(self) -> None:
        if self.copy():
            ids = self._selection()
            self.editor.delete(ids, tr("Cut"))

    def paste(self) -> None:
        if pictures.paste_picture(self, QApplication.clipboard().mimeData()):
            return
        text = QApplication.clipboard().text()
        parse = lambda text: parse_untrusted(text, tr("the clipboard"))  # noqa: E731
        if clipboard.MARKER in text:  # meant as a fragment of a map: say why it cannot be pasted
            try:
                data = parse(text)
            except JmapError as exc:
                self.statusBar().showMessage(tr("Nothing pasted: {0}").format(exc), 15000)
                return
            parse = lambda _text: data  # noqa: E731 - parsed once, handed on
        fragment = clipboard.from_text(text, parse)
        if fragment:
            try:
                self.editor.paste(fragment, self.scene.current_cell)
            except JmapError as exc:  # a fragment a file may not hold: nothing was pasted
                self.statusBar().showMessage(tr("Nothing pasted: {0}").format(exc), 15000)
                return
            if self.editor.pictures_not_pasted:
                self.statusBar().showMessage(
                    tr("{0} pictures not pasted: damaged, or beyond this map's limits").format(
                        self.editor.pictures_not_pasted), 15000)

    def duplicate(self) -> None:
        self.editor.duplicate(self._selection())

    def select_all(self) -> None:
        self.scene.finish_flows()
        for item in self.scene.items_by_id.values():
            item.setSelected(True)

    def add_touchpoint(self) -> None:
        """Ctrl+T: a new card in the cursor's cell (or its stage's touchpoints lane), title typed in place."""
        if not self.view.cell_cursor.add_touchpoint():
            QMessageBox.information(self, tr("Add touchpoint"), tr("Add a stage and a touchpoints lane first."))

    def add_stage(self) -> None:
        quickadd.add_stage(self.view)

    def add_lane(self, kind: str) -> None:
        quickadd.add_lane(self.view, kind)

    def _flow_labels_toggled(self) -> None:
        on = self.flow_labels_action.isChecked()
        set_flow_labels(self.scene, on)
        Settings().flow_labels = on

    def about(self) -> None:
        from jmap import __version__

        QMessageBox.about(self, tr("About jmap"), tr("jmap {version}: customer-journey maps for workshops.")
                          .format(version=__version__))

    def update_title(self, *_args) -> None:
        """The one place the title is set: file name (or the file controller's text) and the unsaved mark."""
        if self.title_source is not None:
            self.setWindowTitle(self.title_source())
        else:
            name = self.path.name if self.path is not None else tr("Untitled")
            self.setWindowTitle(f"{name}[*] — jmap")
        self.setWindowModified(not self.editor.undo_stack.isClean())
