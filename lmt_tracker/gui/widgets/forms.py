"""Form rows that show a validation message right under their field.

The core's validation returns ``Problem(field, value, message)``; ``Form.show``
puts each message beside the field it names (``topics[2].hours`` → the topics
row), marks the editor invalid and focuses the first one. A screen reader hears the
message too: it becomes the editor's accessible description (``attach_problem``),
read when the focus lands there, and the field's hint comes back once it is fixed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.gui.translation import translate

if TYPE_CHECKING:
    from lmt_tracker.domain.core.field_checks import Problem

NULL_DATE = QDate(1899, 12, 31)
W = TypeVar("W", bound=QWidget)


class DateEdit(QDateEdit):
    """A date editor with a calendar popup; ``optional`` ones can be left blank ("—").

    Shown in the user's locale order (``words.date_format``). Tab and Shift+Tab always
    move to the next or previous field: QDateTimeEdit keeps the focus on Tab while it
    shows its blank text ("—"), a trap for anyone using the keyboard. Inside the field
    the arrow keys move between day, month and year. On a blank optional date, typing a
    digit or an arrow starts from today; Delete or Backspace on a whole selection blanks it.
    """

    def __init__(self, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from lmt_tracker.gui.words import date_format

        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.optional = optional
        if optional:
            self.setMinimumDate(NULL_DATE)
            self.setSpecialValueText("—")
            self.setDate(NULL_DATE)
        else:
            self.setDate(QDate.currentDate())

    def is_blank(self) -> bool:
        return self.optional and self.date() == NULL_DATE

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = event.key() == Qt.Key.Key_Tab \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            return True
        return super().event(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.optional:
            if self.is_blank() and (Qt.Key.Key_0 <= key <= Qt.Key.Key_9
                                    or key in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
                self.setDate(QDate.currentDate())
                self.setSelectedSection(self.sectionAt(0))
                if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                    return
            elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
                    self.lineEdit().selectedText() == self.lineEdit().text()):
                self.setDate(NULL_DATE)
                return
        super().keyPressEvent(event)

    def value(self) -> dt.date | None:
        q = self.date()
        if self.optional and q == NULL_DATE:
            return None
        return dt.date(q.year(), q.month(), q.day())

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(NULL_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))


def attach_problem(editor: QWidget, message: str, hint: str = "") -> None:
    """Say ``message`` (or, when empty, just ``hint``) as ``editor``'s accessible description.

    Qt tells assistive technology the description changed; the reader says it with the
    field's name when the focus arrives, so the problem is heard where it is fixed.
    """
    text = translate("forms", "Problem: {0}").format(message) if message else ""
    editor.setAccessibleDescription(" ".join(t for t in (text, hint) if t))


def problem_pairs(problems: Iterable[Problem]) -> list[tuple[str, str]]:
    """The core's problems as ``show_problems`` takes them: each field's key (which finds
    its editor) and its message in the window's language."""
    from lmt_tracker.gui.words import core

    return [(p.field, core(p.message)) for p in problems]


def notes_edit(height: int = 60) -> QPlainTextEdit:
    """A notes box where Tab moves on to the next field (it would type a tab character)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def field_key(name: str) -> str:
    """``topics[2].hours`` → ``topics``; ``hours`` → ``hours``."""
    return name.split("[", 1)[0].split(".", 1)[0]


class Form(QWidget):
    """A QFormLayout whose rows each carry an error label (hidden until needed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setVerticalSpacing(6)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.hints: dict[str, str] = {}
        self.captions: list[QLabel] = []

    def showEvent(self, event: QShowEvent) -> None:
        """Every caption as wide as the widest: a row whose field wraps its hint must not
        squeeze its caption ("State or boc"). Measured when shown, in the styled font."""
        super().showEvent(event)
        self._equalize()

    def _equalize(self) -> None:
        shown = [c for c in self.captions if not c.isHidden()]
        widest = max((c.sizeHint().width() for c in shown), default=0)
        for caption in self.captions:
            caption.setMinimumWidth(widest if not caption.isHidden() else 0)

    def add(self, key: str, label: str, editor: W, hint: str = "") -> W:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        if hint:
            tip = QLabel(hint)
            tip.setObjectName("hint")
            tip.setWordWrap(True)
            box.addWidget(tip)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setAccessibleName(translate("forms", "{0} problem").format(label.rstrip(':')))
        error.hide()
        box.addWidget(error)
        if not editor.accessibleName():
            editor.setAccessibleName(label.rstrip(":"))
        self.hints[key] = hint
        if hint and not editor.accessibleDescription():
            editor.setAccessibleDescription(hint)
        caption = QLabel(label)
        caption.setBuddy(editor)
        # A wrapped hint beside it must not squeeze the caption ("State or boc").
        self.captions.append(caption)
        self.layout_.addRow(caption, holder)
        self.editors[key] = editor
        self.errors[key] = error
        return editor

    def set_row_visible(self, editor: QWidget, visible: bool) -> None:
        """Show or hide a field's whole row (caption, editor, hint and problem)."""
        row = editor.parentWidget()  # the holder add() put the editor in
        assert row is not None
        self.layout_.setRowVisible(row, visible)
        if self.isVisible():
            self._equalize()
            self.layout_.invalidate()
            self.updateGeometry()  # the dialog's layout must see the new rows' height

    def clear_problems(self) -> None:
        for key, label in self.errors.items():
            was_shown = bool(label.text())
            label.hide()
            label.clear()
            _mark(self.editors[key], False)
            if was_shown:
                attach_problem(self.editors[key], "", self.hints.get(key, ""))

    def show_problems(self, problems: list[tuple[str, str]], fallback: str) -> list[str]:
        """Show (field, message) pairs; unknown fields go to ``fallback``. Returns keys shown."""
        self.clear_problems()
        shown: dict[str, list[str]] = {}
        for name, message in problems:
            key = field_key(name)
            key = key if key in self.errors else fallback
            shown.setdefault(key, []).append(_sentence(name, message))
        for key, messages in shown.items():
            text = "\n".join(dict.fromkeys(messages))
            self.errors[key].setText(text)
            self.errors[key].show()
            _mark(self.editors[key], True)
            attach_problem(self.editors[key], text.replace("\n", " "), self.hints.get(key, ""))
        if shown:
            first = next(k for k in self.errors if k in shown)
            self.editors[first].setFocus()
        return list(shown)


def _sentence(name: str, message: str) -> str:
    """"is required; enter some text" → "Required: enter some text" (reads well under a field);
    a row's column says its row and column ("Row 1, hours: …")."""
    text = message[3:] if message.startswith("is ") else message
    text = text.replace("; ", " — ", 1)
    prefix = ""
    if "[" in name:
        from lmt_tracker.domain.core.field_words import part_word
        from lmt_tracker.gui.words import core

        index = name.split("[", 1)[1].split("]", 1)[0]
        part = part_word(name)
        if index.isdigit() and part:  # "Row 1, hours: Must be more than zero hours"
            prefix = translate("forms", "Row {0}, {1}: ").format(int(index) + 1, core(part))
        elif index.isdigit():
            prefix = translate("forms", "Row {0}: ").format(int(index) + 1)
    return prefix + text[:1].upper() + text[1:]


def _mark(editor: QWidget, invalid: bool) -> None:
    editor.setProperty("invalid", invalid)
    editor.style().unpolish(editor)
    editor.style().polish(editor)
