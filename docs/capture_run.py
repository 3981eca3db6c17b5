"""Scripted keyboard capture under a real X display: 30 touchpoints over 6 stages, keys only.

A developer tool, not a test (the test suite runs offscreen). Needs Xvfb, openbox and xdotool:

    apt-get install -y xvfb xdotool openbox libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 imagemagick
    python docs/capture_run.py [--display :57] [--shot docs/screenshot-1366.png]

It starts a 1366x768 X server with a window manager, opens a six-stage map with ``jmap FILE``,
types the cards with xdotool (Ctrl+T, the title, Enter; Alt+Right to the next stage), saves
with Ctrl+S, reads the file back, prints the keystroke count and the time, and takes a
screenshot of the screen.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jmap.core.document import Document  # noqa: E402
from jmap.core.model import Lane, LaneKind, MapMeta, Stage  # noqa: E402
from jmap.io import load, save  # noqa: E402

STAGES = ("Discover", "Compare", "Visit", "Buy", "Use", "Return")
TITLES = ("Poster", "Website", "Review", "Friend", "Advert")


def _map(path: Path) -> None:
    doc = Document(MapMeta(title="Workshop capture"))
    for i, name in enumerate(STAGES):
        doc.append("stages", Stage(f"s{i + 1}", name=name))
    doc.append("lanes", Lane("actions", kind=LaneKind.CUSTOMER_ACTIONS.value, title="Customer actions"))
    doc.append("lanes", Lane("touchpoints", kind=LaneKind.TOUCHPOINTS.value, title="Touchpoints"))
    doc.append("lanes", Lane("thoughts", kind=LaneKind.THOUGHTS.value, title="Thoughts"))
    doc.append("lanes", Lane("pains", kind=LaneKind.PAIN_POINTS.value, title="Pain points"))
    save(doc, path)


def _xdotool(env, *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", default=":57")
    parser.add_argument("--shot", default=str(ROOT / "docs" / "screenshot-1366.png"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="jmap-capture-"))
    path = work / "capture.jmap"
    _map(path)
    env = dict(os.environ, DISPLAY=args.display, JMAP_SETTINGS_DIR=str(work / "settings"),
               PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="xcb")
    procs = [subprocess.Popen(["Xvfb", args.display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])]
    try:
        time.sleep(1.0)
        procs.append(subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(1.0)
        procs.append(subprocess.Popen([sys.executable, "-m", "jmap", str(path)], env=env))
        window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "capture.jmap"],
                                env=env, capture_output=True, text=True, check=True).stdout.split()[0]
        _xdotool(env, "windowactivate", "--sync", window)
        time.sleep(1.5)  # the first paint and the first coverage check
        keys = arrows = 0
        start = time.monotonic()
        for s, _stage in enumerate(STAGES):
            if s:
                _xdotool(env, "key", "--delay", "20", "alt+Right")
                keys += 1
                arrows += 1
            for c, title in enumerate(TITLES):
                text = f"{title} {s + 1}.{c + 1}"
                _xdotool(env, "key", "--delay", "20", "ctrl+t")
                _xdotool(env, "type", "--delay", "20", text)
                _xdotool(env, "key", "--delay", "20", "Return")
                keys += 1 + len(text) + 1
        elapsed = time.monotonic() - start
        _xdotool(env, "key", "ctrl+s")
        time.sleep(1.5)
        subprocess.run(["import", "-window", "root", args.shot], env=env, check=True)
        doc = load(path).document
        by_stage = {stage.name: [tp.title for tp in doc.touchpoints if tp.stage == stage.id] for stage in doc.stages}
        ok = len(doc.touchpoints) == 30 and all(len(v) == 5 for v in by_stage.values())
        print(f"touchpoints: {len(doc.touchpoints)} ({'each stage 5' if ok else by_stage})")
        print(f"keystrokes: {keys} (chords counted once; {arrows} arrow presses for {len(STAGES) - 1} stage "
              f"changes), mouse: 0")
        print(f"time: {elapsed:.1f} s (xdotool's 20 ms between keys included)")
        print(f"screenshot: {args.shot}")
        return 0 if ok else 1
    finally:
        for proc in reversed(procs):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    raise SystemExit(main())
