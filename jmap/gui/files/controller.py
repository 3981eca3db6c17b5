"""The File menu of one window and the state behind it: path, lock, watcher, autosave (see the mixins)."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

import shiboken6

import jmap.io as jio
from jmap.gui.files.autosave import AutosaveMixin
from jmap.gui.files.dialogs import DiffDialog, ask, digest, map_digest, show_error  # noqa: F401  (also for tests)
from jmap.gui.files.saving import SavingMixin
from jmap.gui.files.watching import WatchingMixin
from jmap.io.lock import DocumentLock
from jmap.io.recovery import RecoveryArea

_window_ids = itertools.count(1)


class FileController(SavingMixin, AutosaveMixin, WatchingMixin, QObject):
    """Owns the file side of one MainWindow: its path, lock, watcher, autosave and File menu."""

    #: (window) after the window was allowed to close and its file released
    closed = Signal(object)

    def __init__(self, window, manager, *, lock: DocumentLock | None = None, read_only: bool = False,
                 disk_hash: str | None = None, suggested_name: str = "", disk_bytes: bytes | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.manager = manager
        self.settings = manager.settings
        self.recovery = RecoveryArea()
        self.window_id = next(_window_ids)
        self.lock = lock
        self.read_only = read_only
        self.disk_hash = disk_hash  # of the bytes last loaded or saved here
        self._set_disk_map(disk_hash, disk_bytes)
        self.suggested_name = suggested_name
        self.dirty_since_autosave = False
        self.external_pending = False
        self.actions: dict[str, QAction] = {}

        self._make_autosave_timer()
        self._make_watcher()
        self._connect_stack()
        self._build_menu()
        self._watch()
        window.close_guard = self.close_guard
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        view = getattr(window, "view", None)
        if view is not None:
            view.viewport().installEventFilter(self)
        window.title_source = self.title_text
        self.update_title()

    # ------------------------------------------------------------ state
    @property
    def path(self) -> Path | None:
        path = getattr(self.window, "path", None)
        return Path(path) if path else None

    @property
    def document(self):
        return self.window.editor.document

    @property
    def stack(self):
        return self.window.editor.undo_stack

    def is_unsaved(self) -> bool:
        return not self.stack.isClean()

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.suggested_name or self.tr("Untitled")

    def _alive(self) -> bool:
        """False while Qt tears the window down (its stack still emits as it is destroyed)."""
        return shiboken6.isValid(self.window) and shiboken6.isValid(self._stack)

    def title_text(self) -> str:
        mark = self.tr(" (read-only)") if self.read_only else ""
        return f"{self.display_name()}[*]{mark} — jmap"

    def update_title(self) -> None:
        if self._alive():
            self.window.update_title()

    def _connect_stack(self) -> None:
        self._stack = self.stack
        self._stack.cleanChanged.connect(self._on_clean_changed)
        self._stack.indexChanged.connect(self._on_index_changed)

    @property
    def disk_map_hash(self) -> str | None:
        """The hash of the map the bytes on disk hold, as jmap writes it (None: unknown, compare bytes only).

        For a map just opened it is worked out when first needed (a change on disk), from the
        bytes that were loaded: loading them again gives the same map, and writing a big map
        out to hash it is not on the way to the first paint.
        """
        if self._disk_bytes is not None:
            raw, self._disk_bytes = self._disk_bytes, None
            try:
                self._disk_map_hash = map_digest(jio.loads(raw, str(self.path or "")).document)
            except jio.JmapError:
                self._disk_map_hash = None
        return self._disk_map_hash

    @disk_map_hash.setter
    def disk_map_hash(self, value: str | None) -> None:
        self._disk_bytes = None
        self._disk_map_hash = value

    def _set_disk_map(self, disk_hash: str | None, disk_bytes: bytes | None) -> None:
        """The map hash of a new document: later from ``disk_bytes`` (the bytes it was loaded from), else now."""
        if disk_hash is not None and disk_bytes is not None:
            self._disk_map_hash, self._disk_bytes = None, disk_bytes
        else:
            self.disk_map_hash = map_digest(self.document) if disk_hash is not None else None

    # ------------------------------------------------------------ menu
    def _action(self, key: str, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"file_{key}")
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[key] = action
        return action

    def _build_menu(self) -> None:
        menu = self.window.file_menu
        menu.addAction(self._action("new", self.tr("&New from Template…"), self.new_into_window, "Ctrl+N"))
        menu.addAction(self._action("new_window", self.tr("New &Window…"), self.manager.new_from_gallery, "Ctrl+Shift+N"))
        menu.addAction(self._action("open", self.tr("&Open…"), self.open, "Ctrl+O"))
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        menu.addSeparator()
        menu.addAction(self._action("save", self.tr("&Save"), self.save, "Ctrl+S"))
        menu.addAction(self._action("save_as", self.tr("Save &As…"), self.save_as, "Ctrl+Shift+S"))
        menu.addAction(self._action("revert", self.tr("Re&vert to Saved"), self.revert))
        menu.addSeparator()
        menu.addAction(self._action("export_pdf", self.tr("Export &PDF…"), self.export_pdf, "Ctrl+E"))
        menu.addAction(self._action("export_png", self.tr("Export P&NG…"), lambda: self.export_image("png")))
        menu.addAction(self._action("export_svg", self.tr("Export S&VG…"), lambda: self.export_image("svg")))
        menu.addAction(self._action("print", self.tr("&Print…"), self.print_map, "Ctrl+P"))
        menu.addSeparator()
        prefs = self._action("preferences", self.tr("Pre&ferences…"), self.manager.show_preferences)
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        menu.addAction(prefs)
        menu.addSeparator()
        menu.addAction(self._action("close", self.tr("&Close"), self.window.close, ["Ctrl+W", "Ctrl+F4"]))
        quit_action = self._action("quit", self.tr("&Quit"), self.manager.quit, "Ctrl+Q")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        menu.addAction(quit_action)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.manager.open_path(p, near=self.window))
        if recent:
            self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear Menu"))
        clear.setObjectName("file_clear_recent")
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._fill_recent()

    # ------------------------------------------------------------ closing
    def close_guard(self) -> bool:
        """Consulted by MainWindow.closeEvent: False keeps the window open."""
        if not self.maybe_save():
            return False
        self.shutdown()
        return True

    def shutdown(self) -> None:
        """Let go of everything on disk: autosave, lock, watcher."""
        self.autosave_timer.stop()
        try:
            self._stack.cleanChanged.disconnect(self._on_clean_changed)
            self._stack.indexChanged.disconnect(self._on_index_changed)
        except (RuntimeError, TypeError, AttributeError):
            pass
        self.recovery.clear(self.recovery.key_for(self.window_id))
        self._release_lock()
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self.closed.emit(self.window)

    # ------------------------------------------------------------ new and open
    def new_into_window(self) -> bool:
        """New from the template gallery, replacing this window's map (after the prompt)."""
        if not self.maybe_save():
            return False
        from jmap.gui.files.gallery import choose_template

        chosen = choose_template(self.window, self.settings)
        if chosen is None:
            return False
        doc, name = chosen
        self.replace_document(doc, None, suggested_name=name)
        return True

    def open(self) -> None:
        start = str(self.path.parent) if self.path else ""
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Open Map"), start, self.tr("jmap maps (*.jmap)"))
        if paths:
            self.manager.open_paths(paths, near=self.window)

    def is_replaceable(self) -> bool:
        """An untouched, never-saved window: opening a file may reuse it."""
        return self.path is None and not self.is_unsaved() and self.stack.count() == 0

    def replace_document(self, doc, path, *, lock=None, read_only=False, disk_hash=None, suggested_name="",
                         disk_bytes: bytes | None = None) -> None:
        self._release_lock()
        self.recovery.clear(self.recovery.key_for(self.window_id))
        self.autosave_timer.stop()
        self.window.set_document(doc, str(path) if path else None)
        if self.stack is not self._stack:  # the editor may make a new stack for the new document
            self._connect_stack()
        self.lock, self.read_only, self.disk_hash = lock, read_only, disk_hash
        self._set_disk_map(disk_hash, disk_bytes)
        self.suggested_name = suggested_name
        self.dirty_since_autosave = False
        self._watch()
        self.update_title()

    # ------------------------------------------------------------ drag and drop, export
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and self._dropped_maps(event):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            paths = self._dropped_maps(event)
            if paths:
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda: self.manager.open_paths(paths, near=self.window))
                return True
        return False

    @staticmethod
    def _dropped_maps(event) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile().lower().endswith(".jmap")]

    def export_folder(self) -> str:
        """Where export dialogs start: the preference, else the map's own folder, else home."""
        if self.settings.export_folder:
            return self.settings.export_folder
        return str(self.path.parent if self.path is not None else Path.home())

    def export_pdf(self) -> None:
        from jmap.gui.files.export_dialog import PdfExportDialog

        PdfExportDialog(self.window, self.document, self.settings, self.display_name(), self.export_folder()).exec()

    def export_image(self, kind: str) -> None:
        from jmap.gui.files.export_dialog import export_scene_interactive

        export_scene_interactive(self.window, self.export_folder(), self.display_name(), kind, self.settings.page_size)

    def print_map(self) -> None:
        from jmap.gui.files.export_dialog import print_scene

        print_scene(self.window, page=self.settings.page_size)
