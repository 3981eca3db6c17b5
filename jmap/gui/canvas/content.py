"""Copying an entity's fields into its graphics item (JourneyScene._refresh)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jmap.core import theme
from jmap.core.labels import channel_mark, label, metric_line
from jmap.gui import tr
from jmap.gui.canvas import pictures, style
from jmap.gui.words import choice_label, lane_kind_label

_LINE_STYLES = {"interaction": Qt.SolidLine, "visibility": Qt.DashLine, "internal": Qt.DotLine}
_CURVE_DASHES = (Qt.SolidLine, Qt.DashLine, Qt.DashDotLine, Qt.DotLine)


def refresh(scene, coll: str, entity) -> None:
    """Copy an entity's fields into its item."""
    if coll == "personas":
        index = scene.doc.personas.index(entity) if entity in scene.doc.personas else 0
        curve = scene.curves.get(entity.id)
        if curve is not None:
            curve.set_content(style.colour(theme.persona_colour(index, entity.colour)), entity.name,
                              _CURVE_DASHES[index % 4])
            for point in scene.doc.emotions:
                if point.persona == entity.id and point.id in scene.items_by_id:
                    refresh(scene, "emotions", point)
            scene._dirty_emotions = True
        return
    item = scene.items_by_id.peek(entity.id)
    if item is None:
        return
    if coll == "stages":
        by_stage = scene._metrics_by_stage  # (while a map is built: grouped once, not once per stage)
        metrics = by_stage.get(entity.id, []) if by_stage is not None else [
            m for m in scene.doc.metrics if m.stage == entity.id]
        lang = scene.doc.meta.language
        subtitle = " · ".join(metric_line(m, lang) for m in metrics) if metrics else entity.description
        item.setToolTip("\n".join(metric_line(m, lang) for m in metrics) if metrics else "")
        item.set_content(entity.name, subtitle, style.colour(theme.valid_colour(entity.colour, "#00000000"))
                         if entity.colour else style.colour("#00000000"))
    elif coll == "lanes":
        kind = lane_kind_label(entity.kind)
        parts = [kind] if kind.casefold() != entity.title.strip().casefold() else []
        if entity.required:
            parts.append(tr("required"))
        subtitle = " · ".join(parts)
        item.set_content(entity.title, subtitle, style.colour(theme.valid_colour(entity.colour, theme.mix(
            theme.lane_tint(entity.kind), theme.CARD_BORDER, 0.45))))
    elif coll == "notes":
        lane = scene.doc.get("lanes", entity.lane)
        item.set_content(entity.text, style.colour(theme.note_colour(lane.kind if lane else "", entity.colour)))
        item.set_picture(*pictures.look_of(scene.doc, entity))
    elif coll == "touchpoints":
        evidence = scene._evidence_words.get(entity.evidence)
        if evidence is None:  # (a few words, translated once per scene rather than once per card)
            evidence = scene._evidence_words[entity.evidence] = theme.EVIDENCE_MARKS.get(
                entity.evidence, "") + " " + choice_label("evidence", entity.evidence)
        item.set_content(entity.title, channel_mark(entity.channel, scene.doc.meta.language), evidence,
                         entity.online, entity.importance, entity.entry)
        item.set_picture(*pictures.look_of(scene.doc, entity))
    elif coll == "flows":
        item.set_label(entity.label)
    elif coll == "emotions":
        persona = scene.doc.get("personas", entity.persona)
        index = scene.doc.personas.index(persona) if persona is not None else 0
        item.set_content(style.colour(theme.persona_colour(index, persona.colour if persona else "")), index,
                         entity.comment)
    elif coll == "lines":
        # words drawn on the map follow the map's language, as on the emotion scale and in the PDF
        caption = entity.label or label(entity.kind, scene.editor.document.meta.language)
        item.set_content(caption, _LINE_STYLES.get(entity.kind, Qt.DashLine))
