"""Pictures in the file: round trip, stored once, limits, damaged and hostile data."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import struct
import zlib

import pytest
from PIL import Image

from jmap.core.document import Document
from jmap.core.model import Lane, Note, Stage, Touchpoint
from jmap.io import JmapError, loads
from jmap.io.jmapfile import dumps
from jmap.io.pictures import (
    INSERT_SIDE,
    PictureError,
    inspect,
    make_picture,
    picture_bytes,
    prepare_picture,
)


def png(w: int = 40, h: int = 30, colour: str = "#56B4E9") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (w, h), colour).save(out, "PNG")
    return out.getvalue()


def jpeg(w: int = 40, h: int = 30) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (w, h), "#D55E00").save(out, "JPEG")
    return out.getvalue()


def bomb_png(w: int = 30_000, h: int = 30_000) -> bytes:
    """A tiny valid-looking PNG whose header claims w × h pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + \
        chunk(b"IEND", b"")


def small_map() -> Document:
    doc = Document()
    doc.append("stages", Stage("stage-1", name="Arrive"))
    doc.append("lanes", Lane("lane-1", kind="storyboard", title="Storyboard"))
    doc.append("lanes", Lane("lane-2", kind="touchpoints", title="Touchpoints"))
    return doc


def with_picture(raw: bytes) -> tuple[Document, str]:
    doc = small_map()
    pic = make_picture(raw)
    doc.append("pictures", pic)
    doc.append("notes", Note("note-1", "lane-1", "stage-1", text="At the door", picture=pic.id))
    doc.append("touchpoints", Touchpoint("tp-1", "stage-1", "lane-2", title="Door sign", picture=pic.id))
    return doc, pic.id


def test_round_trip_keeps_pictures_byte_for_byte_and_stores_a_picture_used_twice_once():
    doc, pid = with_picture(png())
    raw = dumps(doc)
    data = json.loads(raw)
    assert data["minor_version"] == 2
    assert len(data["pictures"]) == 1  # shown by a note and a card, stored once
    assert data["notes"][0]["picture"] == data["touchpoints"][0]["picture"] == pid
    assert base64.b64decode(data["pictures"][0]["data"]) == png()
    assert data["pictures"][0]["sha256"] == hashlib.sha256(png()).hexdigest()
    back = loads(raw)
    assert back.warnings == []
    assert back.document.get("pictures", pid).width == 40
    assert dumps(back.document) == raw


def test_maps_without_pictures_are_written_as_before_and_unused_pictures_are_left_out():
    doc = small_map()
    assert b"picture" not in dumps(doc) and b'"minor_version": 0' in dumps(doc)
    doc.append("pictures", make_picture(png()))  # shown by nothing
    assert b"picture" not in dumps(doc)


def test_the_same_bytes_give_the_same_id_and_other_bytes_another():
    assert make_picture(png()).id == make_picture(png()).id != make_picture(png(colour="#000000")).id


def _file_with(raw_picture: bytes, **changes) -> bytes:
    doc, _ = with_picture(png())
    data = json.loads(dumps(doc))
    record = data["pictures"][0]
    record["data"] = base64.b64encode(raw_picture).decode()
    record["sha256"] = hashlib.sha256(raw_picture).hexdigest()
    record.update(changes)
    return json.dumps(data).encode()


def test_a_decompression_bomb_is_refused_from_its_header_and_the_map_still_opens():
    bomb = bomb_png()
    assert len(bomb) < 200
    with pytest.raises(PictureError, match="too many pixels"):
        inspect(bomb)
    with pytest.raises(PictureError, match="12000 × 1000 pixels is too large"):
        inspect(bomb_png(12_000, 1000))  # within Pillow's own guard: refused by ours, from the header
    result = loads(_file_with(bomb, width=30_000, height=30_000), "wall.jmap")
    assert len(result.warnings) == 1
    warning = str(result.warnings[0])
    assert warning.startswith("$.pictures[0]: picture 'pic-") and "too many pixels" in warning
    assert "placeholder" in warning
    pic = result.document.items("pictures")[0]
    assert picture_bytes(pic) is None
    assert result.document.get("notes", "note-1").picture == pic.id  # the note keeps it: drawn as a placeholder


def test_a_truncated_png_is_refused_with_a_message_naming_the_picture():
    cut = png(200, 150)[:-40]
    with pytest.raises(PictureError, match="cannot be decoded"):
        inspect(cut)
    result = loads(_file_with(cut, width=200, height=150))
    assert [w.json_path for w in result.warnings] == ["$.pictures[0]"]
    assert "cannot be decoded" in result.warnings[0].message


@pytest.mark.parametrize("raw, expected", [
    (b"GIF89a" + b"\0" * 50, "only PNG and JPEG"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "only PNG and JPEG"),
    (b"\x89PNG\r\n\x1a\n" + b"garbage" * 10, "damaged"),
])
def test_only_png_and_jpeg_are_accepted_whatever_the_data_claims(raw, expected):
    result = loads(_file_with(raw))
    assert expected in result.warnings[0].message


