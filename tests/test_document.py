"""The Document's symmetric operations, its signals, dependents() and new_id()."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from jmap.core.document import Document
from jmap.core.model import (
    COLLECTIONS,
    BlueprintLine,
    EmotionPoint,
    Flow,
    Lane,
    MapMeta,
    Metric,
    Note,
    Persona,
    Stage,
    Touchpoint,
)
from jmap.io import dumps, loads


def sample() -> Document:
    """A small map using every collection: three stages, a flow across stages, anchored emotions."""
    doc = Document(MapMeta(title="Kafé Løvetann", language="nb", authors=["Åse", "Øystein"]))
    doc.append("personas", Persona("persona-1", name="Μαρία", goals=["ρωμαϊκός καφές", "wifi"]))
    doc.append("personas", Persona("persona-2", name="Sanne", colour="#E69F00"))
    for i, name in enumerate(("Oppdage", "Bestille", "Betale"), 1):
        doc.append("stages", Stage(f"stage-{i}", name=name))
    doc.append("lanes", Lane("lane-1", kind="touchpoints", title="Touchpoints", required=True))
    doc.append("lanes", Lane("lane-2", kind="pain_points", title="Smertepunkter"))
    doc.append("lanes", Lane("lane-3", kind="backstage", title="Backstage"))
    doc.append("notes", Note("note-1", lane="lane-2", stage="stage-1", text="Køen er lang"))
    doc.append("notes", Note("note-2", lane="lane-2", stage="stage-2", text="Menyen er bare på norsk"))
    doc.append("notes", Note("note-3", lane="lane-2", stage="stage-1", text="🙂 ingen skilt"))
    doc.append("touchpoints", Touchpoint("tp-1", stage="stage-1", lane="lane-1", title="Instagram", channel="social"))
    doc.append("touchpoints", Touchpoint("tp-2", stage="stage-2", lane="lane-1", title="Disk", channel="store",
                                         online=False))
    doc.append("touchpoints", Touchpoint("tp-3", stage="stage-1", lane="lane-3", title="Lager"))
    doc.append("touchpoints", Touchpoint("tp-4", stage="stage-3", lane="lane-1", title="Vipps", channel="app"))
    doc.append("flows", Flow("flow-1", source="tp-1", target="tp-2"))
    doc.append("flows", Flow("flow-2", source="tp-2", target="tp-4", label="betaler"))
    doc.append("flows", Flow("flow-3", source="tp-3", target="tp-1"))
    doc.append("flows", Flow("flow-4", source="tp-2", target="tp-2", label="loop"))
    doc.append("emotions", EmotionPoint("emo-1", persona="persona-1", stage="stage-1", value=2))
    doc.append("emotions", EmotionPoint("emo-2", persona="persona-1", stage="stage-2", value=-3, touchpoint="tp-2"))
    doc.append("emotions", EmotionPoint("emo-3", persona="persona-2", stage="stage-1", value=1, touchpoint="tp-1"))
    doc.append("emotions", EmotionPoint("emo-4", persona="persona-2", stage="stage-3", value=0))
    doc.append("metrics", Metric("metric-1", stage="stage-1", name="Konvertering", value=12.5, unit="%", target=20))
    doc.append("metrics", Metric("metric-2", stage="stage-2", name="Ventetid", unit="min"))
    doc.append("lines", BlueprintLine("line-1", kind="visibility", after_lane="lane-1"))
    doc.append("lines", BlueprintLine("line-2", kind="internal", after_lane="lane-3"))
    return doc


def ids(doc: Document, collection: str) -> list[str]:
    return [e.id for e in doc.items(collection)]


class Recorder:
    """Collects every signal a Document emits as (signal name, args)."""

    def __init__(self, doc: Document) -> None:
        self.events: list[tuple] = []
        for name in ("inserted", "removed", "changed", "moved", "meta_changed"):
            getattr(doc, name).connect(lambda *args, _n=name: self.events.append((_n, *args)))


# ------------------------------------------------------------------ insert/remove
@pytest.mark.parametrize("collection", list(COLLECTIONS))
def test_remove_then_insert_restores_exact_order(collection):
    doc = sample()
    before = dumps(doc)
    for entity in list(doc.items(collection)):
        # remove the dependents first so no reference dangles, then put them back
        undo = [(c, doc.remove(c, e.id), e) for c, e in doc.dependents(collection, entity.id)]
        index = doc.remove(collection, entity.id)
        assert entity.id not in doc and doc.get(collection, entity.id) is None
        doc.insert(collection, index, entity)
        for c, i, e in reversed(undo):
            doc.insert(c, i, e)
        assert dumps(doc) == before


def test_insert_and_remove_signals_carry_collection_index_entity():
    doc = sample()
    rec = Recorder(doc)
    stage = Stage("stage-9", name="Anbefale")
    doc.insert("stages", 1, stage)
    assert ids(doc, "stages") == ["stage-1", "stage-9", "stage-2", "stage-3"]
    assert rec.events == [("inserted", "stages", 1, stage)]
    assert doc.remove("stages", "stage-9") == 1
    assert rec.events[-1] == ("removed", "stages", 1, stage)
    assert ids(doc, "stages") == ["stage-1", "stage-2", "stage-3"]


@pytest.mark.parametrize("index", [-1, 99])
def test_insert_out_of_range_appends_and_signal_has_the_real_index(index):
    doc = sample()
    rec = Recorder(doc)
    note = Note("note-9", lane="lane-2", stage="stage-3", text="x")
    doc.insert("notes", index, note)
    assert ids(doc, "notes")[-1] == "note-9"
    assert rec.events == [("inserted", "notes", 3, note)]


def test_insert_refuses_an_id_used_in_any_collection():
    doc = sample()
    with pytest.raises(ValueError, match="tp-1"):
        doc.insert("touchpoints", 0, Touchpoint("tp-1", stage="stage-1", lane="lane-1"))
    # the same id in another collection would make a file that cannot be loaded again
    with pytest.raises(ValueError, match="already used in stages"):
        doc.insert("notes", 0, Note("stage-2", lane="lane-2", stage="stage-1"))
    assert ids(doc, "notes") == ["note-1", "note-2", "note-3"]
    loads(dumps(doc))


# ---------------------------------------------------------------------------- set
def test_set_returns_old_value_and_setting_it_back_restores():
    doc = sample()
    before = dumps(doc)
    rec = Recorder(doc)
    old = doc.set("touchpoints", "tp-2", "title", "Kassa ☕")
    assert old == "Disk"
    assert doc.get("touchpoints", "tp-2").title == "Kassa ☕"
    assert rec.events == [("changed", "touchpoints", "tp-2", "title", "Disk", "Kassa ☕")]
    assert doc.set("touchpoints", "tp-2", "title", old) == "Kassa ☕"
    assert rec.events[-1] == ("changed", "touchpoints", "tp-2", "title", "Kassa ☕", "Disk")
    assert dumps(doc) == before


def test_set_of_a_list_copies_it_and_the_inverse_restores():
    doc = sample()
    before = dumps(doc)
    goals = ["kaffe", "ro"]
    old = doc.set("personas", "persona-1", "goals", goals)
    goals.append("changed by the caller afterwards")
    assert doc.get("personas", "persona-1").goals == ["kaffe", "ro"]
    doc.set("personas", "persona-1", "goals", old)
    assert dumps(doc) == before


def test_set_same_value_emits_nothing_but_a_type_change_does():
    doc = sample()
    rec = Recorder(doc)
    assert doc.set("touchpoints", "tp-1", "importance", 3) == 3
    assert rec.events == []
    assert doc.set("metrics", "metric-1", "target", 20.0) == 20  # int 20 -> float 20.0 is a change
    assert rec.events == [("changed", "metrics", "metric-1", "target", 20, 20.0)]


def test_set_moves_a_card_to_another_stage_and_caches_follow():
    doc = sample()
    assert doc.touchpoints_in("lane-1", "stage-3") == [doc.get("touchpoints", "tp-4")]
    doc.set("touchpoints", "tp-1", "stage", "stage-3")
    assert [t.id for t in doc.touchpoints_in("lane-1", "stage-3")] == ["tp-1", "tp-4"]
    assert doc.touchpoints_in("lane-1", "stage-1") == []


@pytest.mark.parametrize("name", ["id", "extra"])
def test_set_refuses_id_and_extra(name):
    doc = sample()
    with pytest.raises(ValueError):
        doc.set("stages", "stage-1", name, "x")
    assert ids(doc, "stages")[0] == "stage-1"


def test_set_meta_returns_old_value_and_signals():
    doc = sample()
    rec = Recorder(doc)
    assert doc.set_meta("title", "Kafé Λ") == "Kafé Løvetann"
    assert rec.events == [("meta_changed", "title", "Kafé Løvetann", "Kafé Λ")]
    doc.set_meta("title", "Kafé Løvetann")
    assert dumps(doc) == dumps(sample())
    with pytest.raises(ValueError):
        doc.set_meta("colour", "#000000")
    with pytest.raises(ValueError):
        doc.set_meta("extra", {})


# --------------------------------------------------------------------------- move
@pytest.mark.parametrize("collection, entity_id, new_index",
                         [("stages", "stage-1", 2), ("stages", "stage-3", 0), ("notes", "note-2", 0),
                          ("lanes", "lane-2", 2), ("touchpoints", "tp-4", 1)])
def test_move_and_move_back_restores(collection, entity_id, new_index):
    doc = sample()
    before = dumps(doc)
    order = ids(doc, collection)
    rec = Recorder(doc)
    old_index = doc.move(collection, entity_id, new_index)
    assert old_index == order.index(entity_id)
    assert ids(doc, collection).index(entity_id) == new_index
    assert rec.events == [("moved", collection, entity_id, old_index, new_index)]
    assert doc.move(collection, entity_id, old_index) == new_index
    assert ids(doc, collection) == order
    assert dumps(doc) == before


def test_move_clamps_and_a_no_op_move_emits_nothing():
    doc = sample()
    rec = Recorder(doc)
    assert doc.move("stages", "stage-2", 99) == 1
    assert ids(doc, "stages") == ["stage-1", "stage-3", "stage-2"]
    assert rec.events == [("moved", "stages", "stage-2", 1, 2)]
    assert doc.move("stages", "stage-2", 2) == 2
    assert len(rec.events) == 1
    assert doc.stage_index() == {"stage-1": 0, "stage-3": 1, "stage-2": 2}


# --------------------------------------------------------------------- dependents
def test_dependents_of_a_stage_lists_everything_in_it():
    doc = sample()
    deps = doc.dependents("stages", "stage-1")
    found = {(c, e.id) for c, e in deps}
    assert found == {
        ("notes", "note-1"), ("notes", "note-3"),
        ("touchpoints", "tp-1"), ("touchpoints", "tp-3"),
        ("flows", "flow-1"), ("flows", "flow-3"),  # flows touching tp-1 / tp-3
        ("emotions", "emo-1"), ("emotions", "emo-3"),
        ("metrics", "metric-1"),
    }
    assert len(deps) == len(found)


@pytest.mark.parametrize("collection, entity_id",
                         [("stages", "stage-1"), ("stages", "stage-2"), ("stages", "stage-3"),
                          ("lanes", "lane-1"), ("lanes", "lane-3"), ("personas", "persona-1"),
                          ("touchpoints", "tp-2")])
def test_remove_with_dependents_then_reinsert_in_reverse_restores_the_file(collection, entity_id):
    doc = sample()
    before = dumps(doc)
    entity = doc.get(collection, entity_id)
    undo = [(c, doc.remove(c, e.id), e) for c, e in doc.dependents(collection, entity_id)]
    undo.append((collection, doc.remove(collection, entity_id), entity))
    # after removal nothing refers to a missing entity: the file loads without warnings
    assert loads(dumps(doc)).warnings == []
    for c, index, e in reversed(undo):
        doc.insert(c, index, e)
    assert dumps(doc) == before


def test_dependents_of_a_lane_include_its_cards_flows_and_lines():
    doc = sample()
    found = {(c, e.id) for c, e in doc.dependents("lanes", "lane-1")}
    assert found == {("touchpoints", "tp-1"), ("touchpoints", "tp-2"), ("touchpoints", "tp-4"),
                     ("flows", "flow-1"), ("flows", "flow-2"), ("flows", "flow-3"), ("flows", "flow-4"),
                     ("emotions", "emo-2"), ("emotions", "emo-3"), ("lines", "line-1")}


def test_dependents_of_a_leaf_is_empty():
    doc = sample()
    assert doc.dependents("flows", "flow-1") == []
    assert doc.dependents("notes", "note-2") == []


# ------------------------------------------------------------------------- new_id
def test_new_id_never_collides_with_any_collection():
    doc = sample()
    # ids that look like another collection's, and gaps in the numbering
    doc.append("notes", Note("tp-5", lane="lane-2", stage="stage-1"))
    doc.append("notes", Note("note-17", lane="lane-2", stage="stage-1"))
    seen = {e.id for _c, e in doc.iter_all()}
    for collection in COLLECTIONS:
        for _ in range(30):
            new = doc.new_id(collection)
            assert new not in seen
            assert new.startswith(COLLECTIONS[collection][1] + "-")
            seen.add(new)
    assert doc.new_id("notes") == "note-48"  # continues after the highest note-17 (+30 given out)


def test_new_id_is_fresh_after_a_load_and_after_insert_of_a_high_id():
    doc = loads(dumps(sample())).document
    assert doc.new_id("touchpoints") == "tp-5"
    doc.append("touchpoints", Touchpoint("tp-40", stage="stage-1", lane="lane-1"))
    assert doc.new_id("touchpoints") == "tp-41"
    doc.remove("touchpoints", "tp-40")
    assert doc.new_id("touchpoints") == "tp-42"  # a removed id is not handed out again


def test_new_id_in_a_collection_is_unique_even_if_not_inserted():
    doc = Document()
    assert [doc.new_id("stages") for _ in range(3)] == ["stage-1", "stage-2", "stage-3"]


def test_queries_follow_changes():
    doc = sample()
    assert [n.id for n in doc.notes_in("lane-2", "stage-1")] == ["note-1", "note-3"]
    assert {f.id for f in doc.flows_of("tp-2")} == {"flow-1", "flow-2", "flow-4"}
    assert [p.id for p in doc.emotions_of("persona-2")] == ["emo-3", "emo-4"]
    doc.move("stages", "stage-3", 0)
    assert [p.id for p in doc.emotions_of("persona-2")] == ["emo-4", "emo-3"]
    doc.remove("flows", "flow-4")
    assert {f.id for f in doc.flows_of("tp-2")} == {"flow-1", "flow-2"}
    doc.remove("notes", "note-1")
    assert [n.id for n in doc.notes_in("lane-2", "stage-1")] == ["note-3"]


# ------------------------------------------------------------------ bulk load
def test_from_entities_builds_lists_indexes_and_counters_in_one_go():
    doc = sample()
    collections = {name: list(doc.items(name)) for name in COLLECTIONS}
    heard = []

    class Listened(Document):  # connected before the bulk load fills it
        def __init__(self, meta=None):
            super().__init__(meta)
            for signal in (self.inserted, self.removed, self.changed, self.moved, self.meta_changed):
                signal.connect(lambda *args: heard.append(args))

    built = Listened.from_entities(doc.meta, collections, {"later": 1})
    assert heard == []
    assert type(built) is Listened and built.extra == {"later": 1}
    assert dumps(built) == dumps(doc).replace(b"\n  ]\n}\n", b'\n  ],\n  "later": 1\n}\n')
    assert built.get("touchpoints", "tp-2") is doc.get("touchpoints", "tp-2")
    assert [n.id for n in built.notes_in("lane-2", "stage-1")] == ["note-1", "note-3"]
    assert built.new_id("touchpoints") == "tp-5" and built.new_id("emotions") == "emo-5"
    built.append("stages", Stage("stage-9"))
    assert len(heard) == 1  # and it signals as usual afterwards


def test_from_entities_continues_after_the_highest_id_not_the_last():
    stages = [Stage("stage-7"), Stage("stage-2"), Stage("custom-99")]
    doc = Document.from_entities(collections={"stages": stages})
    assert doc.new_id("stages") == "stage-8"
    assert doc.new_id("lanes") == "lane-1"


def test_a_loaded_document_hands_out_ids_after_the_highest_in_the_file():
    data = json.loads(dumps(sample()))
    data["touchpoints"][1]["id"] = "tp-41"
    data["flows"] = [dict(f, source="tp-41") if f["source"] == "tp-2" else f for f in data["flows"]]
    data["flows"] = [dict(f, target="tp-41") if f["target"] == "tp-2" else f for f in data["flows"]]
    doc = loads(json.dumps(data).encode()).document
    assert doc.new_id("touchpoints") == "tp-42"
    assert doc.new_id("flows") == "flow-5"


@pytest.mark.parametrize("collections, where", [
    ({"stages": [Stage("s-1"), Stage("s-1")]}, "in stages and stages"),
    ({"stages": [Stage("x")], "lanes": [Lane("x")]}, "in stages and lanes"),
])
def test_from_entities_refuses_duplicate_ids(collections, where):
    with pytest.raises(ValueError, match=f"duplicate id 'x'|duplicate id 's-1'") as info:
        Document.from_entities(collections=collections)
    assert where in str(info.value)


def test_from_entities_refuses_strangers():
    with pytest.raises(TypeError, match="unknown collection 'cards'"):
        Document.from_entities(collections={"cards": []})
    with pytest.raises(TypeError, match="a Lane cannot be in stages"):
        Document.from_entities(collections={"stages": [Lane("lane-1")]})


def test_nothing_outside_the_document_touches_its_private_fields():
    root = Path(__file__).resolve().parent.parent / "jmap"
    private = re.compile(r"\._(lists|by_id|counters|cache)\b|\._note_id\(")
    offenders = [f"{path.relative_to(root)}:{n}" for path in sorted(root.rglob("*.py"))
                 if path.name != "document.py" or path.parent.name != "core"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if private.search(line)]
    assert offenders == []
