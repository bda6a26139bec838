"""CE courses: a lazy table of any size, filters, add/edit/delete with undo, certificate preview.

The table never holds a widget per row (``CourseTableModel`` answers only for
visible cells). Saves and deletes arrive as ``course_saved``/``course_removed``
and update one row, so the user keeps their place in a long list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.domain.core.records import Course
from lmt_tracker.gui import certificate_queue, commands, tasks, undo
from lmt_tracker.gui.context import AppContext
from lmt_tracker.gui.models.course_table import (
    CERT,
    DATE,
    DELIVERY,
    HOURS,
    PROVIDER,
    TITLE,
    TOPICS,
    CourseTableModel,
)
from lmt_tracker.gui.screens.base import Screen
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import EmptyState, button, header, label
from lmt_tracker.gui.widgets.course_filters import CourseFilterBar
from lmt_tracker.gui.widgets.preview import DocumentView
from lmt_tracker.gui.words import count

#: Columns of a fixed width (date, hours, delivery, certificate) and the shares of the rest.
FIXED_COLUMNS = {DATE: 90, HOURS: 86, DELIVERY: 86, CERT: 76}
SHARED_COLUMNS = {TITLE: 0.5, PROVIDER: 0.27, TOPICS: 0.23}


class CoursesScreen(Screen):
    key = "courses"
    title = translate("courses", "CE courses")
    icon = "courses"
    shows = frozenset({"credentials"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        self.model = CourseTableModel(self)
        self._loading = False
        self._reload_after = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit_button = button(translate("courses", "Edit"), self.edit_selected,
                                  icon_name="edit")
        self.delete_button = button(translate("courses", "Delete"), self.delete_selected,
                                    icon_name="delete",
                                    tip=translate("courses", "Delete the selected courses "
                                                  "(Ctrl+Z undoes)"))
        head, self.subtitle = header(translate("courses", "CE courses"),
                                     translate("courses", "Loading…"), [
            self.edit_button, self.delete_button,
            button(translate("courses", "From certificates…"), self.courses_from_certificates,
                   icon_name="attach",
                   tip=translate("courses", "Choose certificate files: each opens a course "
                                 "filled from it")),
            button(translate("courses", "New course"), self.new_course, icon_name="add",
                   primary=True,
                   tip=translate("courses", "Add a CE course (Ctrl+N)")),
        ])
        lay.addWidget(head)
        self.filters = CourseFilterBar()
        self.filters.changed.connect(self._filter_changed)
        lay.addWidget(self.filters)
        self.pages = QStackedWidget()
        self.empty = EmptyState(
            "courses", translate("courses", "No CE courses yet"),
            translate("courses", "Enter each course once, with its certificate; it counts "
                      "toward every credential whose rules accept it. Tip: drop a "
                      "certificate file here to start a new course."),
            [(translate("courses", "Add a course"), self.new_course),
             (translate("courses", "Import an export file"),
              lambda: commands.import_file(self.window()))])
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self._table_and_preview())
        lay.addWidget(self.pages, 1)
        ctx.signals.course_saved.connect(self._course_saved)
        ctx.signals.course_removed.connect(self._course_removed)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        self._selection_changed()

    def _table_and_preview(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: no trap
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("courses", "CE courses table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(26)
        cols = self.table.horizontalHeader()
        cols.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        cols.setStretchLastSection(False)
        cols.setMinimumSectionSize(48)
        for column, width in FIXED_COLUMNS.items():
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        split.addWidget(self.table)
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(8, 0, 0, 0)
        side_lay.addWidget(label(translate("courses", "Certificate"), "cardTitle"))
        self.preview = DocumentView()
        side_lay.addWidget(self.preview, 1)
        self.open_button = button(translate("courses", "Open larger…"), self.open_certificate,
                                  icon_name="certificate")
        side_lay.addWidget(self.open_button)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([880, 220])
        self.table.viewport().installEventFilter(self)  # a resized table refits its columns
        self.split = split
        return split

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Narrow window: the certificate pane gives way first, then the text columns share."""
        super().resizeEvent(event)
        if hasattr(self, "split"):
            total = max(1, self.split.width())
            side = max(150, min(300, total // 5 - 10))
            self.split.setSizes([total - side, side])

    def _fit_columns(self) -> None:
        """Title, provider and topics share what the fixed columns leave (title most)."""
        if not hasattr(self, "table"):
            return
        free = self.table.viewport().width() - sum(FIXED_COLUMNS.values())
        if free <= 0:
            return
        for column, share in SHARED_COLUMNS.items():
            self.table.setColumnWidth(column, max(60, int(free * share)))

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.ctx
        self._loading, self._reload_after = True, False
        self.filters.set_credentials(ctx.store.credentials())

        def work(progress: tasks.Progress) -> tuple[tuple[Course, ...], dict]:
            progress.report(None, translate("courses", "Loading courses…"))
            return ctx.record().courses, ctx.store.certificate_names()

        tasks.start(ctx, work, label=translate("courses", "Loading courses…"), parent=self,
                    on_done=self._loaded)

    def _loaded(self, result: tuple[tuple[Course, ...], dict]) -> None:
        courses, names = result
        self._loading = False
        self.model.set_courses(courses, names)
        self._counts()
        if self._reload_after:
            self.refresh()

    def _counts(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        text = count(total, "course") if shown == total else \
            translate("courses", "{shown:,} of {0} shown").format(count(total, 'course'),
                                                                  shown=shown)
        self.subtitle.setText(text + translate("courses", " · double-click to edit · drop a "
                                               "certificate to add a course"))
        filtered = self.filters.value().active
        self.pages.setCurrentIndex(1 if total or filtered else 0)

    def _filter_changed(self, value: object) -> None:
        self.model.set_filter(value)  # type: ignore[arg-type]
        self._counts()

    def _course_saved(self, course: Course) -> None:
        if self._loading:
            self._reload_after = True
            return
        sha = course.certificate_sha256
        if sha and sha not in self.model.certificate_names:
            self.model.certificate_names = self.ctx.store.certificate_names()
        self.model.upsert(course)
        self._counts()
        row = self.model.row_of(course.id) if course.id is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _course_removed(self, ident: int) -> None:
        if self._loading:
            self._reload_after = True
            return
        self.model.remove(ident)
        self._counts()

    # -- selection and preview ---------------------------------------------------------------
    def selected(self) -> list[Course]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.course_at(r) for r in rows]

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(bool(chosen))
        self.open_button.setEnabled(len(chosen) == 1 and chosen[0].certificate_sha256 is not None)
        if len(chosen) != 1:
            self.preview.show_message(translate("courses", "Select a course to see its "
                                                "certificate"))
            return
        course = chosen[0]
        cert = self.ctx.store.certificate(course.certificate_sha256) \
            if course.certificate_sha256 else None
        if cert is None:
            self.preview.show_message(translate("courses", "No certificate attached.\nEdit the "
                                                "course to attach one (PDF, PNG or "
                                                "JPEG)."))
        else:
            self.preview.show_bytes(cert.data, cert.media_type)

    def open_certificate(self) -> None:
        from lmt_tracker.gui.dialogs.certificate_dialog import CertificateDialog

        chosen = self.selected()
        sha = chosen[0].certificate_sha256 if len(chosen) == 1 else None
        cert = self.ctx.store.certificate(sha) if sha else None
        if cert is not None:
            CertificateDialog(cert, self).exec()

    def select_row(self, row: int) -> None:
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- commands ----------------------------------------------------------------------------
    def new_course(self, certificate: Path | None = None) -> None:
        from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

        dialog = CourseDialog(self.ctx, None, self.ctx.store.credentials(), self)
        if certificate is not None:
            dialog.attach(certificate)
        dialog.exec()

    def edit_selected(self) -> None:
        from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

        chosen = self.selected()
        if len(chosen) == 1:
            CourseDialog(self.ctx, chosen[0], self.ctx.store.credentials(), self).exec()

    def delete_selected(self) -> None:
        """Delete without asking: it is undoable (Ctrl+Z), and the status bar says so."""
        chosen = self.selected()
        if not chosen:
            return
        from lmt_tracker.gui import refused_delete
        from lmt_tracker.store import ConcurrentEditError

        stack = self.ctx.undo_stack
        refused: list[ConcurrentEditError] = []
        stack.beginMacro(translate("courses", "delete {0}").format(count(len(chosen), 'course')))
        try:
            for course in chosen:
                try:  # each as this window read it: one changed elsewhere is kept
                    undo.push(self.ctx, undo.DeleteCourse(self.ctx, course))
                except ConcurrentEditError as exc:
                    refused.append(exc)
        finally:
            stack.endMacro()
        if len(refused) == len(chosen):  # an empty "delete" would sit on the undo stack
            empty = stack.command(stack.index() - 1)
            empty.setObsolete(True)
            stack.undo()  # an obsolete command is dropped from the stack once undone
        if refused:
            refused_delete.explain(self, "course", refused[0], len(refused))

    # -- drop certificates to start courses (certificate_queue reads and queues them) ---------
    def courses_from_certificates(self) -> None:
        certificate_queue.choose(self.ctx, self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if certificate_queue.dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = certificate_queue.dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            certificate_queue.review(self.ctx, self, paths)
