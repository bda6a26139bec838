"""The School screen: import a class list, audit it against chosen states, look, export.

The flow is import → review (refused rows listed, the user chooses to store the class
or only look) → audit → matrix → drill-down → export. Reading, storing, auditing and
exporting all run on a worker thread with progress in the screen, so a 10,000-row
class never freezes the window; a newer request supersedes an older one (its result
is dropped). Nothing is stored unless the user presses Save in the review.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.domain.cohort import CohortAudit, choose, regulating
from lmt_tracker.gui import tasks
from lmt_tracker.gui.models.cohort_model import ANY, CohortFilter
from lmt_tracker.gui.screens.base import Screen
from lmt_tracker.gui.screens.school_matrix import CohortMatrix
from lmt_tracker.gui.screens.school_parts import (
    REMAP,
    SAVE,
    DeleteClass,
    ImportReview,
    JurisdictionPicker,
    graduate_html,
)
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import EmptyState, button, header, label, tool_button
from lmt_tracker.gui.widgets.forms import DateEdit
from lmt_tracker.gui.words import count, date

if TYPE_CHECKING:
    from lmt_tracker.domain.cohort import GraduateAudit
    from lmt_tracker.domain.records import Graduate
    from lmt_tracker.gui.context import AppContext
    from lmt_tracker.io.class_mapping import ColumnMapping
    from lmt_tracker.io.school_csv import ParsedClass, RowError

_R = TypeVar("_R")
FILE = "file"  # combo data kind: an imported, unsaved file
MAPPING_SETTING = "school.column_mapping"  # + the headers' signature: a map file's text
CLASS = "class"  # combo data kind: a stored class
VERDICTS = (
    (translate("school", "All graduates"), CohortFilter.SHOW_ALL, False),
    (translate("school", "Short somewhere"), CohortFilter.SHOW_SHORT, False),
    (translate("school", "Eligible everywhere"), CohortFilter.SHOW_ELIGIBLE, False),
    (translate("school", "Short in…"), CohortFilter.SHOW_SHORT, True),
    (translate("school", "Eligible in…"), CohortFilter.SHOW_ELIGIBLE, True),
)


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
        self.review: ImportReview | None = None
        self._file: tuple[str, ParsedClass] | None = None
        self._task: tasks.Task | None = None
        self._generation = 0
        self._quiet = False  # True while the class list is rebuilt programmatically
        self._audit_pending = False
        self._select_next: str | None = None
        self._class_info: dict[int, tuple[str, str]] = {}  # class id → (school, name)
        self._import_errors: dict[int, tuple[RowError, ...]] = {}  # this session's imports
        self.picker: JurisdictionPicker | None = None
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
        lay.addLayout(self._progress_row())
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
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._count_shown)
        self.matrix.graduate_chosen.connect(self._graduate_chosen)
        self.matrix.activated.connect(self.detail.setFocus)
        lay.addLayout(self._filters())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.matrix)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 320])
        lay.addWidget(split, 1)
        return page

    def _progress_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("school", "Audit progress"))
        self.progress_text = label("", "muted")
        self.cancel_button = button(translate("school", "Cancel"), self.cancel)
        row.addWidget(self.progress_text)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self._show_progress(False)
        return row

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("school", "Filter by name or student ID"))
        self.search.setAccessibleName(translate("school", "Filter graduates"))
        self.search.setClearButtonEnabled(True)
        self.verdict = QComboBox()
        self.verdict.setAccessibleName(translate("school", "Show"))
        for text, _, _ in VERDICTS:
            self.verdict.addItem(text)
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(translate("school", "Jurisdiction"))
        self.state_filter.setEnabled(False)
        self.state_filter.setMinimumContentsLength(22)
        self.state_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search.textChanged.connect(self.proxy.set_text)
        self.verdict.currentIndexChanged.connect(self._verdict_changed)
        self.state_filter.currentIndexChanged.connect(self._verdict_changed)
        self.shown = label("", "muted")
        row.addWidget(self.search, 2)
        row.addWidget(self.verdict)
        row.addWidget(self.state_filter)
        row.addWidget(self.shown, 1)
        return row

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
    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("school", "Import a class list"), str(Path.home()),
            translate("school", "Class lists (*.csv *.txt *.xlsx);;CSV files (*.csv "
                      "*.txt);;Excel workbooks (*.xlsx);;All files (*)"))
        if path:
            self.import_file(path)

    def import_example(self) -> None:
        from lmt_tracker import paths

        self.import_file(str(paths.resource("sample", "class-example.csv")))

    def import_file(self, path: str, mapping: ColumnMapping | None = None) -> None:
        """Read the file through ``mapping`` (or the one remembered for its columns, or
        the proposed one) and open the review; unsettled dates open it with the question."""
        from lmt_tracker.io.class_mapping import MappingError, parse_map
        from lmt_tracker.io.school_csv import (
            ClassFileError,
            mapping_for,
            parse_table,
            read_table,
        )

        today, store = self.ctx.today(), self.ctx.store

        def work(progress: tasks.Progress) -> tuple[object, ...]:
            table = read_table(path, mapping.sheet if mapping else None)
            chosen: object = mapping
            if chosen is None:
                signature = mapping_for(table).signature
                remembered = store.setting(f"{MAPPING_SETTING}.{signature}")
                if remembered:
                    import tomllib

                    try:
                        chosen = parse_map(tomllib.loads(remembered))
                    except (MappingError, tomllib.TOMLDecodeError):
                        chosen = None
            proposed = mapping_for(table, chosen, closeness=True)  # type: ignore[arg-type]
            preview = tuple(tuple(r) for r in table.rows[:8])
            if table.sheet:  # a workbook: the sheet read, and the others to choose from
                proposed = replace(proposed, sheet=table.sheet)
            sheets = table.sheets
            try:
                return (parse_table(table, today, proposed), proposed, preview, "", sheets)
            except ClassFileError as exc:  # unsettled dates, a required column not mapped:
                return (None, proposed, preview, str(exc), sheets)  # the user settles it

        self._run(translate("school", "Reading the class list…"), work,
                  lambda r: self._review(path, *r))  # type: ignore[arg-type]

    def _review(self, path: str, parsed: ParsedClass | None, mapping: ColumnMapping,
                preview: tuple[tuple[str, ...], ...], problem: str,
                sheets: tuple[str, ...] = ()) -> None:
        schools = sorted({school for _, school, _ in self.ctx.store.classes()})
        review = ImportReview(path, parsed, schools, self, mapping=mapping, preview=preview,
                              states=self.ctx.jurisdictions.keys(), problem=problem,
                              sheets=sheets)
        self.review = review
        review.accepted.connect(lambda: self._reviewed(review, path, parsed))
        review.open()

    def _reviewed(self, review: ImportReview, path: str, parsed: ParsedClass | None) -> None:
        chosen = review.mapping()
        if review.choice == REMAP:
            self.import_file(path, chosen)
            return
        if parsed is None:
            return
        if parsed.mapping is not None:
            from lmt_tracker.io.class_mapping import to_toml

            self.ctx.store.set_setting(f"{MAPPING_SETTING}.{parsed.mapping.signature}",
                                       to_toml(parsed.mapping))
        if review.choice == SAVE:
            self._save(*review.names(), path, parsed)
            return
        self._file = (path, parsed)
        self._select_next = FILE
        self.refresh()

    def _save(self, school: str, name: str, path: str, parsed: ParsedClass) -> None:
        store = self.ctx.store

        def work(progress: tasks.Progress) -> tuple[int, int, int]:
            progress.report(None, translate("school", "Saving {0:,} graduates…")
                            .format(len(parsed.graduates)))
            return store.save_class(school, name, parsed.graduates)

        def done(result: tuple[int, int, int]) -> None:
            class_id, inserted, updated = result
            self._file = None
            self._import_errors[class_id] = parsed.errors
            self._select_next = f"{CLASS}:{class_id}"
            self._audited_class = None  # its graduates changed here: no longer as the window read
            self.ctx.changed("classes", translate("school", "Saved {school} — {name}: "
                                                  "{inserted} added, {updated} updated")
                             .format(school=school, name=name, inserted=inserted, updated=updated))
            self.refresh()  # in case the window does not refresh hidden screens

        self._run(translate("school", "Saving the class…"), work, done)

    def delete_class(self) -> None:
        class_id = self._current_class()
        if class_id is None:
            return
        school, name = self._class_info[class_id]
        answer = QMessageBox.question(self, translate("school", "Delete class"),
                                      translate("school", "Delete {school} — {name} and its "
                                                "graduates?\nEdit › Undo (Ctrl+Z) "
                                                "brings it back.").format(school=school, name=name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from lmt_tracker.gui.refused_delete import push_delete

        # The graduates as this window read them: one changed elsewhere since keeps the class.
        shown = None
        if self.audit is not None and self._audited_class == class_id:
            shown = {r.graduate.student_id: r.graduate.version for r in self.audit.rows
                     if r.graduate.version is not None}
        push_delete(self.ctx, self, "class",
                    DeleteClass(self.ctx, class_id, school, name, shown))
        self.refresh()

    # -- audit -------------------------------------------------------------------------
    def _audit_graduates(self, load: Callable[[], Sequence[Graduate]],
                         errors: tuple[RowError, ...], class_id: int | None = None) -> None:
        from lmt_tracker.domain.cohort import audit_cohort

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

        self._run(translate("school", "Auditing the class…"), work,
                  lambda audit: self._show(audit, errors, class_id))

    def _show(self, audit: CohortAudit, errors: tuple[RowError, ...],
              class_id: int | None = None) -> None:
        self.audit, self.errors = audit, errors
        self._audited_class = class_id  # the stored class shown (its graduates as read)
        self.matrix.set_audit(audit)
        self._fill_state_filter(audit)
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

    def _fill_state_filter(self, audit: CohortAudit) -> None:
        current = self.state_filter.currentData()
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        for column in audit.columns:
            self.state_filter.addItem(f"{column.code} — {column.name}", column.code)
        index = self.state_filter.findData(current)
        self.state_filter.setCurrentIndex(max(index, 0))
        self.state_filter.blockSignals(False)
        self._verdict_changed()

    def _verdict_changed(self, _index: int = -1) -> None:
        _, show, needs_code = VERDICTS[max(self.verdict.currentIndex(), 0)]
        self.state_filter.setEnabled(needs_code)
        code = self.state_filter.currentData() if needs_code else ANY
        self.proxy.set_verdict(show, code or ANY)
        self._count_shown()

    def _count_shown(self, *_args: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.shown.setText(translate("school", "{shown:,} of {total:,} shown")
                           .format(shown=shown, total=total) if total else "")

    def _graduate_chosen(self, row: GraduateAudit | None) -> None:
        if row is None:
            self.detail.clear()
        else:
            self.detail.setHtml(graduate_html(row))

    # -- export ------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        audit = self.audit
        if audit is None:
            return
        stem = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in self.source_title)
        suggested = str(Path.home() / translate("school", "{0} audit as of {1}.{kind}")
                        .format(Path(stem).stem or 'cohort', audit.as_of.isoformat(), kind=kind))
        filters = (translate("school", "CSV files (*.csv)") if kind == "csv"
                   else translate("school", "PDF files (*.pdf)"))
        path, _ = QFileDialog.getSaveFileName(self, translate("school", "Export the audit"),
                                              suggested, filters)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(target.name + f".{kind}")
        errors, title = self.errors, self.source_title or translate("school", "Class")

        def work(progress: tasks.Progress) -> int:
            progress.report(None, translate("school", "Writing {0}…").format(target.name))
            if kind == "csv":
                from lmt_tracker.io.audit_export import write_audit_csv

                return write_audit_csv(audit, target)
            from lmt_tracker.reports.cohort_pdf import CohortReportInfo, write_cohort_pdf

            return write_cohort_pdf(audit, CohortReportInfo(title), target, errors)

        self._run(translate("school", "Exporting the audit…"), work,
                  lambda size: self.ctx.signals.status_message
                  .emit(translate("school", "Exported {target} ({size:,} bytes)")
                        .format(target=target, size=size)))

    def write_transcripts(self) -> None:
        """A transcript PDF per graduate in a chosen folder, with progress and cancel."""
        audit = self.audit
        if audit is None:
            return
        folder = QFileDialog.getExistingDirectory(self, translate("school",
                                                                  "Folder for the transcripts"),
                                                  str(Path.home()))
        if not folder:
            return
        title = self.source_title

        def work(progress: tasks.Progress) -> tuple[int, str]:
            from lmt_tracker.reports.graduate_transcript import write_transcripts

            def step(done: int, total: int) -> None:
                progress.check()
                progress.report(done / total, translate("school", "Wrote {done:,} of {total:,} "
                                                        "transcripts").format(done=done,
                                                                              total=total))

            written = write_transcripts(audit, Path(folder), title, step)
            return len(written.files), str(written.combined)

        self._run(translate("school", "Writing transcripts…"), work,
                  lambda r: self.ctx.signals.status_message
                  .emit(translate("school", "Wrote {0:,} transcripts and {1}").format(r[0], r[1])))

    def show_glance(self) -> None:
        """The class at a glance beside the matrix: bars per state, common shortfalls."""
        if self.audit is not None:
            from lmt_tracker.domain.cohort_summary import summarize
            from lmt_tracker.gui.screens.school_glance import glance_html

            self.detail.setHtml(glance_html(summarize(self.audit)))

    # -- background work ---------------------------------------------------------------
    def _run(self, label_text: str, work: Callable[[tasks.Progress], _R],
             done: Callable[[_R], None]) -> None:
        """Start ``work``; a newer call supersedes (cancels and ignores) an older one."""
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        self._say("")

        def finished(result: _R) -> None:
            if generation == self._generation:
                self._show_progress(False)
                done(result)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._show_progress(False)
                self._say(translate("school", "{0} failed: {exc}").format(label_text.rstrip('…'),
                                                                          exc=exc))

        task = tasks.start(self.ctx, work, on_done=finished, on_error=failed, label=label_text,
                           parent=self)
        task.signals.progress.connect(
            lambda fraction, text: self._progress(generation, fraction, text))
        task.signals.cancelled.connect(
            lambda: self._show_progress(False) if generation == self._generation else None)
        self._task = task
        self.progress_text.setText(label_text)
        self.progress.setRange(0, 0)
        self._show_progress(True)

    def _progress(self, generation: int, fraction: float, text: str) -> None:
        if generation != self._generation:
            return
        if fraction < 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(fraction * 1000))
        if text:
            self.progress_text.setText(text)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        self._show_progress(False)

    def _show_progress(self, on: bool) -> None:
        for widget in (self.progress, self.progress_text, self.cancel_button):
            widget.setVisible(on)
        if not on:
            self._task = None

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
