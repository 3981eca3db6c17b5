"""The open windows of one jmap process: opening files, locks, recovery at start, quitting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

import jmap.io as jio
from jmap.gui.files.controller import FileController
from jmap.gui.files.dialogs import ask, digest, show_error
from jmap.gui.app.settings import Settings
from jmap.gui.app.signals import close_modal_dialogs
from jmap.io.jsontext import read_file
from jmap.io.lock import DocumentLock, LockedError
from jmap.io.recovery import RecoveryArea
from jmap.paths import resolved


def _default_window_factory(document, path):
    from jmap.gui.app.main_window import MainWindow

    return MainWindow(document, path)


class WindowManager(QObject):
    """Creates a MainWindow and its FileController per map and keeps track of them."""

    def __init__(self, settings: Settings | None = None, window_factory=None, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.window_factory = window_factory or _default_window_factory
        self.recovery = RecoveryArea()
        self.controllers: list[FileController] = []
        #: True once asked to end without a user (SIGTERM): start-up shows nothing more
        self.terminating = False

    @property
    def windows(self) -> list:
        return [c.window for c in self.controllers]

    def controller_of(self, window) -> FileController | None:
        return next((c for c in self.controllers if c.window is window), None)

    def find(self, path) -> FileController | None:
        target = resolved(path)
        return next((c for c in self.controllers if c.path is not None and resolved(c.path) == target), None)

    # ------------------------------------------------------------ windows
    def new_window(self, doc, path=None, **controller_args):
        window = self.window_factory(doc, str(path) if path else None)
        controller = FileController(window, self, **controller_args)
        controller.closed.connect(self._forget)
        self.controllers.append(controller)
        window.show()
        return window

    def _forget(self, window) -> None:
        """A window was allowed to close: drop it and free it (its undo history is over)."""
        self.controllers = [c for c in self.controllers if c.window is not window]
        # Emptied first: a stack destroyed with commands emits indexChanged into a dying Editor.
        window.editor.undo_stack.clear()
        window.deleteLater()

    def new_from_gallery(self, parent=None):
        """Ask for a template or example and open it in a new window (None if cancelled)."""
        from jmap.gui.files.gallery import choose_template

        chosen = choose_template(parent or (self.windows[-1] if self.windows else None), self.settings)
        if chosen is None:
            return None
        if isinstance(chosen, Path):  # Open… or a recent map in the gallery
            return self.open_path(chosen, near=parent)
        doc, name = chosen
        return self.new_window(doc, None, suggested_name=name)

    # ------------------------------------------------------------ opening
    def open_paths(self, paths, near=None) -> list:
        """Open several maps, one window each; a failure leaves the others (and open maps) alone."""
        opened = []
        for path in paths:
            if self.terminating:
                break
            window = self.open_path(path, near=near)
            if window is not None:
                opened.append(window)
        return opened

    def open_path(self, path, near=None):
        """Open one map: an open window for it is raised; bad files and locks are explained first."""
        path = Path(path).expanduser().absolute()
        existing = self.find(path)
        if existing is not None:
            existing.window.show()
            existing.window.raise_()
            existing.window.activateWindow()
            return existing.window
        parent = near or (self.windows[-1] if self.windows else None)
        loaded = self._load(path, parent)
        if loaded is None:
            return None
        result, raw = loaded
        lock, read_only = self._lock(path, parent)
        if lock is None and not read_only:
            return None
        self.settings.add_recent(path)
        args = dict(lock=lock if not read_only else None, read_only=read_only, disk_hash=digest(raw), disk_bytes=raw)
        near_controller = self.controller_of(near) if near is not None else None
        if near_controller is not None and near_controller.is_replaceable():
            near_controller.replace_document(result.document, path, **args)
            return near_controller.window
        return self.new_window(result.document, path, **args)

    def _load(self, path: Path, parent):
        """(LoadResult, bytes) or None after telling the user what is wrong."""
        try:
            # The loader's bounded reader: a device, a pipe, a link loop or a huge file is refused
            # with a message naming it, before a byte is read; nothing can hang or fill memory.
            raw = read_file(path)
            result = jio.loads(raw, str(path))
        except jio.NewerVersionError as exc:
            show_error(parent, self.tr("Made with a newer jmap"),
                       self.tr("“{0}” was saved by a newer version of jmap. Install the newest jmap to "
                               "open it.").format(path.name), str(exc))
            return None
        except jio.JmapError as exc:
            if not path.exists():
                self.settings.remove_recent(path)
            show_error(parent, self.tr("Cannot open map"),
                       self.tr("“{0}” cannot be opened.").format(path.name), str(exc))
            return None
        if result.warnings:
            shown = "\n".join(f"{path.name}: {w}" for w in result.warnings[:8])
            more = len(result.warnings) - 8
            if more > 0:
                shown += "\n" + self.tr("… and {0} more").format(more)
            answer = ask(parent, self.tr("Problems in map"),
                         self.tr("“{0}” has problems that jmap can repair by leaving things out:").format(path.name),
                         [("open", self.tr("Open Anyway"), QMessageBox.ButtonRole.AcceptRole),
                          ("cancel", self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)],
                         QMessageBox.Icon.Warning, informative=shown,
                         detail="\n".join(f"{path}: {w}" for w in result.warnings))
            if answer != "open":
                return None
        return result, raw

    def _lock(self, path: Path, parent):
        """(lock, read_only): (None, False) means cancel."""
        lock = DocumentLock(path)
        try:
            lock.acquire()
            return lock, False
        except LockedError as exc:
            info = exc.info
            answer = ask(parent, self.tr("Map in use"),
                         self.tr("“{0}” is opened by {1} on {2} since {3}.").format(
                             path.name, info.user, info.host, info.local_time()),
                         [("read_only", self.tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole),
                          ("anyway", self.tr("Open Anyway"), QMessageBox.ButtonRole.DestructiveRole),
                          ("cancel", self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)],
                         QMessageBox.Icon.Warning,
                         informative=self.tr("If you both change it, one of you will have to save under "
                                             "another name."))
        if answer == "read_only":
            return None, True
        if answer == "anyway":
            lock.acquire(force=True)
            return lock, False
        return None, False

    # ------------------------------------------------------------ start and quit
    def check_recovery(self, parent=None) -> list:
        """Offer each map left by a crashed editor: Recover, Discard or Decide Later."""
        opened = []
        for entry in self.recovery.orphans():
            if self.terminating:
                break
            original = entry.original or self.tr("a map that was never saved")
            answer = ask(parent, self.tr("Recover unsaved work"),
                         self.tr("jmap stopped before “{0}” was saved.").format(entry.title or Path(original).name),
                         [("recover", self.tr("Recover"), QMessageBox.ButtonRole.AcceptRole),
                          ("discard", self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole),
                          ("later", self.tr("Decide Later"), QMessageBox.ButtonRole.RejectRole)],
                         informative=self.tr("Autosaved at {0} from {1}.").format(entry.local_time(), original))
            if answer == "discard":
                self.recovery.clear(entry.key)
            elif answer == "recover":
                window = self._recover(entry, parent)
                if window is not None:
                    opened.append(window)
        return opened

    def _recover(self, entry, parent):
        try:
            doc = self.recovery.load(entry).document
        except jio.JmapError as exc:
            show_error(parent, self.tr("Cannot recover"), str(exc))
            return None
        path = Path(entry.original) if entry.original else None
        name = path.stem if path is not None else ""
        lock, read_only, disk_hash = None, False, None
        if path is not None and path.exists():
            try:
                disk_hash = digest(read_file(path))  # bounded, like every read of a map
            except jio.JmapError as exc:  # no longer a map file (a device, a pipe...): recover untitled
                show_error(parent, self.tr("Cannot open map"), self.tr("“{0}” cannot be opened.").format(path.name),
                           str(exc))
                path = None
        if path is not None and path.exists():
            lock, read_only = self._lock(path, parent)
            if lock is None and not read_only:
                return None
        window = self.new_window(doc, path if path is not None and path.exists() else None,
                                 lock=lock, read_only=read_only, disk_hash=disk_hash,
                                 suggested_name=name)
        controller = self.controller_of(window)
        controller.mark_recovered()
        self.recovery.clear(entry.key)
        return window

    def startup(self, paths=()) -> list:
        """What jmap does when it starts: recovery, then the files named, else the gallery."""
        opened = self.check_recovery()
        opened += self.open_paths(paths)
        if not self.windows and not self.terminating:
            window = self.new_from_gallery()
            if window is None and not self.terminating:
                window = self.new_window(_blank_document())
            if window is not None:
                opened.append(window)
        return opened

    def close_all(self) -> bool:
        """Close every window, asking per unsaved map; False (nothing more closed) on Cancel."""
        for controller in list(self.controllers):
            if not controller.window.close():
                return False
        return True

    def quit(self) -> None:
        if self.close_all():
            QApplication.quit()

    def terminate(self) -> None:
        """Asked to end without a user to answer (SIGTERM, SIGINT): nothing unsaved is lost.

        Unsaved maps go to the recovery area (offered at the next start) and every lock
        beside a shared file is released; no dialog is shown, and any dialog on screen
        (a start-up question, the gallery) is closed so its ``exec()`` returns.
        """
        self.terminating = True
        for controller in list(self.controllers):
            controller.save_for_recovery_and_let_go()
        close_modal_dialogs()
        QApplication.exit(0)

    def show_preferences(self) -> None:
        from jmap.gui.app.prefs import PreferencesDialog

        dialog = PreferencesDialog(self.windows[-1] if self.windows else None, self.settings)
        if dialog.exec():
            for controller in self.controllers:
                controller.apply_settings()


def _blank_document():
    from jmap.core.document import Document

    return Document()


def prepare(app) -> WindowManager:
    """The window manager, in the user's language, before any window or dialog."""
    from jmap.gui.i18n import install_translator

    settings = Settings()
    install_translator(app, settings.language)
    return WindowManager(settings, parent=app)


def start(app, paths=()) -> WindowManager:
    """All jmap does at start once the QApplication exists: language, recovery, the files, else the gallery."""
    manager = prepare(app)
    manager.startup(paths)
    return manager
