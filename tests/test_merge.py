"""Three-way merge of maps: by id and field, with conflicts reported, and as a real git merge driver."""

import shutil
import subprocess
import sys
from pathlib import Path

from jmap.cli import main
from jmap.core.model import Flow, Touchpoint
from jmap.io import dumps, load, save
from jmap.io.merge import merge

EXAMPLE = Path(__file__).resolve().parents[1] / "templates" / "examples" / "laptop-shop.jmap"


def _three(tmp_path):
    base = load(EXAMPLE).document
    paths = {name: tmp_path / f"{name}.jmap" for name in ("base", "ours", "theirs")}
    for path in paths.values():
        save(base, path)
    return paths


def test_edits_to_different_things_merge_without_conflict(tmp_path):
    paths = _three(tmp_path)
    ours, theirs = load(paths["ours"]).document, load(paths["theirs"]).document
    ours.set("stages", ours.stages[0].id, "name", "Discovery")
    ours.remove("notes", ours.notes[-1].id)
    stage, lane = theirs.touchpoints[0].stage, theirs.touchpoints[0].lane
    theirs.append("touchpoints", Touchpoint(theirs.new_id("touchpoints"), stage=stage, lane=lane, title="Podcast ad"))
    theirs.set("touchpoints", theirs.touchpoints[1].id, "owner", "Marketing team")
    save(ours, paths["ours"])
    save(theirs, paths["theirs"])

    assert main(["merge", str(paths["base"]), str(paths["ours"]), str(paths["theirs"])]) == 0
    merged = load(paths["ours"]).document
    assert merged.stages[0].name == "Discovery"
    assert len(merged.notes) == len(ours.notes)
    assert merged.touchpoints[-1].title == "Podcast ad"
    assert merged.touchpoints[1].owner == "Marketing team"


def test_both_sides_adding_cards_is_not_a_conflict_and_their_flows_follow_the_new_id(tmp_path):
    paths = _three(tmp_path)
    base = load(paths["base"])
    ours, theirs = load(paths["ours"]), load(paths["theirs"])
    first = base.document.touchpoints[0]
    for result, title in ((ours, "Ours"), (theirs, "Theirs")):
        doc = result.document
        new_id = doc.new_id("touchpoints")
        doc.append("touchpoints", Touchpoint(new_id, stage=first.stage, lane=first.lane, title=title))
        doc.append("flows", Flow(doc.new_id("flows"), source=first.id, target=new_id, label=title))
    result = merge(base, ours, theirs)
    assert result.conflicts == []
    doc = result.merged.document
    titles = {tp.title: tp.id for tp in doc.touchpoints}
    assert "Ours" in titles and "Theirs" in titles and titles["Ours"] != titles["Theirs"]
    targets = {f.label: f.target for f in doc.flows if f.label in ("Ours", "Theirs")}
    assert targets == {"Ours": titles["Ours"], "Theirs": titles["Theirs"]}


def test_same_field_changed_on_both_sides_is_a_conflict_that_keeps_ours(tmp_path, capsys):
    paths = _three(tmp_path)
    ours, theirs = load(paths["ours"]).document, load(paths["theirs"]).document
    sid = ours.stages[1].id
    ours.set("stages", sid, "name", "Compare")
    theirs.set("stages", sid, "name", "Shortlist")
    save(ours, paths["ours"])
    save(theirs, paths["theirs"])
    out = tmp_path / "merged.jmap"
    assert main(["merge", str(paths["base"]), str(paths["ours"]), str(paths["theirs"]), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"$.stages[id={sid}].name" in err and "'Compare'" in err and "'Shortlist'" in err
    assert load(out).document.get("stages", sid).name == "Compare"


def test_a_card_deleted_here_but_edited_there_is_kept(tmp_path):
    paths = _three(tmp_path)
    base, ours, theirs = (load(paths[n]) for n in ("base", "ours", "theirs"))
    victim = base.document.touchpoints[2].id
    for entity_kind, entity in ours.document.dependents("touchpoints", victim):
        ours.document.remove(entity_kind, entity.id)
    ours.document.remove("touchpoints", victim)
    theirs.document.set("touchpoints", victim, "title", "Still needed")
    result = merge(base, ours, theirs)
    assert result.merged.document.get("touchpoints", victim).title == "Still needed"
    assert any("deleted here but changed there" in c for c in result.conflicts)


def test_unchanged_sides_give_identical_bytes(tmp_path):
    paths = _three(tmp_path)
    before = paths["ours"].read_bytes()
    assert main(["merge", str(paths["base"]), str(paths["ours"]), str(paths["theirs"])]) == 0
    assert paths["ours"].read_bytes() == before == dumps(load(EXAMPLE).document)


def test_unreadable_input_exits_2_with_one_line(tmp_path, capsys):
    paths = _three(tmp_path)
    paths["theirs"].write_text("{", encoding="utf-8")
    before = paths["ours"].read_bytes()
    assert main(["merge", str(paths["base"]), str(paths["ours"]), str(paths["theirs"])]) == 2
    err = capsys.readouterr().err.strip()
    assert "theirs.jmap" in err and "\n" not in err
    assert paths["ours"].read_bytes() == before  # nothing written


def test_git_uses_it_as_a_merge_driver_where_a_text_merge_would_conflict(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    driver = f"{sys.executable} -m jmap merge %O %A %B"

    def git(*args):
        return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)

    git("init", "-q", "-b", "main")
    git("config", "user.email", "t@example.invalid")
    git("config", "user.name", "Test")
    git("config", "merge.jmap.driver", driver)
    (repo / ".gitattributes").write_text("*.jmap merge=jmap\n", encoding="utf-8")
    shutil.copy(EXAMPLE, repo / "map.jmap")
    git("add", ".")
    git("commit", "-qm", "base")
    git("checkout", "-qb", "other")

    def add_card(title):  # both branches add a card at the end: the same lines of the file change
        doc = load(repo / "map.jmap").document
        first = doc.touchpoints[0]
        doc.append("touchpoints", Touchpoint(doc.new_id("touchpoints"), stage=first.stage, lane=first.lane,
                                             title=title))
        save(doc, repo / "map.jmap")

    add_card("Podcast ad")
    git("commit", "-qam", "theirs")
    git("checkout", "-q", "main")
    add_card("Shop window")
    git("commit", "-qam", "ours")
    done = git("merge", "-q", "--no-edit", "other")
    assert done.returncode == 0, done.stdout + done.stderr
    titles = [tp.title for tp in load(repo / "map.jmap").document.touchpoints]
    assert sorted(titles[-2:]) == ["Podcast ad", "Shop window"]

    git("config", "--unset", "merge.jmap.driver")  # the same merge as plain text conflicts
    git("reset", "-q", "--hard", "HEAD~1")
    assert git("merge", "-q", "--no-edit", "other").returncode != 0


def test_an_unknown_top_level_field_deleted_on_one_side_stays_deleted():
    from jmap.io.merge import merge_data

    base = {"format": "jmap", "version": 1, "meta": {}, "x_plugin": {"a": 1}, "x_other": 1}
    ours = {"format": "jmap", "version": 1, "meta": {}, "x_other": 2}
    theirs = {"format": "jmap", "version": 1, "meta": {}, "x_plugin": {"a": 1}, "x_other": 1, "x_new": True}
    merged, conflicts = merge_data(base, ours, theirs)
    assert conflicts == []
    assert "x_plugin" not in merged and merged["x_other"] == 2 and merged["x_new"] is True
