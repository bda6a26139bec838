"""Add or edit a credential; renew one (start its next cycle)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from lmt_tracker.domain import validation
from lmt_tracker.domain.records import Credential
from lmt_tracker.gui import undo
from lmt_tracker.gui.dialogs.base import FormDialog
from lmt_tracker.gui.widgets.common import label
from lmt_tracker.gui.widgets.forms import DateEdit
from lmt_tracker.gui.words import word

if TYPE_CHECKING:
    from lmt_tracker.gui.context import AppContext

KINDS = ("state_license", "national_certification", "membership", "cpr_card")
STATUSES = ("active", "inactive", "lapsed", "retired")


def jurisdiction_combo(ctx: AppContext, current: str = "") -> QComboBox:
    """An editable chooser of jurisdiction codes (states, DC, PR, national bodies)."""
    combo = QComboBox()
    combo.setEditable(True)
    for code, j in sorted(ctx.jurisdictions.items()):
        combo.addItem(f"{code} — {j.name}", code)
    if current:
        index = combo.findData(current.upper())
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(current)
    return combo


def combo_code(combo: QComboBox) -> str:
    """The chosen code, or what the user typed (a CPR issuer, say)."""
    index = combo.findText(combo.currentText())
    if index >= 0 and combo.itemData(index):
        return str(combo.itemData(index))
    return combo.currentText().split(" — ", 1)[0].strip()


class CredentialDialog(FormDialog):
    first_field = "jurisdiction"

    def __init__(self, ctx: AppContext, credential: Credential | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Edit credential" if credential else "New credential", parent)
        self.original = credential
        self.setMinimumWidth(520)
        f = self.form
        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem(word(key), key)
        f.add("kind", "Kind:", self.kind)
        current = credential.jurisdiction if credential else ""
        self.jurisdiction = f.add("jurisdiction", "State or body:",
                                  jurisdiction_combo(ctx, current),
                                  "A state code (FL), NCBTMB, AMTA, or the CPR card's issuer.")
        self.number = f.add("number", "Number:", QLineEdit())
        self.title_edit = f.add("title", "Title:", QLineEdit())
        self.title_edit.setPlaceholderText("e.g. Licensed Massage Therapist")
        self.issue = f.add("issue_date", "First issued:", DateEdit(optional=True))
        self.expiry = f.add("expiry_date", "Expires:", DateEdit(optional=True),
                            "The date printed on the credential; it wins over any prediction.")
        self.status = QComboBox()
        for key in STATUSES:
            self.status.addItem(key.capitalize(), key)
        f.add("status", "Status:", self.status)
        self.notes = f.add("notes", "Notes:", QPlainTextEdit())
        self.notes.setFixedHeight(60)
        if credential:
            self._load(credential)
        self.finish_layout()

    def _load(self, c: Credential) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(c.kind)))
        self.number.setText(c.number)
        self.title_edit.setText(c.title)
        self.issue.set_value(c.issue_date)
        self.expiry.set_value(c.expiry_date)
        self.status.setCurrentIndex(max(0, self.status.findData(c.status)))
        self.notes.setPlainText(c.notes)

    def draft(self, problems: list[tuple[str, str]]) -> Credential:
        return Credential(
            kind=str(self.kind.currentData()), jurisdiction=combo_code(self.jurisdiction),
            number=self.number.text().strip(), title=self.title_edit.text().strip(),
            issue_date=self.issue.value(), expiry_date=self.expiry.value(),
            status=str(self.status.currentData()), notes=self.notes.toPlainText().strip(),
            id=self.original.id if self.original else None,
            # The version it was read at: the store refuses the save if it changed since.
            version=self.original.version if self.original else None)

    def problems(self, record: Credential) -> list[validation.Problem]:
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
            "Renewing starts the next cycle: CE taken from now on counts toward it. "
            "Enter the new expiry date printed on your renewed credential.", wrap=True))
        self.expiry = self.form.add("expiry_date", "New expiry:", DateEdit())
        self.expiry.set_value(next_expiry(ctx, credential))
        self.finish_layout()

    def draft(self, problems: list[tuple[str, str]]) -> Credential:
        old = self.original.expiry_date
        new = self.expiry.value()
        if old is not None and new is not None and new <= old:
            problems.append(("expiry_date", f"must be after the current expiry {old}"))
        return dataclasses.replace(self.original, expiry_date=new, status="active")

    def problems(self, record: Credential) -> list[validation.Problem]:
        return validation.credential_problems(record, self.ctx.today())

    def commit(self, record: Credential) -> Credential:
        command = undo.SaveRecord(self.ctx, "credential", record, self.original)
        undo.push(self.ctx, command)
        return command.saved

