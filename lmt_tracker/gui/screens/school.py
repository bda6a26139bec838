"""The School screen: import a class list, audit it against chosen states, look, export.

The flow is import → review (refused rows listed, the user chooses to store the class
or only look) → audit → matrix → drill-down → export. Reading, storing, auditing and
exporting all run on a worker thread with progress in the screen, so a 10,000-row
class never freezes the window; a newer request supersedes an older one (its result
is dropped). Nothing is stored unless the user presses Save in the review. Its parts:
``school_runner`` (work), ``school_imports``, ``school_filters``, ``school_export``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.domain.entry.cohort import CohortAudit, choose, regulating
from lmt_tracker.gui import tasks
from lmt_tracker.gui.screens.base import Screen
from lmt_tracker.gui.screens.school_delete import confirm_and_delete
from lmt_tracker.gui.screens.school_export import export_audit, write_transcripts
from lmt_tracker.gui.screens.school_filters import GraduateFilters
from lmt_tracker.gui.screens.school_imports import ClassImporter
from lmt_tracker.gui.screens.school_matrix import CohortMatrix
from lmt_tracker.gui.screens.school_parts import (
    ImportReview,
    JurisdictionPicker,
    graduate_html,
)
from lmt_tracker.gui.screens.school_runner import TaskRunner
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import EmptyState, button, header, label, tool_button
from lmt_tracker.gui.widgets.forms import DateEdit
from lmt_tracker.gui.words import count, date

if TYPE_CHECKING:
    from lmt_tracker.domain.core.records import Graduate
    from lmt_tracker.domain.entry.cohort import GraduateAudit
    from lmt_tracker.gui.context import AppContext
    from lmt_tracker.io.class_rows import RowError
    from lmt_tracker.io.school_csv import ParsedClass

FILE = "file"  # combo data kind: an imported, unsaved file
CLASS = "class"  # combo data kind: a stored class


class SchoolScreen(Screen):
    key = "school"
    title = translate("school", "School")
    icon = "school"
    shows = frozenset({"classes"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.codes: list[str] | None = None  # None: the regulating default
        self.audit: CohortAudit | None = None
        self._audited_class: int | None = None
        self.errors: tuple[RowError, ...] = ()
        self.source_title = ""
        self.review: ImportReview | None = None  # the last opened (``school_imports``)
        self._file: tuple[str, ParsedClass] | None = None
        self._quiet = False  # True while the class list is rebuilt programmatically
        self._audit_pending = False
        self._select_next: str | None = None
        self._class_info: dict[int, tuple[str, str]] = {}  # class id → (school, name)
        self._import_errors: dict[int, tuple[RowError, ...]] = {}  # this session's imports
        self.picker: JurisdictionPicker | None = None
        self.runner = TaskRunner(ctx, self, self._say)  # the work, its progress and Cancel
        self.progress, self.progress_text = self.runner.progress, self.runner.progress_text
        self.cancel_button, self.cancel = self.runner.cancel_button, self.runner.cancel
        self.importer = ClassImporter(ctx, self, self.runner, self._opened, self._looked,
                                      self._saved)
        self.import_csv = self.importer.import_csv
        self.import_example = self.importer.import_example
        self.import_file = self.importer.import_file
        self._build()

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        self.import_button = button(translate("school", "Import class…"), self.import_csv,
                                    icon_name="open",
                                    primary=True, tip=translate("school",
                                                                "Read a class list: CSV or "
                                                                "Excel workbook, with your "
                                                                "own column names"))
        self.csv_button = button(translate("school", "Export CSV…"), lambda: self.export("csv"),
                                 icon_name="reports")
        self.pdf_button = button(translate("school", "Export PDF…"), lambda: self.export("pdf"),
                                 icon_name="pdf")
        self.transcripts_button = button(translate("school", "Transcripts…"),
                                         self.write_transcripts,
                                         icon_name="pdf", tip=translate(
                                             "school", "A transcript PDF for every graduate, and "
                                             "all of them in one PDF"))
        row, self.subtitle = header(translate("school", "School"), translate(
                                        "school", "Audit a graduating class against the states' "
                                        "entry requirements."),
                                    [self.import_button, self.csv_button, self.pdf_button,
                                     self.transcripts_button])
        lay.addWidget(row)
        self.stack = QStackedWidget()
        self.empty = EmptyState(
            "school", translate("school", "No class yet"),
            translate("school", "Import a class list (CSV or Excel workbook) from your student "
                      "records: one row per graduate with an ID, the name, total "
                      "hours, hours by subject and the MBLEx result. Your own column "
                      "names are fine: you confirm how each is read. The format is "
                      "described in Help › User guide."),
            [(translate("school", "Import class…"), self.import_csv),
             (translate("school", "Try the example file"), self.import_example)])
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._main())
        lay.addWidget(self.stack, 1)
        self._set_exportable(False)

    def _main(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.classes = QComboBox()
        self.classes.setAccessibleName(translate("school", "Class"))
        self.classes.setMinimumWidth(260)
        self.classes.currentIndexChanged.connect(self._class_chosen)
        self.states_button = button(translate("school", "Jurisdictions…"), self.pick_jurisdictions,
                                    icon_name="map", tip=translate("school",
                                                                   "Choose the columns of the "
                                                                   "matrix"))
        self.delete_button = tool_button("delete", translate("school", "Delete this class (Ctrl+Z "
                                                             "undoes)"),
                                         self.delete_class)
        self.as_of = DateEdit()  # Tab leaves it (a plain QDateEdit traps the focus)
        self.as_of.setDate(self._qdate(self.ctx.today()))
        self.as_of.setAccessibleName(translate("school", "Judge as of"))
        self.as_of.setToolTip(translate("school", "The date the class is judged on: today, or "
                                        "graduation day to see who will be eligible "
                                        "then"))
        self.as_of.dateChanged.connect(lambda _d: self._schedule_audit())
        self.glance_button = button(translate("school", "At a glance"), self.show_glance,
                                    icon_name="reports",
                                    tip=translate("school", "Eligible graduates per state and "
                                                  "the most common shortfalls"))
        bar.addWidget(label(translate("school", "Class")))
        bar.addWidget(self.classes, 1)
        bar.addWidget(self.delete_button)
        bar.addWidget(label(translate("school", "As of")))
        bar.addWidget(self.as_of)
        bar.addWidget(self.states_button)
        bar.addWidget(self.glance_button)
        lay.addLayout(bar)
        lay.addLayout(self.runner.row)
        self.message = label("", "fieldError", wrap=True)
        self.message.hide()
        lay.addWidget(self.message)
        self.summary = label("", "muted", wrap=True)
        lay.addWidget(self.summary)
        self.detail = QTextBrowser()
        self.detail.setTabChangesFocus(True)  # Tab moves on: no trap
        self.detail.setObjectName("graduateDetail")
        self.detail.setAccessibleName(translate("school", "Graduate details"))
        self.detail.setOpenExternalLinks(False)
        self.detail.setPlaceholderText(translate("school", "Select a graduate to see what each "
                                                 "state needs."))
        self.matrix = CohortMatrix()
        # Short names for what the filters (and tests) reach into.
        self.model, self.proxy = self.matrix.model, self.matrix.proxy
        self.names, self.table = self.matrix.names, self.matrix.table
        self.matrix.graduate_chosen.connect(self._graduate_chosen)
        self.matrix.activated.connect(self.detail.setFocus)
        self.filters = GraduateFilters(self.matrix)
        self.search, self.verdict = self.filters.search, self.filters.verdict
        self.state_filter, self.shown = self.filters.state_filter, self.filters.shown
        lay.addLayout(self.filters)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.matrix)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 320])
        lay.addWidget(split, 1)
        return page

    @staticmethod
    def _qdate(day: object) -> QDate:
        return QDate(day.year, day.month, day.day)  # type: ignore[attr-defined]

    def judge_date(self) -> dt.date:
        """The "as of" date chosen in the screen (default today)."""
        d = self.as_of.date()
        return dt.date(d.year(), d.month(), d.day())

    # -- screen contract ---------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list of stored classes and (once per event-loop turn) re-audit."""
        wanted = self._select_next or self.classes.currentData()
        self._select_next = None
        self._quiet = True
        self.classes.clear()
        self._class_info.clear()
        if self._file is not None:
            self.classes.addItem(translate("school", "{0} (not saved)")
                                 .format(Path(self._file[0]).name), FILE)
        for klass, school, size in self.ctx.store.classes():
            assert klass.id is not None
            self._class_info[klass.id] = (school, klass.name)
            self.classes.addItem(f"{school} — {klass.name} ({size})", f"{CLASS}:{klass.id}")
        index = self.classes.findData(wanted) if wanted else -1
        self.classes.setCurrentIndex(max(index, 0))
        self._quiet = False
        if self.classes.count() == 0:
            self._show_empty()
            return
        self.stack.setCurrentIndex(1)
        self._schedule_audit()

    def focus_search(self) -> None:
        """Ctrl+F from the main window: filter the graduates."""
        if self.stack.currentIndex() == 1:
            self.search.setFocus()
            self.search.selectAll()

    def _show_empty(self) -> None:
        self.stack.setCurrentIndex(0)
        self.audit = None
        self.matrix.set_audit(None)
        self.detail.clear()
        self.summary.clear()
        self._set_exportable(False)

    # -- choosing what to audit --------------------------------------------------------
    def _class_chosen(self, _index: int = -1) -> None:
        if not self._quiet:
            self._schedule_audit()

    def _schedule_audit(self) -> None:
        """Coalesce: a save, a data_changed refresh and a selection in one turn audit once."""
        if not self._audit_pending:
            self._audit_pending = True
            QTimer.singleShot(0, self, self._audit_current)

    def _current_class(self) -> int | None:
        data = self.classes.currentData()
        if isinstance(data, str) and data.startswith(f"{CLASS}:"):
            return int(data.split(":", 1)[1])
        return None

    def _audit_current(self) -> None:
        self._audit_pending = False
        data = self.classes.currentData()
        class_id = self._current_class()
        self.delete_button.setEnabled(class_id is not None)
        if data == FILE and self._file is not None:
            path, parsed = self._file
            self.source_title = Path(path).name
            self._audit_graduates(lambda: parsed.graduates, parsed.errors)
        elif class_id is not None:
            school, name = self._class_info[class_id]
            self.source_title = f"{school} — {name}"
            store = self.ctx.store
            self._audit_graduates(lambda: store.graduates(class_id),
                                  self._import_errors.get(class_id, ()), class_id)

    def pick_jurisdictions(self) -> None:
        every = self.ctx.jurisdictions
        today = self.ctx.today()
        default = [j.code for j in regulating(every, today)]
        picker = JurisdictionPicker(every.values(), self.codes or default, default, self)
        self.picker = picker
        picker.accepted.connect(lambda: self._picked(picker.chosen(), default))
        picker.open()

    def _picked(self, chosen: list[str], default: list[str]) -> None:
        if not chosen:
            self._say(translate("school", "Choose at least one jurisdiction to audit against."))
            return
        self.codes = None if chosen == default else chosen
        self._schedule_audit()

    # -- import ------------------------------------------------------------------------
    def _opened(self, review: ImportReview) -> None:
        self.review = review

    def _looked(self, path: str, parsed: ParsedClass) -> None:
        self._file = (path, parsed)
        self._select_next = FILE
        self.refresh()

    def _saved(self, class_id: int, parsed: ParsedClass, message: str) -> None:
        self._file = None
        self._import_errors[class_id] = parsed.errors
        self._select_next = f"{CLASS}:{class_id}"
        self._audited_class = None  # its graduates changed here: no longer as the window read
        self.ctx.changed("classes", message)
        self.refresh()  # in case the window does not refresh hidden screens

    def delete_class(self) -> None:
        class_id = self._current_class()
        if class_id is None:
            return
        school, name = self._class_info[class_id]
        shown = self.audit if self._audited_class == class_id else None
        if confirm_and_delete(self.ctx, self, class_id, school, name, shown):
            self.refresh()

    # -- audit -------------------------------------------------------------------------
    def _audit_graduates(self, load: Callable[[], Sequence[Graduate]],
                         errors: tuple[RowError, ...], class_id: int | None = None) -> None:
        from lmt_tracker.domain.entry.cohort import audit_cohort

        ctx, codes, today = self.ctx, self.codes, self.judge_date()

        def work(progress: tasks.Progress) -> CohortAudit:
            progress.report(None, translate("school", "Loading…"))
            graduates = load()
            jurisdictions = choose(ctx.jurisdictions, codes, today)

            def step(done: int, total: int) -> None:
                progress.check()
                progress.report(done / total, translate("school", "Audited {done:,} of "
                                                        "{total:,} graduates")
                                .format(done=done, total=total))

            return audit_cohort(graduates, jurisdictions, today, step)

        self.runner.run(translate("school", "Auditing the class…"), work,
                        lambda audit: self._show(audit, errors, class_id))

    def _show(self, audit: CohortAudit, errors: tuple[RowError, ...],
              class_id: int | None = None) -> None:
        self.audit, self.errors = audit, errors
        self._audited_class = class_id  # the stored class shown (its graduates as read)
        self.matrix.set_audit(audit)
        self.filters.fill_states(audit)
        refused = len({e.line for e in errors if e.refused})
        parts = [count(len(audit.rows), 'graduate'), count(len(audit.columns), 'jurisdiction'),
                 translate("school", "{0:,} eligible everywhere").format(audit.eligible_everywhere),
                 translate("school", "as of {0}").format(date(audit.as_of))]
        if refused:
            parts.append(translate("school", "{0} refused").format(count(refused, 'row')))
        self.summary.setText(" · ".join(parts) + translate("school", " — under each state, ✓ "
                                                            "counts the graduates "
                                                            "eligible there; hover a "
                                                            "cell for what is missing"))
        self._set_exportable(bool(audit.rows))
        self._graduate_chosen(self.matrix.current())

    def _graduate_chosen(self, row: GraduateAudit | None) -> None:
        if row is None:
            self.detail.clear()
        else:
            self.detail.setHtml(graduate_html(row))

    # -- export ------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        if self.audit is not None:
            export_audit(self, self.ctx, self.runner, self.audit, self.errors,
                         self.source_title, kind)

    def write_transcripts(self) -> None:
        if self.audit is not None:
            write_transcripts(self, self.ctx, self.runner, self.audit, self.source_title)

    def show_glance(self) -> None:
        """The class at a glance beside the matrix: bars per state, common shortfalls."""
        if self.audit is not None:
            from lmt_tracker.domain.entry.cohort_summary import summarize
            from lmt_tracker.gui.screens.school_glance import glance_html

            self.detail.setHtml(glance_html(summarize(self.audit)))

    # -- messages ----------------------------------------------------------------------
    def _say(self, text: str) -> None:
        """Problems shown in the screen, not a modal box: the window stays usable."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:
            self.stack.setCurrentIndex(1)

    def _set_exportable(self, on: bool) -> None:
        self.csv_button.setEnabled(on)
        self.pdf_button.setEnabled(on)
        self.transcripts_button.setEnabled(on)
