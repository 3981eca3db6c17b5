"""Atomic saves: the file on disk is always the old map or the complete new one."""

from __future__ import annotations

import errno
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jmap.core.document import Document
from jmap.core.generate import large_map
from jmap.core.model import MapMeta, Metric, Stage, Touchpoint
from jmap.io import JmapError, SaveError, dumps, load, save

SAMPLE = Path(__file__).parent / "data" / "v1-sample.jmap"


def small(title: str) -> Document:
    doc = Document(MapMeta(title=title))
    doc.append("stages", Stage("stage-1", name="Oppdage"))
    return doc


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_save_writes_exactly_dumps(tmp_path):
    doc = load(SAMPLE).document
    save(doc, tmp_path / "kafe.jmap")
    assert (tmp_path / "kafe.jmap").read_bytes() == SAMPLE.read_bytes() == dumps(doc)
    assert leftovers(tmp_path) == []


def test_save_onto_an_existing_file_replaces_it_and_keeps_its_permissions(tmp_path):
    path = tmp_path / "map.jmap"
    save(small("old"), path)
    os.chmod(path, 0o640)
    save(small("new ☕"), path)
    assert load(path).document.meta.title == "new ☕"
    assert path.stat().st_mode & 0o777 == 0o640
    assert leftovers(tmp_path) == []


def test_a_new_file_gets_the_usual_permissions_not_private_ones(tmp_path):
    old_mask = os.umask(0o022)
    try:
        save(small("x"), tmp_path / "new.jmap")
    finally:
        os.umask(old_mask)
    assert (tmp_path / "new.jmap").stat().st_mode & 0o777 == 0o644


def test_saving_through_a_symlink_updates_the_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "real.jmap"
    save(small("old"), real)
    link = tmp_path / "link.jmap"
    link.symlink_to(real)
    save(small("via link"), link)
    assert link.is_symlink()
    assert load(real).document.meta.title == "via link"


def test_save_relative_path_in_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    save(small("here"), "here.jmap")
    assert load(tmp_path / "here.jmap").document.meta.title == "here"
    assert leftovers(tmp_path) == []


def _fail(err: int):
    def fail(*_args, **_kwargs):
        raise OSError(err, os.strerror(err))
    return fail


@pytest.mark.parametrize("where", ["fsync", "replace"])
@pytest.mark.parametrize("err, reason", [(errno.ENOSPC, "the disk is full"),
                                         (errno.EACCES, "permission denied (is the folder read-only?)"),
                                         (errno.EROFS, "the disk is read-only"),
                                         (errno.EIO, "Input/output error")])
