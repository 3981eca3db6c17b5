"""`jmap diff`: every kind of change, by stage and as JSON, exit codes, bad input, and git's diff driver."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from jmap.cli import main
from jmap.core.diff import ADDED, CHANGED, MOVED, REMOVED, compare_stages, curve, diff_maps
from jmap.core.document import Document
from jmap.core.model import COLLECTIONS, REFERENCES, EmotionPoint, Lane, Persona, Touchpoint
from jmap.io import load, save
from jmap.paths import templates_dir

EXAMPLE = templates_dir() / "examples" / "clothing-shop.jmap"
ROOT = Path(__file__).resolve().parents[1]


def example() -> Document:
    return load(EXAMPLE).document


def run_diff(tmp_path, capsys, old: Document, new: Document, *extra: str):
    save(old, tmp_path / "old.jmap")
    save(new, tmp_path / "new.jmap")
    code = main(["diff", str(tmp_path / "old.jmap"), str(tmp_path / "new.jmap"), *extra])
    out, err = capsys.readouterr()
    return code, out, err


def changes_of(tmp_path, capsys, old, new) -> list[dict]:
    code, out, _err = run_diff(tmp_path, capsys, old, new, "--format", "json")
    data = json.loads(out)
    assert code == (0 if data["equal"] else 1)
    return data["changes"]


def one(changes: list[dict], **match) -> dict:
    found = [c for c in changes if all(c[k] == v for k, v in match.items())]
    assert len(found) == 1, (match, changes)
    return found[0]


def section(text: str, header: str) -> str:
    """The lines under one group header of the text output."""
    return text.split(header, 1)[1].split("\n\n", 1)[0]


def test_the_same_map_twice_is_equal_and_exits_0(tmp_path, capsys):
    code, out, err = run_diff(tmp_path, capsys, example(), example())
    assert code == 0 and "no differences" in out and err == ""


def test_the_save_time_alone_is_no_difference(tmp_path, capsys):
    new = example()
    new.meta.modified = "2030-01-01T00:00:00Z"
    assert run_diff(tmp_path, capsys, example(), new)[0] == 0


def test_added_removed_and_changed_cards_are_listed_under_their_stage(tmp_path, capsys):
    new = example()
    new.append("touchpoints", Touchpoint("tp-99", "stage-2", new.touchpoints[0].lane, title="Live chat"))
    gone = new.notes[0]
    new.remove("notes", gone.id)
    card = new.touchpoints[0]
    new.set("touchpoints", card.id, "importance", 1)
    code, out, _ = run_diff(tmp_path, capsys, example(), new)
    assert code == 1
    assert out.splitlines()[0].endswith("1 added, 1 removed, 1 changed")
    assert '+ card tp-99 "Live chat"' in section(out, 'Stage "Consideration" (stage-2)')
    awareness = section(out, 'Stage "Awareness" (stage-1)')
    assert f"- note {gone.id}" in awareness
    assert f'~ card {card.id} "{card.title}": importance {example().touchpoints[0].importance} → 1' in awareness


def test_json_names_kind_collection_id_field_and_both_values(tmp_path, capsys):
    new = example()
    metric = new.metrics[0]
    new.set("metrics", metric.id, "target", 42.5)
    new.set("emotions", new.emotions[0].id, "value", -3)
    new.set_meta("title", "Vera Mode 2027")
    changes = changes_of(tmp_path, capsys, example(), new)
    m = one(changes, collection="metrics", id=metric.id)
    old_target = example().metrics[0].target
    assert (m["kind"], m["field"], m["old"], m["new"], m["stage"]) == (CHANGED, "target", old_target, 42.5,
                                                                      metric.stage)
    e = one(changes, collection="emotions")
    assert (e["field"], e["old"], e["new"]) == ("value", example().emotions[0].value, -3)
    t = one(changes, collection="meta")
    assert (t["field"], t["new"]) == ("title", "Vera Mode 2027")


def test_moves_to_another_stage_lane_or_place(tmp_path, capsys):
    new = example()
    card = new.touchpoints[0]
    new.set("touchpoints", card.id, "stage", "stage-3")
    note = next(n for n in new.notes if n.stage == "stage-2")
    other_lane = next(lane.id for lane in new.lanes if lane.id != note.lane)
    new.set("notes", note.id, "lane", other_lane)
    new.move("stages", "stage-6", 0)
    cell = [tp for tp in new.touchpoints if tp.stage == "stage-4"]
    assert len(cell) >= 2
    new.move("touchpoints", cell[-1].id, new.index_of("touchpoints", cell[0].id))
    changes = changes_of(tmp_path, capsys, example(), new)
    c = one(changes, id=card.id)
    assert (c["kind"], c["field"], c["old"], c["new"], c["stage"]) == (MOVED, "stage", "stage-1", "stage-3", "stage-3")
    n = one(changes, id=note.id)
    assert (n["kind"], n["field"], n["new"]) == (MOVED, "lane", other_lane)
    s = one(changes, collection="stages")
    assert (s["id"], s["kind"], s["field"], s["old"], s["new"]) == ("stage-6", MOVED, "position", 6, 1)
    p = one(changes, id=cell[-1].id)
    assert (p["kind"], p["field"], p["new"]) == (MOVED, "position", 1)
    _code, out, _ = run_diff(tmp_path, capsys, example(), new)
    assert f'moved from stage "Awareness" (stage-1) to stage "Try-on" (stage-3)' in section(out, '(stage-3)')


def test_personas_lanes_flows_and_stages_added_and_removed(tmp_path, capsys):
    new = example()
    new.append("personas", Persona("persona-9", name="Sam"))
    new.append("lanes", Lane("lane-99", kind="ideas", title="Ideas"))
    flow = new.flows[0]
    new.remove("flows", flow.id)
    for collection, entity in new.dependents("stages", "stage-6"):
        new.remove(collection, entity.id)
    new.remove("stages", "stage-6")
    changes = changes_of(tmp_path, capsys, example(), new)
    assert one(changes, id="persona-9")["kind"] == ADDED
    assert one(changes, id="lane-99")["kind"] == ADDED
    assert one(changes, id=flow.id)["kind"] == REMOVED
    stage = one(changes, id="stage-6", collection="stages")
    assert (stage["kind"], stage["stage"]) == (REMOVED, "stage-6")
    _code, out, _ = run_diff(tmp_path, capsys, example(), new)
    assert 'Stage "Loyalty" (stage-6), removed' in out
    assert '+ persona persona-9 "Sam"' in section(out, "Whole map")


def test_unknown_fields_are_compared_too(tmp_path, capsys):
    new = example()
    new.touchpoints[0].extra["cost"] = 12
    c = one(changes_of(tmp_path, capsys, example(), new), id=new.touchpoints[0].id)
    assert (c["field"], c["old"], c["new"]) == ("cost", None, 12)


def test_every_collection_is_compared_so_votes_will_be_covered(monkeypatch):
    @dataclass(slots=True)
    class Vote:  # what another issue will add: a collection the diff has never heard of
        id: str
        touchpoint: str
        weight: int = 1
        extra: dict = field(default_factory=dict)

    monkeypatch.setitem(COLLECTIONS, "votes", (Vote, "vote"))
    monkeypatch.setitem(REFERENCES, "votes", {"touchpoint": "touchpoints"})
    old = example()
    cards = {name: list(old.items(name)) for name in COLLECTIONS if name != "votes"}
    tp = cards["touchpoints"][3]
    before = Document.from_entities(old.meta, dict(cards, votes=[Vote("vote-1", tp.id), Vote("vote-2", tp.id)]))
    after = Document.from_entities(old.meta, dict(cards, votes=[Vote("vote-1", tp.id, 3), Vote("vote-3", tp.id)]))
    diff = diff_maps(before, after)
    got = {(c.kind, c.id, c.field) for c in diff.changes}
    assert got == {(CHANGED, "vote-1", "weight"), (REMOVED, "vote-2", ""), (ADDED, "vote-3", "")}
    assert {c.stage for c in diff.changes} == {tp.stage}  # grouped under the card's stage


def test_a_manual_stage_mapping_matches_stages_whose_ids_differ(tmp_path, capsys):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    text = json.dumps(data).replace('"stage-2"', '"stage-consider"')
    (tmp_path / "renamed.jmap").write_text(text, encoding="utf-8")
    renamed = load(tmp_path / "renamed.jmap").document
    unmatched = diff_maps(example(), renamed)
    assert any(c.kind == REMOVED and c.id == "stage-2" for c in unmatched.changes)
    assert diff_maps(example(), renamed, {"stage-2": "stage-consider"}).equal
    save(example(), tmp_path / "old.jmap")
    assert main(["diff", str(tmp_path / "old.jmap"), str(tmp_path / "renamed.jmap"),
                 "--match-stage", "stage-2=stage-consider"]) == 0
    assert main(["diff", str(tmp_path / "old.jmap"), str(tmp_path / "renamed.jmap"),
                 "--match-stage", "stage-2=stage-nowhere"]) == 2
    assert "the new map has no stage 'stage-nowhere'" in capsys.readouterr().err


def test_comparison_by_stage_and_both_curves():
    new = example()
    new.set("emotions", new.emotions_of("persona-1")[0].id, "value", 3)
    new.append("touchpoints", Touchpoint("tp-77", "stage-1", new.touchpoints[0].lane, title="Video ad"))
    diff = diff_maps(example(), new)
    columns = compare_stages(diff)
    assert [c.id for c in columns] == [s.id for s in new.stages]
    first = columns[0]
    assert [c.id for c in first.added] == ["tp-77"] and len(first.changed) == 1 and first.status == ""
    stages = [s.id for s in new.stages]
    today, tomorrow = curve(example(), "persona-1", stages), curve(new, "persona-1", stages)
    assert today[0] != tomorrow[0] == 3 and today[1:] == tomorrow[1:]


def test_bad_input_exits_2_with_the_loaders_message(tmp_path, capsys):
    save(example(), tmp_path / "ok.jmap")
    (tmp_path / "broken.jmap").write_text('{"format": "jmap", "version": 1, "meta": {}, "stages": 3}')
    assert main(["diff", str(tmp_path / "ok.jmap"), str(tmp_path / "missing.jmap")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jmap diff: ") and "missing.jmap" in err and "Traceback" not in err
    assert main(["diff", str(tmp_path / "ok.jmap"), str(tmp_path / "broken.jmap")]) == 2
    assert "broken.jmap: $: 'lanes' is missing" in capsys.readouterr().err
    assert main(["diff", str(tmp_path / "ok.jmap")]) == 2
    assert "expected OLD NEW" in capsys.readouterr().err
    assert main(["diff", "--textconv", str(tmp_path / "ok.jmap"), str(tmp_path / "ok.jmap")]) == 2


def test_two_maps_with_nothing_in_common_are_named_as_such(tmp_path, capsys):
    other = Document()
    other.append("stages", replace(example().stages[0], id="s-a"))
    code, out, err = run_diff(tmp_path, capsys, example(), other)
    assert code == 1 and "have no id in common: they are not two versions of one map" in err
    assert "Traceback" not in err


# ------------------------------------------------------------ git
def _git(repo: Path, *args: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)


@pytest.fixture
def repo(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT), GIT_CONFIG_NOSYSTEM="1", GIT_PAGER="cat")
    _git(repo, "init", "-q", env=env)
    _git(repo, "config", "user.name", "Test", env=env)
    _git(repo, "config", "user.email", "test@example.invalid", env=env)
    (repo / ".gitattributes").write_text("*.jmap diff=jmap\n")
    shutil.copy(EXAMPLE, repo / "shop.jmap")
    _git(repo, "add", ".", env=env)
    _git(repo, "commit", "-qm", "v1", env=env)
    doc = load(repo / "shop.jmap").document
    doc.set("touchpoints", "tp-1", "title", "Video ad with the dress")
    doc.remove("flows", doc.flows[-1].id)
    save(doc, repo / "shop.jmap")
    return repo, env


def test_git_diff_uses_jmap_as_external_diff_driver(repo):
    repo, env = repo
    _git(repo, "config", "diff.jmap.command", f"{sys.executable} -m jmap diff", env=env)
    shutil.copy(repo / "shop.jmap", repo / "new.jmap")  # an added file: git passes /dev/null as the old one
    _git(repo, "add", "new.jmap", env=env)
    out = _git(repo, "diff", "HEAD", env=env).stdout
    shop = out.split("diff --jmap a/shop.jmap b/shop.jmap", 1)[1].split("diff --jmap", 1)[0]
    assert '~ card tp-1 "Video ad with the dress": title "Instagram ad with the dress" → "Video ad with the dress"' \
        in shop
    assert "- flow " in shop
    assert "diff --jmap a/new.jmap b/new.jmap" in out and "+ card tp-1" in out.split("a/new.jmap", 1)[1]


def test_git_diff_with_jmap_as_textconv(repo):
    repo, env = repo
    _git(repo, "config", "diff.jmap.textconv", f"{sys.executable} -m jmap diff --textconv", env=env)
    out = _git(repo, "diff", env=env).stdout
    removed = [line for line in out.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line for line in out.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert any('card tp-1 "Instagram ad with the dress"' in line for line in removed)
    assert any('card tp-1 "Video ad with the dress"' in line for line in added)
    assert any(line.lstrip("-").strip().startswith("flow ") for line in removed)


def test_dot_votes_are_compared_under_the_stage_of_their_card():
    from jmap.core.model import Vote

    old = example()
    new = example()
    tp = new.touchpoints[0]
    new.append("votes", Vote("vote-1", item=tp.id, voter="P1", count=2))
    added = [c for c in diff_maps(old, new).changes if c.collection == "votes"]
    assert [(c.kind, c.id, c.stage) for c in added] == [(ADDED, "vote-1", tp.stage)]
