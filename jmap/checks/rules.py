"""Coverage rules (placeholder until issue #3 lands: no rules yet)."""

from __future__ import annotations


def run_checks(doc) -> list:
    return []
