"""Lock files beside open maps (``.~name.jmap.lock``) so two editors notice each other. No Qt."""

from __future__ import annotations

import getpass
import json
import os
import socket
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from jmap.io.clock import now_iso

_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


def lock_path(path: str | Path) -> Path:
    """The lock file of a map: ``folder/.~name.jmap.lock``."""
    path = Path(path)
    return path.with_name(f".~{path.name}.lock")


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
    try:
        parsed = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return parsed.astimezone().strftime(fmt)


def read_lock(path: str | Path) -> LockInfo | None:
    """The lock on a map, or None when it is not locked (an unreadable lock counts as a lock by '?')."""
    file = lock_path(path)
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo("?", "?", 0, "")
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockInfo(
            str(data.get("user", "?")),
            str(data.get("host", "?")),
            int(data.get("pid", 0)),
            str(data.get("time", "")),
            str(data.get("token", "")),
            str(data.get("boot", "")),
        )
    except (ValueError, TypeError, AttributeError):
        return LockInfo("?", "?", 0, "")


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

    def acquire(self, force: bool = False) -> None:
        """Take the lock; a stale lock is taken over; a live one raises LockedError unless ``force``.

        Failing to write the lock file (read-only folder) is not an error: the map can still be
        read, and saving will report the real problem.
        """
        file = lock_path(self.path)
        data = json.dumps(asdict(self.info), indent=2).encode("utf-8")
        for _attempt in range(2):
            try:
                fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                other = read_lock(self.path)
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
                continue
            except OSError:
                return
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            self.held = True
            return

    def owned(self) -> bool:
        """True while the lock file on disk is still ours (nobody took it over)."""
        other = read_lock(self.path)
        return other is not None and other.token == self.info.token

    def release(self) -> None:
        if self.held and self.owned():
            try:
                lock_path(self.path).unlink()
            except OSError:
                pass
        self.held = False
