"""`jmap export` (placeholder until issue #4 lands)."""


def add_parser(sub) -> None:
    p = sub.add_parser("export", help="export a map to PDF")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=run)


def run(args) -> int:
    return 2
