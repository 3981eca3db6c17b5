"""The File menu of one window: save, save as, revert, close, autosave, lock and external changes."""

from __future__ import annotations

import difflib
import hashlib
import itertools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QPlainTextEdit, QVBoxLayout

import shiboken6

import jmap.io as jio
from jmap.io.atomic import atomic_write
from jmap.io.lock import DocumentLock, LockedError
from jmap.io.recovery import RecoveryArea

_window_ids = itertools.count(1)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digest(path: str | Path) -> str | None:
    try:
        return digest(Path(path).read_bytes())
    except OSError:
        return None


def ask(parent, title: str, text: str, buttons, icon=QMessageBox.Icon.Question, detail: str = "",
        informative: str = "") -> str:
    """A message box with our own (translated) buttons; returns the key of the one pressed.

    ``buttons`` is a list of (key, label, role); the first is the default and the last the
    Escape answer. Each button's objectName is its key, so tests can press it like a user.
    """
    box = QMessageBox(parent)
    # Room for a path and a loader message on one or two lines instead of a narrow column.
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 420px; }")
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if detail:
        box.setDetailedText(detail)
    made = {}
    for key, label, role in buttons:
        button = box.addButton(label, role)
        button.setObjectName(key)
        made[button] = key
    first, last = list(made)[0], list(made)[-1]
    box.setDefaultButton(first)
    box.setEscapeButton(last)
    box.exec()
    return made.get(box.clickedButton(), buttons[-1][0])


def show_error(parent, title: str, text: str, informative: str = "") -> None:
    ask(parent, title, text, [("ok", QCoreApplication.translate("FileController", "OK"), QMessageBox.ButtonRole.AcceptRole)],
        QMessageBox.Icon.Warning, informative=informative)


