"""Autosave of unsaved work to the recovery area, never beside the file (part of FileController)."""

from __future__ import annotations

from PySide6.QtCore import QTimer

import jmap.io as jio


class AutosaveMixin:
    """Follows the undo stack: unsaved work is autosaved on a timer; mixed into FileController."""

    def _make_autosave_timer(self) -> None:
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.apply_settings()

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
        self.disk_map_hash = None  # the map in the window is not the one on disk: compare bytes only
        self.dirty_since_autosave = True
        self.update_title()
        self.autosave_now()
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def save_for_recovery_and_let_go(self) -> None:
        """The process is being ended (logout, kill -TERM): keep unsaved work for recovery, free the lock."""
        self.autosave_timer.stop()
        if self.is_unsaved():
            self.dirty_since_autosave = True
            self.autosave_now()
        self._release_lock()
