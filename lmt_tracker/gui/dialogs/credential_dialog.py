"""Add or edit a credential; renew one (start its next cycle)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from lmt_tracker.domain.core import validation
from lmt_tracker.domain.core.records import Credential
from lmt_tracker.gui import undo
from lmt_tracker.gui.dialogs.base import FormDialog
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import label
from lmt_tracker.gui.widgets.forms import DateEdit, notes_edit
from lmt_tracker.gui.words import date, word

if TYPE_CHECKING:
    from lmt_tracker.domain.core.field_checks import Problem
    from lmt_tracker.gui.context import AppContext

KINDS = ("state_license", "national_certification", "membership", "cpr_card")
STATUSES = ("active", "inactive", "lapsed", "retired")


CHOOSE = translate("credential_dialog", "Choose a state or body…")
#: Kinds whose "state or body" may be typed: a CPR card's issuer, an association.
FREE_TEXT_KINDS = frozenset({"cpr_card", "membership"})


def jurisdiction_combo(ctx: AppContext, current: str = "", *, free_text: bool = False,
                       placeholder: str = CHOOSE, states_only: bool = False) -> QComboBox:
    """A chooser of the jurisdictions LMT Tracker has rules for: "Texas (TX)", by name.

    Never free text for a license: a state typed as "Texas" is no jurisdiction at all,
    and would be judged against nothing. The first entry is a placeholder (no code), so
    a form left untouched cannot save a state the user never chose. ``free_text`` makes
    it editable, for a CPR card's issuer; typing a name still jumps to a listed item.
    """
    combo = QComboBox()
    combo.setAccessibleName(translate("credential_dialog", "State or body"))
    fill_jurisdictions(combo, ctx, placeholder, states_only=states_only)
    set_free_text(combo, free_text)
    if current:
        index = combo.findData(current.strip().upper())
        if index >= 0:
            combo.setCurrentIndex(index)
        elif free_text:
            combo.setEditText(current)
    return combo


def fill_jurisdictions(combo: QComboBox, ctx: AppContext, placeholder: str = CHOOSE, *,
                       states_only: bool = False) -> None:
    combo.addItem(placeholder, "")
    states = sorted(((j.name, code) for code, j in ctx.jurisdictions.items() if len(code) == 2))
    bodies = sorted(((j.name, code) for code, j in ctx.jurisdictions.items() if len(code) != 2))
    for name, code in states:
        combo.addItem(f"{name} ({code})", code)
    if states_only:
        return
    combo.insertSeparator(combo.count())
    for name, code in bodies:
        combo.addItem(f"{code} — {name.removeprefix(code).strip(' -—')}" if name.startswith(code)
                      else f"{code} — {name}", code)


def set_free_text(combo: QComboBox, on: bool) -> None:
    """Allow typing a name not in the list (CPR issuer), or only the list (license)."""
    if combo.isEditable() == on:
        return
    chosen = combo.currentIndex()
    combo.setEditable(on)
    if on:
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = combo.lineEdit()  # an editable combo has one
        assert line is not None
        line.setPlaceholderText(translate("credential_dialog", "e.g. American Heart Association"))
        if chosen == 0:
            combo.setEditText("")
    else:
        combo.setCurrentIndex(max(0, chosen))


def combo_code(combo: QComboBox) -> str:
    """The chosen code; for a free-text chooser, what the user typed ("" when nothing)."""
    if combo.isEditable():
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index > 0 and combo.itemData(index):
            return str(combo.itemData(index))
        return "" if text == combo.itemText(0) else text
    return str(combo.currentData() or "")


def past_expiry_warning(expiry: dt.date | None, status: str, today: dt.date) -> str:
    """A question to put to the user before saving an active credential as expired."""
    if expiry is None or expiry >= today or status != "active":
        return ""
    return (translate("credential_dialog", "This date has passed: the credential will show as "
                      "expired. Check the date printed on it, or set the "
                      "status to Lapsed — or press Save again to keep {0}.").format(date(expiry)))


class CredentialDialog(FormDialog):
    first_field = "jurisdiction"

    def __init__(self, ctx: AppContext, credential: Credential | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("credential_dialog",
                                        "Edit credential") if credential
                         else translate("credential_dialog", "New credential"), parent)
        self.original = credential
        self.setMinimumWidth(520)
        f = self.form
        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem(word(key), key)
        f.add("kind", translate("credential_dialog", "Kind:"), self.kind)
        current = credential.jurisdiction if credential else ""
        self.jurisdiction = f.add("jurisdiction", translate("credential_dialog", "State or body:"),
                                  jurisdiction_combo(ctx, current),
                                  translate("credential_dialog", "The issuing state, NCBTMB, "
                                            "AMTA, or a CPR card's issuer."))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._confirmed_past: dt.date | None = None
        self.number = f.add("number", translate("credential_dialog", "Number:"), QLineEdit())
        self.title_edit = f.add("title", translate("credential_dialog", "Title:"), QLineEdit())
        self.title_edit.setPlaceholderText(translate("credential_dialog", "e.g. Licensed Massage "
                                                     "Therapist"))
        self.issue = f.add("issue_date", translate("credential_dialog", "First issued:"),
                           DateEdit(optional=True))
        self.expiry = f.add("expiry_date", translate("credential_dialog", "Expires:"),
                            DateEdit(optional=True),
                            translate("credential_dialog", "The date printed on the credential; "
                                      "it wins over any prediction."))
        self.status = QComboBox()
        for key in STATUSES:
            self.status.addItem(word(key), key)
        f.add("status", translate("credential_dialog", "Status:"), self.status)
        self._add_facts()
        self.notes = f.add("notes", translate("credential_dialog", "Notes:"), notes_edit())
        self.notes.setFixedHeight(60)
        if credential:
            self._load(credential)
        self.jurisdiction.currentIndexChanged.connect(self._show_facts)
        self._show_facts()
        self.finish_layout()

    def _add_facts(self) -> None:
        """Facts some boards' rules turn on, shown only when the chosen one's rules do."""
        f = self.form
        self.licensed_by = QComboBox()
        for text, key in ((translate("credential_dialog", "Not given"), ""),
                          (translate("credential_dialog", "By examination"), "examination"),
                          (translate("credential_dialog", "By endorsement (licensed elsewhere "
                                     "first)"), "endorsement")):
            self.licensed_by.addItem(text, key)
        f.add("licensed_by", translate("credential_dialog", "Licensed here:"), self.licensed_by,
              translate("credential_dialog", "This board's first-renewal rule depends on it."))
        self.practice_start = f.add(
            "practice_start", translate("credential_dialog", "First licensed anywhere:"),
                                    DateEdit(optional=True),
            translate("credential_dialog", "The requirement falls with years in practice, "
                      "counted from this date."))
        self.ce_period_start = f.add(
            "ce_period_start", translate("credential_dialog", "CE period from:"),
                                     DateEdit(optional=True),
            translate("credential_dialog", "This board assigns each licensee's CE period: copy "
                      "it from your renewal notice."))
        self.ce_period_end = f.add("ce_period_end", translate("credential_dialog",
                                                              "CE period to:"),
                                   DateEdit(optional=True))

    def _show_facts(self) -> None:
        from lmt_tracker.domain.core.credential_facts import (
            CE_PERIOD,
            LICENSED_BY,
            PRACTICE_START,
            facts_needed,
        )

        code = combo_code(self.jurisdiction).upper()
        needed = facts_needed(self.ctx.jurisdictions.get(code))
        # A value already given stays visible, whatever the rule: it is the user's.
        rows = {
            LICENSED_BY: (self.licensed_by, bool(self.licensed_by.currentData())),
            PRACTICE_START: (self.practice_start, not self.practice_start.is_blank()),
            CE_PERIOD: (self.ce_period_start, not self.ce_period_start.is_blank()),
        }
        for fact, (editor, given) in rows.items():
            self.form.set_row_visible(editor, fact in needed or given)
        self.form.set_row_visible(self.ce_period_end, CE_PERIOD in needed
                                  or not self.ce_period_end.is_blank())
        if self.isVisible():  # rows appeared: grow so the notes box is not cut off
            self.fit_height()

    def _kind_changed(self) -> None:
        set_free_text(self.jurisdiction, self.kind.currentData() in FREE_TEXT_KINDS)

    def _load(self, c: Credential) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(c.kind)))
        if self.jurisdiction.isEditable():
            if self.jurisdiction.findData(c.jurisdiction.upper()) < 0:
                self.jurisdiction.setEditText(c.jurisdiction)
        elif self.jurisdiction.findData(c.jurisdiction.strip().upper()) < 0:
            self.form.show_problems([("jurisdiction", translate("credential_dialog",
                                                                "“{0}” is not a state or "
                                                                "body LMT Tracker has rules "
                                                                "for: choose it from the list")
                                      .format(c.jurisdiction))],
                                    "jurisdiction")
        self.number.setText(c.number)
        self.title_edit.setText(c.title)
        self.issue.set_value(c.issue_date)
        self.expiry.set_value(c.expiry_date)
        self.status.setCurrentIndex(max(0, self.status.findData(c.status)))
        self.notes.setPlainText(c.notes)
        self.licensed_by.setCurrentIndex(max(0, self.licensed_by.findData(c.licensed_by)))
        self.practice_start.set_value(c.practice_start)
        self.ce_period_start.set_value(c.ce_period_start)
        self.ce_period_end.set_value(c.ce_period_end)

    def draft(self, problems: list[tuple[str, str]]) -> Credential:
        code = combo_code(self.jurisdiction)
        if not code:
            problems.append(("jurisdiction", translate("credential_dialog",
                                                       "is required; choose the "
                                                       "state or body from the list")))
        expiry, status = self.expiry.value(), str(self.status.currentData())
        warning = past_expiry_warning(expiry, status, self.ctx.today())
        if warning and self._confirmed_past != expiry:
            self._confirmed_past = expiry  # a second Save keeps the date: it was asked
            problems.append(("expiry_date", warning))
        return Credential(
            kind=str(self.kind.currentData()), jurisdiction=code,
            number=self.number.text().strip(), title=self.title_edit.text().strip(),
            issue_date=self.issue.value(), expiry_date=self.expiry.value(),
            status=str(self.status.currentData()), notes=self.notes.toPlainText().strip(),
            licensed_by=str(self.licensed_by.currentData() or ""),
            practice_start=self.practice_start.value(),
            ce_period_start=self.ce_period_start.value(),
            ce_period_end=self.ce_period_end.value(),
            id=self.original.id if self.original else None,
            # The version it was read at: the store refuses the save if it changed since.
            version=self.original.version if self.original else None)

    def problems(self, record: Credential) -> list[Problem]:
        return validation.credential_problems(record, self.ctx.today())

    def commit(self, record: Credential) -> Credential:
        command = undo.SaveRecord(self.ctx, "credential", record, self.original)
        undo.push(self.ctx, command)
        return command.saved


def next_expiry(ctx: AppContext, credential: Credential) -> dt.date:
    """The next printed expiry: one renewal period on, by the rule when it is known."""
    base = credential.expiry_date or ctx.today()
    years = 2
    rule = ctx.jurisdictions.get(credential.jurisdiction.upper())
    if rule is not None:
        renewal = rule.current(ctx.today()).renewal
        if renewal is not None and renewal.period_years:
            years = renewal.period_years
    return base + relativedelta(years=years)


class RenewDialog(FormDialog):
    """Start the next cycle: confirm the new expiry date printed on the renewed credential."""

    first_field = "expiry_date"

    def __init__(self, ctx: AppContext, credential: Credential,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, f"Renew {credential.jurisdiction} {credential.title or ''}".strip(),
                         parent)
        self.original = credential
        self.setMinimumWidth(440)
        self.body.insertWidget(0, label(
            translate("credential_dialog", "Renewing starts the next cycle: CE taken from now "
                      "on counts toward it. Enter the new expiry date "
                      "printed on your renewed credential."), wrap=True))
        self.expiry = self.form.add("expiry_date", translate("credential_dialog", "New expiry:"),
                                    DateEdit())
        self.expiry.set_value(next_expiry(ctx, credential))
        self.finish_layout()

    def draft(self, problems: list[tuple[str, str]]) -> Credential:
        old = self.original.expiry_date
        new = self.expiry.value()
        if old is not None and new is not None and new <= old:
            problems.append(("expiry_date", translate("credential_dialog",
                                                      "must be after the current "
                                                      "expiry {old}").format(old=old)))
        return dataclasses.replace(self.original, expiry_date=new, status="active")

    def problems(self, record: Credential) -> list[Problem]:
        return validation.credential_problems(record, self.ctx.today())

    def commit(self, record: Credential) -> Credential:
        command = undo.SaveRecord(self.ctx, "credential", record, self.original)
        undo.push(self.ctx, command)
        return command.saved