class DiffDialog(QDialog):
    """A read-only unified diff of the map on disk against the map in the window."""

    def __init__(self, parent, theirs: bytes, mine: bytes, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes between the file on disk and your map"))
        lines = difflib.unified_diff(
            theirs.decode("utf-8", "replace").splitlines(), mine.decode("utf-8", "replace").splitlines(),
            self.tr("{0} (on disk)").format(name), self.tr("{0} (yours)").format(name), lineterm="", n=2)
        self.text = "\n".join(lines) or self.tr("The two versions are the same.")
        view = QPlainTextEdit(self.text)
        view.setReadOnly(True)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(760, 520)


class FileController(QObject):
    """Owns the file side of one MainWindow: its path, lock, watcher, autosave and File menu."""

    #: (window) after the window was allowed to close and its file released
    closed = Signal(object)

    def __init__(self, window, manager, *, lock: DocumentLock | None = None, read_only: bool = False,
                 disk_hash: str | None = None, suggested_name: str = "") -> None:
        super().__init__(window)
        self.window = window
        self.manager = manager
        self.settings = manager.settings
        self.recovery = RecoveryArea()
        self.window_id = next(_window_ids)
        self.lock = lock
        self.read_only = read_only
        self.disk_hash = disk_hash
        self.suggested_name = suggested_name
        self.dirty_since_autosave = False
        self.external_pending = False
        self.actions: dict[str, QAction] = {}

        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.apply_settings()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_file_changed)
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

    def _on_clean_changed(self, clean: bool) -> None:
        if not self._alive():
            return
        self.update_title()
        if clean:
            self.autosave_timer.stop()
            self.recovery.clear(self.recovery.key_for(self.window_id))
            self.dirty_since_autosave = False
        elif not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def _on_index_changed(self, _index: int) -> None:
        if self._alive() and self.is_unsaved():
            self.dirty_since_autosave = True
            if not self.autosave_timer.isActive():
                self.autosave_timer.start()

    def apply_settings(self) -> None:
        self.autosave_timer.setInterval(self.settings.autosave_seconds * 1000)

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

    # ------------------------------------------------------------ the unsaved prompt
    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        if not self.is_unsaved():
            return True
        self.window.raise_()
        answer = ask(self.window, self.tr("Unsaved changes"),
                     self.tr("Save the changes to “{0}” before closing it?").format(self.display_name()),
                     [("save", self.tr("Save"), QMessageBox.ButtonRole.AcceptRole),
                      ("discard", self.tr("Don't Save"), QMessageBox.ButtonRole.DestructiveRole),
                      ("cancel", self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)],
                     QMessageBox.Icon.Warning,
                     informative=self.tr("If you don't save, your changes since the last save are lost."))
        if answer == "save":
            return self.save()
        return answer == "discard"

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

    def save_for_recovery_and_let_go(self) -> None:
        """The process is being ended (logout, kill -TERM): keep unsaved work for recovery, free the lock."""
        self.autosave_timer.stop()
        if self.is_unsaved():
            self.dirty_since_autosave = True
            self.autosave_now()
        self._release_lock()

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # ------------------------------------------------------------ new, open, revert
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

    def replace_document(self, doc, path, *, lock=None, read_only=False, disk_hash=None, suggested_name="") -> None:
        self._release_lock()
        self.recovery.clear(self.recovery.key_for(self.window_id))
        self.autosave_timer.stop()
        self.window.set_document(doc, str(path) if path else None)
        if self.stack is not self._stack:  # the editor may make a new stack for the new document
            self._connect_stack()
        self.lock, self.read_only, self.disk_hash = lock, read_only, disk_hash
        self.suggested_name = suggested_name
        self.dirty_since_autosave = False
        self._watch()
        self.update_title()

    def revert(self) -> bool:
        """Go back to the file on disk, after asking if that loses changes."""
        if self.path is None:
            return False
        if self.is_unsaved():
            answer = ask(self.window, self.tr("Revert to saved"),
                         self.tr("Discard your changes to “{0}” and go back to the saved file?").format(self.display_name()),
                         [("discard", self.tr("Discard Changes"), QMessageBox.ButtonRole.DestructiveRole),
                          ("cancel", self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)], QMessageBox.Icon.Warning)
            if answer != "discard":
                return False
        return self.reload()

    def reload(self) -> bool:
        path = self.path
        try:
            raw = path.read_bytes()
            result = jio.loads(raw, str(path))
        except OSError as exc:
            show_error(self.window, self.tr("Cannot reload"), f"{path}: {exc.strerror}")
            return False
        except jio.JmapError as exc:
            show_error(self.window, self.tr("Cannot reload"), str(exc))
            return False
        lock, read_only = self.lock, self.read_only
        self.lock = None  # keep our lock across the reload
        self.replace_document(result.document, path, lock=lock, read_only=read_only, disk_hash=digest(raw))
        return True

    # ------------------------------------------------------------ saving
    def save(self) -> bool:
        if self.path is None or self.read_only:
            return self.save_as()
        current = file_digest(self.path)
        if current is not None and self.disk_hash is not None and current != self.disk_hash:
            return self.resolve_external_change(saving=True)
        return self.write_to(self.path)

    def save_as(self) -> bool:
        start = str(self.path) if self.path else str(Path.home() / f"{self.suggested_name or self.tr('Untitled')}.jmap")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save Map As"), start, self.tr("jmap maps (*.jmap)"))
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() != ".jmap":
            path = path.with_name(path.name + ".jmap")
        same = self.path is not None and path.resolve() == self.path.resolve()
        if same and self.read_only:
            show_error(self.window, self.tr("Opened read-only"),
                       self.tr("“{0}” is open read-only because someone else has it open. "
                          "Save your map under another name.").format(path.name))
            return False
        lock = self.lock if same else DocumentLock(path)
        if not same:
            try:
                lock.acquire()
            except LockedError as exc:
                show_error(self.window, self.tr("File in use"),
                           self.tr("“{0}” is opened by {1} on {2} since {3}. Choose another name.").format(
                               path.name, exc.info.user, exc.info.host, exc.info.local_time()))
                return False
        if not self.write_to(path):
            if not same:
                lock.release()
            return False
        if not same:
            self._release_lock()
            self.lock = lock
            self.window.path = path
            self.read_only = False
            self._watch()
        self.update_title()
        return True

    def write_to(self, path: Path) -> bool:
        """Save atomically; on failure say why and keep the map open and unsaved."""
        # The document is not stamped with a "modified" time here: it would change behind
        # the undo stack and put a conflicting line into every git merge of the map.
        try:
            data = jio.dumps(self.document)  # raises UnwritableMapError (a SaveError) for a map that would not load
            atomic_write(path, data)  # the bytes hashed below are exactly the bytes on disk
        except jio.SaveError as exc:
            show_error(self.window, self.tr("Could not save"), str(exc),
                       self.tr("Your map is still open with all its changes. Try Save As to put it somewhere else."))
            return False
        self.disk_hash = digest(data)
        self.stack.setClean()
        self.recovery.clear(self.recovery.key_for(self.window_id))
        self.settings.add_recent(path)
        self.update_title()
        return True

    # ------------------------------------------------------------ autosave
    def autosave_now(self) -> bool:
        """Write the unsaved map to the recovery area (never beside the file)."""
        if not self.is_unsaved() or not self.dirty_since_autosave:
            return False
        try:
            self.recovery.write(self.document, self.window_id, self.path)
        except (jio.JmapError, OSError):
            return False  # the recovery area is a safety net; never interrupt work for it
        self.dirty_since_autosave = False
        return True

    def mark_recovered(self) -> None:
        """A recovered map is unsaved work: mark it so and put it in our own recovery entry now."""
        self.stack.resetClean()
        self.dirty_since_autosave = True
        self.update_title()
        self.autosave_now()
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()

    # ------------------------------------------------------------ external changes
    def _watch(self) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if self.path is not None and self.path.exists():
            self.watcher.addPath(str(self.path))

    def _on_file_changed(self, _name: str) -> None:
        # Atomic saves replace the file, which drops it from the watcher: watch it again.
        if self.path is not None and self.path.exists() and str(self.path) not in self.watcher.files():
            self.watcher.addPath(str(self.path))
        if self.external_pending:
            return
        current = file_digest(self.path) if self.path else None
        if current is None or current == self.disk_hash:
            return
        self.external_pending = True
        QTimer.singleShot(0, self._external_prompt)

    def _external_prompt(self) -> None:
        try:
            current = file_digest(self.path) if self.path else None
            if current is not None and current != self.disk_hash:
                self.resolve_external_change(saving=False)
        finally:
            self.external_pending = False

    def resolve_external_change(self, saving: bool) -> bool:
        """Someone else changed the file: Reload, Keep Mine (Save As), Compare; never overwrite."""
        while True:
            text = self.tr("“{0}” was changed on disk by someone else.").format(self.display_name())
            info = (self.tr("Saving now would overwrite their changes. Reload their version, keep yours under "
                       "another name, or compare the two.") if saving else
                    self.tr("Reload their version, keep yours under another name, or compare the two."))
            answer = ask(self.window, self.tr("File changed on disk"), text,
                         [("keep", self.tr("Keep Mine (Save As…)"), QMessageBox.ButtonRole.AcceptRole),
                          ("reload", self.tr("Reload"), QMessageBox.ButtonRole.DestructiveRole),
                          ("compare", self.tr("Compare…"), QMessageBox.ButtonRole.ActionRole),
                          ("cancel", self.tr("Not Now"), QMessageBox.ButtonRole.RejectRole)],
                         QMessageBox.Icon.Warning, informative=info)
            if answer == "compare":
                self.compare_with_disk().exec()
                continue
            if answer == "reload":
                return self.reload()
            if answer == "keep":
                return self.save_as()
            return False

    def compare_with_disk(self) -> DiffDialog:
        try:
            theirs = self.path.read_bytes()
        except OSError:
            theirs = b""
        return DiffDialog(self.window, theirs, jio.dumps(self.document), self.display_name())

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

        export_scene_interactive(self.window, self.export_folder(), self.display_name(), kind)

    def print_map(self) -> None:
        from jmap.gui.files.export_dialog import print_scene

        print_scene(self.window, page=self.settings.page_size)
