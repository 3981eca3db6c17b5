"""The recovery area: autosaved copies of unsaved maps in the user's data folder. No Qt.

Each autosave is two files in ``jmap.paths.recovery_dir()``: ``KEY.jmap`` (the map)
and ``KEY.json`` (its index entry: original path, time, host, pid, window id, title).
One entry per window keeps editors in different processes from fighting over one index
file. Entries whose process is gone (a crash or a kill) are offered at the next start.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from jmap import paths
from jmap.core.document import Document
from jmap.io.atomic import atomic_write
from jmap.io.errors import JmapError
from jmap.io.jmapfile import LoadResult, dumps, load
from jmap.io.jsontext import read_file
from jmap.io.clock import now_iso
from jmap.io.lock import boot_id, host_name, local_time, process_gone


def recovery_dir() -> Path:
    """``<user data folder>/jmap/recovery`` (follows XDG_DATA_HOME on Linux), from jmap.paths."""
    return paths.recovery_dir()


@dataclass(frozen=True)
class RecoveryEntry:
    """One autosaved map and where it came from."""

    key: str
    original: str
    title: str
    time: str
    host: str
    pid: int
    window: int
    boot: str = ""

    def map_path(self, root: Path) -> Path:
        return root / f"{self.key}.jmap"

    def is_orphan(self) -> bool:
        """True when the editor that wrote it is no longer running on this machine."""
        return process_gone(self.host, self.boot, self.pid)

    def local_time(self) -> str:
        return local_time(self.time, "%Y-%m-%d %H:%M:%S")


class RecoveryArea:
    """Write, list, load and clear autosaved maps."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else recovery_dir()

    @staticmethod
    def key_for(window: int, pid: int | None = None) -> str:
        return f"{pid if pid is not None else os.getpid()}-{window}"

    def write(self, doc: Document, window: int, original: str | Path | None = None) -> RecoveryEntry:
        """Autosave ``doc`` for one window; the map first, then its index entry."""
        self.root.mkdir(parents=True, exist_ok=True)
        entry = RecoveryEntry(
            key=self.key_for(window),
            original=str(original) if original else "",
            title=doc.meta.title,
            time=now_iso(),
            host=host_name(),
            pid=os.getpid(),
            window=window,
            boot=boot_id(),
        )
        atomic_write(entry.map_path(self.root), dumps(doc))
        atomic_write(self.root / f"{entry.key}.json", json.dumps(asdict(entry), indent=2).encode("utf-8"))
        return entry

    def clear(self, key: str) -> None:
        """Forget one entry (after a save, a discard or a recovery)."""
        for suffix in (".json", ".jmap"):
            try:
                (self.root / f"{key}{suffix}").unlink()
            except FileNotFoundError:
                pass

    def entries(self) -> list[RecoveryEntry]:
        """Every readable entry, oldest first; entries without their map are dropped."""
        out = []
        if not self.root.is_dir():
            return out
        for index in self.root.glob("*.json"):
            try:
                data = json.loads(read_file(index).decode("utf-8"))  # bounded: never a FIFO's wait
                entry = RecoveryEntry(**{k: data[k] for k in RecoveryEntry.__dataclass_fields__ if k in data})
            except (OSError, ValueError, TypeError, JmapError):
                continue
            if entry.key != index.stem or not entry.map_path(self.root).is_file():
                continue
            out.append(entry)
        out.sort(key=lambda e: (e.time, e.key))
        return out

    def orphans(self) -> list[RecoveryEntry]:
        """Entries left behind by editors that are gone: the ones to offer at start."""
        return [e for e in self.entries() if e.is_orphan()]

    def load(self, entry: RecoveryEntry) -> LoadResult:
        """The autosaved map of an entry (JmapError if it cannot be read)."""
        path = entry.map_path(self.root)
        if not path.is_file():
            raise JmapError(str(path), "the autosaved copy is missing")
        return load(path)
