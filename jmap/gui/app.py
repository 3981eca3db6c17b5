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
        from jmap.gui.starter import starter_map

        return starter_map()


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jmap.gui import tr
    from jmap.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("jmap")
    app.setOrganizationName("jmap")
    windows = []
    status = 0
    for name in args.files:
        try:
            result = load(name)
        except JmapError as exc:
            status = 2
            if args.screenshot:
                print(f"jmap: {exc}", file=sys.stderr)
            else:
                QMessageBox.warning(None, tr("Cannot open map"), str(exc))
            continue
        windows.append(MainWindow(result.document, Path(name)))
    if not windows and (not args.files or not args.screenshot):
        windows.append(MainWindow(new_document()))
    if not windows:
        return status
    for window in windows:
        window.resize(args.width, args.height)
        window.show()
        window.view.fit()
    if args.screenshot:
        window = windows[0]
        window.coverage_panel.recheck()  # findings are shown in the picture too
        app.processEvents()
        window.view.fit()
        app.processEvents()
        if not window.grab().save(args.screenshot):
            print(f"jmap: cannot write {args.screenshot}", file=sys.stderr)
            return 2
        return status
    run.windows = windows  # type: ignore[attr-defined]  # keep them alive
    return app.exec()
