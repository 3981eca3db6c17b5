"""`jmap export FILE -o OUT.pdf`: print a map to PDF (one page or a poster), or draw it as HTML, SVG or PNG."""

from __future__ import annotations

import argparse
import sys

from jmap.core.pagelayout import ORIENTATIONS, PAGE_SIZES, page_name
from jmap.export.paper import auto_page, best_orientation, small_print_hint
from jmap.interop.formats import EXPORT_SUFFIXES

_EPILOG = """\
examples:
  jmap export shop.jmap -o shop.pdf                       the whole map on one A3 page
  jmap export shop.jmap -o handout.pdf --page A4           on one A4 page
  jmap export shop.jmap -o shop.pdf --page auto            on the smallest paper (A4 … A0) that keeps it legible
  jmap export shop.jmap -o poster.pdf --poster A0 --page A4   an A0 poster on A4 sheets
  jmap export future.jmap -o cmp.pdf --compare current.jmap   with a page comparing it with today
  jmap export shop.jmap -o shop.html                      one page any browser opens offline: zoom, search, details
  jmap export shop.jmap -o shop.png --width 3000          the map as printed, 3000 pixels wide
  jmap export shop.jmap -o shop.svg                       the same picture as an SVG drawing
"""


def _page(value: str) -> str:
    if str(value).strip().lower() == "auto":
        return "auto"
    try:
        return page_name(value)
    except KeyError:
        raise argparse.ArgumentTypeError(
            f"unknown page size {value!r} (choose from {', '.join(PAGE_SIZES)})"
        ) from None


def _poster(value: str) -> str:
    try:
        return page_name(value)
    except KeyError:
        raise argparse.ArgumentTypeError(
            f"unknown page size {value!r} (choose from {', '.join(PAGE_SIZES)}; auto applies to --page only)"
        ) from None


def _same_file(a, b) -> bool:
    """Whether two paths name one file (the output would overwrite the map being read)."""
    import os
    from pathlib import Path

    try:
        return os.path.samefile(a, b)
    except OSError:  # the output does not exist yet (or cannot be looked at): compare the paths
        return Path(a).resolve() == Path(b).resolve()


def _pixels(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of pixels") from None


def _density(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of pixels per inch") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of pixels per inch")
    return number


def add_parser(sub) -> None:
    p = sub.add_parser(
        "export", help="export a map to PDF (or HTML, SVG, PNG, Mermaid .mmd, CSV .csv)",
        description="Draw a map as a PDF: fitted on one page, or as a poster tiled over several\n"
                    "sheets with overlap, crop marks and sheet labels. Text that did not fit in its\n"
                    "box follows the map in full, then a page per persona and the coverage findings.\n"
                    "An output ending in .mmd or .mermaid gets a Mermaid journey diagram, one ending\n"
                    "in .csv a table of the cards and notes (docs/interop.md); the PDF options do not apply.\n"
                    "An output ending in .html gets one self-contained page (zoom, search, details, personas,\n"
                    "findings), .svg or .png the map page as printed (docs/export.md); --page and\n"
                    "--orientation size its type as for that paper, --width or --dpi size a picture.\n"
                    "Any other suffix is refused unless --format says what to write.\n"
                    "Exit 0 on success, 2 when the map cannot be read, the arguments are wrong or\n"
                    "the output cannot be written.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", metavar="FILE", help="the .jmap file")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                   help="the PDF (or .html/.svg/.png/.mmd/.csv) to write (replaced atomically)")
    p.add_argument("--page", type=_page, default="A3", metavar="SIZE",
                   help=f"paper size: {', '.join(PAGE_SIZES)}, or auto: the smallest of A4 … A0 (either way "
                        f"round) on which the text prints at 7 pt or more (default: A3)")
    p.add_argument("--orientation", choices=ORIENTATIONS, default=None,
                   help="orientation of the page, or of the poster with --poster (default: the one on which "
                        "the text prints bigger; landscape on a tie)")
    p.add_argument("--poster", type=_poster, metavar="SIZE",
                   help="print the map at the scale of a poster of this size, tiled over --page sheets")
    p.add_argument("--no-persona-pages", action="store_true", help="leave out the page per persona")
    p.add_argument("--no-findings", action="store_true", help="leave out the coverage findings page")
    p.add_argument("--width", type=_pixels, metavar="PIXELS",
                   help="width of a .png (or .svg) in pixels, the height following (default: 150 pixels per inch "
                        "of the paper)")
    p.add_argument("--dpi", type=_density, metavar="N",
                   help="pixels per inch of the paper for a .png (or .svg) instead of --width (default: 150)")
    p.add_argument("--format", choices=tuple(EXPORT_SUFFIXES),
                   help="what to write, whatever OUT ends in (default: from OUT's suffix: .pdf, .html/.htm, .svg, "
                        ".png, .mmd/.mermaid, .csv; any other suffix is refused)")
    p.add_argument("--compare", nargs="?", const="", metavar="CURRENT.jmap",
                   help="add a comparison page with this map (today), stage by stage; with no file, the map "
                        "FILE was made from (its link)")
    p.add_argument("--no-flow-labels", action="store_true",
                   help="leave the flows' labels off the map (the arrows stay)")
    p.set_defaults(func=run)


