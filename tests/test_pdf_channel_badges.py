"""The printed cards' channel badges are in the map's language, as on the canvas (jmap.core.labels.channel_mark)."""

from __future__ import annotations

import pytest

from jmap.core.labels import channel_mark
from jmap.core.layout import compute_layout, pill_width
from jmap.export.pdf import export_pdf
from tests.pdf_support import pdf_text, sample_doc


@pytest.mark.parametrize("language, shown, english", [
    ("nb", ("ANNONSE", "NETT", "BUTIKK"), ("WEB", "STORE")),
    ("nl", ("ADV.", "SITE", "WINKEL"), ("WEB", "STORE")),
    ("el", ("ΔΙΑΦ.", "ΙΣΤΟΣ", "ΚΑΤΑΣΤ."), ("WEB", "STORE")),
])
def test_printed_channel_badges_speak_the_maps_language(tmp_path, language, shown, english):
    doc = sample_doc(language=language)
    out = tmp_path / f"map-{language}.pdf"
    export_pdf(doc, out)
    words = pdf_text(out)[0].split()
    for badge in shown:
        assert badge in words
    for badge in english:
        assert badge not in words
    for tp in doc.touchpoints:
        assert channel_mark(tp.channel, language) in words


def test_the_layout_measures_the_badge_it_prints():
    doc = sample_doc(language="nb")
    assert pill_width("ad", 1.0, None, "nb") > pill_width("ad", 1.0)  # ANNONSE is wider than AD
    english = sample_doc(language="en")
    owner = "Customer service team lead"
    for d in (doc, english):
        d.get("touchpoints", "tp-1").owner = owner
    from jmap.core.layout import Sizes
    sizes = Sizes(compact=True, stage_w=150)
    # the Norwegian badge leaves less room beside it: the owner goes under the title sooner
    assert compute_layout(doc, sizes).cards["tp-1"].h >= compute_layout(english, sizes).cards["tp-1"].h
