"""The bundled Unicode fonts (DejaVu Sans subsets) registered with reportlab, and text metrics."""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jmap.paths import resources_dir

REGULAR = "JmapSans"
BOLD = "JmapSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


class FontError(RuntimeError):
    """A bundled font is missing or damaged (the installation is incomplete)."""


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the bundled fonts once per process; return (regular, bold) font names."""
    folder = resources_dir() / "fonts"
    for name, filename in _FILES.items():
        path = folder / filename
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # noqa: BLE001 - reportlab raises TTFError, IOError, struct errors...
            raise FontError(f"cannot load the bundled font {path}: {exc}") from None
    return REGULAR, BOLD


@lru_cache(maxsize=1)
def covered() -> frozenset[int]:
    """Code points both bundled fonts can draw."""
    register_fonts()
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    return frozenset(regular.keys() & bold.keys())
