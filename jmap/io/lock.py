"""Lock files beside open maps (``.~name.jmap.lock``) so two editors notice each other. No Qt.

A map opened through a symbolic link is locked beside the file the link points to, so
both names see the same lock. A hard link is another name for the same file (same
``st_dev``/``st_ino``), possibly in another folder: each lock is therefore also recorded
in a per-user folder of this machine under the file's identity, where an editor that
opened the file under another name finds it.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import stat
import tempfile
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from jmap.io.clock import now_iso
from jmap.io.errors import JmapError
from jmap.io.jsontext import read_bounded
from jmap.paths import resolved

_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


def lock_path(path: str | Path) -> Path:
    """The lock file of a map: ``folder/.~name.jmap.lock`` beside the file links lead to."""
    path = resolved(path)
    return path.with_name(f".~{path.name}.lock")


def file_identity(path: str | Path) -> tuple[int, int] | None:
    """(st_dev, st_ino) of the file, or None where the platform or the file has none."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(info.st_mode) or not info.st_ino:
        return None
    return info.st_dev, info.st_ino


def registry_dir() -> Path:
    """This user's folder of identity locks on this machine."""
    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    uid = os.getuid() if hasattr(os, "getuid") else user_name()
    return Path(base) / f"jmap-locks-{uid}"


def identity_lock_path(path: str | Path) -> Path | None:
    """The identity lock of a map (keyed on st_dev and st_ino), or None without an identity."""
    ident = file_identity(path)
    return None if ident is None else registry_dir() / f"{ident[0]}-{ident[1]}.lock"


def host_name() -> str:
    return socket.gethostname()


def user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return str(os.getuid()) if hasattr(os, "getuid") else "?"


def boot_id() -> str:
    """An id of this boot of the machine (Linux), so pids from before a reboot are known dead."""
    try:
        return _BOOT_ID.read_text().strip()
    except OSError:
        return ""


def pid_alive(pid: int) -> bool:
    """True if a process with that id runs on this machine (or we cannot tell)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return True
    return True



@dataclass(frozen=True)
class LockInfo:
    """Who holds a map open: read from or written to a lock file."""

    user: str
    host: str
    pid: int
    time: str
    token: str = ""
    boot: str = ""

    @classmethod
    def mine(cls) -> LockInfo:
        return cls(user_name(), host_name(), os.getpid(), now_iso(), uuid.uuid4().hex, boot_id())

    def is_stale(self) -> bool:
        """A lock left by a crashed editor on this machine (other machines cannot be checked)."""
        return process_gone(self.host, self.boot, self.pid)

    def local_time(self) -> str:
        """The time the lock was taken, in the local time zone, for people."""
        return local_time(self.time)


def process_gone(host: str, boot: str, pid: int) -> bool:
    """True when the process that wrote a lock or autosave on this machine is no longer running.

    Another machine's processes cannot be checked, so those are never called gone.
    """
    if host != host_name():
        return False
    if boot and boot_id() and boot != boot_id():
        return True  # written before this machine restarted
    return pid != os.getpid() and not pid_alive(pid)


def local_time(stamp: str, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored UTC time stamp shown in the local time zone (the raw text if it is not a time)."""
    from datetime import datetime  # only when a lock is shown to the user

    try:
        parsed = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return parsed.astimezone().strftime(fmt)


def read_lock(path: str | Path) -> LockInfo | None:
    """The lock on a map, or None when it is not locked (an unreadable lock counts as a lock by '?').

    A lock taken through another name of the same file (a hard link) counts too.
    """
    info = _read_lock_file(lock_path(path))
    if info is None:
        ident = identity_lock_path(path)
        info = None if ident is None else _read_identity_lock(ident, path)
    return info


def _read_identity_lock(file: Path, path) -> LockInfo | None:
    """The lock recorded under the file's identity, unless it was about another file that
    since had the same identity (the recorded name is gone or is now another file)."""
    data = _lock_data(file)
    if data is None:
        return None
    recorded = data.get("path", "") if isinstance(data, dict) else ""
    if not recorded or not isinstance(recorded, str) or file_identity(recorded) != file_identity(path):
        return None
    return _lock_info(data)


#: A lock file is a few hundred bytes; anything much larger is not one of ours.
MAX_LOCK_BYTES = 64 * 1024
#: Process ids are positive and fit in 32 bits on every platform we run on.
MAX_PID = 2**31 - 1
_UNREADABLE = object()


