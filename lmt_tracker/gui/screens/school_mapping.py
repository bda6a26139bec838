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
from lmt_tracker.gui.translation import translate
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
    "student_id": translate("school_mapping", "Student ID"), "name": translate("school_mapping",
                                                                               "Name"),
               "total_hours": translate("school_mapping", "Total hours"),
    "online_hours": translate("school_mapping", "Online hours"),
               "clinical_hours": translate("school_mapping", "Supervised clinic hours"),
    "program_start": translate("school_mapping", "Program start date"),
               "graduation_date": translate("school_mapping", "Graduation date"),
    "birth_date": translate("school_mapping", "Birth date"),
               "mblex": translate("school_mapping", "MBLEx result"),
               "mblex_date": translate("school_mapping", "MBLEx date"),
}
HOW_WORDS = {"given": translate("school_mapping", "your choice"),
             "exact": translate("school_mapping", "same name"),
             "synonym": translate("school_mapping", "usual name"),
             "closest": translate("school_mapping", "closest name — check"), "": ""}
DATE_CHOICES = ((translate("school_mapping", "Decide from the dates in the file"), None),
                (translate("school_mapping", "Day first (31/12/2024)"), "day_first"),
                (translate("school_mapping", "Month first (12/31/2024)"), "month_first"))


def field_words(field: str) -> str:
    if field in FIELD_WORDS:
        return FIELD_WORDS[field]
    if field.endswith("_law_exam"):
        return translate("school_mapping", "{0} law exam result").format(field[:2].upper())
    if field.endswith("_state_exam"):
        return translate("school_mapping", "{0} state exam result").format(field[:2].upper())
    if field.endswith("_practical_exam"):
        return translate("school_mapping", "{0} practical exam result").format(field[:2].upper())
    if field in ONLINE_SUBJECT_COLUMNS:
        return translate("school_mapping", "{0} hours taken online").format(
            words.word(field.removesuffix(ONLINE_SUFFIX)))
    return translate("school_mapping", "{0} hours").format(words.word(field))


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
        lay.addWidget(label(translate("school_mapping", "Columns: how each of the file's "
                                      "columns is read. Change any, then "
                                      "press Re-read. The mapping is "
                                      "remembered for files with the same "
                                      "columns."), "muted", wrap=True))
        n = len(mapping.headers)
        rows = min(len(preview), 3)
        self.table = QTableWidget(n, 3 + rows)
        self.table.setObjectName("columnMapping")
        self.table.setAccessibleName(translate("school_mapping", "Column mapping"))
        self.table.setHorizontalHeaderLabels(
            [translate("school_mapping", "Column in the file"), translate("school_mapping",
                                                                          "Read as"),
             translate("school_mapping", "Matched by")]
            + [translate("school_mapping", "Row {0}").format(i + 1) for i in range(rows)])
        self.table.verticalHeader().setVisible(False)
        self.combos: list[QComboBox] = []
        for r, (header, field, how) in enumerate(zip(mapping.headers, mapping.fields,
                                                     mapping.how, strict=True)):
            self.table.setItem(r, 0, QTableWidgetItem(header or translate("school_mapping",
                                                                          "(column {0}, no name)")
                                                      .format(r + 1)))
            combo = QComboBox()
            combo.setAccessibleName(translate("school_mapping", "Read column {header} as")
                                    .format(header=header))
            combo.addItem(translate("school_mapping", "(ignore this column)"), None)
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
        row.addWidget(label(translate("school_mapping", "Slash dates")))
        self.date_order = QComboBox()
        self.date_order.setAccessibleName(translate("school_mapping", "Order of day and month in "
                                                    "dates"))
        for text, value in DATE_CHOICES:
            self.date_order.addItem(text, value)
        self.date_order.setCurrentIndex(max(self.date_order.findData(mapping.date_order), 0))
        row.addWidget(self.date_order)
        self.sheet: QComboBox | None = None
        if len(sheets) > 1:
            row.addWidget(label(translate("school_mapping", "Sheet")))
            self.sheet = QComboBox()
            self.sheet.setAccessibleName(translate("school_mapping", "Workbook sheet"))
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
