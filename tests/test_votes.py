"""Dot votes in the document: the file format, deleting what was voted on, merging, scores and rounds."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from jmap.core.edits import apply_steps, delete_edit
from jmap.core.model import Vote
from jmap.core.votes import (
    VoteRound,
    add_dot_steps,
    clear_steps,
    item_kind,
    participant_names,
    ranking,
    remove_dot_steps,
    scores,
)
from jmap.io import JmapError, dumps, load, loads, save
from jmap.io.merge import merge
from jmap.io.schema import SCHEMA_PATH

EXAMPLE = Path(__file__).resolve().parents[1] / "templates" / "examples" / "laptop-shop.jmap"
OLD_MINOR = Path(__file__).parent / "data" / "v1-sample.jmap"  # minor version 0, without votes


def example():
    return load(EXAMPLE).document


def pain_note(doc):
    lanes = {lane.id: lane.kind for lane in doc.lanes}
    return next(n for n in doc.notes if lanes[n.lane] == "pain_points")


def vote(doc, item, voter, count=1):
    doc.append("votes", Vote(doc.new_id("votes"), item=item, voter=voter, count=count))


def test_votes_round_trip_through_a_file_and_validate_against_the_published_schema(tmp_path):
    doc = example()
    card, note = doc.touchpoints[0].id, pain_note(doc).id
    vote(doc, card, "Åse", 2)
    vote(doc, note, "Νίκος")
    save(doc, tmp_path / "voted.jmap")
    data = json.loads((tmp_path / "voted.jmap").read_bytes())
    assert data["minor_version"] == 2  # votes are minor version 1; the example's pictures 2
    assert data["votes"] == [{"id": "vote-1", "item": card, "voter": "Åse", "count": 2},
                             {"id": "vote-2", "item": note, "voter": "Νίκος", "count": 1}]
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    again = load(tmp_path / "voted.jmap")
    assert again.warnings == []
    assert dumps(again.document) == dumps(doc)
    assert scores(again.document) == {card: 2, note: 1}


def test_a_map_without_votes_is_written_as_minor_version_0_byte_for_byte():
    result = load(OLD_MINOR)
    assert result.warnings == [] and result.document.items("votes") == []
    assert dumps(result.document) == OLD_MINOR.read_bytes()
    doc = result.document
    vote(doc, doc.touchpoints[0].id, "Ann")
    assert b'"minor_version": 1' in dumps(doc) and b'"votes": [' in dumps(doc)
    doc.remove("votes", "vote-1")
    assert dumps(doc) == OLD_MINOR.read_bytes()


def test_a_vote_with_a_bad_count_is_refused_naming_the_place():
    data = json.loads(OLD_MINOR.read_bytes())
    data["votes"] = [{"id": "vote-1", "item": data["touchpoints"][0]["id"], "count": 0}]
    with pytest.raises(JmapError, match=r"\$\.votes\[0\]\.count: 0 is less than the minimum of 1"):
        loads(json.dumps(data).encode(), "v.jmap")
    data["votes"][0]["count"] = 2.5
    with pytest.raises(JmapError, match=r"\$\.votes\[0\]\.count: expected a whole number"):
        loads(json.dumps(data).encode(), "v.jmap")


def test_a_vote_on_a_missing_item_is_left_out_with_a_warning():
    data = json.loads(OLD_MINOR.read_bytes())
    data["votes"] = [{"id": "vote-1", "item": "tp-404", "voter": "A", "count": 1},
                     {"id": "vote-2", "item": data["stages"][0]["id"], "voter": "A", "count": 1}]
    result = loads(json.dumps(data).encode(), "v.jmap")
    assert result.document.items("votes") == []
    assert [(w.json_path, w.message) for w in result.warnings] == [
        ("$.votes[0].item", "refers to missing touchpoint or note 'tp-404'; this vote was left out"),
        ("$.votes[1].item", f"refers to missing touchpoint or note {data['stages'][0]['id']!r}; "
                            "this vote was left out")]


def test_deleting_a_voted_card_takes_its_votes_and_undo_brings_them_back():
    doc = example()
    card = doc.touchpoints[0]
    vote(doc, card.id, "A", 3)
    vote(doc, doc.touchpoints[1].id, "A")
    before = dumps(doc)
    edit = delete_edit(doc, [card.id])
    undo = apply_steps(doc, edit.steps)
    assert [v.item for v in doc.items("votes")] == [doc.touchpoints[0].id]
    apply_steps(doc, undo)
    assert dumps(doc) == before
    # deleting the card's stage goes through the card to its votes
    edit = delete_edit(doc, [card.stage])
    assert ("remove", "votes", "vote-1") in edit.steps


def test_dot_steps_count_up_and_down_per_participant():
    doc = example()
    card = doc.touchpoints[0].id
    apply_steps(doc, add_dot_steps(doc, card, "A"))
    apply_steps(doc, add_dot_steps(doc, card, "A"))
    apply_steps(doc, add_dot_steps(doc, card, "B"))
    assert [(v.voter, v.count) for v in doc.items("votes")] == [("A", 2), ("B", 1)]
    apply_steps(doc, remove_dot_steps(doc, card, "B"))
    assert remove_dot_steps(doc, card, "B") == []
    assert add_dot_steps(doc, doc.stages[0].id, "A") == []  # a stage cannot be voted on
    assert scores(doc) == {card: 2}
    apply_steps(doc, clear_steps(doc))
    assert doc.items("votes") == []


def test_ranking_puts_most_dots_first_and_ties_in_map_order():
    doc = example()
    a, b, c = (tp.id for tp in doc.touchpoints[:3])
    vote(doc, c, "A", 2)
    vote(doc, b, "A")
    vote(doc, a, "B")
    vote(doc, c, "B")
    assert ranking(doc) == [(c, 3), (a, 1), (b, 1)]


def test_a_round_counts_each_participants_dots_and_what_may_be_voted_on():
    doc = example()
    note = pain_note(doc)
    assert item_kind(doc, note.id) == "pain_points" and item_kind(doc, doc.touchpoints[0].id) == "touchpoints"
    rnd = VoteRound(["Ann", "Bo"], dots=2, kinds=frozenset({"pain_points"}))
    assert rnd.accepts(doc, note.id) and not rnd.accepts(doc, doc.touchpoints[0].id)
    vote(doc, note.id, "Ann", 2)
    assert rnd.left(doc) == 0 and rnd.left(doc, "Bo") == 2 and not rnd.finished(doc)
    assert rnd.next_turn() == "Bo" and rnd.next_turn() == "Ann" and rnd.next_turn(-1) == "Bo"
    vote(doc, note.id, "Bo", 2)
    assert rnd.finished(doc)


def test_participants_from_a_number_or_names():
    assert participant_names("3") == ["P1", "P2", "P3"]
    assert participant_names(" Åse, Νίκος,\nÅse ,, Joost ") == ["Åse", "Νίκος", "Joost"]
    assert participant_names("") == []


def _three(tmp_path):
    base = example()
    paths = {name: tmp_path / f"{name}.jmap" for name in ("base", "ours", "theirs")}
    for path in paths.values():
        save(base, path)
    return [load(paths[name]) for name in ("base", "ours", "theirs")]


def test_votes_placed_in_two_copies_merge_without_conflict(tmp_path):
    base, ours, theirs = _three(tmp_path)
    card = base.document.touchpoints[0].id
    vote(ours.document, card, "Ann", 2)
    vote(theirs.document, card, "Bo", 1)  # the same id vote-1, other content: renumbered
    result = merge(base, ours, theirs)
    assert result.conflicts == []
    merged = result.merged.document
    assert sorted((v.voter, v.count) for v in merged.items("votes")) == [("Ann", 2), ("Bo", 1)]
    assert len({v.id for v in merged.items("votes")}) == 2
    assert scores(merged) == {card: 3}


def test_a_dot_on_a_card_the_other_side_deleted_is_dropped_and_reported(tmp_path):
    base, ours, theirs = _three(tmp_path)
    card = base.document.touchpoints[2].id
    vote(ours.document, card, "Ann")
    apply_steps(theirs.document, delete_edit(theirs.document, [card]).steps)
    result = merge(base, ours, theirs)
    merged = result.merged.document
    assert merged.get("touchpoints", card) is None  # the dot does not bring the card back
    assert merged.items("votes") == []
    assert any("votes" in line and "left out" in line for line in result.conflicts)


def test_the_pdf_shows_the_dots_on_the_map_and_a_ranked_votes_page(tmp_path):
    import pdfplumber
    from pdf_support import pdf_text, reader, sample_doc

    from jmap.export.pdf import export_pdf

    doc = sample_doc(language="nb")
    card, other = doc.touchpoints[0], doc.touchpoints[1]
    vote(doc, card.id, "Åse", 2)
    vote(doc, card.id, "Νίκος")
    vote(doc, other.id, "Åse")
    plain = tmp_path / "plain.pdf"
    voted = tmp_path / "voted.pdf"
    pages_before = export_pdf(load_fresh(doc, without_votes=True), plain)
    pages = export_pdf(doc, voted)
    assert pages == pages_before + 1
    texts = pdf_text(voted)
    last = texts[-1]
    assert "Prikkavstemning" in last and "2 elementer fikk 4 prikker fra 2 deltakere." in last
    assert last.index(card.title) < last.index(other.title)  # most dots first
    assert "Åse ×2, Νίκος" in last
    assert [entry.title for entry in reader(voted).outline][-1] == "Prikkavstemning"
    # the count on the card, in white on an orange (#D55E00) dot, is on the map page
    with pdfplumber.open(voted) as pdf:
        page = pdf.pages[0]
        dots = [o for o in page.curves + page.objects.get("curve", [])
                if o.get("non_stroking_color") and tuple(round(v, 2) for v in o["non_stroking_color"])
                == (0.84, 0.37, 0.0)]
        assert len(dots) >= 2
        assert "3" in {w["text"] for w in page.extract_words()}


def load_fresh(doc, without_votes: bool = False):
    """A copy of a document through its file form, its votes left out if asked."""
    data = json.loads(dumps(doc))
    if without_votes:
        data.pop("votes", None)
    return loads(json.dumps(data).encode()).document
