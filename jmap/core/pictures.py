"""Where a card's or note's picture goes: a box at its top, as wide as its text, with the picture's shape.

Qt-free and decoding-free (the size comes from the picture's ``width`` and ``height``),
shared by the layout, the canvas and the PDF so they agree on every box.
"""

from __future__ import annotations

#: Room around a picture inside its card or note, at type scale 1.
PICTURE_PAD = 5.0
#: Height / width of a picture box is kept within these (a panorama or a tall screenshot
#: gets a box of a usable shape; the picture is fitted inside it).
MIN_ASPECT = 0.35
MAX_ASPECT = 1.0
#: The shape of a placeholder for a picture that cannot be shown.
PLACEHOLDER_ASPECT = 0.75


def picture_of(doc, entity):
    """The Picture a card or note shows, or None."""
    pid = getattr(entity, "picture", "")
    return doc.get("pictures", pid) if pid else None


def aspect(picture) -> float:
    """Height / width of a picture's box."""
    w, h = getattr(picture, "width", 0), getattr(picture, "height", 0)
    if not (isinstance(w, int) and isinstance(h, int)) or w < 1 or h < 1:
        return PLACEHOLDER_ASPECT
    return max(MIN_ASPECT, min(MAX_ASPECT, h / w))


def picture_height(doc, entity, width: float, k: float = 1.0) -> float:
    """The room a card's or note's picture takes at its top (0 without a picture); ``width`` is the box's."""
    return picture_room(picture_of(doc, entity), width, k)


def picture_room(picture, width: float, k: float = 1.0) -> float:
    """The room a picture (or None) takes at the top of a box ``width`` wide."""
    if picture is None:
        return 0.0
    inner = width - 2 * PICTURE_PAD * k
    return PICTURE_PAD * k + inner * aspect(picture)


def picture_box(x: float, y: float, width: float, room: float, k: float = 1.0) -> tuple[float, float, float, float]:
    """(x, y, w, h) of the picture in a box at (x, y) ``width`` wide whose top ``room`` the picture takes."""
    pad = PICTURE_PAD * k
    return x + pad, y + pad, width - 2 * pad, room - pad


def fitted(box: tuple[float, float, float, float], picture) -> tuple[float, float, float, float]:
    """The picture's own rectangle centred in its box, keeping its proportions."""
    x, y, w, h = box
    pw, ph = getattr(picture, "width", 0), getattr(picture, "height", 0)
    if not isinstance(pw, int) or not isinstance(ph, int) or pw < 1 or ph < 1:
        return box
    scale = min(w / pw, h / ph)
    fw, fh = pw * scale, ph * scale
    return x + (w - fw) / 2, y + (h - fh) / 2, fw, fh
