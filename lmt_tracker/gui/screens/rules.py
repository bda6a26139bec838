"""Rules: browse any jurisdiction with sources and checked dates, compare 2–4 side by side,
and see where the therapist's record could apply for a license today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.domain.core.rules_age import rules_age
from lmt_tracker.domain.entry.compiled import EligibilityResult
from lmt_tracker.gui import tasks
from lmt_tracker.gui.context import AppContext
from lmt_tracker.gui.findings_html import findings_html
from lmt_tracker.gui.rules_html import compare_rows, jurisdiction_html
from lmt_tracker.gui.screens.base import Screen
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import header, label
from lmt_tracker.gui.widgets.common import read_only_item as _item
from lmt_tracker.gui.words import core, date, localize_dates
from lmt_tracker.gui.words import rules_age_line as words_rules_age

COMPARE_SLOTS = 4
VERDICT = {True: translate("rules", "Eligible"), False: translate("rules", "Not yet"),
           None: translate("rules", "Not regulated")}


class RulesScreen(Screen):
    key = "rules"
    title = translate("rules", "Rules")
    icon = "rules"
    shows = frozenset({"programs", "exams", "therapist"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.results: list[EligibilityResult] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        head, self.subtitle = header(translate("rules", "Rules"), translate("rules",
                                                                            "Every jurisdiction's "
                                                        "requirements, with sources "
                                                        "and the date each was checked."))
        lay.addWidget(head)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("rules", "Rules views"))
        self.tabs.addTab(self._browse_tab(), translate("rules", "Browse"))
        self.tabs.addTab(self._compare_tab(), translate("rules", "Compare"))
        self.tabs.addTab(self._apply_tab(), translate("rules", "Where could I apply?"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        lay.addWidget(self.tabs, 1)
        self._filled = False

    # -- browse ------------------------------------------------------------------------------
    def _browse_tab(self) -> QWidget:
        split = QSplitter()
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("rules", "Filter states…"))
        self.search.setAccessibleName(translate("rules", "Filter jurisdictions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_list)
        box.addWidget(self.search)
        self.codes = QListWidget()
        self.codes.setAccessibleName(translate("rules", "Jurisdictions"))
        self.codes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.codes.setSpacing(1)
        self.codes.currentItemChanged.connect(lambda *_: self._show_rule())
        box.addWidget(self.codes, 1)
        split.addWidget(left)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(8, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(label(translate("rules", "Version:")))
        self.version = QComboBox()
        self.version.setAccessibleName(translate("rules", "Rule version"))
        self.version.currentIndexChanged.connect(lambda _i: self._show_rule(keep_version=True))
        row.addWidget(self.version, 1)
        box.addLayout(row)
        self.rule_view = QTextBrowser()
        self.rule_view.setTabChangesFocus(True)  # Tab moves on: no trap
        self.rule_view.setOpenExternalLinks(True)
        self.rule_view.setAccessibleName(translate("rules", "Rule details"))
        box.addWidget(self.rule_view, 1)
        split.addWidget(right)
        split.setSizes([230, 800])
        return split

    def _fill_list(self) -> None:
        for code, j in sorted(self.ctx.jurisdictions.items(),
                              key=lambda kv: (kv[1].kind == "national", kv[0])):
            item = QListWidgetItem(f"{code} — {j.name}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.codes.addItem(item)
        self.codes.setCurrentRow(0)
        age = rules_age(self.ctx.jurisdictions.values())
        if age is not None:
            self.subtitle.setText(translate("rules", "Every jurisdiction's requirements, with "
                                            "sources and the date each was checked. "
                                            "{0}.").format(words_rules_age(age.newest, age.oldest)))

    def _filter_list(self, text: str) -> None:
        needle = text.lower().strip()
        for i in range(self.codes.count()):
            item = self.codes.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def show_code(self, code: str) -> None:
        for i in range(self.codes.count()):
            if self.codes.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.codes.setCurrentRow(i)
                self.tabs.setCurrentIndex(0)
                return

    def _show_rule(self, keep_version: bool = False) -> None:
        item = self.codes.currentItem()
        if item is None:
            return
        j = self.ctx.jurisdictions[item.data(Qt.ItemDataRole.UserRole)]
        today = self.ctx.today()
        if not keep_version:
            self.version.blockSignals(True)
            self.version.clear()
            for v in j.versions:
                ends = date(v.ends) if v.ends else translate("rules", "today")
                marker = translate("rules", " (in force)") if v.in_force(today) else ""
                self.version.addItem(translate("rules", "{0} to {ends}{marker}")
                                     .format(date(v.effective), ends=ends, marker=marker))
            self.version.setCurrentIndex(j.versions.index(j.current(today)))
            self.version.blockSignals(False)
        version = j.versions[max(0, self.version.currentIndex())]
        self.rule_view.setHtml(jurisdiction_html(j, version, today))

    # -- compare -----------------------------------------------------------------------------
    def _compare_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(label(translate("rules", "Compare:")))
        self.compare_choice: list[QComboBox] = []
        for n in range(COMPARE_SLOTS):
            combo = QComboBox()
            combo.setAccessibleName(translate("rules", "Jurisdiction {0} to compare").format(n + 1))
            combo.currentIndexChanged.connect(lambda _i: self._fill_compare())
            self.compare_choice.append(combo)
            row.addWidget(combo, 1)
        box.addLayout(row)
        self.compare = QTableWidget(0, 0)
        self.compare.setTabKeyNavigation(False)  # Tab leaves the table: no trap
        self.compare.setAccessibleName(translate("rules", "Comparison of jurisdictions"))
        self.compare.setWordWrap(True)
        self.compare.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        box.addWidget(self.compare, 1)
        return page

    def _fill_compare_choices(self) -> None:
        record = self.ctx.records.peek()
        mine = [c.jurisdiction.upper() for c in (record.credentials if record else ())]
        defaults = [c for c in dict.fromkeys([*mine, "FL", "NY", "TX", "CA"])
                    if c in self.ctx.jurisdictions][:3]
        for n, combo in enumerate(self.compare_choice):
            combo.blockSignals(True)
            combo.addItem("—" if n >= 2 else translate("rules", "Choose…"), None)
            for code, j in sorted(self.ctx.jurisdictions.items()):
                combo.addItem(f"{code} — {j.name}", code)
            if n < len(defaults):
                combo.setCurrentIndex(combo.findData(defaults[n]))
            combo.blockSignals(False)

    def set_compared(self, codes: list[str]) -> None:
        """Choose the 2–4 jurisdictions to compare (the rest are cleared)."""
        for n, combo in enumerate(self.compare_choice):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(codes[n]) if n < len(codes) else 0)
            combo.blockSignals(False)
        self._fill_compare()

    def compared_codes(self) -> list[str]:
        return [c.currentData() for c in self.compare_choice if c.currentData()]

    def _fill_compare(self) -> None:
        codes = list(dict.fromkeys(self.compared_codes()))
        chosen = [self.ctx.jurisdictions[c] for c in codes]
        rows = compare_rows(chosen, self.ctx.today())
        t = self.compare
        t.clear()
        t.setColumnCount(len(chosen))
        t.setRowCount(len(rows))
        t.setHorizontalHeaderLabels([j.code for j in chosen])
        for col, j in enumerate(chosen):
            header = t.horizontalHeaderItem(col)  # set by setHorizontalHeaderLabels
            assert header is not None
            header.setToolTip(j.name)
        t.setVerticalHeaderLabels([name for name, _ in rows])
        for r, (_name, cells) in enumerate(rows):
            for col, text in enumerate(cells):
                t.setItem(r, col, _item(text))
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        t.resizeRowsToContents()

    # -- where could I apply -----------------------------------------------------------------
    def _apply_tab(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Vertical)
        self.apply_table = QTableWidget(0, 4)
        self.apply_table.setTabKeyNavigation(False)  # Tab leaves the table: no trap
        self.apply_table.setHorizontalHeaderLabels((translate("rules", "Jurisdiction"),
                                                    translate("rules", "Verdict"),
                                                    translate("rules", "Open items"),
                                                    translate("rules", "First open item")))
        self.apply_table.setAccessibleName(translate("rules", "Where you could apply"))
        self.apply_table.verticalHeader().hide()
        self.apply_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.apply_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.apply_table.itemSelectionChanged.connect(self._apply_selected)
        split.addWidget(self.apply_table)
        self.apply_view = QTextBrowser()
        self.apply_view.setTabChangesFocus(True)  # Tab moves on: no trap
        self.apply_view.setOpenExternalLinks(True)
        self.apply_view.setAccessibleName(translate("rules", "What the chosen jurisdiction needs"))
        split.addWidget(self.apply_view)
        split.setSizes([380, 240])
        return split

    def refresh(self) -> None:
        if not self._filled:
            self._filled = True
            self._fill_list()
            self._fill_compare_choices()
            self._fill_compare()
        ctx = self.ctx

        def work(progress: tasks.Progress) -> list[EligibilityResult]:
            from lmt_tracker.domain.entry.applicant import Applicant
            from lmt_tracker.domain.entry.eligibility import eligibility_for

            record = ctx.record()
            applicant = Applicant.from_record(record, ctx.today())
            return eligibility_for(applicant, ctx.jurisdictions, ctx.today())

        tasks.start(ctx, work, label=translate("rules", "Checking every state…"), parent=self,
                    on_done=self._apply_loaded)

    def _apply_loaded(self, results: list[EligibilityResult]) -> None:
        order = {True: 0, False: 1, None: 2}
        self.results = sorted(results, key=lambda r: (order[r.eligible], len(r.missing), r.code))
        t = self.apply_table
        t.setRowCount(len(self.results))
        for row, r in enumerate(self.results):
            first = core(next((f.message for f in r.findings if f.status == "short"),
                              r.missing[0].message if r.missing else ""))
            for col, text in enumerate((f"{r.code} — {r.name}", VERDICT[r.eligible],
                                        str(len(r.missing)), localize_dates(first))):
                t.setItem(row, col, _item(text, r.code))
        t.resizeColumnsToContents()
        t.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        eligible = sum(1 for r in self.results if r.eligible)
        self.tabs.setTabText(2, translate("rules", "Where could I apply? ({eligible})")
                             .format(eligible=eligible))

    def _apply_selected(self) -> None:
        rows = self.apply_table.selectionModel().selectedRows()
        if not rows:
            return
        r = self.results[rows[0].row()]
        title = f"{r.name}: {VERDICT[r.eligible].lower()}"
        self.apply_view.setHtml(findings_html(title, [], r.findings))

    def _tab_changed(self) -> None:
        if self.tabs.currentIndex() == 2 and self.apply_table.currentRow() < 0 and self.results:
            self.apply_table.selectRow(0)
