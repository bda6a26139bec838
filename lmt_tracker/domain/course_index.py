"""A therapist's courses sorted by completion date, so CE windows are cut by bisection.

Built once per record and shared by every credential judged (see ``domain.status``).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from lmt_tracker.domain.records import Course


class CourseIndex:
    """Courses sorted by completion date, for fast windows (build once per record)."""

    __slots__ = ("courses", "days")

    def __init__(self, courses: Iterable[Course]) -> None:
        self.courses: list[Course] = sorted(courses, key=lambda c: c.completed)
        self.days: list[dt.date] = [c.completed for c in self.courses]

    def between(self, start: dt.date, end: dt.date) -> list[Course]:
        """Courses completed on ``start`` .. ``end`` inclusive, oldest first."""
        return self.courses[bisect_left(self.days, start) : bisect_right(self.days, end)]
