"""Dashboard: one card per credential, the MBLEx and CPR, reminders, and this cycle's CE.

The record is judged on a worker thread (``overview.build_overview``) so the
window stays responsive on a large database; results from an older refresh are
dropped if a newer one was started.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.gui import actions, commands, tasks, theme
from lmt_tracker.gui.context import AppContext
from lmt_tracker.gui.screens.base import Screen
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.cards import CredentialCard
from lmt_tracker.gui.widgets.common import (
    EmptyState,
    button,
    card,
    chip,
    clear_layout,
    header,
    label,
)
from lmt_tracker.gui.widgets.rules_age import RulesAgeNote
from lmt_tracker.gui.words import count, date, localize_dates

if TYPE_CHECKING:
    from lmt_tracker.gui.overview import Overview

NARROW = 760


class DashboardScreen(Screen):
    key = "dashboard"
    title = translate("dashboard", "Dashboard")
    icon = "dashboard"
    shows = frozenset({"therapist", "programs", "exams", "credentials", "courses", "settings",
                       "day"})
    loaded = Signal()
    #: After ``loaded``, or after a judging failed (and was reported): what the window
    #: leaves until the dashboard is drawn (icons, housekeeping) connects here. Emitted on
    #: the GUI thread, so a connection made right after ``refresh`` is never too late.
    settled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview: Overview | None = None
        self._generation = 0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        head, self.subtitle = header(translate("dashboard", "Dashboard"),
                                     translate("dashboard", "Loading your record…"), [
            button(translate("dashboard", "New course"), self._new_course, icon_name="add",
                   primary=True,
                   tip=translate("dashboard", "Add a CE course (Ctrl+N)")),
        ])
        lay.addWidget(head)
        self.rules_age = RulesAgeNote()
        lay.addWidget(self.rules_age)
        self.pages = QStackedWidget()
        self.loading = label(translate("dashboard", "Judging every credential against its rules…"),
                             "muted")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.loading)
        self.empty = EmptyState(
            "dashboard", translate("dashboard", "Nothing to judge yet"),
            translate("dashboard", "Add your license and your CE courses, and this page shows "
                      "what is met, what is missing, and by when."),
            [(translate("dashboard", "Set up my record…"),
              lambda: commands.first_run(self.window())),
             (translate("dashboard", "Explore the demo"),
              lambda: commands.load_demo(self.window()))])
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self._content())
        lay.addWidget(self.pages, 1)

    def _content(self) -> QWidget:
        scroll = QScrollArea()
        # it takes the focus: arrows scroll it
        scroll.setAccessibleName(translate("dashboard", "Dashboard page"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Cards reflow into one column on a narrow window: never a sideways scroll.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 4, 8, 8)
        self.body.setSpacing(12)
        self.reminder_box = QVBoxLayout()
        self.body.addLayout(self.reminder_box)
        self.cards = QGridLayout()
        self.cards.setSpacing(12)
        self.cards.setColumnStretch(0, 1)
        self.cards.setColumnStretch(1, 1)
        self.body.addLayout(self.cards)
        self.extras = QHBoxLayout()
        self.extras.setSpacing(12)
        self.body.addLayout(self.extras)
        self.chart_frame, chart_lay = card()
        top = QHBoxLayout()
        top.addWidget(label(translate("dashboard", "CE hours this cycle, by topic and delivery"),
                            "cardTitle", wrap=True),
                      1)
        self.chart_choice = QComboBox()
        self.chart_choice.setAccessibleName(translate("dashboard", "Credential for the chart"))
        # As wide as its longest entry would push the page sideways on a small screen.
        self.chart_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chart_choice.setMinimumContentsLength(22)
        self.chart_choice.currentIndexChanged.connect(self._draw_chart)
        top.addWidget(self.chart_choice)
        chart_lay.addLayout(top)
        self.chart_box = QHBoxLayout()
        chart_lay.addLayout(self.chart_box)
        self.body.addWidget(self.chart_frame)
        self.body.addStretch(1)
        scroll.setWidget(body)
        return scroll

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        ctx = self.ctx

        def work(progress: tasks.Progress) -> Overview:
            # Imported here, on the worker: the judging modules (``domain.status`` and
            # what it needs, ~20 ms) load off the GUI thread.
            from lmt_tracker.gui.overview import build_overview

            record = ctx.record()
            return build_overview(record, ctx.jurisdictions, ctx.today(),
                                  actions.reminder_days(ctx))

        label = translate("dashboard", "Judging your record…")

        def failed(exc: Exception) -> None:
            self.settled.emit()
            tasks.report_error(ctx, self, label, exc)

        tasks.start(ctx, work, label=label, parent=self, on_error=failed,
                    on_done=lambda o: self._show(o, generation))

    def _show(self, overview: Overview, generation: int) -> None:
        if generation != self._generation:
            return
        self.overview = overview
        self.rules_age.show_for(self.ctx.jurisdictions, overview.today)
        self.ctx.signals.reminders_due.emit(list(overview.reminders))
        if overview.empty:
            self.subtitle.setText(translate("dashboard", "Welcome! Start by setting up your "
                                            "record."))
            self.pages.setCurrentWidget(self.empty)
        else:
            who = overview.therapist or translate("dashboard", "Your record")
            self.subtitle.setText(translate("dashboard", "{who} · as of {0} · {1} on file")
                                  .format(date(overview.today), count(overview.course_count,
                                                                      'CE course'), who=who))
            self._render(overview)
            self.pages.setCurrentIndex(2)
        self.loaded.emit()
        self.settled.emit()
        if not overview.empty:
            # After the cards: the charts' worker would compete with drawing them.
            self._load_charts(overview, generation)

    def _load_charts(self, overview: Overview, generation: int) -> None:
        """Charts need every course's allocation: computed after the cards are on screen."""
        def done(full: Overview) -> None:
            if generation == self._generation:
                self.overview = full
                self._fill_chart_choice(full)

        tasks.start(self.ctx, lambda progress: overview.with_charts(),
                    label=translate("dashboard", "Charting…"),
                    parent=self, on_done=done)

    def _details(self, credential_id: int) -> None:
        """Open the Credentials screen on this credential's requirements."""
        self.ctx.signals.navigate.emit("credentials")
        screen = getattr(self.window(), "screens", {}).get("credentials")
        if screen is not None:
            screen.select(credential_id)

    def _new_course(self) -> None:
        commands.new_course(self.window())  # type: ignore[arg-type]

    # -- drawing -----------------------------------------------------------------------------
    def _render(self, o: Overview) -> None:
        self._render_reminders(o)
        clear_layout(self.cards)
        if not o.cards:
            self.cards.addWidget(EmptyState(
                "credentials", translate("dashboard", "No credentials yet"),
                translate("dashboard", "Add your state license (and any certification) to see "
                          "what each one needs."),
                [(translate("dashboard", "Add a credential"),
                  lambda: self.ctx.signals.navigate.emit("credentials"))]),
                0, 0, 1, 2)
        columns = self._columns()
        self._rendered_columns = columns
        last: QWidget | None = None
        for i, data in enumerate(o.cards):
            widget = CredentialCard(data)
            widget.details.connect(self._details)
            self.cards.addWidget(widget, i // columns, i % columns)
            for b in widget.findChildren(QPushButton):
                if last is not None:
                    QWidget.setTabOrder(last, b)
                last = b
        if last is not None:
            # New cards join the end of the focus chain; Tab follows the page downwards:
            # the cards (left to right, row by row), then the chart below them.
            QWidget.setTabOrder(last, self.chart_choice)
        clear_layout(self.extras)
        self.extras.addWidget(self._exam_card(o))
        self.extras.addWidget(self._cpr_card(o))
        self.chart_frame.setVisible(False)

    def _columns(self) -> int:
        """Two columns of cards from 760 pixels of screen width, else one."""
        return 2 if self.width() >= NARROW else 1

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.overview is not None and not self.overview.empty \
                and getattr(self, "_rendered_columns", 0) not in (0, self._columns()):
            self._render(self.overview)
            self._fill_chart_choice(self.overview)

    def _fill_chart_choice(self, o: Overview) -> None:
        chosen = self.chart_choice.currentData()
        self.chart_choice.blockSignals(True)
        self.chart_choice.clear()
        for chart in o.charts:
            self.chart_choice.addItem(chart.title, chart.credential_id)
        self.chart_choice.setCurrentIndex(max(0, self.chart_choice.findData(chosen)))
        self.chart_choice.blockSignals(False)
        self.chart_frame.setVisible(bool(o.charts))
        self._draw_chart()

    def _render_reminders(self, o: Overview) -> None:
        clear_layout(self.reminder_box)
        frame, lay = card()
        lay.addWidget(label(translate("dashboard", "Reminders"), "cardTitle"))
        if not o.reminders:
            lay.addWidget(label(translate("dashboard", "No deadlines within your reminder "
                                          "window. Lead times are set in Settings."), "muted",
                                wrap=True))
        for r in o.reminders:
            colour = theme.status_colour("bad" if r.urgent else "warn")
            row = QHBoxLayout()
            # Urgency in a glyph and in words too, never by colour alone.
            due = chip(("⚠ " if r.urgent else "") + date(r.due), colour)
            due.setAccessibleName((translate("dashboard", "Urgent: due {0}") if r.urgent
                                   else translate("dashboard", "Due {0}")).format(date(r.due)))
            due.setAccessibleDescription(r.message)
            row.addWidget(due)
            row.addWidget(label(r.message, wrap=True), 1)
            lay.addLayout(row)
        self.reminder_box.addWidget(frame)

    def _exam_card(self, o: Overview) -> QWidget:
        frame, lay = card()
        top = QHBoxLayout()
        top.addWidget(label("MBLEx", "cardTitle"), 1)
        state = chip(translate("dashboard", "Passed") if o.exam.state == "ok"
                     else translate("dashboard", "Open"), theme.status_colour(o.exam.state))
        state.setAccessibleName(translate("dashboard", "MBLEx status: {0}").format(state.text()))
        state.setAccessibleDescription(localize_dates(o.exam.headline))
        top.addWidget(state)
        lay.addLayout(top)
        lay.addWidget(label(localize_dates(o.exam.headline), wrap=True))
        for line in o.exam.lines:
            lay.addWidget(label(localize_dates(line), "muted", wrap=True))
        lay.addStretch(1)
        return frame

    def _cpr_card(self, o: Overview) -> QWidget:
        frame, lay = card()
        lay.addWidget(label(translate("dashboard", "CPR card"), "cardTitle"))
        if not o.cpr:
            lay.addWidget(label(translate("dashboard", "No CPR card recorded. Many states "
                                          "require a current card; add it under "
                                          "Credentials."), "muted", wrap=True))
        for c in o.cpr:
            row = QHBoxLayout()
            row.addWidget(label(c.title, wrap=True), 1)
            state = chip(c.state_text, theme.status_colour(c.state))
            state.setAccessibleName(translate("dashboard", "{0} status: {1}").format(
                c.title, c.state_text))
            row.addWidget(state)
            lay.addLayout(row)
            when = (translate("dashboard", "expires {0}").format(date(c.deadline)) if c.deadline
                    else translate("dashboard", "no expiry date entered"))
            lay.addWidget(label(f"{c.subtitle} · {when}", "muted", wrap=True))
        lay.addStretch(1)
        return frame

    def _draw_chart(self) -> None:
        from lmt_tracker.gui.widgets.charts import hours_chart

        clear_layout(self.chart_box)
        if self.overview is None or not self.overview.charts:
            return
        index = max(0, self.chart_choice.currentIndex())
        data = self.overview.charts[index]
        by_topic = hours_chart(translate("dashboard", "By topic"), data.by_topic)
        by_delivery = hours_chart(translate("dashboard", "By delivery"), data.by_delivery)
        self.chart_box.addWidget(by_topic, 3)
        self.chart_box.addWidget(by_delivery, 2)
        # New widgets join the end of the focus chain: Tab goes from the chooser to them.
        QWidget.setTabOrder(self.chart_choice, by_topic)
        QWidget.setTabOrder(by_topic, by_delivery)
