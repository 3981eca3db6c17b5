"""`jmap import FILE -o OUT.jmap`: a Mermaid journey diagram or a CSV table as a new map.

Exit status: 0 written, 1 the input is not a valid diagram or table, 2 wrong usage (an OUT
not ending in .jmap, an input whose format cannot be told), an unreadable or too large input,
an existing OUT without --force, or an OUT that cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jmap.io.schema import MAX_FILE_BYTES

_EPILOG = """\
examples:
  jmap import journey.mmd -o journey.jmap          a Mermaid journey diagram
  jmap import cards.csv -o shop.jmap --force       a table from a spreadsheet, replacing shop.jmap
  jmap import README.md -o a.jmap                  the first journey in a ```mermaid block of Markdown
  jmap import notes.txt --format mermaid --index 2 -o a.jmap   the second journey diagram in the file
"""


def add_parser(sub) -> None:
    p = sub.add_parser(
        "import", help="make a map from a Mermaid journey diagram or a CSV table",
        description="Read a Mermaid 'journey' diagram (sections become stages, tasks touchpoints, actors\n"
                    "personas, scores their emotions) or a CSV table of touchpoints and notes (as 'jmap\n"
                    "export -o FILE.csv' writes it) and write it as a new .jmap map (see docs/interop.md).\n"
                    "Exit 0 on success, 1 when the input is invalid, 2 for usage errors (OUT must end\n"
                    f"in .jmap), unreadable or too large files (over {MAX_FILE_BYTES // 1_048_576} MB) or an\n"
                    "existing OUT without --force.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", metavar="FILE",
                   help="the diagram (.mmd, .mermaid, or Markdown .md with ```mermaid blocks) or table (.csv) to read")
    p.add_argument("-o", "--output", required=True, metavar="OUT.jmap", help="the map to write (atomically)")
    p.add_argument("--format", "-f", choices=("mermaid", "csv"),
                   help="the format of FILE (default: from its name: .mmd/.mermaid/.md or .csv/.tsv)")
    p.add_argument("--index", type=_index, metavar="N",
                   help="with several journey diagrams in FILE (```mermaid blocks), read the N-th (default: the first)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=run)


def _index(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"--index must be a whole number from 1, found {value!r}")
    return int(value)


def _fail(message: str, status: int) -> int:
    print(f"jmap import: {message}", file=sys.stderr)
    return status


def run(args) -> int:
    from jmap.interop.formats import FormatError, check_map_output, import_format
    from jmap.io import JmapError, save
    from jmap.io.jsontext import read_file
    from jmap.io.templates import stamp_new

    source, out = Path(args.file), Path(args.output)
    try:
        fmt = import_format(source, args.format)
        check_map_output(out)
    except FormatError as exc:
        return _fail(str(exc), 2)
    if args.index is not None and fmt != "mermaid":
        return _fail("--index picks one of several Mermaid diagrams; it does not apply to CSV", 2)
    try:
        exists = out.exists()
    except OSError as exc:  # a name over 255 bytes, a loop of links...
        from jmap.io.atomic import os_error_reason

        return _fail(f"{out}: cannot be written: {os_error_reason(exc)}", 2)
    if exists and not args.force:
        return _fail(f"{out} already exists (use --force to replace it)", 2)
    try:
        raw = read_file(source)
    except JmapError as exc:
        return _fail(str(exc), 2)
    warnings: list[str] = []
    try:
        if fmt == "mermaid":
            from jmap.interop.mermaid_read import mermaid_to_document

            doc = mermaid_to_document(raw, str(source), warnings, index=args.index)
        else:
            from jmap.interop.csv_read import csv_to_document

            doc = csv_to_document(raw, str(source), warnings)
    except JmapError as exc:
        return _fail(str(exc), 1)
    for warning in warnings:
        print(f"warning: {source}: {warning}", file=sys.stderr)
    stamp_new(doc)
    try:
        save(doc, out)
    except JmapError as exc:
        return _fail(str(exc), 2)
    print(f"wrote {out} ({len(doc.stages)} stages, {len(doc.lanes)} lanes, {len(doc.touchpoints)} touchpoints, "
          f"{len(doc.notes)} notes, {len(doc.personas)} personas) from {source}")
    return 0
