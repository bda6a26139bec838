"""CE periods the license's cycle does not give: calendar years, the calendar year before
the renewal, and the period printed on the user's renewal notice.

``cycles`` derives periods from the license's own renewal dates; these come from the
board's calendar or from the user, and are judged even when the license's renewal date
is unknown (see ``renewal._ce_window``, which picks among them by ``period_basis``).
"""

from __future__ import annotations

import datetime as dt

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.domain.core.records import Credential
from lmt_tracker.domain.core.rules import CERule, Source
from lmt_tracker.domain.renewal.ce_period import CEPeriod, period_from
from lmt_tracker.domain.renewal.cycles import DEFAULT_PERIOD_YEARS, Cycle, LicenceCycles


def _period_note(message: str, source: Source | None) -> Finding:
    return Finding(kind="other", key="ce_period", label=ph(N_("CE period")), status="info",
                   message=message, source=source)


def calendar_period(
    ce: CERule, issue: dt.date | None, as_of: dt.date, *, previous: int = 0
) -> CEPeriod | None:
    """A CE period of whole calendar years, the same for every licensee.

    Tennessee counts CE "every two calendar years", January 1 of an odd year to
    December 31 of the next even year (Tenn. Comp. R. & Regs. 0870-01-.12(1)), whatever
    the license's own renewal date: ``period_years`` years ending on December 31 of a
    ``period_end_parity`` year.
    """
    years = ce.period_years or DEFAULT_PERIOD_YEARS
    end_year = as_of.year
    parity = ce.period_end_parity
    if years == 2 and parity in ("odd", "even"):
        want = 1 if parity == "odd" else 0
        if end_year % 2 != want:
            end_year += 1
    end_year -= previous * years
    end = dt.date(end_year, 12, 31)
    start = dt.date(end_year - years + 1, 1, 1)
    finding = _period_note(
        ph(N_("CE is counted over calendar years, the same for every licensee: {start} to "
              "{end}"), start=start, end=end),
        ce.source,
    )
    return period_from(start, end, issue, (finding,), start)


def notice_period(credential: Credential) -> CEPeriod | None:
    """The CE period printed on the user's renewal notice, when they entered it.

    Boards that assign each licensee a CE period (rather than deriving it from a rule)
    print it on the notice; it wins over any prediction.
    """
    start, end = credential.ce_period_start, credential.ce_period_end
    if start is None or end is None:
        return None
    issue = credential.issue_date
    first = issue is not None and start <= issue <= end
    finding = Finding(
        kind="other",
        key="ce_period",
        label=ph(N_("CE period")),
        status="info",
        message=ph(N_("CE is counted over the period you entered from your renewal notice: "
                      "{start} to {end}"), start=start, end=end),
    )
    return CEPeriod(
        Cycle(issue if first and issue else start, end, first=first), 1, (finding,), start
    )


def calendar_before_renewal(
    cycles: LicenceCycles, ce: CERule, issue: dt.date | None, *, previous: int = 0
) -> CEPeriod | None:
    """The calendar year or years ending on the December 31 before the license's renewal.

    Louisiana's licenses expire every March 31, and the board counts CE earned in one
    calendar year toward the next year's license (board CE questions): the period for
    the 2027-03-31 renewal is 2026-01-01 to 2026-12-31.
    """
    if cycles.current is None:
        return None
    years = ce.period_years or 1
    renew = cycles.current.end
    end_year = renew.year if (renew.month, renew.day) == (12, 31) else renew.year - 1
    end = dt.date(end_year - previous * years, 12, 31)
    start = dt.date(end.year - years + 1, 1, 1)
    finding = _period_note(
        ph(N_("CE for the renewal on {renew} is counted over the calendar year before it: "
              "{start} to {end}"), renew=renew, start=start, end=end)
        if years == 1
        else ph(N_("CE for the renewal on {renew} is counted over the calendar years before "
                   "it: {start} to {end}"), renew=renew, start=start, end=end),
        ce.source,
    )
    return period_from(start, end, issue, (finding,), start)
