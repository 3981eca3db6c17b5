"""A future state made from a current state, and the link between the two maps (``meta.source_map``).

``make_future`` builds the future-state map: the current map's stages and personas, the
future-state template's lanes, and what the facilitator carries over (cards, notes,
emotion points, metrics), all keeping their ids so that the two maps can be compared.
The new map records the link: the current map's path relative to the new file and its
map id. ``load_linked`` follows the link back, refusing a missing file, a file that is
not the linked map, and a link that points to itself or goes in a circle.
"""

from __future__ import annotations

import copy
import os
from dataclasses import replace
from pathlib import Path

from jmap.core.document import Document
from jmap.core.labels import label
from jmap.core.model import CARD_LANES, LANGUAGES, MapType
from jmap.io.errors import JmapError
from jmap.io.jmapfile import LoadResult, load
from jmap.io.templates import new_from_template, template_path
from jmap.paths import resolved

#: What can be carried over besides the stages and personas (always copied).
CARRY_CHOICES = ("cards", "notes", "emotions", "metrics")
#: Links followed at most when looking for a circle.
MAX_HOPS = 32
_WHERE = "$.meta.source_map"


class LinkError(JmapError):
    """A link to a source map that cannot be followed (missing file, wrong map, circle)."""


def relative_link(source: Path, target: Path) -> str:
    """The path of ``source`` as written in ``target``'s link: relative, with forward slashes."""
    source, target = Path(os.path.abspath(source)), Path(os.path.abspath(target))
    try:
        return Path(os.path.relpath(source, target.parent)).as_posix()
    except ValueError:  # another drive (Windows): only an absolute path can say where
        return source.as_posix()


def _fresh(prefix: str, used: set[str]) -> str:
    n = 1
    while f"{prefix}-{n}" in used:
        n += 1
    used.add(f"{prefix}-{n}")
    return f"{prefix}-{n}"


def make_future(source: Document, source_path: str | Path, out_path: str | Path,
                carry=(), title: str | None = None) -> tuple[Document, list[str]]:
    """A future-state map made from ``source`` (saved at ``source_path``) to be saved at ``out_path``.

    Returns the map and notes for people (what could not be carried). ``carry`` names
    CARRY_CHOICES; unknown names raise ValueError.
    """
    carry = set(carry)
    unknown = carry - set(CARRY_CHOICES)
    if unknown:
        raise ValueError(f"cannot carry over {', '.join(sorted(unknown))}; choose from {', '.join(CARRY_CHOICES)}")
    language = source.meta.language
    if language not in LANGUAGES or not template_path(MapType.FUTURE_STATE.value, language).is_file():
        language = "en"
    template = new_from_template(MapType.FUTURE_STATE.value, language)
    used = {entity.id for _name, entity in source.iter_all()}
    by_kind = {}
    for lane in source.lanes:
        by_kind.setdefault(lane.kind, lane)
    lanes = []
    for lane in template.lanes:  # the template's rows; a row of a kind the current map has keeps its id
        match = by_kind.pop(lane.kind, None)
        lanes.append(replace(lane, id=match.id if match is not None else _fresh("lane", used)))
    lane_ids = {lane.id for lane in lanes}
    card_lane = next((lane.id for lane in lanes if lane.kind in CARD_LANES), None)
    out: dict[str, list] = {"personas": [copy.deepcopy(p) for p in source.personas],
                            "stages": [copy.deepcopy(s) for s in source.stages], "lanes": lanes}
    notes: list[str] = []

    def lane_for(lane_id: str) -> str:
        if lane_id not in lane_ids:  # a row the future-state template does not have: kept as it was
            lanes.append(copy.deepcopy(source.get("lanes", lane_id)))
            lane_ids.add(lane_id)
        return lane_id

    if "cards" in carry:
        out["touchpoints"] = [replace(copy.deepcopy(tp), lane=lane_for(tp.lane)) for tp in source.touchpoints]
        out["flows"] = [copy.deepcopy(f) for f in source.flows]
    if "notes" in carry:
        out["notes"] = [replace(copy.deepcopy(n), lane=lane_for(n.lane)) for n in source.notes]
        out["lines"] = [copy.deepcopy(line) for line in source.lines if line.after_lane in lane_ids]
    shown = {e.picture for name in ("touchpoints", "notes") for e in out.get(name, ()) if e.picture}
    if shown:  # the pictures the carried cards and notes show come along (else they would dangle)
        out["pictures"] = [copy.deepcopy(p) for p in source.items("pictures") if p.id in shown]
    if "emotions" in carry:
        cards = {tp.id for tp in out.get("touchpoints", ())}
        points = [copy.deepcopy(p) for p in source.emotions]
        anchored = sum(1 for p in points if p.touchpoint and p.touchpoint not in cards)
        out["emotions"] = [replace(p, touchpoint=p.touchpoint if p.touchpoint in cards else "") for p in points]
        if anchored:
            notes.append(f"{anchored} emotion point(s) lost their card anchor (the cards were not carried over)")
    if "metrics" in carry:
        out["metrics"] = [copy.deepcopy(m) for m in source.metrics]
    if card_lane is None and "cards" in carry:
        notes.append("the future-state template has no card lane; the cards keep their own lanes")
    meta = copy.deepcopy(template.meta)
    meta.title = title or f"{source.meta.title or Path(source_path).stem} – {label('future-state', language)}"
    meta.authors = list(source.meta.authors)
    link = {"path": relative_link(Path(source_path), Path(out_path))}
    if source.meta.map_id:
        link["map_id"] = source.meta.map_id
    else:
        notes.append(f"{Path(source_path).name} has no map id (made before map ids); the link holds its path only")
    meta.source_map = link
    return Document.from_entities(meta, out), notes


