"""`jmap validate` checks a file without building it (jmap.io.plain) and says exactly what loading it says."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from dataclasses import MISSING, fields
from decimal import Decimal
from pathlib import Path

import pytest

from jmap.cli import main
from jmap.core.model import COLLECTIONS, MapMeta
from jmap.core.names import COLLECTION_NAMES, ID_PREFIXES
from jmap.io import JmapError, LoadWarning, UnreadableError, from_dict, load, loads
from jmap.io.jsontext import path_text
from jmap.io.plain import check_bytes, check_data, check_file
from jmap.io.structure import check_entity
from jmap.io.validatorcode import field_names

ROOT = Path(__file__).resolve().parents[1]
MAPS = sorted([*(ROOT / "tests").rglob("*.jmap"), *(ROOT / "templates").rglob("*.jmap")])
SAMPLE = ROOT / "tests" / "data" / "v1-sample.jmap"
BASE = json.loads(SAMPLE.read_bytes())


def _png() -> bytes:
    from tests.test_pictures_io import png

    return png()


def _with_picture(**changes) -> dict:
    """The sample with one note showing a picture (``changes`` made to the picture record)."""
    raw = _png()
    data = copy.deepcopy(BASE)
    data["minor_version"] = 2
    record = {"id": "pic-1", "media_type": "image/png", "width": 40, "height": 30,
              "sha256": hashlib.sha256(raw).hexdigest(), "data": base64.b64encode(raw).decode()}
    data["pictures"] = [dict(record, **changes)]
    data["notes"][0]["picture"] = "pic-1"
    return data


def _validated(path: Path, capsys, *options: str) -> tuple[int, str, str]:
    code = main(["validate", *options, str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def _as_load_says(path: Path, *, strict: bool = False) -> tuple[int, str, str]:
    """What `jmap validate` printed when it built the Document with load()."""
    try:
        result = load(path)
    except JmapError as exc:
        return (2 if isinstance(exc, UnreadableError) else 1), "", f"invalid: {exc}\n"
    err = "".join(f"warning: {path}: {w}\n" for w in result.warnings)
    if result.warnings and strict:
        return 1, "", err
    doc = result.document
    return 0, (f"valid: {path} ({len(doc.stages)} stages, {len(doc.lanes)} lanes, "
               f"{len(doc.touchpoints)} touchpoints, {len(doc.flows)} flows)\n"), err


def _same_as_load(path: Path, capsys) -> None:
    assert _validated(path, capsys) == _as_load_says(path)
    assert _validated(path, capsys, "--strict") == _as_load_says(path, strict=True)
    try:
        result = load(path)
    except JmapError as exc:
        with pytest.raises(type(exc)) as caught:
            check_file(path)
        assert (str(caught.value), caught.value.json_path) == (str(exc), exc.json_path)
        return
    checked = check_file(path)
    assert checked.warnings == result.warnings
    assert {name: len(records) for name, records in checked.records.items()} == {
        name: len(result.document.items(name)) for name in COLLECTION_NAMES}
    assert [r["id"] for name in COLLECTION_NAMES for r in checked.records[name]] == [
        e.id for name in COLLECTION_NAMES for e in result.document.items(name)]


@pytest.mark.parametrize("path", MAPS, ids=[str(p.relative_to(ROOT)) for p in MAPS])
def test_every_bundled_and_test_map_validates_as_it_loads(path, capsys):
    _same_as_load(path, capsys)


#: Changes to the sample that load it with warnings, or refuse it.
CHANGES = {
    "flow to a missing card": lambda d: d["flows"][1].update(target="tp-404"),
    "note in a missing stage": lambda d: d["notes"][0].update(stage="stage-9"),
    "card without a lane, and its flows": lambda d: d["touchpoints"][0].update(lane=""),
    "emotion at a missing card": lambda d: d["emotions"][1].update(touchpoint="tp-77"),
    "emotion at a card of another stage": lambda d: d["emotions"][0].update(
        touchpoint=next(t["id"] for t in d["touchpoints"] if t["stage"] != d["emotions"][0]["stage"])),
    "line after a missing lane": lambda d: d["lines"][0].update(after_lane="lane-x"),
    "vote for a missing card": lambda d: d.update(minor_version=1, votes=[{"id": "vote-1", "item": "tp-9"}]),
    "vote for a note": lambda d: d.update(minor_version=1, votes=[{"id": "vote-1", "item": d["notes"][0]["id"]}]),
    "missing picture": lambda d: d["notes"][0].update(picture="pic-404"),
    "missing picture and stage": lambda d: d["notes"][0].update(picture="pic-404", stage="stage-404"),
    "unknown fields kept": lambda d: d.update(later={"a": [1, 2]}) or d["stages"][0].update(colour_2="x"),
    "whole floats": lambda d: d["touchpoints"][0].update(importance=2.0) or d.update(version=1.0),
    "duplicate id": lambda d: d["touchpoints"][3].update(id="tp-2"),
    "duplicate id of a left-out flow": lambda d: d["flows"][0].update(target="tp-0")
    or d["flows"][1].update(id=d["flows"][0]["id"]),
    "duplicate id across collections": lambda d: d["metrics"][1].update(id="lane-2"),
    "fractional importance": lambda d: d["touchpoints"][0].update(importance=2.5),
    "bad colour": lambda d: d["stages"][0].update(colour="red"),
    "missing meta": lambda d: d.pop("meta"),
    "newer version": lambda d: d.update(version=2),
    "not jmap": lambda d: d.update(format="drawio"),
    "too deep unknown field of a card": lambda d: d["touchpoints"][0].update(deep=json.loads("[" * 40 + "]" * 40)),
    "too deep unknown field of a left-out card": lambda d: d["touchpoints"][0].update(
        lane="", deep=json.loads("[" * 40 + "]" * 40)),
    "too deep unknown field of the meta": lambda d: d["meta"].update(deep=json.loads("[" * 40 + "]" * 40)),
    "too deep unknown field at the top": lambda d: d.update(deep=json.loads("[" * 40 + "]" * 40)),
    "old version": lambda d: d.update(version=0),
}


@pytest.mark.parametrize("change", CHANGES)
def test_validate_warns_and_refuses_as_load_does(tmp_path, capsys, change):
    data = copy.deepcopy(BASE)
    CHANGES[change](data)
    path = tmp_path / "changed.jmap"
    path.write_text(json.dumps(data), "utf-8")
    _same_as_load(path, capsys)


PICTURES = {
    "fine": {},
    "wrong sha256": {"sha256": "0" * 64},
    "wrong size": {"width": 41},
    "not base64": {"data": "%%%"},
    "not a picture": {"data": base64.b64encode(b"GIF89a" + b"\0" * 50).decode()},
    "defaults": {"media_type": None, "width": None, "height": None},
    "too many bytes together": {"data": "A" * 24_000_000},
}


@pytest.mark.parametrize("change", PICTURES)
def test_pictures_are_checked_alike(tmp_path, capsys, change):
    data = _with_picture(**PICTURES[change])
    data["pictures"][0] = {k: v for k, v in data["pictures"][0].items() if v is not None}
    path = tmp_path / "pictured.jmap"
    path.write_text(json.dumps(data), "utf-8")
    _same_as_load(path, capsys)


@pytest.mark.parametrize("raw", [b"", b"[1, 2]", b"{\"format\": \"jmap\", \"format\": 1}", b"\xef\xbb\xbf{}",
                                 b"{\"a\": NaN}", b"{" * 10, "{\"a\": \"\\ud800\"}".encode()],
                         ids=["empty", "a list", "a key twice", "bom", "NaN", "truncated", "surrogate"])
def test_bytes_that_are_no_map_are_refused_alike(tmp_path, capsys, raw):
    path = tmp_path / "bytes.jmap"
    path.write_bytes(raw)
    _same_as_load(path, capsys)


def test_files_that_cannot_be_read_are_refused_alike(tmp_path, capsys):
    _same_as_load(tmp_path / "missing.jmap", capsys)
    _same_as_load(tmp_path, capsys)
    assert _validated(tmp_path / "missing.jmap", capsys)[0] == 2


def test_from_dict_checks_as_check_data_then_builds():
    data = copy.deepcopy(BASE)
    data["flows"][0]["target"] = "tp-404"
    checked = check_data(copy.deepcopy(data), "m.jmap")
    result = from_dict(copy.deepcopy(data), "m.jmap")
    assert result.warnings == checked.warnings != []
    assert [f.id for f in result.document.flows] == [r["id"] for r in checked.records["flows"]]
    assert check_bytes(json.dumps(data).encode(), "m.jmap").warnings == loads(json.dumps(data).encode()).warnings


def test_the_tables_of_the_checks_agree_with_the_model():
    assert tuple(COLLECTIONS) == COLLECTION_NAMES
    assert {name: prefix for name, (_cls, prefix) in COLLECTIONS.items()} == ID_PREFIXES
    for name, cls in [("meta", MapMeta), *((name, cls) for name, (cls, _prefix) in COLLECTIONS.items())]:
        known, required, _integers, _numbers = field_names(name)
        assert known == {f.name for f in fields(cls)} - {"extra"}, name
        assert set(required) == {f.name for f in fields(cls) if f.name != "extra"
                                 and f.default is MISSING and f.default_factory is MISSING}, name


@pytest.mark.parametrize("name", ["", ".", "./", "a", "./a", "a/", "a//b", "a/./b/.", "/", "//", "//a", "///a",
                                  "/a/../b", "~/x", "a b/ c", ".hidden", "..", "a/.."])
def test_files_are_named_as_pathlib_names_them(name):
    assert path_text(name) == str(Path(name))
    assert path_text(Path(name)) == str(Path(name))


def test_a_load_warning_is_a_value():
    warning = LoadWarning("$.flows[0]", "gone")
    assert warning == LoadWarning("$.flows[0]", "gone") != LoadWarning("$.flows[1]", "gone")
    assert len({warning, LoadWarning("$.flows[0]", "gone")}) == 1
    assert str(warning) == "$.flows[0]: gone" and "gone" in repr(warning)
    with pytest.raises(AttributeError):
        warning.message = "changed"
    import copy
    import pickle

    assert copy.deepcopy(warning) == warning == pickle.loads(pickle.dumps(warning))  # as its dataclass was


def test_a_decimal_metric_is_still_a_number():
    record = check_entity("metrics", {"id": "m-1", "stage": "s-1", "value": Decimal("1.5")})
    assert record["value"] == Decimal("1.5")
    with pytest.raises(JmapError, match="expected number or null"):
        check_entity("metrics", {"id": "m-1", "stage": "s-1", "value": "1.5"})
