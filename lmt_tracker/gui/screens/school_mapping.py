"""The import preview's mapping part: each of the file's columns, the field it is read
as (changeable), the first rows as in the file, and the order of day and month.

The user's change is applied by reading the file again with the new mapping (the
review is reopened with the result), so what the review shows is always what would
be stored. Field names are shown in a therapist's words, with the key beside them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.gui import words
from lmt_tracker.gui.widgets.common import label
from lmt_tracker.io.class_mapping import (
    DATE_COLUMNS,
    DELIVERY_COLUMNS,
    ONLINE_SUBJECT_COLUMNS,
    ONLINE_SUFFIX,
    REQUIRED,
    SUBJECT_COLUMNS,
    ColumnMapping,
)

FIELD_WORDS = {
    "student_id": "Student ID", "name": "Name", "total_hours": "Total hours",
    "online_hours": "Online hours", "clinical_hours": "Supervised clinic hours",
    "program_start": "Program start date", "graduation_date": "Graduation date",
    "birth_date": "Birth date", "mblex": "MBLEx result", "mblex_date": "MBLEx date",
}
HOW_WORDS = {"given": "your choice", "exact": "same name", "synonym": "usual name",
             "closest": "closest name — check", "": ""}
DATE_CHOICES = (("Decide from the dates in the file", None),
                ("Day first (31/12/2024)", "day_first"),
                ("Month first (12/31/2024)", "month_first"))


def field_words(field: str) -> str:
    if field in FIELD_WORDS:
        return FIELD_WORDS[field]
    if field.endswith("_law_exam"):
        return f"{field[:2].upper()} law exam result"
    if field.endswith("_state_exam"):
        return f"{field[:2].upper()} state exam result"
    if field.endswith("_practical_exam"):
        return f"{field[:2].upper()} practical exam result"
    if field in ONLINE_SUBJECT_COLUMNS:
        return f"{words.word(field.removesuffix(ONLINE_SUFFIX))} hours taken online"
    return f"{words.word(field)} hours"


def choices(states: Iterable[str]) -> list[str]:
    out = [*REQUIRED, *SUBJECT_COLUMNS, *DELIVERY_COLUMNS, *ONLINE_SUBJECT_COLUMNS,
           *DATE_COLUMNS, "mblex"]
    out += [f"{code.lower()}_law_exam" for code in sorted(states) if len(code) == 2]
    return out


class MappingPanel(QWidget):
    """Headers → fields with a combo each, the first rows, and the date order."""

    def __init__(self, mapping: ColumnMapping, preview: tuple[tuple[str, ...], ...],
                 states: Iterable[str], parent: QWidget | None = None, *,
                 sheets: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.mapping = mapping
        self._fields = choices(states)
        for f in mapping.fields:
            if f and f not in self._fields:
                self._fields.append(f)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(label("Columns: how each of the file's columns is read. Change any, then "
                            "press Re-read. The mapping is remembered for files with the same "
                            "columns.", "muted", wrap=True))
        n = len(mapping.headers)
        rows = min(len(preview), 3)
        self.table = QTableWidget(n, 3 + rows)
        self.table.setObjectName("columnMapping")
        self.table.setAccessibleName("Column mapping")
        self.table.setHorizontalHeaderLabels(
            ["Column in the file", "Read as", "Matched by"]
            + [f"Row {i + 1}" for i in range(rows)])
        self.table.verticalHeader().setVisible(False)
        self.combos: list[QComboBox] = []
        for r, (header, field, how) in enumerate(zip(mapping.headers, mapping.fields,
                                                     mapping.how, strict=True)):
            self.table.setItem(r, 0, QTableWidgetItem(header or f"(column {r + 1}, no name)"))
            combo = QComboBox()
            combo.setAccessibleName(f"Read column {header} as")
            combo.addItem("(ignore this column)", None)
            for f in self._fields:
                combo.addItem(f"{field_words(f)}  [{f}]", f)
            combo.setCurrentIndex(max(combo.findData(field), 0) if field else 0)
            self.table.setCellWidget(r, 1, combo)
            self.combos.append(combo)
            self.table.setItem(r, 2, QTableWidgetItem(HOW_WORDS.get(how, how)))
            for i in range(rows):
                cells = preview[i]
                self.table.setItem(r, 3 + i, QTableWidgetItem(cells[r] if r < len(cells) else ""))
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(label("Slash dates"))
        self.date_order = QComboBox()
        self.date_order.setAccessibleName("Order of day and month in dates")
        for text, value in DATE_CHOICES:
            self.date_order.addItem(text, value)
        self.date_order.setCurrentIndex(max(self.date_order.findData(mapping.date_order), 0))
        row.addWidget(self.date_order)
        self.sheet: QComboBox | None = None
        if len(sheets) > 1:
            row.addWidget(label("Sheet"))
            self.sheet = QComboBox()
            self.sheet.setAccessibleName("Workbook sheet")
            self.sheet.addItems(list(sheets))
            self.sheet.setCurrentIndex(max(self.sheet.findText(mapping.sheet or ""), 0))
            row.addWidget(self.sheet)
        row.addStretch(1)
        lay.addLayout(row)

    def chosen(self) -> ColumnMapping:
        """The mapping as the user left it (a field chosen twice keeps the last choice)."""
        m = self.mapping
        for i, combo in enumerate(self.combos):
            field = combo.currentData()
            if field != m.fields[i]:
                m = m.with_field(i, field)
        sheet = self.sheet.currentText() if self.sheet is not None else m.sheet
        return replace(m, date_order=self.date_order.currentData(), sheet=sheet)
