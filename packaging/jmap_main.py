"""The bundle's entry point: the same ``jmap`` command as the installed package (editor and command line)."""

import sys

from jmap.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
