"""Fixtures shared by the editor's file tests (a WindowManager, scripted dialog answers)."""

from files_support import answers, manager  # noqa: F401  (fixtures)
