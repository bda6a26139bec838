"""Entry eligibility, read as specifications: a rule and an applicant give a verdict."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from rulefiles import rule, version

from lmt_tracker.domain.core.records import (
    ExamAttempt,
    Graduate,
    Record,
    Therapist,
    TrainingHours,
    TrainingProgram,
)
from lmt_tracker.domain.core.rules import Jurisdiction
from lmt_tracker.domain.entry.applicant import Applicant, PassedExam
from lmt_tracker.domain.entry.compiled import EligibilityResult
from lmt_tracker.domain.entry.eligibility import eligibility_for, eligibility_for_cohort

D = dt.date
ON = D(2026, 6, 1)

ENTRY = """
[version.entry]
source = "law"
total_hours = 500
min_age = 18
online_counts = true
cpr_counts = false
max_online_hours = 100
min_clinical_hours = 50

[[version.entry.subjects]]
label = "Anatomy, physiology and kinesiology"
group = ["anatomy", "physiology", "anatomy_physiology", "kinesiology"]
hours = 125

[[version.entry.exams]]
any_of = ["mblex", "ncbtmb_exam"]
label = "A national exam"
within_years = 5

[[version.entry.conditions]]
key = "background_check"
label = "Fingerprint background check"
"""


def entry_rule(tmp_path: Path, body: str = ENTRY, **kw: str) -> Jurisdiction:
    return rule(tmp_path, version(**kw) + body)


def verdict(j: Jurisdiction, a: Applicant) -> EligibilityResult:
    (result,) = eligibility_for(a, [j])
    return result


def statuses(result: EligibilityResult) -> dict[str, str]:
    return {f.key: f.status for f in result.findings}


GOOD = Applicant.of(
    ON,
    total_hours=560,
    subjects={"anatomy": 80, "kinesiology": 50, "first_aid_cpr": 8, "electives": 422},
    online_hours=40,
    clinical_hours=60,
    exams=[PassedExam("mblex", D(2024, 5, 1))],
    age=30,
)


def test_a_complete_record_is_eligible_with_conditions_to_confirm(tmp_path: Path) -> None:
    result = verdict(entry_rule(tmp_path), GOOD)
    assert result.eligible is True
    assert [(f.key, f.status) for f in result.missing] == [("background_check", "to_confirm")]
    assert result.to_json()["missing"] == [
        {
            "kind": "other",
            "key": "background_check",
            "needed": None,
            "have": None,
            "message": "Fingerprint background check: required before a license is issued — "
            "your record cannot show it, confirm it yourself",
            "source": "https://example.org/law",
        }
    ]


def test_online_hours_over_the_cap_and_cpr_do_not_count(tmp_path: Path) -> None:
    a = Applicant.of(
        ON,
        total_hours=560,
        subjects={"anatomy": 130, "first_aid_cpr": 10, "electives": 420},
        online_hours=160,
        clinical_hours=60,
        exams=["mblex"],
        age=30,
    )
    result = verdict(entry_rule(tmp_path), a)
    # 560 - 10 CPR - 60 online over the 100 cap = 490
    (total,) = [f for f in result.findings if f.key == "total_hours"]
    assert (total.have, total.shortfall, total.status) == (490, 10, "short")
    assert total.message == "Needs 10 more hours of supervised training (490 of 500)"
    assert result.eligible is False


def test_subject_group_minimum_and_clinical(tmp_path: Path) -> None:
    a = Applicant.of(
        ON,
        total_hours=600,
        subjects={"physiology": 100},
        clinical_hours=20,
        exams=["mblex"],
        age=20,
    )
    result = verdict(entry_rule(tmp_path), a)
    assert statuses(result)["anatomy+physiology+anatomy_physiology+kinesiology"] == "short"
    assert statuses(result)["clinical"] == "short"
    kinds = {f.kind for f in result.missing}
    assert {"subject", "delivery"} <= kinds


def test_exam_must_be_within_the_window_and_age_met(tmp_path: Path) -> None:
    old = Applicant.of(
        ON,
        total_hours=600,
        subjects={"anatomy": 200},
        clinical_hours=60,
        exams=[PassedExam("mblex", D(2019, 1, 1))],
        age=17,
    )
    result = verdict(entry_rule(tmp_path), old)
    assert statuses(result)["mblex|ncbtmb_exam"] == "short"
    assert statuses(result)["min_age"] == "short"
    undated = Applicant.of(
        ON, total_hours=600, subjects={"anatomy": 200}, clinical_hours=60, exams=["mblex"]
    )
    result = verdict(entry_rule(tmp_path / "b"), undated)
    assert statuses(result)["mblex|ncbtmb_exam"] == "to_confirm"
    assert statuses(result)["min_age"] == "to_confirm"
    assert result.eligible is True


def test_a_state_that_accepts_no_national_exam(tmp_path: Path) -> None:
    j = entry_rule(
        tmp_path,
        """
[version.entry]
source = "law"
online_counts = false
total_hours = 500

[[version.entry.exams]]
any_of = ["state_exam"]
label = "The state licensing exam"
""",
    )
    result = verdict(j, Applicant.of(ON, total_hours=600, exams=["mblex"]))
    assert result.eligible is False
    (f,) = result.missing
    assert (f.kind, f.key) == ("exam", "state_exam")
    assert f.message == "Needs a passing result on the state's own licensing exam"
    other_state = Applicant.of(ON, total_hours=600, exams=[PassedExam("state_exam", None, "ZZ")])
    assert verdict(j, other_state).eligible is False
    mine = Applicant.of(ON, total_hours=600, exams=[PassedExam("state_exam", None, "XA")])
    assert verdict(j, mine).eligible is True


TRANSITION = """
[[version]]
effective = 2015-01-01
regulation = "license"
title = "LMT"
sources = ["law"]