def linked_path(doc: Document, path: str | Path) -> Path:
    """Where the link of a map saved at ``path`` points (made absolute)."""
    target = Path(doc.meta.source_map["path"])
    if not target.is_absolute():
        target = Path(os.path.abspath(path)).parent / target
    return Path(os.path.normpath(target))


def _same_file(a: Path, b: Path) -> bool:
    return resolved(a) == resolved(b)  # (Path.resolve raises RuntimeError on a loop of links in 3.11)


def load_linked(doc: Document, path: str | Path | None) -> tuple[Path, LoadResult]:
    """The map that ``doc`` (saved at ``path``) was made from, as (its path, its load result).

    Raises LinkError with a message naming the file and ``$.meta.source_map`` when the map
    has no link or is not saved, the linked file is missing or unreadable, it is not the
    map the link names (another map id), or the links point to the map itself or go in a
    circle. Links beyond the first are followed only to find circles.
    """
    where = str(path) if path is not None else "this map"
    link = doc.meta.source_map
    if not link:
        raise LinkError(where, "this map has no link to the map it was made from; choose a map to compare with",
                        _WHERE)
    if path is None:
        raise LinkError(where, "save this map first: its link is a path relative to its file", _WHERE)
    chain = [Path(os.path.abspath(path))]
    names = [chain[0].name]
    ids = {doc.meta.map_id} if doc.meta.map_id else set()
    first: tuple[Path, LoadResult] | None = None
    current, current_path = doc, chain[0]
    for hop in range(MAX_HOPS):
        link = current.meta.source_map
        if not link:
            break
        target = linked_path(current, current_path)
        link_id = link.get("map_id", "")
        if any(_same_file(target, seen) for seen in chain) or (link_id and link_id in ids):
            if hop == 0:
                raise LinkError(where, f"the link points to this map itself ({link['path']})", _WHERE)
            trail = " → ".join(names + [target.name])
            raise LinkError(where, f"the links go in a circle ({trail}); link the future state to its current "
                                   "state only", _WHERE)
        try:
            result = load(target)
        except JmapError as exc:
            if hop == 0:
                missing = "is missing" if not target.exists() else "cannot be read"
                raise LinkError(where, f"the linked map {link['path']} ({target}) {missing}: {exc.message}",
                                _WHERE) from None
            break  # further back the chain is not needed for comparing
        if link_id and result.document.meta.map_id != link_id:
            if hop == 0:
                found = result.document.meta.map_id or "none"
                raise LinkError(where, f"{link['path']} is not the map this one was made from (its map id is "
                                       f"{found}, the link names {link_id}); choose the map by hand", _WHERE)
            break
        if first is None:
            first = (target, result)
        chain.append(target)
        names.append(target.name)
        if result.document.meta.map_id:
            ids.add(result.document.meta.map_id)
        current, current_path = result.document, target
    assert first is not None
    return first
