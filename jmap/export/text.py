"""Wrapping user text into boxes with real font metrics, and marking what does not fit.

User text is data: it is only ever drawn with canvas text calls, never parsed as markup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from jmap.export.fonts import covered

ELLIPSIS = "…"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")


def clean(text: object) -> str:
    """A printable form of user text: tabs become spaces, control and direction-override
    characters are dropped, line breaks are kept, NFC-normalised; characters the bundled
    fonts cannot draw become U+FFFD."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return _clean(text)


@lru_cache(maxsize=16384)
def _clean(text: str) -> str:
    """clean() of a string, kept: a map's texts are fitted for each paper tried, then drawn."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    if not text.isascii():  # a script the fonts lack shows as a visible replacement mark, not a blank
        ok = covered()
        text = "".join(ch if ord(ch) in ok or ch == "\n" else "\ufffd" for ch in text)
    return text


def one_line(text: object) -> str:
    """User text on a single line (line breaks become spaces)."""
    return " ".join(clean(text).split())


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    parts, current, current_w = [], "", 0.0
    for ch in word:
        w = stringWidth(ch, font, size)
        if current and current_w + w > width:
            parts.append(current)
            current, current_w = ch, w
        else:
            current += ch
            current_w += w
    if current:
        parts.append(current)
    return parts


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (words longer than a line are split)."""
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        current_w = 0.0
        for word in words:
            w = stringWidth(word, font, size)
            if w > width:
                if current:
                    lines.append(" ".join(current))
                pieces = _break_word(word, font, size, width)
                lines.extend(pieces[:-1])
                current, current_w = [pieces[-1]], stringWidth(pieces[-1], font, size)
                continue
            if current and current_w + space + w > width:
                lines.append(" ".join(current))
                current, current_w = [word], w
            else:
                current_w += (space if current else 0.0) + w
                current.append(word)
        if current:
            lines.append(" ".join(current))
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def shorten(line: str, font: str, size: float, width: float, marker: str = ELLIPSIS) -> str:
    """``line`` cut so that it and ``marker`` fit ``width``, with the marker appended."""
    budget = width - stringWidth(marker, font, size)
    out = line.rstrip()
    if stringWidth(out, font, size) > budget:
        # the longest prefix that fits, by halving (a prefix is never wider than a longer one):
        # log n measurements, so a 20,000-character title costs no more than a short one
        low, high = 0, len(out) - 1  # out[:low] fits (or is empty); out[:high + 1] does not
        while low < high:
            mid = (low + high + 1) // 2
            if stringWidth(out[:mid], font, size) <= budget:
                low = mid
            else:
                high = mid - 1
        out = out[:low]
    return out.rstrip().rstrip(".,;:") + marker  # "more…", not "more.…"


def clip(line: str, font: str, size: float, width: float) -> str:
    """``line`` as it is when it fits ``width``, else shortened with an ellipsis (for labels
    whose full text is shown elsewhere, such as a persona name repeated in a legend)."""
    return line if stringWidth(line, font, size) <= width else shorten(line, font, size, width)


def fit_lines(text: str, font: str, size: float, width: float, max_lines: int,
              marker: str = ELLIPSIS) -> tuple[list[str], bool]:
    """At most ``max_lines`` wrapped lines; when the text is longer, the last shown line
    ends with ``marker`` and the second value is True (the caller lists the full text)."""
    lines = wrap(text, font, size, width)
    if len(lines) <= max_lines:
        return lines, False
    if max_lines <= 0:
        return [], True
    shown = lines[:max_lines]
    shown[-1] = shorten(shown[-1], font, size, width, marker)
    return shown, True
