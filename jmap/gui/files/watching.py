"""The lock beside the file and the watch for changes others make on disk (part of FileController)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

import jmap.io as jio
from jmap.gui.files.dialogs import DiffDialog, ask, file_digest, read_map_bytes

translate = QCoreApplication.translate  # texts keep the "FileController" context of the class they serve


class WatchingMixin:
    """Holds the lock and notices outside changes; never overwrites them. Mixed into FileController."""

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
