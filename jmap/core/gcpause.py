"""Pausing Python's cyclic garbage collector while a large structure is built (no Qt).

Building tens of thousands of objects triggers full collections that walk the whole heap again
and again, so the time to build grows faster than the number of objects. Reference counting
still frees everything that is not in a cycle; one collection afterwards frees the rest.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def no_gc_pauses():
    """Collector off inside the block (nested blocks are fine); it is back on, as it was, after."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
