"""Untrusted bytes to plain JSON data, within limits, with errors that say where.

Strict UTF-8 (no BOM, no UTF-16), no NaN/Infinity, no huge numbers, a bounded count
of objects and lists and of values of every kind (checked before parsing), no key twice
in one object, no lone surrogates, and a file read only when it is a regular file below
the size limit.

A valid file is parsed by the json module's C scanner without importing json or re
(whose import and regular expressions cost more than checking a small map); the json
module reads an invalid one again and reports what is wrong.
"""

from __future__ import annotations

import math
import os
import stat

from jmap.io.errors import JmapError, UnreadableError
from jmap.io.limits import MAX_CONTAINERS, MAX_FILE_BYTES, MAX_VALUES

MAX_INT_DIGITS = 18
# Regular expressions, compiled (and then cached by re) when first used: most are for
# rare files or errors, and compiling one costs as much as checking a small map.
_SURROGATE = "[\ud800-\udfff]"
_JSON_STRING = r'"(?:[^"\\]|\\.)*"'
#: What a number too long for an integer, or large enough to overflow a float, needs
#: (found inside strings too: then the numbers are checked one by one while parsing).
_RISKY_NUMBER = r"\d{%d}|[eE][-+]?\d{3}" % (MAX_INT_DIGITS + 1)
#: The tokens that give a JSON text its shape: strings (keys among them) and punctuation.
_SHAPE_TOKEN = r'"(?:[^"\\]|\\.)*"|[{}\[\],]'


#: Below this many characters every number is checked as it is parsed; above it the text is
#: first searched for _RISKY_NUMBER (the search costs more than the checks in a small text).
_SEARCH_FROM = 64 * 1024
_JSON_SPACE = " \t\n\r"


def __getattr__(name: str):
    if name == "SURROGATE":  # a lone UTF-16 surrogate in a text
        import re

        return re.compile(_SURROGATE)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _BadNumber(ValueError):
    """A number the format does not allow; ``token`` is its text, to find it in the file."""

    def __init__(self, message: str, token: str) -> None:
        super().__init__(message)
        self.token = token


class _DuplicateKey(ValueError):
    """A key that appears twice in one JSON object (json would silently keep the last)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list) -> dict:
    """object_pairs_hook: the object as a dict, refusing a key that is already in it."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _shown_key(key: str) -> str:
    return key.encode("utf-8", "backslashreplace").decode()  # a lone surrogate stays printable


def find_duplicate_key(text: str) -> tuple[list, int] | None:
    """(JSON path, offset) of the first key repeated in its object, scanning the text once.

    Only for the error path: the text has already been parsed, so it is valid JSON.
    """
    import json
    import re

    # one entry per open container: [is object, keys seen, current key or index]
    stack: list[list] = []
    expect_key = False
    for match in re.finditer(_SHAPE_TOKEN, text, re.DOTALL):
        token = match.group()
        first = token[0]
        if first == '"':
            if expect_key:
                top = stack[-1]
                key = json.loads(token) if "\\" in token else token[1:-1]
                if key in top[1]:
                    return [entry[2] for entry in stack[:-1]] + [_shown_key(key)], match.start()
                top[1].add(key)
                top[2] = _shown_key(key)
                expect_key = False
        elif first == "{":
            stack.append([True, set(), None])
            expect_key = True
        elif first == "[":
            stack.append([False, None, 0])
            expect_key = False
        elif first == ",":
            top = stack[-1]
            if top[0]:
                expect_key = True
            else:
                top[2] += 1
        else:  # } or ]
            stack.pop()
            expect_key = False
    return None


def _reject_constant(name: str):
    raise _BadNumber(f"{name} is not allowed in a .jmap file", name)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(f"number {text[:20]} is too large", text)
    return value


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _BadNumber(f"integer with {len(text.lstrip('-'))} digits is too large", text)
    return int(text)


def _find_token(text: str, token: str) -> int:
    """Offset of a bare (unquoted) JSON value ``token`` in ``text``, or -1."""
    import re

    end = r"(?=\s*[,\]}])" if len(token) <= 200 else ""  # a long one: its first 200 characters
    match = re.compile(r"[\[:,]\s*(" + re.escape(token[:200]) + ")" + end).search(text)
    return match.start(1) if match else -1


