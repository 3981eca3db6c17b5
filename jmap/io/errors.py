"""Errors and warnings of reading .jmap files, each naming the file and the JSON path."""

from __future__ import annotations

from jmap.core.record import FrozenRecord


class JmapError(Exception):
    """A file that cannot be loaded or saved; ``str()`` is a one-line message for people."""

    def __init__(self, source: str, message: str, json_path: str = "") -> None:
        self.source = source
        self.json_path = json_path
        self.message = message
        where = f"{source}: {json_path}: " if json_path else f"{source}: "
        super().__init__(where + message)


class UnreadableError(JmapError):
    """The file could not be read at all: missing, a folder, no permission, not a regular file."""


class NewerVersionError(JmapError):
    """The file was written by a newer jmap with an incompatible format version."""


class SaveError(JmapError):
    """Saving failed; the previous file on disk is intact."""


class LoadWarning(FrozenRecord):
    """A problem loading worked around (a dangling reference left out, a picture not shown); immutable."""

    __slots__ = ("json_path", "message")
    FIELDS = __slots__

    def __init__(self, json_path: str, message: str) -> None:
        object.__setattr__(self, "json_path", json_path)
        object.__setattr__(self, "message", message)

    def __str__(self) -> str:
        return f"{self.json_path}: {self.message}"