def _read_small_file(file: Path) -> bytes:
    """The bytes of a small regular file; OSError or JmapError for a FIFO, device, folder or a
    file too large (jsontext.read_bounded: opened without blocking, checked before a byte is read)."""
    raw = read_bounded(file, str(file), MAX_LOCK_BYTES)
    if len(raw) > MAX_LOCK_BYTES:  # it grew while being read
        raise OSError(f"{file}: not a lock file")
    return raw


def _lock_data(file: Path):
    """The parsed JSON of a lock file; None when there is none, _UNREADABLE when it cannot be read."""
    try:
        raw = _read_small_file(file)
    except FileNotFoundError:
        return None
    except (OSError, JmapError):
        return _UNREADABLE
    try:
        return json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return _UNREADABLE


def _lock_info(data) -> LockInfo:
    """A lock's fields checked; a malformed lock is a lock by '?' (as an unreadable one)."""
    unreadable = LockInfo("?", "?", 0, "")
    if not isinstance(data, dict):
        return unreadable
    pid = data.get("pid", 0)
    if type(pid) is not int or not 0 <= pid <= MAX_PID:  # bool, float, text, 1e400: not a pid
        return unreadable
    fields = [data.get(key, default) for key, default in
              (("user", "?"), ("host", "?"), ("time", ""), ("token", ""), ("boot", ""))]
    if not all(isinstance(value, str) for value in fields):
        return unreadable
    user, host, time, token, boot = fields
    return LockInfo(user, host, pid, time, token, boot)


def _read_lock_file(file: Path) -> LockInfo | None:
    data = _lock_data(file)
    return None if data is None else _lock_info(data)


class LockedError(Exception):
    """The map is locked by another live editor; ``info`` says who."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.info = info
        super().__init__(f"{path}: opened by {info.user} on {info.host} since {info.local_time()}")


class DocumentLock:
    """Our lock on one map file; ``release()`` removes it only if it is still ours."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.info = LockInfo.mine()
        self.held = False
        self._ident: Path | None = None

    def acquire(self, force: bool = False) -> None:
        """Take the lock; a stale lock is taken over; a live one raises LockedError unless ``force``.

        The lock beside the file is the one that counts: failing to write it (read-only folder)
        is not an error, the map can still be read and saving will report the real problem.
        The identity lock is written as well, for editors that open the file by another name.
        """
        ident = identity_lock_path(self.path)
        if ident is not None and not force:
            other = _read_identity_lock(ident, self.path)
            if other is not None and other.token != self.info.token and not other.is_stale():
                raise LockedError(self.path, other)
        self._take(lock_path(self.path), asdict(self.info), force)
        if self.held and ident is not None:
            try:
                ident.parent.mkdir(mode=0o700, exist_ok=True)
                if ident.parent.is_symlink() or (hasattr(os, "getuid") and ident.parent.stat().st_uid != os.getuid()):
                    return  # not our folder: do without
            except OSError:
                return
            record = {**asdict(self.info), "path": str(resolved(self.path))}
            try:
                ident.unlink()  # a live holder was refused above (or is overruled by ``force``)
            except OSError:
                pass
            if self._write(ident, record):
                self._ident = ident  # saving replaces the file (a new identity): remember this one

    def _take(self, file: Path, record: dict, force: bool) -> None:
        for _attempt in range(2):
            if self._write(file, record):
                self.held = True
                return
            if not file.exists():
                return  # could not write it at all
            other = _read_lock_file(file)
            if other is not None and other.token == self.info.token:
                self.held = True
                return
            if other is not None and not other.is_stale() and not force:
                raise LockedError(self.path, other) from None
            try:
                file.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                return

    @staticmethod
    def _write(file: Path, record: dict) -> bool:
        """Create ``file`` with the record, only if it does not exist; False when it could not."""
        try:
            fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except OSError:
            return False
        with os.fdopen(fd, "wb") as fh:
            fh.write(json.dumps(record, indent=2).encode("utf-8"))
        return True

    def owned(self) -> bool:
        """True while the lock file on disk is still ours (nobody took it over)."""
        other = _read_lock_file(lock_path(self.path))
        return other is not None and other.token == self.info.token

    def release(self) -> None:
        if self.held and self.owned():
            try:
                lock_path(self.path).unlink()
            except OSError:
                pass
        if self._ident is not None:
            other = _read_lock_file(self._ident)
            if other is not None and other.token == self.info.token:
                try:
                    self._ident.unlink()
                except OSError:
                    pass
            self._ident = None
        self.held = False
