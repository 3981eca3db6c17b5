"""Headless Chromium for the tests of the HTML and image exports (Debian's `chromium`, installed by .ci/run)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("headless Chromium is needed for this test and was not found: .ci/run installs it "
                    "(apt-get install chromium)", pytrace=False)
    return found


def run_chromium(page: Path, work: Path, *args: str, url_tail: str = "") -> subprocess.CompletedProcess:
    """Open ``page`` (file URL, plus ``url_tail`` such as ``#q=word``) in a fresh headless profile.

    stderr carries the page's console (``INFO:CONSOLE``), where Chromium reports CSP violations.
    """
    profile = work / "chromium-profile"
    profile.mkdir(exist_ok=True)
    command = [chromium_path(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}",
               "--enable-logging=stderr", "--v=0", *args, page.resolve().as_uri() + url_tail]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False, stdin=subprocess.DEVNULL)


def dump_dom(page: Path, work: Path, url_tail: str = "") -> tuple[str, str]:
    """(the DOM after the page's script ran, Chromium's log)."""
    result = run_chromium(page, work, "--dump-dom", url_tail=url_tail)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, result.stderr


def screenshot(page: Path, work: Path, out: Path, width: int, height: int, scale: float = 1.0) -> str:
    """Take a screenshot of ``page`` into ``out``; return Chromium's log."""
    result = run_chromium(page, work, f"--screenshot={out}", f"--window-size={width},{height}",
                          f"--force-device-scale-factor={scale}")
    assert result.returncode == 0 and out.is_file(), result.stderr[-2000:]
    return result.stderr


def csp_violations(log: str) -> list[str]:
    return [line for line in log.splitlines() if "Content Security Policy" in line or "Refused to" in line]
