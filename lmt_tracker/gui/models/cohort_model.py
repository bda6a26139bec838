"""The cohort matrix: rows are graduates, columns jurisdictions, cells eligible or short.

A lazy table model over a finished :class:`CohortAudit` (never a widget per cell), so
10,000 graduates × 50 states scroll freely. Tooltip text is built on demand and
memoised per result object, which members of a cohort share.

The model sorts itself: one key per row and Python's ``sorted`` take milliseconds,
where a proxy comparing rows through ``data()`` makes ~300,000 Python calls and
freezes the window for a second on a big class. :class:`CohortFilter`, a
``QSortFilterProxyModel``, forwards sorting to it and filters by text, by verdict
and by jurisdiction.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from lmt_tracker.domain.entry.cohort import (
    ELIGIBLE,
    SHORT,
    CohortAudit,
    GraduateAudit,
    shortfalls,
    state_of,
    to_confirm,
)
from lmt_tracker.domain.entry.compiled import EligibilityResult
from lmt_tracker.gui import theme
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.words import core

FIXED: Final = (translate("cohort_model", "Student ID"), translate("cohort_model", "Name"),
                translate("cohort_model", "Eligible"))
MARKS: Final = {ELIGIBLE: "✓", SHORT: "✗"}
WORDS: Final = {ELIGIBLE: "eligible", SHORT: "short"}
_Index = QModelIndex | QPersistentModelIndex


def tooltip_for(name: str, column_name: str, result: EligibilityResult) -> str:
    """Plain text: the verdict and, when short, every item that is missing."""
    state = state_of(result)
    if state == ELIGIBLE:
        head = translate("cohort_model",
                         "{name} — {column_name}: eligible").format(name=name,
                                                                    column_name=column_name)
    elif state == SHORT:
        head = translate("cohort_model",
                         "{name} — {column_name}: short").format(name=name, column_name=column_name)
    else:
        return translate("cohort_model", "{column_name}: not regulated — no verdict").format(
            column_name=column_name)
    lines = [head]
    lines += [f"• {core(f.message)}" for f in shortfalls(result)]
    confirm = to_confirm(result)
    if confirm:
        lines.append(translate("cohort_model", "To confirm ({0}): ")
                     .format(len(confirm)) + ", ".join(core(f.label) for f in confirm))
    return "\n".join(lines)


class CohortModel(QAbstractTableModel):
    """Read-only matrix over one audit; ``set_audit`` swaps the whole thing."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.audit: CohortAudit | None = None
        self._rows: list[GraduateAudit] = []  # in display order
        self._tips: dict[int, str] = {}
        self._sort = (1, Qt.SortOrder.AscendingOrder)

    # -- content -------------------------------------------------------------------------
    def set_audit(self, audit: CohortAudit | None) -> None:
        """Show a new audit, sorted as the last one was."""
        self.beginResetModel()
        self.audit = audit
        self._tips.clear()
        self._rows = list(audit.rows) if audit is not None else []
        self._order(*self._sort)
        self.endResetModel()

    def row_audit(self, row: int) -> GraduateAudit | None:
        if not 0 <= row < len(self._rows):
            return None
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    # -- sorting -------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows, keeping selections and other persistent indexes on their rows."""
        self._sort = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = {id(row): i for i, row in enumerate(self._rows)}
        self._order(column, order)
        after = {id(row): i for i, row in enumerate(self._rows)}
        moved = {old: after[key] for key, old in before.items()}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(moved[i.row()], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def _order(self, column: int, order: Qt.SortOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if column == 0:
            def key(row: GraduateAudit) -> tuple[object, ...]:
                return (row.graduate.student_id.casefold(),)
        elif column == 2:
            def key(row: GraduateAudit) -> tuple[object, ...]:
                return (row.eligible_count, row.graduate.name.casefold())
        elif column >= len(FIXED):
            j = column - len(FIXED)
            rank = {ELIGIBLE: 2, SHORT: 0}

            def key(row: GraduateAudit) -> tuple[object, ...]:
                return (rank.get(state_of(row.results[j]), 1), row.graduate.name.casefold())
        else:
            def key(row: GraduateAudit) -> tuple[object, ...]:
                return (row.graduate.name.casefold(), row.graduate.student_id)
        self._rows.sort(key=key, reverse=descending)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.audit is None:
            return 0
        return len(FIXED) + len(self.audit.columns)

    # -- cells ---------------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.audit is None or not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if col < len(FIXED):
            return self._fixed(row, col, role)
        return self._cell(row, col - len(FIXED), role)

    def _fixed(self, row: GraduateAudit, col: int, role: int) -> Any:
        g = row.graduate
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return g.student_id
            if col == 1:
                return g.name
            return str(row.eligible_count)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return translate("cohort_model",
                             "Eligible in {0} of {1} jurisdictions").format(row.eligible_count,
                                                                            len(row.results))
        return None

    def _cell(self, row: GraduateAudit, j: int, role: int) -> Any:
        result = row.results[j]
        state = state_of(result)
        if role == Qt.ItemDataRole.DisplayRole:
            return MARKS.get(state, "–")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return WORDS.get(state, "not regulated")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, result)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return _tint(state)
        if role == Qt.ItemDataRole.ForegroundRole:
            colours = theme.colours()
            return QColor({ELIGIBLE: colours.ok, SHORT: colours.bad}.get(state, colours.muted))
        return None

    def _tooltip(self, row: GraduateAudit, result: EligibilityResult) -> str:
        text = self._tips.get(id(result))
        if text is None:
            # The graduate's name is per row; the rest is shared by the result object.
            text = self._tips[id(result)] = tooltip_for("\x00", result.name, result)
        return text.replace("\x00", row.graduate.name)

    # -- headers -------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.audit is None:
            return None
        if section < len(FIXED):
            return FIXED[section] if role == Qt.ItemDataRole.DisplayRole else None
        j = section - len(FIXED)
        column = self.audit.columns[j]
        eligible = self.audit.eligible_counts[j]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{column.code}\n✓ {eligible}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return (translate("cohort_model", "{0}: {eligible} of {1} graduates eligible, {2} "
                              "short").format(column.name, len(self.audit.rows),
                                              self.audit.short_counts[j], eligible=eligible))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("cohort_model",
                             "{0}, {eligible} eligible").format(column.name, eligible=eligible)
        return None


#: The cell's wash of its status colour: light enough that the ✓/✗ drawn in that colour
#: keeps 4.5:1 on it in every theme (tests/gui/test_contrast.py; 38 gave 4.34:1 in light).
TINT_ALPHA: Final = 26


def _tint(state: str) -> QColor | None:
    colours = theme.colours()
    base = {ELIGIBLE: colours.ok, SHORT: colours.bad}.get(state)
    if base is None:
        return None
    colour = QColor(base)
    colour.setAlpha(TINT_ALPHA)
    return colour


ANY: Final = ""  # filter: every jurisdiction


class CohortFilter(QSortFilterProxyModel):
    """Filter rows by name or id text, and by verdict (in one jurisdiction or in all)."""

    SHOW_ALL: Final = "all"
    SHOW_SHORT: Final = "short"
    SHOW_ELIGIBLE: Final = "eligible"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._show = self.SHOW_ALL
        self._code = ANY

    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text == self._text:
            return
        self._begin()
        self._text = text
        self._end()

    def set_verdict(self, show: str, code: str = ANY) -> None:
        """``show``: all | short | eligible; ``code``: one jurisdiction, or ANY for all."""
        if (show, code) == (self._show, self._code):
            return  # refiltering 10,000 rows is not free
        self._begin()
        self._show, self._code = show, code
        self._end()

    # Qt 6.10 deprecates invalidateFilter() for a begin/end pair; support both.
    def _begin(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()

    def _end(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (fast); the proxy keeps its order and only filters."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CohortModel)
        row = model.row_audit(source_row)
        if row is None:
            return False
        g = row.graduate
        if self._text and self._text not in g.name.casefold() \
                and self._text not in g.student_id.casefold():
            return False
        if self._show == self.SHOW_ALL:
            return True
        results = row.results
        if self._code != ANY and model.audit is not None:
            try:
                results = (results[model.audit.index_of(self._code)],)
            except KeyError:
                return True
        if self._show == self.SHOW_SHORT:
            return any(r.eligible is False for r in results)
        return all(r.eligible is not False for r in results) and any(r.eligible for r in results)
