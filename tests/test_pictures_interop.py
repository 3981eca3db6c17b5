"""CSV and Mermaid exports name the pictures they lose in a warning."""

from __future__ import annotations

from jmap.cli import main
from jmap.io import load
from jmap.io.templates import example_paths
from jmap.interop.pictures import lost_pictures


def _laptop():
    return next(p for p in example_paths() if p.name == "laptop-shop.jmap")


def test_csv_and_mermaid_exports_name_the_lost_pictures_in_a_warning(tmp_path, capsys):
    for suffix, what in ((".csv", "CSV"), (".mmd", "Mermaid")):
        out = tmp_path / f"laptop{suffix}"
        assert main(["export", str(_laptop()), "-o", str(out)]) == 0
        err = capsys.readouterr().err
        assert f"warning: 4 pictures are lost: {what} holds no pictures (the pictures of " in err
        assert "'The old laptop gives up the week before exams'" in err and "export to PDF to keep them" in err
        assert out.is_file()


def test_no_warning_without_pictures_and_many_are_counted():
    doc = load(_laptop()).document
    notes = [n for n in doc.notes if n.picture]
    assert lost_pictures(doc, "CSV").count("'") == 8  # four names
    for note in notes:
        doc.set("notes", note.id, "picture", "")
    assert lost_pictures(doc, "CSV") is None
    picture = doc.items("pictures")[0].id
    for note in doc.notes[:7]:
        doc.set("notes", note.id, "picture", picture)
    assert lost_pictures(doc, "Mermaid").startswith("1 picture is lost: Mermaid holds no pictures")
    assert "and 2 more" in lost_pictures(doc, "Mermaid")
