"""What one CE period requires: the total and every minimum, after first-cycle rules and
years in practice.

First cycles come in the shapes boards write (``CERule.first_cycle``):

* ``full``: the ordinary requirement;
* ``exempt`` / ``next_full_cycle``: none — optionally only for those licensed by
  examination (``first_cycle_condition = "by_examination"``), which is the user's fact
  to give (``Credential.licensed_by``); until given, the finding says so and the
  requirement cannot be judged;
* ``prorated_monthly``: the total (and every minimum) in proportion to whole months
  licensed;
* ``per_month``: so many hours per month *or partial month* licensed, up to a maximum,
  with its own topic list (Florida, R. 64B7-28.009(3): 2 medical errors + 1 human
  trafficking inside the monthly total, nothing else);
* ``chart``: the board's chart by the CE period's month the license was issued in (Tennessee);
* ``reduced``: a fixed smaller figure.

Years in practice (``years_in_practice``) may lower the total and set their own minimums
(North Dakota); they count from ``Credential.practice_start`` (first licensed anywhere)
when given, else from this license's issue date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field, replace
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.core.findings import UNVERIFIED_NOTE, Finding, fmt_hours
from lmt_tracker.domain.core.frozen import frozen_record
from lmt_tracker.domain.core.phrases import N_, month_year, ph, unit
from lmt_tracker.domain.core.records import Credential
from lmt_tracker.domain.core.rules import CERule, ExtraRequirement, TopicMinimum
from lmt_tracker.domain.renewal.ce_period import CEPeriod
from lmt_tracker.domain.renewal.months import months_touched
from lmt_tracker.domain.renewal.months import whole_months as _whole_months
from lmt_tracker.domain.renewal.terms import FIRST_RENEWAL, YEARS_IN_PRACTICE, ZERO, round_cents

ONE: Decimal = Decimal(1)


@frozen_record
class Requirement:
    """The period's requirement. ``hours`` None: it cannot be judged (see ``notes``)."""

    hours: Decimal | None
    topics: tuple[TopicMinimum, ...]
    hands_on_min: Decimal | None
    in_person_min: Decimal | None
    factor: Decimal = ONE  # scales every minimum (a prorated first cycle)
    notes: tuple[Finding, ...] = ()
    first_cycle: bool = False  # the first cycle's own rule applied
    exempt: bool = False
    basis: tuple[str, ...] = field(default=())  # the facts it used, in words
    # Hours due on top of the total (they do not count toward it), with the hours needed.
    extras: tuple[tuple[ExtraRequirement, Decimal], ...] = ()


def _note(
    key: str, label: str, message: str, ce: CERule, needed: Decimal | None = None
) -> Finding:
    return Finding(
        kind="other", key=key, label=label, status="info", message=message, source=ce.source,
        needed=needed,
    )


def _missing_fact(key: str, label: str, message: str, ce: CERule) -> Finding:
    return Finding(
        kind="other", key=key, label=label, status="to_confirm", message=message, source=ce.source
    )


def requirement(ce: CERule, period: CEPeriod, credential: Credential) -> Requirement:
    """The requirement of one period for ``credential``, with notes explaining it."""
    found = _requirement(ce, period, credential)
    extras = extras_due(ce, period)
    if not extras:
        return found
    if found.hours is None or found.exempt:
        # No total to fit inside (exempt, or not judged): each is owed on its own.
        return replace(found, extras=extras)
    outside = tuple((e, h) for e, h in extras if not e.inside_total)
    inside = tuple(
        TopicMinimum(e.key, h, e.label, e.source) for e, h in extras if e.inside_total
    )
    return replace(found, extras=outside, topics=found.topics + inside)


