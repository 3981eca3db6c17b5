"""Copy and paste of map fragments (cards, notes, the flows between them and their pictures) as plain data."""

from __future__ import annotations

import json
from dataclasses import asdict

from jmap.core.model import CARD_LANES, Flow, Note, Picture, Touchpoint

#: Marks clipboard text as a jmap fragment (other JSON on the clipboard is not pasted).
MARKER = "jmap-fragment"


def copy_fragment(doc, ids) -> dict:
    """The touchpoints and notes among ``ids`` with the flows that join two of them and the pictures they show."""
    ids = set(ids)
    tps = [tp for tp in doc.touchpoints if tp.id in ids]
    notes = [n for n in doc.notes if n.id in ids]
    tp_ids = {tp.id for tp in tps}
    shown = dict.fromkeys(e.picture for e in (*tps, *notes) if e.picture)
    return {
        "touchpoints": [asdict(tp) for tp in tps],
        "notes": [asdict(n) for n in notes],
        "flows": [asdict(f) for f in doc.flows if f.source in tp_ids and f.target in tp_ids],
        "pictures": [asdict(p) for p in (doc.get("pictures", pid) for pid in shown) if p is not None],
    }


def to_text(fragment: dict) -> str:
    return json.dumps({MARKER: 1, **fragment}, ensure_ascii=False, sort_keys=True)


def from_text(text: str, parse=json.loads) -> dict | None:
    """A fragment parsed from clipboard text, or None when it is not one (never raises).

    ``parse`` turns the text into data; the editor passes the loader's bounded parser
    (``jmap.io.jsontext.parse_untrusted``), so clipboard text meets a file's limits.
    """
    try:
        data = parse(text)
    except Exception:  # noqa: BLE001 - whatever the parser refuses is simply not a fragment
        return None
    keys = ("touchpoints", "notes", "flows", "pictures")
    if not isinstance(data, dict) or data.get(MARKER) != 1 or not all(isinstance(data.get(k, []), list) for k in keys):
        return None
    return {k: [e for e in data.get(k, []) if isinstance(e, dict)] for k in keys}


def _build(cls, data: dict, **changes):
    """An entity from untrusted clipboard data: fields of the wrong type keep their default."""
    probe = cls(**{k: "" for k in changes if k in ("id", "stage", "lane", "source", "target")})
    kwargs = {}
    for name in cls.__dataclass_fields__:
        if name == "extra" or name not in data:
            continue
        value, default = data[name], getattr(probe, name)
        if type(value) is type(default):
            kwargs[name] = value
    kwargs.update(changes)
    return cls(**kwargs)


def missing_pictures(doc, fragment: dict) -> list[Picture]:
    """The pictures the fragment carries for its cards and notes that ``doc`` does not hold (unchecked).

    The caller checks them as a file's pictures are checked and passes those it accepts to
    ``paste_steps``; a picture that is not passed leaves its cards and notes without it.
    """
    wanted = {e.get("picture") for k in ("touchpoints", "notes") for e in fragment.get(k, [])}
    out: dict[str, Picture] = {}
    for entry in fragment.get("pictures", []):
        pid = entry.get("id")
        if isinstance(pid, str) and pid in wanted and pid not in out and doc.get("pictures", pid) is None:
            try:
                out[pid] = _build(Picture, entry, id=pid)
            except TypeError:
                continue
    return list(out.values())


def _keep_picture(doc, entity, pictures: dict, steps: list) -> None:
    """A pasted card or note keeps its picture if this map holds it or it is among ``pictures`` (inserted once)."""
    if not entity.picture or doc.get("pictures", entity.picture) is not None:
        return
    picture = pictures.pop(entity.picture, None)
    if picture is not None:
        steps.append(("insert", "pictures", -1, picture))
    elif not any(s[1] == "pictures" and s[3].id == entity.picture for s in steps):
        entity.picture = ""


def paste_steps(doc, fragment: dict, target: tuple[str, str] | None = None,
                pictures=()) -> tuple[list[tuple], list[str]]:
    """Insert steps for a pasted fragment and the new ids.

    Cards and notes keep their stage and lane when these exist; with a ``target``
    cell (stage id, lane id) the fragment is shifted so its first stage lands there.
    ``pictures`` (checked ones from ``missing_pictures``) are inserted before the first card
    or note that shows them; other pictures this map lacks are left off the cards and notes.
    """
    pictures = {p.id: p for p in pictures}
    stages = [s.id for s in doc.stages]
    if not stages or not doc.lanes:
        return [], []
    s_index = doc.stage_index()
    lanes = {lane.id: lane for lane in doc.lanes}
    card_lanes = [lane.id for lane in doc.lanes if lane.kind in CARD_LANES]
    note_lanes = [lane.id for lane in doc.lanes]
    items = fragment.get("touchpoints", []) + fragment.get("notes", [])
    shift = 0
    if target is not None and target[0] in s_index:
        first = min((s_index[e.get("stage")] for e in items if e.get("stage") in s_index), default=0)
        shift = s_index[target[0]] - first

    def place(entry: dict, want_cards: bool) -> tuple[str, str]:
        si = s_index.get(entry.get("stage"), 0) + shift
        stage = stages[max(0, min(si, len(stages) - 1))]
        lane = entry.get("lane")
        pool = card_lanes if want_cards else note_lanes
        if target is not None and target[1] in lanes and target[1] in pool:
            lane = target[1]
        if lane not in lanes or lane not in pool:
            lane = pool[0] if pool else None
        return stage, lane

    steps: list[tuple] = []
    new_ids: list[str] = []
    id_map: dict[str, str] = {}

    def fresh(collection: str) -> str:
        return doc.new_id(collection)  # advances on every call: ids are never handed out twice

    for entry in fragment.get("touchpoints", []):
        stage, lane = place(entry, True)
        if lane is None:
            continue
        try:
            tp = _build(Touchpoint, entry, id=fresh("touchpoints"), stage=stage, lane=lane, entry=False)
        except TypeError:
            continue
        _keep_picture(doc, tp, pictures, steps)
        id_map[str(entry.get("id"))] = tp.id
        steps.append(("insert", "touchpoints", -1, tp))
        new_ids.append(tp.id)
    for entry in fragment.get("notes", []):
        stage, lane = place(entry, False)
        try:
            note = _build(Note, entry, id=fresh("notes"), stage=stage, lane=lane)
        except TypeError:
            continue
        _keep_picture(doc, note, pictures, steps)
        steps.append(("insert", "notes", -1, note))
        new_ids.append(note.id)
    for entry in fragment.get("flows", []):
        src, dst = id_map.get(str(entry.get("source"))), id_map.get(str(entry.get("target")))
        if src and dst:
            flow = Flow(fresh("flows"), source=src, target=dst, label=str(entry.get("label", "")))
            steps.append(("insert", "flows", -1, flow))
            new_ids.append(flow.id)
    return steps, new_ids
