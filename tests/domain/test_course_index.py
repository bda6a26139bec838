"""Each course judged once for every credential (``CourseIndex.alone``, ``shapes``, ``counts``).

``status`` judges every credential over the same courses; what does not depend on the
credential — whether a course can be a repeat of another, what it earns toward a rule
of a given hour — is worked out once per record. These tests hold the shortcuts to the
definitions they stand for (``same_course``, ``count_course``) and hold whole judgements
with the shortcuts to the same judgements with them switched off.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lmt_tracker.domain.core.records import MINUTE_UNIT, Approval, Course, Record, TopicHours
from lmt_tracker.domain.renewal.course_index import CourseIndex, same_course
from lmt_tracker.domain.renewal.hours import count_course
from lmt_tracker.domain.renewal.lines import Spec
from lmt_tracker.domain.status import evaluate_status
from lmt_tracker.io.demo import demo_bundle
from lmt_tracker.rules.loader import load_all

ON = dt.date(2026, 12, 4)
DAY = dt.date(2026, 1, 5)


def _course(title: str, provider: str = "P", number: str = "", days: int = 0,
            **fields: object) -> Course:
    values: dict[str, object] = {"hours": Decimal(2), "delivery": "in_person"} | fields
    return Course(title, provider, DAY + dt.timedelta(days=days), course_number=number,
                  **values)  # type: ignore[arg-type]


def test_a_course_alone_is_one_nothing_else_can_be_the_same_course_as() -> None:
    courses = {
        "unique": _course("Cupping basics"),
        "case_a": _course("Ethics for LMTs", "Acme"),
        "case_b": _course("  ethics  FOR lmts", "acme ", days=30),  # the same, folded
        "other_provider": _course("Ethics for LMTs", "Other school", days=60),
        "number_a": _course("Pathology I", number="FL-20-1"),
        "number_b": _course("Pathology, part one", number="fl 20 1", days=9),
        "own_number": _course("Myofascial release", number="NC-77"),
        "no_number_same_title": _course("Myofascial release", days=3),
    }
    index = CourseIndex(courses.values())
    alone = {name for name, c in courses.items() if id(c) in index.alone}
    # Hand-worked: case_a/case_b fold to one title and provider; number_a/number_b
    # fold to one number; a course without a number is the same course as a numbered
    # one of its title and provider (own_number / no_number_same_title). A title that
    # recurs with another provider is still a course of its own.
    assert alone == {"unique", "other_provider"}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["Ethics A", "ethics  a", "Cupping", "Reiki"]),
                          st.sampled_from(["P", "p ", "Q"]),
                          st.sampled_from(["", "20-1", "20 1", "30-9", "41"])), max_size=10))
def test_no_course_that_can_be_a_repeat_is_alone(entries: list[tuple[str, str, str]]) -> None:
    """``alone`` never skips a course ``same_course`` pairs with another (a skipped repeat
    would be counted twice)."""
    courses = [_course(t, p, n, days=i) for i, (t, p, n) in enumerate(entries)]
    alone = CourseIndex(courses).alone
    for a in courses:
        if any(b is not a and same_course(a, b) for b in courses):
            assert id(a) not in alone


COURSES = [
    _course("A", hours=Decimal(3), topics=(TopicHours("ethics", Decimal(1)),)),
    _course("B", hours=Decimal(3), topics=(TopicHours("ethics", Decimal(1)),)),  # A's shape
    _course("C", hours=Decimal(3), topics=(TopicHours("ethics", Decimal(2)),)),
    _course("D", hours=Decimal(3), hour_minutes=50),
    _course("E", hours=Decimal(110), hour_minutes=MINUTE_UNIT,
            topics=(TopicHours("hands_on", Decimal(50)),)),
    _course("F", hours=Decimal("2.5"), approvals=(Approval("NCBTMB", "1"),)),
]


@pytest.mark.parametrize("hour", [50, 60])
@pytest.mark.parametrize("counting", [None, "fraction", "whole", "half_hour", "clock_hour"])
def test_a_course_counted_by_its_shape_earns_what_counting_it_alone_gives(
    hour: int, counting: str | None,
) -> None:
    index = CourseIndex(COURSES)
    spec = Spec(hour, counting, index.shapes, index.counts(hour, counting))
    other = Spec(hour, counting, index.shapes, index.counts(hour, counting))
    for c in COURSES:
        assert spec.count(c) == count_course(c, hour, counting)
        assert other.count(c) is spec.count(c)  # counted once for both allocations
    a, b, c = COURSES[:3]
    assert index.shapes[id(a)] == index.shapes[id(b)] != index.shapes[id(c)]
    assert len(index.counts(hour, counting)) == 5  # six courses, five shapes


def test_a_course_outside_the_index_is_still_counted() -> None:
    spec = Spec(50, None, CourseIndex(COURSES).shapes, {})
    stranger = _course("Z", hours=Decimal(4), hour_minutes=50)
    assert spec.count(stranger) == count_course(stranger, 50, None)


def _record(extra: int) -> Record:
    bundle = demo_bundle(ON, extra_courses=extra)
    # Repeats the index must still find among many courses of their own: one course
    # again under another spelling, one under its number only, one in minutes.
    first = bundle.courses[0]
    numbered = next((c for c in bundle.courses if c.course_number), None)
    added = [
        dataclasses.replace(first, title=f"  {first.title.upper()} ", id=None,
                            completed=ON - dt.timedelta(days=40)),
        dataclasses.replace(first, hours=Decimal(95), hour_minutes=MINUTE_UNIT, id=None,
                            title="Minutes only", completed=ON - dt.timedelta(days=41)),
    ]
    if numbered is not None:
        added.append(dataclasses.replace(numbered, title="Renamed", id=None,
                                         completed=ON - dt.timedelta(days=42)))
    return Record(bundle.therapist, bundle.programs, bundle.exams, bundle.credentials,
                  (*bundle.courses, *added))


@pytest.mark.parametrize("extra", [0, 600])
@pytest.mark.parametrize("on", [ON, dt.date(2027, 9, 15), dt.date(2029, 6, 30)])
def test_the_shared_index_judges_as_judging_each_credential_the_long_way(
    extra: int, on: dt.date, monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = _record(extra)
    rules = load_all()
    quick = evaluate_status(record, rules, on)
    # The long way: no course skips the repeat checks (every course a suspect), every
    # course a shape of its own (counted for itself), no course shares a cell's count.
    monkeypatch.setattr(CourseIndex, "suspects",
                        property(lambda self: list(range(len(self.courses)))))
    monkeypatch.setattr(CourseIndex, "shape_of",
                        property(lambda self: list(range(len(self.courses)))))
    slow = evaluate_status(record, rules, on)
    assert [s.to_json() for s in quick] == [s.to_json() for s in slow]
    for fast, full in zip(quick, slow, strict=True):
        if fast.renewal is not None:
            assert fast.renewal.allocation.lines == full.renewal.allocation.lines  # type: ignore[union-attr]
    assert any(s.renewal is not None and s.renewal.not_counted for s in quick)


def test_the_index_columns_by_position() -> None:
    """The columns a credential's window is sliced from, worked by hand for five courses."""
    courses = [
        _course("A", days=0, hours=Decimal(3), topics=(TopicHours("ethics", Decimal(1)),)),
        # A's shape: equal topics in a tuple of their own, another delivery
        _course("B", days=1, hours=Decimal(3), delivery="live_online",
                topics=(TopicHours("ethics", Decimal(1)),)),
        _course("C", days=2, hours=Decimal(3), hour_minutes=50, delivery="webinar"),
        _course("Ethics", "X", days=3, applies_to=(7,)),
        _course(" ethics ", "x", days=4),  # the same course as the one before
    ]
    index = CourseIndex(reversed(courses))  # sorted by date: positions 0..4 as listed
    assert [c.title for c in index.courses] == ["A", "B", "C", "Ethics", " ethics "]
    shape = index.shape_of
    assert shape[0] == shape[1] and len({shape[0], shape[2], shape[3]}) == 3
    assert shape[3] == shape[4]  # 2 hours, no topics
    # A delivery the rules do not name counts as self-study.
    assert index.deliveries == ["in_person", "live_online", "self_study", "in_person",
                                "in_person"]
    assert index.suspects == [3, 4]
    assert index.restricted == [3]
    whole = index.span(DAY, DAY + dt.timedelta(days=4))
    assert whole == range(0, 5)
    assert index.span(DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=2)) == range(1, 3)
    assert list(index.mine(7, whole)) == [0, 1, 2, 3, 4]
    assert list(index.mine(8, whole)) == [0, 1, 2, 4]  # "Ethics" is kept to credential 7
    assert index.mine(8, range(0, 3)) == range(0, 3)  # no kept course: the span itself
    # Rule minutes: 60-minute hours count as at most one 50-minute rule hour each;
    # 50-minute hours count 5/6 of a 60-minute rule hour.
    assert index.minutes(50, None) == [150, 150, 150, 100, 100]
    assert index.minutes(60, None) == [180, 180, 150, 120, 120]
    assert len(index.counts(60, None)) == 3  # one count per shape
