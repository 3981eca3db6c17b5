"""`jmap export FILE -o OUT.pdf`: print a map to PDF, fitted on one page or tiled as a poster."""

from __future__ import annotations

import argparse
import sys

from jmap.core.pagelayout import ORIENTATIONS, PAGE_SIZES, page_name
from jmap.interop.formats import EXPORT_SUFFIXES

_EPILOG = """\
examples:
  jmap export shop.jmap -o shop.pdf                       the whole map on one A3 page
  jmap export shop.jmap -o handout.pdf --page A4           on one A4 page
  jmap export shop.jmap -o poster.pdf --poster A0 --page A4   an A0 poster on A4 sheets
  jmap export future.jmap -o cmp.pdf --compare current.jmap   with a page comparing it with today
"""


def _page(value: str) -> str:
    try:
        return page_name(value)
    except KeyError:
        raise argparse.ArgumentTypeError(
            f"unknown page size {value!r} (choose from {', '.join(PAGE_SIZES)})"
        ) from None


def add_parser(sub) -> None:
    p = sub.add_parser(
        "export", help="export a map to PDF (or Mermaid .mmd, CSV .csv)",
        description="Draw a map as a PDF: fitted on one page, or as a poster tiled over several\n"
                    "sheets with overlap, crop marks and sheet labels. Text that did not fit in its\n"
                    "box follows the map in full, then a page per persona and the coverage findings.\n"
                    "An output ending in .mmd or .mermaid gets a Mermaid journey diagram, one ending\n"
                    "in .csv a table of the cards and notes (docs/interop.md); the PDF options do not apply.\n"
                    "Any other suffix is refused unless --format says what to write.\n"
                    "Exit 0 on success, 2 when the map cannot be read, the arguments are wrong or\n"
                    "the output cannot be written.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", metavar="FILE", help="the .jmap file")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF (or .mmd/.csv) to write (replaced atomically)")
    p.add_argument("--page", type=_page, default="A3", metavar="SIZE",
                   help=f"paper size: {', '.join(PAGE_SIZES)} (default: A3)")
    p.add_argument("--orientation", choices=ORIENTATIONS, default="landscape",
                   help="orientation of the page, or of the poster with --poster (default: landscape)")
    p.add_argument("--poster", type=_page, metavar="SIZE",
                   help="print the map at the scale of a poster of this size, tiled over --page sheets")
    p.add_argument("--no-persona-pages", action="store_true", help="leave out the page per persona")
    p.add_argument("--no-findings", action="store_true", help="leave out the coverage findings page")
    p.add_argument("--format", choices=tuple(EXPORT_SUFFIXES),
                   help="what to write, whatever OUT ends in (default: from OUT's suffix: .pdf, .mmd/.mermaid, .csv;"
                        " any other suffix is refused)")
    p.add_argument("--compare", nargs="?", const="", metavar="CURRENT.jmap",
                   help="add a comparison page with this map (today), stage by stage; with no file, the map "
                        "FILE was made from (its link)")
    p.set_defaults(func=run)


def run(args) -> int:
    from jmap.interop.formats import FormatError, writer_for
    from jmap.io import JmapError, load

    try:
        fmt, write_text = writer_for(args.output, args.format)
    except FormatError as exc:
        print(f"jmap export: {exc}", file=sys.stderr)
        return 2
    try:
        result = load(args.file)
    except JmapError as exc:
        print(f"jmap export: {exc}", file=sys.stderr)
        return 2
    for warning in result.warnings:
        print(f"warning: {args.file}: {warning}", file=sys.stderr)
    if write_text is not None and getattr(args, "compare", None) is not None:
        print("jmap export: --compare adds a page to a PDF; it does not apply to Mermaid or CSV", file=sys.stderr)
        return 2
    if write_text is not None:
        return _export_text(result.document, args.output, fmt, write_text)

    from jmap.export.fonts import FontError
    from jmap.export.pdf import export_pdf

    comparison = None
    if getattr(args, "compare", None) is not None:
        from jmap.export.compare_page import comparison_for

        try:
            comparison = comparison_for(result.document, args.file, args.compare)
        except (JmapError, ValueError) as exc:
            print(f"jmap export: --compare: {exc}", file=sys.stderr)
            return 2
    try:
        pages = export_pdf(result.document, args.output, page=args.page, orientation=args.orientation,
                           poster=args.poster, persona_pages=not args.no_persona_pages,
                           findings=not args.no_findings, compare=comparison)
    except JmapError as exc:  # SaveError: the output cannot be written
        print(f"jmap export: {exc}", file=sys.stderr)
        return 2
    except FontError as exc:
        print(f"jmap export: {exc}", file=sys.stderr)
        return 2
    what = f"{args.poster} poster on {args.page} sheets" if args.poster else f"{args.page} {args.orientation}"
    print(f"wrote {args.output} ({pages} pages, {what})")
    hint = small_print_hint(result.document, args.poster or args.page, args.orientation)
    if hint:
        print(f"note: {hint}", file=sys.stderr)
    return 0


def _export_text(doc, output: str, fmt: str, write) -> int:
    """A Mermaid journey diagram or a CSV table of the cards and notes, written atomically (docs/interop.md)."""
    from jmap.io import JmapError

    try:
        write(doc, output)
    except JmapError as exc:
        print(f"jmap export: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {output} ({'CSV table' if fmt == 'csv' else 'Mermaid journey diagram'})")
    return 0


def small_print_hint(doc, paper: str, orientation: str) -> str:
    """A word of advice when the map's smallest text prints below about 5 pt on this paper."""
    from jmap.core.layout import compute_layout
    from jmap.core.pagelayout import page_size
    from jmap.export.mapplan import MIN_PRINT
    from jmap.export.pdf import smallest_type

    layout = compute_layout(doc)
    size = smallest_type(layout, *page_size(paper, orientation))
    if size >= MIN_PRINT - 0.25:
        return ""
    other = "portrait" if orientation == "landscape" else "landscape"
    bigger = ("Tabloid",) if paper in ("Letter", "Tabloid") else ("A3", "A2", "A1", "A0")
    choices = [(paper, other)] + [(name, o) for name in bigger
                                  if PAGE_SIZES[name][0] > PAGE_SIZES[paper][0] for o in ORIENTATIONS]
    for name, o in choices:
        if smallest_type(layout, *page_size(name, o)) >= MIN_PRINT - 0.25:
            better = f"{name} {o} prints it at 5 pt or more"
            break
    else:
        better = "a poster (--poster A0) prints it bigger"
    return f"the smallest text of this map prints at {size:.1f} pt on {paper} {orientation}; {better}"
