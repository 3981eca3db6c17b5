"""Maps with many personas export (regression: 8 or more personas crashed the PDF export)."""

from __future__ import annotations

import pytest
from pdf_support import pdf_text, sample_doc

from jmap.cli import main
from jmap.core.model import EmotionPoint, Persona
from jmap.export.pdf import export_pdf, plan_for
from jmap.io import save


def _many_personas(count: int):
    doc = sample_doc()
    for i in range(3, count + 1):
        doc.append("personas", Persona(f"persona-{i}", name=f"Persona number {i}", role="Visitor"))
        doc.append("emotions", EmotionPoint(f"emotion-p{i}", persona=f"persona-{i}", stage="stage-2", value=i % 7 - 3))
    return doc


@pytest.mark.parametrize("count", [8, 12])
def test_a_map_with_many_personas_exports(tmp_path, count):
    doc = _many_personas(count)
    assert len(doc.personas) == count
    out = tmp_path / "many.pdf"
    pages = export_pdf(doc, out, page="A4")
    text = "\n".join(pdf_text(out))
    assert "Persona number 3" in text and f"Persona number {count}" in text
    assert pages >= 1 + count  # the map, then a page per persona
    # the editor's export dialog previews with the same plan
    assert len(plan_for(doc, "A3", "landscape").curves) == count


def test_cli_exports_a_map_with_twelve_personas(tmp_path, capsys):
    path = tmp_path / "many.jmap"
    save(_many_personas(12), path)
    assert main(["export", str(path), "-o", str(tmp_path / "many.pdf")]) == 0
    assert "wrote" in capsys.readouterr().out
