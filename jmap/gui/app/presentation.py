"""Presentation mode (F5): the map stage by stage, full screen in large type for a projector."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from jmap.core import theme
from jmap.core.labels import emotion_label
from jmap.core.model import EMOTION_MAX, EMOTION_MIN, LaneKind
from jmap.core.votes import scores
from jmap.gui import tr

NAVY = QColor("#243B53")
DIM_TAB = QColor("#9FB3C8")
HIGHLIGHT = QColor("#E3F2FD")
VEIL = QColor(255, 255, 255, 165)  # laid over the stages that are not being shown
DOT = QColor("#D55E00")
NOTE_BG = QColor("#FFF3BF")
MIN_SCALE = 0.55  # content type never shrinks below this share of its full size

_NEXT = {Qt.Key_Right, Qt.Key_Down, Qt.Key_PageDown, Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter}
_PREVIOUS = {Qt.Key_Left, Qt.Key_Up, Qt.Key_PageUp, Qt.Key_Backspace}


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def wrap_lines(text: str, metrics: QFontMetricsF, width: float, max_lines: int = 3) -> list[str]:
    """Text broken into lines that fit ``width``; past ``max_lines`` the last line ends in "…"."""
    lines: list[str] = []
    current = ""
    words = text.split()
    for i, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            lines[-1] = metrics.elidedText(" ".join([lines[-1], *words[i:]]), Qt.ElideRight, width)
            return lines
    if current:
        lines.append(metrics.elidedText(current, Qt.ElideRight, width))
    return lines


class PresentationView(QWidget):
    """A full-screen slide per stage: all stage names on top (the current one lit, the others
    dimmed), the stage's cards and notes in large type, the emotion curves across the bottom.

    Arrow keys, Page Up/Down and Space step through the stages, Home/End jump, a click on a
    stage name goes there; Escape or F5 leaves. The document is only read, never changed.
    """

    #: emitted once when the presentation closes
    closed = Signal()

    def __init__(self, editor, timer=None, stage: int = 0, parent=None) -> None:
        super().__init__(parent, Qt.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(tr("Presentation"))
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.BlankCursor)
        self.editor = editor
        self.timer = timer
        self.stage = max(0, min(stage, len(editor.document.stages) - 1))
        #: pixel size of the card and note text at the last paint (for tests and tuning)
        self.item_px = 0.0
        editor.edited.connect(self.update)
        if timer is not None:
            timer.changed.connect(self._timer_changed)

    # ----------------------------------------------------------- stepping
    @property
    def document(self):
        return self.editor.document

    @property
    def stage_id(self) -> str | None:
        stages = self.document.stages
        return stages[self.stage].id if stages else None

    def show_stage(self, index: int) -> None:
        self.stage = max(0, min(index, len(self.document.stages) - 1))
        self.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key_Escape, Qt.Key_F5):
            self.close()
        elif key == Qt.Key_F6 and self.timer is not None:
            self.timer.reset() if event.modifiers() & Qt.ShiftModifier else self.timer.toggle()
        elif key in _NEXT:
            self.show_stage(self.stage + 1)
        elif key in _PREVIOUS:
            self.show_stage(self.stage - 1)
        elif key == Qt.Key_Home:
            self.show_stage(0)
        elif key == Qt.Key_End:
            self.show_stage(len(self.document.stages) - 1)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        stages = self.document.stages
        if stages and event.position().y() < self._tab_h():
            self.show_stage(int(event.position().x() // (self.width() / len(stages))))
        elif event.button() == Qt.RightButton:
            self.show_stage(self.stage - 1)
        else:
            self.show_stage(self.stage + 1)

    def closeEvent(self, event) -> None:  # noqa: N802
        try:
            self.editor.edited.disconnect(self.update)
            if self.timer is not None:
                self.timer.changed.disconnect(self._timer_changed)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
        self.closed.emit()

    def _timer_changed(self, *_args) -> None:
        self.update()

    # ------------------------------------------------------------ drawing
    def _tab_h(self) -> float:
        return self.height() * 0.075

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.setRenderHint(QPainter.TextAntialiasing)
        w, h = float(self.width()), float(self.height())
        p.fillRect(QRectF(0, 0, w, h), QColor(theme.PAPER))
        doc = self.document
        if not doc.stages:
            p.setPen(QColor(theme.INK))
            p.setFont(_font(h * 0.05, True))
            p.drawText(QRectF(0, 0, w, h), Qt.AlignCenter, tr("This map has no stages yet."))
            return
        self.stage = max(0, min(self.stage, len(doc.stages) - 1))  # stages may have gone (another map, an undo)
        curve_h = h * 0.23 if doc.personas and doc.emotions else 0.0
        title_bottom = self._draw_title(p, w, h)
        self._draw_content(p, QRectF(w * 0.03, title_bottom + h * 0.02, w * 0.94,
                                     h - curve_h - title_bottom - h * 0.04), h)
        if curve_h:
            self._draw_curves(p, QRectF(0, h - curve_h, w, curve_h), h)
        self._draw_tabs(p, w, h)

    def _columns(self, w: float) -> list[QRectF]:
        n = len(self.document.stages)
        return [QRectF(i * w / n, 0, w / n, 0) for i in range(n)]

    def _draw_tabs(self, p: QPainter, w: float, h: float) -> None:
        tab_h = self._tab_h()
        p.fillRect(QRectF(0, 0, w, tab_h), NAVY)
        names = [" ".join(stage.name.split()) or f"{i + 1}" for i, stage in enumerate(self.document.stages)]
        room = w / len(names) - 16
        px = h * 0.026  # one size for every tab: the longest name fits, down to 70 %
        widest = max(QFontMetricsF(_font(px, True)).horizontalAdvance(name) for name in names)
        p.setFont(_font(max(px * 0.7, min(px, px * room / max(widest, 1.0))), True))
        metrics = QFontMetricsF(p.font())
        for i, (column, name) in enumerate(zip(self._columns(w), names)):
            box = QRectF(column.x(), 0, column.width(), tab_h)
            if i == self.stage:
                p.fillRect(box.adjusted(2, 4, -2, 0), QColor(theme.PAPER))
            p.setPen(NAVY if i == self.stage else DIM_TAB)
            p.drawText(box.adjusted(8, 0, -8, 0), Qt.AlignCenter,
                       metrics.elidedText(name, Qt.ElideRight, box.width() - 16))

    def _draw_title(self, p: QPainter, w: float, h: float) -> float:
        doc = self.document
        stage = doc.stages[self.stage]
        top = self._tab_h() + h * 0.015
        title_px = h * 0.055
        timer_w = w * 0.16 if self.timer is not None else 0.0
        p.setFont(_font(h * 0.028))
        p.setPen(QColor(theme.MUTED))
        count = f"{self.stage + 1}/{len(doc.stages)}"
        count_w = QFontMetricsF(p.font()).horizontalAdvance(count) + h * 0.02
        p.drawText(QRectF(w * 0.03, top, count_w, title_px * 1.3), Qt.AlignLeft | Qt.AlignVCenter, count)
        p.setFont(_font(title_px, True))
        p.setPen(QColor(theme.INK))
        metrics = QFontMetricsF(p.font())
        name = " ".join(stage.name.split())
        room = w * 0.94 - timer_w - count_w
        p.drawText(QRectF(w * 0.03 + count_w, top, room, title_px * 1.3), Qt.AlignLeft | Qt.AlignVCenter,
                   metrics.elidedText(name, Qt.ElideRight, room))
        if self.timer is not None:
            overdue = self.timer.remaining() < 0
            p.setPen(DOT if overdue else (QColor(theme.INK) if self.timer.running else QColor(theme.MUTED)))
            p.drawText(QRectF(w * 0.97 - timer_w, top, timer_w, title_px * 1.3), Qt.AlignRight | Qt.AlignVCenter,
                       self.timer.text())
        top += title_px * 1.3
        words = " ".join((stage.prompt or stage.description).split())
        if words:
            p.setFont(_font(h * 0.026))
            p.setPen(QColor(theme.MUTED))
            metrics = QFontMetricsF(p.font())
            p.drawText(QRectF(w * 0.03, top, w * 0.94, h * 0.038), Qt.AlignLeft | Qt.AlignVCenter,
                       metrics.elidedText(words, Qt.ElideRight, w * 0.94))
            top += h * 0.038
        return top

    def _rows(self) -> list[tuple[str, list[tuple[str, str, bool]]]]:
        """(lane title, [(id, text, is a card)]) of the lanes with something in this stage."""
        doc, stage = self.document, self.stage_id
        rows = []
        for lane in doc.lanes:
            if lane.kind == LaneKind.EMOTIONS:
                continue
            items = [(tp.id, tp.title, True) for tp in doc.touchpoints_in(lane.id, stage)]
            items += [(note.id, note.text, False) for note in doc.notes_in(lane.id, stage)]
            items = [(eid, " ".join(text.split()), card) for eid, text, card in items if text.strip()]
            if items:
                rows.append((" ".join(lane.title.split()), items))
        return rows

    def _draw_content(self, p: QPainter, area: QRectF, h: float) -> None:
        rows = self._rows()
        if not rows:
            p.setFont(_font(h * 0.032))
            p.setPen(QColor(theme.MUTED))
            p.drawText(area, Qt.AlignLeft | Qt.AlignTop, tr("Nothing in this stage yet."))
            return
        scale = 1.0
        while True:  # the largest type at which the whole stage fits, down to MIN_SCALE
            boxes, needed = self._place(rows, area, h * 0.034 * scale, max(14.0, h * 0.024 * scale))
            if needed <= area.height() or scale <= MIN_SCALE:
                break
            scale = max(MIN_SCALE, scale - 0.04)
        self.item_px = h * 0.034 * scale
        dots = scores(self.document)
        p.save()
        p.setClipRect(area.adjusted(0, 0, 0, 2))
        for kind, rect, text, eid in boxes:
            if kind == "lane":
                px = max(14.0, h * 0.024 * scale)
                longest = max(text.split() or [""], key=QFontMetricsF(_font(px, True)).horizontalAdvance)
                fit = rect.width() / max(1.0, QFontMetricsF(_font(px, True)).horizontalAdvance(longest))
                p.setFont(_font(max(11.0, px * min(1.0, fit)), True))  # "Opportunities" is not cut
                p.setPen(QColor(theme.MUTED))
                p.drawText(rect, Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap, text)
                continue
            card = kind == "card"
            p.setPen(QPen(QColor(theme.CARD_BORDER), max(1.5, h * 0.002)) if card else Qt.NoPen)
            p.setBrush(QColor(theme.CARD_BG) if card else NOTE_BG)
            p.drawRoundedRect(rect, h * 0.008, h * 0.008)
            if card:
                p.fillRect(QRectF(rect.x(), rect.y() + 2, self.item_px * 0.25, rect.height() - 4),
                           QColor(theme.CARD_BORDER))
            p.setFont(_font(self.item_px, card))
            p.setPen(QColor(theme.INK))
            pad = self.item_px * 0.45
            inner = rect.adjusted(pad + (self.item_px * 0.25 if card else 0), pad * 0.6, -pad, -pad * 0.6)
            metrics = QFontMetricsF(p.font())
            p.drawText(inner.adjusted(0, -pad * 0.1, 0, pad), Qt.AlignLeft | Qt.AlignTop,
                       "\n".join(wrap_lines(text, metrics, inner.width())))
            if dots.get(eid):
                self._draw_dots(p, rect, dots[eid], self.item_px)
        p.restore()

    def _place(self, rows, area: QRectF, item_px: float, lane_px: float):
        """Boxes ("lane"/"card"/"note", rect, text, id) of a stage at a type size, and the height used."""
        label_w = area.width() * 0.15
        gap = item_px * 0.4
        per_row = max(2, min(4, max(len(items) for _title, items in rows)))  # wide boxes: fewer lines
        box_w = (area.width() - label_w) / per_row - gap
        fonts = {True: QFontMetricsF(_font(item_px, True)), False: QFontMetricsF(_font(item_px))}
        lane_font = QFontMetricsF(_font(lane_px, True))
        boxes = []
        y = area.top()
        for title, items in rows:
            label = lane_font.boundingRect(QRectF(0, 0, label_w - gap, 1e6), Qt.TextWordWrap, title)
            x, row_h = area.left() + label_w, label.height()
            boxes.append(("lane", QRectF(area.left(), y + gap * 0.2, label_w - gap, label.height()), title, ""))
            line_top = y
            for eid, text, card in items:
                if x + box_w > area.right() + 1:
                    x = area.left() + label_w
                    line_top += row_h + gap
                    row_h = 0.0
                inner_w = box_w - item_px * 0.9 - (item_px * 0.25 if card else 0)
                box_h = len(wrap_lines(text, fonts[card], inner_w)) * fonts[card].lineSpacing() + item_px * 0.5
                boxes.append(("card" if card else "note", QRectF(x, line_top, box_w, box_h), text, eid))
                row_h = max(row_h, box_h)
                x += box_w + gap
            y = line_top + row_h + gap * 1.2
        return boxes, y - area.top()

    @staticmethod
    def _draw_dots(p: QPainter, rect: QRectF, count: int, px: float) -> None:
        r = px * 0.62
        centre = QPointF(rect.right() - r * 0.4, rect.top() + r * 0.4)
        p.setPen(QPen(QColor(theme.PAPER), max(1.5, r * 0.12)))
        p.setBrush(DOT)
        p.drawEllipse(centre, r, r)
        p.setFont(_font(px * 0.8, True))
        p.setPen(QColor(theme.PAPER))
        p.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt.AlignCenter, str(count))

    def _draw_curves(self, p: QPainter, band: QRectF, h: float) -> None:
        doc = self.document
        columns = self._columns(band.width())
        current = columns[self.stage]
        p.fillRect(QRectF(current.x(), band.top(), current.width(), band.height()), HIGHLIGHT)
        p.setPen(QPen(QColor(theme.GRID), max(1.0, h * 0.0015)))
        p.drawLine(QPointF(band.left(), band.top()), QPointF(band.right(), band.top()))
        inner_top, inner_h = band.top() + h * 0.07, band.height() - h * 0.095

        def y_of(value: int) -> float:
            share = (EMOTION_MAX - max(EMOTION_MIN, min(EMOTION_MAX, value))) / (EMOTION_MAX - EMOTION_MIN)
            return inner_top + share * inner_h

        p.setPen(QPen(QColor(theme.GRID), max(1.0, h * 0.002), Qt.DashLine))
        p.drawLine(QPointF(band.left(), y_of(0)), QPointF(band.right(), y_of(0)))
        stage_of = doc.stage_index()
        legend_x = band.right() - h * 0.01
        p.setFont(_font(h * 0.026, True))
        metrics = QFontMetricsF(p.font())
        for persona in reversed([pp for pp in doc.personas if pp.visible]):
            points = [pt for pt in doc.emotions_of(persona.id) if pt.stage in stage_of]
            if not points:
                continue
            colour = QColor(theme.valid_colour(persona.colour, "#0072B2"))
            per_stage: dict[int, list] = {}
            for point in points:
                per_stage.setdefault(stage_of[point.stage], []).append(point)
            xy = []
            for index in sorted(per_stage):
                column, group = columns[index], per_stage[index]
                for k, point in enumerate(group):
                    xy.append(QPointF(column.x() + column.width() * (k + 1) / (len(group) + 1), y_of(point.value)))
            path = QPainterPath(xy[0])
            for point in xy[1:]:
                path.lineTo(point)
            p.setPen(QPen(colour, max(3.0, h * 0.009), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
            p.setBrush(Qt.NoBrush)
            p.drawPath(path)
            p.setPen(QPen(QColor(theme.PAPER), max(1.5, h * 0.003)))
            p.setBrush(colour)
            for point in xy:
                p.drawEllipse(point, h * 0.014, h * 0.014)
            name = " ".join(persona.name.split()) or persona.id
            width = metrics.horizontalAdvance(name)
            p.setPen(colour)
            p.drawText(QRectF(legend_x - width, band.top() + h * 0.008, width, h * 0.036),
                       Qt.AlignRight | Qt.AlignVCenter, name)
            p.fillRect(QRectF(legend_x - width - h * 0.04, band.top() + h * 0.022, h * 0.03, h * 0.008), colour)
            legend_x -= width + h * 0.07
        for i, column in enumerate(columns):  # the other stages are dimmed
            if i != self.stage:
                p.fillRect(QRectF(column.x(), band.top() + h * 0.045, column.width(), band.height()), VEIL)
        lang = doc.meta.language
        p.setFont(_font(h * 0.022))
        p.setPen(QColor(theme.MUTED))
        p.drawText(QRectF(band.left() + h * 0.01, band.top() + h * 0.008, band.width() * 0.4, h * 0.036),
                   Qt.AlignLeft | Qt.AlignVCenter, "▲ " + emotion_label(EMOTION_MAX, lang))
        p.drawText(QRectF(band.left() + h * 0.01, inner_top + inner_h, band.width() * 0.4, h * 0.025),
                   Qt.AlignLeft | Qt.AlignVCenter, "▼ " + emotion_label(EMOTION_MIN, lang))
