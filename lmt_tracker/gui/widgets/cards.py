"""The dashboard's credential card: status chip, a bar per requirement, the next step."""

from __future__ import annotations

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
from lmt_tracker.gui.overview import Bar, Card
from lmt_tracker.gui.widgets.common import button, card, chip, label
from lmt_tracker.gui.words import date, days, localize_dates

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
    meaning = "met" if bar.met else "not met"
    whose = f"{owner} — " if owner else ""
    progress.setAccessibleName(f"{whose}{bar.label}: {bar.text}, {meaning}")
    progress.setAccessibleDescription(_missing(bar))
    progress.setToolTip(f"{bar.label}: {bar.text}")
    return progress


def _missing(bar: Bar) -> str:
    """What is left to do, in words ("4 more hours needed"; "Requirement met")."""
    if bar.met:
        return "Requirement met"
    short = bar.needed - bar.have
    if short <= 0:
        return "Not met yet"
    figure = f"{short.normalize():f}"
    return f"{figure} more {'hour' if short == 1 else 'hours'} needed"


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
        self.setAccessibleName(f"{data.title}: {data.state_text}")
        top = QHBoxLayout()
        title = label(data.title, "cardTitle", wrap=True)
        top.addWidget(title, 1)
        status = chip(data.state_text, theme.status_colour(data.state))
        status.setAccessibleName(f"{data.title} status: {data.state_text}")
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
            more = label(f"{n} {'item' if n == 1 else 'items'} to confirm with the board",
                         "muted")
            more.setToolTip(localize_dates("\n".join(data.notes)))
            bottom.addWidget(more)
        bottom.addStretch(1)
        ident = data.credential.id
        details = button("Details", lambda: self.details.emit(ident), icon_name="info",
                         tip="Every requirement with its source, and the courses counted")
        details.setAccessibleName(f"Details of {data.title}")
        bottom.addWidget(details)
        lay.addLayout(bottom)

    @staticmethod
    def _deadline_text(data: Card) -> str:
        if data.credential.status == "retired":
            return "Retired: no reminders, no CE required."
        if data.deadline is None:
            return "Deadline unknown: enter the expiry date printed on the credential."
        when = days(data.days_left) if data.days_left is not None else ""
        return f"Next deadline: {date(data.deadline)} ({when})"

    @staticmethod
    def _next_text(data: Card) -> str:
        if data.to_judge:
            # Never an all-clear without a basis: say what is missing to judge it.
            return localize_dates("Cannot be judged yet. To judge it: "
                                  + "; ".join(data.to_judge[:MAX_STEPS]))
        if data.next_steps:
            steps = list(data.next_steps[:MAX_STEPS])
            extra = len(data.next_steps) - len(steps)
            text = "What to do next: " + "; ".join(steps)
            return localize_dates(text + (f"; and {extra} more" if extra > 0 else ""))
        if data.credential.status == "retired":
            return ""
        if data.credential.kind == "cpr_card":
            return "What to do next: renew the card before it expires."
        if data.status is not None and data.status.compliant is None:
            return ""
        return "What to do next: nothing is missing — renew on time."
