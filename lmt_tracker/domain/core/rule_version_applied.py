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
from lmt_tracker.domain.core.phrases import N_, joined, ph
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
    return ph(N_("the rule in force from {date}"), date=v.effective)


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
        reason: str = ph(N_("Judged by {rule}: it applies to renewals from {date}, and this CE "
                            "period ends {end}"), rule=_from(at_end), date=at_end.effective,
                         end=end)
        return AppliedVersion(at_end, RENEWAL_DATE, reason, earlier)
    inside = tuple(v for v in j.versions if start < v.effective <= end and v is not version)
    reason = ph(N_("Judged by {rule}: it was in force when this CE period began ({start})"),
                rule=_from(version), start=start)
    if j.version_on(start) is None:
        reason = ph(N_("Judged by {rule}: no rule is recorded for the start of this CE period "
                       "({start}), so the rule in force on {date} applies"),
                    rule=_from(version), start=start, date=as_of)
    if inside:
        dates = joined([v.effective for v in inside])
        reason = ph(N_("{reason}; the changes take effect {dates}, inside the period, and apply "
                       "from the next period unless your board says otherwise")
                    if len(inside) > 1
                    else N_("{reason}; the change takes effect {dates}, inside the period, and "
                            "apply from the next period unless your board says otherwise"),
                    reason=reason, dates=dates)
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
            reason: str = ph(N_("Judged by {rule}: your program started {start}, before the "
                                "change of {date}, and that change applies only to programs "
                                "begun on or after it"), rule=_from(older), start=program_start,
                             date=version.effective)
            return AppliedVersion(older, PROGRAM_START, reason, later_than_start)
    if selected_by == "program_start" and program_start is None:
        reason = ph(N_("Judged by {rule}, in force on the date of application ({applied}); a "
                       "program begun before {date} may follow an older rule — enter the start "
                       "date"), rule=_from(version), applied=application, date=version.effective)
        return AppliedVersion(version, APPLICATION, reason, ())
    reason = ph(N_("Judged by {rule}: it is in force on the date of application ({applied})"),
                rule=_from(version), applied=application)
    if later_than_start:
        reason = ph(N_("{reason}; the rule changed after your program started, and this rule "
                       "applies by the date of application"), reason=reason)
    return AppliedVersion(version, APPLICATION, reason, later_than_start)


def finding(applied: AppliedVersion) -> Finding:
    """An info finding naming the version that judged and why (key ``rule_version``)."""
    return Finding(
        kind="other",
        key="rule_version",
        label=ph(N_("Rule version applied")),
        status="info",
        message=applied.reason,
        source=applied.version.sources[0] if applied.version.sources else None,
    )
