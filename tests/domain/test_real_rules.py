"""The engine on the shipped rule files: every jurisdiction judges without error, and a
few well-known shapes behave as their files say."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from lmt_tracker.domain.core.records import (
    Course,
    Credential,
    Graduate,
    Record,
    Therapist,
    TopicHours,
)
from lmt_tracker.domain.entry.applicant import Applicant
from lmt_tracker.domain.entry.eligibility import eligibility_for, eligibility_for_cohort
from lmt_tracker.domain.status import evaluate_status
from lmt_tracker.rules.loader import load_all

AS_OF = dt.date(2026, 6, 1)
RULES = load_all()
ANN = Therapist("Ann", "Lee", dt.date(1985, 3, 14))


def test_every_jurisdiction_gives_an_eligibility_verdict() -> None:
    a = Applicant.of(
        AS_OF, total_hours=750, subjects={"anatomy": 150, "electives": 600}, exams=["mblex"], age=30
    )
    results = eligibility_for(a, RULES, AS_OF)
    assert len(results) == len(RULES)
    for r in results:
        doc = r.to_json()
        assert list(doc) == ["code", "regulation", "eligible", "missing"]
        json.dumps(doc)
        if r.regulation in ("none", "voluntary"):
            assert r.eligible is None
        for item in doc["missing"]:
            assert item["kind"] in {"hours", "subject", "delivery", "exam", "other"}


def test_a_state_without_a_credential_is_null() -> None:
    (none,) = [c for c, j in RULES.items() if j.current(AS_OF).regulation == "none"][:1]
    (r,) = eligibility_for(Applicant.of(AS_OF, total_hours=0), [RULES[none]], AS_OF)
    assert r.eligible is None and r.to_json()["missing"] == []


def test_cohort_over_every_jurisdiction_matches_one_by_one() -> None:
    grads = [
        Graduate(
            f"s{i}",
            f"S{i}",
            Decimal(500 + 25 * (i % 6)),
            (("anatomy", Decimal(100 + 10 * (i % 3))), ("first_aid_cpr", Decimal(8))),
            online_hours=Decimal(50 * (i % 3)),
            clinical_hours=Decimal(60),
            program_start=dt.date(2023 + i % 3, 1, 1),
            birth_date=dt.date(1990 + i % 20, 5, 1),
            mblex=("pass", "fail", "none")[i % 3],
            mblex_date=dt.date(2025, 1, 1),
        )
        for i in range(90)
    ]
    people = [Applicant.from_graduate(g, AS_OF) for g in grads]
    rows = eligibility_for_cohort(people, RULES, AS_OF)
    for person, row in zip(people, rows, strict=True):
        assert list(row) == eligibility_for(person, RULES, AS_OF)


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_jurisdiction_judges_a_licence(code: str) -> None:
    courses = tuple(
        Course(
            f"c{i}",
            "P",
            dt.date(2024, 1, 1) + dt.timedelta(days=30 * i),
            Decimal(3),
            ("in_person", "live_online", "self_study")[i % 3],
            topics=(TopicHours(("ethics", "general", "self_care")[i % 3], Decimal(1)),),
        )
        for i in range(30)
    )
    cred = Credential("state_license", code, "MA1001", "LMT", dt.date(2016, 5, 1), None, id=1)
    (status,) = evaluate_status(Record(ANN, credentials=(cred,), courses=courses), RULES, AS_OF)
    doc = status.to_json()
    json.dumps(doc)
    for item in doc["missing"]:
        assert item["kind"] in {"hours", "topic", "delivery", "other"}
    if status.compliant is not None and status.cycle_end is not None:
        assert status.cycle_start <= AS_OF <= status.cycle_end or status.days_left < 0


def test_florida_renews_on_august_31_of_odd_years_in_fifty_minute_hours() -> None:
    fl = RULES["FL"].current(AS_OF)
    if fl.renewal is None or fl.renewal.pattern != "fixed_date" or fl.ce is None:
        pytest.skip("Florida's rule file changed shape")
    cred = Credential("state_license", "FL", "MA1", "LMT", dt.date(2015, 1, 1), None, id=1)
    course = Course("Technique", "P", dt.date(2026, 1, 5), Decimal(10), "in_person")
    (status,) = evaluate_status(Record(ANN, credentials=(cred,), courses=(course,)), RULES, AS_OF)
    assert status.cycle_end is not None
    assert (status.cycle_end.month, status.cycle_end.day) == (fl.renewal.month, fl.renewal.day)
    assert status.cycle_end.year % 2 == (1 if fl.renewal.year_parity == "odd" else 0)
    # R. 64B7-28.009(1): an instruction hour is at least 50 minutes of one clock hour, so
    # ten 60-minute hours are ten Florida hours — never 12.
    assert fl.ce.hour_minutes == 50
    assert status.counted_hours == Decimal(10)


def test_ncbtmb_counts_self_care_only_up_to_its_cap() -> None:
    rule = RULES["NCBTMB"].current(AS_OF)
    caps = {c.key: c.max_hours for c in rule.ce.topic_caps} if rule.ce else {}
    if "self_care" not in caps:
        pytest.skip("NCBTMB's rule file changed shape")
    cred = Credential(
        "national_certification", "NCBTMB", "N1", "BCTMB", dt.date(2021, 7, 1), None, id=1
    )
    hm = rule.ce.hour_minutes
    yoga = Course(
        "Yoga",
        "P",
        dt.date(2026, 1, 5),
        Decimal(20),
        "in_person",
        hour_minutes=hm,
        topics=(TopicHours("self_care", Decimal(20)),),
    )
    (status,) = evaluate_status(Record(ANN, credentials=(cred,), courses=(yoga,)), RULES, AS_OF)
    assert status.counted_hours == caps["self_care"]
