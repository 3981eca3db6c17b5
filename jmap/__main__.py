"""Entry point: ``jmap SUBCOMMAND ...`` runs the command line, anything else opens the editor."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # as argparse would print it, without loading the command line
        from jmap import __version__

        print(f"jmap {__version__}")
        return 0
    from jmap.cli import SUBCOMMANDS

    if argv and (argv[0] in SUBCOMMANDS or argv[0] in ("-h", "--help", "--version")):
        from contextlib import nullcontext

        from jmap.core.gcpause import no_gc_pauses

        # A command is a short-lived process: reference counting frees what it makes, and the
        # collector's passes over every module loaded at start cost more than they free (jmap bench
        # keeps it: it measures). It is back as it was for a caller of main() in the same process.
        with nullcontext() if argv[0] == "bench" else no_gc_pauses():
            from jmap.cli import main as cli_main

            return cli_main(argv)
    from jmap.gui.app.start import run  # the editor; imports Qt only now

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
