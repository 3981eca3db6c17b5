"""Dot voting without Qt: scores, the ranking, a vote's rules and the steps that place or take back a dot.

A vote is a round in which every participant places a number of dots on the items that
may be voted on (cards, pain points, opportunities…). The dots are ``Vote`` entities of
the document (one per participant and item, with a count); the round itself (who votes,
how many dots, on what) is a :class:`VoteRound`, kept by the editor's window, not in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jmap.core.model import VOTE_MAX, LaneKind, Vote

#: What can be voted on: "touchpoints" (the cards) or the kind of the lane a note is in.
CARDS = "touchpoints"
#: The kinds offered when a vote starts, cards first; the default choice is the first three.
VOTABLE_KINDS = (CARDS, LaneKind.PAIN_POINTS.value, LaneKind.OPPORTUNITIES.value, LaneKind.IDEAS.value,
                 LaneKind.NEEDS.value, LaneKind.THOUGHTS.value, LaneKind.QUESTIONS.value, LaneKind.ACTIONS.value)
DEFAULT_KINDS = VOTABLE_KINDS[:3]


def item_kind(doc, eid: str) -> str | None:
    """"touchpoints" for a card, the lane kind for a note, None for anything else."""
    if doc.get("touchpoints", eid) is not None:
        return CARDS
    note = doc.get("notes", eid)
    if note is None:
        return None
    lane = doc.get("lanes", note.lane)
    return lane.kind if lane is not None else None


def scores(doc) -> dict[str, int]:
    """Item id -> dots on it (items without dots are left out)."""
    out: dict[str, int] = {}
    for vote in doc.items("votes"):
        out[vote.item] = out.get(vote.item, 0) + vote.count
    return out


def dots_of(doc, voter: str) -> int:
    """How many dots a participant has placed."""
    return sum(v.count for v in doc.items("votes") if v.voter == voter)


def ranking(doc) -> list[tuple[str, int]]:
    """(item id, dots) from most to fewest dots; ties in map order (stage, lane, file order)."""
    dots = scores(doc)
    if not dots:  # (the votes panel asks after every edit: a map without votes costs nothing)
        return []
    stage, lane = doc.stage_index(), doc.lane_index()
    order = {}
    for coll in ("touchpoints", "notes"):
        for i, entity in enumerate(doc.items(coll)):
            order[entity.id] = (stage.get(entity.stage, 0), lane.get(entity.lane, 0), i)
    return sorted(dots.items(), key=lambda pair: (-pair[1], order.get(pair[0], (0, 0, 0))))


def add_dot_steps(doc, item: str, voter: str) -> list[tuple]:
    """The steps that put one more of ``voter``'s dots on ``item`` (none for an unknown item)."""
    if item_kind(doc, item) is None:
        return []
    mine = [v for v in doc.items("votes") if v.item == item and v.voter == voter]
    for vote in mine:
        if vote.count < VOTE_MAX:
            return [("set", "votes", vote.id, "count", vote.count + 1)]
    return [("insert", "votes", -1, Vote(doc.new_id("votes"), item=item, voter=voter, count=1))]


def remove_dot_steps(doc, item: str, voter: str) -> list[tuple]:
    """The steps that take one of ``voter``'s dots back from ``item`` (none if there is none)."""
    mine = [v for v in doc.items("votes") if v.item == item and v.voter == voter]
    if not mine:
        return []
    vote = mine[-1]
    if vote.count > 1:
        return [("set", "votes", vote.id, "count", vote.count - 1)]
    return [("remove", "votes", vote.id)]


def clear_steps(doc) -> list[tuple]:
    """The steps that remove every dot of the map."""
    return [("remove", "votes", v.id) for v in reversed(doc.items("votes"))]


@dataclass
class VoteRound:
    """One dot vote: participants take turns, each with ``dots`` dots for items of ``kinds``."""

    participants: list[str]
    dots: int = 5
    kinds: frozenset[str] = field(default_factory=lambda: frozenset(DEFAULT_KINDS))
    #: index of the participant whose turn it is
    turn: int = 0

    @property
    def voter(self) -> str:
        return self.participants[self.turn]

    def left(self, doc, voter: str | None = None) -> int:
        """Dots the participant (default: the current one) may still place."""
        return max(0, self.dots - dots_of(doc, self.voter if voter is None else voter))

    def accepts(self, doc, item: str) -> bool:
        """Whether the item may be voted on in this round."""
        return item_kind(doc, item) in self.kinds

    def next_turn(self, step: int = 1) -> str:
        self.turn = (self.turn + step) % len(self.participants)
        return self.voter

    def finished(self, doc) -> bool:
        """Every participant has placed all their dots."""
        return all(self.left(doc, p) == 0 for p in self.participants)


def participant_names(text: str, fallback: str = "P{n}") -> list[str]:
    """Participants from what the facilitator typed: a number (4 → P1…P4) or names separated
    by commas or new lines; blanks and repeats are dropped. At most 50."""
    text = text.strip()
    if text.isdigit():
        return [fallback.format(n=i) for i in range(1, min(int(text), 50) + 1)]
    names: list[str] = []
    for part in text.replace("\n", ",").split(","):
        name = " ".join(part.split())[:40]
        if name and name not in names:
            names.append(name)
    return names[:50]
