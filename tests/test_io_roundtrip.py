"""Round trips of .jmap files: load(save(map)) == map, deterministic bytes, one-line diffs, unknown fields."""

from __future__ import annotations

import dataclasses
import difflib
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmap.core.document import Document
from jmap.core.model import (
    COLLECTIONS,
    LANGUAGES,
    BlueprintLine,
    Channel,
    EmotionPoint,
    Evidence,
    Flow,
    Lane,
    LaneKind,
    REFERENCES,
    LineKind,
    MapMeta,
    MapType,
    Metric,
    Note,
    Persona,
    Stage,
    Touchpoint,
)
from jmap.io import dumps, load, loads, save
from jmap.io.schema import SCHEMA_PATH, build_schema, schema_text

DATA = Path(__file__).parent / "data"

# Text as people type it: Greek, æøå, emoji, quotes, backslashes, newlines, tabs; no lone surrogates.
_SPECIALS = "ΑαΒβΓγΔδΩωάέήίόύώæøåÆØÅ\"\\\n\t /{}[]:,😀☕🇳🇴👩‍💻"
text = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(_SPECIALS), max_size=24)
short_text = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(_SPECIALS), max_size=8)
colour = st.sampled_from(["", "#0072B2", "#e69f00", "#000000", "#FFFFFF"])
number = st.none() | st.integers(-10**15, 10**15) | st.floats(allow_nan=False, allow_infinity=False)
level = st.integers(1, 5)


@st.composite
def documents(draw) -> Document:
    """A random valid map: every collection, references only to entities that exist."""
    doc = Document(MapMeta(
        title=draw(text), description=draw(text), map_type=draw(st.sampled_from([t.value for t in MapType])),
        language=draw(st.sampled_from(LANGUAGES)), authors=draw(st.lists(short_text, max_size=3)),
        created=draw(st.sampled_from(["", "2026-11-25T21:00:00Z"])), modified=draw(short_text),
        disabled_rules=draw(st.lists(st.sampled_from(["empty-stage", "dead-end", "x.y"]), max_size=2)),
    ))
    used: set[str] = set()

    def new_id(collection: str) -> str:
        # mostly the editor's ids, sometimes any id the format allows
        custom = draw(st.none() | st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9_.:-]{0,12}\Z"))
        eid = custom if custom and custom not in used and custom not in doc else doc.new_id(collection)
        used.add(eid)
        return eid

    for _ in range(draw(st.integers(0, 3))):
        doc.append("personas", Persona(
            new_id("personas"), name=draw(text), role=draw(short_text), quote=draw(text),
            demographics=draw(short_text), goals=draw(st.lists(short_text, max_size=3)),
            needs=draw(st.lists(short_text, max_size=2)), motivations=draw(st.lists(short_text, max_size=2)),
            behaviours=draw(st.lists(short_text, max_size=2)), frustrations=draw(st.lists(short_text, max_size=2)),
            colour=draw(colour.filter(bool)), visible=draw(st.booleans())))
    for _ in range(draw(st.integers(0, 4))):
        doc.append("stages", Stage(new_id("stages"), name=draw(short_text), description=draw(text),
                                   colour=draw(colour), prompt=draw(short_text)))
    for _ in range(draw(st.integers(0, 4))):
        doc.append("lanes", Lane(new_id("lanes"), kind=draw(st.sampled_from([k.value for k in LaneKind])),
                                 title=draw(short_text), prompt=draw(text), required=draw(st.booleans()),
                                 colour=draw(colour)))
    stage_ids = st.sampled_from([s.id for s in doc.stages]) if doc.stages else None
    lane_ids = st.sampled_from([lane.id for lane in doc.lanes]) if doc.lanes else None
    if stage_ids is not None and lane_ids is not None:
        for _ in range(draw(st.integers(0, 5))):
            doc.append("notes", Note(new_id("notes"), lane=draw(lane_ids), stage=draw(stage_ids),
                                     text=draw(text), colour=draw(colour)))
        for _ in range(draw(st.integers(0, 5))):
            doc.append("touchpoints", Touchpoint(
                new_id("touchpoints"), stage=draw(stage_ids), lane=draw(lane_ids), title=draw(short_text),
                description=draw(text), channel=draw(st.sampled_from([c.value for c in Channel])),
                online=draw(st.booleans()), owner=draw(short_text), importance=draw(level), impact=draw(level),
                evidence=draw(st.sampled_from([e.value for e in Evidence])), entry=draw(st.booleans())))
    if doc.touchpoints:
        tp_ids = st.sampled_from([t.id for t in doc.touchpoints])
        for _ in range(draw(st.integers(0, 6))):
            doc.append("flows", Flow(new_id("flows"), source=draw(tp_ids), target=draw(tp_ids),
                                     label=draw(short_text)))
    if doc.personas and stage_ids is not None:
        for _ in range(draw(st.integers(0, 5))):
            stage = draw(stage_ids)
            in_stage = [t.id for t in doc.touchpoints if t.stage == stage]  # an anchor is in the point's stage
            anchor = draw(st.just("") | st.sampled_from(in_stage)) if in_stage else ""
            doc.append("emotions", EmotionPoint(
                new_id("emotions"), persona=draw(st.sampled_from([p.id for p in doc.personas])),
                stage=stage, value=draw(st.integers(-3, 3)), touchpoint=anchor, comment=draw(text)))
    if stage_ids is not None:
        for _ in range(draw(st.integers(0, 3))):
            doc.append("metrics", Metric(new_id("metrics"), stage=draw(stage_ids), name=draw(short_text),
                                         value=draw(number), unit=draw(st.sampled_from(["", "%", "s", "€"])),
                                         target=draw(number)))
    if lane_ids is not None:
        for _ in range(draw(st.integers(0, 2))):
            doc.append("lines", BlueprintLine(new_id("lines"), kind=draw(st.sampled_from([k.value for k in LineKind])),
                                              after_lane=draw(st.just("") | lane_ids), label=draw(short_text)))
    return doc


