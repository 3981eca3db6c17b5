"""The Qt-free step builders (jmap.core.edits): steps applied to a real document, checked, then reversed."""

from __future__ import annotations

from jmap.core.clipboard import copy_fragment, from_text, to_text
from jmap.core.document import Document
from jmap.core.edits import apply_steps, delete_edit, move_edit, nudge_moves, paste_edit
from jmap.core.model import EmotionPoint, Lane, LaneKind, Note, Stage, Touchpoint
from jmap.core.starter import starter_map
from jmap.io import dumps


def _apply_and_reverse(doc, edit, check) -> None:
    """Apply the edit's steps, run ``check``, undo them and compare the bytes with before."""
    before = dumps(doc)
    undo = apply_steps(doc, edit.steps)
    check(doc)
    apply_steps(doc, undo)
    assert dumps(doc) == before


def test_deleting_a_stage_takes_its_content_and_reverses_exactly():
    doc = starter_map()
    edit = delete_edit(doc, ["stage-2"])
    assert edit.counts == {"stages": 1}
    removed = [(s[1], s[2]) for s in edit.steps]
    assert removed[-1] == ("stages", "stage-2")
    assert {("touchpoints", "tp-3"), ("touchpoints", "tp-4"), ("notes", "note-2"), ("emotions", "emo-2")} <= set(removed)
    assert len(removed) == len(set(removed))

    def check(d):
        assert d.get("stages", "stage-2") is None
        assert not [t for t in d.touchpoints if t.stage == "stage-2"]
        assert all(d.get("touchpoints", f.source) and d.get("touchpoints", f.target) for f in d.flows)
        assert not [p for p in d.emotions if p.stage == "stage-2"]

    _apply_and_reverse(doc, edit, check)


def test_deleting_an_entity_and_its_dependent_together_removes_each_once():
    doc = starter_map()
    flow = next(f for f in doc.flows if f.source == "tp-1" or f.target == "tp-1")
    edit = delete_edit(doc, ["tp-1", flow.id, "tp-1", "nonexistent"])
    assert edit.counts == {"touchpoints": 1}  # the flow already went with its card
    assert [s for s in edit.steps if s[2] == flow.id] == [("remove", "flows", flow.id)]
    _apply_and_reverse(doc, edit, lambda d: d.get("touchpoints", "tp-1") is None)
    assert not delete_edit(doc, ["nonexistent"])


def test_moving_cards_notes_and_feelings_respects_lane_kinds_and_anchored_points_follow():
    doc = starter_map()
    doc.append("emotions", EmotionPoint("emo-9", persona="persona-1", stage="stage-1", value=1, touchpoint="tp-1"))
    moves = {
        "tp-1": ("stage-3", "lane-1"),  # moves, with its anchored feeling
        "tp-2": ("stage-2", "lane-3"),  # a thoughts lane holds no cards: skipped
        "note-1": ("stage-4", "lane-5"),  # moves
        "note-2": ("stage-2", "lane-4"),  # notes never go into the emotions lane: skipped
        "note-3": ("stage-3", "lane-5"),  # already there: skipped
        "ghost": ("stage-1", "lane-1"),  # unknown: skipped
        "tp-3": ("stage-9", "lane-1"),  # unknown stage: skipped
    }
    edit = move_edit(doc, moves, {"emo-1": 99, "emo-2": -99, "missing": 1})
    assert edit.counts == {"touchpoints": 1, "notes": 1, "emotions": 2}

    def check(d):
        assert (d.get("touchpoints", "tp-1").stage, d.get("touchpoints", "tp-1").lane) == ("stage-3", "lane-1")
        assert d.get("emotions", "emo-9").stage == "stage-3"
        assert d.get("touchpoints", "tp-2").lane == "lane-1"
        assert (d.get("notes", "note-1").stage, d.get("notes", "note-1").lane) == ("stage-4", "lane-5")
        assert d.get("notes", "note-2").lane == "lane-3"
        assert d.get("emotions", "emo-1").value == 3 and d.get("emotions", "emo-2").value == -3

    _apply_and_reverse(doc, edit, check)


