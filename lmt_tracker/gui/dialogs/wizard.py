"""First run: name, states and licenses, or the demo, or an import — in three short steps.

The wizard only collects and validates; the main window performs the choice
(``actions.create_first_record``, or the demo/import in the background). Every
choice on the first page leads to a page of its own that ends in Finish: a page
whose next page changes with a radio button would leave QWizard's buttons stale
(Next doing nothing, no Finish), a dead end for a new user.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lmt_tracker.domain.core import validation
from lmt_tracker.domain.core.records import Credential, Therapist
from lmt_tracker.gui.dialogs.credential_dialog import (
    combo_code,
    jurisdiction_combo,
    past_expiry_warning,
)
from lmt_tracker.gui.icons import app_icon
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import button, label
from lmt_tracker.gui.widgets.forms import DateEdit, Form, attach_problem, problem_pairs
from lmt_tracker.gui.words import core

if TYPE_CHECKING:
    from lmt_tracker.gui.context import AppContext

SET_UP, DEMO, IMPORT = "set_up", "demo", "import"
FIELD_NAMES = {"number": translate("wizard", "License number"),
               "issue_date": translate("wizard", "Issued"),
               "expiry_date": translate("wizard", "Expires"),
               "jurisdiction": translate("wizard", "State"), "title": translate("wizard", "Title")}
START, PROFILE, LICENCES, DEMO_PAGE, IMPORT_PAGE = range(5)


class StartPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("wizard", "Welcome to LMT Tracker"))
        self.setSubTitle(translate("wizard", "Your licenses, exams and continuing education in "
                                   "one private, offline record. How would you like "
                                   "to start?"))
        lay = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.options: dict[str, QRadioButton] = {}
        for key, text, hint in (
            (SET_UP, translate("wizard", "Set up my record"),
             translate("wizard", "Your name, your states and licenses: two minutes.")),
            (DEMO, translate("wizard", "Explore with demo data"),
             translate("wizard", "A sample therapist licensed in Florida and New York, in a "
                       "file of its own.")),
            (IMPORT, translate("wizard", "Import an export file"),
             translate("wizard", "Bring in a .json file exported from LMT Tracker.")),
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
        return {SET_UP: PROFILE, DEMO: DEMO_PAGE, IMPORT: IMPORT_PAGE}[self.choice()]


class DemoPage(QWizardPage):
    """Say where the demo lives before opening it: never mistaken for your own record."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("wizard", "Explore with demo data"))
        self.setSubTitle(translate("wizard", "A sample therapist licensed in Florida and New "
                                   "York, with courses, certificates and exams."))
        lay = QVBoxLayout(self)
        self.note = label(
            translate("wizard", "The demo opens in a separate file, so it never mixes with your "
                      "own record. A banner reads “Sample data — not your record” "
                      "while it is open; File › Leave the demo brings you back to "
                      "your own database."), wrap=True)
        lay.addWidget(self.note)
        lay.addStretch(1)
        self.setFinalPage(True)

    def nextId(self) -> int:
        return -1


