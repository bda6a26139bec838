"""Training: programs, hours by subject and delivery, and a comparison with a target state.

The comparison is the core's entry judgement (``domain.eligibility``) for the
chosen jurisdiction: each subject minimum met or short, with its source; the
chart shows the same figures. The chosen target is remembered in the database.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.domain.core.records import TrainingProgram
from lmt_tracker.domain.entry.compiled import EligibilityResult
from lmt_tracker.gui import tasks, undo
from lmt_tracker.gui.context import AppContext
from lmt_tracker.gui.findings_html import findings_html
from lmt_tracker.gui.screens.base import Screen
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import EmptyState, button, card, clear_layout, header, label
from lmt_tracker.gui.words import core, count, date, hours, word

TARGET_KEY = "training_target"
DELIVERIES = ("classroom", "online", "clinical", "apprenticeship")


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setTabKeyNavigation(False)  # Tab leaves the table: no trap
    table.setHorizontalHeaderLabels(columns)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _fit_height(table: QTableWidget) -> None:
    """Show every row without an inner scroll bar (the page scrolls instead)."""
    table.resizeRowsToContents()
    rows = table.verticalHeader().length() or 26
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 4)


class TrainingScreen(Screen):
    key = "training"
    title = translate("training", "Training")
    icon = "training"
    shows = frozenset({"programs", "exams", "therapist", "credentials"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.programs: list[TrainingProgram] = []
        self._target: str | None = None  # chosen in the combo; None: the stored or default one
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit_button = button(translate("training", "Edit"), self.edit, icon_name="edit")
        self.delete_button = button(translate("training", "Delete"), self.delete,
                                    icon_name="delete")
        head, self.subtitle = header(translate("training", "Training"), "", [
            self.edit_button, self.delete_button,
            button(translate("training", "Add program"), self.add, icon_name="add", primary=True)])
        lay.addWidget(head)
        scroll = QScrollArea()
        # it takes the focus: arrows scroll it
        scroll.setAccessibleName(translate("training", "Training page"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 8, 8)
        self.body.setSpacing(12)
        self._build_sections()
        scroll.setWidget(body)
        lay.addWidget(scroll, 1)

    def _build_sections(self) -> None:
        frame, box = card()
        box.addWidget(label(translate("training", "Programs"), "cardTitle"))
        self.program_table = _table((translate("training", "School and program"),
                                     translate("training", "Started"),
                                     translate("training", "Finished"),
                                     translate("training", "State"),
                                     translate("training", "Hours")),
                                    translate("training", "Training programs"))
        self.program_table.itemSelectionChanged.connect(self._selection_changed)
        self.program_table.doubleClicked.connect(lambda _i: self.edit())
        box.addWidget(self.program_table)
        self.empty = EmptyState("training", translate("training", "No training recorded"),
                                translate("training", "Enter your school's transcript — hours "
                                          "by subject — to see which states' entry "
                                          "requirements you meet."),
                                [(translate("training", "Add program"), self.add)])
        box.addWidget(self.empty)
        self.body.addWidget(frame)
        frame, box = card()
        top = QHBoxLayout()
        top.addWidget(label(translate("training", "Compare with a state's entry requirements"),
                            "cardTitle"), 1)
        self.target = QComboBox()
        self.target.setAccessibleName(translate("training", "Target jurisdiction"))
        self.target.setMinimumWidth(260)
        self.target.activated.connect(lambda _i: self._target_chosen())
        top.addWidget(self.target)
        box.addLayout(top)
        row = QHBoxLayout()
        self.verdict = QTextBrowser()
        self.verdict.setTabChangesFocus(True)  # Tab moves on: no trap
        self.verdict.setOpenExternalLinks(True)
        self.verdict.setAccessibleName(translate("training", "Entry requirements met and short"))
        self.verdict.setMinimumHeight(420)
        row.addWidget(self.verdict, 3)
        self.chart_box = QVBoxLayout()
        row.addLayout(self.chart_box, 2)
        box.addLayout(row)
        self.body.addWidget(frame)
        frame, box = card()
        box.addWidget(label(translate("training", "Hours by subject and delivery"), "cardTitle"))
        self.pivot = _table((translate("training", "Subject"), *[word(d) for d in DELIVERIES],
                             translate("training", "Total")),
                            translate("training", "Hours by subject and delivery"))
        box.addWidget(self.pivot)
        self.body.addWidget(frame)
        self.body.addStretch(1)

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.ctx
        if self.target.count() == 0:
            for code, j in sorted(ctx.jurisdictions.items()):
                if j.kind != "national":
                    self.target.addItem(f"{code} — {j.name}", code)
        chosen = self._target

        def work(progress: tasks.Progress) -> tuple:
            from lmt_tracker.domain.entry.applicant import Applicant
            from lmt_tracker.domain.entry.eligibility import compile_jurisdiction

            record = ctx.record()
            code = chosen or ctx.store.setting(TARGET_KEY) or _default_target(record)
            jurisdiction = ctx.jurisdictions.get(code)
            result = None
            if jurisdiction is not None:
                applicant = Applicant.from_record(record, ctx.today())
                result = compile_jurisdiction(jurisdiction).evaluate(applicant)
            return record.programs, code, result

        tasks.start(ctx, work, label=translate("training", "Comparing your training…"), parent=self,
                    on_done=self._loaded)

    def _target_chosen(self) -> None:
        self._target = str(self.target.currentData())
        self.ctx.store.set_setting(TARGET_KEY, self._target)
        self.refresh()

    def _loaded(self, result: tuple) -> None:
        programs, code, verdict = result
        self.programs = list(programs)
        index = self.target.findData(code)
        if index >= 0:
            self.target.setCurrentIndex(index)
        self._fill_programs()
        self._fill_pivot()
        self._fill_verdict(verdict)

    def _fill_programs(self) -> None:
        t = self.program_table
        t.setRowCount(len(self.programs))
        for row, p in enumerate(self.programs):
            for column, text in enumerate((f"{p.school} — {p.program}".strip(" —"),
                                           date(p.start_date), date(p.end_date),
                                           p.jurisdiction or "", hours(p.total_hours))):
                t.setItem(row, column, _item(text, right=column == 4))
        _fit_height(t)
        t.setVisible(bool(self.programs))
        self.empty.setVisible(not self.programs)
        total = sum((p.total_hours for p in self.programs), Decimal(0))
        self.subtitle.setText(translate("training", "{0} · {1} hours in all")
                              .format(count(len(self.programs), 'program'), hours(total)))
        self._selection_changed()

    def _fill_pivot(self) -> None:
        cells: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        for p in self.programs:
            for h in p.hours:
                cells[h.subject][h.delivery] += h.hours
        t = self.pivot
        subjects = sorted(cells, key=word)
        t.setRowCount(len(subjects) + 1)
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for row, subject in enumerate(subjects):
            t.setItem(row, 0, _item(word(subject)))
            for column, d in enumerate(DELIVERIES, start=1):
                value = cells[subject].get(d)
                totals[d] += value or 0
                t.setItem(row, column, _item(hours(value) if value else "", right=True))
            t.setItem(row, len(DELIVERIES) + 1,
                      _item(hours(sum(cells[subject].values(), Decimal(0))), right=True))
        last = len(subjects)
        t.setItem(last, 0, _item(translate("training", "Total")))
        for column, d in enumerate(DELIVERIES, start=1):
            t.setItem(last, column, _item(hours(totals[d]) if totals[d] else "", right=True))
        t.setItem(last, len(DELIVERIES) + 1,
                  _item(hours(sum(totals.values(), Decimal(0))), right=True))
        _fit_height(t)

    def _fill_verdict(self, result: EligibilityResult | None) -> None:
        clear_layout(self.chart_box)
        if result is None:
            self.verdict.setHtml(translate("training", "<p>Choose a state to compare your "
                                           "training with.</p>"))
            return
        verbs = {True: "meets", False: translate("training", "does not yet meet"),
                 None: translate("training", "is not judged by")}
        state = verbs[result.eligible]
        title = translate("training", "Your record {state} {0}'s entry requirements").format(
            result.name, state=state)
        lines = [translate("training", "Rule in force from {0}")
                 .format(date(result.effective))] if result.effective else []
        self.verdict.setHtml(findings_html(title, lines, result.findings))
        rows = {core(f.label) if len(f.label) < 30 else word(f.key.split("+")[0]):
                (f.have or Decimal(0), f.needed) for f in result.findings
                if f.kind == "subject" and f.needed is not None}
        if rows:
            from lmt_tracker.gui.widgets.charts import hours_chart

            self.chart_box.addWidget(hours_chart(translate("training", "Entry hours by subject vs "
                                                           "{0}").format(result.code), rows,
                                                 have_label=translate("training", "Your hours"),
                                                 need_label=translate("training", "Minimum")))

    # -- commands ----------------------------------------------------------------------------
    def current(self) -> TrainingProgram | None:
        rows = self.program_table.selectionModel().selectedRows()
        return self.programs[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def add(self) -> None:
        from lmt_tracker.gui.dialogs.record_dialogs import ProgramDialog

        ProgramDialog(self.ctx, None, self).exec()

    def edit(self) -> None:
        from lmt_tracker.gui.dialogs.record_dialogs import ProgramDialog

        program = self.current()
        if program is not None:
            ProgramDialog(self.ctx, program, self).exec()

    def delete(self) -> None:
        program = self.current()
        if program is not None:
            from lmt_tracker.gui.refused_delete import push_delete

            push_delete(self.ctx, self, "program",
                        undo.DeleteRecord(self.ctx, "program", program))


def _default_target(record: object) -> str:
    """The state of the first license, else of the school, else Florida."""
    for c in getattr(record, "credentials", ()):
        if c.kind == "state_license":
            return str(c.jurisdiction).upper()
    for p in getattr(record, "programs", ()):
        if p.jurisdiction:
            return str(p.jurisdiction).upper()
    return "FL"
