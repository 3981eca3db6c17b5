"""The command line (no screen needed): new, templates, validate, merge, check, diff, export, import, bench.

Exit codes: 0 success, 1 the command ran but found a problem (an invalid file, an
error-level finding), 2 wrong usage or a file that cannot be read or written.

Only what the invoked command needs is imported: the parser is built with the full
arguments of the command given (the others are listed by name and help only), and the
plain form of ``jmap validate`` is read without argparse (anything else goes to it).
"""

from __future__ import annotations

import sys

#: Every command with its one-line help, in the order ``jmap --help`` lists them.
COMMANDS = {
    "new": "create a map from a bundled template",
    "templates": "list the bundled templates",
    "validate": "check that .jmap files are well formed",
    "merge": "three-way merge of maps (a git merge driver)",
    "check": "find gaps in a map (coverage check)",
    "diff": "what changed between two maps (a git diff driver)",
    "import": "make a map from a Mermaid journey diagram or a CSV table",
    "export": "export a map to PDF (or HTML, SVG, PNG, Mermaid .mmd, CSV .csv)",
    "bench": "measure speed on a large generated map",
}
#: Subcommands implemented in other modules: name -> module with add_parser(sub) and run(args).
_PLUGGED = {
    "check": "jmap.checks.cli",
    "diff": "jmap.io.diff",
    "import": "jmap.interop.cli",
    "export": "jmap.export.cli",
    "bench": "jmap.bench",
}
SUBCOMMANDS = tuple(COMMANDS)

_EPILOG = """\
examples:
  jmap templates                                   list the bundled templates
  jmap new --template service-blueprint --lang nb -o kafe.jmap
  jmap validate kafe.jmap                          exit 0 if valid, 1 if not
  jmap check kafe.jmap                             find gaps in the map
  jmap export kafe.jmap -o kafe.pdf --page A3      print it
  jmap export kafe.jmap -o kafe.mmd                Mermaid journey diagram (.csv: a table)
  jmap import journey.mmd -o journey.jmap          a map from Mermaid or CSV
  jmap merge base.jmap ours.jmap theirs.jmap       three-way merge (git merge driver)
  jmap new -t future-state --from kafe.jmap -o kafe-future.jmap   a future state of a map
  jmap diff old.jmap new.jmap                      what changed, stage by stage
  jmap kafe.jmap                                   open it in the editor

Exit status: 0 ok, 1 invalid map or error-level findings, 2 wrong usage or unreadable file.
"""


_PARSER_CLASS: list[type] = []


def _parser_class() -> type:
    """argparse.ArgumentParser with one-line errors and exit status 2 (argparse imported only now)."""
    if not _PARSER_CLASS:
        import argparse

        class _Parser(argparse.ArgumentParser):
            """argparse with one-line errors and exit status 2."""

            def error(self, message: str) -> None:  # type: ignore[override]
                self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")

        _PARSER_CLASS.append(_Parser)
    return _PARSER_CLASS[0]


def _cmd_new(args) -> int:
    from pathlib import Path

    from jmap.io import JmapError, save
    from jmap.io.atomic import os_error_reason
    from jmap.io.templates import new_from_template

    out = Path(args.output)
    try:
        exists = out.exists()
    except OSError as exc:  # a name over 255 bytes, a loop of links...
        print(f"jmap new: {out}: cannot be written: {os_error_reason(exc)}", file=sys.stderr)
        return 2
    if exists and not args.force:
        print(f"jmap new: {out} already exists (use --force to replace it)", file=sys.stderr)
        return 2
    if args.source is not None:
        return _new_from(args, out)
    if args.carry:
        print("jmap new: --carry needs --from CURRENT.jmap", file=sys.stderr)
        return 2
    lang = args.lang or "en"
    try:
        doc = new_from_template(args.template, lang, args.title)
        save(doc, out)
    except JmapError as exc:
        print(f"jmap new: {exc}", file=sys.stderr)
        return 2
    print(f"created {out} from the {args.template} template ({lang})")
    return 0


