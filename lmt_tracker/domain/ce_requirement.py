"""How many CE hours one period requires: first-cycle rules and years in practice.

Returns the required hours (None when the rule does not record them), the factor that
scales topic and delivery minimums (a prorated first cycle), and the notes explaining
any adjustment. The allocation itself is built in ``ce_problem``.
"""

from __future__ import annotations

from decimal import Decimal

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.ce_terms import ZERO, _round
from lmt_tracker.domain.cycles import CEPeriod
from lmt_tracker.domain.cycles import whole_months as _whole_months
from lmt_tracker.domain.findings import UNVERIFIED_NOTE, Finding, fmt_hours
from lmt_tracker.domain.records import Credential
from lmt_tracker.domain.rules import CERule


def _requirement(
    ce: CERule, period: CEPeriod, credential: Credential
) -> tuple[Decimal | None, Decimal, list[Finding]]:
    """Required hours for the period and the factor applied to minimums, with notes."""
    notes: list[Finding] = []
    hours = ce.hours
    factor = Decimal(1)
    cycle = period.period
    issue = credential.issue_date
    if not ce.required:
        return ZERO, ZERO, notes
    if cycle.first and ce.first_cycle != "full":
        if ce.first_cycle == "exempt":
            notes.append(
                Finding(
                    kind="other",
                    key="first_cycle",
                    label="First renewal",
                    status="info",
                    message="First renewal after the licence was issued: no CE is required",
                    source=ce.source,
                )
            )
            return ZERO, ZERO, notes
        if ce.first_cycle == "prorated_monthly" and hours is not None and issue is not None:
            months = _whole_months(issue, cycle.end)
            span = (ce.period_years or 0) * 12 or max(
                _whole_months(cycle.end - relativedelta(years=1), cycle.end), 1
            )
            factor = min(Decimal(months) / Decimal(span), Decimal(1))
            prorated = _round(hours * factor)
            notes.append(
                Finding(
                    kind="other",
                    key="first_cycle",
                    label="First renewal",
                    status="info",
                    message=f"First renewal: {fmt_hours(hours)} hours prorated to "
                    f"{fmt_hours(prorated)} for {months} whole months licensed of {span}",
                    needed=prorated,
                    source=ce.source,
                )
            )
            return prorated, factor, notes
        if ce.first_cycle == "reduced":
            if ce.first_cycle_hours is None:
                notes.append(
                    Finding(
                        kind="hours",
                        key="first_cycle_hours",
                        label="First renewal",
                        status="unverified",
                        message="First renewal has a reduced requirement whose figure is "
                        f"not recorded: {UNVERIFIED_NOTE}",
                        source=ce.source,
                    )
                )
                return None, factor, notes
            notes.append(
                Finding(
                    kind="other",
                    key="first_cycle",
                    label="First renewal",
                    status="info",
                    message=f"First renewal: the requirement is reduced to "
                    f"{fmt_hours(ce.first_cycle_hours)} hours",
                    needed=ce.first_cycle_hours,
                    source=ce.source,
                )
            )
            return ce.first_cycle_hours, factor, notes
    if hours is None:
        return None, factor, notes
    if ce.years_in_practice:
        if issue is None:
            notes.append(
                Finding(
                    kind="other",
                    key="years_in_practice",
                    label="Years in practice",
                    status="info",
                    message="The requirement falls after some years in practice: enter the "
                    "licence's first issue date to apply it",
                    source=ce.source,
                )
            )
        else:
            years = int(relativedelta(cycle.end, issue).years)
            best = None
            for step in ce.years_in_practice:
                if years >= step.after_years and (
                    best is None or step.after_years > best.after_years
                ):
                    best = step
            if best is not None:
                notes.append(
                    Finding(
                        kind="other",
                        key="years_in_practice",
                        label="Years in practice",
                        status="info",
                        message=f"{years} years licensed: the requirement falls to "
                        f"{fmt_hours(best.hours)} hours (after {best.after_years} years)",
                        needed=best.hours,
                        source=ce.source,
                    )
                )
                hours = best.hours
    return hours, factor, notes
