"""One running editor per user: a second ``jmap FILE`` hands its files to the first over a local socket and exits."""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from jmap.gui.app.fileopen import Opener, install
from jmap.gui.app.settings import settings_file
from jmap.paths import resources_dir

TIMEOUT_MS = 3000  #: the longest a hand-over waits for the running editor, per step
MAX_MESSAGE = 1 << 20  #: a longer message is not a jmap's: the connection is dropped


def server_name() -> str:
    """The local socket's name: per user and per settings folder (tests and portable copies get their own)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    user = re.sub(r"[^A-Za-z0-9_.-]", "_", user)[:32]
    folder = str(settings_file().parent.absolute())
    return f"jmap-{user}-{hashlib.sha256(folder.encode()).hexdigest()[:12]}"


def app_icon() -> QIcon:
    """The jmap icon (resources/icons) in every rendered size, for the windows and the task bar."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("jmap-*.png")):
        icon.addFile(str(png))
    return icon


def hand_over(paths, name: str | None = None, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Give ``paths`` to the running editor; True once it answered that it took them.

    False when no editor listens (none runs, or a crashed one left its socket behind) or
    it did not answer in time: then this process opens the maps itself.
    """
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    message = {"open": [str(Path(p).expanduser().absolute()) for p in paths]}
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    socket.flush()
    reply = b""
    deadline = time.monotonic() + timeout_ms / 1000
    while b"\n" not in reply and time.monotonic() < deadline:
        if not socket.waitForReadyRead(max(1, int((deadline - time.monotonic()) * 1000))):
            break
        reply += bytes(socket.readAll().data())
    socket.abort()
    return reply.startswith(b"ok\n")


def _answers(name: str) -> bool:
    """Whether a jmap listens on ``name`` (a stale socket file refuses the connection)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    alive = socket.waitForConnected(TIMEOUT_MS)
    socket.abort()
    return alive


def parse_message(raw: bytes) -> list[str]:
    """The paths in one hand-over line; ValueError naming what is wrong with it."""
    try:
        message = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a jmap hand-over message: {exc}") from None
    paths = message.get("open") if isinstance(message, dict) else None
    if not isinstance(paths, list) or not all(isinstance(p, str) and p for p in paths):
        raise ValueError("a jmap hand-over message must be {\"open\": [path, ...]}")
    return paths


class InstanceServer(QObject):
    """Listens for other jmap processes and passes the files they hand over to ``on_open``."""

    def __init__(self, name: str, on_open, parent=None) -> None:
        super().__init__(parent)
        self.name = name
        self.on_open = on_open
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict = {}

    def listen(self) -> bool:
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()  # removes the socket file

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            QTimer.singleShot(TIMEOUT_MS, socket, socket.abort)  # a client that never finishes its line

    def _drop(self, socket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MAX_MESSAGE:
            socket.abort()
            return
        if b"\n" not in buffer:
            return
        try:
            paths = parse_message(bytes(buffer.split(b"\n", 1)[0]))
        except ValueError:
            socket.write(b"error\n")
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        # opened after this handler returns: opening may show a dialog (a bad file, a lock)
        QTimer.singleShot(0, self, lambda: self.on_open(paths))


def claim(app, paths) -> Opener | None:
    """Become the running jmap, or hand ``paths`` to the one that runs (then None: this process ends).

    The returned opener takes maps from later ``jmap FILE`` processes and from file-open
    events, and opens them once :meth:`Opener.attach` gives it the window manager.
    """
    name = server_name()
    if hand_over(paths, name):
        return None
    opener = Opener(app)
    # Checked before listening: on Unix, Qt's listen (with UserAccessOption) replaces any socket file.
    if not _answers(name):
        QLocalServer.removeServer(name)  # a socket left behind by a jmap that crashed
        server = InstanceServer(name, opener.open, opener)
        if server.listen():
            opener.server = server
            app.aboutToQuit.connect(server.close)
    # else a jmap listens but did not take the files in time (busy): this one runs on alone
    # rather than take the socket from under it
    install(app, opener)
    return opener
