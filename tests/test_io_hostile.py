"""Damaged and hostile .jmap files: each is refused with one clear line naming the file, where and what."""

from __future__ import annotations

import copy
import errno
import json
import os
import threading
import tracemalloc
from pathlib import Path

import pytest

from jmap.cli import main
from jmap.io import JmapError, NewerVersionError, load, loads
from jmap.io.plain import check_file
from jmap.io.schema import MAX_CONTAINERS, MAX_FILE_BYTES, MAX_ITEMS

SAMPLE = Path(__file__).parent / "data" / "v1-sample.jmap"
BASE = json.loads(SAMPLE.read_bytes())


def write(tmp_path: Path, raw: bytes | str, name: str = "hostile.jmap") -> Path:
    path = tmp_path / name
    path.write_bytes(raw.encode("utf-8") if isinstance(raw, str) else raw)
    return path


def refused(path: Path, *fragments: str, error: type = JmapError) -> str:
    """Load must raise ``error`` with a one-line message that starts with the file name."""
    with pytest.raises(error) as info:
        load(path)
    exc = info.value
    message = str(exc)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message and len(message) < 400, message
    assert "Traceback" not in message and "Error(" not in message
    # raised "from None": no chained traceback to show
    assert exc.__cause__ is None and (exc.__context__ is None or exc.__suppress_context__)
    for fragment in fragments:
        assert fragment in message, (fragment, message)
    with pytest.raises(type(exc)) as checked:  # jmap validate checks without building: the same refusal
        check_file(path)
    assert (str(checked.value), checked.value.json_path) == (message, exc.json_path)
    return message


def mutated(change) -> str:
    data = copy.deepcopy(BASE)
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=2)


def test_the_sample_itself_loads_cleanly():
    result = load(SAMPLE)
    assert result.warnings == []
    assert len(result.document.touchpoints) == 4


# ------------------------------------------------------------------- not JSON
@pytest.mark.parametrize("raw", [b"", b"   \n\t\r\n  "], ids=["empty", "whitespace"])
def test_empty_file(tmp_path, raw):
    refused(write(tmp_path, raw), "the file is empty")


