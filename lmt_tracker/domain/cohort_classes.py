"""Cohort classes: which applicants every rule of a set judges alike, and per-call memos.

Two applicants fall in one class when they share the application date and fall on
the same side of every age, exam-window, exam-attempt and program-start threshold
the rules use (:func:`_class_key`); ``eligibility_for_cohort`` judges each class
once. (``domain.cohort`` is the school audit built on top; this module only keys.)
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from lmt_tracker.domain.applicant import Applicant, ProfileKey
from lmt_tracker.domain.compiled_jurisdiction import CompiledJurisdiction, _Selection
from lmt_tracker.domain.entry_checker import years_before
from lmt_tracker.domain.findings import Finding


@dataclass(frozen=True, slots=True)
class _Thresholds:
    ages: tuple[int, ...]
    windows: tuple[int, ...]
    boundaries: tuple[dt.date, ...]
    attempts: tuple[int, ...]
    authorizers: frozenset[str] = field(default_factory=frozenset)


def _thresholds(compiled: Sequence[CompiledJurisdiction]) -> _Thresholds:
    ages: set[int] = set()
    windows: set[int] = set()
    bounds: set[dt.date] = set()
    attempts: set[int] = set()
    authorizers: set[str] = set()
    for c in compiled:
        program_start = False
        for checker in c.checkers():
            e = checker.entry
            if e.min_age is not None:
                ages.add(e.min_age)
            for req in e.exams:
                if req.within_years:
                    windows.add(req.within_years)
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
    )


def _class_key(a: Applicant, t: _Thresholds) -> tuple[object, ...]:
    on = a.application_date
    age = a.age_on(on) if t.ages else None
    age_bucket = -1 if age is None else sum(1 for x in t.ages if age >= x)
    start_bucket = -1 if a.program_start is None else bisect_right(t.boundaries, a.program_start)
    # per (exam, jurisdiction): best window bucket of a dated pass (-1: none), undated pass?
    exams: dict[tuple[str, str | None], tuple[int, bool]] = {}
    for p in a.exams_passed:
        if p.date is not None and p.date > on:
            continue
        k = (p.exam, p.jurisdiction)
        best, undated = exams.get(k, (-1, False))
        if p.date is None:
            undated = True
        else:
            bucket = sum(1 for w in t.windows if p.date >= years_before(on, w))
            best = max(best, bucket)
        exams[k] = (best, undated)
    attempts = tuple(
        (name, sum(1 for x in t.attempts if n > x)) for name, n in a.exam_attempts if t.attempts
    )
    return (
        on,
        age_bucket,
        start_bucket,
        tuple(sorted(exams.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))),
        attempts,
        a.authorized_by & t.authorizers,
    )


class _CohortCache:
    """Per-call memos keyed by small ints (interned profiles and personal keys)."""

    __slots__ = ("hours", "personal", "personals", "profiles", "selection")

    def __init__(self) -> None:
        self.profiles: dict[ProfileKey, int] = {}
        self.personals: dict[tuple[object, ...], int] = {}
        self.hours: dict[tuple[int, int], tuple[Finding, ...]] = {}
        self.personal: dict[tuple[int, int], tuple[Finding, ...]] = {}
        self.selection: dict[tuple[int, int], _Selection] = {}
