"""Presentation mode: F5 shows the map full screen stage by stage in large type; Escape comes back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from gui_support import open_window
from jmap.io import dumps


def _window(qtbot, size=(1366, 768)):
    win = open_window(qtbot, size)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # F5 is a window shortcut: it needs the active window
    return win


def _present(qtbot, win):
    qtbot.keyClick(win.view, Qt.Key_F5)
    view = win.workshop.presentation
    assert view is not None
    qtbot.waitExposed(view)
    return view


def test_f5_presents_full_screen_arrows_step_through_stages_and_escape_returns(qtbot):
    win = _window(qtbot)
    doc = win.document
    win.scene.select_ids([doc.touchpoints[0].id])
    before = dumps(doc)
    view = _present(qtbot, win)
    assert view.isFullScreen() and view.isVisible()
    assert view.stage_id == doc.touchpoints[0].stage
    start = view.stage
    qtbot.keyClick(view, Qt.Key_Right)
    assert view.stage == start + 1
    qtbot.keyClick(view, Qt.Key_Left)
    qtbot.keyClick(view, Qt.Key_Left)  # at the first stage it stays there
    assert view.stage == max(0, start - 1)
    qtbot.keyClick(view, Qt.Key_End)
    assert view.stage_id == doc.stages[-1].id
    qtbot.keyClick(view, Qt.Key_Space)  # past the last stage it stays there
    assert view.stage == len(doc.stages) - 1
    qtbot.keyClick(view, Qt.Key_Home)
    assert view.stage == 0
    # a click on a stage name at the top goes to that stage
    qtbot.mouseClick(view, Qt.LeftButton, Qt.NoModifier, QPoint(int(view.width() * 2.5 / len(doc.stages)), 10))
    assert view.stage == 2
    # the arrows stepped through the stages: the selected card did not move
    assert dumps(doc) == before
    qtbot.keyClick(view, Qt.Key_Escape)
    qtbot.waitUntil(lambda: win.workshop.presentation is None)
    assert not _alive(view) or not view.isVisible()
    assert win.isVisible()


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_the_current_stage_is_lit_the_others_dimmed_and_the_type_is_large(qtbot):
    win = _window(qtbot)
    doc = win.document
    view = _present(qtbot, win)
    view.resize(1366, 768)
    qtbot.keyClick(view, Qt.Key_Home)
    qtbot.keyClick(view, Qt.Key_Right)
    image = view.grab().toImage()
    n = len(doc.stages)
    column = view.width() / n
    # the tab of the current stage is light on the navy band; the others stay navy
    lit = image.pixelColor(int(column * 1.5), 8)
    dark = image.pixelColor(int(column * 3.5), 8)
    assert lit.lightness() > 200 and dark == QColor("#243B53")
    # the emotion band: the current column is highlighted, the others veiled towards white
    y = int(view.height() * 0.97)
    assert image.pixelColor(int(column * 1.5), y) == QColor("#E3F2FD")
    # card text for a projector: at least 14 px on a 768-px-high screen, more than twice the
    # size of a card title on the canvas fitted to the same screen (9 map units at fit zoom)
    win.view.fit()
    assert view.item_px >= 14 and view.item_px > 2 * 9 * win.view.zoom()
    qtbot.keyClick(view, Qt.Key_F5)  # F5 leaves too
    qtbot.waitUntil(lambda: win.workshop.presentation is None)


def test_dots_and_timer_show_in_the_presentation(qtbot):
    win = _window(qtbot)
    doc = win.document
    tp = doc.touchpoints[0]
    win.editor.add_vote(tp.id, "Ann")
    win.editor.add_vote(tp.id, "Bo")
    view = _present(qtbot, win)
    qtbot.keyClick(view, Qt.Key_F6)  # the timer keys work while presenting
    assert win.workshop.timer.running
    qtbot.keyClick(view, Qt.Key_F6, Qt.ShiftModifier)
    assert not win.workshop.timer.running
    view.show_stage(doc.stage_index()[tp.stage])
    image = view.grab().toImage()
    orange = sum(1 for x in range(0, view.width(), 4) for y in range(0, int(view.height() * 0.7), 4)
                 if image.pixelColor(x, y) == QColor("#D55E00"))
    assert orange > 10  # the dot badge with the count is drawn on the voted card
    view.close()


def test_a_map_without_stages_or_after_its_stages_went_still_presents(qtbot):
    from jmap.core.document import Document
    from jmap.core.model import Stage

    win = _window(qtbot)
    view = _present(qtbot, win)
    qtbot.keyClick(view, Qt.Key_End)
    smaller = Document()
    smaller.append("stages", Stage("stage-1", name="Oppdage"))
    smaller.append("stages", Stage("stage-2", name="Kjøpe"))
    win.editor.set_document(smaller)  # another map while presenting, with fewer stages
    view.grab()
    assert view.stage_id == "stage-2"
    win.editor.set_document(Document())  # no stages at all
    view.grab()
    qtbot.keyClick(view, Qt.Key_Right)
    assert view.stage_id is None
    qtbot.keyClick(view, Qt.Key_Escape)
    qtbot.waitUntil(lambda: win.workshop.presentation is None)
