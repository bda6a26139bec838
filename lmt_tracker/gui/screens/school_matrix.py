"""The cohort matrix widget: graduates frozen on the left, jurisdictions scrolling right.

Two table views share one filter proxy and one selection model; their vertical
scroll bars are tied together and each header shows the other's sort. So a
registrar scrolled across to Wyoming still sees whose row it is, and a row chosen
on either side is the same row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QTableView, QWidget

from lmt_tracker.domain.entry.cohort import CohortAudit, GraduateAudit
from lmt_tracker.gui.models.cohort_model import FIXED, CohortFilter, CohortModel
from lmt_tracker.gui.translation import translate

FIXED_WIDTHS = (92, 170, 62)  # student id, name, eligible count


class CohortMatrix(QWidget):
    """``graduate_chosen`` carries the GraduateAudit of the current row (or None)."""

    graduate_chosen = Signal(object)
    activated = Signal()  # a double-click: the user wants the details

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CohortModel(self)
        self.proxy = CohortFilter(self)
        self.proxy.setSourceModel(self.model)
        self.names = self._view("cohortNames", translate("school_matrix", "Graduates"))
        self.table = self._view("cohortMatrix", translate("school_matrix",
                                                          "Graduates by jurisdiction"))
        self.names.setSelectionModel(self.table.selectionModel())
        self.names.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Both keep a horizontal bar so their rows line up to the last one.
        for view in (self.names, self.table):
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        left, right = self.names.verticalScrollBar(), self.table.verticalScrollBar()
        right.valueChanged.connect(left.setValue)
        left.valueChanged.connect(right.setValue)
        for a, b in ((self.names, self.table), (self.table, self.names)):
            a.horizontalHeader().sortIndicatorChanged.connect(
                lambda section, order, other=b: _mirror_sort(other, section, order))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.proxy.layoutChanged.connect(self._keep_current_in_sight)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.names)
        lay.addWidget(self.table, 1)
        self._freeze()

    def _view(self, name: str, accessible: str) -> QTableView:
        table = QTableView()
        table.setTabKeyNavigation(False)  # Tab leaves the table: no trap
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setModel(self.proxy)
        table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        head = table.horizontalHeader()
        head.setDefaultSectionSize(42)
        head.setMinimumSectionSize(28)
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.doubleClicked.connect(lambda _index: self.activated.emit())
        return table

    def set_audit(self, audit: CohortAudit | None) -> None:
        self.model.set_audit(audit)
        self._freeze()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = (self.model.row_audit(self.proxy.mapToSource(current).row())
               if current.isValid() else None)
        self.graduate_chosen.emit(row)

    def current(self) -> GraduateAudit | None:
        index = self.table.currentIndex()
        return self.model.row_audit(self.proxy.mapToSource(index).row()) if index.isValid() \
            else None

    def _keep_current_in_sight(self, *_args: object) -> None:
        """After a sort the chosen graduate moves: scroll to where it went."""
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)

    def _freeze(self) -> None:
        """Split the columns between the two views (after every new audit)."""
        fixed = len(FIXED)
        for col in range(self.proxy.columnCount()):
            self.names.setColumnHidden(col, col >= fixed)
            self.table.setColumnHidden(col, col < fixed)
        head = self.names.horizontalHeader()
        for col, width in enumerate(FIXED_WIDTHS):
            head.resizeSection(col, width)
        self.names.setFixedWidth(sum(FIXED_WIDTHS) + 2 * self.names.frameWidth())
        # State headings take two lines (code, count): both headers get that height.
        heads = (self.names.horizontalHeader(), self.table.horizontalHeader())
        for h in heads:
            h.setMinimumHeight(0)
            h.setMaximumHeight(16777215)
        height = max(h.sizeHint().height() for h in heads)
        for h in heads:
            h.setFixedHeight(height)


def _mirror_sort(other: QTableView, section: int, order: Qt.SortOrder) -> None:
    """Show the sort on both headers without sorting twice."""
    head = other.horizontalHeader()
    head.blockSignals(True)
    head.setSortIndicator(section, order)
    head.blockSignals(False)
    head.viewport().update()
