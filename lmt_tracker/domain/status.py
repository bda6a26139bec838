"""Every credential of a record judged on one date: the ``status`` command's contract."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Final

from lmt_tracker.domain.core.findings import UNVERIFIED_NOTE, Finding, json_number
from lmt_tracker.domain.core.frozen import frozen_record
from lmt_tracker.domain.core.overrides import override_findings
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.domain.core.records import Credential, Record
from lmt_tracker.domain.core.rules import Jurisdiction
from lmt_tracker.domain.renewal.compliance import evaluate_renewal
from lmt_tracker.domain.renewal.course_index import CourseIndex
from lmt_tracker.domain.renewal.result import CEResult

CPR_WARN_DAYS: Final = 30


@frozen_record
class CredentialStatus:
    """One credential on ``as_of``. ``renewal`` holds the full CE judgement, if any."""

    credential: Credential
    jurisdiction: str
    cycle_start: dt.date | None
    cycle_end: dt.date | None
    required_hours: Decimal | None
    counted_hours: Decimal | None
    compliant: bool | None
    days_left: int | None
    findings: tuple[Finding, ...] = ()
    renewal: CEResult | None = None

    @property
    def missing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_open)

    def to_json(self) -> dict[str, object]:
        """Exactly PRODUCT.md's ``status`` item."""
        c = self.credential
        return {
            "id": c.id,
            "kind": c.kind,
            "jurisdiction": c.jurisdiction,
            "number": c.number,
            "cycle_start": self.cycle_start.isoformat() if self.cycle_start else None,
            "cycle_end": self.cycle_end.isoformat() if self.cycle_end else None,
            "required_hours": json_number(self.required_hours),
            "counted_hours": json_number(self.counted_hours),
            "compliant": self.compliant,
            "days_left": self.days_left,
            "missing": [f.to_missing_json() for f in self.findings if f.is_open],
            "topics": [
                # counted toward the minimum: hours beyond it count toward the total only
                {
                    "key": t.key,
                    "needed": json_number(t.needed),
                    "counted": json_number(min(t.counted, t.needed)),
                }
                for t in (self.renewal.topics if self.renewal is not None else ())
            ],
            "not_counted": [
                {"course_id": course.id, "hours": json_number(hours), "reason": why}
                for course, hours, why in (
                    self.renewal.not_counted if self.renewal is not None else ()
                )
            ],
        }


def by_code(
    jurisdictions: Iterable[Jurisdiction] | Mapping[str, Jurisdiction],
) -> dict[str, Jurisdiction]:
    items = jurisdictions.values() if isinstance(jurisdictions, Mapping) else jurisdictions
    return {j.code.upper(): j for j in items}


def _cpr(credential: Credential, as_of: dt.date) -> CredentialStatus:
    expiry = credential.expiry_date
    findings: list[Finding] = []
    if expiry is None:
        findings.append(
            Finding(
                kind="other",
                key="expiry_date",
                label=ph(N_("CPR card")),
                status="to_confirm",
                message=ph(N_("Enter the expiry date printed on your CPR card")),
            )
        )
        compliant: bool | None = None
        days: int | None = None
    else:
        days = (expiry - as_of).days
        compliant = days >= 0
        if days < 0:
            findings.append(
                Finding(
                    kind="other",
                    key="cpr_card",
                    label=ph(N_("CPR card")),
                    status="short",
                    message=ph(N_("Your CPR card expired on {date}: renew it"), date=expiry),
                    due=expiry,
                )
            )
        elif days <= CPR_WARN_DAYS:
            findings.append(
                Finding(
                    kind="other",
                    key="cpr_card",
                    label=ph(N_("CPR card")),
                    status="info",
                    message=ph(N_("Your CPR card expires on {date} ({days} days)"),
                               date=expiry, days=days),
                    due=expiry,
                )
            )
    return CredentialStatus(
        credential=credential,
        jurisdiction=credential.jurisdiction,
        cycle_start=credential.issue_date,
        cycle_end=expiry,
        required_hours=None,
        counted_hours=None,
        compliant=compliant,
        days_left=days,
        findings=tuple(findings),
    )


def credential_status(
    credential: Credential,
    rules: Mapping[str, Jurisdiction],
    record: Record,
    as_of: dt.date,
    index: CourseIndex | None = None,
) -> CredentialStatus:
    """One credential: CE compliance for its own rule and cycle."""
    if credential.kind == "cpr_card":
        return _cpr(credential, as_of)
    if credential.status == "retired":
        return CredentialStatus(
            credential=credential,
            jurisdiction=credential.jurisdiction,
            cycle_start=None,
            cycle_end=credential.expiry_date,
            required_hours=None,
            counted_hours=None,
            compliant=None,
            days_left=None,
            findings=(
                Finding(
                    kind="other",
                    key="retired",
                    label=ph(N_("Retired")),
                    status="info",
                    message=ph(N_("Retired: no continuing education is required and no "
                                  "reminders are sent")),
                ),
            ),
        )
    jurisdiction = rules.get(credential.jurisdiction.strip().upper())
    if jurisdiction is None:
        expiry = credential.expiry_date
        return CredentialStatus(
            credential=credential,
            jurisdiction=credential.jurisdiction,
            cycle_start=None,
            cycle_end=expiry,
            required_hours=None,
            counted_hours=None,
            compliant=None,
            days_left=(expiry - as_of).days if expiry else None,
            findings=(
                Finding(
                    kind="other",
                    key="rule",
                    label=ph(N_("Rule")),
                    status="unverified",
                    message=ph(N_("No rule file for {jurisdiction}: {note}"),
                               jurisdiction=credential.jurisdiction, note=UNVERIFIED_NOTE),
                ),
            ),
        )
    result = evaluate_renewal(
        credential,
        jurisdiction,
        index if index is not None else CourseIndex(record.courses),
        record.therapist,
        as_of,
    )
    extra: list[Finding] = []
    if credential.status == "inactive":
        extra.append(
            Finding(
                kind="other",
                key="inactive",
                label=ph(N_("Inactive")),
                status="info",
                message=ph(N_("Inactive: boards often waive CE while inactive but require it to "
                              "reactivate — check with your board")),
            )
        )
    elif credential.status == "lapsed":
        extra.append(
            Finding(
                kind="other",
                key="lapsed",
                label=ph(N_("Lapsed")),
                status="to_confirm",
                message=ph(N_("Lapsed: you may not practise on this credential; the board sets "
                              "what reinstatement needs")),
            )
        )
    window = result.period or result.licence
    return CredentialStatus(
        credential=credential,
        jurisdiction=jurisdiction.code,
        cycle_start=window.start if window else None,
        cycle_end=window.end if window else None,
        required_hours=result.required_hours,
        counted_hours=result.counted_hours,
        compliant=result.compliant,
        days_left=result.days_left,
        findings=tuple(extra) + result.findings + override_findings(jurisdiction, "ce"),
        renewal=result,
    )


def evaluate_status(
    record: Record,
    jurisdictions: Iterable[Jurisdiction] | Mapping[str, Jurisdiction],
    as_of: dt.date,
) -> list[CredentialStatus]:
    """Every credential of ``record`` on ``as_of``, in the record's order."""
    rules = by_code(jurisdictions)
    index = CourseIndex(record.courses)
    return [credential_status(c, rules, record, as_of, index) for c in record.credentials]
