"""Three-way merge of .jmap maps by entity id, field by field (``jmap merge``, a git merge driver).

Two people who edited different things of the same map (one renamed a stage, the other
added touchpoints) get both changes without a conflict. A real conflict — the same field
changed to different values on both sides, or an entity changed on one side and deleted
on the other — keeps "ours" (and never drops an edited entity), and is reported so that
git marks the file as conflicted.

An entity kept by the merge never loses what it stands in: when one side deleted a stage,
a lane or a persona (or a card a flow joins) that the other side still uses — a card or
note added to the stage or moved into it, a flow added to the card — the deleted entity
is restored from the common ancestor, at its old place, and that is reported as a conflict
("restored from the common ancestor") for people to decide.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import copy
import re
from collections import deque

from jmap.core.model import COLLECTIONS, REFERENCES, ref_targets
from jmap.io.jmapfile import LoadResult, from_dict, to_dict

_TOP_FIXED = ("format", "version", "minor_version")


@dataclass
class MergeResult:
    merged: LoadResult
    #: one line per conflict, naming the JSON path and the two values
    conflicts: list[str] = field(default_factory=list)


def _merge_value(path: str, base, ours, theirs, conflicts: list[str]):
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    conflicts.append(f"{path}: changed on both sides ({_short(ours)} here, {_short(theirs)} there); kept ours")
    return ours


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _merge_record(path: str, base: dict, ours: dict, theirs: dict, conflicts: list[str]) -> dict:
    keys = list(ours) + [k for k in theirs if k not in ours]
    out = {}
    for key in keys:
        if key not in ours and key in base:
            continue  # removed by us (an unknown field we dropped)
        if key not in theirs and key in base and ours.get(key) == base.get(key):
            continue  # removed by them, untouched by us
        out[key] = _merge_value(f"{path}.{key}", base.get(key), ours.get(key), theirs.get(key), conflicts)
    return out


def _merge_list(name: str, base: list, ours: list, theirs: list, conflicts: list[str]) -> list:
    base_by = {r["id"]: r for r in base}
    ours_by = {r["id"]: r for r in ours}
    theirs_by = {r["id"]: r for r in theirs}
    out: list[dict] = []
    for record in ours:
        eid = record["id"]
        path = f"$.{name}[id={eid}]"
        if eid in theirs_by:
            if eid in base_by:
                out.append(_merge_record(path, base_by[eid], record, theirs_by[eid], conflicts))
            elif record == theirs_by[eid]:
                out.append(record)
            else:
                conflicts.append(f"{path}: added on both sides with different content; kept ours")
                out.append(record)
        elif eid in base_by:
            if record != base_by[eid]:
                conflicts.append(f"{path}: deleted there but changed here; kept it")
                out.append(record)
            # else: deleted by them, untouched by us -> gone
        else:
            out.append(record)  # added by us
    # Their additions (and entities we deleted but they changed), placed after their predecessor.
    position = {r["id"]: i for i, r in enumerate(out)}
    for i, record in enumerate(theirs):
        eid = record["id"]
        if eid in ours_by:
            continue
        if eid in base_by:
            if record == base_by[eid]:
                continue  # deleted by us, untouched by them -> gone
            conflicts.append(f"$.{name}[id={eid}]: deleted here but changed there; kept it")
        anchor = next((position[t["id"]] for t in reversed(theirs[:i]) if t["id"] in position), -1)
        out.insert(anchor + 1, record)
        position = {r["id"]: j for j, r in enumerate(out)}
    return out


def _renumber_their_additions(base: dict, ours: dict, theirs: dict) -> dict:
    """Give a fresh id to what they added under an id we also used for something else.

    Both sides adding a touchpoint while apart makes two different ``tp-22``s; that is
    not a conflict, so theirs becomes ``tp-23`` (or the next free number) and their
    references to it follow.
    """
    used = {r["id"] for data in (base, ours, theirs) for name in COLLECTIONS for r in data.get(name, [])}
    base_ids = {r["id"] for name in COLLECTIONS for r in base.get(name, [])}
    ours_by = {r["id"]: r for name in COLLECTIONS for r in ours.get(name, [])}
    renames: dict[str, str] = {}
    for name, (_cls, prefix) in COLLECTIONS.items():
        for record in theirs.get(name, []):
            eid = record["id"]
            if eid in base_ids or eid not in ours_by or ours_by[eid] == record:
                continue
            match = re.search(r"(\d+)$", eid)
            n = int(match.group(1)) if match else 0
            stem = eid[: match.start()] if match else f"{prefix}-"
            while f"{stem}{n}" in used:
                n += 1
            renames[eid] = f"{stem}{n}"
            used.add(renames[eid])
    if not renames:
        return theirs
    theirs = copy.deepcopy(theirs)
    for name in COLLECTIONS:
        refs = REFERENCES.get(name, {})
        for record in theirs.get(name, []):
            record["id"] = renames.get(record["id"], record["id"])
            for key in refs:
                if record.get(key) in renames:
                    record[key] = renames[record[key]]
    return theirs


#: References that do not restore what they point to: a feeling about a deleted card just
#: loses its anchor (the loader reports it), the card does not come back for it; dots put
#: on a card or note the other side deleted are dropped with it (reported as well).
_OPTIONAL_REFS = {("emotions", "touchpoint"), ("votes", "item")}


def _restore_needed(base: dict, ours: dict, theirs: dict, merged: dict, conflicts: list[str]) -> None:
    """Put back (from ``base``) what one side deleted but a kept entity still refers to."""
    base_order = {name: [r["id"] for r in base.get(name, [])] for name in COLLECTIONS}
    base_by = {name: {r["id"]: r for r in base.get(name, [])} for name in COLLECTIONS}
    in_ours = {name: {r["id"] for r in ours.get(name, [])} for name in COLLECTIONS}
    in_theirs = {name: {r["id"] for r in theirs.get(name, [])} for name in COLLECTIONS}
    present = {name: {r["id"] for r in merged[name]} for name in COLLECTIONS}
    pending = deque((name, record) for name in REFERENCES for record in merged[name])
    while pending:
        name, record = pending.popleft()
        for key, targets in REFERENCES[name].items():
            target = ref_targets(targets)[0]  # only optional references have several targets
            ref = record.get(key)
            if (name, key) in _OPTIONAL_REFS or not isinstance(ref, str) or ref in present[target] \
                    or ref not in base_by[target]:
                continue  # fine, optional, or never existed (the loader reports that)
            original = copy.deepcopy(base_by[target][ref])
            before = set(base_order[target][: base_order[target].index(ref)])
            anchor = next((i for i, r in reversed(list(enumerate(merged[target]))) if r["id"] in before), -1)
            merged[target].insert(anchor + 1, original)
            present[target].add(ref)
            gone_here, gone_there = ref not in in_ours[target], ref not in in_theirs[target]
            where = "on both sides" if gone_here and gone_there else "here" if gone_here else "there"
            conflicts.append(f"$.{target}[id={ref}]: deleted {where}, but $.{name}[id={record['id']}] is still in "
                             "it or joined to it; restored from the common ancestor")
            if target in REFERENCES:
                pending.append((target, original))


def merge_data(base: dict, ours: dict, theirs: dict) -> tuple[dict, list[str]]:
    """Merge three plain-data maps (already checked by the loader); returns (merged, conflicts)."""
    conflicts: list[str] = []
    theirs = _renumber_their_additions(base, ours, theirs)
    merged: dict = {key: ours[key] for key in _TOP_FIXED if key in ours}
    merged["meta"] = _merge_record("$.meta", base.get("meta", {}), ours["meta"], theirs["meta"], conflicts)
    for name in COLLECTIONS:
        merged[name] = _merge_list(name, base.get(name, []), ours.get(name, []), theirs.get(name, []), conflicts)
    _restore_needed(base, ours, theirs, merged, conflicts)
    # Unknown top-level fields (from a newer jmap) merge like the fields of an entity.
    skip = {*_TOP_FIXED, "meta", *COLLECTIONS}
    rest = _merge_record("$", *({k: v for k, v in d.items() if k not in skip} for d in (base, ours, theirs)),
                         conflicts)
    merged.update(rest)
    return merged, conflicts


def merge(base: LoadResult, ours: LoadResult, theirs: LoadResult, source: str = "the merged map") -> MergeResult:
    """Merge three loaded maps; references left dangling by the merge become load warnings."""
    data, conflicts = merge_data(to_dict(base.document), to_dict(ours.document), to_dict(theirs.document))
    result = from_dict(data, source)
    conflicts += [f"{w.json_path}: {w.message} (after merging)" for w in result.warnings]
    return MergeResult(result, conflicts)
