"""The lock beside the file and the watch for changes others make on disk (part of FileController)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QTimer
from PySide6.QtWidgets import QMessageBox

import jmap.io as jio
from jmap.gui.files.dialogs import DiffDialog, ask, digest, map_digest, read_map_bytes

translate = QCoreApplication.translate  # texts keep the "FileController" context of the class they serve


class WatchingMixin:
    """Holds the lock and notices outside changes; never overwrites them. Mixed into FileController."""

    def _make_watcher(self) -> None:
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_file_changed)

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _watch(self) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if self.path is not None and self.path.exists():
            self.watcher.addPath(str(self.path))

    def _on_file_changed(self, _name: str) -> None:
        # Atomic saves replace the file, which drops it from the watcher: watch it again.
        if self.path is not None and self.path.exists() and str(self.path) not in self.watcher.files():
            self.watcher.addPath(str(self.path))
        if self.external_pending or not self.changed_on_disk(unloadable_is_change=False):
            return
        self.external_pending = True
        QTimer.singleShot(0, self._external_prompt)

    def _external_prompt(self) -> None:
        try:
            if self.changed_on_disk(unloadable_is_change=False):
                self.resolve_external_change(saving=False)
        finally:
            self.external_pending = False

    def changed_on_disk(self, unloadable_is_change: bool) -> bool:
        """True when the file holds another map than the one last loaded or saved here.

        Content decides, never time stamps: the same bytes are no change, and neither are
        other bytes of the same map (line endings, spacing: their hash becomes the known one).
        A missing or unreadable file is no change. A file that does not load is most likely
        still being written: no change for the watcher (its next notice looks again), but a
        change for Save, which must never write over what it cannot compare.
        """
        raw = read_map_bytes(self.path) if self.path is not None else None
        if raw is None or self.disk_hash is None:
            return False
        current = digest(raw)
        if current == self.disk_hash:
            return False
        try:
            theirs = map_digest(jio.loads(raw, str(self.path)).document)
        except jio.JmapError:
            return unloadable_is_change
        if theirs is not None and theirs == self.disk_map_hash:
            self.disk_hash = current
            return False
        return True

    def resolve_external_change(self, saving: bool) -> bool:
        """Someone else changed the file: Reload, Keep Mine (Save As), Compare; never overwrite."""
        while True:
            text = translate("FileController", "“{0}” was changed on disk by someone else.").format(
                self.display_name())
            info = (translate("FileController", "Saving now would overwrite their changes. Reload their version, "
                              "keep yours under another name, or compare the two.") if saving else
                    translate("FileController",
                              "Reload their version, keep yours under another name, or compare the two."))
            answer = ask(self.window, translate("FileController", "File changed on disk"), text,
                         [("keep", translate("FileController", "Keep Mine (Save As…)"),
                           QMessageBox.ButtonRole.AcceptRole),
                          ("reload", translate("FileController", "Reload"), QMessageBox.ButtonRole.DestructiveRole),
                          ("compare", translate("FileController", "Compare…"), QMessageBox.ButtonRole.ActionRole),
                          ("cancel", translate("FileController", "Not Now"), QMessageBox.ButtonRole.RejectRole)],
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
        theirs = read_map_bytes(self.path) or b""  # a file that cannot be read shows as empty
        return DiffDialog(self.window, theirs, jio.dumps(self.document), self.display_name())
