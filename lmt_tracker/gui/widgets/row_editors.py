"""Small repeating-row editors for forms: topic hours, approval numbers, subject hours."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import tool_button
from lmt_tracker.gui.words import word


def _previous_focusable(widget: QWidget) -> QWidget:
    """The widget Tab reaches just before ``widget`` (captions and hints take no focus:
    Qt ignores a tab order set after one of them, and the row would land after Save)."""
    previous = widget.previousInFocusChain()
    while (previous is not None and previous is not widget
           and not previous.focusPolicy() & Qt.FocusPolicy.TabFocus):
        previous = previous.previousInFocusChain()
    return previous if previous is not None else widget  # a focus chain always goes round


class RowsEditor(QWidget):
    """Rows of editors, each a key chooser and/or text fields, with add and remove buttons.

    ``columns`` describes each row: ("choice", keys, label) or ("text", placeholder, label).
    ``values()`` returns every row as a tuple of strings (keys for choices).
    """

    def __init__(self, columns: Sequence[tuple[str, object, str]], add_text: str,
                 parent: QWidget | None = None, *, enter_adds_row: bool = False) -> None:
        super().__init__(parent)
        self.columns = columns
        self.enter_adds_row = enter_adds_row
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(4)
        self.rows: list[tuple[QWidget, list[QWidget], QWidget]] = []
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.setAutoDefault(False)  # Enter in a dialog must not "click" it
        self.add_button.clicked.connect(lambda _=False: self.add_row(focus=True))
        self.box.addWidget(self.add_button)

    def add_row(self, values: Sequence[str] = (), *, focus: bool = False) -> list[QWidget]:
        """Add a row; ``focus`` puts the keyboard in its first field (typing picks a key)."""
        holder = QWidget()
        lay = QHBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        editors: list[QWidget] = []
        number = len(self.rows) + 1
        for i, (kind, spec, name) in enumerate(self.columns):
            value = values[i] if i < len(values) else ""
            editor = self._editor(kind, spec, value)
            editor.setAccessibleName(f"{name} {number}")
            lay.addWidget(editor, 2 if kind == "choice" else 1)
            editors.append(editor)
        remove = tool_button("close", translate("row_editors", "Remove row {number}")
                             .format(number=number), lambda: self.remove_row(holder))
        lay.addWidget(remove)
        # Tab goes row by row, field by field, then on to the Add button (a new widget
        # would otherwise join the end of the window's focus chain, after Save).
        anchor = self.rows[-1][2] if self.rows else _previous_focusable(self.add_button)
        assert anchor is not None  # a focus chain always goes round
        self.box.insertWidget(self.box.count() - 1, holder)
        if self.isVisible():
            holder.show()  # now, not at the next event loop turn: focus may go there at once
        for before, after in zip([anchor, *editors], [*editors, remove], strict=True):
            QWidget.setTabOrder(before, after)
        QWidget.setTabOrder(remove, self.add_button)
        self.rows.append((holder, editors, remove))
        last = editors[-1]
        if self.enter_adds_row and isinstance(last, QLineEdit):
            last.installEventFilter(self)
        if focus:
            editors[0].setFocus()
        return editors

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a row's last field adds the next row (instead of saving the dialog)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.add_row(focus=True)
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _editor(kind: str, spec: object, value: str) -> QWidget:
        if kind == "choice":
            combo = QComboBox()
            for key in spec:  # type: ignore[attr-defined]
                combo.addItem(word(key), key)
            if value:
                combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        edit = QLineEdit(value)
        edit.setPlaceholderText(str(spec))
        return edit

    def remove_row(self, holder: QWidget) -> None:
        self.rows = [row for row in self.rows if row[0] is not holder]
        holder.setParent(None)
        holder.deleteLater()

    def set_rows(self, rows: Iterable[Sequence[str]]) -> None:
        for holder, *_ in list(self.rows):
            self.remove_row(holder)
        for values in rows:
            self.add_row(values)

    def values(self) -> list[tuple[str, ...]]:
        out = []
        for _, editors, _remove in self.rows:
            row = []
            for editor in editors:
                if isinstance(editor, QComboBox):
                    row.append(str(editor.currentData()))
                else:
                    row.append(editor.text().strip())  # type: ignore[attr-defined]
            out.append(tuple(row))
        return out
