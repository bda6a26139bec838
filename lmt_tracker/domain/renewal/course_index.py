"""A therapist's courses sorted by completion date, so CE windows are cut by bisection.

Built once per record and shared by every credential judged (see ``domain.status``):
what does not depend on the credential is worked out once per course here, not once
per credential — which courses could be a repeat of another (``suspects``), which are
kept to some credentials (``restricted``), how each was given (``deliveries``) and what
each earns toward a rule of a given hour (``shape_of``, ``counts``, ``minutes``). With
10,000 courses and four credentials, judging each course four times over was most of a
status check; now a credential's courses are a range of positions and its columns slices.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from lmt_tracker.domain.core.records import Course
from lmt_tracker.domain.renewal.hours import CountedHours, count_course
from lmt_tracker.domain.renewal.terms import DELIVERY_WORDS

_TITLE = attrgetter("title")
_NUMBER = attrgetter("course_number")
_COMPLETED = attrgetter("completed")
_HOURS = attrgetter("hours")
_HOUR_MINUTES = attrgetter("hour_minutes")
_TOPICS = attrgetter("topics")
_DELIVERY = attrgetter("delivery")


class CourseIndex:
    """Courses sorted by completion date, for fast windows (build once per record).

    Besides the courses, the index keeps per-course columns in the same order, each worked
    out once per record on first use (``shape_of``, ``deliveries``, ``minutes``,
    ``suspects``, ``restricted``): a credential's window is then a range of positions and
    its columns slices, so judging four credentials over 10,000 courses does not visit
    each course four times in Python.
    """

    __slots__ = ("_alone", "_counts", "_deliveries", "_kinds", "_minutes", "_restricted",
                 "_same", "_shape_of", "_shapes", "_suspects", "courses", "days", "keys")

    def __init__(self, courses: Iterable[Course]) -> None:
        self.courses: list[Course] = sorted(courses, key=_COMPLETED)
        self.days: list[dt.date] = list(map(_COMPLETED, self.courses))
        self._same: SameCourses | None = None
        self._alone: frozenset[int] | None = None
        self._suspects: list[int] | None = None
        self._restricted: list[int] | None = None
        self._shape_of: list[int] | None = None
        self._shapes: dict[int, int] | None = None
        self._deliveries: list[str] | None = None
        self._kinds: tuple[list[int], list[tuple[int, str]]] | None = None
        self._counts: dict[tuple[int, str | None], dict[int, CountedHours]] = {}
        self._minutes: dict[tuple[int, str | None], list[Decimal]] = {}
        # each course's folded title and provider, computed once for every credential
        self.keys: dict[int, tuple[str, str]] = {}

    def span(self, start: dt.date, end: dt.date) -> range:
        """Positions of the courses completed on ``start`` .. ``end`` inclusive."""
        return range(bisect_left(self.days, start), bisect_right(self.days, end))

    def between(self, start: dt.date, end: dt.date) -> list[Course]:
        """Courses completed on ``start`` .. ``end`` inclusive, oldest first."""
        return self.courses[bisect_left(self.days, start) : bisect_right(self.days, end)]

    # -- which courses can be a repeat ------------------------------------------------------
    @property
    def suspects(self) -> list[int]:
        """Positions of the courses that may be the same course as another of the record.

        ``same_course`` holds only for two courses with the same folded number or the
        same folded title and provider, so a course whose number (if any) and whose
        title and provider are each its own can be neither a repeat nor repeated: the
        repeat checks look at these positions only. Worked out once per record.
        """
        if self._suspects is None:
            courses = self.courses
            # ``fold`` of every title, as C-level maps (no Python call per course).
            titles = list(map(" ".join, map(str.split, map(str.lower, map(_TITLE, courses)))))
            per_title = Counter(titles)
            recurring = compress(range(len(courses)), map((1).__lt__,
                                                          map(per_title.__getitem__, titles)))
            numbered = compress(range(len(courses)), map(_NUMBER, courses))
            candidates = sorted({*recurring, *numbered})
            per_key = Counter(norm(courses[i]) for i in candidates if per_title[titles[i]] > 1)
            per_number = Counter(norm_number(courses[i].course_number) for i in candidates
                                 if courses[i].course_number)
            self._suspects = [
                i for i in candidates
                if not ((per_title[titles[i]] == 1 or per_key[norm(courses[i])] == 1)
                        and (not courses[i].course_number
                             or per_number[norm_number(courses[i].course_number)] == 1))
            ]
        return self._suspects

    @property
    def alone(self) -> frozenset[int]:
        """``id()`` of each course no other course of the record is the same course as
        (every course but the ``suspects``)."""
        if self._alone is None:
            suspects = set(self.suspects)
            self._alone = frozenset(id(c) for i, c in enumerate(self.courses)
                                    if i not in suspects)
        return self._alone

    # -- which credentials a course is for --------------------------------------------------
    @property
    def restricted(self) -> list[int]:
        """Positions of the courses kept to some credentials (``applies_to`` given)."""
        if self._restricted is None:
            self._restricted = [i for i, c in enumerate(self.courses) if c.applies_to is not None]
        return self._restricted

    def mine(self, credential_id: int | None, span: range) -> range | list[int]:
        """Positions in ``span`` of the courses for ``credential_id``: the span itself when no
        course in it is kept to some credentials (the usual case), found by bisection."""
        restricted = self.restricted
        lo = bisect_left(restricted, span.start)
        if lo == len(restricted) or restricted[lo] >= span.stop:
            return span
        courses = self.courses
        return [i for i in span if courses[i].applies_to is None
                or credential_id in courses[i].applies_to]  # type: ignore[operator]

    # -- what each course earns -------------------------------------------------------------
    @property
    def shape_of(self) -> list[int]:
        """Each course's shape, by position: courses of one shape (the same stated hours,
        hour length and topic hours) earn the same toward any rule, so each shape is
        counted once per rule hour (``counts``) — 10,000 courses have a few dozen shapes."""
        if self._shape_of is None:
            courses = self.courses
            topics = list(map(_TOPICS, courses))
            # Topic tuples compared by value once per distinct tuple object (the store
            # shares equal ones), then by number: no topic hashed once per course.
            by_value: dict[tuple[object, ...], int] = {}
            number_of = {key: by_value.setdefault(t, len(by_value))
                         for key, t in dict(zip(map(id, topics), topics, strict=True)).items()}
            keys = list(zip(map(_HOURS, courses), map(_HOUR_MINUTES, courses),
                            map(number_of.__getitem__, map(id, topics)), strict=True))
            numbers = {key: n for n, key in enumerate(dict.fromkeys(keys))}
            self._shape_of = list(map(numbers.__getitem__, keys))
        return self._shape_of

    @property
    def shapes(self) -> dict[int, int]:
        """``id()`` of each course -> its shape (``shape_of``). The index holds the courses,
        so an id is not reused while it lives."""
        if self._shapes is None:
            self._shapes = dict(zip(map(id, self.courses), self.shape_of, strict=True))
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

    def minutes(self, rule_hour: int, counting: str | None) -> list[Decimal]:
        """Rule minutes each course earns toward such a rule, by position (every shape
        counted once, into ``counts``)."""
        key = (rule_hour, counting)
        got = self._minutes.get(key)
        if got is None:
            counts = self.counts(rule_hour, counting)
            courses = self.courses
            shape_of = self.shape_of
            # The first course of each shape stands for it (read backwards, the last
            # position written for a shape is its first).
            firsts = dict(zip(reversed(shape_of), reversed(range(len(shape_of))), strict=True))
            for shape, first in firsts.items():
                if shape not in counts:
                    counts[shape] = count_course(courses[first], rule_hour, counting)
            minutes = {shape: counted.minutes for shape, counted in counts.items()}
            got = self._minutes[key] = list(map(minutes.__getitem__, self.shape_of))
        return got

    @property
    def deliveries(self) -> list[str]:
        """Each course's delivery by position; one the rules do not name is self-study."""
        if self._deliveries is None:
            stated = list(map(_DELIVERY, self.courses))
            known = {d: d if d in DELIVERY_WORDS else "self_study" for d in set(stated)}
            self._deliveries = list(map(known.__getitem__, stated))
        return self._deliveries

    @property
    def kinds(self) -> tuple[list[int], list[tuple[int, str]]]:
        """Each course's kind by position, and each kind's shape and delivery: courses of
        one kind fill the same cells of any allocation (counted by kind, not per course)."""
        if self._kinds is None:
            pairs = list(zip(self.shape_of, self.deliveries, strict=True))
            numbers = {pair: n for n, pair in enumerate(dict.fromkeys(pairs))}
            self._kinds = list(map(numbers.__getitem__, pairs)), list(numbers)
        return self._kinds

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