def test_moving_a_card_within_its_stage_leaves_its_feelings_alone():
    doc = starter_map()
    doc.append("lanes", Lane("lane-7", kind=LaneKind.BACKSTAGE.value))
    doc.append("emotions", EmotionPoint("emo-9", persona="persona-1", stage="stage-1", touchpoint="tp-1"))
    edit = move_edit(doc, {"tp-1": ("stage-1", "lane-7")})
    assert edit.counts["touchpoints"] == 1
    assert not [s for s in edit.steps if s[1] == "emotions"]


def _column() -> Document:
    """One stage; card lanes at rows 0 and 4, rows 1-3 hold no cards (row 3 holds no notes either)."""
    doc = Document()
    doc.append("stages", Stage("s1"))
    doc.append("stages", Stage("s2"))
    kinds = (LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.IDEAS, LaneKind.EMOTIONS, LaneKind.SUPPORT)
    for i, kind in enumerate(kinds):
        doc.append("lanes", Lane(f"l{i}", kind=kind.value))
    doc.append("touchpoints", Touchpoint("t1", stage="s1", lane="l0"))
    doc.append("notes", Note("n1", stage="s1", lane="l2"))
    return doc


def test_nudging_skips_lanes_that_cannot_hold_the_item():
    doc = _column()
    assert nudge_moves(doc, ["t1"], 0, 1) == {"t1": ("s1", "l4")}
    assert nudge_moves(doc, ["n1"], 0, 1) == {"n1": ("s1", "l4")}  # over the emotions lane
    assert nudge_moves(doc, ["n1"], 0, -1) == {"n1": ("s1", "l1")}
    assert nudge_moves(doc, ["t1", "n1"], 1, 0) == {"t1": ("s2", "l0"), "n1": ("s2", "l2")}


def test_nudging_off_the_map_moves_nothing():
    doc = _column()
    assert nudge_moves(doc, ["t1"], 0, -1) is None
    assert nudge_moves(doc, ["t1", "n1"], -1, 0) is None
    assert nudge_moves(doc, ["ghost"], 0, 1) == {}


def test_nudge_then_move_gives_steps_that_reverse():
    doc = _column()
    edit = move_edit(doc, nudge_moves(doc, ["t1"], 1, 1))
    _apply_and_reverse(doc, edit, lambda d: (d.get("touchpoints", "t1").stage, d.get("touchpoints", "t1").lane)
                       == ("s2", "l4"))


def test_paste_gives_fresh_ids_and_the_flow_between_the_copies():
    doc = starter_map()
    fragment = from_text(to_text(copy_fragment(doc, ["tp-3", "tp-5", "note-1"])))
    edit = paste_edit(doc, fragment, ("stage-4", "lane-1"))
    assert edit.counts == {"items": 4} and len(edit.new_ids) == 4
    assert not set(edit.new_ids) & {e.id for _c, e in doc.iter_all()}

    def check(d):
        cards = [d.get("touchpoints", i) for i in edit.new_ids if d.get("touchpoints", i)]
        assert {c.title for c in cards} == {"Comparison website", "Online checkout"}
        assert all(c.stage == "stage-4" for c in cards)
        flow = next(d.get("flows", i) for i in edit.new_ids if d.get("flows", i))
        assert {flow.source, flow.target} == {c.id for c in cards}

    _apply_and_reverse(doc, edit, check)


def test_apply_steps_reverses_moves_meta_and_inserts():
    doc = starter_map()
    steps = [("move", "stages", "stage-1", 3), ("meta", "title", "Renamed"),
             ("insert", "stages", 0, Stage("stage-9", name="New")), ("set", "stages", "stage-9", "name", "Newer")]

    def check(d):
        assert [s.id for s in d.stages] == ["stage-9", "stage-2", "stage-3", "stage-4", "stage-1"]
        assert d.meta.title == "Renamed" and d.get("stages", "stage-9").name == "Newer"

    _apply_and_reverse(doc, type("E", (), {"steps": steps})(), check)
