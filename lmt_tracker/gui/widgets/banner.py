"""The reminder banner across the top of the window: deadlines within the lead times."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lmt_tracker.gui.icons import icon
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import button, label

if TYPE_CHECKING:
    from lmt_tracker.gui.reminders import Reminder

MAX_LINES = 4


class ReminderBanner(QFrame):
    """Hidden when nothing is due; "Dismiss" hides it until the reminders change."""

    view_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(translate("banner", "Reminders"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        self.bell = QLabel()  # its picture is drawn when the banner is first shown
        lay.addWidget(self.bell, 0, Qt.AlignmentFlag.AlignTop)
        self.text = label("", rich=True, wrap=True)
        self.text.setAccessibleName(translate("banner", "Reminder text"))
        lay.addWidget(self.text, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(button(translate("banner", "Dashboard"), self.view_requested.emit))
        buttons.addWidget(button(translate("banner", "Dismiss"), self.dismiss))
        lay.addLayout(buttons)
        self._shown_for: tuple[str, ...] = ()
        self._dismissed_for: tuple[str, ...] | None = None
        self.hide()

    def set_reminders(self, reminders: Sequence[Reminder]) -> None:
        keys = tuple(f"{r.key}@{r.stage}" for r in reminders)
        self._shown_for = keys
        if not reminders or keys == self._dismissed_for:
            self.hide()
            return
        lines = [f"<b>{'⚠ ' if r.urgent else ''}{escape(r.message)}</b>" if r.urgent
                 else escape(r.message) for r in reminders[:MAX_LINES]]
        if len(reminders) > MAX_LINES:
            lines.append(translate("banner", "…and {0} more on the dashboard")
                         .format(len(reminders) - MAX_LINES))
        self.text.setText("<br>".join(lines))
        if self.bell.pixmap().isNull():
            self.bell.setPixmap(icon("bell", "#9a6b00").pixmap(22, 22))
        self.show()

    def dismiss(self) -> None:
        self._dismissed_for = self._shown_for
        self.hide()
