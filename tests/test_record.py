"""jmap.core.record: the box, paper and plan classes keep what their dataclasses gave them."""

from __future__ import annotations

import copy
import pickle

import pytest

from jmap.core.layout import FlowRoom, Layout, Rect, Sizes
from jmap.core.pagelayout import Placement, PosterPlan, Tile, fit, poster_plan
from jmap.core.record import FrozenRecordError
from jmap.core.sizing import Choice
from jmap.export.frame import Frame
from jmap.export.mapplan import FlowPath, MapPlan, Overflow, TextBox
from jmap.export.pdf import PdfOptions


def test_a_frozen_record_compares_hashes_and_prints_by_its_fields():
    a, b = Rect(1.0, 2.0, 3.0, 4.0), Rect(1.0, 2.0, 3.0, 4.0)
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != Rect(1.0, 2.0, 3.0, 5.0) and a != (1.0, 2.0, 3.0, 4.0)
    assert repr(a) == "Rect(x=1.0, y=2.0, w=3.0, h=4.0)"
    assert (a.right, a.bottom, a.cx, a.cy) == (4.0, 6.0, 2.5, 4.0)
    assert Sizes(0.5, flow_room=True) == Sizes(0.5, 210.0, flow_room=True) != Sizes(0.5)
    assert {Sizes(0.5): "kept"}[Sizes(0.5)] == "kept"  # the key of the kept layouts
    assert Choice(Sizes(2.0), 0.5).factor == 1.0 and Frame(2.0).margin == 2 * Frame(1.0).margin
    assert PdfOptions(poster="A0") == PdfOptions("A3", "landscape", "A0") != PdfOptions()
    assert fit(100, 50, 0, 0, 200, 200, max_scale=2.0) == Placement(2.0, 0.0, 0.0, 200.0, 100.0)


@pytest.mark.parametrize("record", [Rect(1, 2, 3, 4), Sizes(0.7), Choice(Sizes(), 1.0), Frame(1.5),
                                    PdfOptions(page="A4"), Placement(1.0, 2, 3, 4, 5), Tile(0, 1, 2, 3, 4, 5)])
def test_a_frozen_record_cannot_change_but_copies_and_pickles(record):
    name = record.FIELDS[0]
    with pytest.raises(FrozenRecordError):
        setattr(record, name, 9)
    with pytest.raises(AttributeError):
        delattr(record, name)
    with pytest.raises(AttributeError):
        record.unknown = 1  # no room for other attributes (as a slotted dataclass)
    assert copy.copy(record) == record == copy.deepcopy(record) == pickle.loads(pickle.dumps(record))


def test_a_poster_plan_is_a_record_of_its_tiles():
    plan = poster_plan("A0", "A4")
    assert isinstance(plan, PosterPlan) and plan == poster_plan("A0", "A4")
    assert plan.tiles[0].label == "R1\u00b7C1" and hash(plan) == hash(poster_plan("A0", "A4"))


def test_a_mutable_record_compares_by_fields_and_is_not_hashable():
    assert Layout() == Layout() and Layout(text=2.0) != Layout()
    assert Layout().cards is not Layout().cards  # each gets its own lists and dicts
    assert FlowRoom().gap_after == {} and FlowRoom() == FlowRoom(8.0, {}, {})
    assert TextBox(["a"]) == TextBox(["a"], 0) != TextBox(["a"], 1)
    assert repr(Overflow(1, "Stage", "card", "text")) == "Overflow(number=1, where='Stage', what='card', text='text')"
    path = FlowPath("f", [], False, "label", Rect(0, 0, 1, 1))
    assert (path.label_at, path.track, path.mark) == ((0.0, 0.0), 0.0, None)
    plan = MapPlan(None, Layout(), "en")
    assert plan.overflow == [] and plan.overflow is not MapPlan(None, Layout(), "en").overflow
    for record in (Layout(), TextBox([]), plan):
        with pytest.raises(TypeError):
            hash(record)
    layout = Layout()
    layout.stage_w = 100.0  # mutable, and room for cached indexes (routing keeps one in __dict__)
    layout.__dict__["_columns"] = {}
    assert layout.stage_w == 100.0
