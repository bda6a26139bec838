"""The school screen's helpers: the import review, the jurisdiction picker, the
drill-down text and an undoable class delete.

Kept apart from ``school.py`` so the screen reads as the flow it is (import → review
→ audit → look → export) and each part can be tested on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.domain.entry.cohort import (
    ELIGIBLE,
    SHORT,
    GraduateAudit,
    shortfalls,
    state_of,
    to_confirm,
)
from lmt_tracker.gui import theme, words
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.undo import Command
from lmt_tracker.gui.widgets.common import label

if TYPE_CHECKING:
    from lmt_tracker.domain.core.records import Graduate
    from lmt_tracker.domain.core.rules import Jurisdiction
    from lmt_tracker.gui.context import AppContext
    from lmt_tracker.gui.screens.school_mapping import MappingPanel
    from lmt_tracker.io.class_mapping import ColumnMapping
    from lmt_tracker.io.school_csv import ParsedClass

MAX_NAME = 300
SAVE, AUDIT, REMAP = "save", "audit", "remap"


class ImportReview(QDialog):
    """The confirm step: how the columns are read, what was read, every refused row, and
    whether to store the class.

    Opened with ``open()`` (not ``exec``) so the window stays live; ``choice`` is
    ``"save"``, ``"audit"`` (look without storing), ``"remap"`` (read again with
    :meth:`mapping`) or None (cancelled). ``parsed`` is None when the file could not be
    read as mapped (``problem`` says why, e.g. dates whose order the user must choose).
    """

    def __init__(self, path: str, parsed: ParsedClass | None, schools: Sequence[str],
                 parent: QWidget | None = None, *, mapping: ColumnMapping | None = None,
                 preview: tuple[tuple[str, ...], ...] = (), states: Iterable[str] = (),
                 problem: str = "", sheets: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("school_parts", "Import a class list"))
        self.setObjectName("importReview")
        self.choice: str | None = None
        lay = QVBoxLayout(self)
        good = len(parsed.graduates) if parsed else 0
        if parsed is not None:
            refused = parsed.refused
            summary = translate("school_parts",
                                "{0}: {1} rows, {good} read").format(Path(path).name,
                                                                     parsed.rows_read, good=good)
            summary += (translate("school_parts", ", {refused} refused.").format(refused=refused)
                        if refused else translate("school_parts", " — every row was read."))
        else:
            summary = translate("school_parts", "{0}: not read yet").format(Path(path).name)
        lay.addWidget(label(summary, "cardTitle", wrap=True))
        if problem:
            self.read_problem = label(problem, "fieldError", wrap=True)
            lay.addWidget(self.read_problem)
        mapping = mapping or (parsed.mapping if parsed else None)
        self.panel: MappingPanel | None = None
        if mapping is not None:
            from lmt_tracker.gui.screens.school_mapping import MappingPanel

            self.panel = MappingPanel(mapping, preview or (parsed.preview if parsed else ()),
                                      states, self, sheets=sheets)
            lay.addWidget(self.panel, 2)
        if parsed is not None and parsed.errors:
            lay.addWidget(label(translate("school_parts", "Refused rows are neither audited nor "
                                          "stored. Fix them in the file and "
                                          "import it again: the class is "
                                          "updated, not duplicated. Notes do "
                                          "not refuse any row."), "muted", wrap=True))
            lay.addWidget(self._errors_table(parsed), 1)
        form = QFormLayout()
        self.school = QComboBox()
        self.school.setEditable(True)
        self.school.addItems(list(schools))
        self.school.setAccessibleName(translate("school_parts", "School"))
        self.class_name = QLineEdit(Path(path).stem.replace("_", " "))
        self.class_name.setAccessibleName(translate("school_parts", "Class"))
        self.class_name.setMaxLength(MAX_NAME)
        form.addRow(translate("school_parts", "School"), self.school)
        form.addRow(translate("school_parts", "Class"), self.class_name)
        lay.addLayout(form)
        self.problem = label("", "fieldError", wrap=True)
        lay.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(translate("school_parts", "Save {good} graduates and "
                                                 "audit").format(good=good))
        self.save_button.setProperty("primary", True)
        self.audit_button = QPushButton(translate("school_parts", "Audit without saving"))
        self.remap_button = QPushButton(translate("school_parts", "Re-read with these columns"))
        self.remap_button.setEnabled(self.panel is not None)
        self.save_map_button = QPushButton(translate("school_parts", "Save mapping…"))
        self.save_map_button.setToolTip(translate("school_parts", "Save these columns as a map "
                                                  "file for lmt-tracker audit "
                                                  "--map"))
        self.save_map_button.setEnabled(self.panel is not None)
        self.save_map_button.clicked.connect(self.save_mapping)
        for b, role in ((self.save_button, QDialogButtonBox.ButtonRole.AcceptRole),
                        (self.audit_button, QDialogButtonBox.ButtonRole.ActionRole)):
            b.setEnabled(good > 0)
            buttons.addButton(b, role)
        buttons.addButton(self.remap_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.save_map_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button.clicked.connect(self._save)
        self.audit_button.clicked.connect(self._audit)
        self.remap_button.clicked.connect(self._remap)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(900, 640 if self.panel is not None else 460)

    def save_mapping(self) -> None:
        """Write the mapping as shown to a TOML file (the command line's ``--map``)."""
        mapping = self.mapping()
        if mapping is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, translate("school_parts",
                                                              "Save the column mapping"),
                                              str(Path.home() / "class-mapping.toml"),
                                              translate("school_parts", "Map files (*.toml)"))
        if not path:
            return
        from lmt_tracker.io.class_map_file import to_toml
        from lmt_tracker.portable import atomic_write

        try:
            atomic_write(Path(path), to_toml(mapping).encode("utf-8"))
        except OSError as exc:
            self.problem.setText(translate("school_parts", "Could not save {path}: {0}")
                                 .format(words.core(exc.strerror or str(exc)), path=path))
            return
        self.problem.setText("")

    def mapping(self) -> ColumnMapping | None:
        return self.panel.chosen() if self.panel is not None else None

    def _remap(self) -> None:
        self.choice = REMAP
        self.accept()

    @staticmethod
    def _errors_table(parsed: ParsedClass) -> QTableWidget:
        table = QTableWidget(len(parsed.errors), 3)
        table.setObjectName("refusedRows")
        table.setAccessibleName(translate("school_parts", "Problems found in the file"))
        table.setHorizontalHeaderLabels([translate("school_parts", "Line"),
                                         translate("school_parts", "Column"),
                                         translate("school_parts", "Problem")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for r, e in enumerate(parsed.errors):
            table.setItem(r, 0, QTableWidgetItem(str(e.line)))
            table.setItem(r, 1, QTableWidgetItem(e.column or ""))
            message = words.core(e.message)
            text = message if e.refused else translate("school_parts",
                                                       "{0} — no row refused").format(message)
            table.setItem(r, 2, QTableWidgetItem(text))
        head = table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def names(self) -> tuple[str, str]:
        return " ".join(self.school.currentText().split()), " ".join(self.class_name.text().split())

    def _save(self) -> None:
        school, klass = self.names()
        if not school or not klass:
            self.problem.setText(translate("school_parts", "Enter the school and the class name "
                                           "to save the class (or audit without "
                                           "saving)."))
            return
        if len(school) > MAX_NAME:
            self.problem.setText(translate("school_parts", "The school name is longer than "
                                           "{MAX_NAME} characters.").format(MAX_NAME=MAX_NAME))
            return
        self.choice = SAVE
        self.accept()

    def _audit(self) -> None:
        self.choice = AUDIT
        self.accept()


class JurisdictionPicker(QDialog):
    """Tick the jurisdictions to audit against; quick picks for the usual choices."""

    def __init__(self, jurisdictions: Iterable[Jurisdiction], chosen: Iterable[str],
                 regulating: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("school_parts", "Jurisdictions to audit"))
        self.setObjectName("jurisdictionPicker")
        self._regulating = set(regulating)
        chosen_set = set(chosen)
        lay = QVBoxLayout(self)
        lay.addWidget(label(translate("school_parts", "Each ticked jurisdiction becomes a "
                                      "column of the matrix."), "muted"))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("school_parts", "Jurisdictions"))
        for j in sorted(jurisdictions, key=lambda j: (j.kind == "national", j.code)):
            regulation = j.current().regulation
            item = QListWidgetItem(f"{j.code} — {j.name} ({words.word(regulation)})")
            item.setData(Qt.ItemDataRole.UserRole, j.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if j.code in chosen_set
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        lay.addWidget(self.list)
        quick = QHBoxLayout()
        for text, pick in ((translate("school_parts", "Regulating states"),
                            lambda c: c in self._regulating),
                           (translate("school_parts", "All"), lambda c: True),
                           (translate("school_parts", "None"), lambda c: False)):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, p=pick: self._tick(p))
            quick.addWidget(b)
        quick.addStretch(1)
        lay.addLayout(quick)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(420, 560)

    def _tick(self, pick: object) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = pick(item.data(Qt.ItemDataRole.UserRole))  # type: ignore[operator]
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


def graduate_html(row: GraduateAudit) -> str:
    """The drill-down: one graduate's record, then each jurisdiction's missing items.

    Short jurisdictions come first with every missing item; eligible ones follow in
    one line each with what remains to confirm. Every user value is escaped.
    """
    c = theme.colours()
    g = row.graduate
    facts = [translate("school_parts", "{0} training hours").format(words.hours(g.total_hours))]
    if g.online_hours:
        facts.append(translate("school_parts", "{0} online").format(words.hours(g.online_hours)))
    if g.clinical_hours:
        facts.append(translate("school_parts", "{0} clinic").format(words.hours(g.clinical_hours)))
    exam = translate("school_parts",
                     "MBLEx: {0}").format(words.word(g.mblex)) + (f" ({words.date(g.mblex_date)})"
                                                      if g.mblex_date else "")
    facts.append(exam)
    subjects = subject_line(g)
    parts = [f"<h3>{escape(g.name)}</h3>",
             f"<p>{escape(g.student_id)} · {escape(' · '.join(facts))}</p>"]
    if subjects:
        parts.append(f"<p style='color:{c.muted}'>{escape(subjects)}</p>"
                     )
    judged = row.eligible_count + row.short_count
    parts.append(translate("school_parts", "<p><b>Eligible in {0} of {judged}</b></p>")
                 .format(row.eligible_count, judged=judged))
    eligible, not_judged = [], []
    for result in row.results:
        state = state_of(result)
        if state == SHORT:
            items = "".join(f"<li>{escape(words.core(f.message))}</li>"
                             for f in shortfalls(result))
            confirm = to_confirm(result)
            if confirm:
                items += (translate("school_parts", "<li style='color:{0}'>To confirm: {1}</li>")
                          .format(c.muted, escape(', '.join(words.core(f.label) for f in confirm))))
            parts.append(f"<p style='margin-bottom:0'><b style='color:{c.bad}'>✗ "
                         f"{escape(result.code)} {escape(result.name)}</b></p><ul>{items}</ul>")
        elif state == ELIGIBLE:
            eligible.append(result)
        else:
            not_judged.append(result.code)
    for result in eligible:
        confirm = to_confirm(result)
        note = (translate("school_parts", " — to confirm: {0}")
                .format(escape(', '.join(words.core(f.label) for f in confirm)))
                if confirm else "")
        parts.append(f"<p style='margin:2px 0'><b style='color:{c.ok}'>✓ {escape(result.code)}</b> "
                     f"{escape(result.name)}<span style='color:{c.muted}'>{note}</span></p>")
    if not_judged:
        parts.append(translate("school_parts", "<p style='color:{0}'>Not regulated: {1}</p>")
                     .format(c.muted, escape(', '.join(not_judged))))
    return "".join(parts)


def subject_line(g: Graduate) -> str:
    """Hours by subject, each with its online part when the file gives online hours by
    subject (what per-subject delivery rules judge); when it gives only an online total,
    the line says so, as that is why a delivery-limited subject is to confirm."""
    online = dict(g.subject_online or ())
    items = []
    for key, hours in g.subject_hours:
        text = f"{words.word(key)} {words.hours(hours)}"
        if key in online:
            text = QCoreApplication.translate("school_parts", "{0} ({1} online)").format(
                text, words.hours(online[key]))
        items.append(text)
    line = ", ".join(items)
    given = sum(online.values(), Decimal(0))
    if g.online_hours > given:
        line += " · " + QCoreApplication.translate(
            "school_parts", "{0} online hours not given by subject").format(
            words.hours(g.online_hours - given))
    return line


class DeleteClass(Command):
    """Delete a stored class; undo stores it again (new ids, same graduates)."""

    def __init__(self, ctx: AppContext, class_id: int, school: str, name: str,
                 versions: Mapping[str, int] | None = None) -> None:
        super().__init__(translate("school_parts", "delete class “{name}”").format(name=name))
        self.ctx, self.class_id, self.school, self.name = ctx, class_id, school, name
        self.versions = versions  # student id → version as the window read it, if it did
        self.graduates: tuple[Graduate, ...] = ()

    def do(self) -> None:
        from lmt_tracker.gui.undo import current_id
        from lmt_tracker.store import ConcurrentEditError

        ident = current_id(self.ctx, "class", self.class_id)
        stored = self.ctx.store.graduates(ident)
        # The first run deletes the class only if its graduates are as the window read
        # them; a redo deletes this window's own re-creation, unchecked.
        versions = self.versions if self._first else None
        try:
            self.ctx.store.delete_class(ident, graduates=versions)
        except ConcurrentEditError:
            self.ctx.changed("classes")
            raise
        self._first = False
        self.graduates = tuple(replace(g, id=None, class_id=None, version=None)
                               for g in stored)
        self.ctx.changed("classes", translate("school_parts", "Deleted {0} — {1} ({2} "
                                              "graduates); Ctrl+Z to undo")
                         .format(self.school, self.name, len(self.graduates)))

    def revert(self) -> None:
        from lmt_tracker.gui.undo import current_id

        old = current_id(self.ctx, "class", self.class_id)
        new, _, _ = self.ctx.store.save_class(self.school, self.name, self.graduates)
        if new != old:
            self.ctx.moved_ids[("class", old)] = new
        self.ctx.changed("classes", translate("school_parts", "Restored {0} — {1}")
                         .format(self.school, self.name))
