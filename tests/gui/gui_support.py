"""Helpers shared by the canvas and panel tests (no tests here)."""


def open_window(qtbot, size=(1900, 1300), actual_size: bool = False, doc=None):
    """A shown MainWindow on ``doc`` (the starter map by default), registered with qtbot;
    at 100 % zoom if asked."""
    from jmap.gui.app.main_window import MainWindow
    from jmap.core.starter import starter_map

    win = MainWindow(doc if doc is not None else starter_map())
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    if actual_size:
        win.view.set_zoom(1.0)
        win.view.centerOn(win.scene.layout.width / 2, win.scene.layout.height / 2)
    return win
