"""Reading and writing .jmap files, templates and atomic saves. No Qt."""

from jmap.io.errors import JmapError, LoadWarning, NewerVersionError, SaveError, UnreadableError  # noqa: F401
from jmap.io.jmapfile import LoadResult, UnwritableMapError, dumps, from_dict, load, loads, to_dict  # noqa: F401


def save(doc, path) -> None:
    """Write a document to ``path`` atomically (see jmap.io.atomic)."""
    from jmap.io.atomic import atomic_write

    atomic_write(path, dumps(doc))
