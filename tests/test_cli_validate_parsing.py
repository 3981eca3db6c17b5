"""Reading a file without json and re (for `jmap validate`'s start) gives what json and re give."""

from __future__ import annotations

import importlib
import json
import re
import sys

import pytest

from jmap.io import JmapError
from jmap.io import jsontext
from jmap.io.jsontext import parse_json
from jmap.io.validatorcode import _PLAIN_PATTERNS, NAMES, PlainPattern, compile_pattern

TEXTS = [
    '{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9"]}', '  \n\t{"a": {}}\r\n ', "[]", "0", '"text"',
    "", "   ", "{", '{"a": 1', '{"a": 1} x', "[1] [2]", "1 2", '{"a": "open', '{"a": 1,}', "{'a': 1}",
    "\ufeff{}", "[NaN]", "[Infinity]", "[-Infinity]", "[1e400]", "[" + "9" * 25 + "]", '{"a": 1, "a": 2}',
    '{"a": {"b": 1, "b": 1}}', "[1, 2", "nul", "[tru]", '"\\ud800"', '["a\\q"]', '{"a" 1}', "[1,,2]",
    '{"a":1}   \n\n  ', "[\x00]", '"tab\there"',
]


def _json_says(text: str, check_numbers: bool):
    hooks = jsontext._Hooks(check_numbers)
    try:
        return json.loads(text, parse_constant=hooks.parse_constant, object_pairs_hook=hooks.object_pairs_hook,
                          parse_float=hooks.parse_float, parse_int=hooks.parse_int)
    except ValueError as exc:
        return type(exc), str(exc), getattr(exc, "pos", None)


def _we_say(text: str, check_numbers: bool):
    try:
        return jsontext._loads(text, check_numbers)
    except ValueError as exc:
        return type(exc), str(exc), getattr(exc, "pos", None)


@pytest.mark.parametrize("check_numbers", [True, False])
@pytest.mark.parametrize("text", TEXTS)
def test_the_c_scanner_alone_parses_and_refuses_as_json_loads(text, check_numbers):
    assert _we_say(text, check_numbers) == _json_says(text, check_numbers)


def test_without_the_c_scanner_json_loads_parses(monkeypatch):
    monkeypatch.setitem(sys.modules, "_json", None)  # importing it raises ImportError
    for text in TEXTS:
        assert _we_say(text, True) == _json_says(text, True), text


def test_a_large_text_is_searched_for_risky_numbers_before_parsing():
    filler = ", ".join(['"' + "x" * 100 + '"'] * 1000)
    assert len(filler) > jsontext._SEARCH_FROM
    assert len(parse_json("[" + filler + ", 1, 2.5]", "big.jmap")) == 1002
    for risky, what in (("1e400", "number 1e400 is too large"), ("9" * 19, "integer with 19 digits is too large")):
        with pytest.raises(JmapError) as caught:
            parse_json("[" + filler + f",\n {risky}]", "big.jmap")
        assert str(caught.value) == f"big.jmap: invalid JSON at line 2, column 2: {what}"


def _texts_for(pattern: str) -> list[str]:
    alphabet = ["", "a", "Z", "0", "9", "_", ".", ":", "-", "#", " ", "\n", "é", "٣", "g", "G", "f", "F"]
    texts = [a + b for a in alphabet for b in alphabet] + [a + b + c for a in alphabet[:8] for b in alphabet
                                                           for c in alphabet[:6]]
    texts += ["#0072B2", "#0072b2", "#0072B", "#0072B2 ", "#0072B2\n", "#GGGGGG", "0072B2#", "##072B2",
              "0" * 64, "a" * 64, "A" * 64, "0" * 63, "0" * 65, "f" * 63 + "\n", "tp-1", "tp 1", "-tp", "tp-1\n",
              "stage.2:x_y-z", "٣٣", "x" * 70]
    return texts


@pytest.mark.parametrize("pattern", _PLAIN_PATTERNS)
def test_the_plain_patterns_match_what_re_matches(pattern):
    plain, regex = compile_pattern(pattern), re.compile(pattern)
    assert isinstance(plain, PlainPattern)
    for text in _texts_for(pattern):
        assert bool(plain.search(text)) == bool(regex.search(text)), (pattern, text)


@pytest.mark.parametrize("name", NAMES)
def test_the_generated_validators_compile_no_regular_expression(name):
    module = importlib.import_module(f"jmap.io._generated.{name}")
    patterns = getattr(module, "REGEX_PATTERNS", {})
    assert all(isinstance(p, PlainPattern) for p in patterns.values()), name
    assert compile_pattern("^x+$").search("xx")  # another pattern is compiled with re
