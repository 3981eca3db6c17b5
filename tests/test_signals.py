"""jmap.core.signals, the Document's own signal: the behaviour the editor relied on when it was psygnal's."""

from __future__ import annotations

import gc

import pytest

from jmap.core.document import Document
from jmap.core.model import Stage
from jmap.core.signals import Signal, SlotError


class Source:
    fired = Signal(str, int)


class Listener:
    def __init__(self) -> None:
        self.heard: list[tuple] = []

    def full(self, text: str, number: int) -> None:
        self.heard.append((text, number))

    def first_only(self, text: str) -> None:
        self.heard.append((text,))

    def nothing(self) -> None:
        self.heard.append(())


def test_each_object_has_its_own_signal_and_the_class_keeps_the_declaration():
    a, b = Source(), Source()
    assert a.fired is a.fired and a.fired is not b.fired
    assert isinstance(Source.fired, Signal)
    heard = []
    a.fired.connect(lambda *args: heard.append(args))
    b.fired.emit("b", 2)
    a.fired.emit("a", 1)
    assert heard == [("a", 1)]


def test_slots_get_as_many_arguments_as_they_take_in_connection_order():
    source, listener = Source(), Listener()
    source.fired.connect(listener.full)
    source.fired.connect(listener.first_only)
    source.fired.connect(listener.nothing)
    source.fired.emit("x", 3)
    assert listener.heard == [("x", 3), ("x",), ()]


def test_a_slot_that_needs_more_arguments_than_the_signal_gives_is_refused():
    source = Source()
    with pytest.raises(ValueError, match="needs 3 arguments"):
        source.fired.connect(lambda a, b, c: None)
    with pytest.raises(ValueError, match="keyword"):
        source.fired.connect(lambda a, *, must: None)
    with pytest.raises(TypeError):
        source.fired.connect("not callable")


def test_a_method_is_held_weakly_and_dropped_when_its_object_goes_a_lambda_strongly():
    source, heard = Source(), []
    listener = Listener()
    source.fired.connect(listener.full)
    source.fired.connect(lambda *args: heard.append(args))  # nothing else holds this lambda
    del listener
    gc.collect()
    assert len(source.fired) == 1  # the method went with its object
    source.fired.emit("y", 1)
    assert heard == [("y", 1)]


def test_disconnect_one_slot_a_missing_one_or_all():
    source, listener = Source(), Listener()
    source.fired.connect(listener.full)
    source.fired.connect(listener.first_only)
    source.fired.disconnect(listener.full)
    source.fired.disconnect(listener.full)  # no longer connected: nothing happens
    source.fired.disconnect(Listener().full)  # never connected: nothing happens
    source.fired.emit("z", 9)
    assert listener.heard == [("z",)]
    source.fired.disconnect()
    source.fired.emit("z", 9)
    assert listener.heard == [("z",)]


def test_the_slots_of_an_emit_are_those_connected_when_it_began_and_nested_emits_run_at_once():
    source, order = Source(), []

    def first(text, number):
        order.append(("first", text))
        if number:
            source.fired.disconnect(second)
            source.fired.connect(third)
            source.fired.emit("inner", 0)  # runs before the outer emit goes on

    def second(text, number):
        order.append(("second", text))

    def third(text, number):
        order.append(("third", text))

    source.fired.connect(first)
    source.fired.connect(second)
    source.fired.emit("outer", 1)
    assert order == [("first", "outer"), ("first", "inner"), ("third", "inner"), ("second", "outer")]


def test_an_exception_in_a_slot_stops_the_emit_and_is_raised_as_slot_error_with_its_cause():
    source, heard = Source(), []

    def broken(text, number):
        raise KeyError(text)

    source.fired.connect(broken)
    source.fired.connect(lambda *args: heard.append(args))
    with pytest.raises(SlotError, match="KeyError in .*broken.*'fired'") as caught:
        source.fired.emit("k", 1)
    assert isinstance(caught.value.__cause__, KeyError)
    assert heard == []


def test_a_slot_error_in_a_nested_emit_is_not_wrapped_twice():
    source = Source()

    def outer(text, number):
        if number:
            source.fired.emit("inner", 0)
        else:
            raise ValueError("deep")

    source.fired.connect(outer)
    with pytest.raises(SlotError) as caught:
        source.fired.emit("outer", 1)
    assert isinstance(caught.value.__cause__, ValueError)


def test_the_document_announces_its_changes_to_a_listening_object_until_it_goes():
    doc, listener = Document(), Listener()
    heard = []

    class Scene:
        def on_inserted(self, collection, index, entity):
            heard.append((collection, index, entity.id))

    scene = Scene()
    doc.inserted.connect(scene.on_inserted)
    doc.append("stages", Stage("s1"))
    del scene
    gc.collect()
    doc.append("stages", Stage("s2"))  # the scene is gone: no error, nothing heard
    assert heard == [("stages", 0, "s1")]
    assert listener.heard == []
