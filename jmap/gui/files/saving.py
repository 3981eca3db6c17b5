"""Save, Save As, Revert and the unsaved-changes prompt of one window's map (part of FileController)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

import jmap.io as jio
from jmap.gui.files.dialogs import ask, digest, show_error
from jmap.io.jsontext import read_file
from jmap.io.lock import DocumentLock, LockedError
from jmap.paths import resolved

translate = QCoreApplication.translate  # texts keep the "FileController" context of the class they serve


class SavingMixin:
    """Writing the map to its file and reading it back; mixed into FileController."""

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        if not self.is_unsaved():
            return True
        self.window.raise_()
        answer = ask(self.window, translate("FileController", "Unsaved changes"),
                     translate("FileController", "Save the changes to “{0}” before closing it?").format(
                         self.display_name()),
                     [("save", translate("FileController", "Save"), QMessageBox.ButtonRole.AcceptRole),
                      ("discard", translate("FileController", "Don't Save"), QMessageBox.ButtonRole.DestructiveRole),
                      ("cancel", translate("FileController", "Cancel"), QMessageBox.ButtonRole.RejectRole)],
                     QMessageBox.Icon.Warning,
                     informative=translate("FileController",
                                           "If you don't save, your changes since the last save are lost."))
        if answer == "save":
            return self.save()
        return answer == "discard"

    # ------------------------------------------------------------ revert
    def revert(self) -> bool:
        """Go back to the file on disk, after asking if that loses changes."""
        if self.path is None:
            return False
        if self.is_unsaved():
            answer = ask(self.window, translate("FileController", "Revert to saved"),
                         translate("FileController",
                                   "Discard your changes to “{0}” and go back to the saved file?").format(
                             self.display_name()),
                         [("discard", translate("FileController", "Discard Changes"),
                           QMessageBox.ButtonRole.DestructiveRole),
                          ("cancel", translate("FileController", "Cancel"), QMessageBox.ButtonRole.RejectRole)],
                         QMessageBox.Icon.Warning)
            if answer != "discard":
                return False
        return self.reload()

    def reload(self) -> bool:
        path = self.path
        try:
            raw = read_file(path)  # bounded: a device, a pipe or a link loop is refused, not read
            result = jio.loads(raw, str(path))
        except jio.JmapError as exc:
            show_error(self.window, translate("FileController", "Cannot reload"), str(exc))
            return False
        lock, read_only = self.lock, self.read_only
        self.lock = None  # keep our lock across the reload
        self.replace_document(result.document, path, lock=lock, read_only=read_only, disk_hash=digest(raw),
                              disk_bytes=raw)
        return True

    # ------------------------------------------------------------ saving
    def save(self) -> bool:
        if self.path is None or self.read_only:
            return self.save_as()
        if self.changed_on_disk(unloadable_is_change=True):
            return self.resolve_external_change(saving=True)
        return self.write_to(self.path)

    def save_as(self) -> bool:
        name = self.suggested_name or translate("FileController", "Untitled")
        start = str(self.path) if self.path else str(Path.home() / f"{name}.jmap")
        path, _ = QFileDialog.getSaveFileName(self.window, translate("FileController", "Save Map As"), start,
                                              translate("FileController", "jmap maps (*.jmap)"))
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() != ".jmap":
            path = path.with_name(path.name + ".jmap")
        same = self.path is not None and resolved(path) == resolved(self.path)
        if same and self.read_only:
            show_error(self.window, translate("FileController", "Opened read-only"),
                       translate("FileController", "“{0}” is open read-only because someone else has it open. "
                                 "Save your map under another name.").format(path.name))
            return False
        lock = self.lock if same else DocumentLock(path)
        if not same:
            try:
                lock.acquire()
            except LockedError as exc:
                show_error(self.window, translate("FileController", "File in use"),
                           translate("FileController",
                                     "“{0}” is opened by {1} on {2} since {3}. Choose another name.").format(
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
        from jmap.io.atomic import atomic_write  # not on the way to the first paint

        try:
            data = jio.dumps(self.document)  # raises UnwritableMapError (a SaveError) for a map that would not load
            atomic_write(path, data)  # the bytes hashed below are exactly the bytes on disk
        except jio.SaveError as exc:
            show_error(self.window, translate("FileController", "Could not save"), str(exc),
                       translate("FileController",
                                 "Your map is still open with all its changes. Try Save As to put it somewhere else."))
            return False
        self.disk_hash = self.disk_map_hash = digest(data)  # the bytes written are jmap's own form of the map
        self.stack.setClean()
        self.recovery.clear(self.recovery.key_for(self.window_id))
        self.settings.add_recent(path)
        self.update_title()
        return True
