"""Pictures embedded in a map: untrusted bytes checked (type, size, pixels, full decode) before anyone draws them.

A shared .jmap file is untrusted. A picture is accepted only when its bytes are a PNG
or JPEG (by their signature, whatever ``media_type`` says, and the two must agree), stay
within MAX_PICTURE_BYTES, match their ``sha256``, declare at most MAX_PICTURE_SIDE pixels a
side and MAX_PICTURE_PIXELS in all — read from the PNG IHDR / JPEG SOF header before
anything is decoded, so a small file claiming 30,000 × 30,000 pixels is refused
without allocating it — and decode completely with Pillow. Any failure is a one-line
reason; the map still opens and the picture is drawn as a placeholder.

``prepare_picture`` turns a file the user inserts into a Picture: turned upright (EXIF),
scaled down to INSERT_SIDE pixels on its longer side and re-encoded when it is larger.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageOps, UnidentifiedImageError

from jmap.core.model import Picture, picture_id
from jmap.io.limits import MAX_PICTURES, MAX_TOTAL_PICTURE_BYTES  # noqa: F401 - re-exported limits
#: Bytes of one picture (the PNG or JPEG file, before base64).
MAX_PICTURE_BYTES = 8 * 1024 * 1024
#: Pixels a side and in all (40 MB of RGBA at most while decoding one picture).
MAX_PICTURE_SIDE = 10_000
MAX_PICTURE_PIXELS = 10_000_000
#: Inserted pictures are scaled down to this many pixels on their longer side: a picture
#: 30 cm wide on an A0 poster still gets 200 dots per inch.
INSERT_SIDE = 2400
#: What a file to insert may be before it is scaled down (a phone's photo is 12-50 Mpx).
MAX_INSERT_BYTES = 64 * 1024 * 1024
MAX_INSERT_PIXELS = 120_000_000

_SIGNATURES = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}
_PIL_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}
#: What a Python error message may hold that means nothing to people: ``<_io.BytesIO object at 0x…>``.
_REPR = re.compile(r"<[^<>]*>")
_ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{6,}\b")

# Pillow's own guard (a DecompressionBombError when opening) stays well above ours.
Image.MAX_IMAGE_PIXELS = max(MAX_INSERT_PIXELS, MAX_PICTURE_PIXELS)


class PictureError(ValueError):
    """Bytes that are not an acceptable picture; ``str()`` says why in one line."""


@dataclass(frozen=True)
class PictureInfo:
    media_type: str
    width: int
    height: int


def sniff(raw: bytes) -> str:
    """The media type the bytes really are (by their signature), else PictureError."""
    for media_type, signature in _SIGNATURES.items():
        if raw.startswith(signature):
            return media_type
    raise PictureError("not a PNG or JPEG picture (only PNG and JPEG are accepted)")


def _open(raw: bytes, max_pixels: int, max_side: int):
    """The image opened lazily (only its header read), within the pixel limits."""
    media_type = sniff(raw)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(raw), formats=("PNG", "JPEG"))
    except Image.DecompressionBombError:
        raise PictureError("the picture claims too many pixels to be opened (a decompression bomb?)") from None
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds for bad data
        raise PictureError(f"the {media_type[6:].upper()} data is damaged ({_reason(exc)})") from None
    if _PIL_FORMATS.get(image.format) != media_type:
        raise PictureError(f"the data is not a readable {media_type[6:].upper()}")
    width, height = image.size
    if width < 1 or height < 1 or width > max_side or height > max_side or width * height > max_pixels:
        raise PictureError(f"{width} × {height} pixels is too large (the limit is {max_side} a side and "
                           f"{max_pixels / 1e6:g} million pixels)")
    return image, media_type


def _reason(exc: Exception) -> str:
    """Why Pillow refused the data, in plain words: no Python reprs, addresses or class names."""
    if isinstance(exc, UnidentifiedImageError):
        return "its contents are not recognised"
    if not isinstance(exc, (OSError, SyntaxError, ValueError, EOFError)):
        return "its contents are not what a picture holds"
    text = _REPR.sub("", str(exc))
    text = " ".join(_ADDRESS.sub("", text).split()).strip(" :;,")
    if not text:
        return "its contents are not what a picture holds"
    return text if len(text) <= 80 else text[:77] + "…"


def _decode(image) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image.load()
    except Exception as exc:  # noqa: BLE001 - truncated, corrupt, unsupported: all refused the same way
        raise PictureError(f"the picture cannot be decoded ({_reason(exc)})") from None


def inspect(raw: bytes) -> PictureInfo:
    """Check bytes of a stored picture completely (type, size, header pixels, full decode)."""
    if len(raw) > MAX_PICTURE_BYTES:
        raise PictureError(f"{len(raw) / 1e6:.1f} MB is too large (the limit is "
                           f"{MAX_PICTURE_BYTES // (1024 * 1024)} MB a picture)")
    image, media_type = _open(raw, MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE)
    _decode(image)
    return PictureInfo(media_type, *image.size)


def picture_problem(picture: Picture) -> str | None:
    """Why a stored picture cannot be shown (one line), or None when it is fine."""
    return _checked(picture.data, picture.media_type, picture.sha256, picture.width, picture.height)[1]


def picture_bytes(picture: Picture) -> bytes | None:
    """The checked PNG or JPEG bytes of a picture, or None when it is damaged or refused.

    Only bytes that passed ``inspect`` are ever handed to a drawing library (Qt, reportlab).
    """
    return _checked(picture.data, picture.media_type, picture.sha256, picture.width, picture.height)[0]


@lru_cache(maxsize=128)
def _checked(data: str, media_type: str, sha256: str, width: int, height: int) -> tuple[bytes | None, str | None]:
    if len(data) > (MAX_PICTURE_BYTES * 4) // 3 + 4:
        return None, f"more than {MAX_PICTURE_BYTES // (1024 * 1024)} MB"
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return None, "its data is not valid base64"
    if hashlib.sha256(raw).hexdigest() != sha256:
        return None, "its data does not match its sha256 (damaged or edited)"
    try:
        info = inspect(raw)
    except PictureError as exc:
        return None, str(exc)
    if info.media_type != media_type:
        return None, f"it says {media_type} but the data is {info.media_type}"
    if (info.width, info.height) != (width, height):
        return None, f"it says {width} × {height} pixels but the data has {info.width} × {info.height}"
    return raw, None


def total_bytes(pictures) -> int:
    """Bytes of pictures together (before base64), from their base64 length."""
    return sum(len(p.data) * 3 // 4 for p in pictures)


def room_problem(doc, picture: Picture, also=()) -> str | None:
    """Why ``picture`` cannot be added to ``doc`` (too many pictures or bytes together), or None.

    ``also``: pictures being added with it in the same step (a paste), which count too.
    """
    # only the pictures a card or note shows are written (and count); the new one is added
    shown = {e.picture for name in ("notes", "touchpoints") for e in doc.items(name) if e.picture}
    present = [p for p in doc.items("pictures") if p.id in shown and p.id != picture.id]
    present += [p for p in also if p.id != picture.id and p.id not in shown]
    if len(present) >= MAX_PICTURES:
        return f"the map already has {len(present)} pictures (the limit is {MAX_PICTURES})"
    total = total_bytes(present + [picture])
    if total > MAX_TOTAL_PICTURE_BYTES:
        return (f"the map's pictures would take {total / 1e6:.1f} MB together (the limit is "
                f"{MAX_TOTAL_PICTURE_BYTES // (1024 * 1024)} MB)")
    return None


def make_picture(raw: bytes) -> Picture:
    """A Picture holding these (already prepared) bytes as they are; PictureError if unacceptable."""
    info = inspect(raw)
    digest = hashlib.sha256(raw).hexdigest()
    return Picture(picture_id(digest), media_type=info.media_type, width=info.width, height=info.height,
                   sha256=digest, data=base64.b64encode(raw).decode("ascii"))


def read_picture_file(path) -> bytes:
    """The bytes of a picture file to insert: a regular file (never a FIFO or device, which would
    block or never end) of at most MAX_INSERT_BYTES. PictureError names the file and says why not."""
    from pathlib import Path

    from jmap.io.errors import JmapError
    from jmap.io.jsontext import read_file

    try:
        return read_file(path, MAX_INSERT_BYTES)
    except JmapError as exc:
        raise PictureError(f"{Path(path).name}: {exc.message}") from None


def prepare_picture(raw: bytes) -> Picture:
    """A Picture from a file the user inserts: upright, at most INSERT_SIDE pixels a side, PNG or JPEG.

    Raises PictureError (one line, for a message box) for anything that is not a usable PNG or JPEG.
    """
    if len(raw) > MAX_INSERT_BYTES:
        raise PictureError(f"{len(raw) / 1e6:.0f} MB is too large to insert (the limit is "
                           f"{MAX_INSERT_BYTES // (1024 * 1024)} MB)")
    image, media_type = _open(raw, MAX_INSERT_PIXELS, 4 * MAX_PICTURE_SIDE)
    turned = media_type == "image/jpeg" and image.getexif().get(0x0112, 1) != 1
    if max(image.size) <= INSERT_SIDE and len(raw) <= MAX_PICTURE_BYTES and not turned:
        return make_picture(raw)
    if media_type == "image/jpeg":
        image.draft("RGB", (INSERT_SIDE, INSERT_SIDE))  # decode a large JPEG at a fraction of its size
    _decode(image)
    try:
        image = ImageOps.exif_transpose(image)
        image.thumbnail((INSERT_SIDE, INSERT_SIDE), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        if media_type == "image/png":
            image.save(out, "PNG", optimize=True)
        if media_type == "image/jpeg" or out.tell() > MAX_PICTURE_BYTES:
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
    except PictureError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise PictureError(f"the picture cannot be converted ({_reason(exc)})") from None
    return make_picture(out.getvalue())
