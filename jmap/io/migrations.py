"""Format migrations: a chain of pure ``dict -> dict`` functions, kept forever.

``MIGRATIONS[n]`` turns a version-``n`` document into a version-``n + 1`` one. Version 0
was the pre-release layout (``map`` instead of ``meta``, ``layers`` instead of
``lanes`` and a free-form ``emotion`` float); it is migrated so that early files
written during the prototype still open.
"""

from __future__ import annotations

import copy
from collections.abc import Callable


def _v0_to_v1(data: dict) -> dict:
    out = copy.deepcopy(data)
    if "map" in out and "meta" not in out:
        out["meta"] = out.pop("map")
    if "layers" in out and "lanes" not in out:
        out["lanes"] = out.pop("layers")
    for point in out.get("emotions", []) or []:
        if isinstance(point, dict) and "emotion" in point and "value" not in point:
            raw = point.pop("emotion")
            if isinstance(raw, (int, float)) and not isinstance(raw, bool):
                point["value"] = max(-3, min(3, round(raw)))
    out["version"] = 1
    return out


MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _v0_to_v1}


def migrate(data: dict, current: int) -> dict:
    """Bring ``data`` from its ``version`` up to ``current`` through the chain."""
    version = data.get("version")
    while version < current:
        data = MIGRATIONS[version](data)
        if data.get("version") != version + 1:
            raise AssertionError(f"migration from {version} did not produce version {version + 1}")
        version += 1
    return data
