"""The course form's "Counts toward" choice: every credential whose rules accept it, or
only those the user ticks.

Its own widget so the course dialog stays one screenful of reading; the strings keep the
``course_dialog`` translation context they were written under, so the catalog is unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.domain.core.records import Credential
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.words import word


class CountsToward(QWidget):
    """Two radio buttons and a checkable list of the user's credentials."""

    def __init__(self, credentials: Iterable[Credential], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.applies_all = QRadioButton(translate("course_dialog", "Every credential whose "
                                                  "rules accept it"))
        self.applies_some = QRadioButton(translate("course_dialog", "Only these credentials:"))
        group = QButtonGroup(self)
        group.addButton(self.applies_all)
        group.addButton(self.applies_some)
        self.applies_all.setChecked(True)
        self.applies_list = QListWidget()
        self.applies_list.setAccessibleName(translate("course_dialog", "Credentials this course "
                                                      "counts toward"))
        self.applies_list.setMaximumHeight(90)
        for c in credentials:
            item = QListWidgetItem(f"{c.jurisdiction} · {c.title or word(c.kind)}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.applies_list.addItem(item)
        self.applies_list.setEnabled(False)
        self.applies_some.toggled.connect(self.applies_list.setEnabled)
        for w in (self.applies_all, self.applies_some, self.applies_list):
            lay.addWidget(w)

    def set_chosen(self, applies_to: Iterable[int] | None) -> None:
        """Show a course's choice: None is every credential, else the ids ticked."""
        if applies_to is None:
            return
        chosen_ids = set(applies_to)
        self.applies_some.setChecked(True)
        for i in range(self.applies_list.count()):
            item = self.applies_list.item(i)
            chosen = item.data(Qt.ItemDataRole.UserRole) in chosen_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def chosen(self, problems: list[tuple[str, str]]) -> tuple[int, ...] | None:
        """The ids ticked, or None for every credential; "only these" with none ticked is a
        problem on ``applies_to``."""
        if not self.applies_some.isChecked():
            return None
        applies = tuple(
            self.applies_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.applies_list.count())
            if self.applies_list.item(i).checkState() == Qt.CheckState.Checked)
        if not applies:
            problems.append(("applies_to", translate("course_dialog", "choose at least one "
                                                     "credential, or choose "
                                                     "“every credential”")))
        return applies
