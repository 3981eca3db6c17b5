"""Atomic file writes: sibling temporary file, flush, fsync, then os.replace; stale temporaries are cleared.

The temporary file is ``.NAME.XXXXXXXX.PID.tmp`` beside ``NAME`` (older jmaps wrote
``.NAME.XXXXXXXX.tmp``). A crash between writing it and the replace leaves it behind; the
next save of the same file removes such leftovers of that file only, and only when they
are older than a minute and their writer (when the name says which) no longer runs.
"""

from __future__ import annotations

import errno
import os
import re
import time
from pathlib import Path

from jmap.io.errors import SaveError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied (is the folder read-only?)",
    errno.EPERM: "permission denied (is the folder read-only?)",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENAMETOOLONG: "the file name is too long (at most 255 bytes per name)",
    errno.ELOOP: "too many levels of symbolic links",
    errno.ENOTDIR: "a part of the path is not a folder",
}
#: Names longer than this (in bytes) are shortened in their temporary file's name.
_LONG_NAME = 220
#: A leftover temporary file younger than this may still be being written by someone.
STALE_AFTER = 60.0


def os_error_reason(exc: OSError) -> str:
    """Why an OS call on a file failed, in words for people."""
    return _REASONS.get(exc.errno, exc.strerror or str(exc))


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(mask)
    return mask


def _temp_stem(name: str) -> str:
    """The file's name as it appears in its temporary file's name; a long name is cut and
    given a hash of the whole, so that the temporary name stays within the 255-byte limit."""
    raw = name.encode("utf-8", "surrogateescape")
    if len(raw) <= _LONG_NAME:
        return name
    cut = raw[:_LONG_NAME - 20].decode("utf-8", "ignore")
    import hashlib  # (hashlib and tempfile only when writing: reading and exporting never pay their import)

    return f"{cut}~{hashlib.sha1(raw).hexdigest()[:10]}"


def _temp_pattern(name: str) -> re.Pattern:
    """Our temporary files for a file called ``name`` (mkstemp's 8 random characters, the pid)."""
    return re.compile(rf"\.{re.escape(_temp_stem(name))}\.[a-z0-9_]{{8}}(?:\.(\d+))?\.tmp")


def _writer_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but is someone else's, or we cannot tell
        return True
    return True


def remove_stale_temps(path: str | Path, now: float | None = None) -> list[str]:
    """Remove temporary files left beside ``path`` by saves of it that crashed; returns their names.

    Only names of our own pattern for this very file are touched, only when older than
    STALE_AFTER seconds, and not while the process named in them still runs. Errors are
    ignored (this is tidying up, never a reason for a save to fail).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    pattern = _temp_pattern(path.name)
    now = time.time() if now is None else now
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = pattern.fullmatch(name)
        if match is None:
            continue
        candidate = folder / name
        try:
            info = candidate.lstat()
            if not candidate.is_file() or candidate.is_symlink() or now - info.st_mtime < STALE_AFTER:
                continue
            if match.group(1) and _writer_alive(int(match.group(1))):
                continue
            candidate.unlink()
            removed.append(name)
        except (OSError, ValueError):
            continue
    return removed


def atomic_write(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never half.

    On any failure the previous file is left untouched, the temporary file is removed
    and SaveError says why.
    """
    path = Path(path)
    try:
        if path.is_symlink():  # replace the file the link points to, not the link itself
            path = Path(os.path.realpath(path))
        if path.exists() and not path.is_file():
            what = "a folder" if path.is_dir() else "not a regular file (a device or pipe)"
            raise SaveError(str(path), f"could not save: {what}; nothing was written")
    except OSError as exc:  # a name too long, a loop of links, a file where a folder should be
        raise SaveError(str(path), f"could not save: {os_error_reason(exc)}; nothing was written") from None
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_temps(path)  # before writing: a full disk may be full of them
    import tempfile

    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{_temp_stem(path.name)}.", suffix=f".{os.getpid()}.tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:  # mkstemp makes the file private (0600); keep the old file's mode, or the usual one
            mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
            os.chmod(tmp_name, mode)
        except OSError:
            pass
        os.replace(tmp_name, path)
        tmp_name = None
        if hasattr(os, "O_DIRECTORY"):
            try:
                dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            except OSError:
                return
            try:
                os.fsync(dir_fd)
            except OSError:
                pass
            finally:
                os.close(dir_fd)
    except OSError as exc:
        reason = os_error_reason(exc)
        raise SaveError(str(path), f"could not save: {reason}; the previous file is unchanged") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
