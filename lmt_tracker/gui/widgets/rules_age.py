"""The dashboard's note on the rules' age: when they were last checked, a warning if long ago.

Laws change every year and the app cannot fetch them, so the dashboard always says when
the rules were checked; once the newest check is over a year old the note becomes a
banner that says so and how to update (wording in ``domain.rules_age``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import label

if TYPE_CHECKING:  # loaded with the rules, on the dashboard's worker
    from lmt_tracker.domain.core.rules import Jurisdiction


class RulesAgeNote(QFrame):
    """A muted line while the rules are recent; the warning banner style once they are not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("rules_age", "Rules last checked"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.text = label("", "muted", wrap=True)
        self.text.setAccessibleName(translate("rules_age", "Rules age"))
        lay.addWidget(self.text, 1)
        self.stale = False
        self.hide()

    def show_for(self, jurisdictions: Mapping[str, Jurisdiction], today: dt.date) -> None:
        from lmt_tracker.domain.core.rules_age import rules_age

        age = rules_age(jurisdictions.values())
        if age is None:
            self.hide()
            return
        warning = age.warning(today)
        restyle = (warning is not None) != self.stale
        self.stale = warning is not None
        # the banner frame style (theme.py) is keyed on the object name
        self.setObjectName("banner" if self.stale else "")
        layout = self.layout()
        assert layout is not None  # set in __init__
        layout.setContentsMargins(*((12, 8, 12, 8) if self.stale else (0, 0, 0, 0)))
        self.text.setObjectName("" if self.stale else "muted")
        from lmt_tracker.gui.words import core, localize_dates, rules_age_line

        # dates in the user's order, like the rest of the screen
        self.text.setText(localize_dates(f"⚠ {core(warning)}") if warning
                          else rules_age_line(age.newest, age.oldest) + ".")
        if restyle:  # the style sheet keys on the names just changed (~10 ms: skip if same)
            self.style().unpolish(self)
            self.style().polish(self)
            self.text.style().unpolish(self.text)
            self.text.style().polish(self.text)
        self.show()
