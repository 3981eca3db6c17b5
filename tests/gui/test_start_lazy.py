"""What the editor leaves for later: not imported before the first paint, made the moment it is first used."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from gui_support import open_window
from jmap.io import load

EXAMPLES = Path(__file__).resolve().parents[2] / "templates" / "examples"

#: imported when first used, never on the way to the first paint
LAZY = ("importlib.metadata", "statistics", "jmap.gui.panels.compare", "jmap.core.diff", "jmap.io.link",
        "jmap.gui.app.presentation", "jmap.gui.panels.votes", "jmap.gui.files.export_dialog", "jmap.gui.app.prefs",
        "jmap.gui.files.gallery", "jmap.checks")


def _example() -> Path:
    return min(EXAMPLES.glob("*.jmap"), key=lambda p: p.stat().st_size)


def _modules_after(tmp_path, code: str, *args: str) -> set[str]:
    """The modules a child process holds at its end (the code prints them on exit)."""
    child = ("import atexit, sys\n"
             "atexit.register(lambda: print('MODULES', ' '.join(sorted(sys.modules)), flush=True))\n" + code)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path), JMAP_SETTINGS_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", child, *args], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    return set(line.split()[1:])


def test_opening_a_map_to_its_first_paint_imports_none_of_the_features_used_later(tmp_path):
    code = ("import runpy\n"
            "sys.argv = ['perf', '--first-paint', sys.argv[1], '1200x800']\n"
            "runpy.run_module('jmap.gui.app.perf', run_name='__main__')\n")
    modules = _modules_after(tmp_path, code, str(_example()))
    assert "jmap.gui.app.main_window" in modules and "jmap.gui.app.workshop" in modules  # it did open the map
    assert sorted(m for m in LAZY if m in modules) == []


def test_a_screenshot_of_a_map_imports_none_of_them_either(tmp_path):
    code = ("from jmap.gui.app.start import run\n"
            "status = run([sys.argv[1], '--screenshot', sys.argv[2], '--size', '1200x800'])\n"
            "assert status == 0, status\n")
    out = tmp_path / "shot.png"
    modules = _modules_after(tmp_path, code, str(_example()), str(out))
    assert out.stat().st_size > 0
    # the screenshot shows the coverage findings, so the checks are the one feature it loads
    assert sorted(m for m in LAZY if m in modules and m != "jmap.checks") == []


def test_the_votes_panel_is_made_when_its_dock_is_first_shown(qtbot):
    win = open_window(qtbot, doc=load(_example()).document)
    workshop, dock = win.workshop, win.docks["votes"]
    assert workshop._panel is None and workshop._votes is None and dock.widget() is None
    assert dock.visibleRegion().isEmpty() and not win.docks["coverage"].visibleRegion().isEmpty()  # behind its tab
    dock.raise_()  # as a click on its tab does
    qtbot.waitUntil(lambda: dock.widget() is not None)
    assert dock.widget() is workshop.panel and workshop.panel.isVisible()
    assert "No vote running" in workshop.panel.turn.text()
    assert workshop.panel.start_button.isEnabled()


def _active_window(qtbot):
    win = open_window(qtbot, doc=load(_example()).document)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # F7 is a window shortcut: it needs the active window
    return win


def test_end_vote_before_any_vote_does_nothing_and_makes_nothing(qtbot):
    win = _active_window(qtbot)
    qtbot.keyClick(win.view, Qt.Key_F7, Qt.ShiftModifier)
    assert win.workshop._votes is None


def test_f7_starts_a_vote_through_the_panel_made_on_first_use(qtbot, monkeypatch):
    from jmap.gui.panels import votes

    win = _active_window(qtbot)
    monkeypatch.setattr(votes.StartVoteDialog, "exec", lambda self: QDialog.Accepted)
    qtbot.keyClick(win.view, Qt.Key_F7)
    assert win.workshop.votes.running
    assert win.docks["votes"].widget() is win.workshop.panel and win.docks["votes"].isVisible()
    assert win.workshop.panel.start_button.text() == "End vote"
    qtbot.keyClick(win.view, Qt.Key_F7, Qt.ShiftModifier)
    assert not win.workshop.votes.running


def test_the_compare_actions_are_there_at_start_and_import_compare_when_chosen(qtbot, monkeypatch):
    win = open_window(qtbot, doc=load(_example()).document)
    action = win.findChild(QAction, "compare_compare")
    assert action is not None and win.findChild(QAction, "compare_new_future") is not None
    from jmap.gui.panels import compare

    shown = []
    monkeypatch.setattr(compare, "show_compare", lambda window: shown.append(window))
    action.trigger()
    assert shown == [win]


def test_opening_a_map_does_not_write_it_out_to_hash_it_and_the_hash_comes_when_needed(manager, monkeypatch, tmp_path):
    import json

    import jmap.io as jio
    from jmap.gui.files import controller, dialogs

    path = tmp_path / "example.jmap"
    path.write_bytes(_example().read_bytes())
    hashed = []
    monkeypatch.setattr(controller, "map_digest", lambda doc: hashed.append(doc) or dialogs.map_digest(doc))
    window = manager.open_path(path)
    ctrl = manager.controller_of(window)
    assert hashed == []  # not on the way to the first paint
    window.editor.add_stage(name="Mine")  # the map in the window is no longer the one on disk
    # the hash is that of the map the loaded bytes hold, not of the edited map
    assert ctrl.disk_map_hash == dialogs.map_digest(jio.load(path).document) != dialogs.map_digest(window.document)
    assert len(hashed) == 1

    # the same map written with other bytes is no change to ask about; another map is
    ctrl.watcher.removePaths(ctrl.watcher.files())  # asked directly below, not through the watcher's prompt
    path.write_text(json.dumps(json.loads(path.read_bytes()), indent=4, ensure_ascii=False), "utf-8")
    assert not ctrl.changed_on_disk(unloadable_is_change=True)
    doc = jio.load(path).document
    doc.meta.title = "Their title"
    path.write_bytes(jio.dumps(doc))
    assert ctrl.changed_on_disk(unloadable_is_change=True)


def test_a_map_opened_from_a_file_is_checked_once_after_its_first_paint(manager, monkeypatch, qtbot, tmp_path):
    from jmap.gui.panels import coverage

    path = tmp_path / "example.jmap"
    path.write_bytes(_example().read_bytes())
    calls = []
    real = coverage.run_checks
    monkeypatch.setattr(coverage, "run_checks", lambda doc: calls.append(doc) or real(doc))
    window = manager.open_path(path)
    assert calls == [] and not window.view.painted  # nothing is checked before the map is on screen
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    assert window.view.painted and calls == [window.document]
    qtbot.wait(600)  # (the debounce is 250 ms: nothing else may follow)
    assert len(calls) == 1 and window.coverage_panel.summary.text()
