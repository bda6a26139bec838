"""The School screen's filter row over the class matrix: a name or ID search, which
verdict to show (everywhere, or in one chosen jurisdiction) and how many rows are shown.

Kept apart from ``school.py`` so the screen reads as its flow; the matrix's
:class:`CohortFilter` does the filtering, this row only sets it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit

from lmt_tracker.domain.entry.cohort import CohortAudit
from lmt_tracker.gui.models.cohort_model import ANY, CohortFilter
from lmt_tracker.gui.screens.school_matrix import CohortMatrix
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import label

VERDICTS = (
    (translate("school", "All graduates"), CohortFilter.SHOW_ALL, False),
    (translate("school", "Short somewhere"), CohortFilter.SHOW_SHORT, False),
    (translate("school", "Eligible everywhere"), CohortFilter.SHOW_ELIGIBLE, False),
    (translate("school", "Short in…"), CohortFilter.SHOW_SHORT, True),
    (translate("school", "Eligible in…"), CohortFilter.SHOW_ELIGIBLE, True),
)


class GraduateFilters(QHBoxLayout):
    """The search box, the verdict and jurisdiction choices, and the "N of M shown" count."""

    def __init__(self, matrix: CohortMatrix) -> None:
        super().__init__()
        self.model, self.proxy = matrix.model, matrix.proxy
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("school", "Filter by name or student ID"))
        self.search.setAccessibleName(translate("school", "Filter graduates"))
        self.search.setClearButtonEnabled(True)
        self.verdict = QComboBox()
        self.verdict.setAccessibleName(translate("school", "Show"))
        for text, _, _ in VERDICTS:
            self.verdict.addItem(text)
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(translate("school", "Jurisdiction"))
        self.state_filter.setEnabled(False)
        self.state_filter.setMinimumContentsLength(22)
        self.state_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search.textChanged.connect(self.proxy.set_text)
        self.verdict.currentIndexChanged.connect(self.verdict_changed)
        self.state_filter.currentIndexChanged.connect(self.verdict_changed)
        self.shown = label("", "muted")
        self.addWidget(self.search, 2)
        self.addWidget(self.verdict)
        self.addWidget(self.state_filter)
        self.addWidget(self.shown, 1)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self.count_shown)

    def fill_states(self, audit: CohortAudit) -> None:
        """The jurisdictions of a new audit, keeping the one chosen if it is still there."""
        current = self.state_filter.currentData()
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        for column in audit.columns:
            self.state_filter.addItem(f"{column.code} — {column.name}", column.code)
        index = self.state_filter.findData(current)
        self.state_filter.setCurrentIndex(max(index, 0))
        self.state_filter.blockSignals(False)
        self.verdict_changed()

    def verdict_changed(self, _index: int = -1) -> None:
        _, show, needs_code = VERDICTS[max(self.verdict.currentIndex(), 0)]
        self.state_filter.setEnabled(needs_code)
        code = self.state_filter.currentData() if needs_code else ANY
        self.proxy.set_verdict(show, code or ANY)
        self.count_shown()

    def count_shown(self, *_args: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.shown.setText(translate("school", "{shown:,} of {total:,} shown")
                           .format(shown=shown, total=total) if total else "")
