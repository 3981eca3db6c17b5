"""Three-way merge of maps: by id and field, with conflicts reported, and as a real git merge driver."""

import shutil
import subprocess
import sys
from pathlib import Path

from jmap.cli import main
from jmap.core.model import EmotionPoint, Flow, Lane, Note, Touchpoint
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


def _delete(doc, entity_id):
    """Delete as the editor does: the entity with everything that depends on it."""
    from jmap.core.edits import apply_steps, delete_edit

    apply_steps(doc, delete_edit(doc, [entity_id]).steps)


def test_cards_and_notes_added_to_a_stage_deleted_here_are_kept_with_the_stage_restored(tmp_path, capsys):
    paths = _three(tmp_path)
    ours, theirs = load(paths["ours"]).document, load(paths["theirs"]).document
    _delete(ours, "stage-3")
    ours.set("stages", "stage-4", "name", "Pay")  # an unrelated edit of ours survives too
    theirs.append("touchpoints", Touchpoint("tp-90", stage="stage-3", lane="lane-2", title="Store visit"))
    theirs.append("notes", Note("note-90", stage="stage-3", lane="lane-1", text="Asks about warranty"))
    theirs.append("flows", Flow("flow-90", source="tp-2", target="tp-90"))
    save(ours, paths["ours"])
    save(theirs, paths["theirs"])
    assert main(["merge", str(paths["base"]), str(paths["ours"]), str(paths["theirs"])]) == 1
    err = capsys.readouterr().err
    assert "$.stages[id=stage-3]: deleted here" in err and "restored from the common ancestor" in err
    result = load(paths["ours"])
    assert result.warnings == []
    doc = result.document
    assert doc.get("touchpoints", "tp-90").stage == "stage-3"
    assert doc.get("notes", "note-90").stage == "stage-3"
    assert doc.get("flows", "flow-90") is not None
    assert [s.id for s in doc.stages] == ["stage-1", "stage-2", "stage-3", "stage-4", "stage-5", "stage-6"]
    assert doc.get("stages", "stage-3").name == load(EXAMPLE).document.get("stages", "stage-3").name
    assert doc.get("stages", "stage-4").name == "Pay"
    assert doc.get("touchpoints", "tp-7") is None  # what nobody kept stays deleted


def test_a_card_moved_into_a_stage_deleted_there_is_kept(tmp_path):
    paths = _three(tmp_path)
    base, ours, theirs = (load(paths[n]) for n in ("base", "ours", "theirs"))
    from jmap.core.edits import apply_steps, move_edit

    apply_steps(ours.document, move_edit(ours.document, {"tp-1": ("stage-5", "lane-2")}).steps)  # feelings follow
    ours.document.set("touchpoints", "tp-1", "title", "Moved and renamed")
    _delete(theirs.document, "stage-5")
    result = merge(base, ours, theirs)
    doc = result.merged.document
    assert doc.get("touchpoints", "tp-1").stage == "stage-5" and doc.get("stages", "stage-5") is not None
    assert any(c.startswith("$.stages[id=stage-5]: deleted there") for c in result.conflicts)
    assert not [c for c in result.conflicts if "after merging" in c]  # nothing left dangling


def test_a_card_put_into_a_lane_deleted_on_the_other_side_is_kept(tmp_path):
    paths = _three(tmp_path)
    base, ours, theirs = (load(paths[n]) for n in ("base", "ours", "theirs"))
    ours.document.insert("lanes", 3, Lane("lane-9", kind="frontstage", title="Counter"))  # not in base
    _delete(ours.document, "lane-2")  # every card lane of base is gone here
    theirs.document.append("touchpoints", Touchpoint("tp-90", stage="stage-1", lane="lane-2", title="Flyer"))
    result = merge(base, ours, theirs)
    doc = result.merged.document
    assert doc.get("touchpoints", "tp-90").lane == "lane-2"
    assert [lane.id for lane in doc.lanes][:4] == ["lane-7", "lane-1", "lane-2", "lane-9"]  # storyboard on top
    assert doc.get("touchpoints", "tp-1") is None  # base cards ours deleted with the lane stay deleted
    assert any(c.startswith("$.lanes[id=lane-2]: deleted here") for c in result.conflicts)


