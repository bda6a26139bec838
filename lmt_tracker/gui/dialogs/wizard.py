"""First run: name, state(s) and licence, or the demo, or an import — in three short steps.

The wizard only collects and validates; the main window performs the choice
(``actions.create_first_record``, or the demo/import in the background).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lmt_tracker.domain import validation
from lmt_tracker.domain.records import Credential, Therapist
from lmt_tracker.gui.dialogs.credential_dialog import combo_code, jurisdiction_combo
from lmt_tracker.gui.icons import app_icon
from lmt_tracker.gui.widgets.common import button, label
from lmt_tracker.gui.widgets.forms import DateEdit, Form

if TYPE_CHECKING:
    from lmt_tracker.gui.context import AppContext

SET_UP, DEMO, IMPORT = "set_up", "demo", "import"
START, PROFILE, LICENCES = range(3)


class StartPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Welcome to LMT Tracker")
        self.setSubTitle("Your licences, exams and continuing education in one private, "
                         "offline record. How would you like to start?")
        lay = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.options: dict[str, QRadioButton] = {}
        for key, text, hint in (
            (SET_UP, "Set up my record", "Your name, your state(s) and licence: two minutes."),
            (DEMO, "Explore with demo data",
             "A sample therapist licensed in Florida and New York."),
            (IMPORT, "Import an export file", "Bring in a .json file exported from LMT Tracker."),
        ):
            radio = QRadioButton(text)
            radio.setAccessibleName(text)
            self.group.addButton(radio)
            self.options[key] = radio
            lay.addWidget(radio)
            tip = label(hint, "muted", wrap=True)
            tip.setContentsMargins(24, 0, 0, 8)
            lay.addWidget(tip)
        self.options[SET_UP].setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self.completeChanged.emit())
        lay.addStretch(1)

    def choice(self) -> str:
        return next(k for k, r in self.options.items() if r.isChecked())

    def nextId(self) -> int:
        return PROFILE if self.choice() == SET_UP else -1


class ProfilePage(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle("About you")
        self.setSubTitle("Your name as it appears on your licence.")
        lay = QVBoxLayout(self)
        self.form = Form()
        self.first = self.form.add("first_name", "First name:", QLineEdit())
        self.last = self.form.add("last_name", "Last name:", QLineEdit())
        self.birth = self.form.add("birth_date", "Birth date (optional):", DateEdit(optional=True),
                                   "Some states renew licences in your birth month.")
        lay.addWidget(self.form)
        lay.addStretch(1)

    def therapist(self) -> Therapist:
        return Therapist(self.first.text().strip(), self.last.text().strip(), self.birth.value())

    def validatePage(self) -> bool:
        problems = validation.therapist_problems(self.therapist(), self.ctx.today())
        self.form.show_problems([(p.field, p.message) for p in problems], "first_name")
        return not problems


class LicencePage(QWizardPage):
    """One row per state licence (or certification); a student may have none yet."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle("Your licence")
        self.setSubTitle("The state(s) you hold a licence in, its number and the dates printed "
                         "on it. You can add more later.")
        lay = QVBoxLayout(self)
        self.grid = QGridLayout()
        for column, text in enumerate(("State", "Licence number", "Issued", "Expires")):
            self.grid.addWidget(label(text, "muted"), 0, column)
        for column, stretch in enumerate((3, 2, 1, 1)):
            self.grid.setColumnStretch(column, stretch)
        lay.addLayout(self.grid)
        self.rows: list[tuple[QWidget, QLineEdit, DateEdit, DateEdit]] = []
        lay.addWidget(button("Add another state", self.add_row, icon_name="add"))
        self.student = QCheckBox("I have no licence yet (student or new graduate)")
        self.student.setAccessibleName("No licence yet")
        self.student.toggled.connect(self._student_toggled)
        lay.addWidget(self.student)
        self.errors = label("", "fieldError", wrap=True)
        self.errors.setAccessibleName("Licence problems")
        lay.addWidget(self.errors)
        lay.addStretch(1)
        self.add_row()

    def add_row(self) -> None:
        row = len(self.rows) + 1
        state = jurisdiction_combo(self.ctx, "FL" if row == 1 else "")
        number, issued, expires = QLineEdit(), DateEdit(optional=True), DateEdit(optional=True)
        for column, (widget, name) in enumerate(((state, "State"), (number, "Licence number"),
                                                 (issued, "Issued"), (expires, "Expires"))):
            widget.setAccessibleName(f"{name} {row}")
            self.grid.addWidget(widget, row, column)
        self.rows.append((state, number, issued, expires))

    def _student_toggled(self, on: bool) -> None:
        for widgets in self.rows:
            for w in widgets:
                w.setEnabled(not on)

    def credentials(self) -> list[Credential]:
        if self.student.isChecked():
            return []
        return [Credential("state_license", combo_code(state), number.text().strip(),  # type: ignore[arg-type]
                           "Licensed Massage Therapist", issued.value(), expires.value())
                for state, number, issued, expires in self.rows]

    def validatePage(self) -> bool:
        messages = []
        for i, c in enumerate(self.credentials(), start=1):
            for p in validation.credential_problems(c, self.ctx.today()):
                messages.append(f"Row {i}: {p.field.replace('_', ' ')} {p.message}")
        self.errors.setText("\n".join(messages))
        return not messages


class FirstRunWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set up LMT Tracker")
        self.setAccessibleName("First-run setup")
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(680, 500)
        self.start = StartPage()
        self.profile = ProfilePage(ctx)
        self.licences = LicencePage(ctx)
        self.setPage(START, self.start)
        self.setPage(PROFILE, self.profile)
        self.setPage(LICENCES, self.licences)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))

    def choice(self) -> str:
        return self.start.choice()

    def result_records(self) -> tuple[Therapist, list[Credential]]:
        return self.profile.therapist(), self.licences.credentials()
