"""Coverage checks over a journey map (networkx). No Qt.

Public interface (used by the CLI, the PDF and the editor):
- ``run_checks(doc) -> list[Finding]``: every enabled rule's findings, in a stable order;
- ``coverage_summary(doc) -> list[StageCoverage]``: per-stage data behind the heat map.
"""

from jmap.checks.findings import Finding, Severity  # noqa: F401
from jmap.checks.rules import run_checks  # noqa: F401
from jmap.checks.summary import StageCoverage, coverage_summary  # noqa: F401
