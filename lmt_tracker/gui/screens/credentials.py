"""Credentials: add, edit, renew (start the next cycle), retire or delete — each undoable.

Below the list, the selected credential's judgement: every requirement with its
source, and which courses were counted toward it (the allocation).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.domain.core.records import Credential
from lmt_tracker.domain.status import CredentialStatus
from lmt_tracker.gui import tasks, undo
from lmt_tracker.gui.context import AppContext
from lmt_tracker.gui.findings_html import findings_html
from lmt_tracker.gui.screens.base import Screen
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import EmptyState, button, header
from lmt_tracker.gui.widgets.common import read_only_item as _item
from lmt_tracker.gui.words import core, count, date, hours, word
from lmt_tracker.reports.unjudged import unjudged_reason

COLUMNS = (translate("credentials", "State / body"), translate("credentials", "Kind"),
           translate("credentials", "Title"), translate("credentials", "Number"),
           translate("credentials", "Issued"), translate("credentials", "Expires"),
           translate("credentials", "Status"))


class CredentialsScreen(Screen):
    key = "credentials"
    title = translate("credentials", "Credentials")
    icon = "credentials"
    shows = frozenset({"credentials", "courses", "therapist"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.statuses: dict[int, CredentialStatus] = {}
        self.credentials: list[Credential] = []
        self._wanted: int | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.buttons = {
            "edit": button(translate("credentials", "Edit"), self.edit, icon_name="edit"),
            "renew": button(translate("credentials", "Renew"), self.renew, icon_name="renew",
                            tip=translate("credentials", "Start the next cycle with the new "
                                          "expiry date")),
            "retire": button(translate("credentials", "Retire"), self.toggle_retired,
                             icon_name="retire",
                             tip=translate("credentials", "Keep on record, stop reminders and "
                                           "CE checks")),
            "delete": button(translate("credentials", "Delete"), self.delete, icon_name="delete"),
        }
        head, self.subtitle = header(translate("credentials", "Credentials"), "", [
            *self.buttons.values(),
            button(translate("credentials", "Add credential"), self.add, icon_name="add",
                   primary=True)])
        lay.addWidget(head)
        self.pages = QStackedWidget()
        self.pages.addWidget(EmptyState(
            "credentials", translate("credentials", "No credentials yet"),
            translate("credentials", "Add each state license, your NCBTMB certification, "
                      "memberships and your CPR card. Each is judged by its own "
                      "rules and cycle."),
            [(translate("credentials", "Add credential"), self.add)]))
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: no trap
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName(translate("credentials", "Credentials table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        split.addWidget(self.table)
        self.tabs = QTabWidget()
        self.details = QTextBrowser()
        self.details.setTabChangesFocus(True)  # Tab moves on: no trap
        self.details.setOpenExternalLinks(True)
        self.details.setAccessibleName(translate("credentials", "Requirements of the selected "
                                                 "credential"))
        self.tabs.addTab(self.details, translate("credentials", "Requirements"))
        self.lines = QTableWidget(0, 6)
        self.lines.setTabKeyNavigation(False)  # Tab leaves the table: no trap
        self.lines.setHorizontalHeaderLabels(
            (translate("credentials", "Course"), translate("credentials", "Completed"),
             translate("credentials", "Hours"), translate("credentials", "Counted"),
             translate("credentials", "Toward"), translate("credentials", "How it was counted")))
        self.lines.setAccessibleName(translate("credentials", "Courses counted toward the "
                                               "selected credential"))
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.lines, translate("credentials", "Courses counted"))
        split.addWidget(self.tabs)
        split.setSizes([260, 360])
        self.pages.addWidget(split)
        lay.addWidget(self.pages, 1)
        self._selected_changed()

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.ctx

        def work(progress: tasks.Progress) -> list[CredentialStatus]:
            from lmt_tracker.domain.status import evaluate_status

            return evaluate_status(ctx.record(), ctx.jurisdictions, ctx.today())

        tasks.start(ctx, work, label=translate("credentials", "Judging credentials…"), parent=self,
                    on_done=self._loaded)

    def _loaded(self, statuses: list[CredentialStatus]) -> None:
        keep = self.current()
        self.statuses = {s.credential.id: s for s in statuses if s.credential.id is not None}
        self.credentials = [s.credential for s in statuses]
        self.table.setRowCount(len(self.credentials))
        for row, c in enumerate(self.credentials):
            values = (c.jurisdiction, word(c.kind), c.title, c.number, date(c.issue_date),
                      date(c.expiry_date), word(c.status))
            for column, text in enumerate(values):
                self.table.setItem(row, column, _item(text, c.id))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        active = sum(1 for c in self.credentials if c.status == "active")
        self.subtitle.setText(translate("credentials", "{0}, {active} active")
                              .format(count(len(self.credentials), 'credential'), active=active))
        self.pages.setCurrentIndex(1 if self.credentials else 0)
        ids = [c.id for c in self.credentials]
        wanted = self._wanted if self._wanted in ids else (keep.id if keep else None)
        self._wanted = None
        self.table.selectRow(ids.index(wanted) if wanted in ids else 0)
        self._selected_changed()

    def select(self, credential_id: int) -> None:
        """Select a credential by id (now, or once the list has loaded)."""
        self._wanted = credential_id
        ids = [c.id for c in self.credentials]
        if credential_id in ids:
            self.table.selectRow(ids.index(credential_id))

    def current(self) -> Credential | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.credentials[rows[0].row()] if rows and rows[0].row() < len(self.credentials) \
            else None

    def _selected_changed(self) -> None:
        c = self.current()
        for b in self.buttons.values():
            b.setEnabled(c is not None)
        if c is None:
            self.details.setHtml(translate("credentials", "<p>Select a credential to see what "
                                           "it requires.</p>"))
            self.lines.setRowCount(0)
            return
        self.buttons["retire"].setText(translate("credentials",
                                                 "Reactivate") if c.status == "retired"
                                       else translate("credentials", "Retire"))
        self.buttons["renew"].setEnabled(c.status != "retired")
        self._show_status(self.statuses.get(c.id or -1), c)

    def _show_status(self, s: CredentialStatus | None, c: Credential) -> None:
        lines = []
        if s is not None and s.cycle_start and s.cycle_end:
            lines.append(translate("credentials", "Current CE period: {0} – {1}")
                         .format(date(s.cycle_start), date(s.cycle_end))
                         + (translate("credentials", " ({0} days left)")
                            .format(s.days_left) if s.days_left is not None else ""))
        if s is not None and s.required_hours is not None:
            lines.append(translate("credentials", "Required {0} h · counted {1} h")
                         .format(hours(s.required_hours), hours(s.counted_hours)))
            topics = s.renewal.topics if s.renewal is not None else ()
            if topics:  # the same figures as status --json and the PDF
                lines.append(translate("credentials", "Topics: ") + " · ".join(
                    translate("credentials", "{0} {1} of {2}").format(
                        word(t.key), hours(min(t.counted, t.needed)), hours(t.needed))
                    for t in topics))
        elif s is not None and (why := unjudged_reason(s)):
            lines.append(why)  # never silence where there is no basis to judge
        title = f"{c.jurisdiction} · {c.title or word(c.kind)}"
        self.details.setHtml(findings_html(title, lines, s.findings if s else ()))
        # Every course of the period, counted or not: what it earned, toward what, and why
        # any hours were left out (the PDF's course list and "Hours not counted").
        shown = list(s.renewal.lines if s and s.renewal else ())
        self.lines.setRowCount(len(shown))
        for row, line in enumerate(shown):
            toward = ", ".join(_toward_words(t) for t in line.toward)
            if line.excluded > 0 and line.reasons:
                why = "; ".join(core(r) for r in line.reasons)
                left = translate("credentials",
                                 "{0} h not counted: {1}").format(hours(line.excluded), why)
                toward = f"{toward} — {left}" if toward else left
            values = (line.course.title, date(line.course.completed), hours(line.hours),
                      hours(line.counted), toward, core(line.how))
            for column, text in enumerate(values):
                item = _item(text)
                item.setToolTip(text)
                self.lines.setItem(row, column, item)

    # -- commands ----------------------------------------------------------------------------
    def add(self) -> None:
        from lmt_tracker.gui.dialogs.credential_dialog import CredentialDialog

        CredentialDialog(self.ctx, None, self).exec()

    def edit(self) -> None:
        from lmt_tracker.gui.dialogs.credential_dialog import CredentialDialog

        c = self.current()
        if c is not None:
            CredentialDialog(self.ctx, c, self).exec()

    def renew(self) -> None:
        from lmt_tracker.gui.dialogs.credential_dialog import RenewDialog

        c = self.current()
        if c is not None:
            RenewDialog(self.ctx, c, self).exec()

    def toggle_retired(self) -> None:
        import dataclasses

        c = self.current()
        if c is None:
            return
        status = "active" if c.status == "retired" else "retired"
        undo.push(self.ctx, undo.SaveRecord(self.ctx, "credential",
                                            dataclasses.replace(c, status=status), c))

    def delete(self) -> None:
        c = self.current()
        if c is not None:
            from lmt_tracker.gui.refused_delete import push_delete

            push_delete(self.ctx, self, "credential",
                        undo.DeleteRecord(self.ctx, "credential", c))


def _toward_words(name: str) -> str:
    """An allocation target in words: "total", "topic:hands_on:in_person", "extra:implicit_bias"."""
    kind, _, rest = name.partition(":")
    if kind == "total":
        return translate("credentials", "Total")
    if kind == "in_person":
        return translate("credentials", "In-person minimum")
    if kind == "extra":
        return translate("credentials", "{0} (on top of the total)").format(word(rest))
    topic, _, deliveries = rest.partition(":")
    where = " or ".join(word(d).lower() for d in deliveries.split("+")) if deliveries else ""
    return word(topic) + (f" ({where})" if where else "")
