"""Maps open fitted to the window on every path; windows fit the screen and remember their place."""

from PySide6.QtCore import QRect, QRectF

from jmap.gui.app import screen
from jmap.io import load, save
from jmap.io.templates import example_paths


def _shows_whole_map(window) -> bool:
    view, layout = window.view, window.scene.layout
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return shown.contains(QRectF(0, 0, layout.width, layout.height))


def test_jmap_file_opens_fitted(qtbot, manager, tmp_path):
    path = tmp_path / "shop.jmap"
    save(load(example_paths()[0]).document, path)
    window = manager.open_path(path)
    qtbot.waitExposed(window)
    window.resize(1300, 760)
    qtbot.waitUntil(lambda: _shows_whole_map(window))
    assert window.view.zoom() < 1.0
    # the first stage is not hidden under the lane names: its left edge is right of them
    layout = window.scene.layout
    first = window.view.mapFromScene(layout.stage_x[0], 0)
    assert first.x() >= layout.lane_header_w * window.view.zoom() - 1


def test_a_map_opened_into_a_blank_window_is_fitted(qtbot, manager, tmp_path):
    path = tmp_path / "shop.jmap"
    save(load(example_paths()[0]).document, path)
    first = manager.new_window(load(example_paths()[0]).document)
    qtbot.waitExposed(first)
    first.view.zoom_reset()  # the user zoomed: no more fitting on resize
    first.resize(1200, 800)
    assert first.view.zoom() == 1.0
    second = manager.open_path(path)
    qtbot.waitExposed(second)
    assert _shows_whole_map(second)


def test_fit_follows_the_window_until_the_user_zooms(qtbot, manager):
    window = manager.new_window(load(example_paths()[0]).document)
    qtbot.waitExposed(window)
    window.resize(1000, 700)
    small = window.view.zoom()
    window.resize(1350, 720)
    assert window.view.zoom() > small and _shows_whole_map(window)
    window.view.zoom_in()
    zoom = window.view.zoom()
    window.resize(1000, 700)
    assert window.view.zoom() == zoom


def test_first_window_never_larger_than_the_screen():
    laptop = QRect(0, 0, 1366, 740)  # 1366x768 less a panel
    rect = screen.first_geometry(laptop)
    assert rect.width() + screen.FRAME.width() <= 1366 and rect.height() + screen.FRAME.height() <= 740
    assert laptop.contains(rect)
    big = screen.first_geometry(QRect(0, 0, 2560, 1400))
    assert (big.width(), big.height()) == (screen.PREFERRED.width(), screen.PREFERRED.height())


def test_every_dock_and_control_fits_a_1366x768_screen(qtbot):
    from gui_support import open_window

    window = open_window(qtbot, size=(1350, 700))
    hint = window.minimumSizeHint()
    assert hint.width() <= 1350 and hint.height() <= 700, hint
    assert window.width() <= 1350 and window.height() <= 700
    for dock in window.docks.values():
        assert dock.isVisible()
        if dock.visibleRegion().isEmpty():  # behind another dock's tab: reachable through that tab
            shown = [d for d in window.tabifiedDockWidgets(dock) if not d.visibleRegion().isEmpty()]
            assert shown, dock.objectName()
            dock = shown[0]
        geometry = dock.geometry()
        assert window.rect().contains(geometry), (dock.objectName(), geometry)
    toolbar = window.toolbar.geometry()
    assert window.rect().contains(toolbar)


def test_later_windows_reopen_where_the_last_closed(qtbot, manager):
    first = manager.new_window(load(example_paths()[0]).document)
    qtbot.waitExposed(first)
    first.resize(720, 560)
    first.close()
    second = manager.new_window(load(example_paths()[0]).document)
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (720, 560)


def test_a_fitted_map_that_grows_is_fitted_again_until_the_user_zooms(qtbot, manager):
    window = manager.new_window(load(example_paths()[0]).document)
    qtbot.waitExposed(window)
    window.resize(1300, 760)
    doc = window.document
    lane = next(lane.id for lane in doc.lanes if lane.kind == "touchpoints")
    before = window.view.zoom()
    for i in range(12):
        window.editor.add_touchpoint(doc.stages[0].id, lane, f"Card {i}")
    assert window.view.zoom() < before and _shows_whole_map(window)
    window.view.zoom_in()
    zoom = window.view.zoom()
    window.editor.add_touchpoint(doc.stages[0].id, lane, "One more")
    assert window.view.zoom() == zoom