def test_a_failed_save_leaves_the_old_file_untouched_and_no_temp_file(tmp_path, monkeypatch, where, err, reason):
    path = tmp_path / "map.jmap"
    save(load(SAMPLE).document, path)
    before = path.read_bytes()
    monkeypatch.setattr(os, where, _fail(err))  # root ignores read-only folders, so the OS call fails instead
    with pytest.raises(SaveError) as info:
        save(small("new"), path)
    monkeypatch.undo()
    message = str(info.value)
    assert message == f"{path}: could not save: {reason}; the previous file is unchanged"
    assert isinstance(info.value, JmapError) and info.value.__suppress_context__
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_a_full_disk_while_writing_leaves_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "map.jmap"
    save(small("old"), path)
    before = path.read_bytes()
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fh):
            self._fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._fh.close()

        def write(self, data):
            self._fh.write(data[: len(data) // 2])  # half of it reached the disk, then it was full
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode="r", *a, **k: FullDisk(real_fdopen(fd, mode, *a, **k)))
    with pytest.raises(SaveError, match="the disk is full; the previous file is unchanged"):
        save(large_map(stages=5, touchpoints=200, flows=200), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def _metric(value):
    return lambda doc: doc.append("metrics", Metric("metric-1", stage="stage-1", value=value))


@pytest.mark.parametrize("change, problem", [
    (_metric(float("nan")), "$.metrics[0].value: nan is not a finite number"),
    (_metric(float("-inf")), "$.metrics[0].value: -inf is not a finite number"),
    (_metric(10**20), "$.metrics[0].value: integer with more than 18 digits"),
    (lambda doc: doc.set("stages", "stage-1", "name", "Oppdage \ud800"),
     "$.stages[0].name: text contains a lone UTF-16 surrogate"),
    (lambda doc: doc.get("stages", "stage-1").extra.update(tags={"a"}), "$.stages[0].tags: a set cannot be stored"),
    (lambda doc: doc.set("stages", "stage-1", "colour", "red"), "$.stages[0].colour: 'red' is not a colour"),
    (lambda doc: doc.set_meta("language", "de"), "$.meta.language: 'de' is not one of en, nb, nl, el"),
    (lambda doc: doc.append("touchpoints", Touchpoint("tp-1", stage="stage-1", lane="x", importance=9)),
     "$.touchpoints[0].importance: 9 is greater than the maximum of 5"),
], ids=["nan", "inf", "bigint", "surrogate", "set", "colour", "language", "importance"])
def test_a_map_that_would_not_open_again_is_not_saved_and_the_old_file_is_kept(tmp_path, change, problem):
    path = tmp_path / "map.jmap"
    save(small("old"), path)
    before = path.read_bytes()
    doc = small("new")
    change(doc)
    with pytest.raises(SaveError) as info:  # the editor shows a SaveError as "Could not save"
        dumps(doc)
    assert isinstance(info.value, ValueError)
    message = str(info.value)
    assert message.startswith(f"this map: {problem}") and message.endswith("; it cannot be saved until this is corrected")
    assert "\n" not in message and (info.value.__context__ is None or info.value.__suppress_context__)
    with pytest.raises(SaveError, match=re.escape(problem)):
        save(doc, path)
    assert path.read_bytes() == before and leftovers(tmp_path) == []


def test_saving_into_a_missing_folder(tmp_path):
    path = tmp_path / "no" / "such" / "folder" / "map.jmap"
    with pytest.raises(SaveError) as info:
        save(small("x"), path)
    assert str(info.value) == f"{path}: could not save: the folder does not exist; the previous file is unchanged"


def test_saving_onto_a_folder_fails_cleanly(tmp_path):
    folder = tmp_path / "map.jmap"
    folder.mkdir()
    with pytest.raises(SaveError, match="could not save"):
        save(small("x"), folder)
    assert folder.is_dir() and leftovers(tmp_path) == []


_CHILD = textwrap.dedent("""
    import sys
    from jmap.io.atomic import atomic_write
    target, *sources = sys.argv[1:]
    payloads = [open(name, "rb").read() for name in sources]
    print("ready", flush=True)
    n = 0
    while True:
        atomic_write(target, payloads[n % len(payloads)])
        n += 1
""")


def test_a_process_killed_while_saving_never_leaves_a_partial_file(tmp_path):
    # Twenty children save big maps (about 1 MB each) in a loop, alternating two versions;
    # each is killed with SIGKILL at a random moment. Their files must then hold the
    # original, version A or version B byte for byte, never a mix or a piece.
    doc = large_map()
    versions = {}
    for title in ("original", "version A", "version B"):
        doc.meta.title = title
        versions[title] = dumps(doc)
        (tmp_path / f"{title}.src").write_bytes(versions[title])
    rng = random.Random(20261125)
    children = []
    for i in range(20):
        target = tmp_path / f"map-{i}.jmap"
        target.write_bytes(versions["original"])
        child = subprocess.Popen([sys.executable, "-c", _CHILD, str(target), str(tmp_path / "version A.src"),
                                  str(tmp_path / "version B.src")],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        children.append((child, target))
    try:
        for child, _target in children:
            assert child.stdout.readline() == "ready\n", child.stderr.read()
        for child, _target in children:
            try:
                child.wait(timeout=rng.uniform(0.0, 0.1))  # let it save for a random while
            except subprocess.TimeoutExpired:
                pass
            assert child.poll() is None, child.stderr.read()  # it was still in its saving loop
            os.kill(child.pid, signal.SIGKILL)
    finally:
        for child, _target in children:
            if child.poll() is None:
                child.kill()
            child.wait(timeout=30)
            child.stdout.close()
            child.stderr.close()
    found = {}
    for child, target in children:
        assert child.returncode == -signal.SIGKILL
        data = target.read_bytes()
        match = [title for title, content in versions.items() if content == data]
        assert match, f"{target.name} is neither the old nor a complete new file ({len(data)} bytes)"
        found[match[0]] = found.get(match[0], 0) + 1
        assert load(target).warnings == []
    assert found.get("version A", 0) + found.get("version B", 0) > 0, found  # the children did replace files


def test_saving_onto_a_device_or_a_folder_is_refused_and_writes_nothing(tmp_path):
    from jmap.core.document import Document
    from jmap.io import SaveError, save

    folder = tmp_path / "a-folder.jmap"
    folder.mkdir()
    fifo = tmp_path / "pipe.jmap"
    os.mkfifo(fifo)
    for target, words in ((folder, "a folder"), (fifo, "not a regular file")):
        with pytest.raises(SaveError) as info:
            save(Document(), target)
        assert words in str(info.value) and str(target) in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder.jmap", "pipe.jmap"]  # no temp file left


def _aged(path: Path, content: bytes = b"half a map", seconds: float = 120) -> Path:
    path.write_bytes(content)
    old = path.stat().st_mtime - seconds
    os.utime(path, (old, old))
    return path


def test_temp_files_left_by_a_crashed_save_are_cleared_by_the_next_save_of_that_map(tmp_path):
    path = tmp_path / "map.jmap"
    save(small("first"), path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a pid whose process has ended
    stale = [_aged(tmp_path / ".map.jmap.k3x9_a0b.tmp"),  # written by an older jmap: no pid in the name
             _aged(tmp_path / f".map.jmap.q1w2e3r4.{dead.pid}.tmp")]
    kept = [_aged(tmp_path / f".map.jmap.z9y8x7w6.{os.getppid()}.tmp"),  # its writer still runs
            tmp_path / ".map.jmap.abcdefgh.tmp",  # just written: perhaps being written right now
            _aged(tmp_path / ".other.jmap.k3x9_a0b.tmp"),  # another map's
            _aged(tmp_path / ".map.jmap.k3x9_a0b.tmp.keep"),  # not our pattern
            _aged(tmp_path / ".map.jmap.short.tmp"),
            _aged(tmp_path / ".map.jmap.notes.k3x9_a0b.tmp"),  # the temp file of "map.jmap.notes"
            _aged(tmp_path / "map.jmap.k3x9_a0b.tmp"),  # no leading dot
            _aged(tmp_path / "precious.txt")]
    kept[1].write_bytes(b"in progress")
    target = _aged(tmp_path / "target.txt", b"keep me")
    (tmp_path / ".map.jmap.l1nk_l1n.tmp").symlink_to(target)  # a link of our pattern: left alone
    kept.append(tmp_path / ".map.jmap.l1nk_l1n.tmp")
    save(small("second"), path)
    assert load(path).document.meta.title == "second"
    assert not [p for p in stale if p.exists() or p.is_symlink()]
    assert all(p.exists() or p.is_symlink() for p in kept)
    assert target.read_bytes() == b"keep me"


def test_a_crashed_save_of_another_map_in_the_folder_is_not_touched(tmp_path):
    other = _aged(tmp_path / ".b.jmap.k3x9_a0b.tmp")
    save(small("a"), tmp_path / "a.jmap")
    assert other.exists()
    save(small("b"), tmp_path / "b.jmap")
    assert not other.exists()
