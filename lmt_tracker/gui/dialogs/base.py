"""The shared shape of a record dialog: a form, Save/Cancel, and inline validation.

Subclasses build their fields on ``self.form``, return a draft from ``draft``,
name the core's validation in ``problems`` and store through ``commit``. Save
shows every problem under its field and keeps the dialog open; nothing is stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from lmt_tracker.domain.core import validation
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.forms import Form, problem_pairs
from lmt_tracker.gui.words import core_error

if TYPE_CHECKING:
    from lmt_tracker.domain.core.field_checks import Problem
    from lmt_tracker.gui.context import AppContext


class FormDialog(QDialog):
    first_field = "title"

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: Any = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = Form()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.form)

    def finish_layout(self) -> None:
        self.body.addStretch(1)
        self.body.addWidget(self.buttons)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Tall enough for its wrapped hints at the width it opens with (nothing cut off)."""
        super().showEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """Grow (never shrink) to the height the form needs at this width, within the screen."""
        self.body.activate()
        width = max(self.width(), self.minimumSizeHint().width())
        needed = self.body.totalHeightForWidth(width)
        if needed > self.height() or width > self.width():
            screen = self.screen()
            limit = screen.availableGeometry().height() - 40 if screen is not None else needed
            self.resize(width, min(max(needed, self.height()), limit))

    def draft(self, problems: list[tuple[str, str]]) -> Any:
        raise NotImplementedError

    def problems(self, record: Any) -> list[Problem]:
        raise NotImplementedError

    def commit(self, record: Any) -> Any:
        raise NotImplementedError

    def save(self) -> None:
        from lmt_tracker.store import ConcurrentEditError, StoreError

        found: list[tuple[str, str]] = []
        record = self.draft(found)
        unreadable = {name for name, _ in found}
        found += problem_pairs(p for p in self.problems(record) if p.field not in unreadable)
        if found:
            self.form.show_problems(found, self.first_field)
            return
        try:
            self.saved = self.commit(record)
        except validation.RecordInvalid as exc:
            self.form.show_problems(problem_pairs(exc.problems), self.first_field)
            return
        except ConcurrentEditError as exc:
            QMessageBox.warning(self, translate("dialogs", "{0}: changed elsewhere — reload")
                                .format(self.windowTitle()), core_error(exc))
            return
        except StoreError as exc:
            QMessageBox.warning(self, translate("dialogs", "{0}: not saved")
                                .format(self.windowTitle()), core_error(exc))
            return
        self.accept()
