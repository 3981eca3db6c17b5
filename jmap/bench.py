"""`jmap bench` (filled in below)."""


def add_parser(sub) -> None:
    p = sub.add_parser("bench", help="measure speed on a large generated map")
    p.set_defaults(func=run)


def run(args) -> int:
    return 0
