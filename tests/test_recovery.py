"""The recovery area: autosaves in the user's data folder, listed, loaded, cleared, orphans found."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jmap.io as jio
from jmap.core.document import Document
from jmap.core.model import MapMeta, Stage
from jmap.io.recovery import RecoveryArea, recovery_dir


def a_map(title="Recovered map"):
    doc = Document(MapMeta(title=title))
    doc.insert("stages", -1, Stage(id="stage-1", name="Arrive"))
    return doc


def test_recovery_area_is_in_the_users_data_folder_not_beside_the_file(tmp_path):
    data_home = Path(os.environ["XDG_DATA_HOME"])
    assert recovery_dir() == data_home / "jmap" / "recovery"
    area = RecoveryArea()
    original = tmp_path / "shared" / "journey.jmap"
    entry = area.write(a_map(), window=3, original=original)
    assert entry.map_path(area.root).parent == data_home / "jmap" / "recovery"
    assert not (tmp_path / "shared").exists()
    index = json.loads((area.root / f"{entry.key}.json").read_text())
    assert index["original"] == str(original) and index["pid"] == os.getpid() and index["window"] == 3
    assert index["time"].endswith("Z")


def test_write_load_and_clear_round_trip(tmp_path):
    area = RecoveryArea(tmp_path / "rec")
    doc = a_map()
    entry = area.write(doc, window=1)
    assert [e.key for e in area.entries()] == [entry.key]
    assert jio.dumps(area.load(entry).document) == jio.dumps(doc)
    area.write(a_map("second save"), window=1)  # same window: replaced, not added
    assert len(area.entries()) == 1 and area.entries()[0].title == "second save"
    area.clear(entry.key)
    assert area.entries() == [] and list((tmp_path / "rec").iterdir()) == []


def test_entries_of_a_live_editor_are_not_orphans(tmp_path):
    area = RecoveryArea(tmp_path / "rec")
    area.write(a_map(), window=1)
    assert area.entries() and area.orphans() == []


def test_entries_of_a_dead_process_are_orphans_and_broken_ones_are_ignored(tmp_path):
    root = tmp_path / "rec"
    code = (
        "import sys; from jmap.io.recovery import RecoveryArea; from jmap.core.document import Document; "
        "from jmap.core.model import MapMeta; RecoveryArea(sys.argv[1]).write(Document(MapMeta(title='lost')), 7, "
        "'/somewhere/lost.jmap')"
    )
    subprocess.run([sys.executable, "-c", code, str(root)], check=True)
    (root / "9-9.json").write_text("{ not json")
    (root / "8-8.json").write_text(json.dumps({"key": "8-8"}))  # map missing
    orphans = RecoveryArea(root).orphans()
    assert [(o.title, o.original, o.window) for o in orphans] == [("lost", "/somewhere/lost.jmap", 7)]


def test_a_pipe_in_the_recovery_folder_is_passed_over(tmp_path):
    # the index files are read with the loader's bounded reader: a FIFO never blocks the start
    import threading

    area = RecoveryArea(tmp_path / "rec")
    area.write(a_map(), 3)
    os.mkfifo(area.root / "5-5.json")
    found = []
    reader = threading.Thread(target=lambda: found.append(area.entries()), daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert not reader.is_alive(), "listing the recovery area waits on a pipe"
    assert [e.window for e in found[0]] == [3]
