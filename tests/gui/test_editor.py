"""The Editor and its commands: every edit undoes to the exact bytes and redoes again."""

from __future__ import annotations

import random

import pytest

from jmap.core.document import Document
from jmap.core.model import CARD_LANES, Lane, LaneKind, Stage, Touchpoint
from jmap.core.clipboard import copy_fragment, from_text, to_text
from jmap.gui.editor import Editor
from jmap.core.starter import starter_map
from jmap.io import dumps, loads


@pytest.fixture
def editor(qapp):
    ed = Editor(starter_map())
    yield ed
    ed.deleteLater()


def test_delete_stage_removes_its_content_in_one_step_and_undo_restores_bytes(editor):
    doc = editor.document
    before = dumps(doc)
    assert editor.remove_stage("stage-2")
    assert doc.get("stages", "stage-2") is None
    assert not [t for t in doc.touchpoints if t.stage == "stage-2"]
    assert not [f for f in doc.flows if doc.get("touchpoints", f.source) is None]
    assert editor.undo_stack.count() == 1
    assert editor.undo_stack.undoText() == "Delete stage"
    editor.undo_stack.undo()
    assert dumps(doc) == before


def test_no_command_when_nothing_changes(editor):
    assert not editor.rename_stage("stage-1", "Awareness")
    assert not editor.move_touchpoints({"tp-1": ("stage-1", "lane-1")})
    assert editor.undo_stack.count() == 0


def test_undo_texts_are_readable(editor):
    editor.move_touchpoints({"tp-1": ("stage-2", "lane-1"), "tp-2": ("stage-3", "lane-1"),
                             "tp-3": ("stage-4", "lane-1")})
    assert editor.undo_stack.undoText() == "Move 3 touchpoints"
    editor.delete(["tp-4", "note-1"])
    assert editor.undo_stack.undoText() == "Delete 2 items"


def test_nudges_merge_into_one_step_and_anchored_points_follow(editor):
    doc = editor.document
    point = editor.add_emotion("persona-1", "stage-1", 2, touchpoint="tp-1")
    start = editor.undo_stack.count()
    assert editor.nudge(["tp-1"], 1, 0)
    assert editor.nudge(["tp-1"], 1, 0)
    assert doc.get("touchpoints", "tp-1").stage == "stage-3"
    assert doc.get("emotions", point).stage == "stage-3"
    assert editor.undo_stack.count() == start + 1
    editor.undo_stack.undo()
    assert doc.get("touchpoints", "tp-1").stage == "stage-1"
    assert doc.get("emotions", point).stage == "stage-1"


def test_nudge_down_skips_lanes_without_cards(qapp):
    doc = Document()
    doc.append("stages", Stage("stage-1", name="Look"))
    for lane_id, kind in (("lane-1", LaneKind.TOUCHPOINTS), ("lane-2", LaneKind.THOUGHTS),
                          ("lane-3", LaneKind.EMOTIONS), ("lane-4", LaneKind.BACKSTAGE)):
        doc.append("lanes", Lane(lane_id, kind=kind.value, title=lane_id))
    assert doc.lanes[1].kind not in CARD_LANES and doc.lanes[3].kind in CARD_LANES
    doc.append("touchpoints", Touchpoint("tp-1", stage="stage-1", lane="lane-1", title="Shop window"))
    ed = Editor(doc)
    assert ed.nudge(["tp-1"], 0, 1)
    assert doc.get("touchpoints", "tp-1").lane == "lane-4"  # over the thoughts and emotions lanes
    assert ed.undo_stack.count() == 1
    assert not ed.nudge(["tp-1"], 0, 1)  # no card lane below: it stays
    assert ed.nudge(["tp-1"], 0, -1)  # and back up over the same lanes
    assert doc.get("touchpoints", "tp-1").lane == "lane-1"
    assert not ed.nudge(["tp-1"], 0, -1)
    assert ed.undo_stack.count() == 0  # down and up again merge into no step at all
    ed.deleteLater()


def test_emotion_drag_merges_and_back_to_start_is_no_step(editor):
    editor.set_emotion_value("emo-1", 3)
    editor.set_emotion_value("emo-1", 2)
    assert editor.undo_stack.count() == 1
    editor.set_emotion_value("emo-1", 1)  # the original value: the step disappears
    assert editor.document.get("emotions", "emo-1").value == 1
    assert editor.undo_stack.count() == 0


def test_paste_makes_new_ids_and_keeps_the_flows_between_copies(editor):
    doc = editor.document
    fragment = from_text(to_text(copy_fragment(doc, ["tp-3", "tp-5", "note-1"])))
    new = editor.paste(fragment, ("stage-4", "lane-1"))
    assert len(new) == 4  # two cards, a note, and the flow tp-3 -> tp-5
    cards = [doc.get("touchpoints", i) for i in new if doc.get("touchpoints", i)]
    assert {c.title for c in cards} == {"Comparison website", "Online checkout"}
    assert all(c.stage == "stage-4" for c in cards)  # the fragment's first stage lands on the target
    flow = next(doc.get("flows", i) for i in new if doc.get("flows", i))
    assert {flow.source, flow.target} == {c.id for c in cards}
    assert editor.undo_stack.undoText() == "Paste 4 items"


