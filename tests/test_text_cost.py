"""Text layout for the PDF costs in proportion to the text: counted width measurements, no timing."""

import random

from jmap.export import text
from jmap.export.fonts import register_fonts


def _naive_shorten(line, font, size, width, marker=text.ELLIPSIS):
    budget = width - text.stringWidth(marker, font, size)
    out = line.rstrip()
    while out and text.stringWidth(out, font, size) > budget:
        out = out[:-1]
    return out.rstrip().rstrip(".,;:") + marker


def test_shortening_a_very_long_line_measures_it_a_logarithmic_number_of_times(monkeypatch):
    regular, _bold = register_fonts()
    calls = []
    real = text.stringWidth
    monkeypatch.setattr(text, "stringWidth", lambda *a: calls.append(1) or real(*a))
    line = "A very long journey title " * 800  # 20,800 characters
    out = text.shorten(line, regular, 11, 300)
    assert out.endswith(text.ELLIPSIS) and real(out, regular, 11) <= 300
    assert len(calls) < 40, len(calls)  # (one per character before: tens of thousands)


def test_shortening_gives_the_same_text_as_cutting_one_character_at_a_time():
    regular, bold = register_fonts()
    rng = random.Random(5)
    words = ["map", "Journey", "W", "ii", "checkout.", "fee;", "  ", "Ærøskøbing", "…"]
    for _ in range(200):
        line = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        font = rng.choice((regular, bold))
        size, width = rng.choice((7, 9.5, 12)), rng.uniform(5, 260)
        assert text.shorten(line, font, size, width) == _naive_shorten(line, font, size, width), line
