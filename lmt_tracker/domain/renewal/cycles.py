"""License cycles and CE periods, predicted from a jurisdiction's renewal rule.

A :class:`Schedule` is the arithmetic sequence of renewal (expiry) dates:
``end(k) = base + (offset + k * step) years``, optionally moved to the last day of the
month. Every renewal pattern reduces to one; the credential's printed expiry date
re-bases it (the printed date wins, and a disagreement is a finding).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Final

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.frozen import frozen_record
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.domain.core.records import Credential, Therapist
from lmt_tracker.domain.core.rules import CERule, RenewalRule, Source, Stagger
from lmt_tracker.domain.renewal.months import ONE_DAY, month_end

DEFAULT_PERIOD_YEARS: Final = 2
EXPIRY_DATE: Final = ph(N_("Expiry date"))


@frozen_record
class Cycle:
    """One license cycle or CE period: ``start`` .. ``end`` inclusive."""

    start: dt.date
    end: dt.date
    first: bool = False  # begins with the credential's issue

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def days_left(self, as_of: dt.date) -> int:
        return (self.end - as_of).days


@frozen_record
class Schedule:
    base: dt.date
    step: int  # years between renewals
    offset: int = 0
    month_end: bool = False
    min_k: int | None = None  # from_issue: cycles start at k = 1

    def end(self, k: int) -> dt.date:
        day: dt.date = self.base + relativedelta(years=self.offset + k * self.step)
        return month_end(day) if self.month_end else day

    def locate(self, ref: dt.date) -> int:
        """The index k with end(k-1) < ref <= end(k)."""
        k = (ref.year - self.base.year - self.offset) // self.step
        if self.min_k is not None:
            k = max(k, self.min_k)
        while self.end(k) < ref:
            k += 1
        while (self.min_k is None or k > self.min_k) and self.end(k - 1) >= ref:
            k -= 1
        return k

    def nearest(self, day: dt.date) -> int:
        k = self.locate(day)
        if self.min_k is not None and k <= self.min_k:
            return k
        before = self.end(k - 1)
        return k - 1 if (day - before) < (self.end(k) - day) else k

    def cycle(self, k: int, issue: dt.date | None) -> Cycle:
        end = self.end(k)
        if self.min_k is not None and k <= self.min_k and issue is not None:
            return Cycle(issue, end, first=True)
        start = self.end(k - 1) + ONE_DAY
        if issue is not None and issue > start - ONE_DAY and issue <= end:
            return Cycle(issue, end, first=True)
        return Cycle(start, end)


@frozen_record
class LicenceCycles:
    """The current and next license cycle, with anything that needs the user's eye."""

    current: Cycle | None
    next: Cycle | None
    schedule: Schedule | None
    index: int = 0
    predicted_end: dt.date | None = None
    findings: tuple[Finding, ...] = ()


def _parity_offset(parity: str, step: int) -> int | None:
    """Years to add to the leap base year 2000 so renewals fall in ``parity`` years."""
    if parity == "odd":
        return 1
    if parity == "even":
        return 0
    if step == 1:
        return 0
    return None  # any parity with a multi-year period: the anchor comes from dates


def _stagger_for(
    rule: RenewalRule, credential: Credential, therapist: Therapist | None
) -> tuple[Stagger | None, str]:
    if rule.pattern == "license_number_parity":
        digits = [c for c in credential.number if c.isdigit()]
        if not digits:
            return None, ph(N_("the license number has no digit to tell odd from even"))
        parity = "odd" if int(digits[-1]) % 2 else "even"
        for s in rule.stagger:
            if s.parity == parity:
                return s, ""
        return None, (ph(N_("no renewal date is recorded for odd license numbers"))
                      if parity == "odd"
                      else ph(N_("no renewal date is recorded for even license numbers")))
    letter = therapist.last_name.strip()[:1] if therapist else ""
    if not letter:
        return None, ph(N_("the last name is needed to find the renewal date"))
    for s in rule.stagger:
        if s.matches_letter(letter):
            return s, ""
    return None, ph(N_("no renewal date is recorded for last names starting with {letter}"),
                    letter=letter.upper())


def build_schedule(
    rule: RenewalRule | None,
    credential: Credential,
    therapist: Therapist | None,
    ce: CERule | None = None,
) -> tuple[Schedule | None, str]:
    """The predicted renewal schedule, or None with the reason it cannot be predicted."""
    if rule is None:
        return None, ph(N_("no renewal rule is recorded"))
    step = rule.period_years or (ce.period_years if ce is not None else None)
    if step is None:
        step = DEFAULT_PERIOD_YEARS
        if rule.pattern != "unknown":
            return None, ph(N_("the license period is not recorded"))
    pattern = rule.pattern
    birth = therapist.birth_date if therapist else None
    issue = credential.issue_date
    hint = credential.expiry_date or issue
    if pattern in ("from_issue", "from_issue_month_end"):
        if issue is None:
            return None, ph(N_("the issue date is needed (renewal is counted from it)"))
        return Schedule(issue, step, 0, pattern == "from_issue_month_end", min_k=1), ""
    if pattern == "unknown":
        return None, ph(N_("the renewal date is not recorded for this jurisdiction"))
    month: int | None
    day: int | None
    parity = rule.year_parity
    is_month_end = False
    if pattern == "fixed_date":
        month, day = rule.month, rule.day
    elif pattern in ("license_number_parity", "last_name"):
        stagger, why = _stagger_for(rule, credential, therapist)
        if stagger is None:
            return None, why
        month, day, parity = stagger.month, stagger.day, stagger.year_parity
    elif pattern in ("birth_month_end", "birthday", "birth_month_day"):
        if birth is None:
            return None, ph(N_("your birth date is needed (renewal falls in your birth month)"))
        month = birth.month
        day = {"birthday": birth.day, "birth_month_day": rule.day}.get(pattern, 1)
        is_month_end = pattern == "birth_month_end"
        if parity == "match_birth_year":
            parity = "odd" if birth.year % 2 else "even"
    else:
        return None, ph(N_("renewal pattern {pattern} is not understood"), pattern=repr(pattern))
    if month is None or day is None:
        return None, ph(N_("the renewal month and day are not recorded"))
    last = calendar.monthrange(2000, month)[1]
    base = dt.date(2000, month, min(day, last))
    if parity == "issue_year" or rule.first_renewal == "within_period":
        return _schedule_from_issue(rule, base, step, is_month_end, issue)
    offset = _parity_offset(parity, step)
    if rule.anchor_year is not None:
        offset = (rule.anchor_year - 2000) % step
    if offset is None:
        if hint is None:
            return None, ph(N_("renewals fall every {step} years, but which years is not "
                               "recorded: the issue or expiry date is needed"), step=step)
        probe = Schedule(base, 1, 0, is_month_end)
        year = probe.end(probe.locate(hint)).year
        offset = (year - 2000) % step
    return Schedule(base, step, offset, is_month_end), ""


