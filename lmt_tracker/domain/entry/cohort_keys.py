"""What makes two applicants alike for a set of rules: the thresholds the rules test, and
the key of an applicant made of them.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from lmt_tracker.domain.entry.applicant import (
    Applicant,
    years_before,
)
from lmt_tracker.domain.entry.compiled import CompiledJurisdiction

_NO_AUTHORIZERS: Final[frozenset[str]] = frozenset()


@dataclass(frozen=True, slots=True)
class _Thresholds:
    ages: tuple[int, ...]
    windows: tuple[int, ...]
    boundaries: tuple[dt.date, ...]
    attempts: tuple[int, ...]
    authorizers: frozenset[str] = field(default_factory=frozenset)
    completions: tuple[int, ...] = ()  # completed_within_years
    cutoffs: tuple[dt.date, ...] = ()  # exams' passed_before days
    located: frozenset[str] = frozenset()  # codes whose verdict turns on the school's state
    route_hours: tuple[Decimal, ...] = ()  # routes' total_hours


def thresholds(compiled: Sequence[CompiledJurisdiction]) -> _Thresholds:
    ages: set[int] = set()
    windows: set[int] = set()
    bounds: set[dt.date] = set()
    attempts: set[int] = set()
    authorizers: set[str] = set()
    completions: set[int] = set()
    cutoffs: set[dt.date] = set()
    located: set[str] = set()
    route_hours: set[Decimal] = set()
    for c in compiled:
        program_start = False
        if c.located:
            located.add(c.code)
        for checker in c.checkers():
            e = checker.entry
            if e.min_age is not None:
                ages.add(e.min_age)
            if e.completed_within_years is not None:
                completions.add(e.completed_within_years)
            for req in e.exams:
                if req.within_years:
                    windows.add(req.within_years)
                cutoffs.update(day for _, day in req.passed_before)
            route_hours.update(r.total_hours for r in e.routes if r.total_hours is not None)
            if e.exam_policy is not None and e.exam_policy.max_attempts is not None:
                attempts.add(e.exam_policy.max_attempts)
            if e.exam_policy is not None and e.exam_policy.state_authorization:
                authorizers.add(c.code)
            program_start = program_start or e.selected_by == "program_start"
        if program_start:
            bounds.update(c.boundaries)
    return _Thresholds(
        tuple(sorted(ages)),
        tuple(sorted(windows)),
        tuple(sorted(bounds)),
        tuple(sorted(attempts)),
        frozenset(authorizers),
        tuple(sorted(completions)),
        tuple(sorted(cutoffs)),
        frozenset(located),
        tuple(sorted(route_hours)),
    )


class Keyer:
    """The personal class key: the application date, then which side of each threshold.

    Buckets count thresholds passed (ages reached, exam windows still open, attempt
    limits exceeded), found by bisection over the sorted thresholds.
    """

    __slots__ = ("_completion_cutoffs", "_cutoffs", "t")

    def __init__(self, t: _Thresholds) -> None:
        self.t = t
        self._cutoffs: dict[dt.date, tuple[dt.date, ...]] = {}
        self._completion_cutoffs: dict[dt.date, tuple[dt.date, ...]] = {}

    def _window_cutoffs(self, on: dt.date) -> tuple[dt.date, ...]:
        found = self._cutoffs.get(on)
        if found is None:
            found = tuple(sorted(years_before(on, w) for w in self.t.windows))
            self._cutoffs[on] = found
        return found

    def _extra(self, a: Applicant, on: dt.date) -> tuple[object, ...]:
        """The sides of the rarer thresholds: completion recency, exams' pass-by days,
        the school's state where a rule turns on it, and years licensed elsewhere."""
        t = self.t
        completed: object = None
        if t.completions:
            found = self._completion_cutoffs.get(on)
            if found is None:
                found = tuple(sorted(years_before(on, w) for w in t.completions))
                self._completion_cutoffs[on] = found
            completed = -1 if a.completed is None else bisect_right(found, a.completed)
        passes: object = None
        if t.cutoffs:
            windows = self._window_cutoffs(on)
            passes = tuple(
                sorted(
                    {
                        (
                            p.exam,
                            p.jurisdiction or "",
                            -1 if p.date is None else bisect_right(windows, p.date),
                            -1 if p.date is None else bisect_right(t.cutoffs, p.date),
                        )
                        for p in a.exams_passed
                        if p.date is None or p.date <= on
                    }
                )
            )
        state = a.program_state
        where = None if state is None or not t.located else state if state in t.located else ""
        hours = bisect_right(t.route_hours, a.total_hours) if t.route_hours else None
        return (completed, passes, where, a.licensed_elsewhere, hours)

    def __call__(self, a: Applicant) -> tuple[object, ...]:
        t = self.t
        on = a.application_date
        age = a.age_on(on) if t.ages else None
        age_bucket = -1 if age is None else bisect_right(t.ages, age)
        start_bucket = (
            -1 if a.program_start is None else bisect_right(t.boundaries, a.program_start)
        )
        # per (exam, jurisdiction): best window bucket of a dated pass (-1: none), undated?
        exams: dict[tuple[str, str | None], tuple[int, bool]] = {}
        for p in a.exams_passed:
            if p.date is not None and p.date > on:
                continue
            k = (p.exam, p.jurisdiction)
            best, undated = exams.get(k, (-1, False))
            if p.date is None:
                undated = True
            else:
                best = max(best, bisect_right(self._window_cutoffs(on), p.date))
            exams[k] = (best, undated)
        passed = tuple(exams.items())
        if len(passed) > 1:
            passed = tuple(sorted(passed, key=lambda kv: (kv[0][0], kv[0][1] or "")))
        attempts = (
            tuple((name, bisect_left(t.attempts, n)) for name, n in a.exam_attempts)
            if t.attempts
            else ()
        )
        authorized = a.authorized_by & t.authorizers if a.authorized_by else _NO_AUTHORIZERS
        return (on, age_bucket, start_bucket, passed, attempts, authorized, self._extra(a, on))