def _new_from(args, out) -> int:
    """``jmap new --template future-state --from CURRENT``: a future state linked to its current state."""
    from pathlib import Path

    from jmap.io import JmapError, load, save
    from jmap.io.link import CARRY_CHOICES, make_future

    if args.template != "future-state":
        print(f"jmap new: --from makes a future state; use --template future-state, not {args.template}",
              file=sys.stderr)
        return 2
    carry = [c.strip() for c in ",".join(args.carry or []).split(",") if c.strip()]
    carry = list(CARRY_CHOICES) if carry == ["all"] else carry
    unknown = [c for c in carry if c not in CARRY_CHOICES]
    if unknown:
        print(f"jmap new: --carry: unknown {', '.join(unknown)} (choose from {', '.join(CARRY_CHOICES)} or all)",
              file=sys.stderr)
        return 2
    try:
        source = load(args.source)
    except JmapError as exc:
        print(f"jmap new: {exc}", file=sys.stderr)
        return 2
    for warning in source.warnings:
        print(f"warning: {args.source}: {warning}", file=sys.stderr)
    if out.absolute() == Path(args.source).absolute():
        print(f"jmap new: {out} is the current-state map itself; write the future state to another file",
              file=sys.stderr)
        return 2
    doc, notes = make_future(source.document, args.source, out, carry, args.title)
    if args.lang and args.lang != doc.meta.language:
        print(f"note: the future state keeps the language of {args.source} ({doc.meta.language})", file=sys.stderr)
    try:
        save(doc, out)
    except JmapError as exc:
        print(f"jmap new: {exc}", file=sys.stderr)
        return 2
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    kept = ", ".join(["stages", "personas", *carry])
    print(f"created {out}: a future state of {args.source} ({kept}), linked to it")
    return 0


def _cmd_templates(args) -> int:
    from jmap.io.templates import list_templates

    rows = list_templates(args.lang)
    if not rows:
        print("jmap templates: no templates found (is the installation complete?)", file=sys.stderr)
        return 2
    width = max(len(r.name) for r in rows)
    for r in rows:
        print(f"{r.name:<{width}}  {r.language}  {r.title}")
    return 0


def _cmd_validate(args) -> int:
    """Every check of loading (jmap.io.plain, shared with jmap.io.load), without building the Document."""
    from jmap.io.errors import JmapError, UnreadableError
    from jmap.io.plain import check_file

    status = 0
    for name in args.files:
        try:
            checked = check_file(name)
        except JmapError as exc:
            print(f"invalid: {exc}", file=sys.stderr)
            status = max(status, 2 if isinstance(exc, UnreadableError) else 1)
            continue
        for warning in checked.warnings:
            print(f"warning: {name}: {warning}", file=sys.stderr)
        if checked.warnings and args.strict:
            status = max(status, 1)
            continue
        if not args.quiet:
            count = {name: len(records) for name, records in checked.records.items()}
            print(f"valid: {name} ({count['stages']} stages, {count['lanes']} lanes, "
                  f"{count['touchpoints']} touchpoints, {count['flows']} flows)")
    return status


def _plain_validate(args: list[str]):
    """The arguments of ``jmap validate`` in the plain form ``[-q|--quiet] [--strict] FILE...``
    (options before or after the files), or None for anything else: -h, --, another or
    abbreviated option, no file, an option between files; argparse reads those and says
    what is wrong in its own words."""
    quiet = strict = after_files = False
    files: list[str] = []
    for arg in args:
        if arg in ("-q", "--quiet"):
            quiet = True
        elif arg == "--strict":
            strict = True
        elif arg.startswith("-") or after_files:
            return None
        else:
            files.append(arg)
            continue
        after_files = bool(files)
    if not files:
        return None
    from types import SimpleNamespace

    return SimpleNamespace(command="validate", files=files, strict=strict, quiet=quiet, func=_cmd_validate)


def _cmd_merge(args) -> int:
    from pathlib import Path

    from jmap.io import JmapError, load, save
    from jmap.io.merge import merge

    try:
        base, ours, theirs = (load(name) for name in (args.base, args.ours, args.theirs))
    except JmapError as exc:
        print(f"jmap merge: {exc}", file=sys.stderr)
        return 2
    out = Path(args.output or args.ours)
    try:
        result = merge(base, ours, theirs)  # a limit the merge breaks is the merged map's, not OURS'
        save(result.merged.document, out)
    except JmapError as exc:
        print(f"jmap merge: {exc}", file=sys.stderr)
        return 2
    for line in result.conflicts:
        print(f"conflict: {line}", file=sys.stderr)
    if result.conflicts:
        print(f"jmap merge: {len(result.conflicts)} conflict(s); wrote {out} with our side of each "
              "(and what one side deleted but the other still uses restored); check the lines above",
              file=sys.stderr)
        return 1
    return 0


