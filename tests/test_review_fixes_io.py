"""Review findings in jmap/io: future-state pictures, hostile lock files, picture room and messages, pasted surrogates."""

from __future__ import annotations

import io
import json
import os
import threading

import pytest
from PIL import Image

from jmap.cli import main
from jmap.io import JmapError, load, save
from jmap.io.jsontext import parse_untrusted
from jmap.io.link import make_future
from jmap.io.lock import DocumentLock, LockedError, lock_path, read_lock
from jmap.io.pictures import PictureError, inspect, make_picture, room_problem
from jmap.paths import templates_dir


def _png(colour="#009E73", size=(40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def _in_thread(fn, timeout: float = 10.0):
    """Run ``fn`` in a thread; a call that hangs fails the test instead of hanging it."""
    box: dict = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "the call hung (read a FIFO?)"
    if "error" in box:
        raise box["error"]
    return box.get("value")


# 1. future state keeps the pictures its carried cards and notes show
def test_a_future_state_carrying_cards_and_notes_keeps_their_pictures(tmp_path, capsys):
    source_path = templates_dir() / "examples" / "laptop-shop.jmap"
    source = load(source_path).document
    shown = {e.picture for e in source.touchpoints + source.notes if e.picture}
    assert shown, "the example should show pictures"
    doc, _notes = make_future(source, source_path, tmp_path / "f.jmap", carry=("cards", "notes"))
    assert {p.id for p in doc.items("pictures")} == shown
    save(doc, tmp_path / "f.jmap")
    assert not [w for w in load(tmp_path / "f.jmap").warnings if "picture" in w.message]
    capsys.readouterr()
    main(["validate", str(tmp_path / "f.jmap")])
    assert "missing picture" not in capsys.readouterr().out


def test_a_future_state_carrying_no_cards_has_no_pictures(tmp_path):
    source_path = templates_dir() / "examples" / "laptop-shop.jmap"
    doc, _notes = make_future(load(source_path).document, source_path, tmp_path / "f.jmap", carry=("metrics",))
    assert doc.items("pictures") == []


# 2. a lock with a pid out of range or of the wrong kind is a malformed lock, not a crash
@pytest.mark.parametrize("pid", ["1e400", "1e300", "-1e400", "10000000000000000000", "true", "\"12\"", "[1]", "4.5"])
def test_a_lock_with_a_hostile_pid_reads_as_an_unreadable_lock(tmp_path, pid):
    path = tmp_path / "journey.jmap"
    path.write_text("{}")
    lock_path(path).write_text('{"user": "kari", "host": "elsewhere", "time": "", "token": "x", "pid": %s}' % pid)
    info = read_lock(path)
    assert info is not None and info.pid == 0 and info.user == "?"
    with pytest.raises(LockedError):  # like any unreadable lock: a lock by "?", the user chooses
        DocumentLock(path).acquire()
    DocumentLock(path).acquire(force=True)
    assert json.loads(lock_path(path).read_text())["pid"] == os.getpid()


# 3. a lock file that is a FIFO is refused without waiting for a writer
def test_a_lock_file_that_is_a_fifo_does_not_hang(tmp_path):
    path = tmp_path / "journey.jmap"
    path.write_text("{}")
    os.mkfifo(lock_path(path))
    info = _in_thread(lambda: read_lock(path))
    assert info is not None and info.user == "?"
    lock = DocumentLock(path)
    with pytest.raises(LockedError):
        _in_thread(lock.acquire)
    _in_thread(lambda: lock.acquire(force=True))
    assert lock.held and json.loads(lock_path(path).read_text())["pid"] == os.getpid()
    _in_thread(lock.release)
    assert not lock_path(path).exists()


def test_an_oversized_lock_file_is_not_read_whole(tmp_path):
    path = tmp_path / "journey.jmap"
    path.write_text("{}")
    lock_path(path).write_text('{"user": "' + "k" * 200_000 + '"}')
    info = read_lock(path)
    assert info is not None and info.user == "?"


# 5. room for a picture counts only the pictures the map still shows
def test_room_counts_only_pictures_cards_and_notes_still_show(monkeypatch):
    import jmap.io.pictures as pictures_io
    from jmap.core.starter import starter_map

    doc = starter_map()
    old = [make_picture(_png(colour)) for colour in ("#000000", "#FFFFFF", "#FF0000")]
    for picture in old:  # pictures no card or note shows any more (their cards lost them)
        doc.insert("pictures", -1, picture)
    monkeypatch.setattr(pictures_io, "MAX_PICTURES", 2)
    new = make_picture(_png("#00FF00"))
    assert room_problem(doc, new) is None
    doc.set("notes", doc.notes[0].id, "picture", old[0].id)
    doc.set("notes", doc.notes[1].id, "picture", old[1].id)
    assert "already has 2 pictures" in room_problem(doc, new)
    monkeypatch.setattr(pictures_io, "MAX_PICTURES", 10)
    limit = pictures_io.total_bytes([old[0], old[1], new]) - 1
    monkeypatch.setattr(pictures_io, "MAX_TOTAL_PICTURE_BYTES", limit)
    assert "would take" in room_problem(doc, new)
    doc.set("notes", doc.notes[1].id, "picture", "")
    assert room_problem(doc, new) is None


# 6. clipboard text with a lone surrogate is refused like a file's
def test_pasted_text_with_a_lone_surrogate_is_refused_with_where():
    text = '{"jmap-fragment":1,"notes":[{"text":"a\ud800"}]}'
    with pytest.raises(JmapError) as err:
        parse_untrusted(text, "the clipboard")
    assert "surrogate" in err.value.message and "$.notes[0].text" in str(err.value)
    escaped = '{"jmap-fragment":1,"notes":[{"text":"a\\ud800"}]}'
    with pytest.raises(JmapError):
        parse_untrusted(escaped, "the clipboard")


# 7. picture errors are plain sentences, not Python reprs
@pytest.mark.parametrize("raw", [b"\x89PNG\r\n\x1a\n" + b"garbage" * 10, b"\xff\xd8\xff" + b"\x00" * 50,
                                 _png()[:60]], ids=["png-garbage", "jpeg-zeros", "png-truncated"])
def test_picture_errors_do_not_show_python_reprs(raw):
    with pytest.raises(PictureError) as err:
        inspect(raw)
    message = str(err.value)
    assert "<" not in message and "0x" not in message and "object at" not in message, message
    assert "PNG" in message or "JPEG" in message or "picture" in message
