"""Exam attempts on a timeline: a dot per attempt, the 90-day authorization windows, today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lmt_tracker.domain.core.records import ExamAttempt
from lmt_tracker.domain.exams import attempt_date, authorization_expiry
from lmt_tracker.gui import theme
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.words import date, word

STATE = {"passed": "ok", "failed": "bad", "no_show": "bad", "expired": "neutral"}
MARGIN = 40
LABEL_W = 140
# Label rows, as offsets from the axis: near above, near below, far above, far below.
LEVELS = (-40, 14, -78, 52)


class ExamTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempts: list[ExamAttempt] = []
        self.today = dt.date.today()
        self.setMinimumHeight(210)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("timeline", "Exam timeline"))

    def sizeHint(self) -> QSize:
        return QSize(600, 210)

    def set_attempts(self, attempts: Sequence[ExamAttempt], today: dt.date) -> None:
        self.attempts = [a for a in attempts if _when(a) is not None]
        self.today = today
        self.setAccessibleDescription("; ".join(
            f"{word(a.exam)} {word(a.status)} {date(_when(a))}" for a in self.attempts))
        self.update()

    def _span(self) -> tuple[dt.date, dt.date]:
        days = [self.today] + [d for a in self.attempts for d in (_when(a), a.authorized_date,
                                                                  authorization_expiry(a)) if d]
        start, end = min(days), max(days)
        pad = max(15, (end - start).days // 12)
        return start - dt.timedelta(days=pad), end + dt.timedelta(days=pad)

    def paintEvent(self, event) -> None:
        c = theme.colours()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(c.card))
        if not self.attempts:
            p.setPen(QColor(c.muted))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       translate("timeline", "No exam attempts yet: add one to see it on the "
                                 "timeline"))
            p.end()
            return
        start, end = self._span()
        width = max(1, self.width() - 2 * MARGIN)
        y = self.height() * 0.5

        def x(day: dt.date) -> float:
            return MARGIN + width * (day - start).days / max(1, (end - start).days)

        p.setPen(QPen(QColor(c.border), 2))
        p.drawLine(QPointF(MARGIN, y), QPointF(MARGIN + width, y))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        p.setFont(small)
        p.setPen(QColor(c.muted))
        for year in range(start.year + 1, end.year + 1):
            xx = x(dt.date(year, 1, 1))
            p.drawLine(QPointF(xx, y - 4), QPointF(xx, y + 4))
            p.drawText(QRectF(xx - 30, y + 86, 60, 16), Qt.AlignmentFlag.AlignCenter, str(year))
        for a in self.attempts:
            expiry = authorization_expiry(a)
            if a.authorized_date and expiry:
                band = QColor(c.accent)
                band.setAlpha(60)
                left = x(a.authorized_date)
                p.fillRect(QRectF(left, y - 7, x(expiry) - left, 14), band)
        self._today_line(p, x(self.today), y, c)
        placed = sorted(((x(_when(a)), a) for a in self.attempts),  # type: ignore[arg-type]
                        key=lambda pair: pair[0])
        right_edge = [float("-inf")] * len(LEVELS)
        for xx, a in placed:
            level = next((i for i, edge in enumerate(right_edge) if edge < xx - LABEL_W / 2 + 4),
                         min(range(len(LEVELS)), key=lambda i: right_edge[i]))
            right_edge[level] = xx + LABEL_W / 2
            self._dot(p, a, xx, y, LEVELS[level], small)
        p.end()

    @staticmethod
    def _today_line(p: QPainter, xx: float, y: float, c: theme.Colours) -> None:
        p.setPen(QPen(QColor(c.warn), 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(xx, y - 70), QPointF(xx, y + 70))
        p.setPen(QColor(c.warn))
        p.drawText(QRectF(xx - 30, y - 90, 60, 16), Qt.AlignmentFlag.AlignCenter,
                   translate("timeline", "today"))

    def _dot(self, p: QPainter, a: ExamAttempt, xx: float, y: float, offset: int,
             font: QFont) -> None:
        c = theme.colours()
        colour = QColor(theme.status_colour(STATE.get(a.status, "neutral")))
        if a.status in ("scheduled", "authorized", "applied"):
            colour = QColor(c.accent)
        p.setPen(QPen(QColor(c.card), 2))
        p.setBrush(colour)
        p.drawEllipse(QPointF(xx, y), 8, 8)
        p.setPen(QPen(QColor(c.border), 1))
        edge = y + offset + (26 if offset < 0 else 0)
        p.drawLine(QPointF(xx, y + (-8 if offset < 0 else 8)), QPointF(xx, edge))
        p.setPen(QColor(c.text))
        p.setFont(font)
        text = f"{word(a.exam)} · {word(a.status)}\n{date(_when(a))}"
        p.drawText(QRectF(xx - LABEL_W / 2, y + offset, LABEL_W, 28), Qt.AlignmentFlag.AlignCenter,
                   text)


def _when(a: ExamAttempt) -> dt.date | None:
    return attempt_date(a) or a.authorized_date or a.applied_date
