"""Why a credential cannot be judged: the words every output uses instead of an all-clear.

The engine answers ``compliant = None`` when it has no basis for a verdict (no
dates to place the cycle, a jurisdiction it has no rule for, a rule whose figures
are unknown). A card, a reminder, the renewal PDF and ``status --json`` must then
say what is missing to judge it — never "nothing is missing". This module turns
the status's findings into that sentence, once, for all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lmt_tracker.language import _, say

if TYPE_CHECKING:
    from lmt_tracker.domain.core.findings import Finding
    from lmt_tracker.domain.status import CredentialStatus

#: Credential states whose ``compliant = None`` is a fact, not a gap in the record.
NOT_APPLICABLE = frozenset({"retired"})
#: What blocks a verdict most, first: no rule, no hour figure, no dates, then the facts and
#: approvals a verdict turns on (a finding the engine raised because of them).
FIRST = ("rule", "total", "required", "expiry_date", "issue_date", "licensed_by",
         "practice_start", "approval_unknown", "ce_period")


def _rank(f: Finding) -> int:
    return FIRST.index(f.key) if f.key in FIRST else len(FIRST)


def _missing_item(f: Finding, jurisdiction: str) -> str:
    if f.kind == "other" and f.key == "rule":
        return (_("“{jurisdiction}” is not a jurisdiction LMT Tracker has rules for: edit the "
                  "credential and choose its state or body from the list")
                .format(jurisdiction=jurisdiction))
    return say(f.message).rstrip(".")


def missing_to_judge(status: CredentialStatus) -> tuple[str, ...]:
    """What the record or the rule lacks before this credential can be judged (may be empty)."""
    if status.compliant is not None or status.credential.status in NOT_APPLICABLE:
        return ()
    open_items = sorted((f for f in status.findings if f.status in ("to_confirm", "unverified")),
                        key=_rank)
    items = [_missing_item(f, status.credential.jurisdiction) for f in open_items]
    if not items and status.credential.kind != "cpr_card":
        if status.cycle_end is None:
            items.append(_("Enter the issue and expiry dates printed on the credential"))
        else:
            items.append(_("The rule gives no CE figure to judge against: check with your board"))
    return tuple(dict.fromkeys(items))


def unjudged_reason(status: CredentialStatus) -> str | None:
    """One sentence for ``compliant = None`` (``None`` when there is a verdict or none applies)."""
    if status.compliant is not None:
        return None
    if status.credential.status in NOT_APPLICABLE:
        return _("Retired: no continuing education is required")
    items = missing_to_judge(status)
    if not items:
        return _("Not judged: nothing in the rule to judge this credential against")
    return _("Cannot be judged yet: ") + "; ".join(items)
