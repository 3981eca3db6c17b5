"""Coverage checks over a journey map (linear algorithms on lists of touchpoint numbers). No Qt.

Public interface (used by the CLI, the PDF and the editor):
- ``run_checks(doc) -> list[Finding]``: every enabled rule's findings, in a stable order;
- ``coverage_summary(doc) -> list[StageCoverage]``: per-stage data behind the heat map.

The names are loaded on first use, so that ``jmap.checks.cli`` (imported by every
``jmap`` command to build its parser) does not import the rules. The checks use linear
algorithms on lists indexed by touchpoint number (see jmap.checks.graph); networkx is only a test
dependency (tests compare the path rules with its algorithms).
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "Finding": "jmap.checks.findings",
    "Severity": "jmap.checks.findings",
    "run_checks": "jmap.checks.rules",
    "RULES": "jmap.checks.rules",
    "StageCoverage": "jmap.checks.summary",
    "coverage_summary": "jmap.checks.summary",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
