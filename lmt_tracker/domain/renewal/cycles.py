"""Licence cycles and CE periods, predicted from a jurisdiction's renewal rule.

A :class:`Schedule` is the arithmetic sequence of renewal (expiry) dates:
``end(k) = base + (offset + k * step) years``, optionally moved to the last day of the
month. Every renewal pattern reduces to one; the credential's printed expiry date
re-bases it (the printed date wins, and a disagreement is a finding).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Final

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.records import Credential, Therapist
from lmt_tracker.domain.core.rules import CERule, RenewalRule, Source, Stagger
from lmt_tracker.domain.renewal.months import ONE_DAY, month_end

DEFAULT_PERIOD_YEARS: Final = 2


@dataclass(frozen=True, slots=True)
class Cycle:
    """One licence cycle or CE period: ``start`` .. ``end`` inclusive."""

    start: dt.date
    end: dt.date
    first: bool = False  # begins with the credential's issue

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def days_left(self, as_of: dt.date) -> int:
        return (self.end - as_of).days


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class LicenceCycles:
    """The current and next licence cycle, with anything that needs the user's eye."""

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
            return None, "the licence number has no digit to tell odd from even"
        parity = "odd" if int(digits[-1]) % 2 else "even"
        for s in rule.stagger:
            if s.parity == parity:
                return s, ""
        return None, f"no renewal date is recorded for {parity} licence numbers"
    letter = therapist.last_name.strip()[:1] if therapist else ""
    if not letter:
        return None, "the last name is needed to find the renewal date"
    for s in rule.stagger:
        if s.matches_letter(letter):
            return s, ""
    return None, f"no renewal date is recorded for last names starting with {letter.upper()}"


def build_schedule(
    rule: RenewalRule | None,
    credential: Credential,
    therapist: Therapist | None,
    ce: CERule | None = None,
) -> tuple[Schedule | None, str]:
    """The predicted renewal schedule, or None with the reason it cannot be predicted."""
    if rule is None:
        return None, "no renewal rule is recorded"
    step = rule.period_years or (ce.period_years if ce is not None else None)
    if step is None:
        step = DEFAULT_PERIOD_YEARS
        if rule.pattern != "unknown":
            return None, "the licence period is not recorded"
    pattern = rule.pattern
    birth = therapist.birth_date if therapist else None
    issue = credential.issue_date
    hint = credential.expiry_date or issue
    if pattern in ("from_issue", "from_issue_month_end"):
        if issue is None:
            return None, "the issue date is needed (renewal is counted from it)"
        return Schedule(issue, step, 0, pattern == "from_issue_month_end", min_k=1), ""
    if pattern == "unknown":
        return None, "the renewal date is not recorded for this jurisdiction"
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
            return None, "your birth date is needed (renewal falls in your birth month)"
        month = birth.month
        day = {"birthday": birth.day, "birth_month_day": rule.day}.get(pattern, 1)
        is_month_end = pattern == "birth_month_end"
        if parity == "match_birth_year":
            parity = "odd" if birth.year % 2 else "even"
    else:
        return None, f"renewal pattern {pattern!r} is not understood"
    if month is None or day is None:
        return None, "the renewal month and day are not recorded"
    last = calendar.monthrange(2000, month)[1]
    base = dt.date(2000, month, min(day, last))
    offset = _parity_offset(parity, step)
    if rule.anchor_year is not None:
        offset = (rule.anchor_year - 2000) % step
    if offset is None:
        if hint is None:
            return None, (
                f"renewals fall every {step} years, but which years is not recorded: "
                "the issue or expiry date is needed"
            )
        probe = Schedule(base, 1, 0, is_month_end)
        year = probe.end(probe.locate(hint)).year
        offset = (year - 2000) % step
    return Schedule(base, step, offset, is_month_end), ""


