"""Findings: one explained, sourced statement about one requirement.

Every judgement (entry eligibility, exam lifecycle, renewal compliance) returns
findings instead of raising: a shortfall is a value, never an exception.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from lmt_tracker.domain.core.frozen import frozen_record
from lmt_tracker.domain.core.phrases import N_, Value, ph, unit
from lmt_tracker.domain.core.rules import Source

KINDS: Final = frozenset({"hours", "subject", "delivery", "exam", "topic", "other"})
STATUSES: Final = frozenset({"met", "short", "to_confirm", "unverified", "info"})
#: Statuses that belong in a ``missing`` list: something the user must do or check.
OPEN_STATUSES: Final = frozenset({"short", "to_confirm", "unverified"})

UNVERIFIED_NOTE: Final = ph(N_("unverified — check with your board"))

#: Plain-language names of rule keys, for findings about figures that are not confirmed.
RULE_KEY_LABELS: Final = {
    "total_hours": "Total training hours",
    "min_age": "Minimum age",
    "online_counts": "Whether online training counts",
    "max_online_hours": "Limit on online training hours",
    "max_online_share": "Limit on the share of online training",
    "min_clinical_hours": "Supervised clinic hours",
    "cpr_counts": "Whether CPR training counts toward the total",
    "subjects": "Subject minimums",
    "exams": "Accepted exams",
    "exam_policy": "Exam attempt rules",
    "conditions": "Other conditions",
    "subject_caps": "Subject maximums",
    "routes": "Other ways to qualify (such as endorsement)",
    "completed_within_years": "How recent the training must be",
    "online_limit_applies_to": "Which schools the online limit binds",
    "selected_by": "Which rule applies to programs begun before a change",
    "required": "Whether continuing education is required",
    "hours": "CE hours per period",
    "period_years": "Length of the CE period",
    "period_end_parity": "Which years CE periods end",
    "hour_minutes": "Length of a CE hour (50 or 60 minutes)",
    "in_person_min_hours": "In-person CE minimum",
    "hands_on_min_hours": "Hands-on CE minimum",
    "online_max_hours": "Limit on online CE",
    "self_study_max_hours": "Limit on self-study CE",
    "self_study_max_share": "Limit on the share of self-study CE",
    "daily_max_hours": "Daily limit on CE hours",
    "repeat_within_years": "Repeating a course",
    "carry_over_max_hours": "Carry-over of extra CE hours",
    "national_provider_min_share": "Share from nationally approved providers",
    "approved_providers": "Approved providers",
    "first_cycle": "Rule for the first renewal",
    "first_cycle_hours": "Hours for the first renewal",
    "topics": "Required CE topics",
    "topic_caps": "Limits on CE topics",
    "years_in_practice": "Reductions for years in practice",
    "pattern": "How the expiry date falls",
    "month": "Renewal month",
    "day": "Renewal day",
    "year_parity": "Renewal year (odd or even)",
    "first_renewal": "First renewal date",
}


def rule_key_label(key: str) -> str:
    """A rule key in words, e.g. ``carry_over_max_hours`` → "Carry-over of extra CE hours"
    (a phrase: the labels are in the catalog)."""
    if key in RULE_KEY_LABELS:
        return ph(RULE_KEY_LABELS[key])
    return key.replace("_", " ").capitalize()

_CENT = Decimal("0.01")
_ZERO = Decimal(0)


def fmt_hours(value: Decimal) -> str:
    """``12`` for whole hours, ``2.5`` or ``0.83`` otherwise (never scientific notation)."""
    if value == value.to_integral_value():
        return str(int(value))
    text = format(value.quantize(_CENT, rounding=ROUND_HALF_UP), "f")
    return text.rstrip("0").rstrip(".")


def hours_word(value: Decimal) -> str:
    return "hour" if value == 1 else "hours"


def json_number(value: Decimal | None) -> int | float | None:
    """A JSON-ready number: an int for whole values, else a float to 2 decimals."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value.quantize(_CENT, rounding=ROUND_HALF_UP))


def shortfall_of(needed: Decimal | None, have: Decimal | None) -> Decimal | None:
    if needed is None or have is None:
        return None
    return max(needed - have, _ZERO)


@frozen_record
class Finding:
    """One requirement judged: what is needed, what the record has, and what to do.

    ``kind``: hours | subject | delivery | exam | topic | other.
    ``status``: met | short | to_confirm | unverified | info.
    """

    kind: str
    key: str
    label: str
    status: str
    message: str
    needed: Decimal | None = None
    have: Decimal | None = None
    shortfall: Decimal | None = None
    source: Source | None = None
    due: dt.date | None = None

    @property
    def is_open(self) -> bool:
        """True when the user must act or check (short, to confirm, unverified)."""
        return self.status in OPEN_STATUSES

    @property
    def is_short(self) -> bool:
        return self.status == "short"

    def to_missing_json(self) -> dict[str, object]:
        """One item of the command-line ``missing`` list (PRODUCT.md)."""
        return {
            "kind": self.kind,
            "key": self.key,
            "needed": json_number(self.needed),
            "have": json_number(self.have),
            "message": self.message,
            "source": self.source.url if self.source is not None else None,
        }


def missing(findings: tuple[Finding, ...] | list[Finding]) -> list[dict[str, object]]:
    """The ``missing`` list: every open finding, in order."""
    return [f.to_missing_json() for f in findings if f.status in OPEN_STATUSES]


def hours_finding(
    *,
    kind: str,
    key: str,
    label: str,
    needed: Decimal,
    have: Decimal,
    source: Source | None,
    what: Value,
    due: dt.date | None = None,
    unverified: bool = False,
) -> Finding:
    """A met/short finding for an hours minimum, with a plain-language message.

    ``what`` names the hours: "in-person CE", "anatomy and physiology".
    """
    short = max(needed - have, _ZERO)
    by = ph(N_(" by {date}"), date=due) if due is not None else ""
    if short > 0:
        message = ph(N_("Needs {short} more {unit} of {what}{by} ({have} of {needed})"),
                     short=short, unit=unit(short), what=what, by=by, have=have,
                     needed=needed)
        status = "short"
    else:  # the noun agrees with the hours had: "1 of 1 hour", Spanish "1 hora, de un mínimo"
        message = ph(N_("{label}: {have} of {needed} {hours} — met"), label=label, have=have,
                     needed=needed, hours=unit(have))
        status = "met"
    if unverified:
        message = ph(N_("{message} (the figure rests on a secondary source: {note})"),
                     message=message, note=UNVERIFIED_NOTE)
    return Finding(
        kind=kind,
        key=key,
        label=label,
        status=status,
        message=message,
        needed=needed,
        have=have,
        shortfall=short,
        source=source,
        due=due,
    )
