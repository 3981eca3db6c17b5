"""`jmap new --template future-state --from CURRENT`: what is copied, the link in meta, and bad links."""

from __future__ import annotations

import json
import shutil

import pytest

from jmap.cli import main
from jmap.core.diff import diff_maps
from jmap.core.model import CARD_LANES
from jmap.io import JmapError, load, loads, save
from jmap.io.link import LinkError, load_linked, make_future
from jmap.paths import templates_dir

EXAMPLE = templates_dir() / "examples" / "clothing-shop.jmap"


@pytest.fixture
def current(tmp_path):
    """The example saved as a current state with its own map id, in a folder of its own."""
    folder = tmp_path / "today"
    folder.mkdir()
    doc = load(EXAMPLE).document
    doc.meta.map_id = "map-current"
    save(doc, folder / "current.jmap")
    return folder / "current.jmap"


def test_new_from_copies_stages_and_personas_and_records_the_link(tmp_path, current, capsys):
    out = tmp_path / "tomorrow" / "future.jmap"
    out.parent.mkdir()
    assert main(["new", "--template", "future-state", "--from", str(current), "-o", str(out)]) == 0
    assert "linked to it" in capsys.readouterr().out
    source, future = load(current).document, load(out).document
    assert [(s.id, s.name) for s in future.stages] == [(s.id, s.name) for s in source.stages]
    assert [(p.id, p.name, p.quote) for p in future.personas] == [(p.id, p.name, p.quote) for p in source.personas]
    assert future.touchpoints == [] and future.notes == [] and future.emotions == []
    assert future.meta.map_type == "future-state" and future.meta.map_id.startswith("map-")
    assert future.meta.map_id != source.meta.map_id
    raw = json.loads(out.read_text(encoding="utf-8"))["meta"]
    assert raw["source_map"] == {"path": "../today/current.jmap", "map_id": "map-current"}
    path, linked = load_linked(future, out)
    assert path.samefile(current) and linked.document.meta.title == source.meta.title


def test_carried_cards_keep_their_ids_and_land_in_a_card_lane(tmp_path, current):
    out = tmp_path / "future.jmap"
    assert main(["new", "-t", "future-state", "--from", str(current), "--carry", "cards,emotions",
                 "-o", str(out)]) == 0
    source, future = load(current).document, load(out).document
    assert [tp.id for tp in future.touchpoints] == [tp.id for tp in source.touchpoints]
    assert all(future.get("lanes", tp.lane).kind in CARD_LANES for tp in future.touchpoints)
    assert len(future.flows) == len(source.flows) and len(future.emotions) == len(source.emotions)
    kinds = [c.collection for c in diff_maps(source, future).changes]
    assert "touchpoints" not in kinds and "emotions" not in kinds  # carried unchanged: nothing to report


def test_carry_all_keeps_rows_the_template_lacks(tmp_path, current):
    out = tmp_path / "future.jmap"
    assert main(["new", "-t", "future-state", "--from", str(current), "--carry", "all", "-o", str(out)]) == 0
    source, future = load(current).document, load(out).document
    assert len(future.notes) == len(source.notes) and len(future.metrics) == len(source.metrics)
    thoughts = next(lane for lane in source.lanes if lane.kind == "thoughts")
    assert future.get("lanes", thoughts.id) == thoughts  # kept for its notes
    assert load(out).warnings == []


def test_a_source_without_map_id_is_linked_by_path_with_a_note(tmp_path, capsys):
    shutil.copy(EXAMPLE, tmp_path / "old.jmap")
    assert main(["new", "-t", "future-state", "--from", str(tmp_path / "old.jmap"), "-o",
                 str(tmp_path / "f.jmap")]) == 0
    assert "old.jmap has no map id" in capsys.readouterr().err
    future = load(tmp_path / "f.jmap").document
    assert future.meta.source_map == {"path": "old.jmap"}
    assert load_linked(future, tmp_path / "f.jmap")[0].name == "old.jmap"


