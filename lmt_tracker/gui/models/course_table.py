"""The CE course table: a lazy model over any number of courses (no widget per row).

Qt asks only for the cells on screen, so 100,000 rows scroll smoothly. The model
keeps every course, and ``_rows`` — the positions of the visible ones, in sort
order. A save or delete updates one row (``upsert``/``remove``) instead of
re-reading the table, so the user keeps their place.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lmt_tracker.domain.core.records import Course
from lmt_tracker.gui.models.course_filter import CourseFilter, haystack
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.words import date, hours, word

COLUMNS = (translate("course_table", "Completed"), translate("course_table", "Title"),
           translate("course_table", "Provider"), translate("course_table", "Hours"),
           translate("course_table", "Delivery"), translate("course_table", "Topics"),
           translate("course_table", "Certificate"))
DATE, TITLE, PROVIDER, HOURS, DELIVERY, TOPICS, CERT = range(len(COLUMNS))
COURSE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _topics(course: Course) -> str:
    return ", ".join(word(t.topic) for t in course.topics)


def _hours_text(course: Course) -> str:
    text = hours(course.hours)
    if course.in_minutes:
        return translate("course_table", "{text} min").format(text=text)
    if course.hour_minutes == 60:
        return text
    return translate("course_table", "{text} × {0} min").format(course.hour_minutes, text=text)


_SORT_KEYS: dict[int, Callable[[Course], Any]] = {
    DATE: lambda c: c.completed,
    TITLE: lambda c: c.title.lower(),
    PROVIDER: lambda c: c.provider.lower(),
    HOURS: lambda c: c.hours * c.hour_minutes,
    DELIVERY: lambda c: c.delivery,
    TOPICS: _topics,
    CERT: lambda c: c.certificate_sha256 is not None,
}


class CourseTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._courses: list[Course] = []
        self._hay: list[str] = []
        self._rows: list[int] = []  # positions into _courses, ascending by _key
        self._keys: list[Any] = []  # sort key of each visible row (parallel to _rows)
        self._filter = CourseFilter()
        self._column = DATE
        self._descending = True
        self.certificate_names: dict[str, tuple[str, str, int]] = {}

    # -- loading and filtering --------------------------------------------------------------
    def set_courses(self, courses: Sequence[Course],
                    certificate_names: dict[str, tuple[str, str, int]]) -> None:
        self.beginResetModel()
        self._courses = list(courses)
        self._hay = [haystack(c) for c in self._courses]
        self.certificate_names = certificate_names
        self._rebuild()
        self.endResetModel()

    def set_filter(self, course_filter: CourseFilter) -> None:
        if course_filter == self._filter:
            return
        self.beginResetModel()
        self._filter = course_filter
        self._rebuild()
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._courses)

    def _key(self, position: int) -> Any:
        course = self._courses[position]
        return (_SORT_KEYS[self._column](course), course.id or 0)

    def _rebuild(self) -> None:
        f = self._filter
        if f.active:
            visible = [i for i, c in enumerate(self._courses) if f.matches(c, self._hay[i])]
        else:
            visible = list(range(len(self._courses)))
        pairs = sorted((self._key(i), i) for i in visible)
        self._keys = [k for k, _ in pairs]
        self._rows = [i for _, i in pairs]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._column = column if column in _SORT_KEYS else DATE
        self._descending = order == Qt.SortOrder.DescendingOrder
        pairs = sorted((self._key(i), i) for i in self._rows)
        self._keys = [k for k, _ in pairs]
        self._rows = [i for _, i in pairs]
        self.layoutChanged.emit()

    # -- one-row updates ---------------------------------------------------------------------
    def _view_row(self, slot: int) -> int:
        return len(self._rows) - 1 - slot if self._descending else slot

    def _slot_of(self, position: int) -> int | None:
        key = self._key(position)
        slot = bisect_left(self._keys, key)
        if slot < len(self._rows) and self._rows[slot] == position:
            return slot
        return None

    def remove(self, ident: int) -> None:
        position = next((i for i, c in enumerate(self._courses) if c.id == ident), None)
        if position is None:
            return
        self._hide(position)
        last = len(self._courses) - 1
        if position != last:  # move the last course into the hole, keeping positions dense
            moved_slot = self._slot_of(last)
            self._courses[position], self._hay[position] = self._courses[last], self._hay[last]
            if moved_slot is not None:
                self._rows[moved_slot] = position
        self._courses.pop()
        self._hay.pop()

    def _hide(self, position: int) -> None:
        slot = self._slot_of(position)
        if slot is None:
            return
        row = self._view_row(slot)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[slot]
        del self._keys[slot]
        self.endRemoveRows()

    def upsert(self, course: Course) -> None:
        """Show a saved course where it now belongs (or hide it if the filter excludes it)."""
        position = next((i for i, c in enumerate(self._courses) if c.id == course.id), None)
        if position is None:
            position = len(self._courses)
            self._courses.append(course)
            self._hay.append(haystack(course))
        else:
            self._hide(position)
            self._courses[position] = course
            self._hay[position] = haystack(course)
        if not self._filter.matches(course, self._hay[position]):
            return
        key = self._key(position)
        slot = bisect_left(self._keys, key)
        row = len(self._rows) - slot if self._descending else slot
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(slot, position)
        self._keys.insert(slot, key)
        self.endInsertRows()

    # -- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def course_at(self, row: int) -> Course:
        return self._courses[self._rows[self._view_row(row)]]

    def row_of(self, ident: int) -> int | None:
        for slot, position in enumerate(self._rows):
            if self._courses[position].id == ident:
                return self._view_row(slot)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        course = self.course_at(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(course, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(course, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == COURSE_ROLE:
            return course
        return None

    def _text(self, course: Course, column: int) -> str:
        if column == DATE:
            return date(course.completed)
        if column == TITLE:
            return course.title
        if column == PROVIDER:
            return course.provider
        if column == HOURS:
            return _hours_text(course)
        if column == DELIVERY:
            return word(course.delivery)
        if column == TOPICS:
            return _topics(course)
        if course.certificate_sha256 is None:
            return ""
        name = self.certificate_names.get(course.certificate_sha256)
        kind = name[1].split("/")[-1].upper() if name else "file"
        return f"✓ {kind}"

    def _tooltip(self, course: Course, column: int) -> str | None:
        if column == TITLE:
            approvals = ", ".join(f"{a.body} {a.number}" for a in course.approvals)
            return course.title + (translate("course_table", "\nApprovals: {approvals}")
                                   .format(approvals=approvals) if approvals else "")
        if column == HOURS and course.in_minutes:
            return (translate("course_table", "{0} minutes, as the certificate states: each "
                              "board turns them into its own hours (see a "
                              "credential's details)").format(hours(course.hours)))
        if column == HOURS and course.hour_minutes != 60:
            return translate("course_table",
                             "{0} hours of {1} minutes").format(hours(course.hours),
                                                                course.hour_minutes)
        if column == CERT and course.certificate_sha256:
            name = self.certificate_names.get(course.certificate_sha256)
            return (name[0] if name else translate("course_table", "Certificate")) + translate(
                "course_table", " — select the course to preview it")
        return None