def _schedule_from_issue(
    rule: RenewalRule, base: dt.date, step: int, is_month_end: bool, issue: dt.date | None
) -> tuple[Schedule | None, str]:
    """Renewal years counted from the issue date; the first cycle runs from the issue.

    ``year_parity = "issue_year"``: the first renewal falls in the issue year plus one
    period (Oklahoma: issued in 2024, renewed in the birth month of 2026, 2028, ...).
    ``first_renewal = "within_period"``: the first renewal is the last date of the
    pattern at most one period after the issue (New York's prorated first registration:
    licensed 2023-05-10, born in October, first registration ends 2025-10-31).
    """
    if issue is None:
        return None, ph(N_("the issue date is needed (the renewal years are counted from it)"))
    if rule.year_parity == "issue_year":
        first_year = issue.year + step
    else:
        probe = Schedule(base, 1, 0, is_month_end)
        limit = issue + relativedelta(years=step)
        k = probe.locate(limit)
        if probe.end(k) > limit:
            k -= 1
        first_year = probe.end(k).year
    offset = (first_year - 2000) % step
    first_k = (first_year - 2000 - offset) // step
    return Schedule(base, step, offset, is_month_end, min_k=first_k), ""


def licence_cycles(
    credential: Credential,
    rule: RenewalRule | None,
    therapist: Therapist | None,
    as_of: dt.date,
    ce: CERule | None = None,
) -> LicenceCycles:
    """The license cycle containing ``as_of`` (or the overdue one) and the next one."""
    source: Source | None = rule.source if rule is not None else None
    schedule, why = build_schedule(rule, credential, therapist, ce)
    findings: list[Finding] = []
    issue = credential.issue_date
    printed = credential.expiry_date
    predicted: dt.date | None = None
    if schedule is not None and printed is not None:
        predicted = schedule.end(schedule.nearest(printed))
        if predicted != printed:
            findings.append(
                Finding(
                    kind="other",
                    key="expiry_date",
                    label=EXPIRY_DATE,
                    status="to_confirm",
                    message=ph(N_("The printed expiry {printed} differs from the date the rule "
                                  "predicts ({predicted}): the printed date is used — check it "
                                  "against your license"), printed=printed, predicted=predicted),
                    source=source,
                )
            )
        keep_month_end = schedule.month_end and printed == month_end(printed)
        schedule = Schedule(printed, schedule.step, 0, keep_month_end)
    elif schedule is None and printed is not None:
        step = DEFAULT_PERIOD_YEARS
        if rule is not None and rule.period_years:
            step = rule.period_years
        elif ce is not None and ce.period_years:
            step = ce.period_years
        else:
            findings.append(
                Finding(
                    kind="other",
                    key="period_years",
                    label=ph(N_("License period")),
                    status="unverified",
                    message=ph(N_("The license period is not recorded: {years} years assumed "
                                  "before the printed expiry — unverified, check with your "
                                  "board"), years=DEFAULT_PERIOD_YEARS),
                    source=source,
                )
            )
        schedule = Schedule(printed, step, 0, printed == month_end(printed))
    elif schedule is None:
        findings.append(
            Finding(
                kind="other",
                key="expiry_date",
                label=EXPIRY_DATE,
                status="to_confirm",
                message=ph(N_("Enter the expiry date printed on your credential: {why}"), why=why),
                source=source,
            )
        )
        return LicenceCycles(None, None, None, 0, None, tuple(findings))
    if printed is not None and as_of > printed:
        k = schedule.locate(printed)
        findings.append(
            Finding(
                kind="other",
                key="expired",
                label=EXPIRY_DATE,
                status="to_confirm",
                message=ph(N_("The printed expiry date {printed} has passed: if you renewed, enter "
                              "the new expiry date; otherwise the credential has lapsed"),
                           printed=printed),
                due=printed,
                source=source,
            )
        )
    else:
        ref = as_of if issue is None or issue <= as_of else issue
        k = schedule.locate(ref)
    current = schedule.cycle(k, issue)
    following = Cycle(schedule.end(k) + ONE_DAY, schedule.end(k + 1))
    return LicenceCycles(current, following, schedule, k, predicted, tuple(findings))

