"""What `jmap validate` and `jmap export` load: generated schema validators, no schema compiler, no importlib.metadata."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jmap.core.document import Document
from jmap.core.model import Stage
from jmap.io import JmapError, loads
from jmap.io.validatorcode import GENERATED, NAMES, source

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "v1-sample.jmap"
HEAVY = ("fastjsonschema", "importlib.metadata", "jsonschema", "platformdirs", "tracemalloc")
#: what writing a file needs (an export writes one; validating writes nothing)
WRITING = ("tempfile", "hashlib")


def _loaded_by(args: list[str], heavy: tuple[str, ...] = HEAVY) -> tuple[str, list[str]]:
    """Run `jmap <args>` in a child process; (its output, the heavy modules it loaded)."""
    code = textwrap.dedent(f"""
        import runpy, sys
        sys.argv = ["jmap", *{args!r}]
        try:
            runpy.run_module("jmap", run_name="__main__")
        except SystemExit as exc:
            assert not exc.code, exc.code
        print(sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r} or m == "importlib.metadata"))
    """)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    *lines, loaded = result.stdout.strip().splitlines()
    return "\n".join(lines), json.loads(loaded.replace("'", '"'))


def test_validate_compiles_no_schema_and_imports_no_metadata():
    output, loaded = _loaded_by(["validate", str(SAMPLE)], HEAVY + WRITING)
    assert output.startswith("valid:")
    assert loaded == []


def test_export_compiles_no_schema_and_imports_no_metadata(tmp_path):
    pdf = tmp_path / "sample.pdf"
    output, loaded = _loaded_by(["export", str(SAMPLE), "-o", str(pdf)])
    assert pdf.read_bytes().startswith(b"%PDF") and "wrote" in output
    assert loaded == []


@pytest.mark.parametrize("name", NAMES)
def test_the_generated_validators_are_up_to_date(name):
    assert (GENERATED / f"{name}.py").read_text("utf-8") == source(name), (
        "jmap/io/_generated is stale: run python -m jmap.io.validatorcode")


def test_a_value_outside_the_schema_is_still_named_with_its_path():
    data = json.loads(SAMPLE.read_text("utf-8"))
    data["touchpoints"][1]["importance"] = "high"
    with pytest.raises(JmapError) as caught:
        loads(json.dumps(data).encode(), "bad.jmap")
    assert "bad.jmap" in str(caught.value) and "$.touchpoints[1].importance" in str(caught.value)


def test_each_document_has_its_own_signals_once_observed():
    first, second = Document(), Document()
    heard: list[tuple] = []
    first.inserted.connect(lambda *args: heard.append(args))
    second.insert("stages", -1, Stage(id="s1", name="Second"))
    assert heard == []
    first.insert("stages", -1, Stage(id="s1", name="First"))
    assert heard == [("stages", 0, first.get("stages", "s1"))]
    assert first.inserted is first.inserted  # one signal instance per document


def test_the_cell_indexes_follow_cards_and_notes_that_change_cell_in_file_order():
    import random

    from jmap.core.model import Lane, Note, Touchpoint

    doc = Document()
    for sid in ("s1", "s2", "s3"):
        doc.append("stages", Stage(sid, name=sid))
    for lid in ("l1", "l2"):
        doc.append("lanes", Lane(lid, kind="touchpoints", title=lid))
    for i in range(30):
        doc.append("touchpoints", Touchpoint(f"t{i}", f"s{i % 3 + 1}", f"l{i % 2 + 1}", title=str(i)))
        doc.append("notes", Note(f"n{i}", f"l{i % 2 + 1}", f"s{i % 3 + 1}", text=str(i)))
    rng = random.Random(7)
    held = doc.touchpoints_in("l1", "s1")
    before = list(held)
    for _ in range(200):
        collection = rng.choice(("touchpoints", "notes"))
        entity = rng.choice(doc.items(collection))
        field = rng.choice(("stage", "lane"))
        doc.set(collection, entity.id, field, rng.choice(("s1", "s2", "s3") if field == "stage" else ("l1", "l2")))
        for lane in ("l1", "l2"):
            for stage in ("s1", "s2", "s3"):
                assert doc.touchpoints_in(lane, stage) == [t for t in doc.touchpoints
                                                           if (t.lane, t.stage) == (lane, stage)]
                assert doc.notes_in(lane, stage) == [n for n in doc.notes if (n.lane, n.stage) == (lane, stage)]
    assert held == before  # a list handed out earlier is never changed under its holder


def test_without_the_generated_modules_the_validators_are_compiled_and_raise_the_same_exception(monkeypatch):
    import importlib

    from jmap.io import validatorcode

    real = importlib.import_module
    monkeypatch.setattr(validatorcode.importlib, "import_module",
                        lambda name: (_ for _ in ()).throw(ImportError(name)) if "_generated" in name else real(name))
    validatorcode.validator.cache_clear()
    try:
        check = validatorcode.validator("stages")
        assert check.__module__ != "jmap.io._generated.stages"
        with pytest.raises(validatorcode.JsonSchemaValueException) as caught:
            check({"id": "s1", "name": 5})
        assert caught.value.path[:1] == ["data"] and caught.value.rule == "type"
    finally:
        validatorcode.validator.cache_clear()