def extras_due(ce: CERule, period: CEPeriod) -> tuple[tuple[ExtraRequirement, Decimal], ...]:
    """The hours on top of the total this period owes, each with the hours it needs.

    A per-year requirement scales with the period's length in years (rounded up); a
    one-time requirement is due in the period holding its date, or in a first period that
    begins after it (the licensee's first renewal after the date).
    """
    cycle = period.period
    out = []
    for extra in ce.extra if ce.required else ():
        if extra.once_after is not None:
            holds = cycle.start <= extra.once_after <= cycle.end
            if not holds and not (cycle.first and cycle.start > extra.once_after):
                continue
        hours = extra.hours
        if extra.per_year:
            began = period.begins or cycle.start
            months = months_touched(began, cycle.end)
            hours = extra.hours * Decimal(-(-months // 12))
        out.append((extra, hours))
    return tuple(out)


def _requirement(ce: CERule, period: CEPeriod, credential: Credential) -> Requirement:
    base = Requirement(ce.hours, ce.topics, ce.hands_on_min_hours, ce.in_person_min_hours)
    if not ce.required:
        return Requirement(ZERO, (), None, None, ZERO)
    if period.period.first and ce.first_cycle != "full":
        return _first_cycle(ce, period, credential, base)
    if period.period.first and ce.first_cycle_topics is not None:
        # The full requirement with the first cycle's own topics (North Dakota's 3 ethics
        # hours at the first renewal).
        note = _note(
            "first_cycle",
            FIRST_RENEWAL,
            ph(N_("First renewal: the topic minimums of the first renewal apply")),
            ce,
        )
        base = Requirement(
            base.hours,
            ce.first_cycle_topics,
            base.hands_on_min,
            base.in_person_min,
            notes=(note,),
            first_cycle=True,
        )
    if base.hours is None:
        return base
    return _years_in_practice(ce, period, credential, base)


def _first_cycle(
    ce: CERule, period: CEPeriod, credential: Credential, base: Requirement
) -> Requirement:
    cycle = period.period
    issue = credential.issue_date
    rule = ce.first_cycle
    if rule in ("exempt", "next_full_cycle"):
        months = ce.first_cycle_exempt_months
        if months is not None:
            if issue is None:
                note = _missing_fact(
                    "issue_date",
                    ph(N_("Issue date")),
                    ph(N_("The first renewal is exempt only for a license issued less than "
                          "{months} months before it: enter the date this license was first "
                          "issued"), months=months),
                    ce,
                )
                return Requirement(None, (), None, None, notes=(note,), first_cycle=True)
            if issue + relativedelta(months=months) <= cycle.end:
                note = _note(
                    "first_cycle",
                    FIRST_RENEWAL,
                    ph(N_("First renewal: the exemption is for a license issued less than "
                          "{months} months before the renewal; this one was issued {issued}, so "
                          "the full requirement applies"), months=months, issued=issue),
                    ce,
                )
                return _years_in_practice(ce, period, credential, _with_note(base, note, ()))
        if ce.first_cycle_condition == "by_examination":
            if credential.licensed_by == "":
                note = _missing_fact(
                    "licensed_by",
                    ph(N_("How you were licensed")),
                    ph(N_("The first renewal is exempt from CE only for those licensed by "
                          "examination: say whether this license was granted by examination or "
                          "by endorsement to judge it")),
                    ce,
                )
                return Requirement(None, (), None, None, notes=(note,), first_cycle=True)
            if credential.licensed_by != "examination":
                note = _note(
                    "first_cycle",
                    FIRST_RENEWAL,
                    ph(N_("First renewal: the exemption is for those licensed by examination; "
                          "this license was granted by endorsement, so the full requirement "
                          "applies")),
                    ce,
                )
                return _years_in_practice(
                    ce, period, credential,
                    _with_note(base, note, (ph(N_("licensed by endorsement")),)),
                )
        words = (
            ph(N_("First renewal after the license was issued: no CE is required"))
            if rule == "exempt"
            else ph(N_("CE starts with the first full cycle: none is required for this first "
                       "one"))
        )
        if ce.first_cycle_condition == "by_examination":
            words = ph(N_("{words} (licensed by examination)"), words=words)
        return Requirement(
            ZERO,
            (),
            None,
            None,
            ZERO,
            (_note("first_cycle", FIRST_RENEWAL, words, ce),),
            first_cycle=True,
            exempt=True,
        )
    if issue is None:
        note = _missing_fact(
            "issue_date",
            ph(N_("Issue date")),
            ph(N_("The first renewal has its own requirement: enter the date this license was "
                  "first issued to judge it")),
            ce,
        )
        return Requirement(None, (), None, None, notes=(note,), first_cycle=True)
    if rule == "prorated_monthly" and base.hours is not None:
        return _prorated(ce, period, issue, base)
    if rule == "per_month" and ce.first_cycle_hours_per_month is not None:
        return _per_month(ce, period, issue)
    if rule == "chart" and ce.first_cycle_chart:
        return _chart(ce, period, issue, base)
    if rule == "reduced":
        if ce.first_cycle_hours is None:
            note = Finding(
                kind="hours",
                key="first_cycle_hours",
                label=FIRST_RENEWAL,
                status="unverified",
                message=ph(N_("First renewal has a reduced requirement whose figure is not "
                              "recorded: {note}"), note=UNVERIFIED_NOTE),
                source=ce.source,
            )
            return Requirement(
                None,
                base.topics,
                base.hands_on_min,
                base.in_person_min,
                notes=(note,),
                first_cycle=True,
            )
        note = _note(
            "first_cycle",
            FIRST_RENEWAL,
            ph(N_("First renewal: the requirement is reduced to {hours} hours"),
               hours=ce.first_cycle_hours),
            ce,
            needed=ce.first_cycle_hours,
        )
        topics = ce.first_cycle_topics if ce.first_cycle_topics is not None else base.topics
        return Requirement(
            ce.first_cycle_hours,
            topics,
            base.hands_on_min,
            base.in_person_min,
            notes=(note,),
            first_cycle=True,
        )
    return base


def _with_note(base: Requirement, note: Finding, basis: tuple[str, ...]) -> Requirement:
    return Requirement(
        base.hours,
        base.topics,
        base.hands_on_min,
        base.in_person_min,
        base.factor,
        (*base.notes, note),
        base.first_cycle,
        base.exempt,
        base.basis + basis,
    )


def _prorated(ce: CERule, period: CEPeriod, issue: dt.date, base: Requirement) -> Requirement:
    assert base.hours is not None
    cycle = period.period
    months = _whole_months(issue, cycle.end)
    span = (ce.period_years or 0) * 12 or max(
        _whole_months(cycle.end - relativedelta(years=1), cycle.end), 1
    )
    factor = min(Decimal(months) / Decimal(span), ONE)
    prorated = round_cents(base.hours * factor)
    note = _note(
        "first_cycle",
        FIRST_RENEWAL,
        ph(N_("First renewal: {hours} hours prorated to {prorated} for {months} whole months "
              "licensed of {span}"), hours=base.hours, prorated=prorated, months=months,
           span=span),
        ce,
        needed=prorated,
    )
    topics = ce.first_cycle_topics if ce.first_cycle_topics is not None else base.topics
    return Requirement(
        prorated, topics, base.hands_on_min, base.in_person_min, factor, (note,), first_cycle=True
    )


def _per_month(ce: CERule, period: CEPeriod, issue: dt.date) -> Requirement:
    assert ce.first_cycle_hours_per_month is not None
    months = months_touched(issue, period.period.end)
    hours = ce.first_cycle_hours_per_month * months
    capped: str = ""
    if ce.first_cycle_max_hours is not None and hours > ce.first_cycle_max_hours:
        hours = ce.first_cycle_max_hours
        capped = ph(N_(", at most {hours}"), hours=hours)
    topics = ce.first_cycle_topics if ce.first_cycle_topics is not None else ()
    inside = ", ".join(f"{fmt_hours(t.min_hours)} {t.label.lower()}" for t in topics)
    per = ce.first_cycle_hours_per_month
    message = ph(
        N_("First renewal: {per} {unit} for each month or part of a month licensed — {months} "
           "months from {issued} to {end} = {hours} hours{capped}{including}; no other topic "
           "minimum applies in the first cycle"),
        per=per, unit=unit(per), months=months, issued=issue, end=period.period.end,
        hours=hours, capped=capped,
        including=ph(N_(", including {topics}"), topics=inside) if inside else "",
    )
    note = _note("first_cycle", FIRST_RENEWAL, message, ce, needed=hours)
    return Requirement(hours, topics, None, None, ONE, (note,), first_cycle=True)


def _chart(ce: CERule, period: CEPeriod, issue: dt.date, base: Requirement) -> Requirement:
    began = period.begins or period.period.start
    month = months_touched(began, issue)  # 1 = the period's first month
    chart = ce.first_cycle_chart
    index = min(max(month, 1), len(chart)) - 1
    hours = chart[index]
    note = _note(
        "first_cycle",
        FIRST_RENEWAL,
        ph(N_("First renewal: licensed in month {month} of this CE period ({when}), so the "
              "board's chart requires {hours} hours"), month=month,
           when=month_year(issue), hours=hours),
        ce,
        needed=hours,
    )
    topics = ce.first_cycle_topics if ce.first_cycle_topics is not None else base.topics
    return Requirement(
        hours, topics, base.hands_on_min, base.in_person_min, ONE, (note,), first_cycle=True
    )


def _years_in_practice(
    ce: CERule, period: CEPeriod, credential: Credential, base: Requirement
) -> Requirement:
    if not ce.years_in_practice or base.hours is None:
        return base
    since = credential.practice_start or credential.issue_date
    if since is None:
        note = _missing_fact(
            "practice_start",
            YEARS_IN_PRACTICE,
            ph(N_("The requirement depends on your years in practice: enter the date you were "
                  "first licensed to practise (or this license's first issue date) to judge it")),
            ce,
        )
        return Requirement(
            None,
            base.topics,
            base.hands_on_min,
            base.in_person_min,
            base.factor,
            (*base.notes, note),
        )
    years = int(relativedelta(period.period.end, since).years)
    best = None
    for step in ce.years_in_practice:
        if years >= step.after_years and (best is None or step.after_years > best.after_years):
            best = step
    if best is None:
        return base
    where = ph(N_("first licensed")) if credential.practice_start else ph(N_("license issued"))
    note = _note(
        "years_in_practice",
        YEARS_IN_PRACTICE,
        ph(N_("{years} years in practice ({where} {since}): the requirement is {hours} hours "
              "(after {after} years)"), years=years, where=where, since=since,
           hours=best.hours, after=best.after_years),
        ce,
        needed=best.hours,
    )
    return Requirement(
        best.hours,
        best.topics if best.topics is not None else base.topics,
        best.hands_on_min_hours if best.hands_on_min_hours is not None else base.hands_on_min,
        best.in_person_min_hours if best.in_person_min_hours is not None else base.in_person_min,
        base.factor,
        (*base.notes, note),
        base.first_cycle,
        base.exempt,
        base.basis,
    )
