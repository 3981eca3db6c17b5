"""Colours and type sizes as data, shared by the canvas and the PDF (colour-blind-safe)."""

from __future__ import annotations

import re

from jmap.core.model import LaneKind

#: Okabe–Ito palette: distinguishable with the common forms of colour blindness.
PERSONA_PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")

INK = "#1F2933"  # body text
MUTED = "#6B7785"  # secondary text, prompts
GRID = "#D5DBE1"  # cell borders
PAPER = "#FFFFFF"
HEADER_BG = "#243B53"  # stage header band
HEADER_INK = "#FFFFFF"
LANE_HEADER_BG = "#F0F4F8"
NOTE_BG = "#FFF8D6"
CARD_BG = "#FFFFFF"
CARD_BORDER = "#486581"
FLOW = "#486581"
#: Flows that go back to an earlier stage (also dashed: never colour alone); not a persona colour.
BACK_FLOW = "#7B5EA7"
FINDING_ERROR = "#C0392B"
FINDING_WARNING = "#B7791F"
FINDING_INFO = "#2B6CB0"

#: Soft background per lane kind (calm tints; meaning never relies on colour alone).
LANE_TINTS = {
    LaneKind.TOUCHPOINTS: "#F7FAFC",
    LaneKind.ACTIONS: "#F7FAFC",
    LaneKind.THOUGHTS: "#FAF7FC",
    LaneKind.EMOTIONS: "#FFFFFF",
    LaneKind.PAIN_POINTS: "#FDF2EC",
    LaneKind.OPPORTUNITIES: "#EEF8F3",
    LaneKind.GOALS: "#EEF5FB",
    LaneKind.QUESTIONS: "#FAF7FC",
    LaneKind.CHANNELS: "#F7FAFC",
    LaneKind.METRICS: "#F5F7F9",
    LaneKind.IDEAS: "#FFFBEA",
    LaneKind.NEEDS: "#EEF5FB",
    LaneKind.PHYSICAL_EVIDENCE: "#F5F7F9",
    LaneKind.CUSTOMER_ACTIONS: "#F7FAFC",
    LaneKind.FRONTSTAGE: "#EEF5FB",
    LaneKind.BACKSTAGE: "#F3F0FA",
    LaneKind.SUPPORT: "#F5F7F9",
}

#: Note colour per lane kind (sticky-note feel, light enough for black text).
NOTE_COLOURS = {
    LaneKind.PAIN_POINTS: "#FBD9C9",
    LaneKind.OPPORTUNITIES: "#CDEEDD",
    LaneKind.IDEAS: "#FFF1B8",
    LaneKind.GOALS: "#D3E6F8",
    LaneKind.NEEDS: "#D3E6F8",
    LaneKind.THOUGHTS: "#E9DDF4",
    LaneKind.QUESTIONS: "#E9DDF4",
}

#: Short marks for channels, drawn on cards (text, so it prints in black and white).
CHANNEL_MARKS = {
    "web": "WEB", "app": "APP", "email": "MAIL", "social": "SOC", "search": "SRCH", "ad": "AD",
    "store": "STORE", "phone": "TEL", "chat": "CHAT", "event": "EVT", "mail": "POST", "other": "•",
}

#: Evidence marks: a filled dot for observed, a ring for assumed, a star for proposed.
EVIDENCE_MARKS = {"observed": "●", "assumed": "○", "proposed": "★"}

#: Map types with their accent colour (used by headers and the PDF title band).
MAP_TYPE_ACCENTS = {
    "current-state": "#243B53",
    "day-in-the-life": "#8D5A00",
    "future-state": "#006B54",
    "service-blueprint": "#3E2F7A",
}

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def valid_colour(value: str | None, fallback: str) -> str:
    """``value`` if it is a #RRGGBB colour, else ``fallback`` (file colours are untrusted)."""
    return value if isinstance(value, str) and _HEX.match(value) else fallback


def rgb(colour: str) -> tuple[float, float, float]:
    """#RRGGBB -> (r, g, b) in 0..1."""
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def mix(colour: str, other: str, amount: float) -> str:
    """Blend ``colour`` towards ``other`` by ``amount`` (0..1)."""
    a, b = rgb(colour), rgb(other)
    return "#" + "".join(f"{round((x + (y - x) * amount) * 255):02X}" for x, y in zip(a, b))


def lane_tint(kind: str, colour: str = "") -> str:
    if colour and _HEX.match(colour):
        return mix(colour, PAPER, 0.85)
    return LANE_TINTS.get(kind, "#F7FAFC")


def note_colour(kind: str, colour: str = "") -> str:
    if colour and _HEX.match(colour):
        return colour
    return NOTE_COLOURS.get(kind, NOTE_BG)


def persona_colour(index: int, colour: str = "") -> str:
    return valid_colour(colour, PERSONA_PALETTE[index % len(PERSONA_PALETTE)])

# Type sizes of the map design (map units at type scale 1; see jmap.core.layout.Sizes).
# The range is kept narrow so that a map fitted on paper has no text much smaller than its body.
NOTE_TYPE = 8.5
CARD_TITLE = 8.6
CARD_LEADING = 10.2
CARD_SMALL = 7.6
PILL = 6.8
MARK = 7.6
DOTS = 6.8
FLOW_LABEL = 7.6
STAGE_NAME = 10.0
STAGE_SMALL = 7.6
LANE_TITLE = 8.8
LANE_SMALL = 7.6
SCALE_TAG = 7.4
LEGEND = 7.6
LINE_TAG = 7.4
CORNER = 8.5
CAPTION = 7.6
