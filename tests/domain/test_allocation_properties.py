"""Properties of the CE allocation: optimal, never over a cap, monotone in courses."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lmt_tracker.domain.core.records import Course, Credential, Therapist, TopicHours
from lmt_tracker.domain.core.rules import (
    CERule,
    Jurisdiction,
    RenewalRule,
    RuleVersion,
    Source,
    TopicCap,
    TopicMinimum,
)
from lmt_tracker.domain.renewal.allocation import Cell, Minimum, Problem, solve
from lmt_tracker.domain.renewal.brute_force import brute_force
from lmt_tracker.domain.renewal.compliance import evaluate_renewal

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TOPICS = ["ethics", "self_care", "general"]
DELIVERIES = ["in_person", "live_online", "self_study"]
small = st.integers(min_value=0, max_value=4).map(Decimal)
maybe_cap = st.none() | st.integers(min_value=0, max_value=6).map(Decimal)


@st.composite
def problems(draw: st.DrawFn, daily: bool) -> Problem:
    cells = tuple(
        Cell(
            draw(st.sampled_from(TOPICS)),
            draw(st.sampled_from(DELIVERIES)),
            draw(st.sampled_from([1, 2])) if daily else None,
            draw(small),
        )
        for _ in range(draw(st.integers(min_value=1, max_value=4)))
    )
    mins = []
    if draw(st.booleans()):
        mins.append(
            Minimum(
                "topic:ethics",
                draw(small),
                "ethics",
                draw(
                    st.sampled_from(
                        [None, frozenset({"in_person"}), frozenset({"in_person", "live_online"})]
                    )
                ),
            )
        )
    return Problem(
        cells=cells,
        total_min=Decimal(draw(st.integers(min_value=0, max_value=12))),
        topic_mins=tuple(mins),
        in_person_min=draw(small),
        online_cap=draw(maybe_cap),
        self_study_cap=draw(maybe_cap),
        topic_caps=(("self_care", draw(small)),) if draw(st.booleans()) else (),
        daily_cap=Decimal(draw(st.integers(min_value=1, max_value=4))) if daily else None,
    )


@SETTINGS
@given(problems(daily=False))
def test_network_allocation_equals_the_brute_force_optimum(p: Problem) -> None:
    x = solve(p)
    assert p.feasible(x)
    assert p.score(x) == brute_force(p)


@SETTINGS
@given(problems(daily=True))
def test_allocation_under_daily_maximums_is_never_worse_than_brute_force(p: Problem) -> None:
    x = solve(p)
    assert p.feasible(x)  # no cap exceeded
    short, counted = p.score(x)
    best_short, best_counted = brute_force(p)
    # the simplex optimum is over real amounts, so it may beat whole-hour allocations
    assert (short, -counted) <= (best_short, -best_counted)
    half = brute_force(p, Decimal("0.5"))
    assert (short, -counted) <= (half[0], -half[1])


# -- the same properties through the whole renewal judgement -------------------------------

SRC = Source("law", "Test statute", "https://example.org/law", dt.date(2026, 1, 1), "statute")
AS_OF = dt.date(2026, 6, 1)
START = dt.date(2025, 9, 1)


@st.composite
def ce_rules(draw: st.DrawFn) -> CERule:
    topics = []
    if draw(st.booleans()):
        topics.append(
            TopicMinimum(
                "ethics",
                draw(small),
                "Ethics",
                SRC,
                draw(st.sampled_from([(), ("in_person",), ("in_person", "live_online")])),
            )
        )
    return CERule(
        source=SRC,
        hours=Decimal(draw(st.integers(min_value=1, max_value=16))),
        period_years=2,
        hour_minutes=draw(st.sampled_from([50, 60])),
        in_person_min_hours=draw(st.none() | small),
        online_max_hours=draw(maybe_cap),
        self_study_max_hours=draw(maybe_cap),
        topics=tuple(topics),
        topic_caps=(TopicCap("self_care", draw(small), SRC),) if draw(st.booleans()) else (),
    )


@st.composite
def courses(draw: st.DrawFn) -> Course:
    hours = draw(st.integers(min_value=1, max_value=5))
    topic = draw(st.sampled_from(["ethics", "self_care", "general"]))
    return Course(
        title=f"c{draw(st.integers(0, 10**6))}",
        provider="P",
        completed=START + dt.timedelta(days=draw(st.integers(0, 270))),
        hours=Decimal(hours),
        delivery=draw(st.sampled_from(DELIVERIES)),
        hour_minutes=draw(st.sampled_from([50, 60])),
        topics=(TopicHours(topic, Decimal(draw(st.integers(0, hours)))),),
    )


def judge(ce: CERule, log: list[Course]):
    version = RuleVersion(
        effective=dt.date(2000, 1, 1),
        ends=None,
        regulation="license",
        title="LMT",
        sources=(SRC,),
        renewal=RenewalRule(SRC, "fixed_date", 2, 8, 31, "odd"),
        ce=ce,
    )
    j = Jurisdiction(
        "XA", "Testland", "state", "Board", "https://example.org", {"law": SRC}, (version,)
    )
    cred = Credential("state_license", "XA", "1", "LMT", dt.date(2010, 1, 1), None, id=1)
    return evaluate_renewal(cred, j, log, Therapist("A", "B"), AS_OF)


def total_shortfall(result) -> Decimal:
    return sum((f.shortfall for f in result.findings if f.status == "short"), Decimal(0))


@SETTINGS
@given(ce_rules(), st.lists(courses(), max_size=6), courses())
def test_adding_a_course_never_lowers_counted_hours_nor_adds_shortfall(
    ce: CERule, log: list[Course], extra: Course
) -> None:
    # Another course: one with the same title and provider is the same course taken
    # twice, which counts once (see the next property).
    extra = dataclasses.replace(extra, title=f"{extra.title} (another course)")
    before = judge(ce, log)
    after = judge(ce, [*log, extra])
    assert after.counted_hours >= before.counted_hours
    assert total_shortfall(after) <= total_shortfall(before)
    short_before = {f.key for f in before.findings if f.status == "short"}
    short_after = {f.key for f in after.findings if f.status == "short"}
    assert short_after <= short_before
    if before.compliant:
        assert after.compliant


@SETTINGS
@given(ce_rules(), st.lists(courses(), min_size=1, max_size=6), st.data())
def test_taking_a_course_again_in_the_period_never_adds_hours(
    ce: CERule, log: list[Course], data: st.DataObject
) -> None:
    """A course counts once per period: the same title and provider again adds nothing."""
    first = min(log, key=lambda c: c.completed)
    again = dataclasses.replace(first, completed=data.draw(st.dates(first.completed,
                                                                    dt.date(2026, 6, 1))))
    before = judge(ce, log)
    after = judge(ce, [*log, again])
    assert after.counted_hours == before.counted_hours
    assert any("repeat" in " ".join(line.reasons) for line in after.lines)


@SETTINGS
@given(ce_rules(), st.lists(courses(), max_size=8))
def test_caps_are_never_exceeded(ce: CERule, log: list[Course]) -> None:
    result = judge(ce, log)
    hm = ce.hour_minutes  # exact comparisons in minutes
    counted = {"online": Decimal(0), "self_study": Decimal(0)}
    for line in result.lines:
        assert 0 <= line.counted_minutes <= line.minutes
        if line.course.delivery != "in_person":
            counted["online"] += line.counted_minutes
        if line.course.delivery == "self_study":
            counted["self_study"] += line.counted_minutes
    if ce.online_max_hours is not None:
        assert counted["online"] <= ce.online_max_hours * hm
    if ce.self_study_max_hours is not None:
        assert counted["self_study"] <= ce.self_study_max_hours * hm
    total = sum((ln.counted_minutes for ln in result.lines), Decimal(0))
    assert result.counted_hours * hm == total or abs(result.counted_hours * hm - total) < 1e-20


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["Ethics A", "ethics  a", "Cupping"]),
                          st.sampled_from(["P", "p ", "Q"]),
                          st.sampled_from(["", "20-1", "20 1", "30-9"])), max_size=8))
def test_the_course_lookup_finds_exactly_the_same_courses_as_comparing_pairs(
    entries: list[tuple[str, str, str]],
) -> None:
    """``SameCourses`` is an index over ``same_course``: the same answers, without n² pairs."""
    from lmt_tracker.domain.renewal.course_index import SameCourses, same_course

    courses = [
        Course(title, provider, START + dt.timedelta(days=i), Decimal(1), "in_person",
               course_number=number)
        for i, (title, provider, number) in enumerate(entries)
    ]
    index = SameCourses(courses)
    for c in courses:
        assert sorted(map(id, index.matches(c))) == sorted(
            id(k) for k in courses if same_course(k, c)
        )
