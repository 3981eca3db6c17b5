"""`jmap check FILE...`: coverage findings as text for people or JSON for tools (format in docs/coverage-rules.md).

Exit status: 0 no error-level finding, 1 at least one, 2 wrong usage or a file that cannot be read.
"""

from __future__ import annotations

import json
import sys

#: Version of the JSON output; bumped only when a field changes meaning or goes away.
JSON_VERSION = 1
_LEVELS = ("info", "warning", "error")


def add_parser(sub) -> None:
    p = sub.add_parser(
        "check", help="find gaps in a map (coverage check)",
        description="Check maps for gaps: stages without touchpoints, empty required lanes, missing emotions, "
                    "unreachable touchpoints, pain points without opportunities and more (see "
                    "docs/coverage-rules.md). Exit 0 if no error-level finding, 1 if any, 2 for usage errors "
                    "or unreadable files.")
    p.add_argument("files", nargs="+", metavar="FILE", help="the .jmap files to check")
    p.add_argument("--format", "-f", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--min-severity", "-s", choices=_LEVELS, default="info",
                   help="leave out findings below this level (default: info, show all)")
    p.set_defaults(func=run)


def run(args) -> int:
    from jmap.checks import Severity, run_checks
    from jmap.io import JmapError, load

    floor = Severity.parse(args.min_severity)
    reports = []
    status = 0
    for path in args.files:
        try:
            result = load(path)
        except JmapError as exc:
            print(f"jmap check: {exc}", file=sys.stderr)
            reports.append({"path": path, "error": str(exc)})
            status = 2
            continue
        for warning in result.warnings:
            print(f"warning: {path}: {warning}", file=sys.stderr)
        doc = result.document
        findings = run_checks(doc)
        if any(f.severity == Severity.ERROR for f in findings) and status == 0:
            status = 1
        shown = [f for f in findings if f.severity >= floor]
        reports.append({"path": path, "doc": doc, "warnings": [str(w) for w in result.warnings],
                        "findings": shown, "hidden": len(findings) - len(shown), "floor": args.min_severity})
    if args.format == "json":
        print(json.dumps(_json(reports), ensure_ascii=False, indent=2))
    else:
        texts = [_text(r) for r in reports if "doc" in r]
        if texts:
            print("\n\n".join(texts))
    return status


# ------------------------------------------------------------------- JSON
def _counts(findings) -> dict[str, int]:
    counts = {level: 0 for level in reversed(_LEVELS)}
    for f in findings:
        counts[f.severity.label] += 1
    return counts


def _json(reports) -> dict:
    files = []
    for r in reports:
        if "doc" not in r:
            files.append({"path": r["path"], "error": r["error"]})
            continue
        doc = r["doc"]
        files.append({
            "path": r["path"],
            "title": doc.meta.title,
            "language": doc.meta.language,
            "disabled_rules": list(doc.meta.disabled_rules),
            "warnings": r["warnings"],
            "findings": [{
                "rule": f.rule,
                "severity": f.severity.label,
                "message": f.message,
                "stages": list(f.stages),
                "lanes": list(f.lanes),
                "touchpoints": list(f.touchpoints),
                "flows": list(f.flows),
                "personas": list(f.personas),
            } for f in r["findings"]],
            "summary": _counts(r["findings"]),
        })
    return {"version": JSON_VERSION, "files": files}


# ------------------------------------------------------------------- text
def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"


def _text(report) -> str:
    doc, findings = report["doc"], report["findings"]
    counts = _counts(findings)
    title = f" ({doc.meta.title})" if doc.meta.title else ""
    hidden = f" ({report['hidden']} below {report['floor']} not shown)" if report["hidden"] else ""
    if not findings:
        return f"{report['path']}{title}: no findings{hidden}"
    head = (f"{report['path']}{title}: {_plural(len(findings), 'finding')} — "
            + ", ".join(_plural(n, level) for level, n in counts.items()) + hidden)
    lines = [head]
    positions = {s.id: i for i, s in enumerate(doc.stages)}
    group = None
    for f in findings:
        first = min((positions[s] for s in f.stages), default=-1)
        if first != group:
            group = first
            if first < 0:
                lines.append("  The map as a whole")
            else:
                stage = doc.stages[first]
                lines.append(f"  Stage {first + 1}: {stage.name.strip() or stage.id}")
        ids = f.touchpoints + f.flows
        where = f"  [{', '.join(ids[:6])}{', …' if len(ids) > 6 else ''}]" if ids else ""
        lines.append(f"    {f.severity.label:<8} {f.rule}: {f.message}{where}")
    return "\n".join(lines)
