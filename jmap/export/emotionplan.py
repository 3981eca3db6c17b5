"""Emotions in words on the printed map: the scale's words and a short caption beside each point.

The placement is shared with the canvas (jmap.core.emotioncaptions); this module measures
with the PDF's fonts and draws.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from jmap.core import theme
from jmap.core import emotioncaptions
from jmap.core.emotioncaptions import Caption, CurveLine
from jmap.export.fonts import REGULAR
from jmap.export.text import clip, one_line

__all__ = ["Caption", "scale_words", "place_captions", "draw_captions"]


def _width(text: str, size: float) -> float:
    return stringWidth(text, REGULAR, size)


def _clip(text: str, size: float, width: float) -> str:
    return clip(text, REGULAR, size, width)


def scale_words(plan) -> list[Caption]:
    """The words of the scale (delighted, neutral, furious) at the left of the lane (jmap.core.emotioncaptions)."""
    return emotioncaptions.scale_words(plan.layout, plan.emotion_lane, plan.language, plan.pt(theme.CAPTION), plan.k,
                                       _clip)


def place_captions(plan) -> None:
    """Scale words and point captions of the emotions lane, placed by jmap.core.emotioncaptions."""
    curves = [CurveLine(c.persona_id, c.colour, c.points) for c in plan.curves]
    plan.captions = emotioncaptions.place_captions(plan.doc, plan.layout, plan.emotion_lane, curves, plan.language,
                                                   plan.pt(theme.CAPTION), plan.k, _width, _clip, one_line)


def draw_captions(c, plan, batch) -> None:
    """The captions of the emotions lane, in the text batch ``batch``."""
    size = plan.pt(theme.CAPTION)
    for cap in plan.captions:
        batch.add(cap.x, cap.y, cap.text, REGULAR, size, cap.colour)
