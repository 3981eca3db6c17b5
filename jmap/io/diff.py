"""`jmap diff OLD NEW`: what changed between two maps, by stage for people or as JSON, and as git's diff driver.

Exit status: 0 the maps are equal, 1 they differ, 2 wrong usage or a map that cannot be read.
Called by git as ``diff.jmap.command`` (seven arguments: path, old file, old hash, old mode,
new file, new hash, new mode) it prints the same text and exits 0, since git stops at an
external diff that exits non-zero. ``--textconv FILE`` prints one map as lines to diff.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from jmap.core.diff import ADDED, CHANGED, MOVED, REMOVED, Change, MapDiff, diff_maps, record, share_nothing
from jmap.core.diff import entity_name, stage_of
from jmap.core.document import Document
from jmap.core.model import COLLECTIONS

#: Version of the JSON output; bumped only when a field changes meaning or goes away.
JSON_VERSION = 1
NOUNS = {"personas": "persona", "stages": "stage", "lanes": "lane", "notes": "note", "touchpoints": "card",
         "flows": "flow", "emotions": "emotion point", "metrics": "metric", "lines": "line", "meta": "map"}
MARKS = {ADDED: "+", REMOVED: "-", CHANGED: "~", MOVED: ">"}
_GIT_ARGS = 7


def noun(collection: str) -> str:
    """The word for one entity of a collection (a collection jmap does not know yet: its name less the s)."""
    return NOUNS.get(collection, collection[:-1] if collection.endswith("s") else collection)


def show(value, limit: int = 60) -> str:
    """A value as people read it in a diff line: quoted text, numbers, lists as JSON; long text shortened."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        text = " ".join(value.split())
        text = text if len(text) <= limit else text[: limit - 1] + "…"
        return json.dumps(text, ensure_ascii=False)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Namer:
    """Names of stages and lanes from both maps, for the lines of a diff."""

    def __init__(self, old: Document, new: Document) -> None:
        self.stages = {s.id: s.name for s in old.stages} | {s.id: s.name for s in new.stages}
        self.lanes = {ln.id: ln.title or ln.kind for ln in old.lanes} | {ln.id: ln.title or ln.kind for ln in new.lanes}

    def place(self, field: str, value) -> str:
        names = self.stages if field == "stage" else self.lanes
        name = names.get(value, "")
        return f"{field} {show(name)} ({value})" if name else f"{field} {value}"


def change_line(change: Change, namer: Namer) -> str:
    """One change as a line: ``~ card tp-3 "Size guide": importance 3 → 5``."""
    mark = MARKS[change.kind]
    if change.collection == "meta":
        return f"{mark} map {change.field}: {show(change.old)} → {show(change.new)}"
    who = f"{noun(change.collection)} {change.id}" + (f" {show(change.name, 50)}" if change.name else "")
    if change.kind in (ADDED, REMOVED):
        return f"{mark} {who}"
    if change.kind == MOVED and change.field in ("stage", "lane"):
        return f"{mark} {who}: moved from {namer.place(change.field, change.old)} to " \
               f"{namer.place(change.field, change.new)}"
    if change.kind == MOVED:
        return f"{mark} {who}: place {change.old} → {change.new}"
    return f"{mark} {who}: {change.field} {show(change.old)} → {show(change.new)}"


def diff_text(diff: MapDiff, old: Document, new: Document, old_name: str, new_name: str) -> str:
    """The diff for people: a summary line, then the changes under the whole map and each stage."""
    counts = diff.counts()
    if diff.equal:
        return f"{old_name} → {new_name}: no differences"
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n)
    lines = [f"{old_name} → {new_name}: {summary}"]
    namer = Namer(old, new)
    for stage, changes in diff.by_stage():
        lines.append("")
        if not stage:
            lines.append("Whole map")
        else:
            before, after = diff.stage_names.get(stage, ("", ""))
            title = f"Stage {show(after or before)} ({stage})"
            if not after:
                title += ", removed"
            elif not before:
                title += ", new"
            elif before != after:
                title += f", was {show(before)}"
            lines.append(title)
        lines.extend("  " + change_line(change, namer) for change in changes)
    return "\n".join(lines)


def diff_json(diff: MapDiff, old_name: str, new_name: str) -> dict:
    return {"version": JSON_VERSION, "old": old_name, "new": new_name, "equal": diff.equal,
            "counts": diff.counts(), "common_ids": diff.common,
            "changes": [change.as_dict() for change in diff.changes]}


