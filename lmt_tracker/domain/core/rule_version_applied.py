"""Which rule version judged a cycle or an application, and why — in the user's words.

When a rule changes inside a CE period, or between a program's start and the
application, the verdict rests on one version; the finding must say which one and on
what ground: the start of the cycle, the date of application, or the program's start.
This module only chooses and explains, with the same choice the judgement makes:

- renewal (``renewal.evaluate_renewal``): the version in force when the CE period began
  (else the version in force on the judging date) — unless the version in force when the
  period ends says its CE rule applies to renewals from its date (``ce.selected_by =
  "renewal_date"``, where the schema has it), which then judges the period;
- entry (``compiled.CompiledJurisdiction.select``): the version in force on
  the application date, or, where that version is selected by program start, the one in
  force when the program began.

Call ``for_cycle`` where a renewal finding is built (``renewal.py``, after the CE
period is known) and ``for_application`` where the entry version is selected
(``compiled.select``); ``finding`` turns the answer into a finding.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.rules import Jurisdiction, RuleVersion

#: What the choice rested on.
CYCLE_START = "cycle_start"
RENEWAL_DATE = "renewal_date"
APPLICATION = "application"
PROGRAM_START = "program_start"


@dataclass(frozen=True, slots=True)
class AppliedVersion:
    """The version that judged, why, and the changes the user should know of."""

    version: RuleVersion
    basis: str  # cycle_start | renewal_date | application | program_start
    reason: str  # one plain sentence
    changes_inside: tuple[RuleVersion, ...] = ()  # versions starting inside the window

    @property
    def effective(self) -> dt.date:
        return self.version.effective

    @property
    def matters(self) -> bool:
        """True when another version was in play, so the finding is worth showing."""
        return bool(self.changes_inside) or self.basis in (PROGRAM_START, RENEWAL_DATE)


def _from(v: RuleVersion) -> str:
    return f"the rule in force from {v.effective.isoformat()}"


def for_cycle(
    j: Jurisdiction, start: dt.date, end: dt.date, as_of: dt.date
) -> AppliedVersion | None:
    """The version that judges the CE period ``start``–``end`` (None: no rule recorded)."""
    version = j.version_on(start) or j.version_on(as_of)
    if version is None:
        version = j.current(as_of) if j.versions else None
    if version is None:
        return None
    at_end = j.version_on(end)
    if (
        at_end is not None
        and at_end is not version
        and getattr(at_end.ce, "selected_by", None) == "renewal_date"
    ):
        earlier = tuple(v for v in j.versions if start < v.effective <= end and v is not at_end)
        reason = (
            f"Judged by {_from(at_end)}: it applies to renewals from "
            f"{at_end.effective.isoformat()}, and this CE period ends {end.isoformat()}"
        )
        return AppliedVersion(at_end, RENEWAL_DATE, reason, earlier)
    inside = tuple(v for v in j.versions if start < v.effective <= end and v is not version)
    reason = (
        f"Judged by {_from(version)}: it was in force when this CE period began "
        f"({start.isoformat()})"
    )
    if j.version_on(start) is None:
        reason = (
            f"Judged by {_from(version)}: no rule is recorded for the start of this CE period "
            f"({start.isoformat()}), so the rule in force on {as_of.isoformat()} applies"
        )
    if inside:
        dates = ", ".join(v.effective.isoformat() for v in inside)
        plural = "s take" if len(inside) > 1 else " takes"
        reason += (
            f"; the change{plural} effect {dates}, inside the period, and apply from the next "
            "period unless your board says otherwise"
        )
    return AppliedVersion(version, CYCLE_START, reason, inside)


def for_application(
    j: Jurisdiction, application: dt.date, program_start: dt.date | None = None
) -> AppliedVersion | None:
    """The version that judges an application on ``application`` (None: no rule recorded)."""
    version = j.version_on(application)
    if version is None:
        return None
    later_than_start: tuple[RuleVersion, ...] = ()
    if program_start is not None:
        later_than_start = tuple(
            v for v in j.versions if program_start < v.effective <= application
        )
    selected_by = version.entry.selected_by if version.entry is not None else "application"
    if selected_by == "program_start" and program_start is not None:
        older = j.version_on(program_start)
        if older is not None and older is not version:
            reason = (
                f"Judged by {_from(older)}: your program started {program_start.isoformat()}, "
                f"before the change of {version.effective.isoformat()}, and that change "
                "applies only to programs begun on or after it"
            )
            return AppliedVersion(older, PROGRAM_START, reason, later_than_start)
    if selected_by == "program_start" and program_start is None:
        reason = (
            f"Judged by {_from(version)}, in force on the date of application "
            f"({application.isoformat()}); a program begun before "
            f"{version.effective.isoformat()} may follow an older rule — enter the start date"
        )
        return AppliedVersion(version, APPLICATION, reason, ())
    reason = (
        f"Judged by {_from(version)}: it is in force on the date of application "
        f"({application.isoformat()})"
    )
    if later_than_start:
        reason += (
            "; the rule changed after your program started, and this rule applies by the "
            "date of application"
        )
    return AppliedVersion(version, APPLICATION, reason, later_than_start)


def finding(applied: AppliedVersion) -> Finding:
    """An info finding naming the version that judged and why (key ``rule_version``)."""
    return Finding(
        kind="other",
        key="rule_version",
        label="Rule version applied",
        status="info",
        message=applied.reason,
        source=applied.version.sources[0] if applied.version.sources else None,
    )
