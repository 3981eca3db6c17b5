"""One running editor: a second ``jmap FILE`` hands its map to the first and exits; a stale socket is taken over."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from files_support import write_sample
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from jmap.gui.app.instance import claim, hand_over, parse_message, server_name
from jmap.io.lock import lock_path


def _jmap(*args, cwd):
    return subprocess.Popen([sys.executable, "-m", "jmap", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def _wait_for(condition, what: str, proc=None, seconds: float = 60) -> None:
    """Wait (bounded) for a child process to reach a state; fail with its output if it died."""
    deadline = time.monotonic() + seconds
    while not condition():
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"{what}: jmap ended with {proc.returncode}: {proc.stderr.read().decode()}")
        assert time.monotonic() < deadline, f"{what}: not within {seconds} s"
        time.sleep(0.05)


@pytest.fixture
def running(manager):
    """This test process as the running jmap: it listens and opens handed-over maps in ``manager``."""
    opener = claim(QApplication.instance(), [])
    assert opener is not None, "no other jmap should listen in an isolated settings folder"
    opener.attach(manager)
    yield opener
    opener.close()


def test_a_second_jmap_hands_its_map_to_the_running_one_and_exits(qtbot, manager, running, tmp_path):
    already = manager.open_path(write_sample(tmp_path / "open already.jmap", "Open already"))
    mailed = write_sample(tmp_path / "mailed.jmap", "Mailed map")
    proc = _jmap("mailed.jmap", cwd=tmp_path)  # a relative name: the running editor has another folder
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60000)
        assert proc.returncode == 0, proc.stderr.read().decode()
        qtbot.waitUntil(lambda: manager.find(mailed) is not None, timeout=10000)
    finally:
        proc.kill()
        proc.wait()
    window = manager.find(mailed).window
    assert window is not already and len(manager.windows) == 2  # a new window, the other left alone
    assert window.editor.document.meta.title == "Mailed map"
    assert lock_path(mailed).exists()  # opened for editing by this process, not by the one that ended


def test_a_second_jmap_with_a_screenshot_or_a_command_never_hands_over(qtbot, manager, running, tmp_path):
    path = write_sample(tmp_path / "shown.jmap")
    shot = _jmap("shown.jmap", "--screenshot", "shown.png", "--size", "400x300", cwd=tmp_path)
    check = _jmap("validate", "shown.jmap", cwd=tmp_path)
    try:
        qtbot.waitUntil(lambda: shot.poll() is not None and check.poll() is not None, timeout=60000)
    finally:
        for proc in (shot, check):
            proc.kill()
            proc.wait()
    assert (shot.returncode, check.returncode) == (0, 0), shot.stderr.read().decode() + check.stderr.read().decode()
    assert (tmp_path / "shown.png").stat().st_size > 0
    qtbot.wait(50)  # any hand-over that was sent would be read now
    assert manager.windows == [] and running.pending == [] and manager.find(path) is None


def _stale_socket() -> str:
    """A socket file left by a jmap that crashed: it exists, but nobody listens on it."""
    path = os.path.join(QDir.tempPath(), server_name())
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(path)
    leftover.close()  # the file stays, as after a crash
    assert os.path.exists(path)
    return path


def test_a_stale_socket_is_taken_over_by_the_next_jmap(tmp_path):
    socket_file = _stale_socket()
    first = write_sample(tmp_path / "first.jmap", "First")
    second = write_sample(tmp_path / "second.jmap", "Second")
    proc = _jmap(str(first), cwd=tmp_path)
    try:
        _wait_for(lambda: lock_path(first).exists(), "the new jmap never opened its map", proc)
        # it became the running jmap: it takes the next map handed to it
        assert hand_over([second], timeout_ms=20000)
        _wait_for(lambda: lock_path(second).exists(), "the handed-over map was never opened", proc)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
        proc.wait()
    assert not os.path.exists(socket_file)  # the socket goes with the editor
    assert not lock_path(first).exists() and not lock_path(second).exists()


@pytest.mark.slow
def test_a_jmap_that_listens_but_does_not_answer_keeps_its_socket(qapp, tmp_path):
    """A busy editor (its event loop held up) is not mistaken for a crashed one: the new jmap runs alone."""
    busy = QLocalServer()
    assert busy.listen(server_name())  # this test never lets it answer
    socket_file = os.path.join(QDir.tempPath(), server_name())
    path = write_sample(tmp_path / "alone.jmap")
    proc = _jmap(str(path), cwd=tmp_path)
    try:
        _wait_for(lambda: lock_path(path).exists(), "the new jmap never opened its map", proc, seconds=90)
        assert os.path.exists(socket_file) and busy.isListening()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
        proc.wait()
        assert os.path.exists(socket_file)  # not removed by the one that ran alone
        busy.close()


def test_a_stale_socket_in_this_process_makes_it_the_server(qapp):
    _stale_socket()
    opener = claim(qapp, [])
    try:
        assert opener is not None and opener.server.server.isListening()
        client = QLocalSocket()
        client.connectToServer(server_name())
        assert client.waitForConnected(3000)
        client.abort()
    finally:
        opener.close()


def test_a_message_that_is_not_a_hand_over_is_refused_and_opens_nothing(qtbot, manager, running):
    client = QLocalSocket()
    client.connectToServer(server_name())
    assert client.waitForConnected(3000)
    client.write(b'{"open": "not a list"}\n')
    replies = []
    client.readyRead.connect(lambda: replies.append(bytes(client.readAll().data())))
    qtbot.waitUntil(lambda: b"".join(replies).endswith(b"\n"), timeout=5000)
    assert b"".join(replies) == b"error\n"
    qtbot.wait(20)
    assert manager.windows == []
    with pytest.raises(ValueError, match="open"):
        parse_message(b'{"open": "not a list"}')
    with pytest.raises(ValueError, match="not a jmap hand-over"):
        parse_message(b"\xff garbage")


def test_no_running_jmap_means_no_hand_over():
    assert not hand_over(["/nowhere/x.jmap"], timeout_ms=500)


def test_the_window_icon_is_jmaps_in_every_rendered_size(qapp):
    from jmap.gui.app.instance import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {(s.width(), s.height()) for s in icon.availableSizes()} >= {(16, 16), (48, 48), (256, 256), (512, 512)}