def entity_fields(doc: Document) -> dict:
    out = {"meta": dataclasses.asdict(doc.meta), "extra": doc.extra}
    for name in COLLECTIONS:
        out[name] = [(type(e).__name__, dataclasses.asdict(e)) for e in doc.items(name)]
    return out


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("roundtrip")


_FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(doc=documents())
def test_load_of_save_equals_the_map(doc, folder):
    path = folder / "map.jmap"
    save(doc, path)
    data = path.read_bytes()
    assert data == dumps(doc)
    result = load(path)
    assert result.warnings == []
    again = result.document
    assert entity_fields(again) == entity_fields(doc)
    assert dumps(again) == data
    save(again, folder / "again.jmap")
    assert (folder / "again.jmap").read_bytes() == data  # saving twice: identical bytes
    jsonschema.validate(json.loads(data), build_schema())


@_FAST
@given(doc=documents(), data=st.data())
def test_a_one_field_edit_changes_exactly_one_line(doc, data):
    before = dumps(doc).decode("utf-8").splitlines()
    scalars = [(name, e, f.name) for name, e in doc.iter_all() for f in dataclasses.fields(e)
               if f.name not in ("id", "extra") and f.name not in REFERENCES.get(name, {})
               and isinstance(getattr(e, f.name), (str, int, float, type(None)))]
    choices = [("meta", None, "title"), ("meta", None, "description"), *scalars]
    name, entity, field_name = data.draw(st.sampled_from(choices))
    old = getattr(doc.meta if entity is None else entity, field_name)
    if isinstance(old, bool):
        new = not old
    elif isinstance(old, int) and field_name in ("importance", "impact"):
        new = old % 5 + 1
    elif isinstance(old, int) and field_name == "value":
        new = old + 1 if old < 3 else -3
    elif isinstance(old, (int, float)) or old is None:
        new = 1.25 if old != 1.25 else 2.5
    elif field_name in ("colour",):
        new = "#123456" if old != "#123456" else ""
    elif field_name in ("kind", "channel", "evidence", "map_type", "language"):
        allowed = {"kind": [k.value for k in (LaneKind if name == "lanes" else LineKind)],
                   "channel": [c.value for c in Channel], "evidence": [e.value for e in Evidence],
                   "map_type": [t.value for t in MapType], "language": list(LANGUAGES)}[field_name]
        new = allowed[(allowed.index(old) + 1) % len(allowed)]
    else:
        new = old + data.draw(st.sampled_from(["!", " ø", "\n", "😀", "\"quoted\""]))
    if entity is None:
        doc.set_meta(field_name, new)
    else:
        doc.set(name, entity.id, field_name, new)
    after = dumps(doc).decode("utf-8").splitlines()
    changed = [line for line in difflib.ndiff(before, after) if line[:2] in ("- ", "+ ")]
    assert len(changed) == 2, changed
    assert changed[0].startswith("- ") and changed[1].startswith("+ ")
    assert len(after) == len(before)