def build_parser(argv: list[str] | None = None):
    """The argparse parser: every command's arguments, or with ``argv`` only those of the
    commands named in it (the others with their name and help: ``jmap --help`` is the same)."""
    import argparse
    import importlib

    from jmap import __version__

    parser = _parser_class()(
        prog="jmap",
        description="jmap: customer-journey maps. Run 'jmap FILE' to open the editor, or a command below.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"jmap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_parser_class())
    named = set(COMMANDS) if argv is None else set(argv)
    for name, help_text in COMMANDS.items():
        if name not in named:
            sub.add_parser(name, help=help_text)  # listed in jmap --help; never parsed
        elif name in _PLUGGED:
            importlib.import_module(_PLUGGED[name]).add_parser(sub)
        else:
            _ADD_PARSER[name](sub, help_text)
    return parser


def _add_new(sub, help_text: str) -> None:
    from jmap.core.model import LANGUAGES
    from jmap.io.templates import TEMPLATE_NAMES

    p = sub.add_parser("new", help=help_text,
                       description="Create a new .jmap file from one of the bundled templates.")
    p.add_argument("--template", "-t", required=True, choices=TEMPLATE_NAMES, help="which template")
    p.add_argument("--lang", "-l", choices=LANGUAGES, help="language of the template (default: en; with --from: "
                                                            "the current map's)")
    p.add_argument("--title", help="title of the new map")
    p.add_argument("--from", dest="source", metavar="CURRENT.jmap",
                   help="make a future state of this map: its stages and personas (and --carry), linked to it")
    p.add_argument("--carry", action="append", metavar="WHAT",
                   help="with --from, also copy: cards, notes, emotions, metrics (comma-separated) or all")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the .jmap file to write")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(func=_cmd_new)


def _add_templates(sub, help_text: str) -> None:
    from jmap.core.model import LANGUAGES

    p = sub.add_parser("templates", help=help_text,
                       description="List the bundled templates with their languages and titles.")
    p.add_argument("--lang", "-l", choices=LANGUAGES, help="only this language")
    p.set_defaults(func=_cmd_templates)


def _add_validate(sub, help_text: str) -> None:
    p = sub.add_parser("validate", help=help_text,
                       description="Check .jmap files against the format. Exit 0 if all are valid, 1 if "
                                   "any is invalid, 2 for usage errors or unreadable files.")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--strict", action="store_true", help="treat warnings (such as dangling flows) as invalid")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    p.set_defaults(func=_cmd_validate)


def _add_merge(sub, help_text: str) -> None:
    import argparse

    p = sub.add_parser("merge", help=help_text,
                       description="Merge the changes of OURS and THEIRS since BASE, entity by entity and field "
                                   "by field, and write the result to OURS (or -o FILE). Exit 0 when clean, 1 "
                                   "when some field was changed on both sides (our value is kept and each "
                                   "conflict is listed) or one side deleted a stage, lane, persona or card "
                                   "that the other still uses (it is restored from BASE and listed; nothing "
                                   "edited or added is dropped), 2 for unreadable files. As a git merge driver:\n"
                                   "  git config merge.jmap.driver 'jmap merge %O %A %B'\n"
                                   "  echo '*.jmap merge=jmap' >> .gitattributes",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("base", metavar="BASE", help="the common ancestor")
    p.add_argument("ours", metavar="OURS", help="our version (overwritten with the result unless -o)")
    p.add_argument("theirs", metavar="THEIRS", help="their version")
    p.add_argument("-o", "--output", metavar="FILE", help="write the merged map here instead of OURS")
    p.set_defaults(func=_cmd_merge)


_ADD_PARSER = {"new": _add_new, "templates": _add_templates, "validate": _add_validate, "merge": _add_merge}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _plain_validate(argv[1:]) if argv[:1] == ["validate"] else None
    if args is None:
        parser = build_parser(argv)
        args = parser.parse_args(argv)
        if not getattr(args, "command", None):
            parser.print_help()
            return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
