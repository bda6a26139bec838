"""The dashboard's credential card: status chip, a bar per requirement, the next step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QWidget,
)

from lmt_tracker.gui import theme
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import button, card, chip, label
from lmt_tracker.gui.words import count, date, days, hours, localize_dates

if TYPE_CHECKING:  # the judging modules load on the dashboard's worker, not here
    from lmt_tracker.gui.overview import Bar, Card

MAX_STEPS = 3


def requirement_bar(bar: Bar, owner: str = "") -> QProgressBar:
    """A requirement's bar; a screen reader hears whose requirement, have of need, and
    whether it is met ("FL · Licensed Massage Therapist — Total CE: 20 of 24 h, not met"),
    then how many hours are missing."""
    progress = QProgressBar()
    progress.setRange(0, 1000)
    progress.setValue(int(bar.fraction * 1000))
    progress.setTextVisible(False)
    progress.setMinimumWidth(36)  # the bar gives way on a small screen, never the words
    progress.setProperty("state", "ok" if bar.met else "warn")
    meaning = translate("cards", "met") if bar.met else translate("cards", "not met")
    whose = f"{owner} — " if owner else ""
    progress.setAccessibleName(translate("cards", "{whose}{label}: {text}, {meaning}").format(
        whose=whose, label=bar.label, text=bar.text, meaning=meaning))
    progress.setAccessibleDescription(_missing(bar))
    progress.setToolTip(f"{bar.label}: {bar.text}")
    return progress


def _missing(bar: Bar) -> str:
    """What is left to do, in words ("4 more hours needed"; "Requirement met")."""
    if bar.met:
        return translate("cards", "Requirement met")
    short = bar.needed - bar.have
    if short <= 0:
        return translate("cards", "Not met yet")
    if short == 1:
        return translate("cards", "1 more hour needed")
    return translate("cards", "{0} more hours needed").format(hours(short))


class CredentialCard(QFrame):
    """One credential at a glance; clicking "Details" opens the Credentials screen."""

    details = Signal(int)

    def __init__(self, data: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, lay = card(self)
        self.setObjectName("cardHost")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setAccessibleName(translate("cards", "{0}: {1}").format(data.title, data.state_text))
        top = QHBoxLayout()
        title = label(data.title, "cardTitle", wrap=True)
        top.addWidget(title, 1)
        status = chip(data.state_text, theme.status_colour(data.state))
        status.setAccessibleName(translate("cards", "{0} status: {1}").format(
            data.title, data.state_text))
        status.setAccessibleDescription(data.subtitle)
        top.addWidget(status, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        lay.addWidget(label(data.subtitle, "muted"))
        if data.bars:
            grid = QGridLayout()
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(4)
            for row, bar in enumerate(data.bars):
                name = QLabel(bar.label)
                name.setToolTip(bar.label)
                grid.addWidget(name, row, 0)
                grid.addWidget(requirement_bar(bar, data.title), row, 1)
                grid.addWidget(label(bar.text, "muted"), row, 2, Qt.AlignmentFlag.AlignRight)
            grid.setColumnStretch(1, 1)
            lay.addLayout(grid)
        if data.counted_text:
            lay.addWidget(label(data.counted_text, "muted", wrap=True))
        lay.addWidget(label(self._deadline_text(data), wrap=True))
        lay.addWidget(label(self._next_text(data), wrap=True))
        lay.addStretch(1)
        bottom = QHBoxLayout()
        if data.notes:
            n = len(data.notes)
            more = label(translate("cards", "{0} to confirm with the board").format(
                         count(n, "item")),
                         "muted")
            more.setToolTip(localize_dates("\n".join(data.notes)))
            bottom.addWidget(more)
        bottom.addStretch(1)
        ident = data.credential.id
        details = button(translate("cards", "Details"), lambda: self.details.emit(ident),
                         icon_name="info",
                         tip=translate("cards", "Every requirement with its source, and the "
                                       "courses counted"))
        details.setAccessibleName(translate("cards", "Details of {0}").format(data.title))
        bottom.addWidget(details)
        lay.addLayout(bottom)

    @staticmethod
    def _deadline_text(data: Card) -> str:
        if data.credential.status == "retired":
            return translate("cards", "Retired: no reminders, no CE required.")
        if data.deadline is None:
            return translate("cards", "Deadline unknown: enter the expiry date printed on the "
                             "credential.")
        when = days(data.days_left) if data.days_left is not None else ""
        return translate("cards", "Next deadline: {0} ({when})").format(date(data.deadline),
                                                                        when=when)

    @staticmethod
    def _next_text(data: Card) -> str:
        if data.to_judge:
            # Never an all-clear without a basis: say what is missing to judge it.
            return localize_dates(translate("cards", "Cannot be judged yet. To judge it: ")
                                  + "; ".join(data.to_judge[:MAX_STEPS]))
        if data.next_steps:
            steps = list(data.next_steps[:MAX_STEPS])
            extra = len(data.next_steps) - len(steps)
            text = translate("cards", "What to do next: ") + "; ".join(steps)
            return localize_dates(text + (translate("cards", "; and {extra} more")
                                          .format(extra=extra) if extra > 0 else ""))
        if data.credential.status == "retired":
            return ""
        if data.credential.kind == "cpr_card":
            return translate("cards", "What to do next: renew the card before it expires.")
        if data.status is not None and data.status.compliant is None:
            return ""
        return translate("cards", "What to do next: nothing is missing — renew on time.")