def listing(doc: Document) -> str:
    """One map as stable lines, by stage (for git's textconv): each entity with its id and set fields."""
    groups: dict[str, list[str]] = {"": []}
    groups.update({s.id: [] for s in doc.stages})
    meta = record(doc.meta)
    head = [f"map {key}: {show(value, 200)}" for key, value in meta.items() if value not in ("", [], {}, None)]
    for name in COLLECTIONS:
        for entity in doc.items(name):
            label = entity_name(name, entity, doc)
            fields = [f"{key}={show(value, 200)}" for key, value in record(entity).items()
                      if value not in ("", [], {}, None) and show(value, 200) != show(label, 200)]
            line = f"{noun(name)} {entity.id}" + (f" {show(label, 200)}" if label else "")
            groups.setdefault(stage_of(doc, name, entity), []).append(line + ("  " + " ".join(fields) if fields else ""))
    out = head
    for stage, lines in groups.items():
        if stage:
            out.append("")
            out.append(f"== stage {stage} {show(next((s.name for s in doc.stages if s.id == stage), ''))}")
        out.extend(lines if not stage else ["  " + line for line in lines])
    return "\n".join(out) + "\n"


def add_parser(sub) -> None:
    p = sub.add_parser(
        "diff", help="what changed between two maps (a git diff driver)",
        description="Compare two maps entity by entity: stages, lanes, cards, notes, flows, personas, emotion\n"
                    "points, metrics... added (+), removed (-), changed (~, old → new) or moved (>, to another\n"
                    "stage, lane or place), grouped by stage. Exit 0 when equal, 1 when different, 2 when a map\n"
                    "cannot be read. As git's diff driver (see the README):\n"
                    "  git config diff.jmap.command 'jmap diff'      (git passes seven arguments; exit 0)\n"
                    "  git config diff.jmap.textconv 'jmap diff --textconv'\n"
                    "  echo '*.jmap diff=jmap' >> .gitattributes",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="FILE", help="OLD NEW (or git's seven arguments, or one FILE "
                                                           "with --textconv)")
    p.add_argument("--format", "-f", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--textconv", action="store_true", help="print one map as lines for git's textconv")
    p.add_argument("--match-stage", action="append", default=[], metavar="OLD=NEW",
                   help="compare stage OLD of the old map with stage NEW of the new one (repeatable)")
    p.set_defaults(func=run)


def _load(path: str):
    """(document, warnings) of a path; git's /dev/null (a file added or deleted) is an empty map."""
    from jmap.io import load

    if path == os.devnull or path == "/dev/null":
        return Document(), []
    result = load(path)
    return result.document, result.warnings


def run(args) -> int:
    from jmap.core.diff import StageMapError
    from jmap.io import JmapError

    files = args.files
    if args.textconv:
        if len(files) != 1:
            print("jmap diff: --textconv takes one FILE", file=sys.stderr)
            return 2
        try:
            doc, _warnings = _load(files[0])
        except JmapError as exc:
            print(f"jmap diff: {exc}", file=sys.stderr)
            return 2
        sys.stdout.write(listing(doc))
        return 0
    git = len(files) == _GIT_ARGS
    if len(files) not in (2, _GIT_ARGS):
        print(f"jmap diff: expected OLD NEW (or git's seven arguments), got {len(files)} file argument(s)",
              file=sys.stderr)
        return 2
    old_path, new_path = (files[1], files[4]) if git else (files[0], files[1])
    old_name, new_name = (f"a/{files[0]}", f"b/{files[0]}") if git else (old_path, new_path)
    try:
        stage_map = dict(item.split("=", 1) for item in args.match_stage)
    except ValueError:
        print("jmap diff: --match-stage needs OLD=NEW (two stage ids)", file=sys.stderr)
        return 2
    try:
        (old, old_warnings), (new, new_warnings) = _load(old_path), _load(new_path)
    except JmapError as exc:
        print(f"jmap diff: {exc}", file=sys.stderr)
        return 2
    for name, warnings in ((old_name, old_warnings), (new_name, new_warnings)):
        for warning in warnings:
            print(f"warning: {name}: {warning}", file=sys.stderr)
    try:
        diff = diff_maps(old, new, stage_map)
    except StageMapError as exc:
        print(f"jmap diff: --match-stage: {exc}", file=sys.stderr)
        return 2
    if old.count() and new.count() and share_nothing(old, new):
        print(f"note: {old_name} and {new_name} have no id in common: they are not two versions of one map, "
              "so everything shows as removed and added", file=sys.stderr)
    if args.format == "json":
        print(json.dumps(diff_json(diff, old_name, new_name), ensure_ascii=False, indent=2))
    else:
        if git:
            print(f"diff --jmap {old_name} {new_name}")
        print(diff_text(diff, old, new, old_name, new_name))
    return 0 if git or diff.equal else 1