def test_truncated_json(tmp_path):
    raw = SAMPLE.read_bytes()
    for cut in (len(raw) // 3, len(raw) - 2, 1):
        msg = refused(write(tmp_path, raw[:cut]), "invalid JSON at line", "truncated")
        assert "column" in msg


def test_binary_garbage(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    refused(write(tmp_path, png), "not UTF-8 text", "byte 0x89", "line 1, column 1")


def test_garbage_that_is_text_but_not_json(tmp_path):
    refused(write(tmp_path, "Kafé Løvetann\nsecond line"), "invalid JSON at line 1, column 1")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(tmp_path, encoding):
    refused(write(tmp_path, SAMPLE.read_text(encoding="utf-8").encode(encoding)), "UTF-16", "must be UTF-8")


def test_utf8_bom(tmp_path):
    refused(write(tmp_path, b"\xef\xbb\xbf" + SAMPLE.read_bytes()), "byte-order mark")


def test_invalid_utf8_in_the_middle_names_the_line(tmp_path):
    raw = SAMPLE.read_bytes().replace("Løvetann".encode(), b"L\xf8vetann", 1)  # Latin-1 ø
    line = SAMPLE.read_bytes()[: raw.index(b"\xf8")].count(b"\n") + 1
    refused(write(tmp_path, raw), "not UTF-8 text", "byte 0xf8", f"line {line},")


@pytest.mark.parametrize("raw, found", [("[1, 2]", "a list"), ('"jmap"', "a string"), ("42", "a number"),
                                        ("null", "null"), ("true", "true/false")])
def test_something_else_than_an_object_at_the_top(tmp_path, raw, found):
    refused(write(tmp_path, raw), "$: expected a JSON object at the top", f"found {found}")


# -------------------------------------------------------------- wrong content
@pytest.mark.parametrize("marker", ["drawio", None, 1])
def test_wrong_format_marker(tmp_path, marker):
    raw = mutated(lambda d: d.update(format=marker) if marker is not None else d.pop("format"))
    refused(write(tmp_path, raw), "$.format", "not a jmap file")


def test_newer_major_version_says_newer(tmp_path):
    path = write(tmp_path, mutated(lambda d: d.update(version=2)))
    msg = refused(path, "$.version", "newer", error=NewerVersionError)
    assert "Update jmap" in msg


@pytest.mark.parametrize("version", ["1", 1.5, -1, True, None])
def test_version_must_be_a_whole_number(tmp_path, version):
    refused(write(tmp_path, mutated(lambda d: d.update(version=version))), "$.version", "whole number")


@pytest.mark.parametrize("change, where, what", [
    (lambda d: d["touchpoints"][1].update(title=5), "$.touchpoints[1].title", "expected string, found an integer"),
    (lambda d: d.update(stages={}), "$.stages", "expected array, found an object"),
    (lambda d: d.update(meta=[]), "$.meta", "expected object, found a list"),
    (lambda d: d["touchpoints"][0].update(importance="high"), "$.touchpoints[0].importance", "found a string"),
    (lambda d: d["touchpoints"][0].update(online="yes"), "$.touchpoints[0].online", "expected boolean"),
    (lambda d: d["personas"][0].update(goals="coffee"), "$.personas[0].goals", "expected array"),
    (lambda d: d["personas"][0].update(goals=["ok", 7]), "$.personas[0].goals[1]", "expected string"),
    (lambda d: d["metrics"][0].update(value="12 %"), "$.metrics[0].value", "found a string"),
    (lambda d: d["emotions"][0].update(value=1.5), "$.emotions[0].value", "expected a whole number, found 1.5"),
    (lambda d: d["lanes"][0].update(required=None), "$.lanes[0].required", "found null"),
    (lambda d: d["stages"][0].update(id=12), "$.stages[0].id", "expected string"),
    (lambda d: d["metrics"][1].update(target=True), "$.metrics[1].target", "expected number or null, found true/false"),
], ids=["title-number", "stages-object", "meta-list", "importance-string", "online-string", "goals-string",
        "goal-number", "metric-string", "emotion-float", "required-null", "id-number", "target-bool"])
def test_wrong_types(tmp_path, change, where, what):
    refused(write(tmp_path, mutated(change)), f"{where}: ", what)


@pytest.mark.parametrize("change, where, field", [
    (lambda d: d["touchpoints"][2].pop("stage"), "$.touchpoints[2]", "'stage' is missing"),
    (lambda d: d["stages"][1].pop("id"), "$.stages[1]", "'id' is missing"),
    (lambda d: d["flows"][0].pop("target"), "$.flows[0]", "'target' is missing"),
    (lambda d: d.pop("meta"), "$", "'meta' is missing"),
    (lambda d: d.pop("lanes"), "$", "'lanes' is missing"),
])
def test_missing_required_fields(tmp_path, change, where, field):
    refused(write(tmp_path, mutated(change)), f"{where}: ", field)


def test_several_problems_show_the_first_and_count_the_rest(tmp_path):
    def change(d):
        d["touchpoints"][0]["importance"] = 0
        d["touchpoints"][3]["channel"] = "fax"
        d["stages"][2]["colour"] = "blue"

    msg = refused(write(tmp_path, mutated(change)), "(and 2 more problems)")
    assert ": $.stages[2].colour: " in msg  # least deeply nested first, then by name


@pytest.mark.parametrize("change, where, value", [
    (lambda d: d["touchpoints"][0].update(channel="fax"), "$.touchpoints[0].channel", "'fax'"),
    (lambda d: d["lanes"][1].update(kind="swimming"), "$.lanes[1].kind", "'swimming'"),
    (lambda d: d["meta"].update(map_type="mind-map"), "$.meta.map_type", "'mind-map'"),
    (lambda d: d["meta"].update(language="de"), "$.meta.language", "'de'"),
    (lambda d: d["touchpoints"][0].update(evidence="rumour"), "$.touchpoints[0].evidence", "'rumour'"),
    (lambda d: d["lines"][0].update(kind="dotted"), "$.lines[0].kind", "'dotted'"),
])
def test_bad_enum_values_list_the_allowed_ones(tmp_path, change, where, value):
    msg = refused(write(tmp_path, mutated(change)), f"{where}: ", value, "is not one of")
    assert msg.count(",") >= 1  # the allowed values are listed


@pytest.mark.parametrize("field, value, where, what", [
    ("importance", 0, "$.touchpoints[0].importance", "less than the minimum of 1"),
    ("importance", 6, "$.touchpoints[0].importance", "greater than the maximum of 5"),
    ("impact", 99, "$.touchpoints[0].impact", "greater than the maximum of 5"),
])
def test_out_of_range_importance(tmp_path, field, value, where, what):
    refused(write(tmp_path, mutated(lambda d: d["touchpoints"][0].update({field: value}))), where, what)


@pytest.mark.parametrize("value, what", [(4, "greater than the maximum of 3"), (-4, "less than the minimum of -3")])
def test_out_of_range_emotion(tmp_path, value, what):
    refused(write(tmp_path, mutated(lambda d: d["emotions"][1].update(value=value))), "$.emotions[1].value", what)


@pytest.mark.parametrize("colour", ["red", "#12345", "#GGGGGG", "#0072B2 ", "rgb(0,0,0)"])
def test_bad_colour(tmp_path, colour):
    refused(write(tmp_path, mutated(lambda d: d["personas"][1].update(colour=colour))),
            "$.personas[1].colour: ", repr(colour), "not a colour", "#RRGGBB")


@pytest.mark.parametrize("bad_id", ["", "has space", "-lead", "x" * 65, "ø"])
def test_bad_id(tmp_path, bad_id):
    refused(write(tmp_path, mutated(lambda d: d["notes"][0].update(id=bad_id))), "$.notes[0].id: ")


def test_duplicate_id_in_one_collection_names_both_places(tmp_path):
    refused(write(tmp_path, mutated(lambda d: d["touchpoints"][3].update(id="tp-2"))),
            "$.touchpoints[3].id: ", "duplicate id 'tp-2'", "$.touchpoints[1]")


def test_duplicate_id_across_collections_names_both_places(tmp_path):
    refused(write(tmp_path, mutated(lambda d: d["metrics"][1].update(id="lane-2"))),
            "$.metrics[1].id: ", "duplicate id 'lane-2'", "$.lanes[1]")


# ----------------------------------------------------- dangling references
def loaded_with_warnings(tmp_path, change):
    path = write(tmp_path, mutated(change))
    result = load(path)
    assert check_file(path).warnings == result.warnings  # what jmap validate says
    return result.document, [str(w) for w in result.warnings]


def test_flow_to_a_missing_touchpoint_loads_with_a_warning_and_is_left_out(tmp_path):
    doc, warnings = loaded_with_warnings(tmp_path, lambda d: d["flows"][1].update(target="tp-404"))
    assert warnings == ["$.flows[1].target: refers to missing touchpoint 'tp-404'; this flow was left out"]
    assert [f.id for f in doc.flows] == ["flow-1", "flow-3", "flow-4"]


def test_note_in_a_missing_stage_loads_with_a_warning(tmp_path):
    doc, warnings = loaded_with_warnings(tmp_path, lambda d: d["notes"][0].update(stage="stage-9"))
    assert warnings == ["$.notes[0].stage: refers to missing stage 'stage-9'; this note was left out"]
    assert doc.get("notes", "note-1") is None and len(doc.notes) == 2


def test_an_empty_required_reference_is_dangling_too(tmp_path):
    doc, warnings = loaded_with_warnings(tmp_path, lambda d: d["touchpoints"][0].update(lane=""))
    assert warnings[0] == "$.touchpoints[0].lane: has no lane; this touchpoint was left out"
    assert doc.get("touchpoints", "tp-1") is None
    # and what hung on it goes with it, each with its own warning
    assert not any(f.source == "tp-1" or f.target == "tp-1" for f in doc.flows)
    assert any(w.startswith("$.flows[0].source: refers to missing touchpoint 'tp-1'") for w in warnings)


def test_emotion_anchored_to_a_missing_touchpoint_keeps_the_point_without_anchor(tmp_path):
    doc, warnings = loaded_with_warnings(tmp_path, lambda d: d["emotions"][1].update(touchpoint="tp-77"))
    assert warnings == ["$.emotions[1].touchpoint: refers to missing touchpoint 'tp-77'; anchor removed"]
    assert doc.get("emotions", "emo-2").touchpoint == ""


def test_line_after_a_missing_lane_is_left_out(tmp_path):
    doc, warnings = loaded_with_warnings(tmp_path, lambda d: d["lines"][0].update(after_lane="lane-x"))
    assert warnings == ["$.lines[0].after_lane: refers to missing lane 'lane-x'; this line was left out"]
    assert [line.id for line in doc.lines] == ["line-2"]


# ------------------------------------------------------------------ numbers
@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
def test_non_finite_numbers_are_refused_with_their_line(tmp_path, token):
    text = mutated(lambda d: d["metrics"][0].update(value="@@"))
    line = text[: text.index('"@@"')].count("\n") + 1
    msg = refused(write(tmp_path, text.replace('"@@"', token)), f"invalid JSON at line {line}, column 16")
    assert "not allowed" in msg or "too large" in msg


def test_a_5000_digit_integer_is_refused_quickly(tmp_path):
    text = mutated(lambda d: d["touchpoints"][0].update(importance="@@"))
    line = text[: text.index('"@@"')].count("\n") + 1
    refused(write(tmp_path, text.replace('"@@"', "7" * 5000)), "integer with 5000 digits is too large", f"line {line},")


# ------------------------------------------------------------------ nesting
def test_100000_deep_arrays(tmp_path):
    refused(write(tmp_path, "[" * 100_000 + "]" * 100_000), "nested too deeply")


def test_100000_deep_objects(tmp_path):
    refused(write(tmp_path, '{"a":' * 100_000 + "1" + "}" * 100_000), "nested too deeply")


def test_deep_nesting_inside_an_unknown_field(tmp_path):
    text = mutated(lambda d: d.update(future="@@"))
    refused(write(tmp_path, text.replace('"@@"', "[" * 100_000 + "]" * 100_000)), "nested too deeply")


def test_moderately_deep_unknown_field_is_refused_by_the_extra_depth_limit(tmp_path):
    text = mutated(lambda d: d["stages"][0].update(future="@@"))
    refused(write(tmp_path, text.replace('"@@"', "[" * 40 + "]" * 40)), "$.stages[0]: ", "nested too deeply")


# --------------------------------------------------------------- surrogates
def test_lone_surrogate_in_a_title(tmp_path):
    text = mutated(lambda d: d["touchpoints"][2].update(title="@@"))
    refused(write(tmp_path, text.replace('"@@"', '"Lager \\ud800"')), "$.touchpoints[2].title: ", "surrogate")


def test_lone_surrogate_in_a_key(tmp_path):
    text = mutated(lambda d: d["meta"].update({"@@": 1}))
    refused(write(tmp_path, text.replace('"@@"', '"\\udfff"')), "$.meta.", "surrogate")


def test_an_escaped_surrogate_pair_is_fine(tmp_path):
    text = mutated(lambda d: d["meta"].update(title="@@"))
    doc = load(write(tmp_path, text.replace('"@@"', '"caf\\u00e9 \\ud83d\\ude00"'))).document
    assert doc.meta.title == "café 😀"


# ---------------------------------------------------------------- size limits
def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.jmap"
    with path.open("wb") as fh:  # a valid beginning, then a sparse hole: no 33 MB written to disk
        fh.write(b'{"format": "jmap", "version": 1, "meta": {"title": "')
        fh.truncate(MAX_FILE_BYTES + 1024 * 1024)
    assert path.stat().st_size > MAX_FILE_BYTES
    tracemalloc.start()
    try:
        refused(path, "too large", "the limit is 32 MB")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024 * 1024  # reading it first would need 32 MB


def test_bytes_over_the_size_limit_are_refused_by_loads():
    with pytest.raises(JmapError, match=r"too large .*the limit is 32 MB"):
        loads(b"{" + b" " * MAX_FILE_BYTES + b"}", "big.jmap")


def test_a_million_touchpoints_are_refused_by_a_limit(tmp_path):
    path = tmp_path / "million.jmap"
    with path.open("w", encoding="utf-8") as fh:  # written in chunks: memory stays small
        fh.write('{"format": "jmap", "version": 1, "meta": {}, "stages": [{"id": "s"}], '
                 '"lanes": [{"id": "l"}], "touchpoints": [')
        for start in range(0, 1_000_000, 10_000):
            fh.write(",".join(f'{{"id": "tp-{i}", "stage": "s", "lane": "l"}}'
                              for i in range(start, start + 10_000)))
            fh.write("," if start + 10_000 < 1_000_000 else "]}")
    msg = refused(path)
    assert "too large" in msg or "too many entries" in msg


def test_one_entry_over_the_count_limit(tmp_path):
    tps = ",".join(f'{{"id": "tp-{i}", "stage": "s", "lane": "l"}}' for i in range(MAX_ITEMS + 1))
    raw = ('{"format": "jmap", "version": 1, "meta": {}, "stages": [{"id": "s"}], "lanes": [{"id": "l"}], '
           f'"touchpoints": [{tps}]}}')
    assert len(raw) < MAX_FILE_BYTES
    refused(write(tmp_path, raw), "$.touchpoints: ", f"too many entries ({MAX_ITEMS + 1}; the limit is {MAX_ITEMS})")


def test_millions_of_empty_objects_are_refused_before_parsing(tmp_path):
    # 6 MB that would become over 2 million dicts (~150 MB) if parsed
    n = MAX_CONTAINERS + 10
    path = write(tmp_path, '{"format": "jmap", "version": 1, "x": [' + "{}," * n + "{}]}")
    assert path.stat().st_size < MAX_FILE_BYTES
    tracemalloc.start()
    try:
        refused(path, "too many objects and lists")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 80 * 1024 * 1024


def test_brackets_inside_text_do_not_count_as_objects(tmp_path):
    def fill(d):
        note = d["notes"][0]
        d["notes"] = [dict(note, id=f"note-{i}", text="[{" * 10_000) for i in range(110)]

    text = mutated(fill)
    assert text.count("[") + text.count("{") > MAX_CONTAINERS  # but all of them inside strings
    doc = load(write(tmp_path, text)).document
    assert len(doc.notes) == 110 and doc.notes[0].text.startswith("[{[{")


# ------------------------------------------------------------ not a plain file
def test_a_folder(tmp_path):
    folder = tmp_path / "map.jmap"
    folder.mkdir()
    refused(folder, "is a folder, not a file")


def test_a_missing_file(tmp_path):
    refused(tmp_path / "nowhere" / "gone.jmap", "no such file")


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.jmap"
    os.mkfifo(fifo)
    outcome: list = []

    def attempt():
        try:
            load(fifo)
        except JmapError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(timeout=20)
    if thread.is_alive():  # it blocked in open(): let it go by opening the other end, then fail
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        thread.join(timeout=5)
        pytest.fail("loading a FIFO blocked waiting for a writer")
    assert len(outcome) == 1
    assert str(outcome[0]) == f"{fifo}: not a regular file"


def test_an_unreadable_file_says_permission_denied(tmp_path, monkeypatch):
    # The tests run as root, which chmod 000 does not stop; make the open fail as it would for a user.
    path = write(tmp_path, SAMPLE.read_bytes(), "locked.jmap")
    real_open = os.open

    def denied(p, *args, **kwargs):
        if os.fspath(p) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(p))
        return real_open(p, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    assert refused(path, "permission denied") == f"{path}: permission denied"


def test_a_read_error_is_reported(tmp_path, monkeypatch):
    path = write(tmp_path, SAMPLE.read_bytes(), "flaky.jmap")
    real_fstat = os.fstat

    def failing(fd):
        if os.readlink(f"/proc/self/fd/{fd}") == str(path):
            raise OSError(errno.EIO, "Input/output error")
        return real_fstat(fd)

    monkeypatch.setattr(os, "fstat", failing)
    refused(path, "cannot read: Input/output error")


# ------------------------------------------------------------- jmap validate
def test_validate_exit_codes(tmp_path, capsys):
    good = write(tmp_path, SAMPLE.read_bytes(), "good.jmap")
    assert main(["validate", str(good)]) == 0
    out, err = capsys.readouterr()
    assert out == f"valid: {good} (3 stages, 3 lanes, 4 touchpoints, 4 flows)\n" and err == ""

    bad = write(tmp_path, mutated(lambda d: d["touchpoints"][0].update(importance=9)), "bad.jmap")
    assert main(["validate", str(good), str(bad)]) == 1
    out, err = capsys.readouterr()
    assert err == f"invalid: {bad}: $.touchpoints[0].importance: 9 is greater than the maximum of 5\n"

    missing = tmp_path / "missing.jmap"
    assert main(["validate", str(bad), str(missing)]) == 2
    out, err = capsys.readouterr()
    assert f"invalid: {missing}: no such file" in err
    assert main(["validate", str(tmp_path)]) == 2
    capsys.readouterr()


def test_validate_warnings_fail_only_with_strict(tmp_path, capsys):
    dangling = write(tmp_path, mutated(lambda d: d["flows"][0].update(source="tp-404")), "dangling.jmap")
    assert main(["validate", str(dangling)]) == 0
    out, err = capsys.readouterr()
    assert err == (f"warning: {dangling}: $.flows[0].source: refers to missing touchpoint 'tp-404'; "
                   "this flow was left out\n")
    assert out.startswith(f"valid: {dangling} (")
    assert main(["validate", "--strict", "-q", str(dangling)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "warning:" in err


def test_validate_without_files_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["validate"])
    assert info.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_an_emotion_anchored_to_a_card_of_another_stage_loses_its_anchor_with_a_warning():
    import json

    from jmap.io import dumps, loads
    from jmap.core.document import Document
    from jmap.core.model import EmotionPoint, Lane, Persona, Stage, Touchpoint

    doc = Document()
    doc.append("personas", Persona("persona-1", name="P"))
    doc.append("stages", Stage("stage-1", name="One"))
    doc.append("stages", Stage("stage-2", name="Two"))
    doc.append("lanes", Lane("lane-1"))
    doc.append("touchpoints", Touchpoint("tp-1", stage="stage-2", lane="lane-1"))
    doc.append("emotions", EmotionPoint("emo-1", persona="persona-1", stage="stage-1", value=1))
    data = json.loads(dumps(doc))
    data["emotions"][0]["touchpoint"] = "tp-1"
    result = loads(json.dumps(data).encode(), "m.jmap")
    assert [w.json_path for w in result.warnings] == ["$.emotions[0].touchpoint"]
    assert "stage-2" in result.warnings[0].message
    assert result.document.get("emotions", "emo-1").touchpoint == ""
