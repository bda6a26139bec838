"""The record of one solved CE allocation and the per-course lines that explain it.

:class:`Spec` keeps what the allocation was built from and what it counted (filled by
``problem`` and ``findings``); :class:`Allocation` turns it into
:class:`AllocationLine` rows only when a report or screen asks, since most status
checks never look at them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from lmt_tracker.domain.core.frozen import frozen_record
from lmt_tracker.domain.core.phrases import N_, joined, ph
from lmt_tracker.domain.core.records import Course
from lmt_tracker.domain.core.rules import ExtraRequirement
from lmt_tracker.domain.renewal.allocation import Cell, Minimum
from lmt_tracker.domain.renewal.hours import CountedHours, count_course, how_counted
from lmt_tracker.domain.renewal.terms import ZERO

NOT_NEEDED = ph(N_("not needed within the caps"))  # why hours beyond every cap were left out


@frozen_record
class AllocationLine:
    """How one course was used: hours counted, toward what, and what was left out, why."""

    course: Course
    hours: Decimal  # in the rule's hours
    counted: Decimal
    toward: tuple[str, ...]
    excluded: Decimal
    reasons: tuple[str, ...]
    minutes: Decimal = ZERO  # exact: the rule minutes the course earns (renewal.hours)
    counted_minutes: Decimal = ZERO  # exact: rule minutes counted
    how: str = ""  # how its stated hours became rule hours, in words


def reasons_text(reasons: tuple[str, ...] | list[str]) -> str:
    """Several reasons as one: "a; b" (a phrase, so each reason is translated)."""
    if len(reasons) <= 1:
        return reasons[0] if reasons else ""
    return joined(list(reasons), "; ")


class DayReasons(dict[dt.date, str]):
    """Why a course completed on a given day was left out, worded on first use and shared
    by that day's courses: only the lines and the not-counted list word it (a dashboard
    never does), and records of thousands repeat their dates."""

    def __init__(self, template: str, edge: dict[str, dt.date]) -> None:
        super().__init__()
        self.template = template
        self.edge = edge

    def __missing__(self, day: dt.date) -> str:
        why = self[day] = ph(self.template, completed=day, **self.edge)
        return why


def _reason(course: Course, why: str | DayReasons) -> str:
    return why[course.completed] if isinstance(why, DayReasons) else why


#: One part of a course in one cell: (course, topic, delivery, minutes, tag) — the course's
#: index in the window's list, its topic and delivery, rule minutes, and ``UNAPPROVED``
#: under a cap on unapproved providers (else None). A plain tuple: a period of thousands of
#: courses makes one per course, straight from its columns (``problem._plain_segments``).
Segment = tuple[int, str, str, Decimal, str | None]


class Allocation:
    """The solved allocation; per-course lines are built on first use."""

    __slots__ = ("_lines", "_spec")

    def __init__(self, spec: Spec | None) -> None:
        self._spec = spec
        self._lines: tuple[AllocationLine, ...] | None = None

    @property
    def lines(self) -> tuple[AllocationLine, ...]:
        if self._lines is None:
            self._lines = self._spec.lines() if self._spec is not None else ()
        return self._lines

    def not_counted(self) -> tuple[tuple[Course, Decimal, str], ...]:
        """(course, rule hours left out, why) for each course with hours left out."""
        if self._lines is not None or self._spec is None:
            return tuple((line.course, line.excluded, reasons_text(line.reasons) or NOT_NEEDED)
                         for line in self.lines if line.excluded > 0)
        return self._spec.not_counted()

    def __repr__(self) -> str:
        return "Allocation(...)"


class Spec:
    """Everything one allocation needs, kept to explain it afterwards."""

    __slots__ = (
        "approver_unknown",
        "caps",
        "carried_minutes",
        "cells",
        "counting",
        "counts",
        "courses",
        "excluded",
        "extras",
        "hm",
        "in_person_min",
        "mins",
        "minutes_of",
        "reserved",
        "seg_counted",
        "segments",
        "shapes",
        "unknown_approved",
        "x",
    )

    def __init__(
        self,
        hm: int = 60,
        counting: str | None = None,
        shapes: dict[int, int] | None = None,
        counts: dict[int, CountedHours] | None = None,
    ) -> None:
        self.courses: list[Course] = []
        self.minutes_of: list[Decimal] = []
        self.segments: list[Segment] = []
        self.cells: list[Cell] = []
        self.x: tuple[Decimal, ...] = ()
        self.seg_counted: list[Decimal] = []
        self.caps: list[tuple[str, Decimal, list[int], str]] = []
        self.mins: tuple[Minimum, ...] = ()
        # Courses left out before allocation: (course, rule minutes, reason, kind), kind
        # "repeat" (counted once) or "outside" (before the period or after its deadline).
        self.excluded: list[tuple[Course, Decimal, str | DayReasons, str]] = []
        self.hm = hm
        self.counting = counting  # the rule's minutes_count
        # What each course earns, counted once per shape of course (``CourseIndex.shapes``
        # and ``counts``: shared by every credential judged under a rule of this hour).
        self.shapes: dict[int, int] = shapes if shapes is not None else {}
        self.counts: dict[int, CountedHours] = counts if counts is not None else {}
        self.in_person_min = False
        self.carried_minutes = ZERO
        self.unknown_approved = False  # count courses of unrecorded approval as approved
        # Requirements on top of the total: (extra, needed rule minutes, counted minutes).
        self.extras: list[tuple[ExtraRequirement, Decimal, Decimal]] = []
        self.reserved: list[tuple[int, str, Decimal]] = []  # (course index, topic, minutes)
        # Courses whose approval by a topic's named approver is not recorded.
        self.approver_unknown: list[tuple[Course, str, str]] = []

    def reserve(self, course: int, topic: str, minutes: Decimal) -> None:
        """Minutes of a course that meet a requirement on top of the total."""
        self.reserved.append((course, topic, minutes))
        self.extras = [
            (e, need, got + minutes if e.key == topic else got) for e, need, got in self.extras
        ]

    def count(self, course: Course) -> CountedHours:
        """What ``course`` earns toward this rule (``domain.renewal.hours``), counted once."""
        shape = self.shapes.get(id(course))
        if shape is None:
            return count_course(course, self.hm, self.counting)
        got = self.counts.get(shape)
        if got is None:
            got = self.counts[shape] = count_course(course, self.hm, self.counting)
        return got

    def exclude(self, course: Course, why: str, kind: str) -> None:
        self.excluded.append((course, self.count(course).minutes, why, kind))

    def _tally(
        self, with_toward: bool
    ) -> tuple[list[Decimal], defaultdict[int, set[str]], defaultdict[int, set[str]]]:
        """Per course: rule minutes counted, what they counted toward, why some were not.

        The sets are made only for courses that have something in them (by course
        index): with 10,000 courses, two empty sets per course were a tenth of a status.
        """
        counted = [ZERO] * len(self.courses)
        toward: defaultdict[int, set[str]] = defaultdict(set)
        reasons: defaultdict[int, set[str]] = defaultdict(set)
        cell_of = {(c.topic, c.delivery, c.day, c.tag): i for i, c in enumerate(self.cells)}
        binding: dict[int, list[str]] = {}
        for _, limit, idx, why in self.caps:
            if sum((self.x[i] for i in idx), ZERO) >= limit:
                for i in idx:
                    binding.setdefault(i, []).append(why)
        for k, topic, minutes in self.reserved:
            counted[k] += minutes
            toward[k].add(f"extra:{topic}")
        for (k, topic, delivery, minutes, tag), got in zip(self.segments, self.seg_counted,
                                                           strict=True):
            counted[k] += got
            if got > 0 and with_toward:
                toward[k].add("total")
                for m in self.mins:
                    if (
                        m.topic is not None
                        and (m.topic == topic or topic in m.also)
                        and (m.deliveries is None or delivery in m.deliveries)
                    ):
                        toward[k].add(m.name)
                if self.in_person_min and delivery == "in_person":
                    toward[k].add("in_person")
            if got < minutes:
                day = self.courses[k].completed.toordinal()
                ci = cell_of.get((topic, delivery, day, tag))
                if ci is None:
                    ci = cell_of.get((topic, delivery, None, tag))
                for why in binding.get(ci, []) if ci is not None else []:
                    reasons[k].add(why)
        return counted, toward, reasons

    def not_counted(self) -> tuple[tuple[Course, Decimal, str], ...]:
        """Each course with hours left out: (course, rule hours, why), as ``lines`` gives them.

        The same figures and order as filtering :meth:`lines`, without building every
        course's line and words: ``status --json`` lists these for every credential, and
        with 10,000 courses the lines' words were most of its time.
        """
        hm = Decimal(self.hm)
        counted, _, reasons = self._tally(with_toward=False)
        out: list[tuple[Course, Decimal, str]] = []
        for k, course in enumerate(self.courses):
            excluded = self.minutes_of[k] - counted[k]
            if excluded > 0:
                why = reasons_text(sorted(reasons.get(k, ()))) or NOT_NEEDED
                out.append((course, excluded / hm, why))
        for course, minutes, given, _ in self.excluded:
            if minutes > 0:
                out.append((course, minutes / hm, _reason(course, given) or NOT_NEEDED))
        out.sort(key=lambda item: (item[0].completed, item[0].title))  # stable, as lines'
        return tuple(out)

    def lines(self) -> tuple[AllocationLine, ...]:
        hm = Decimal(self.hm)
        counted, toward, reasons = self._tally(with_toward=True)
        out = []
        for k, course in enumerate(self.courses):
            total = self.minutes_of[k]
            excluded = total - counted[k]
            out.append(
                AllocationLine(
                    course=course,
                    hours=total / hm,
                    counted=counted[k] / hm,
                    toward=tuple(sorted(toward.get(k, ()), key=lambda s: (s != "total", s))),
                    excluded=excluded / hm,
                    reasons=tuple(sorted(reasons.get(k, ()))) if excluded > 0 else (),
                    minutes=total,
                    counted_minutes=counted[k],
                    how=how_counted(course, self.hm, self.counting),
                )
            )
        for course, minutes, why, _ in self.excluded:
            out.append(
                AllocationLine(
                    course=course,
                    hours=minutes / hm,
                    counted=ZERO,
                    toward=(),
                    excluded=minutes / hm,
                    reasons=(_reason(course, why),),
                    minutes=minutes,
                    how=how_counted(course, self.hm, self.counting),
                )
            )
        out.sort(key=lambda line: (line.course.completed, line.course.title))
        return tuple(out)
