"""Format migrations: old sample files load through a chain of pure dict -> dict steps."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from jmap.io import JmapError, dumps, load, loads, save
from jmap.io import migrations
from jmap.io.migrations import MIGRATIONS, migrate
from jmap.io.schema import FORMAT_VERSION

DATA = Path(__file__).parent / "data"
V0 = DATA / "v0-sample.jmap"


def v0() -> dict:
    return json.loads(V0.read_bytes())


def test_there_is_a_sample_file_of_every_version():
    for version in range(FORMAT_VERSION + 1):
        path = DATA / f"v{version}-sample.jmap"
        assert path.is_file(), f"add {path.name}: a sample of every format version is kept forever"
        assert json.loads(path.read_bytes())["version"] == version


def test_the_chain_has_one_step_per_old_version_and_ends_at_the_current_one():
    assert sorted(MIGRATIONS) == list(range(FORMAT_VERSION))
    for version in range(FORMAT_VERSION + 1):
        data = json.loads((DATA / f"v{version}-sample.jmap").read_bytes())
        assert migrate(data, FORMAT_VERSION)["version"] == FORMAT_VERSION


@pytest.mark.parametrize("version", sorted(MIGRATIONS))
def test_each_migration_is_pure(version):
    data = json.loads((DATA / f"v{version}-sample.jmap").read_bytes())
    snapshot = copy.deepcopy(data)
    first = MIGRATIONS[version](data)
    assert data == snapshot  # the input is not changed
    assert first is not data
    assert first["version"] == version + 1
    assert MIGRATIONS[version](data) == first  # and the same input gives the same output
    # the output shares nothing mutable with the input
    first["stages"].append({"id": "x"})
    assert data == snapshot


def test_the_v0_sample_loads_through_the_chain():
    result = load(V0)
    assert result.warnings == []
    doc = result.document
    assert doc.meta.title == "Νηστίσιμο καφέ — prototype map"  # "map" became "meta"
    assert doc.meta.language == "el" and doc.meta.authors == ["Ελένη", "Bjørn Æsøy"]
    assert [(lane.id, lane.kind) for lane in doc.lanes] == [("lane-1", "touchpoints"), ("lane-2", "thoughts")]
    # the free emotion number is rounded onto the -3..+3 scale and clamped
    assert [(p.id, p.value) for p in doc.emotions] == [("emo-1", 1), ("emo-2", -3), ("emo-3", 3)]
    assert doc.get("emotions", "emo-2").touchpoint == "tp-2" and doc.get("emotions", "emo-2").comment == "ουρά"
    assert [t.title for t in doc.touchpoints] == ["Google Maps", "Ταμείο", "Κάρτα"]
    assert [f.id for f in doc.flows] == ["flow-1", "flow-2"]
    assert doc.get("metrics", "metric-1").value == 6.5
    # the old names are not kept as unknown fields
    assert doc.extra == {} and all(not p.extra for p in doc.emotions)


def test_a_migrated_file_is_saved_in_the_current_version(tmp_path):
    out = tmp_path / "upgraded.jmap"
    save(load(V0).document, out)
    saved = json.loads(out.read_bytes())
    assert saved["version"] == FORMAT_VERSION
    assert "map" not in saved and "layers" not in saved
    assert "emotion" not in saved["emotions"][0] and saved["emotions"][0]["value"] == 1
    assert dumps(load(out).document) == out.read_bytes()


def test_v0_without_an_emotion_number_gets_the_neutral_value():
    data = v0()
    data["emotions"][0]["emotion"] = "quite happy"
    data["emotions"][1].pop("emotion")
    doc = loads(json.dumps(data).encode()).document
    assert [p.value for p in doc.emotions] == [0, 0, 3]


def test_v0_that_already_had_a_value_keeps_it():
    data = v0()
    data["emotions"][0]["value"] = -1
    assert loads(json.dumps(data).encode()).document.get("emotions", "emo-1").value == -1


def test_a_broken_v0_file_is_refused_with_a_clear_message():
    data = v0()
    data["layers"] = {"not": "a list"}
    with pytest.raises(JmapError, match=r"old\.jmap: \$\.lanes: expected array"):
        loads(json.dumps(data).encode(), "old.jmap")


def test_a_migration_that_crashes_is_reported_not_raised(monkeypatch):
    def broken(data):
        raise KeyError("layers")

    monkeypatch.setitem(migrations.MIGRATIONS, 0, broken)
    with pytest.raises(JmapError) as info:
        loads(V0.read_bytes(), "old.jmap")
    assert str(info.value) == "old.jmap: cannot upgrade this version-0 file: 'layers'"


def test_a_migration_that_forgets_the_version_is_caught(monkeypatch):
    monkeypatch.setitem(migrations.MIGRATIONS, 0, lambda data: dict(data))
    with pytest.raises(JmapError, match="cannot upgrade this version-0 file: migration from 0 did not produce"):
        loads(V0.read_bytes(), "old.jmap")
