"""The CE period of a license cycle: the cycle itself, or the block of years the rule counts
hours in, and a period given by its dates.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.frozen import frozen_record
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.domain.core.rules import CERule, Source
from lmt_tracker.domain.renewal.cycles import Cycle, LicenceCycles, Schedule
from lmt_tracker.domain.renewal.months import ONE_DAY


@frozen_record
class CEPeriod:
    """The window CE hours are counted in, and the license cycles it spans."""

    period: Cycle
    cycles: int  # license cycles per CE period
    findings: tuple[Finding, ...] = ()
    # Where the period would have begun for a license held throughout (a first period
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
    """The CE period holding the current license cycle (``previous`` periods earlier)."""
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
    # CE period shorter than, or not a multiple of, the license period: windows of ``cp``
    # years counted back from the license cycle's end.
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
            label=ph(N_("CE period")),
            status="info",
            message=ph(N_("CE is counted over {years} years and the license renews every "
                          "{step}: this window ends {end}"), years=cp, step=step, end=end),
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
    """Index of the license cycle that ends the CE period holding cycle ``k``."""
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
            label=ph(N_("CE period")),
            status="to_confirm",
            message=ph(N_("CE is counted over {n} license cycles, but which cycles is not known: "
                          "the period is assumed to end at this renewal — enter the issue date "
                          "or confirm"), n=n),
            source=source,
        )
    )
    return k


def period_from(
    start: dt.date, end: dt.date, issue: dt.date | None, findings: tuple[Finding, ...],
    begins: dt.date | None = None,
) -> CEPeriod | None:
    """The period ``start``..``end`` for a license issued on ``issue``: none before it
    existed, a first period from the issue date, else the whole period."""
    if issue is not None and issue > end:
        return None
    if issue is not None and issue >= start:
        return CEPeriod(Cycle(issue, end, first=True), 1, findings, begins)
    return CEPeriod(Cycle(start, end), 1, findings, begins)
