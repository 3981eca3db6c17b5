"""The entities of a journey map: plain dataclasses with stable string ids.

Enumerated fields hold plain strings (the values stored in the file); the allowed
values are the members of the ``StrEnum`` classes below. Every entity keeps the
fields it did not recognise in ``extra`` so that a file written by a newer minor
version survives a load/save round trip.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from jmap.core.names import COLLECTION_NAMES, ID_PREFIXES, REFERENCES, ref_targets  # noqa: F401 - re-exported

EMOTION_MIN = -3
EMOTION_MAX = 3
#: Labels of the emotion scale, from EMOTION_MIN to EMOTION_MAX (English; the
#: translations live in jmap.core.labels).
EMOTION_LABELS = ("furious", "frustrated", "uneasy", "neutral", "content", "happy", "delighted")
IMPORTANCE_MIN = 1
IMPORTANCE_MAX = 5


class LaneKind(StrEnum):
    TOUCHPOINTS = "touchpoints"
    ACTIONS = "actions"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    GOALS = "goals"
    QUESTIONS = "questions"
    CHANNELS = "channels"
    METRICS = "metrics"
    IDEAS = "ideas"
    NEEDS = "needs"
    PHYSICAL_EVIDENCE = "physical_evidence"
    CUSTOMER_ACTIONS = "customer_actions"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"
    #: Cells hold pictures (notes with a picture; the note's text is the caption).
    STORYBOARD = "storyboard"


#: Lane kinds that hold touchpoint cards (as well as notes).
CARD_LANES = frozenset(
    {LaneKind.TOUCHPOINTS, LaneKind.CUSTOMER_ACTIONS, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT}
)


class Channel(StrEnum):
    WEB = "web"
    APP = "app"
    EMAIL = "email"
    SOCIAL = "social"
    SEARCH = "search"
    AD = "ad"
    STORE = "store"
    PHONE = "phone"
    CHAT = "chat"
    EVENT = "event"
    MAIL = "mail"
    OTHER = "other"


#: Channels that are online by default when a touchpoint is created.
ONLINE_CHANNELS = frozenset({"web", "app", "email", "social", "search", "ad", "chat"})


class Evidence(StrEnum):
    OBSERVED = "observed"
    ASSUMED = "assumed"
    PROPOSED = "proposed"


class LineKind(StrEnum):
    INTERACTION = "interaction"
    VISIBILITY = "visibility"
    INTERNAL = "internal"


class MapType(StrEnum):
    CURRENT_STATE = "current-state"
    DAY_IN_THE_LIFE = "day-in-the-life"
    FUTURE_STATE = "future-state"
    SERVICE_BLUEPRINT = "service-blueprint"


LANGUAGES = ("en", "nb", "nl", "el")


@dataclass(slots=True)
class MapMeta:
    title: str = ""
    description: str = ""
    map_type: str = MapType.CURRENT_STATE.value
    language: str = "en"
    authors: list[str] = field(default_factory=list)
    created: str = ""
    modified: str = ""
    #: Rule ids of coverage checks the team switched off for this map.
    disabled_rules: list[str] = field(default_factory=list)
    #: This map's own id (new maps get one); a map made from it names it in ``source_map``.
    #: Optional fields: left out of the file while empty.
    map_id: str = field(default="", metadata={"omit_empty": True})
    #: The map this one was made from (a future state from a current state):
    #: ``{"path": its path relative to this file, "map_id": its map_id}``, or {} for none.
    source_map: dict = field(default_factory=dict, metadata={"omit_empty": True})
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Persona:
    id: str
    name: str = ""
    role: str = ""
    quote: str = ""
    demographics: str = ""
    goals: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    motivations: list[str] = field(default_factory=list)
    behaviours: list[str] = field(default_factory=list)
    frustrations: list[str] = field(default_factory=list)
    colour: str = "#0072B2"
    visible: bool = True
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Stage:
    id: str
    name: str = ""
    description: str = ""
    colour: str = ""
    #: Guiding prompt (the facilitator's question) for this stage.
    prompt: str = ""
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Lane:
    id: str
    kind: str = LaneKind.TOUCHPOINTS.value
    title: str = ""
    prompt: str = ""
    required: bool = False
    colour: str = ""
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Note:
    id: str
    lane: str
    stage: str
    text: str = ""
    colour: str = ""
    #: The id of a picture shown above the text (the text is then its caption), or "".
    picture: str = field(default="", metadata={"omit_empty": True})
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Touchpoint:
    id: str
    stage: str
    lane: str
    title: str = ""
    description: str = ""
    channel: str = Channel.WEB.value
    online: bool = True
    owner: str = ""
    importance: int = 3
    impact: int = 3
    evidence: str = Evidence.OBSERVED.value
    #: Marks a journey entry point for the reachability check.
    entry: bool = False
    #: The id of a picture shown at the top of the card (a screen, a letter), or "".
    picture: str = field(default="", metadata={"omit_empty": True})
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Flow:
    id: str
    source: str
    target: str
    label: str = ""
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class EmotionPoint:
    id: str
    persona: str
    stage: str
    value: int = 0
    #: Optional touchpoint the feeling is about (must be in the same stage).
    touchpoint: str = ""
    comment: str = ""
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Metric:
    id: str
    stage: str
    name: str = ""
    value: float | None = None
    unit: str = ""
    target: float | None = None
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class BlueprintLine:
    id: str
    kind: str = LineKind.VISIBILITY.value
    #: The line is drawn below this lane.
    after_lane: str = ""
    label: str = ""
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Vote:
    """Dots one participant put on one card or note in a dot vote."""

    id: str
    #: The touchpoint or note voted for.
    item: str
    #: Who placed the dots (a participant's name or number).
    voter: str = ""
    count: int = 1
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Picture:
    """A PNG or JPEG embedded in the map, stored once however often it is used.

    Its id is made from the SHA-256 of its bytes (``picture_id``), so the same picture
    inserted twice is one entry; cards and notes refer to it by id.
    """

    id: str
    media_type: str = "image/png"
    width: int = 1
    height: int = 1
    #: SHA-256 of the decoded bytes, in lowercase hex.
    sha256: str = ""
    #: The PNG or JPEG file's bytes in base64.
    data: str = ""
    extra: dict = field(default_factory=dict)


PICTURE_TYPES = ("image/png", "image/jpeg")


def picture_id(sha256: str) -> str:
    """The id of the picture whose bytes have this SHA-256 (hex)."""
    return "pic-" + sha256[:16]


#: Most dots one participant may put on one item (and per vote in the editor).
VOTE_MAX = 99

_CLASSES: dict[str, type] = {
    "personas": Persona,
    "stages": Stage,
    "lanes": Lane,
    "notes": Note,
    "touchpoints": Touchpoint,
    "flows": Flow,
    "emotions": EmotionPoint,
    "metrics": Metric,
    "lines": BlueprintLine,
    "votes": Vote,
    "pictures": Picture,
}
#: Collection name -> (entity class, id prefix). The order is the file's order (jmap.core.names).
COLLECTIONS: dict[str, tuple[type, str]] = {name: (_CLASSES[name], prefix) for name, prefix in ID_PREFIXES.items()}
