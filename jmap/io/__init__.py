"""Reading and writing .jmap files, templates and atomic saves. No Qt.

The names below are imported on first use, so that checking a file (``jmap validate``,
through jmap.io.plain) never loads the model and the Document.
"""

from jmap.io.errors import JmapError, LoadWarning, NewerVersionError, SaveError, UnreadableError  # noqa: F401

_FROM_JMAPFILE = ("LoadResult", "UnwritableMapError", "dumps", "from_dict", "load", "loads", "to_dict")


def __getattr__(name: str):
    if name in _FROM_JMAPFILE:
        from jmap.io import jmapfile

        return getattr(jmapfile, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def save(doc, path) -> None:
    """Write a document to ``path`` atomically (see jmap.io.atomic)."""
    from jmap.io.atomic import atomic_write
    from jmap.io.jmapfile import dumps

    atomic_write(path, dumps(doc))
