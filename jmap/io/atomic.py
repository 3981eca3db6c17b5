"""Atomic file writes: sibling temporary file, flush, fsync, then os.replace."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from jmap.io.errors import SaveError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied (is the folder read-only?)",
    errno.EPERM: "permission denied (is the folder read-only?)",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "the folder does not exist",
}


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(mask)
    return mask


def atomic_write(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never half.

    On any failure the previous file is left untouched, the temporary file is removed
    and SaveError says why.
    """
    path = Path(path)
    if path.is_symlink():  # replace the file the link points to, not the link itself
        path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():
        what = "a folder" if path.is_dir() else "not a regular file (a device or pipe)"
        raise SaveError(str(path), f"could not save: {what}; nothing was written")
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
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
        reason = _REASONS.get(exc.errno, exc.strerror or str(exc))
        raise SaveError(str(path), f"could not save: {reason}; the previous file is unchanged") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
