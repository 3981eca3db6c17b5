"""Lock files beside open maps: taken, seen by a second editor, stale ones taken over, released."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from jmap.io.lock import DocumentLock, LockedError, LockInfo, host_name, lock_path, read_lock


def dead_pid() -> int:
    """The pid of a process that has just finished."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def write_foreign_lock(path, **fields):
    data = {"user": "kari", "host": "laptop-of-kari", "pid": 4242, "time": "2026-03-02T09:15:00Z", "token": "x"}
    data.update(fields)
    lock_path(path).write_text(json.dumps(data))


def test_lock_file_is_beside_the_map_and_says_who(tmp_path):
    path = tmp_path / "journey.jmap"
    lock = DocumentLock(path)
    lock.acquire()
    file = tmp_path / ".~journey.jmap.lock"
    assert file.exists()
    data = json.loads(file.read_text())
    assert data["pid"] == os.getpid() and data["host"] == host_name()
    assert data["user"] and data["time"].endswith("Z")
    lock.release()
    assert not file.exists()


def test_second_editor_on_another_machine_is_refused_with_who_and_since(tmp_path):
    path = tmp_path / "journey.jmap"
    write_foreign_lock(path)
    with pytest.raises(LockedError) as caught:
        DocumentLock(path).acquire()
    message = str(caught.value)
    assert "opened by kari on laptop-of-kari since 2026-03-02" in message
    assert read_lock(path).token == "x"  # untouched


def test_live_process_on_this_machine_is_a_real_lock(tmp_path):
    path = tmp_path / "journey.jmap"
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        write_foreign_lock(path, host=host_name(), pid=proc.pid)
        with pytest.raises(LockedError):
            DocumentLock(path).acquire()
    finally:
        proc.kill()
        proc.wait()
    lock = DocumentLock(path)
    lock.acquire()  # now the holder is dead: a stale lock, taken over
    assert read_lock(path).pid == os.getpid()


def test_stale_lock_of_a_crashed_editor_is_taken_over(tmp_path):
    path = tmp_path / "journey.jmap"
    write_foreign_lock(path, host=host_name(), pid=dead_pid())
    assert read_lock(path).is_stale()
    lock = DocumentLock(path)
    lock.acquire()
    assert lock.owned()


def test_open_anyway_takes_the_lock_and_the_other_release_leaves_it(tmp_path):
    path = tmp_path / "journey.jmap"
    first = DocumentLock(path)
    first.acquire()
    second = DocumentLock(path)
    with pytest.raises(LockedError):
        second.acquire()
    second.acquire(force=True)
    first.release()  # the first editor closes: it must not remove the second's lock
    assert second.owned()
    second.release()
    assert not lock_path(path).exists()


def test_unreadable_lock_counts_as_locked_by_unknown(tmp_path):
    path = tmp_path / "journey.jmap"
    lock_path(path).write_bytes(b"\xff not json")
    info = read_lock(path)
    assert info.user == "?" and not info.is_stale()


def test_read_only_folder_does_not_stop_opening(tmp_path):
    lock = DocumentLock(tmp_path / "missing-folder" / "journey.jmap")
    lock.acquire()  # cannot write a lock there; reading the map still works
    assert not lock.held


def test_lock_info_local_time_is_readable():
    assert LockInfo("a", "b", 1, "2026-03-02T09:15:00Z").local_time().startswith("2026-03-0")


@pytest.fixture
def registry(tmp_path, monkeypatch):
    """This test's own folder of identity locks."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    (tmp_path / "run").mkdir()
    return tmp_path / "run"


def _a_map(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{}")
    return path


def test_a_map_opened_through_a_symlink_is_in_use(tmp_path, registry):
    real = _a_map(tmp_path / "maps" / "journey.jmap")
    link = tmp_path / "desktop" / "shortcut.jmap"
    link.parent.mkdir()
    link.symlink_to(real)
    first = DocumentLock(real)
    first.acquire()
    assert lock_path(link) == lock_path(real) == real.with_name(".~journey.jmap.lock")
    assert read_lock(link).token == first.info.token
    with pytest.raises(LockedError):
        DocumentLock(link).acquire()
    first.release()
    second = DocumentLock(link)  # and the other way round
    second.acquire()
    with pytest.raises(LockedError):
        DocumentLock(real).acquire()
    second.release()
    assert not lock_path(real).exists() and not list(registry.rglob("*.lock"))


@pytest.mark.parametrize("where", ["same folder", "other folder"])
def test_a_map_opened_through_a_hard_link_is_in_use(tmp_path, registry, where):
    real = _a_map(tmp_path / "maps" / "journey.jmap")
    other = tmp_path / ("maps" if where == "same folder" else "copies") / "journey-copy.jmap"
    other.parent.mkdir(exist_ok=True)
    os.link(real, other)
    first = DocumentLock(real)
    first.acquire()
    assert read_lock(other) is not None and read_lock(other).token == first.info.token
    with pytest.raises(LockedError) as caught:
        DocumentLock(other).acquire()
    assert "opened by" in str(caught.value)
    assert not lock_path(other).exists()  # refused without leaving a lock of its own
    forced = DocumentLock(other)
    forced.acquire(force=True)  # "open anyway"
    first.release()
    assert forced.owned() and read_lock(real).token == forced.info.token
    forced.release()
    assert read_lock(real) is None and read_lock(other) is None
    DocumentLock(real).acquire()  # free again


def test_an_identity_lock_of_a_deleted_file_does_not_lock_a_new_file_with_its_inode(tmp_path, registry):
    old = _a_map(tmp_path / "old.jmap")
    DocumentLock(old).acquire()  # never released, and this process lives on
    ident = next(registry.rglob("*.lock"))
    old.unlink()
    new = _a_map(tmp_path / "new.jmap")
    ident.rename(ident.with_name(f"{os.stat(new).st_dev}-{os.stat(new).st_ino}.lock"))  # as if the inode came back
    assert read_lock(new) is None
    DocumentLock(new).acquire()


def test_a_loop_of_symlinks_does_not_raise(tmp_path, registry):
    a, b = tmp_path / "a.jmap", tmp_path / "b.jmap"
    a.symlink_to(b)
    b.symlink_to(a)
    assert read_lock(a) is None
    lock = DocumentLock(a)
    lock.acquire()  # there is no file behind the loop: opening it fails later, with its own message
    DocumentLock(b).acquire()
    lock.release()
    assert read_lock(a) is None


def test_one_resolved_for_locks_and_windows_follows_tilde_and_survives_a_link_loop(tmp_path, monkeypatch):
    """Review finding: jmap.io.lock had its own resolved() without ``~``; there is one, in jmap.paths."""
    import jmap.io.lock as lock_module
    from jmap.paths import resolved

    assert lock_module.resolved is resolved
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    assert resolved("~/journey.jmap") == tmp_path.resolve() / "journey.jmap"
    assert lock_path("~/journey.jmap") == tmp_path.resolve() / ".~journey.jmap.lock"
    looped = resolved(tmp_path / "a")  # a loop of links: no exception, an absolute path in the folder
    assert looped.is_absolute() and looped.parent == tmp_path.resolve()
    assert lock_path(tmp_path / "a").parent == tmp_path.resolve()
