"""Plans made once per export: inside ``planning(doc)`` the type chosen for a paper, each layout
and each map plan of that document are kept, so that choosing the orientation, drawing the PDF
and the small-print advice share them instead of planning the map again and again.

Outside the block nothing is kept (the editor's document changes between two exports), and
inside it only the document the block was opened for is cached: that document must not change
while the block runs. A cached result is the very result the uncached path computes (the
same pure functions of the document and the paper), so the PDF is the same byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")


class _Scope:
    """What one ``planning`` block keeps for its document."""

    def __init__(self, doc) -> None:
        self.doc = doc
        #: (kind, key) -> result: "choice" (paper box), "plan" (paper, orientation, flow labels)
        self.results: dict = {}
        #: (sizes, measure) -> Layout, shared with jmap.core.sizing.choose's search
        self.layouts: dict = {}


_scope: ContextVar[_Scope | None] = ContextVar("jmap_plan_scope", default=None)


@contextmanager
def planning(doc) -> Iterator[None]:
    """Keep the plans of ``doc`` until the block ends (``doc`` stays unchanged meanwhile).

    A block for the document already being planned reuses the outer block's plans.
    """
    outer = _scope.get()
    if outer is not None and outer.doc is doc:
        yield
        return
    token = _scope.set(_Scope(doc))
    try:
        yield
    finally:
        _scope.reset(token)


def layouts_for(doc) -> dict | None:
    """The layouts kept for ``doc`` by the current block (keyed by (sizes, measure)), or None."""
    scope = _scope.get()
    return scope.layouts if scope is not None and scope.doc is doc else None


def cached(doc, kind: str, key, compute: Callable[[], T]) -> T:
    """``compute()``, or its result kept by the current block for ``doc`` under (kind, key)."""
    scope = _scope.get()
    if scope is None or scope.doc is not doc:
        return compute()
    results = scope.results
    try:
        return results[(kind, key)]
    except KeyError:
        value = results[(kind, key)] = compute()
        return value