def run(args) -> int:
    """``jmap export`` (the process runs without the cyclic collector: see jmap.__main__)."""
    from jmap.interop.formats import FormatError, writer_for
    from jmap.io import JmapError, load

    try:
        fmt, write_text = writer_for(args.output, args.format)
    except FormatError as exc:
        print(f"jmap export: {exc}", file=sys.stderr)
        return 2
    if _same_file(args.file, args.output):
        print(f"jmap export: the output {args.output} is the map being exported; choose another file name",
              file=sys.stderr)
        return 2
    try:
        result = load(args.file)
    except JmapError as exc:
        print(f"jmap export: {exc}", file=sys.stderr)
        return 2
    for warning in result.warnings:
        print(f"warning: {args.file}: {warning}", file=sys.stderr)
    if fmt != "pdf" and getattr(args, "compare", None) is not None:
        print(f"jmap export: --compare adds a page to a PDF; it does not apply to {fmt}", file=sys.stderr)
        return 2
    if write_text is not None:
        return _export_text(result.document, args.output, fmt, write_text)
    if fmt not in ("png", "svg") and (args.width is not None or args.dpi is not None):
        print("jmap export: --width and --dpi size a picture: they apply to .png and .svg only", file=sys.stderr)
        return 2
    from jmap.export.plancache import planning

    with planning(result.document):  # the map is planned once per paper and orientation
        if fmt in ("html", "svg", "png"):
            return _export_drawing(result.document, args, fmt)
        return _export_pdf(result.document, args)


def _export_pdf(doc, args) -> int:
    """The PDF: the map on one page or a poster, the pages that follow, and the small-print advice."""
    from jmap.export.fonts import FontError
    from jmap.io import JmapError
    from jmap.export.pdf import export_pdf

    comparison = None
    if getattr(args, "compare", None) is not None:
        from jmap.export.compare_page import comparison_for

        try:
            comparison = comparison_for(doc, args.file, args.compare)
        except (JmapError, ValueError) as exc:
            print(f"jmap export: --compare: {exc}", file=sys.stderr)
            return 2
    if args.page == "auto":
        if args.poster:
            print("jmap export: --page auto chooses one page; with --poster give the sheet size (e.g. --page A4)",
                  file=sys.stderr)
            return 2
        args.page, args.orientation = auto_page(doc, args.orientation)
        print(f"--page auto: {args.page} {args.orientation}")
    if args.poster and args.poster != args.page and _fits_on(args.poster, args.page):
        print(f"jmap export: a {args.poster} poster fits on one {args.page} sheet; choose a poster larger than "
              f"--page (e.g. --poster A0 --page A4) or leave out --poster", file=sys.stderr)
        return 2
    if args.orientation is None:  # the way round on which the map's text prints bigger
        paper = args.poster or args.page
        args.orientation = best_orientation(doc, paper, not args.no_flow_labels)
    try:
        pages = export_pdf(doc, args.output, page=args.page, orientation=args.orientation,
                           poster=args.poster, persona_pages=not args.no_persona_pages,
                           findings=not args.no_findings, flow_labels=not args.no_flow_labels,
                           compare=comparison)
    except (JmapError, FontError) as exc:  # SaveError: the output cannot be written
        print(f"jmap export: {exc}", file=sys.stderr)
        return 2
    what = f"{args.poster} poster on {args.page} sheets" if args.poster else f"{args.page} {args.orientation}"
    print(f"wrote {args.output} ({pages} pages, {what})")
    hint = small_print_hint(doc, args.poster or args.page, args.orientation)
    if hint:
        print(f"note: {hint}", file=sys.stderr)
    return 0


def _fits_on(poster: str, sheet: str) -> bool:
    return all(p <= s for p, s in zip(sorted(PAGE_SIZES[poster]), sorted(PAGE_SIZES[sheet]), strict=True))


def _export_text(doc, output: str, fmt: str, write) -> int:
    """A Mermaid journey diagram or a CSV table of the cards and notes, written atomically (docs/interop.md)."""
    from jmap.io import JmapError

    try:
        write(doc, output)
    except JmapError as exc:
        print(f"jmap export: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {output} ({'CSV table' if fmt == 'csv' else 'Mermaid journey diagram'})")
    from jmap.interop.pictures import lost_pictures

    lost = lost_pictures(doc, "CSV" if fmt == "csv" else "Mermaid")
    if lost:
        print(f"warning: {lost}", file=sys.stderr)
    return 0


def _export_drawing(doc, args, fmt: str) -> int:
    """The map page as printed, as one HTML page, an SVG drawing or a PNG image (docs/export.md)."""
    from jmap.export.fonts import FontError
    from jmap.export.image import ImageError
    from jmap.io import JmapError

    if args.poster:
        print(f"jmap export: --poster cuts a PDF into sheets; a .{fmt} is one picture (leave out --poster)",
              file=sys.stderr)
        return 2
    paper, orientation = (auto_page(doc, args.orientation) if args.page == "auto"
                          else (args.page, args.orientation))
    try:
        if fmt == "html":
            from jmap.export.html import write_html

            size = write_html(doc, args.output, paper, orientation, not args.no_flow_labels)
            what = f"one page, {size // 1024 + 1} KB, works offline"
        else:
            from jmap.export.image import write_image

            w, h = write_image(doc, args.output, fmt, paper, orientation, args.width, args.dpi,
                               not args.no_flow_labels)
            what = f"{w} × {h} pixels" if fmt == "png" else f"SVG drawing, {w} × {h}"
    except (ImageError, JmapError, FontError) as exc:  # JmapError is SaveError: the output cannot be written
        print(f"jmap export: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.output} ({what}; the map as printed on {paper})")
    return 0
