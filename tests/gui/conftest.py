"""Fixtures shared by the editor tests."""

from files_support import answers, manager  # noqa: F401  (fixtures of the file tests)