def test_a_one_entry_edit_of_a_list_changes_one_line():
    doc = Document()
    doc.append("personas", Persona("persona-1", goals=["a", "b", "c"]))
    before = dumps(doc).decode().splitlines()
    doc.set("personas", "persona-1", "goals", ["a", "β", "c"])
    diff = [line for line in difflib.ndiff(before, dumps(doc).decode().splitlines()) if line[:2] in ("- ", "+ ")]
    assert diff == ['-         "b",', '+         "β",']


def test_file_layout_is_two_space_utf8_with_fixed_key_order_and_final_newline():
    doc = Document(MapMeta(title="Æ Ω 😀"))
    doc.append("stages", Stage("stage-1", name="Oppdage"))
    raw = dumps(doc)
    text = raw.decode("utf-8")
    assert raw.endswith(b"}\n") and not raw.endswith(b"\n\n")
    assert '"title": "Æ Ω 😀"' in text  # written as UTF-8, not \\u escapes
    assert text.startswith('{\n  "format": "jmap",\n  "version": 1,\n  "minor_version": 0,\n  "meta": {\n    "title"')
    # "votes" (minor version 1) is written only when the map has votes
    assert list(json.loads(raw)) == ["format", "version", "minor_version", "meta", *COLLECTIONS][:-2]
    assert list(json.loads(raw)["stages"][0]) == ["id", "name", "description", "colour", "prompt"]
    assert "\r" not in text and "\t" not in text


# --------------------------------------------------------------- unknown fields
NEWER = {
    "format": "jmap", "version": 1, "minor_version": 7,
    "meta": {"title": "Fra en nyere jmap", "zz_theme": {"dark": True, "fonts": ["Noto Sans", "Ω"]},
             "a_first": 1},
    "personas": [],
    "stages": [{"id": "stage-1", "name": "Discover", "swimlane_hint": [1, 2, {"deep": [None, 2.5]}]}],
    "lanes": [{"id": "lane-1", "kind": "touchpoints", "icon": "🛒"}],
    "notes": [],
    "touchpoints": [{"id": "tp-1", "stage": "stage-1", "lane": "lane-1", "title": "Web",
                     "sentiment": {"score": -0.5, "by": "model"}, "ab_tag": "α"}],
    "flows": [{"id": "flow-1", "source": "tp-1", "target": "tp-1", "weight": 3}],
    "emotions": [], "metrics": [], "lines": [],
    "comments": [{"author": "Åse", "text": "Ser bra ut"}],
    "attachments": None,
}


def test_unknown_fields_from_a_newer_minor_version_survive_load_and_save(tmp_path):
    path = tmp_path / "newer.jmap"
    path.write_text(json.dumps(NEWER, ensure_ascii=False), encoding="utf-8")
    doc = load(path).document
    assert doc.extra == {"comments": NEWER["comments"], "attachments": None}
    assert doc.meta.extra == {"zz_theme": NEWER["meta"]["zz_theme"], "a_first": 1}
    assert doc.get("touchpoints", "tp-1").extra == {"sentiment": {"score": -0.5, "by": "model"}, "ab_tag": "α"}
    # an edit to a known field keeps them too
    doc.set("touchpoints", "tp-1", "title", "Nettside")
    save(doc, path)
    saved = json.loads(path.read_bytes())
    for key in ("comments", "attachments"):
        assert saved[key] == NEWER[key]
    assert saved["meta"]["zz_theme"] == NEWER["meta"]["zz_theme"] and saved["meta"]["a_first"] == 1
    assert saved["stages"][0]["swimlane_hint"] == NEWER["stages"][0]["swimlane_hint"]
    assert saved["lanes"][0]["icon"] == "🛒"
    tp = saved["touchpoints"][0]
    assert tp["sentiment"] == {"score": -0.5, "by": "model"} and tp["ab_tag"] == "α" and tp["title"] == "Nettside"
    assert saved["flows"][0]["weight"] == 3
    # known fields first in model order, then unknown ones sorted; top-level extras after the collections
    assert list(tp)[-2:] == ["ab_tag", "sentiment"]
    assert list(saved)[-2:] == ["attachments", "comments"]
    # and it is stable: load + save again gives the same bytes
    first = path.read_bytes()
    save(load(path).document, path)
    assert path.read_bytes() == first


def test_unknown_fields_cannot_shadow_known_ones():
    doc = Document()
    doc.append("stages", Stage("stage-1", name="Real", extra={"name": "Shadow", "other": 1}))
    saved = json.loads(dumps(doc))
    assert saved["stages"][0]["name"] == "Real" and saved["stages"][0]["other"] == 1


