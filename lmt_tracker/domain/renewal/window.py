"""Which of a credential's courses one CE period counts, and which it leaves out and why.

A period counts the credential's courses completed in it (up to the date judged);
it leaves out, each with its reason, a course repeated inside the period (a board
credits a course once per period), one repeated within ``repeat_within_years`` of an
earlier one, and the credential's courses completed shortly before the period began or
after its end. Courses are handled as positions in the record's ``CourseIndex``: a
period is a range of them, and the per-course work is on the few courses that can be
a repeat (``CourseIndex.suspects``), not on every course of every credential.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from itertools import repeat
from typing import TypeVar

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.domain.core.records import Course, Credential
from lmt_tracker.domain.core.rules import CERule
from lmt_tracker.domain.renewal.ce_period import CEPeriod
from lmt_tracker.domain.renewal.course_index import CourseIndex, SameCourses
from lmt_tracker.domain.renewal.lines import DayReasons, Spec

#: How far before a CE period a course is still listed as "not counted, before the period":
#: the months in which a therapist most often expects a course to count.
BEFORE_WINDOW_MONTHS = 6

Positions = range | list[int]
T = TypeVar("T")


def take(column: list[T], positions: Positions) -> list[T]:
    """The values of ``column`` at ``positions`` (a slice when they are a range)."""
    if isinstance(positions, range):
        return column[positions.start : positions.stop]
    return list(map(column.__getitem__, positions))


def _within(sorted_positions: list[int], positions: Positions) -> list[int]:
    """Those of ``sorted_positions`` that are among ``positions`` (ascending either way)."""
    if isinstance(positions, range):
        return sorted_positions[bisect_left(sorted_positions, positions.start)
                                : bisect_left(sorted_positions, positions.stop)]
    among = set(positions)
    return [i for i in sorted_positions if i in among]


def period_courses(
    ce: CERule,
    period: CEPeriod,
    credential: Credential,
    index: CourseIndex,
    as_of: dt.date,
    spec: Spec,
) -> Positions:
    """Positions of the credential's courses in the period up to ``as_of``, oldest first;
    the courses left out go to ``spec.excluded`` with their reasons."""
    cycle = period.period
    grace = relativedelta(days=ce.grace_days or 0)
    end = min(cycle.end + grace, as_of)
    cid = credential.id
    window: Positions = range(0)
    if end >= cycle.start:
        window = index.mine(cid, index.span(cycle.start, end))
    before = cycle.start - relativedelta(months=BEFORE_WINDOW_MONTHS)
    _exclude_outside(spec, index, index.mine(cid, index.span(before, cycle.start
                                                             - relativedelta(days=1))),
                     N_("completed {completed}, before this CE period began on {start}"),
                     start=cycle.start)
    if as_of > cycle.end + grace:
        after = index.span(cycle.end + grace + relativedelta(days=1), as_of)
        _exclude_outside(spec, index, index.mine(cid, after),
                         N_("completed {completed}, after this CE period ended on {end}"),
                         end=cycle.end)
    courses = index.courses
    # A course nothing else is the same course as is never a repeat: only the suspects
    # are looked at, in the period's order.
    dropped: set[int] = set()
    seen = SameCourses(keys=index.keys)
    for i in _within(index.suspects, window):
        c = courses[i]
        found = seen.matches(c)
        if found:
            spec.exclude(
                c,
                ph(N_("repeat: the same course was already counted in this period "
                      "(completed {completed})"), completed=found[0].completed),
                "repeat",
            )
            dropped.add(i)
        else:
            seen.add(c)
    if dropped:
        window = [i for i in window if i not in dropped]
    if (ce.repeat_within_years or ce.repeat_once_ever) and window:
        dropped = set()
        for i in _within(index.suspects, window):
            c = courses[i]
            prev = _counted_before(c, ce, cycle.start, cid, index)
            if prev is not None:
                spec.exclude(c, _repeat_reason(ce, prev), "repeat")
                dropped.add(i)
        if dropped:
            window = [i for i in window if i not in dropped]
    return window


def _counted_before(course: Course, ce: CERule, start: dt.date, cid: int | None,
                    index: CourseIndex) -> Course | None:
    """The same course counted in an earlier period within the rule's years (the record's
    index of every course, filtered to this credential and the look-back window)."""
    years = ce.repeat_within_years or 100
    look = start - relativedelta(years=years)
    return next(
        (
            e
            for e in index.same.matches(course)
            if look <= e.completed < start
            and (e.applies_to is None or cid in e.applies_to)
            and course.completed < e.completed + relativedelta(years=years)
        ),
        None,
    )


def _repeat_reason(ce: CERule, prev: Course) -> Phrase:
    if ce.repeat_once_ever:
        return ph(N_("repeat: the same course was counted before (completed {completed})"),
                  completed=prev.completed)
    return ph(N_("repeat: the same course was counted within {years} years "
                 "(completed {completed})"), years=ce.repeat_within_years or 100,
              completed=prev.completed)


def _exclude_outside(spec: Spec, index: CourseIndex, positions: Positions, template: str,
                     **edge: dt.date) -> None:
    """Leave the courses at ``positions`` out as completed outside the period, saying
    ``template`` (what ``spec.exclude`` records for each, a column at a time)."""
    if not positions:
        return
    minutes = take(index.minutes(spec.hm, spec.counting), positions)
    # One reason per completion date, worded only if the lines or the not-counted list
    # are asked for.
    spec.excluded.extend(zip(take(index.courses, positions), minutes,
                             repeat(DayReasons(template, edge)), repeat("outside"),
                             strict=False))
