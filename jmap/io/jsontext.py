"""Untrusted bytes to plain JSON data, within limits, with errors that say where.

Strict UTF-8 (no BOM, no UTF-16), no NaN/Infinity, no huge numbers, a bounded count
of objects and lists (checked before parsing), no lone surrogates, and a file read
only when it is a regular file below the size limit.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from pathlib import Path

from jmap.io.errors import JmapError, UnreadableError
from jmap.io.schema import MAX_CONTAINERS, MAX_FILE_BYTES

MAX_INT_DIGITS = 18
SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


class _BadNumber(ValueError):
    """A number the format does not allow; ``token`` is its text, to find it in the file."""

    def __init__(self, message: str, token: str) -> None:
        super().__init__(message)
        self.token = token


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


def parse_json(text: str, source: str):
    try:
        return json.loads(
            text, parse_constant=_reject_constant, parse_float=_parse_float, parse_int=_parse_int
        )
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            what = "the file ends in the middle of the JSON (truncated?)"
        elif exc.msg.startswith("Unterminated string"):
            what = "a text is not closed before the end of the file (truncated?)"
        else:
            what = exc.msg
        raise JmapError(source, f"invalid JSON at {_line_col(text, exc.pos)}: {what}") from None
    except RecursionError:
        raise JmapError(source, "the JSON is nested too deeply") from None
    except _BadNumber as exc:
        pos = _find_token(text, exc.token)
        where = f" at {_line_col(text, pos)}" if pos >= 0 else ""
        raise JmapError(source, f"invalid JSON{where}: {exc}") from None
    except ValueError as exc:
        raise JmapError(source, f"invalid JSON: {exc}") from None


def check_containers(text: str, source: str) -> None:
    """Refuse a file with more objects and arrays than MAX_CONTAINERS, before parsing it."""
    if text.count("{") + text.count("[") <= MAX_CONTAINERS:
        return  # the quick count includes brackets inside strings: an upper bound
    bare = _JSON_STRING.sub("", text)
    if bare.count("{") + bare.count("[") > MAX_CONTAINERS:
        raise JmapError(source, f"too many objects and lists in the file (the limit is {MAX_CONTAINERS:,})")


def json_path(parts) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def find_surrogate(value, path: list):
    """The JSON path of the first string holding a lone surrogate, or None."""
    stack = [(value, path)]
    while stack:
        node, where = stack.pop()
        if isinstance(node, str):
            if SURROGATE.search(node):
                return where
        elif isinstance(node, dict):
            for key, child in node.items():
                if SURROGATE.search(key):
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
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return deepest


def too_large(source: str, size: int | None = None) -> JmapError:
    shown = f"{size / 1_048_576:.1f} MB" if size is not None else f"over {MAX_FILE_BYTES // 1_048_576} MB"
    return JmapError(source, f"the file is too large ({shown}; the limit is {MAX_FILE_BYTES // 1_048_576} MB)")


def read_bounded(path: Path, source: str) -> bytes:
    """The bytes of a regular file no larger than the limit; OSError or JmapError otherwise."""
    if path.is_dir():
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
        if info.st_size > MAX_FILE_BYTES:
            raise too_large(source, info.st_size)  # refused before reading a byte
        return fh.read(MAX_FILE_BYTES + 1)


def read_file(path: str | Path) -> bytes:
    """The bytes of a file to load; UnreadableError (or JmapError for a too-large file) says why not."""
    path = Path(path)
    source = str(path)
    try:
        raw = read_bounded(path, source)
    except FileNotFoundError:
        raise UnreadableError(source, "no such file") from None
    except IsADirectoryError:
        raise UnreadableError(source, "is a folder, not a file") from None
    except PermissionError:
        raise UnreadableError(source, "permission denied") from None
    except OSError as exc:
        raise UnreadableError(source, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise too_large(source)  # it grew while being read
    return raw
