"""A therapist's courses sorted by completion date, so CE windows are cut by bisection.

Built once per record and shared by every credential judged (see ``domain.status``).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

from lmt_tracker.domain.core.records import Course


class CourseIndex:
    """Courses sorted by completion date, for fast windows (build once per record)."""

    __slots__ = ("_same", "courses", "days", "keys")

    def __init__(self, courses: Iterable[Course]) -> None:
        self.courses: list[Course] = sorted(courses, key=lambda c: c.completed)
        self.days: list[dt.date] = [c.completed for c in self.courses]
        self._same: SameCourses | None = None
        # each course's folded title and provider, computed once for every credential
        self.keys: dict[int, tuple[str, str]] = {}

    def between(self, start: dt.date, end: dt.date) -> list[Course]:
        """Courses completed on ``start`` .. ``end`` inclusive, oldest first."""
        return self.courses[bisect_left(self.days, start) : bisect_right(self.days, end)]

    @property
    def same(self) -> SameCourses:
        """Every course by what makes two entries one course (built once, on first use)."""
        if self._same is None:
            self._same = SameCourses(self.courses, keys=self.keys)
        return self._same


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    return " ".join(text.lower().split())


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
