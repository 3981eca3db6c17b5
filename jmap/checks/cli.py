"""`jmap check` (placeholder until issue #3 lands)."""


def add_parser(sub) -> None:
    p = sub.add_parser("check", help="find gaps in a map (coverage check)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=run)


def run(args) -> int:
    return 0