def test_media_type_sha256_and_size_must_agree_with_the_bytes():
    assert "says image/png but the data is image/jpeg" in loads(_file_with(jpeg())).warnings[0].message
    assert "does not match its sha256" in loads(_file_with(png(), sha256="0" * 64)).warnings[0].message
    assert "says 40 × 30 pixels but the data has 41 × 30" in loads(_file_with(png(41, 30))).warnings[0].message
    assert "not valid base64" in loads(_file_with(png(), data="%%%")).warnings[0].message


def test_too_many_pictures_or_too_many_bytes_refuse_the_file_with_a_clear_message():
    doc, _ = with_picture(png())
    data = json.loads(dumps(doc))
    data["pictures"] = [dict(data["pictures"][0], id=f"pic-{i}") for i in range(501)]
    with pytest.raises(JmapError, match=r"\$\.pictures: too many entries \(501; the limit is 500\)"):
        loads(json.dumps(data).encode())
    data["pictures"] = [dict(data["pictures"][0], id=f"pic-{i}", data="A" * 4_000_000) for i in range(8)]
    with pytest.raises(JmapError, match=r"\$\.pictures: the pictures take 24\.0 MB together; the limit is 22 MB"):
        loads(json.dumps(data).encode())


def test_a_missing_picture_is_dropped_from_the_note_with_a_warning_and_the_note_stays():
    doc, _ = with_picture(png())
    data = json.loads(dumps(doc))
    del data["pictures"]
    result = loads(json.dumps(data).encode())
    assert result.document.get("notes", "note-1").picture == ""
    assert result.document.get("notes", "note-1").text == "At the door"
    assert "$.notes[0].picture: refers to missing picture" in str(result.warnings[0])


def test_large_pictures_are_scaled_down_on_insert_and_small_ones_kept_exactly():
    big = prepare_picture(jpeg(5000, 2500))
    assert (big.width, big.height) == (INSERT_SIDE, INSERT_SIDE // 2) and big.media_type == "image/jpeg"
    assert picture_bytes(big) is not None
    small = prepare_picture(png())
    assert base64.b64decode(small.data) == png()
    with pytest.raises(PictureError, match="only PNG and JPEG"):
        prepare_picture(b"BM" + b"\0" * 100)


def test_pictures_added_on_both_sides_merge_and_the_same_picture_stays_one_entry():
    from jmap.io.merge import merge

    base_doc = small_map()
    base_doc.append("notes", Note("note-1", "lane-1", "stage-1", text="At the door"))
    base_doc.append("touchpoints", Touchpoint("tp-1", "stage-1", "lane-2", title="Door sign"))
    base = loads(dumps(base_doc))
    ours, theirs = loads(dumps(base_doc)), loads(dumps(base_doc))
    shared, other = make_picture(png()), make_picture(jpeg())
    ours.document.append("pictures", shared)
    ours.document.set("notes", "note-1", "picture", shared.id)
    theirs.document.append("pictures", shared)  # the same photo, inserted on the other side too
    theirs.document.append("pictures", other)
    theirs.document.set("touchpoints", "tp-1", "picture", other.id)
    theirs.document.append("notes", Note("note-2", "lane-1", "stage-1", text="Again", picture=shared.id))
    result = merge(base, ours, theirs)
    assert result.conflicts == []
    doc = result.merged.document
    assert [p.id for p in doc.items("pictures")] == [shared.id, other.id]
    assert doc.get("notes", "note-1").picture == shared.id and doc.get("touchpoints", "tp-1").picture == other.id
    assert [n.picture for n in doc.notes] == [shared.id, shared.id]
    assert json.loads(dumps(doc))["minor_version"] == 2


def test_a_map_whose_pictures_exceed_the_limits_is_not_written_and_has_no_room_for_more():
    from jmap.io.jmapfile import UnwritableMapError
    from jmap.io.pictures import room_problem

    doc, pid = with_picture(png())
    assert room_problem(doc, make_picture(jpeg())) is None
    doc.get("pictures", pid).data = "A" * 24_000_000  # as if 18 MB
    big = make_picture(jpeg())
    big.data = "A" * 8_000_000
    assert room_problem(doc, big) == "the map's pictures would take 24.0 MB together (the limit is 22 MB)"
    doc.append("pictures", big)
    doc.append("notes", Note("note-2", "lane-1", "stage-1", picture=big.id))
    with pytest.raises(UnwritableMapError, match=r"\$\.pictures: the pictures take 24\.0 MB together"):
        dumps(doc)


def test_a_map_that_would_make_a_file_over_the_size_limit_is_not_written():
    from jmap.io.jmapfile import UnwritableMapError

    doc = small_map()
    for i in range(1700):
        doc.append("notes", Note(f"note-{i}", "lane-1", "stage-1", text="x" * 20_000))
    with pytest.raises(UnwritableMapError, match=r"the file would be 34\.\d MB; the limit is 32 MB"):
        dumps(doc)
