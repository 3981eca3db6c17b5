"""Window sizing and steady chrome: the first window fits the available screen, later ones reopen where the last closed."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from jmap.gui import tr

PREFERRED = QSize(1400, 900)
#: room left for the window frame and title bar, which resize() does not count
FRAME = QSize(16, 48)
_KEY = "window/geometry"


def _store() -> QSettings:
    from jmap.gui.app.settings import settings_file

    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def first_geometry(available: QRect) -> QRect:
    """The preferred size, never larger than the available screen (less the frame), centred on it."""
    width = max(320, min(PREFERRED.width(), available.width() - FRAME.width()))
    height = max(240, min(PREFERRED.height(), available.height() - FRAME.height()))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def available_rect(window) -> QRect:
    screen = window.screen() or QApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def size_window(window) -> None:
    """Give a new main window its size: the remembered geometry, else the first-window size."""
    saved = _store().value(_KEY)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        available = available_rect(window)
        if window.width() <= available.width() and window.height() <= available.height():
            return
    geometry = first_geometry(available_rect(window))
    window.resize(geometry.size())
    window.move(geometry.topLeft())


def remember(window) -> None:
    """Keep a closing window's geometry for the next window that opens."""
    store = _store()
    store.setValue(_KEY, window.saveGeometry())
    store.sync()


def steady_undo_actions(window, stack) -> list[QAction]:
    """Toolbar Undo and Redo that keep their one word (the step goes in the tooltip), so the
    buttons after them do not move as the step names change length."""
    actions = []
    for text, enabled, enabled_changed, step_changed, do in (
            (tr("Undo"), stack.canUndo(), stack.canUndoChanged, stack.undoTextChanged, stack.undo),
            (tr("Redo"), stack.canRedo(), stack.canRedoChanged, stack.redoTextChanged, stack.redo)):
        action = QAction(text, window)
        action.setEnabled(enabled)
        action.setToolTip(text)
        enabled_changed.connect(action.setEnabled)
        step_changed.connect(lambda step, a=action, t=text: isValid(a) and a.setToolTip(f"{t} {step}".strip()))
        action.triggered.connect(lambda _checked=False, do=do: do())
        actions.append(action)
    return actions