def test_hostile_clipboard_text_is_ignored_or_sanitised(editor):
    assert from_text("not json") is None
    assert from_text("[1, 2]") is None
    assert from_text('{"touchpoints": []}') is None  # JSON from elsewhere, not a jmap fragment
    fragment = from_text('{"jmap-fragment": 1, "touchpoints": [{"id": "x", "title": 5, "importance": "high", '
                         '"stage": "stage-1"}]}')
    new = editor.paste(fragment)
    tp = editor.document.get("touchpoints", new[0])
    assert tp.title == "" and tp.importance == 3
    loads(dumps(editor.document))  # still a valid file


def _random_edit(ed: Editor, rng: random.Random) -> None:
    doc = ed.document
    op = rng.randrange(16)
    stages, lanes, tps = doc.stages, doc.lanes, doc.touchpoints
    card_lanes = [lane for lane in lanes if lane.kind in CARD_LANES]
    if op == 0 or not stages:
        ed.add_stage(rng.randrange(len(stages) + 1), f"Stage {rng.randrange(100)}")
    elif op == 1 and len(stages) > 2:
        ed.remove_stage(rng.choice(stages).id)
    elif op == 2:
        ed.move_stage(rng.choice(stages).id, rng.randrange(len(stages)))
    elif op == 3:
        ed.rename_stage(rng.choice(stages).id, rng.choice(["Søk", "Αγορά", "Kopen", "Buy"]))
    elif op == 4 and card_lanes:
        ed.add_touchpoint(rng.choice(stages).id, rng.choice(card_lanes).id, f"Card {rng.randrange(1000)}",
                          channel=rng.choice(["web", "store", "email"]))
    elif op == 5 and tps:
        ed.edit_touchpoint(rng.choice(tps).id, title=f"T{rng.randrange(50)}", importance=rng.randint(1, 5))
    elif op == 6 and tps and card_lanes:
        ed.move_touchpoints({rng.choice(tps).id: (rng.choice(stages).id, rng.choice(card_lanes).id)})
    elif op == 7 and len(tps) > 1:
        ed.add_flow(rng.choice(tps).id, rng.choice(tps).id, rng.choice(["", "returns"]))
    elif op == 8 and doc.flows:
        ed.remove_flow(rng.choice(doc.flows).id)
    elif op == 9 and tps:
        ed.nudge([rng.choice(tps).id], rng.choice([-1, 1]), rng.choice([-1, 0, 1]))
    elif op == 10 and doc.personas:
        ed.add_emotion(rng.choice(doc.personas).id, rng.choice(stages).id, rng.randint(-3, 3))
    elif op == 11 and doc.emotions:
        ed.set_emotion_value(rng.choice(doc.emotions).id, rng.randint(-3, 3), merge=rng.random() < 0.5)
    elif op == 12:
        lane = rng.choice(lanes)
        ed.add_note(lane.id, rng.choice(stages).id, f"note {rng.randrange(99)}")
    elif op == 13 and doc.notes:
        note = rng.choice(doc.notes)
        ed.edit_note(note.id, note.text + " more")
    elif op == 14:
        choice = rng.randrange(4)
        if choice == 0:
            ed.add_persona(f"P{rng.randrange(9)}")
        elif choice == 1 and doc.personas:
            ed.edit_persona(rng.choice(doc.personas).id, visible=rng.random() < 0.5, goals=["a", "b"])
        elif choice == 2 and len(doc.personas) > 1:
            ed.remove_persona(rng.choice(doc.personas).id)
        else:
            ed.set_meta("title", f"Map {rng.randrange(9)}")
    else:
        pick = rng.randrange(3)
        if pick == 0:
            ed.move_lane(rng.choice(lanes).id, rng.randrange(len(lanes)))
        elif pick == 1:
            ed.add_lane(rng.choice([LaneKind.IDEAS.value, LaneKind.FRONTSTAGE.value]))
        elif len(lanes) > 4:
            ed.remove_lane(rng.choice(lanes).id)


@pytest.mark.parametrize("seed", [1, 2])
def test_random_edits_undo_all_gives_the_original_bytes_and_redo_all_the_edited_bytes(qapp, seed):
    ed = Editor(starter_map())
    doc = ed.document
    original = dumps(doc)
    rng = random.Random(seed)
    for _ in range(200):
        _random_edit(ed, rng)
    edited = dumps(doc)
    assert edited != original
    stack = ed.undo_stack
    assert stack.count() > 100
    while stack.canUndo():
        stack.undo()
    assert dumps(doc) == original
    while stack.canRedo():
        stack.redo()
    assert dumps(doc) == edited
    loads(edited)  # every step kept the map valid


def test_set_document_clears_history_and_is_clean(editor):
    editor.add_stage()
    assert not editor.undo_stack.isClean()
    seen = []
    editor.document_replaced.connect(seen.append)
    other = starter_map(with_content=False)
    editor.set_document(other)
    assert editor.document is other and seen == [other]
    assert editor.undo_stack.count() == 0 and editor.undo_stack.isClean()
