"""What Mermaid and CSV exports lose of a map's pictures, said in a warning that names them."""

from __future__ import annotations

#: Names shown in one warning before "and N more".
_SHOWN = 5


def lost_pictures(doc, what: str) -> str | None:
    """The warning for an export to ``what`` ("CSV", "Mermaid"), which holds no pictures; None without pictures.

    Each card or note with a picture is named by its title or text (else its id).
    """
    holders = [e for e in list(doc.touchpoints) + list(doc.notes) if getattr(e, "picture", "")]
    if not holders:
        return None
    names = []
    for entity in holders[:_SHOWN]:
        name = " ".join(str(getattr(entity, "title", "") or getattr(entity, "text", "")).split())
        names.append(repr(name[:60] + ("…" if len(name) > 60 else "")) if name else entity.id)
    more = f" and {len(holders) - _SHOWN} more" if len(holders) > _SHOWN else ""
    count = len({e.picture for e in holders})
    noun = "picture is" if count == 1 else "pictures are"
    return (f"{count} {noun} lost: {what} holds no pictures (the pictures of {', '.join(names)}{more}); "
            "export to PDF to keep them")
