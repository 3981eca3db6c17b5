"""Dot-vote counts on the canvas: a round badge on each voted card or note, kept in step with the document."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem
from shiboken6 import isValid

from jmap.core.votes import scores
from jmap.gui.canvas import style

BADGE_R = 11.0
DOT_COLOUR = style.colour("#D55E00")


class VoteBadgeItem(QGraphicsItem):
    """A child of a card or note item: the number of dots on it, at its top-right corner."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.count = 0
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.NoButton)  # clicks go to the card under it
        self.place()

    def place(self) -> None:
        rect = self.parentItem().rect
        self.setPos(rect.width() - BADGE_R * 0.6, BADGE_R * 0.1)

    def set_count(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self.setToolTip(str(count))
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-BADGE_R - 2, -BADGE_R - 2, 2 * BADGE_R + 4, 2 * BADGE_R + 4)

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.PAPER, 1.6))
        painter.setBrush(DOT_COLOUR)
        painter.drawEllipse(QRectF(-BADGE_R, -BADGE_R, 2 * BADGE_R, 2 * BADGE_R))
        painter.setPen(style.PAPER)
        painter.setFont(style.font(10.5 if self.count < 10 else 8.5, True))
        painter.drawText(QRectF(-BADGE_R, -BADGE_R, 2 * BADGE_R, 2 * BADGE_R), Qt.AlignCenter, str(self.count))


class VoteBadges:
    """Puts a VoteBadgeItem on every card and note that has dots (after every edit)."""

    def __init__(self, editor, scene) -> None:
        self.editor, self.scene = editor, scene
        self.badges: dict[str, VoteBadgeItem] = {}
        editor.edited.connect(self.refresh)
        editor.document_replaced.connect(self._replaced)
        self.refresh()

    def _replaced(self, _doc) -> None:
        self.badges.clear()  # the scene rebuilt its items, and the badges went with them
        self.refresh()

    def refresh(self) -> None:
        counts = scores(self.editor.document)
        items = self.scene.items_by_id
        for eid, badge in list(self.badges.items()):
            alive = isValid(badge) and badge.parentItem() is items.get(eid)
            if not alive or eid not in counts:
                if alive:
                    self.scene.removeItem(badge)
                del self.badges[eid]
        for eid, count in counts.items():
            item = items.get(eid)
            if item is None:
                continue
            badge = self.badges.get(eid)
            if badge is None:
                badge = self.badges[eid] = VoteBadgeItem(item)
            badge.place()
            badge.set_count(count)