def _line_col(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {col}"


def decode_text(raw: bytes, source: str) -> str:
    if not raw.strip():
        raise JmapError(source, "the file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) > 1 and (raw[0] == 0 or raw[1] == 0)):
        raise JmapError(source, "the file is UTF-16 encoded; .jmap files must be UTF-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        raise JmapError(source, "the file starts with a byte-order mark; .jmap files must be UTF-8 without BOM")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = raw[: exc.start].decode("utf-8", "replace")
        raise JmapError(
            source, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at {_line_col(prefix, len(prefix))}); is this a .jmap file?"
        ) from None


class _Hooks:
    """What the json module's C scanner reads from a json.JSONDecoder: jmap's hooks."""

    strict = True
    object_hook = None
    object_pairs_hook = staticmethod(_unique_keys)
    parse_constant = staticmethod(_reject_constant)

    def __init__(self, check_numbers: bool) -> None:
        self.parse_float = _parse_float if check_numbers else float
        self.parse_int = _parse_int if check_numbers else int


def _json_loads(text: str, check_numbers: bool):
    """json.loads(text) with jmap's hooks."""
    import json

    hooks = _Hooks(check_numbers)
    return json.loads(text, parse_constant=hooks.parse_constant, object_pairs_hook=hooks.object_pairs_hook,
                      parse_float=hooks.parse_float, parse_int=hooks.parse_int)


def _loads(text: str, check_numbers: bool):
    """json.loads(text) with jmap's hooks (json.JSONDecodeError for bad JSON), without the json module
    (its decode() around the C scanner: whitespace, no byte-order mark, "Expecting value", "Extra data")."""
    try:
        from _json import make_scanner
    except ImportError:  # a Python without the C scanner
        make_scanner = None
    if make_scanner is None or text.startswith("\ufeff"):
        return _json_loads(text, check_numbers)
    start = len(text) - len(text.lstrip(_JSON_SPACE))
    try:
        value, end = make_scanner(_Hooks(check_numbers))(text, start)
    except SystemError:
        # Python 3.11's scanner makes its JSONDecodeError only when json.decoder is already loaded
        # (else "returned NULL without setting an exception"): the json module reads it again and says
        # what is wrong.
        return _json_loads(text, check_numbers)
    except StopIteration as exc:
        from json import JSONDecodeError

        raise JSONDecodeError("Expecting value", text, exc.value) from None
    if end != len(text):
        rest = len(text) - len(text[end:].lstrip(_JSON_SPACE))
        if rest != len(text):
            from json import JSONDecodeError

            raise JSONDecodeError("Extra data", text, rest)
    return value


def parse_json(text: str, source: str):
    try:
        if len(text) < _SEARCH_FROM:
            return _loads(text, check_numbers=True)
        import re

        return _loads(text, check_numbers=re.search(_RISKY_NUMBER, text) is not None)  # else no call per number
    except RecursionError:
        raise JmapError(source, "the JSON is nested too deeply") from None
    except _BadNumber as exc:
        pos = _find_token(text, exc.token)
        where = f" at {_line_col(text, pos)}" if pos >= 0 else ""
        raise JmapError(source, f"invalid JSON{where}: {exc}") from None
    except _DuplicateKey as exc:
        found = find_duplicate_key(text)
        if found is None:  # not expected: the hook saw one
            raise JmapError(source, f"duplicate key {_shown_key(exc.key)!r} in one object") from None
        path, pos = found
        raise JmapError(source, f"duplicate key {path[-1]!r} at {_line_col(text, pos)} (a key may appear "
                        "only once in an object; the earlier value would be lost)", json_path(path)) from None
    except ValueError as exc:
        from json import JSONDecodeError

        if not isinstance(exc, JSONDecodeError):
            raise JmapError(source, f"invalid JSON: {exc}") from None
        if exc.pos >= len(text.rstrip()):
            what = "the file ends in the middle of the JSON (truncated?)"
        elif exc.msg.startswith("Unterminated string"):
            what = "a text is not closed before the end of the file (truncated?)"
        else:
            what = exc.msg
        raise JmapError(source, f"invalid JSON at {_line_col(text, exc.pos)}: {what}") from None


def parse_untrusted(text: str, source: str):
    """JSON text from outside a file (the clipboard) under a file's limits: size, value
    counts, nesting, repeated keys and numbers; JmapError says what is wrong."""
    if len(text) > MAX_FILE_BYTES:
        raise too_large(source, len(text))
    check_counts(text, source)
    data = parse_json(text, source)
    where = find_surrogate(data, [])  # typed or escaped: a lone surrogate cannot be saved as UTF-8
    if where is not None:
        raise JmapError(source, "text contains an invalid character (a lone UTF-16 surrogate)", json_path(where))
    return data


def _counts(text: str, exact: bool = False) -> tuple[int, int]:
    """(objects and lists, values of any kind) in a JSON text, at most.

    Every value is the whole document, the first entry of an object or list, or comes
    after a comma; so commas + containers + 1 bounds the values (keys are not values).
    Without ``exact``, brackets and commas inside strings count too (a quick upper bound);
    with it they are taken off again, string by string, without copying the text.
    """
    containers = text.count("{") + text.count("[")
    commas = text.count(",")
    if exact:
        import re

        for match in re.finditer(_JSON_STRING, text, re.DOTALL):
            inside = match.group()
            containers -= inside.count("{") + inside.count("[")
            commas -= inside.count(",")
    return containers, commas + containers + 1


def count_values(text: str) -> int:
    """The values of a JSON text (numbers, texts, true/false/null, objects and lists), at most."""
    return _counts(text, exact=True)[1]


def check_counts(text: str, source: str) -> None:
    """Refuse a file with more objects and lists than MAX_CONTAINERS, or more values of any
    kind than MAX_VALUES, before parsing it (parsed, each costs memory and time)."""
    containers, values = _counts(text)
    if containers <= MAX_CONTAINERS and values <= MAX_VALUES:
        return
    containers, values = _counts(text, exact=True)
    if containers > MAX_CONTAINERS:
        raise JmapError(source, f"too many objects and lists in the file (the limit is {MAX_CONTAINERS:,})")
    if values > MAX_VALUES:
        raise JmapError(source, f"too many values in the file (numbers, texts, lists…; about {values:,}, "
                        f"the limit is {MAX_VALUES:,})")


def json_path(parts) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def find_surrogate(value, path: list):
    """The JSON path of the first string holding a lone surrogate, or None."""
    import re

    surrogate = re.compile(_SURROGATE).search
    stack = [(value, path)]
    while stack:
        node, where = stack.pop()
        if isinstance(node, str):
            if surrogate(node):
                return where
        elif isinstance(node, dict):
            for key, child in node.items():
                if surrogate(key):
                    return where + [key.encode("utf-8", "backslashreplace").decode()]
                stack.append((child, where + [key]))
        elif isinstance(node, list):
            stack.extend((child, where + [i]) for i, child in enumerate(node))
    return None


def depth(value, limit: int) -> int:
    """Nesting depth of a value, stopping once ``limit`` is passed."""
    stack = [(value, 1)]
    deepest = 0
    while stack:
        node, level = stack.pop()
        if type(node) is dict:
            node = node.values()
        elif type(node) is not list:
            deepest = max(deepest, level)
            continue
        # a non-empty container has children one level down; only containers are followed
        deepest = max(deepest, level + 1 if node else level)
        if deepest > limit:
            return deepest
        stack.extend((child, level + 1) for child in node if type(child) is dict or type(child) is list)
    return deepest


def too_large(source: str, size: int | None = None, limit: int = MAX_FILE_BYTES) -> JmapError:
    shown = f"{size / 1_048_576:.1f} MB" if size is not None else f"over {limit // 1_048_576} MB"
    return JmapError(source, f"the file is too large ({shown}; the limit is {limit // 1_048_576} MB)")


def read_bounded(path, source: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file (a path) no larger than ``limit``; OSError or JmapError otherwise."""
    if os.path.isdir(path):
        raise IsADirectoryError(source)
    # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then tells what was opened.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(source)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableError(source, "not a regular file")  # a FIFO or device would block or never end
        if info.st_size > limit:
            raise too_large(source, info.st_size, limit)  # refused before reading a byte
        return fh.read(limit + 1)


def path_text(path) -> str:
    """``str(pathlib.Path(path))``, the name errors give a file by, without importing pathlib on POSIX."""
    text = os.fspath(path)
    if os.name != "posix" or not isinstance(text, str):
        from pathlib import Path

        return str(Path(path))
    root = "//" if text.startswith("//") and not text.startswith("///") else "/" if text.startswith("/") else ""
    parts = [part for part in text.split("/") if part and part != "."]
    return root + "/".join(parts) if root or parts else "."


def read_file(path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a file (a path) to load (a regular file of at most ``limit`` bytes: never a
    FIFO or device); UnreadableError (or JmapError for a too-large file) says why not."""
    source = path_text(path)
    try:
        raw = read_bounded(source, source, limit)  # the name as pathlib gives it: "" is "."
    except FileNotFoundError:
        raise UnreadableError(source, "no such file") from None
    except IsADirectoryError:
        raise UnreadableError(source, "is a folder, not a file") from None
    except PermissionError:
        raise UnreadableError(source, "permission denied") from None
    except OSError as exc:
        raise UnreadableError(source, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > limit:
        raise too_large(source, None, limit)  # it grew while being read
    return raw