def test_a_flow_and_a_feeling_added_to_what_the_other_side_deleted_are_kept(tmp_path):
    paths = _three(tmp_path)
    base, ours, theirs = (load(paths[n]) for n in ("base", "ours", "theirs"))
    _delete(ours.document, "tp-5")
    _delete(ours.document, "persona-2")
    theirs.document.append("flows", Flow("flow-90", source="tp-5", target="tp-8", label="second thoughts"))
    theirs.document.append("emotions", EmotionPoint("emo-90", persona="persona-2", stage="stage-2", value=-2))
    result = merge(base, ours, theirs)
    doc = result.merged.document
    assert doc.get("flows", "flow-90").source == "tp-5" and doc.get("touchpoints", "tp-5") is not None
    assert doc.get("emotions", "emo-90").persona == "persona-2" and doc.get("personas", "persona-2") is not None
    assert {c.split(":")[0] for c in result.conflicts} == {"$.touchpoints[id=tp-5]", "$.personas[id=persona-2]"}
    assert [f.id for f in doc.flows if f.source == "tp-5" or f.target == "tp-5"] == ["flow-90"]


def test_git_keeps_a_card_added_to_a_stage_the_other_branch_deleted(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args):
        return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)

    git("init", "-q", "-b", "main")
    git("config", "user.email", "t@example.invalid")
    git("config", "user.name", "Test")
    git("config", "merge.jmap.driver", f"{sys.executable} -m jmap merge %O %A %B")
    (repo / ".gitattributes").write_text("*.jmap merge=jmap\n", encoding="utf-8")
    shutil.copy(EXAMPLE, repo / "map.jmap")
    git("add", ".")
    git("commit", "-qm", "base")
    git("checkout", "-qb", "other")
    doc = load(repo / "map.jmap").document
    doc.append("touchpoints", Touchpoint("tp-90", stage="stage-6", lane="lane-2", title="Review request"))
    save(doc, repo / "map.jmap")
    git("commit", "-qam", "theirs: a card in the last stage")
    git("checkout", "-q", "main")
    doc = load(repo / "map.jmap").document
    _delete(doc, "stage-6")
    save(doc, repo / "map.jmap")
    git("commit", "-qam", "ours: the last stage goes")
    done = git("merge", "-q", "--no-edit", "other")
    assert done.returncode != 0  # a conflict for people to look at...
    assert "stage-6" in done.stdout + done.stderr
    merged = load(repo / "map.jmap")  # ...but the file holds both sides' work, and loads cleanly
    assert merged.warnings == []
    assert merged.document.get("touchpoints", "tp-90").stage == "stage-6"


def test_a_merged_result_beyond_a_limit_is_blamed_on_the_merged_map_not_on_ours(tmp_path, monkeypatch, capsys):
    """Review finding: the error named ours.jmap though ours alone was fine; the merged map broke the limit."""
    import jmap.io.plain as plain  # the pictures' limit of loading and saving
    from jmap.io.pictures import make_picture
    from tests.test_pictures_io import png, small_map

    paths = {name: tmp_path / f"{name}.jmap" for name in ("base", "ours", "theirs")}
    save(small_map(), paths["base"])
    sizes = []
    for side, colour in (("ours", "#56B4E9"), ("theirs", "#D55E00")):
        doc = small_map()
        pic = make_picture(png(colour=colour))
        sizes.append(len(pic.data) * 3 // 4)
        doc.append("pictures", pic)
        doc.append("notes", Note(f"note-{side}", "lane-1", "stage-1", text=side, picture=pic.id))
        save(doc, paths[side])
    monkeypatch.setattr(plain, "MAX_TOTAL_PICTURE_BYTES", max(sizes) + 10)  # each side fits, both together do not
    before = paths["ours"].read_bytes()

    assert main(["merge", str(paths["base"]), str(paths["ours"]), str(paths["theirs"])]) == 2
    err = capsys.readouterr().err
    assert "jmap merge: the merged map: $.pictures: the pictures take" in err
    assert "ours.jmap" not in err
    assert paths["ours"].read_bytes() == before