class ImportPage(QWizardPage):
    """Choose the export file here, so Finish imports it (no second file dialog)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("wizard", "Import an export file"))
        self.setSubTitle(translate("wizard", "A .json file exported from LMT Tracker (File › "
                                   "Export everything)."))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(translate("wizard", "Export file"))
        self.path.setPlaceholderText(translate("wizard", "Choose the .json file…"))
        row.addWidget(self.path, 1)
        row.addWidget(button(translate("wizard", "Choose file…"), self.choose, icon_name="open"))
        lay.addLayout(row)
        self.error = label("", "fieldError", wrap=True)
        self.error.setAccessibleName(translate("wizard", "Export file problem"))
        lay.addWidget(self.error)
        lay.addStretch(1)
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.setFinalPage(True)

    def choose(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, translate("wizard", "Import an export file"),
                                              str(Path.home()),
                                              translate("wizard", "LMT Tracker export (*.json)"))
        if name:
            self.path.setText(name)

    def chosen(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        if not self.chosen().is_file():
            self.error.setText(translate("wizard", "Export file: {0} is not a file — choose the "
                                         ".json file exported from LMT Tracker.")
                               .format(self.chosen()))
            attach_problem(self.path, self.error.text())
            return False
        self.error.clear()
        attach_problem(self.path, "")
        return True

    def nextId(self) -> int:
        return -1


class ProfilePage(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(translate("wizard", "About you"))
        self.setSubTitle(translate("wizard", "Your name as it appears on your license."))
        lay = QVBoxLayout(self)
        self.form = Form()
        self.first = self.form.add("first_name", translate("wizard", "First name:"), QLineEdit())
        self.last = self.form.add("last_name", translate("wizard", "Last name:"), QLineEdit())
        self.birth = self.form.add("birth_date", translate("wizard", "Birth date (optional):"),
                                   DateEdit(optional=True),
                                   translate("wizard", "Some states renew licenses in your "
                                             "birth month."))
        lay.addWidget(self.form)
        lay.addStretch(1)

    def nextId(self) -> int:
        return LICENCES

    def therapist(self) -> Therapist:
        return Therapist(self.first.text().strip(), self.last.text().strip(), self.birth.value())

    def validatePage(self) -> bool:
        problems = validation.therapist_problems(self.therapist(), self.ctx.today())
        self.form.show_problems(problem_pairs(problems), "first_name")
        return not problems


class LicencePage(QWizardPage):
    """One row per state license (or certification); a student may have none yet."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(translate("wizard", "Your license"))
        self.setSubTitle(translate("wizard", "Each state you hold a license in, its number and "
                                   "the dates printed on it. You can add more later."))
        lay = QVBoxLayout(self)
        self.grid = QGridLayout()
        for column, text in enumerate((translate("wizard", "State"), translate("wizard",
                                                                               "License number"),
                                       translate("wizard", "Issued"),
                                       translate("wizard", "Expires"))):
            self.grid.addWidget(label(text, "muted"), 0, column)
        for column, stretch in enumerate((3, 2, 1, 1)):
            self.grid.setColumnStretch(column, stretch)
        lay.addLayout(self.grid)
        self.rows: list[tuple[QComboBox, QLineEdit, DateEdit, DateEdit]] = []
        self._confirmed: dict[int, object] = {}
        lay.addWidget(button(translate("wizard", "Add another state"), self.add_row,
                             icon_name="add"))
        self.student = QCheckBox(translate("wizard", "I have no license yet (student or new "
                                           "graduate)"))
        self.student.setAccessibleName(translate("wizard", "No license yet"))
        self.student.toggled.connect(self._student_toggled)
        lay.addWidget(self.student)
        lay.addWidget(label(translate("wizard", "The dates let LMT Tracker place your renewal "
                                      "cycle: without them it says what is missing "
                                      "rather than guess."), "muted", wrap=True))
        self.errors = label("", "fieldError", wrap=True)
        self.errors.setAccessibleName(translate("wizard", "License problems"))
        lay.addWidget(self.errors)
        lay.addStretch(1)
        self.add_row()

    def add_row(self) -> None:
        row = len(self.rows) + 1
        state = jurisdiction_combo(self.ctx, "", placeholder=translate("wizard",
                                                                       "Choose your state…"),
                                   states_only=True)
        number, issued, expires = QLineEdit(), DateEdit(optional=True), DateEdit(optional=True)
        for column, (widget, name) in enumerate(((state, translate("wizard", "State")),
                                                 (number, translate("wizard", "License number")),
                                                 (issued, translate("wizard", "Issued")),
                                                 (expires, translate("wizard", "Expires")))):
            widget.setAccessibleName(f"{name} {row}")
            self.grid.addWidget(widget, row, column)
        self.rows.append((state, number, issued, expires))

    def _student_toggled(self, on: bool) -> None:
        for widgets in self.rows:
            for w in widgets:
                w.setEnabled(not on)

    def nextId(self) -> int:
        return -1  # the last page of "Set up my record": Finish

    def credentials(self) -> list[Credential]:
        if self.student.isChecked():
            return []
        return [Credential("state_license", combo_code(state),
                           number.text().strip(),  # type: ignore[arg-type]
                           "Licensed Massage Therapist", issued.value(),
                           expires.value())
                for state, number, issued, expires in self.rows]

    def validatePage(self) -> bool:
        messages = []
        problems: dict[QWidget, list[str]] = {}  # each message on its editor, for a reader
        today = self.ctx.today()
        for i, c in enumerate(self.credentials(), start=1):
            state, number, issued, expires = self.rows[i - 1]
            editors = {"jurisdiction": state, "number": number, "issue_date": issued,
                       "expiry_date": expires}
            if not c.jurisdiction:
                messages.append(translate("wizard", "Row {i}: State — choose your state from "
                                          "the list.").format(i=i))
                problems.setdefault(state, []).append(messages[-1])
                continue
            for p in validation.credential_problems(c, today):
                messages.append(translate("wizard", "Row {i}: {0} {1}")
                                .format(FIELD_NAMES.get(p.field) or core(p.label),
                                        core(p.message), i=i))
                problems.setdefault(editors.get(p.field, state), []).append(messages[-1])
            warning = past_expiry_warning(c.expiry_date, c.status, today)
            if warning and not messages and self._confirmed.get(i) != c.expiry_date:
                self._confirmed[i] = c.expiry_date
                messages.append(translate("wizard", "Row {i}: Expires — {0}")
                                .format(warning.replace('Save', 'Next'), i=i))
                problems.setdefault(expires, []).append(messages[-1])
        self.errors.setText("\n".join(messages))
        for row in self.rows:
            for editor in row:
                attach_problem(editor, " ".join(problems.get(editor, ())))
        if problems:
            next(iter(problems)).setFocus()
        return not messages


class FirstRunWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("wizard", "Set up LMT Tracker"))
        self.setAccessibleName(translate("wizard", "First-run setup"))
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
        self.demo = DemoPage()
        self.importer = ImportPage()
        self.setPage(DEMO_PAGE, self.demo)
        self.setPage(IMPORT_PAGE, self.importer)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))

    def choice(self) -> str:
        return self.start.choice()

    def result_records(self) -> tuple[Therapist, list[Credential]]:
        return self.profile.therapist(), self.licences.credentials()
