"""User text in the PDF: control and direction-override characters never reach the page (function and PDF read back)."""

from __future__ import annotations

import pytest

from jmap.export.pdf import export_pdf
from jmap.export.text import clean, one_line, wrap
from tests.pdf_support import pdf_text, sample_doc

#: Characters that must never be drawn: C0/C1 controls, zero-width and direction marks,
#: embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069) and the BOM.
HOSTILE = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\u200b", "\u200e", "\u200f", "\u202a", "\u202b",
           "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff"]


@pytest.mark.parametrize("char", HOSTILE, ids=lambda c: f"U+{ord(c):04X}")
def test_clean_drops_each_control_and_direction_character(char):
    assert clean(f"Pay{char}ment") == "Payment"
    assert one_line(f"Pay{char}ment") == "Payment"
    assert wrap(f"Pay{char}ment", "Helvetica", 10, 500) == ["Payment"]


def test_clean_keeps_line_breaks_and_turns_tabs_and_separators_into_plain_white_space():
    assert clean("a\tb\r\nc\rd\u2028e\u2029f") == "a b\nc\nd\ne\nf"
    assert clean("Cafe\u0301") == "Café"  # NFC
    assert clean(None) == "" and clean(42) == "42"


def test_a_reversed_file_name_trick_prints_in_reading_order():
    # "invoice\u202Efdp.exe" shows as "invoiceexe.pdf" when the override is obeyed
    assert clean("invoice\u202efdp.exe") == "invoicefdp.exe"


def test_the_pdf_never_contains_control_or_override_characters(tmp_path):
    doc = sample_doc()
    doc.set("touchpoints", "tp-1", "title", "Insta\u202egram\u2066 ad\x07")
    doc.set("notes", "note-1", "text", "Sees\u200b an\x1b[31m ad\ufeff")
    doc.set("stages", "stage-1", "name", "Aware\u202dness\x00")
    doc.set("personas", "persona-1", "name", "Ing\u2067rid\x85")
    doc.meta.title = "Buying\u202b a laptop\x7f"
    out = tmp_path / "map.pdf"
    export_pdf(doc, out, page="A3")
    pages = pdf_text(out)
    text = "\n".join(pages)
    found = sorted({f"U+{ord(c):04X}" for c in text if c in HOSTILE or (ord(c) < 32 and c != "\n")})
    assert found == []
    for words in ("Instagram ad", "Sees an[31m ad", "Awareness", "Ingrid", "Buying a laptop"):
        assert words in text.replace("\n", " "), words
