"""One rule for numbers, keys and values: whole floats, duplicate keys, value counts and check_entity."""

from __future__ import annotations

import copy
import json
import tracemalloc
from pathlib import Path

import pytest

from jmap.core.model import Touchpoint
from jmap.export.pdf import export_pdf
from jmap.io import JmapError, dumps, load, loads
from jmap.io import jsontext
from jmap.io.structure import check_entity

SAMPLE = Path(__file__).parent / "data" / "v1-sample.jmap"
BASE = json.loads(SAMPLE.read_bytes())


def write(tmp_path: Path, data, name: str = "map.jmap") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=2),
                    encoding="utf-8")
    return path


def refused(path: Path, *fragments: str) -> str:
    with pytest.raises(JmapError) as info:
        load(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message, message
    assert info.value.__cause__ is None
    for fragment in fragments:
        assert fragment in message, (fragment, message)
    return message


# ------------------------------------------------------------ whole floats
def test_whole_floats_in_integer_fields_load_as_integers_and_save_without_a_point(tmp_path):
    data = copy.deepcopy(BASE)
    data["emotions"][0]["value"] = 2.0
    data["touchpoints"][0]["importance"] = 3.0
    data["touchpoints"][1]["impact"] = 5.0
    data["minor_version"] = 0.0
    result = load(write(tmp_path, data))
    doc = result.document
    assert result.warnings == []
    point, first, second = doc.emotions[0], doc.touchpoints[0], doc.touchpoints[1]
    assert (point.value, first.importance, second.impact) == (2, 3, 5)
    assert all(type(v) is int for v in (point.value, first.importance, second.impact))
    saved = json.loads(dumps(doc))
    assert saved["emotions"][0]["value"] == 2 and saved["touchpoints"][0]["importance"] == 3
    text = dumps(doc).decode()
    assert '"value": 2,' in text and '"importance": 3,' in text and "3.0" not in text


def test_whole_floats_do_not_crash_the_pdf_export(tmp_path):
    data = copy.deepcopy(BASE)
    for point in data["emotions"]:
        point["value"] = float(point["value"])
    for card in data["touchpoints"]:
        card["importance"] = float(card["importance"])
    doc = load(write(tmp_path, data)).document
    out = tmp_path / "map.pdf"
    assert export_pdf(doc, out, page="A4") >= 1
    assert out.read_bytes().startswith(b"%PDF")


def test_the_export_command_reads_whole_floats(tmp_path, capsys):
    from jmap.cli import main

    data = copy.deepcopy(BASE)
    data["emotions"][1]["value"] = -1.0
    path = write(tmp_path, data)
    out = tmp_path / "cli.pdf"
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("collection, index, field, value", [
    ("emotions", 1, "value", 2.5),
    ("touchpoints", 0, "importance", 2.5),
    ("touchpoints", 2, "impact", 4.25),
])
def test_fractional_numbers_in_integer_fields_are_refused_with_the_path(tmp_path, collection, index, field, value):
    data = copy.deepcopy(BASE)
    data[collection][index][field] = value
    refused(write(tmp_path, data), f"$.{collection}[{index}].{field}: ", "expected a whole number", str(value))


def test_a_fractional_minor_version_is_refused(tmp_path):
    refused(write(tmp_path, dict(BASE, minor_version=0.5)), "$.minor_version: ", "whole number")


def test_a_whole_float_version_is_a_version(tmp_path):
    assert load(write(tmp_path, dict(BASE, version=1.0))).document.touchpoints


def test_metric_numbers_stay_as_written():
    data = copy.deepcopy(BASE)
    data["metrics"][0]["value"] = 2.0
    doc = loads(json.dumps(data).encode()).document
    assert doc.metrics[0].value == 2.0 and type(doc.metrics[0].value) is float  # a number field, not an integer


# ------------------------------------------------------------ check_entity
def test_check_entity_normalises_whole_floats_and_returns_the_record():
    record = {"id": "tp-9", "stage": "s", "lane": "l", "importance": 4.0, "impact": 2}
    checked = check_entity("touchpoints", record)
    assert checked["importance"] == 4 and type(checked["importance"]) is int
    assert record["importance"] == 4.0  # the caller's dict is left alone


@pytest.mark.parametrize("collection, record, where, what", [
    ("touchpoints", {"id": "tp-9", "stage": "s", "lane": "l", "importance": 99}, "$.importance",
     "99 is greater than the maximum of 5"),
    ("notes", {"id": "n", "stage": "s", "lane": "l", "colour": "red"}, "$.colour", "'red' is not a colour"),
    ("touchpoints", {"id": "tp-9", "stage": "s", "lane": "l", "channel": "fax"}, "$.channel", "'fax' is not one of"),
    ("emotions", {"id": "e", "persona": "p", "stage": "s", "value": 0.5}, "$.value", "expected a whole number"),
    ("flows", {"id": "f", "source": "a"}, "$", "'target' is missing"),
    ("stages", {"id": "has space"}, "$.id", "not a valid id"),
    ("metrics", {"id": "m", "stage": "s", "value": 10 ** 19}, "$.value", "more than 18 digits"),
    ("meta", {"language": "de"}, "$.language", "'de' is not one of"),
])
def test_check_entity_refuses_what_a_file_may_not_hold(collection, record, where, what):
    with pytest.raises(JmapError) as info:
        check_entity(collection, record, "the clipboard")
    assert info.value.json_path == where
    assert what in info.value.message
    assert str(info.value).startswith("the clipboard: ")


def test_check_entity_accepts_a_model_entity_and_unknown_fields():
    card = Touchpoint("tp-1", stage="stage-1", lane="lane-1", importance=5, extra={"future": [1, 2]})
    assert check_entity("touchpoints", card)["importance"] == 5
    assert check_entity("touchpoints", {"id": "tp-1", "stage": "s", "lane": "l", "later": {"x": 1}})


def test_check_entity_names_the_place_it_is_given():
    with pytest.raises(JmapError) as info:
        check_entity("touchpoints", {"id": "x", "stage": "s", "lane": "l", "impact": 0}, "map.jmap",
                     "$.touchpoints[4]")
    assert info.value.json_path == "$.touchpoints[4].impact"


def test_loading_checks_each_entity_with_check_entity(tmp_path, monkeypatch):
    import jmap.io.structure as structure

    seen = []
    real = structure.check_entity

    def spy(collection, record, *args, **kwargs):
        seen.append(collection)
        return real(collection, record, *args, **kwargs)

    monkeypatch.setattr(structure, "check_entity", spy)
    doc = load(SAMPLE).document
    assert seen.count("touchpoints") == len(doc.touchpoints) and seen.count("meta") == 1


# ---------------------------------------------------------- duplicate keys
def test_a_duplicate_key_at_the_top_is_refused_with_its_line(tmp_path):
    text = json.dumps(BASE, ensure_ascii=False, indent=2)
    # a second "stages" list after the first: the first would silently be lost
    text = text.replace('\n  "lanes": ', '\n  "stages": [],\n  "lanes": ', 1)
    line = text[: text.index('"stages": []')].count("\n") + 1
    refused(write(tmp_path, text), "$.stages: ", "duplicate key 'stages'", f"line {line},")


def test_a_duplicate_key_inside_an_entity_is_refused_with_its_path(tmp_path):
    text = json.dumps(BASE, ensure_ascii=False, indent=2)
    first = BASE["touchpoints"][2]["title"]
    marker = f'"title": {json.dumps(first, ensure_ascii=False)},'
    start = text.index('"touchpoints": [')
    at = text.index(marker, start)
    text = text[:at] + marker + ' "title": "again",' + text[at + len(marker):]
    line = text[:at].count("\n") + 1
    refused(write(tmp_path, text), "$.touchpoints[2].title: ", "duplicate key 'title'", f"line {line},")


def test_a_duplicate_key_deep_in_an_unknown_field_is_refused(tmp_path):
    text = json.dumps(dict(BASE, later={"a": [1, {"b": 1, "c": {"k": 1, "k": 2}}]}))
    text = text.replace('{"k": 2}', '{"k": 1, "k": 2}')
    assert text.count('"k"') == 2
    refused(write(tmp_path, text), "$.later.a[1].c.k: ", "duplicate key 'k'", "line 1,")


def test_keys_that_differ_only_by_escapes_are_the_same_key(tmp_path):
    text = json.dumps(BASE).replace('"meta": {', '"meta": {"title": "x", "t\\u0069tle": "y", ', 1)
    refused(write(tmp_path, text), "$.meta.title: ", "duplicate key 'title'")


def test_the_same_key_in_two_objects_is_fine():
    assert loads(SAMPLE.read_bytes()).document.touchpoints  # every entity has an "id"


# ------------------------------------------------------------ value counts
def _numbers_file(path: Path, count: int) -> Path:
    with path.open("w", encoding="ascii") as fh:  # written in chunks: the test itself stays small
        fh.write('{"format": "jmap", "version": 1, "meta": {}, "stages": [], "lanes": [], "numbers": [')
        chunk = ",".join(["123456"] * 100_000)
        for start in range(0, count, 100_000):
            fh.write(chunk if start + 100_000 <= count else ",".join(["123456"] * (count - start)))
            fh.write("," if start + 100_000 < count else "]}")
    return path


def test_a_file_of_millions_of_numbers_is_refused_before_parsing(tmp_path):
    path = _numbers_file(tmp_path / "numbers.jmap", jsontext.MAX_VALUES + 10)
    assert path.stat().st_size < 32 * 1024 * 1024
    tracemalloc.start()
    try:
        refused(path, "too many values in the file", f"the limit is {jsontext.MAX_VALUES:,}")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # parsed, the numbers would take over 30 bytes each (about 150 MB); the text is ~30 MB
    assert peak < 3 * path.stat().st_size


@pytest.mark.parametrize("values", ['"s"', "true", "false", "null", "1.5", "7"])
def test_every_kind_of_value_counts(tmp_path, monkeypatch, values):
    monkeypatch.setattr(jsontext, "MAX_VALUES", 1000)
    body = ", ".join([values] * 1000)
    refused(write(tmp_path, f'{{"format": "jmap", "version": 1, "x": [{body}]}}'), "too many values")


def test_commas_inside_text_do_not_count_as_values(tmp_path, monkeypatch):
    monkeypatch.setattr(jsontext, "MAX_VALUES", 1000)
    data = copy.deepcopy(BASE)
    data["notes"][0]["text"] = ", , ," * 2000
    assert load(write(tmp_path, data)).document.notes[0].text.startswith(", ,")


def test_a_map_written_by_jmap_stays_under_the_value_limit_up_to_the_size_limit():
    from jmap.core.generate import large_map
    from jmap.io.schema import MAX_FILE_BYTES

    text = dumps(large_map()).decode()
    per_byte = jsontext.count_values(text) / len(text.encode())
    assert per_byte * MAX_FILE_BYTES < jsontext.MAX_VALUES / 2  # the benchmark map, grown to 32 MB