[version.entry]
source = "law"
online_counts = false
exams = []
total_hours = 500

[[version]]
effective = 2024-07-01
regulation = "license"
title = "LMT"
sources = ["law"]

[version.entry]
source = "law"
online_counts = false
exams = []
selected_by = "program_start"
total_hours = 625
"""


def test_transition_by_program_start(tmp_path: Path) -> None:
    j = rule(tmp_path, TRANSITION)
    started_early = Applicant.of(ON, total_hours=550, program_start=D(2023, 9, 1))
    result = verdict(j, started_early)
    assert result.eligible is True and result.effective == D(2015, 1, 1)
    assert statuses(result)["program_start"] == "info"
    started_late = Applicant.of(ON, total_hours=550, program_start=D(2024, 9, 1))
    assert verdict(j, started_late).eligible is False
    unknown = verdict(j, Applicant.of(ON, total_hours=550))
    assert unknown.eligible is False
    assert statuses(unknown)["program_start"] == "to_confirm"


def test_not_regulated_gives_null(tmp_path: Path) -> None:
    j = rule(tmp_path, version(regulation="none"))
    result = verdict(j, GOOD)
    assert result.eligible is None and result.to_json()["eligible"] is None
    assert result.to_json()["missing"] == []


def test_unknown_figures_are_unverified(tmp_path: Path) -> None:
    j = entry_rule(
        tmp_path,
        """
[version.entry]
source = "law"
online_counts = false
exams = []
unknown = { total_hours = "Statute and board page disagree" }
""",
    )
    result = verdict(j, GOOD)
    (f,) = result.missing
    assert f.status == "unverified" and "unverified — check with your board" in f.message


def test_state_authorization_and_attempt_limit(tmp_path: Path) -> None:
    j = entry_rule(
        tmp_path,
        """
[version.entry]
source = "law"
online_counts = false
total_hours = 500

[[version.entry.exams]]
any_of = ["mblex"]
label = "MBLEx"

[version.entry.exam_policy]
max_attempts = 2
state_authorization = true
source = "law"
""",
    )
    record = Record(
        Therapist("A", "B", D(1990, 1, 1)),
        programs=(
            TrainingProgram(
                "S",
                "P",
                D(2023, 1, 1),
                D(2023, 12, 1),
                (TrainingHours("electives", "classroom", Decimal(600)),),
            ),
        ),
        exams=(
            ExamAttempt("mblex", "failed", test_date=D(2024, 1, 10)),
            ExamAttempt("mblex", "failed", test_date=D(2024, 3, 10)),
            ExamAttempt("mblex", "passed", test_date=D(2024, 5, 10)),
        ),
    )
    result = verdict(j, Applicant.from_record(record, ON))
    assert statuses(result) == {
        "total_hours": "met",
        "mblex": "met",
        "state_authorization": "to_confirm",
        "max_attempts": "to_confirm",
    }
    assert result.eligible is True


def test_applicant_from_record_and_from_graduate() -> None:
    record = Record(
        Therapist("A", "B", D(2000, 2, 1)),
        programs=(
            TrainingProgram(
                "S",
                "P",
                D(2024, 1, 8),
                None,
                (
                    TrainingHours("anatomy", "classroom", Decimal(100)),
                    TrainingHours("anatomy", "online", Decimal(20)),
                    TrainingHours("first_aid_cpr", "online", Decimal(4)),
                    TrainingHours("clinical_practicum", "clinical", Decimal(50)),
                ),
            ),
        ),
        exams=(ExamAttempt("mblex", "passed", test_date=D(2025, 1, 2), jurisdiction="XA"),),
    )
    a = Applicant.from_record(record, ON)
    assert a.total_hours == 174 and a.online_hours == 24 and a.online_cpr_hours == 4
    assert a.clinical_hours == 50 and dict(a.subject_hours)["anatomy"] == 120
    assert a.program_start == D(2024, 1, 8) and a.age_on(ON) == 26
    assert a.exams_passed == (PassedExam("mblex", D(2025, 1, 2), "XA"),)
    assert a.authorized_by == frozenset({"XA"})
    g = Graduate(
        "s1",
        "Sam",
        Decimal(600),
        (("anatomy", Decimal(100)),),
        mblex="pass",
        mblex_date=D(2026, 1, 5),
        program_start=D(2025, 1, 6),
    )
    b = Applicant.from_graduate(g, ON)
    assert b.exams_passed == (PassedExam("mblex", D(2026, 1, 5)),)
    assert b.total_hours == 600 and b.program_start == D(2025, 1, 6)


def test_cohort_rows_equal_one_by_one_judgements(tmp_path: Path) -> None:
    rules = [entry_rule(tmp_path), rule(tmp_path / "t", TRANSITION, code="XB")]
    people = []
    for i in range(240):
        people.append(
            Applicant.of(
                ON,
                total_hours=480 + (i % 4) * 20,
                subjects={"anatomy": 100 + (i % 3) * 20, "first_aid_cpr": 8},
                online_hours=(i % 5) * 30,
                clinical_hours=40 + (i % 2) * 20,
                exams=[PassedExam("mblex", D(2020 + i % 6, 3, 1))] if i % 7 else [],
                birth_date=D(2000 + i % 12, 1 + i % 12, 1),
                program_start=None if i % 11 == 0 else D(2023 + i % 3, 1 + i % 12, 1),
            )
        )
    rows = eligibility_for_cohort(people, rules)
    assert len(rows) == len(people)
    for person, row in zip(people, rows, strict=True):
        assert list(row) == eligibility_for(person, rules)
    assert len({id(r) for r in rows}) < len(people)  # classes were shared