@pytest.mark.parametrize("args, message", [
    (["-t", "current-state"], "--from makes a future state; use --template future-state"),
    (["-t", "future-state", "--carry", "tables"], "--carry: unknown tables"),
])
def test_new_from_refuses_wrong_usage(tmp_path, current, capsys, args, message):
    assert main(["new", *args, "--from", str(current), "-o", str(tmp_path / "f.jmap")]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "f.jmap").exists()


def test_new_from_a_missing_or_same_file_is_refused(tmp_path, current, capsys):
    assert main(["new", "-t", "future-state", "--from", str(tmp_path / "nope.jmap"), "-o",
                 str(tmp_path / "f.jmap")]) == 2
    err = capsys.readouterr().err
    assert "nope.jmap" in err and "Traceback" not in err
    assert main(["new", "-t", "future-state", "--from", str(current), "-o", str(current), "--force"]) == 2
    assert "is the current-state map itself" in capsys.readouterr().err
    assert main(["new", "-t", "current-state", "--carry", "cards", "-o", str(tmp_path / "g.jmap")]) == 2


def _future(tmp_path, current):
    out = tmp_path / "future.jmap"
    doc, _notes = make_future(load(current).document, current, out)
    save(doc, out)
    return doc, out


def test_a_missing_linked_file_is_named(tmp_path, current):
    doc, out = _future(tmp_path, current)
    current.unlink()
    with pytest.raises(LinkError) as info:
        load_linked(doc, out)
    assert "$.meta.source_map" in str(info.value)
    assert "the linked map today/current.jmap" in str(info.value) and "is missing" in str(info.value)


def test_a_link_to_another_map_is_refused(tmp_path, current):
    doc, out = _future(tmp_path, current)
    other = load(EXAMPLE).document
    other.meta.map_id = "map-other"
    save(other, current)
    with pytest.raises(LinkError, match="is not the map this one was made from .its map id is map-other, "
                                        "the link names map-current"):
        load_linked(doc, out)


def test_a_link_to_itself_is_refused(tmp_path, current):
    doc = load(current).document
    doc.meta.source_map = {"path": "current.jmap"}
    with pytest.raises(LinkError, match="the link points to this map itself"):
        load_linked(doc, current)
    doc.meta.source_map = {"path": "elsewhere.jmap", "map_id": "map-current"}
    with pytest.raises(LinkError, match="points to this map itself"):
        load_linked(doc, current)


def test_links_in_a_circle_are_refused(tmp_path, current):
    future, out = _future(tmp_path, current)
    today = load(current).document
    today.meta.source_map = {"path": "../future.jmap", "map_id": future.meta.map_id}  # and back again
    save(today, current)
    with pytest.raises(LinkError, match=r"the links go in a circle \(future.jmap → current.jmap → future.jmap\)"):
        load_linked(future, out)


def test_no_link_or_an_unsaved_map(tmp_path, current):
    with pytest.raises(LinkError, match="has no link to the map it was made from"):
        load_linked(load(current).document, current)
    doc, _out = _future(tmp_path, current)
    with pytest.raises(LinkError, match="save this map first"):
        load_linked(doc, None)


def test_the_link_field_is_checked_by_the_loader(current):
    data = json.loads(current.read_text(encoding="utf-8"))
    data["meta"]["source_map"] = {"map_id": "map-x"}
    with pytest.raises(JmapError, match=r"\$.meta.source_map: 'path' is missing"):
        loads(json.dumps(data).encode())
    data["meta"]["source_map"] = {"path": "a.jmap", "map_id": "not an id"}
    with pytest.raises(JmapError, match=r"\$.meta.source_map.map_id"):
        loads(json.dumps(data).encode())


def test_a_map_without_link_writes_no_link_fields(tmp_path):
    doc = load(EXAMPLE).document
    save(doc, tmp_path / "a.jmap")
    assert "source_map" not in (tmp_path / "a.jmap").read_text() and "map_id" not in (tmp_path / "a.jmap").read_text()
