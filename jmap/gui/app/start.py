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
        from jmap.gui.app.windows import prepare

        opener = claim(app, args.files)  # None: a running jmap took the files
        if opener is None:
            return 0
        # Before any lock is taken or dialog shown: a signal in the gallery or an error box ends jmap too.
        ending = _end_on_signals(app)
        manager = run.manager = prepare(app)  # type: ignore[attr-defined]
        if ending is not None:
            ending.manager = manager
        # crash recovery, one window per file (bad files get a dialog), else the gallery
        manager.startup([Path(name) for name in args.files])
        if manager.terminating:  # a signal ended it during start-up: the event loop must not start
            return 0
        opener.attach(manager)  # maps from Finder or a later `jmap FILE` open in new windows
        return app.exec()
    return _screenshot(app, args)


def _end_on_signals(app):
    """SIGTERM/SIGINT end jmap through the window manager (autosave, release locks), not mid-save.

    Returns the SignalEnd; set its ``manager`` once the window manager exists.
    """
    from jmap.gui.app.signals import SignalEnd

    return SignalEnd(app)


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
    window.scene.finish_flows()  # a big map's cards, notes and flows left for after the first paint
    window.view.fit()
    app.processEvents()
    if not window.grab().save(args.screenshot):
        print(f"jmap: cannot write {args.screenshot}", file=sys.stderr)
        return 2
    return status
