"""Guard against the PySide6 6.12.0 + CPython 3.11 bug that drops a reference to None per void call.

With that pair, every call of a C++ method returning nothing (``setPos``, ``setZValue``,
``setVisible``...) decrements None's reference count once too often; after enough calls
the interpreter aborts with "none_dealloc". pyproject.toml therefore pins PySide6 below
6.12 on Python 3.11. If this test fails, the installed PySide6 has the bug.
"""

from __future__ import annotations

import gc
import sys

import PySide6
from PySide6.QtWidgets import QGraphicsRectItem

CALLS = 1000
#: Allowed drift of None's count from unrelated activity; the bug would lose 3 * CALLS.
TOLERANCE = 100


def _void_calls() -> None:
    for i in range(CALLS):
        item = QGraphicsRectItem()
        item.setPos(1, 2)
        item.setZValue(i)
        item.setVisible(i % 2 == 0)


def test_void_methods_do_not_leak_references_to_none(qapp):
    _void_calls()  # warm up: first calls create caches that legitimately hold None
    gc.collect()
    before = sys.getrefcount(None)
    _void_calls()
    gc.collect()
    after = sys.getrefcount(None)
    assert before - after <= TOLERANCE, (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} lost {before - after} references "
        f"to None in {3 * CALLS} calls of void methods; this PySide6 build crashes with 'none_dealloc'. "
        "Install a PySide6 version the pin in pyproject.toml allows.")


def test_the_check_can_see_a_lost_reference():
    # the measurement itself works: dropping references to None shows up in the count
    import ctypes

    before = sys.getrefcount(None)
    if before > 1 << 30:  # Python 3.12+: None is immortal and its count never changes; nothing to lose
        assert sys.version_info >= (3, 12)
        return
    for _ in range(500):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    assert sys.getrefcount(None) - before >= 500 - TOLERANCE
    for _ in range(500):
        ctypes.pythonapi.Py_DecRef(ctypes.py_object(None))
    assert abs(sys.getrefcount(None) - before) <= TOLERANCE
