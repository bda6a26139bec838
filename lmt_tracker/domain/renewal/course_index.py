"""A therapist's courses sorted by completion date, so CE windows are cut by bisection.

Built once per record and shared by every credential judged (see ``domain.status``):
what does not depend on the credential is worked out once per course here, not once
per credential — which courses could be a repeat of another (``alone``), and what each
course earns toward a rule of a given hour (``shapes``, ``counts``). With 10,000 courses and four
credentials, judging each course four times over was most of a status check.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from operator import attrgetter

from lmt_tracker.domain.core.records import Course
from lmt_tracker.domain.renewal.hours import CountedHours

_TITLE = attrgetter("title")


class CourseIndex:
    """Courses sorted by completion date, for fast windows (build once per record)."""

    __slots__ = ("_alone", "_counts", "_same", "_shapes", "courses", "days", "keys")

    def __init__(self, courses: Iterable[Course]) -> None:
        self.courses: list[Course] = sorted(courses, key=lambda c: c.completed)
        self.days: list[dt.date] = [c.completed for c in self.courses]
        self._same: SameCourses | None = None
        self._alone: frozenset[int] | None = None
        self._shapes: dict[int, int] | None = None
        self._counts: dict[tuple[int, str | None], dict[int, CountedHours]] = {}
        # each course's folded title and provider, computed once for every credential
        self.keys: dict[int, tuple[str, str]] = {}

    @property
    def alone(self) -> frozenset[int]:
        """``id()`` of each course no other course of the record is the same course as.

        ``same_course`` holds only for two courses with the same folded number or the
        same folded title and provider, so a course whose number (if any) and whose
        title and provider are each its own can be neither a repeat nor repeated: the
        repeat checks skip it. Worked out once per record (every title folded once).
        """
        if self._alone is None:
            courses = self.courses
            # Folded titles first (a course with a title of its own is alone whatever its
            # provider); title and provider only for the titles that recur.
            # ``fold`` of every title, as C-level maps (no Python call per course).
            titles = list(map(" ".join, map(str.split, map(str.lower, map(_TITLE, courses)))))
            per_title = Counter(titles)
            per_key = Counter(norm(c) for c, t in zip(courses, titles, strict=True)
                              if per_title[t] > 1)
            per_number = Counter(norm_number(c.course_number) for c in courses
                                 if c.course_number)
            self._alone = frozenset(
                id(c) for c, t in zip(courses, titles, strict=True)
                if (per_title[t] == 1 or per_key[norm(c)] == 1)
                and (not c.course_number or per_number[norm_number(c.course_number)] == 1)
            )
        return self._alone

    @property
    def shapes(self) -> dict[int, int]:
        """``id()`` of each course -> its shape: courses of one shape (the same stated hours,
        hour length and topic hours) earn the same toward any rule, so each shape is
        counted once per rule hour (``counts``) — 10,000 courses have a few dozen shapes.
        The index holds the courses, so an id is not reused while it lives."""
        if self._shapes is None:
            numbers: dict[tuple[object, ...], int] = {}
            self._shapes = {
                id(c): numbers.setdefault((c.hours, c.hour_minutes, c.topics), len(numbers))
                for c in self.courses
            }
        return self._shapes

    def counts(self, rule_hour: int, counting: str | None) -> dict[int, CountedHours]:
        """What a course of each shape earns toward a rule of this hour and minutes
        counting (``hours.count_course``), by shape: shared by every credential and period
        judged under such a rule, filled as courses are counted."""
        key = (rule_hour, counting)
        got = self._counts.get(key)
        if got is None:
            got = self._counts[key] = {}
        return got

    def between(self, start: dt.date, end: dt.date) -> list[Course]:
        """Courses completed on ``start`` .. ``end`` inclusive, oldest first."""
        return self.courses[bisect_left(self.days, start) : bisect_right(self.days, end)]

    @property
    def same(self) -> SameCourses:
        """Every course by what makes two entries one course (built once, on first use)."""
        if self._same is None:
            self._same = SameCourses(self.courses, keys=self.keys)
        return self._same


def fold(text: str) -> str:
    """Case and spacing folded: how titles and providers are compared."""
    return " ".join(text.lower().split())


_fold = lru_cache(maxsize=1 << 16)(fold)


def norm(course: Course) -> tuple[str, str]:
    """Title and provider, case and spacing folded: one course's identity without a number.

    Folding is cached by text: the app judges the same record again after every edit."""
    return (_fold(course.title), _fold(course.provider))


def norm_number(number: str) -> str:
    return "".join(ch for ch in number.upper() if ch.isalnum())


def same_course(a: Course, b: Course) -> bool:
    """One course taken twice: the same course number, or (no number) title and provider."""
    if a.course_number and b.course_number:
        return norm_number(a.course_number) == norm_number(b.course_number)
    return norm(a) == norm(b)


class SameCourses:
    """Courses looked up by ``same_course`` in constant time per lookup: a therapist with
    thousands of courses is judged in milliseconds, not by comparing every pair."""

    __slots__ = ("by_number", "by_title", "keys")

    def __init__(
        self, courses: Iterable[Course] = (), *, keys: dict[int, tuple[str, str]] | None = None
    ) -> None:
        self.by_number: dict[str, list[Course]] = {}
        self.by_title: dict[tuple[str, str], list[Course]] = {}
        self.keys: dict[int, tuple[str, str]] = keys if keys is not None else {}
        for c in courses:
            self.add(c)

    def _key(self, course: Course) -> tuple[str, str]:
        key = self.keys.get(id(course))
        if key is None:
            key = self.keys[id(course)] = norm(course)
        return key

    def add(self, course: Course) -> None:
        if course.course_number:
            self.by_number.setdefault(norm_number(course.course_number), []).append(course)
        self.by_title.setdefault(self._key(course), []).append(course)

    def matches(self, course: Course) -> list[Course]:
        """Every stored course that is the same course as ``course``, oldest first.

        The two maps only find candidates; ``same_course`` decides, so the identity is
        defined in one place."""
        found = {id(k): k for k in self.by_title.get(self._key(course), ())}
        if course.course_number:
            for k in self.by_number.get(norm_number(course.course_number), ()):
                found[id(k)] = k
        return sorted((k for k in found.values() if same_course(k, course)),
                      key=lambda k: k.completed)
