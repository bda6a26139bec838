""" "What if": every jurisdiction's entry verdict at once, and a plan per credential."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from lmt_tracker.domain.core.findings import Finding, json_number
from lmt_tracker.domain.core.records import Credential, Record
from lmt_tracker.domain.core.rules import Jurisdiction
from lmt_tracker.domain.entry.applicant import Applicant
from lmt_tracker.domain.entry.compiled import EligibilityResult
from lmt_tracker.domain.entry.eligibility import eligibility_for
from lmt_tracker.domain.status import CredentialStatus, evaluate_status


@dataclass(frozen=True, slots=True)
class PlanItem:
    """Hours still to earn for one requirement, and by when."""

    kind: str  # hours | topic | delivery
    key: str
    label: str
    hours: Decimal
    due: dt.date | None
    message: str


@dataclass(frozen=True, slots=True)
class CredentialPlan:
    credential: Credential
    jurisdiction: str
    due: dt.date | None
    remaining_hours: Decimal  # total still needed (topic hours count toward it)
    items: tuple[PlanItem, ...]
    to_confirm: tuple[Finding, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.credential.id,
            "jurisdiction": self.jurisdiction,
            "due": self.due.isoformat() if self.due else None,
            "remaining_hours": json_number(self.remaining_hours),
            "items": [
                {
                    "kind": i.kind,
                    "key": i.key,
                    "hours": json_number(i.hours),
                    "due": i.due.isoformat() if i.due else None,
                    "message": i.message,
                }
                for i in self.items
            ],
            "to_confirm": [f.to_missing_json() for f in self.to_confirm],
        }


def plan_for(status: CredentialStatus) -> CredentialPlan:
    """What remains for one credential: by topic and delivery, each with its deadline."""
    items: list[PlanItem] = []
    total = Decimal(0)
    for f in status.findings:
        if f.status == "short" and f.kind in ("hours", "topic", "delivery") and f.shortfall:
            items.append(PlanItem(f.kind, f.key, f.label, f.shortfall, f.due, f.message))
            if f.kind == "hours" and f.key == "total":
                total = f.shortfall
    confirm = tuple(f for f in status.findings if f.status in ("to_confirm", "unverified"))
    return CredentialPlan(
        credential=status.credential,
        jurisdiction=status.jurisdiction,
        due=status.cycle_end,
        remaining_hours=total,
        items=tuple(items),
        to_confirm=confirm,
    )


@dataclass(frozen=True, slots=True)
class WhatIf:
    eligibility: tuple[EligibilityResult, ...]
    plans: tuple[CredentialPlan, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "eligibility": [r.to_json() for r in self.eligibility],
            "plans": [p.to_json() for p in self.plans],
        }


def what_if(
    record: Record,
    jurisdictions: Iterable[Jurisdiction] | Mapping[str, Jurisdiction],
    as_of: dt.date,
) -> WhatIf:
    """Which jurisdictions the record could apply to on ``as_of``, and each credential's plan."""
    rules = (
        list(jurisdictions.values()) if isinstance(jurisdictions, Mapping) else list(jurisdictions)
    )
    applicant = Applicant.from_record(record, as_of)
    verdicts = tuple(eligibility_for(applicant, rules, as_of))
    plans = tuple(plan_for(s) for s in evaluate_status(record, rules, as_of))
    return WhatIf(verdicts, plans)
