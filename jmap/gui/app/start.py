"""``jmap [FILE ...] [--screenshot OUT.png] [--size WxH]``: start the editor."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from jmap.io import JmapError, load


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jmap", description="Open journey maps in the jmap editor.")
    parser.add_argument("files", nargs="*", metavar="FILE", help=".jmap files to open")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    parser.add_argument("--size", default="1600x1000", metavar="WxH", help="window size (default 1600x1000)")
    args = parser.parse_args(argv)
    try:
        w, h = (int(v) for v in args.size.lower().split("x"))
        if not (200 <= w <= 8000 and 200 <= h <= 8000):
            raise ValueError
    except ValueError:
        parser.exit(2, f"jmap: error: --size must look like 1600x1000, not {args.size!r}\n")
    args.width, args.height = w, h
    return args


def new_document():
    """A new map: the current-state template, or an empty map if templates are missing."""
    from jmap.io.templates import new_from_template

    try:
        return new_from_template("current-state")
    except (JmapError, OSError, KeyError):
        from jmap.core.starter import starter_map

        return starter_map()


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("jmap")
    app.setOrganizationName("jmap")
    from jmap.gui.app.instance import app_icon, claim

    app.setWindowIcon(app_icon())
    if not args.screenshot:
        from jmap.gui.app.windows import start

        opener = claim(app, args.files)  # None: a running jmap took the files
        if opener is None:
            return 0
        # language, crash recovery, one window per file (bad files get a dialog), else the gallery
        managers: list = []
        _end_on_signals(app, managers)  # before any lock is taken
        run.manager = start(app, [Path(name) for name in args.files])  # type: ignore[attr-defined]
        managers.append(run.manager)  # type: ignore[attr-defined]
        opener.attach(run.manager)  # maps from Finder or a later `jmap FILE` open in new windows
        return app.exec()
    return _screenshot(app, args)


def _end_on_signals(app, managers: list) -> None:
    """SIGTERM/SIGINT end jmap through the window manager (autosave, release locks), not mid-save.

    ``managers`` gets the window manager once it exists; a signal during start-up is
    acted on as soon as the event loop runs.
    """
    import signal

    from PySide6.QtCore import QTimer

    def handler(_signum, _frame) -> None:
        QTimer.singleShot(0, lambda: managers[0].terminate() if managers else app.exit(0))

    for name in ("SIGTERM", "SIGINT"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handler)
    # Python runs signal handlers only between bytecodes: a light timer lets it in while Qt waits.
    app._signal_tick = QTimer(app)  # type: ignore[attr-defined]
    app._signal_tick.timeout.connect(lambda: None)  # type: ignore[attr-defined]
    app._signal_tick.start(250)  # type: ignore[attr-defined]


def _screenshot(app, args) -> int:
    """Render the first map's window offscreen to a PNG and return the exit status."""
    from jmap.gui.app.main_window import MainWindow

    window = None
    status = 0
    for name in args.files:
        try:
            window = MainWindow(load(name).document, Path(name))
            break
        except JmapError as exc:
            status = 2
            print(f"jmap: {exc}", file=sys.stderr)
    if window is None:
        if args.files:
            return status
        window = MainWindow(new_document())
    window.resize(args.width, args.height)
    window.show()
    window.coverage_panel.recheck()  # findings are shown in the picture too
    app.processEvents()
    window.view.fit()
    app.processEvents()
    if not window.grab().save(args.screenshot):
        print(f"jmap: cannot write {args.screenshot}", file=sys.stderr)
        return 2
    return status
