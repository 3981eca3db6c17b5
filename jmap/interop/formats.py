"""Which file formats `jmap export` writes and `jmap import` reads, chosen strictly by suffix or --format."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

#: What `jmap export` writes: format -> the suffixes that stand for it (the first is the usual one).
EXPORT_SUFFIXES = {"pdf": (".pdf",), "mermaid": (".mmd", ".mermaid"), "csv": (".csv",), "html": (".html", ".htm"),
                   "svg": (".svg",), "png": (".png",)}
#: The formats jmap.export draws (the map's picture), as opposed to the text formats written here.
DRAWN_FORMATS = ("pdf", "html", "svg", "png")
#: What `jmap import` reads: format -> the suffixes that stand for it.
IMPORT_SUFFIXES = {"mermaid": (".mmd", ".mermaid", ".md", ".markdown"), "csv": (".csv", ".tsv")}
#: What `jmap import` writes.
MAP_SUFFIX = ".jmap"


class FormatError(ValueError):
    """A file name whose suffix names no format the command handles (a usage error: exit 2)."""


def _listed(suffixes) -> str:
    suffixes = list(suffixes)
    return ", ".join(suffixes[:-1]) + " or " + suffixes[-1] if len(suffixes) > 1 else suffixes[0]


def _by_suffix(path: str | Path, table: dict[str, tuple[str, ...]]) -> str | None:
    suffix = Path(path).suffix.lower()
    return next((name for name, suffixes in table.items() if suffix in suffixes), None)


def export_format(path: str | Path, format: str | None = None) -> str:
    """A key of EXPORT_SUFFIXES ('pdf', 'mermaid', 'csv', 'html', 'svg', 'png'): ``format`` when given, else the one the suffix of ``path`` names.

    FormatError (listing the suffixes) for any other suffix: nothing is ever written under a
    name that promises another format.
    """
    if format:
        if format not in EXPORT_SUFFIXES:
            raise FormatError(f"unknown format {format!r} (choose from {', '.join(EXPORT_SUFFIXES)})")
        return format
    found = _by_suffix(path, EXPORT_SUFFIXES)
    if found is None:
        shown = Path(path).suffix or "no suffix"
        suffixes = [s for table in EXPORT_SUFFIXES.values() for s in table]
        raise FormatError(f"cannot write {path}: {shown} is not a format jmap export writes; the output must end "
                          f"in {_listed(suffixes)} (or give --format {'|'.join(EXPORT_SUFFIXES)})")
    return found


def writer_for(path: str | Path, format: str | None = None) -> tuple[str, Callable | None]:
    """(format, writer) for ``jmap export -o path [--format F]``; FormatError for a suffix it does not write.

    The writer is ``write(doc, path)`` for the text formats (Mermaid, CSV) and None for the
    DRAWN_FORMATS (PDF, HTML, SVG, PNG), which jmap.export draws itself (a higher layer).
    """
    chosen = export_format(path, format)
    if chosen == "mermaid":
        from jmap.interop.mermaid_write import write_mermaid

        return chosen, write_mermaid
    if chosen == "csv":
        from jmap.interop.csv_write import write_csv

        return chosen, write_csv
    return chosen, None


def import_format(path: str | Path, format: str | None = None) -> str:
    """'mermaid' or 'csv' for the file ``jmap import`` reads; FormatError when neither can be told."""
    if format:
        return format
    found = _by_suffix(path, IMPORT_SUFFIXES)
    if found is None:
        suffixes = [s for table in IMPORT_SUFFIXES.values() for s in table]
        raise FormatError(f"cannot tell the format of {path} from its name ({_listed(suffixes)}); "
                          f"use --format mermaid or --format csv")
    return found


def check_map_output(path: str | Path) -> None:
    """FormatError unless ``path`` ends in .jmap, the one format ``jmap import`` writes."""
    if Path(path).suffix.lower() != MAP_SUFFIX:
        shown = Path(path).suffix or "no suffix"
        raise FormatError(f"cannot write {path}: jmap import writes a map, so the output must end in "
                          f"{MAP_SUFFIX} (found {shown})")