def licence_cycles(
    credential: Credential,
    rule: RenewalRule | None,
    therapist: Therapist | None,
    as_of: dt.date,
    ce: CERule | None = None,
) -> LicenceCycles:
    """The licence cycle containing ``as_of`` (or the overdue one) and the next one."""
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
                    label="Expiry date",
                    status="to_confirm",
                    message=f"The printed expiry {printed.isoformat()} differs from the date "
                    f"the rule predicts ({predicted.isoformat()}): the printed date is used — "
                    "check it against your licence",
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
                    label="Licence period",
                    status="unverified",
                    message=f"The licence period is not recorded: {DEFAULT_PERIOD_YEARS} years "
                    "assumed before the printed expiry — unverified, check with your board",
                    source=source,
                )
            )
        schedule = Schedule(printed, step, 0, printed == month_end(printed))
    elif schedule is None:
        findings.append(
            Finding(
                kind="other",
                key="expiry_date",
                label="Expiry date",
                status="to_confirm",
                message=f"Enter the expiry date printed on your credential: {why}",
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
                label="Expiry date",
                status="to_confirm",
                message=f"The printed expiry date {printed.isoformat()} has passed: if you "
                "renewed, enter the new expiry date; otherwise the credential has lapsed",
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


@dataclass(frozen=True, slots=True)
class CEPeriod:
    """The window CE hours are counted in, and the licence cycles it spans."""

    period: Cycle
    cycles: int  # licence cycles per CE period
    findings: tuple[Finding, ...] = ()
    # Where the period would have begun for a licence held throughout (a first period
    # starts at the issue date instead); charts by month of issue count from it.
    begins: dt.date | None = None


def ce_period(
    cycles: LicenceCycles,
    ce: CERule,
    issue: dt.date | None,
    *,
    previous: int = 0,
    as_of: dt.date | None = None,
) -> CEPeriod | None:
    """The CE period holding the current licence cycle (``previous`` periods earlier)."""
    schedule = cycles.schedule
    if schedule is None or cycles.current is None:
        return None
    step = schedule.step
    cp = ce.period_years or step
    findings: list[Finding] = []
    k = cycles.index
    if cp == step:
        kk = k - previous
        if schedule.min_k is not None and kk < schedule.min_k:
            return None
        if issue is not None and issue > schedule.end(kk):
            return None  # before the credential existed
        period = schedule.cycle(kk, issue)
        begins = None if schedule.min_k is not None else schedule.end(kk - 1) + ONE_DAY
        return CEPeriod(period, 1, (), begins)
    if cp > step and cp % step == 0:
        n = cp // step
        end_k = _block_end(schedule, k, n, ce.period_end_parity, issue, findings, ce.source)
        end_k -= previous * n
        if schedule.min_k is not None and end_k - n + 1 < schedule.min_k:
            return None
        end = schedule.end(end_k)
        start_k = end_k - n
        if schedule.min_k is not None and start_k < schedule.min_k:
            nominal = issue or schedule.end(start_k) + ONE_DAY
        else:
            nominal = schedule.end(start_k) + ONE_DAY
        if issue is not None and issue >= nominal and issue <= end:
            return CEPeriod(Cycle(issue, end, first=True), n, tuple(findings))
        if issue is not None and issue > end:
            return None
        return CEPeriod(Cycle(nominal, end), n, tuple(findings))
    # CE period shorter than, or not a multiple of, the licence period: windows of ``cp``
    # years counted back from the licence cycle's end.
    licence = schedule.cycle(k, issue)
    j = 0
    if cp < step:
        ref = as_of if as_of is not None else licence.start
        while licence.end - relativedelta(years=(j + 1) * cp) >= ref:
            j += 1
    j += previous
    end = licence.end - relativedelta(years=j * cp)
    start = end - relativedelta(years=cp) + ONE_DAY
    findings.append(
        Finding(
            kind="other",
            key="ce_period",
            label="CE period",
            status="info",
            message=f"CE is counted over {cp} years and the licence renews every {step}: "
            f"this window ends {end.isoformat()}",
            source=ce.source,
        )
    )
    return period_from(start, end, issue, tuple(findings))


def _block_end(
    schedule: Schedule,
    k: int,
    n: int,
    parity: str | None,
    issue: dt.date | None,
    findings: list[Finding],
    source: Source,
) -> int:
    """Index of the licence cycle that ends the CE period holding cycle ``k``."""
    if parity in ("odd", "even"):
        want = 1 if parity == "odd" else 0
        hits = [j for j in range(k, k + n) if schedule.end(j).year % 2 == want]
        if len(hits) == 1:
            return hits[0]
    if issue is not None:
        first = schedule.locate(issue)
        return first + ((k - first) // n) * n + n - 1
    findings.append(
        Finding(
            kind="other",
            key="ce_period",
            label="CE period",
            status="to_confirm",
            message=f"CE is counted over {n} licence cycles, but which cycles is not known: "
            "the period is assumed to end at this renewal — enter the issue date or confirm",
            source=source,
        )
    )
    return k


def period_from(
    start: dt.date, end: dt.date, issue: dt.date | None, findings: tuple[Finding, ...],
    begins: dt.date | None = None,
) -> CEPeriod | None:
    """The period ``start``..``end`` for a licence issued on ``issue``: none before it
    existed, a first period from the issue date, else the whole period."""
    if issue is not None and issue > end:
        return None
    if issue is not None and issue >= start:
        return CEPeriod(Cycle(issue, end, first=True), 1, findings, begins)
    return CEPeriod(Cycle(start, end), 1, findings, begins)