# ------------------------------------------------------------------- the schema
def test_published_schema_is_up_to_date():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), \
        "resources/jmap.schema.json is stale: run python -m jmap.io.schema"
    jsonschema.Draft202012Validator.check_schema(json.loads(schema_text()))


def _loadable_files() -> list[Path]:
    from jmap.paths import templates_dir
    return sorted(DATA.glob("*.jmap")) + sorted(templates_dir().rglob("*.jmap"))


def test_files_that_load_validate_against_the_published_schema(tmp_path):
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    files = _loadable_files()
    assert any(p.name == "v1-sample.jmap" for p in files)
    checked = 0
    for path in files:
        result = load(path)
        # what jmap writes after loading any file is valid against the published schema
        out = tmp_path / path.name
        save(result.document, out)
        errors = list(validator.iter_errors(json.loads(out.read_bytes())))
        assert errors == [], (path, errors[0].message)
        data = json.loads(path.read_bytes())
        if data.get("version") == 1:  # current-version files validate as they are
            assert list(validator.iter_errors(data)) == [], path
        checked += 1
    assert checked == len(files)
    newer = tmp_path / "newer.jmap"
    newer.write_text(json.dumps(NEWER), encoding="utf-8")
    load(newer)
    assert list(validator.iter_errors(NEWER)) == []


def test_the_schema_refuses_what_the_loader_refuses():
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    bad = json.loads(json.dumps(NEWER))
    bad["touchpoints"][0]["importance"] = 6
    assert not validator.is_valid(bad)
    with pytest.raises(Exception, match="importance"):
        loads(json.dumps(bad).encode())


# ------------------------------------------------------------ the format document
FORMAT_DOC = Path(__file__).resolve().parents[1] / "docs" / "file-format.md"


def test_the_example_in_the_format_document_is_exactly_what_jmap_writes():
    text = FORMAT_DOC.read_text(encoding="utf-8")
    example = text.split("## A complete example", 1)[1].split("```json\n", 1)[1].split("```", 1)[0]
    result = loads(example.encode("utf-8"), "file-format.md")
    assert result.warnings == []
    doc = result.document
    assert all(doc.items(name) for name in COLLECTIONS)  # the example shows every collection
    assert dumps(doc).decode("utf-8") == example


def _section(text: str, heading: str) -> str:
    return text.split(f"\n### {heading}\n", 1)[1].split("\n#", 1)[0]


def test_the_format_document_describes_every_field_of_every_entity():
    text = FORMAT_DOC.read_text(encoding="utf-8")
    for heading, cls in [("meta", MapMeta)] + [(name, cls) for name, (cls, _prefix) in COLLECTIONS.items()]:
        rows = {line.split("|")[1].strip().strip("`") for line in _section(text, heading).splitlines()
                if line.startswith("| `")}
        assert rows == {f.name for f in dataclasses.fields(cls) if f.name != "extra"}, heading
    for kind in LaneKind:
        assert f"`{kind.value}`" in _section(text, "lanes")
    for value in [c.value for c in Channel] + [e.value for e in Evidence]:
        assert f'"{value}"' in _section(text, "touchpoints")


def test_the_format_document_states_the_limits_of_the_code():
    from jmap.io import schema

    text = FORMAT_DOC.read_text(encoding="utf-8")
    limits = text.split("## Limits", 1)[1].split("\n## ", 1)[0]
    assert f"{schema.MAX_FILE_BYTES:,} bytes" in limits
    for value in (schema.MAX_CONTAINERS, schema.MAX_ITEMS, schema.MAX_STRING):
        assert f"| {value:,} |" in limits
    for value in (schema.MAX_LIST_STRINGS, schema.MAX_ID):
        assert f"| {value} |" in limits
    assert f"| {schema.MAX_EXTRA_DEPTH} levels |" in limits


def test_loading_a_big_map_sets_off_no_repeated_garbage_collections(tmp_path):
    """Tens of thousands of new objects would set off collections that walk the whole heap again
    and again (a load's time then grows faster than the map); the collector is paused and back on after."""
    import gc

    from jmap.core.generate import large_map

    path = tmp_path / "big.jmap"
    save(large_map(stages=20, touchpoints=1500, flows=2000), path)
    started = []

    def note(phase, info):
        if phase == "start":
            started.append(info["generation"])

    assert gc.isenabled()
    gc.callbacks.append(note)
    try:
        doc = load(path).document
    finally:
        gc.callbacks.remove(note)
    # (unpaused: 16 collections, a full one among them; paused: the one pass as it comes back on)
    assert len(started) <= 1 and 2 not in started and gc.isenabled()
    assert len(doc.touchpoints) == 1500
