"""Pictures on the printed map: each card's and note's picture at its placed size, from checked bytes only.

The bytes are embedded as they are (scaled down to at most 2,400 pixels a side when
inserted: 200 dpi for a picture 30 cm wide on an A0 poster); reportlab stores each
picture once per PDF however many sheets of a poster show it. A picture that cannot be
shown (jmap.io.pictures refused it) prints as a grey placeholder.
"""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader

from jmap.core.layout import Rect
from jmap.core.pictures import fitted, picture_box, picture_of
from jmap.export.ink import fill, stroke
from jmap.io.pictures import picture_bytes

PLACEHOLDER = "#D9DEE4"
PLACEHOLDER_EDGE = "#8A96A3"


def _reader(picture, cache: dict):
    if picture.id not in cache:
        raw = picture_bytes(picture)
        try:
            cache[picture.id] = ImageReader(io.BytesIO(raw)) if raw is not None else None
        except Exception:  # noqa: BLE001 - checked already; never let a picture stop the print
            cache[picture.id] = None
    return cache[picture.id]


def draw_pictures(c, plan, view: Rect | None) -> None:
    """Draw the pictures of the cards and notes meeting ``view`` (the whole map when None)."""
    layout = plan.layout
    if not layout.picture_h:
        return
    doc = plan.doc
    cache = plan.__dict__.setdefault("_picture_readers", {}) if hasattr(plan, "__dict__") else {}
    for eid, room in layout.picture_h.items():
        rect = layout.cards.get(eid) or layout.notes.get(eid)
        if rect is None or (view is not None and (rect.right < view.x or rect.x > view.right or
                                                  rect.bottom < view.y or rect.y > view.bottom)):
            continue
        entity = doc.get("touchpoints", eid) or doc.get("notes", eid)
        picture = picture_of(doc, entity)
        if picture is None:
            continue
        box = picture_box(rect.x, rect.y, rect.w, room, plan.k)
        reader = _reader(picture, cache)
        if reader is None:
            x, y, w, h = box
            fill(c, PLACEHOLDER)
            stroke(c, PLACEHOLDER_EDGE)
            c.setLineWidth(0.5)
            c.setDash((2, 2))
            c.rect(x, -(y + h), w, h, stroke=1, fill=1)
            c.setDash(())
            continue
        x, y, w, h = fitted(box, picture)
        if hasattr(c, "drawPictureData"):  # the SVG/HTML drawing: the picture's own bytes
            c.drawPictureData(picture.media_type, picture.data, x, -(y + h), w, h)
        else:
            c.drawImage(reader, x, -(y + h), w, h, mask="auto" if picture.media_type == "image/png" else None)
