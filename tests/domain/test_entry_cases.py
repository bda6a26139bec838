"""Worked entry cases (issue 16): the shipped rule files judge an applicant as the rule text says.

Each case names the jurisdiction, the rule section it rests on, the applicant, and the
verdict and findings worked out by hand from that section — never from the engine's
output. The same applicants judged as a cohort (the school-audit fast path) must give
the very same results.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from rulefiles import rule, version

from lmt_tracker.domain.core.rules import Jurisdiction
from lmt_tracker.domain.entry.applicant import Applicant, PassedExam
from lmt_tracker.domain.entry.compiled import EligibilityResult
from lmt_tracker.domain.entry.eligibility import eligibility_for, eligibility_for_cohort
from lmt_tracker.rules.loader import load_all

D = dt.date
TODAY = D(2026, 12, 4)
GA_AP = "anatomy+physiology+anatomy_physiology+kinesiology+myology"


@dataclass(frozen=True)
class Case:
    id: str
    code: str
    section: str  # the rule text the expected verdict rests on
    on: dt.date
    applicant: dict[str, Any]
    eligible: bool | None
    statuses: dict[str, str] = field(default_factory=dict)  # finding key -> status
    have: dict[str, Decimal] = field(default_factory=dict)  # finding key -> hours had


def _ga(**over: Any) -> dict[str, Any]:
    """500 hours meeting every in-class minimum of Ga. rule 345-8-.01, 60 clinic hours."""
    subjects = {
        "anatomy_physiology": 125,
        "pathology": 40,
        "massage_theory_technique": 140,
        "clinical_practicum": 60,
        "ethics": 6,
        "business": 4,
        "electives": 125,
    }
    subjects.update(over.pop("subjects", {}))
    return {"total_hours": 500, "subjects": subjects, "age": 30, **over}


_FL_B = {  # 64B7-32.003 chart B subjects, 500 hours, basic theory 40 of 100 online
    "anatomy_physiology": 150,
    "massage_theory_technique": 100,
    "clinical_practicum": 125,
    "electives": 78,
    "business": 15,
    "hydrotherapy": 15,
    "laws_rules": 10,
    "ethics": 4,
    "communicable_disease": 3,
}
_ND = {  # N.D.A.C. 49-02-02-03 categories, 750 hours
    "anatomy_physiology": 150,
    "first_aid_cpr": 10,
    "massage_theory_technique": 130,
    "business": 25,
    "ethics": 25,
    "pathology": 40,
    "electives": 370,
}
_WA_OTHER = {  # 500 hours that miss Washington's own 2017 curriculum minimums
    "anatomy_physiology": 100,
    "pathology": 30,
    "massage_theory_technique": 300,
    "ethics": 20,
    "electives": 50,
}
_MI = {  # Mich. Admin. Code R 338.722a(2): the 625-hour curriculum, enrolled from 2020-01-10
    "clinical_practicum": 75,
    "massage_theory_technique": 200,
    "anatomy_physiology": 125,
    "pathology": 40,
    "business": 15,
    "ethics": 10,
    "electives": 160,
}
_WA_EXAMS = [PassedExam("mblex", D(2015, 5, 1)), PassedExam("jurisprudence", D(2019, 5, 1), "WA")]

CASES = [
    Case(
        "GA clinic above 60 hours does not count",
        "GA",
        "Ga. Comp. R. & Regs. 345-8-.01(f): at least 50, at most 60 hours of supervised "
        "student clinic within the 500; 80 clinic hours leave 480 counted",
        TODAY,
        _ga(subjects={"clinical_practicum": 80, "electives": 105}),
        False,
        {"total_hours": "short", "subject_caps": "info", "clinical_practicum": "met"},
        {"total_hours": Decimal(480), "subject_caps": Decimal(20)},
    ),
    Case(
        "GA anatomy taught partly online",
        "GA",
        "345-8-.01(a): 125 hours of in-class supervised anatomy, physiology and kinesiology; "
        "25 of 125 online leave 100 in class (and the 500 are supervised on site)",
        TODAY,
        _ga(online_hours=25, subject_online={"anatomy_physiology": 25}),
        False,
        {GA_AP: "short", "total_hours": "short"},
        {GA_AP: Decimal(100), "total_hours": Decimal(475)},
    ),
    Case(
        "GA online subjects not recorded",
        "GA",
        "345-8-.01(a): in-class hours; a school file giving only an online total cannot "
        "show which subjects were online",
        TODAY,
        _ga(online_hours=25),  # subject_online not given: unknown split
        False,  # the 25 online hours still cannot count toward the 500
        {GA_AP: "to_confirm", "pathology": "to_confirm", "total_hours": "short"},
    ),
    Case(
        "GA all in class",
        "GA",
        "345-8-.01(a)-(f) all met in class; the exams are not recorded (unverified)",
        TODAY,
        _ga(),
        True,
        {GA_AP: "met", "clinical_practicum": "met", "exams": "unverified"},
    ),
    Case(
        "FL chart B: basic theory needs 75 classroom hours",
        "FL",
        "F.A.C. 64B7-32.003 chart B (2020-03-01 to 2025-12-31): 100 hours of basic theory, "
        "75 in the classroom; 40 online leave 60 + 25 = 85 counted",
        D(2024, 6, 1),
        {
            "total_hours": 500,
            "subjects": _FL_B,
            "online_hours": 40,
            "subject_online": {"massage_theory_technique": 40},
            "exams": ["mblex"],
            "age": 30,
        },
        False,
        {"massage_theory_technique": "short", "total_hours": "met"},
        {"massage_theory_technique": Decimal(85)},
    ),
    Case(
        "ND classroom category taken partly online",
        "ND",
        "N.D.A.C. 49-02-02-03: anatomy, physiology and kinesiology are classroom hours "
        "(only business/ethics, other courses and pathology may be remote)",
        TODAY,
        {
            "total_hours": 750,
            "subjects": _ND,
            "online_hours": 10,
            "subject_online": {"anatomy_physiology": 10},
            "exams": ["mblex", PassedExam("jurisprudence", D(2026, 1, 5), "ND")],
            "age": 30,
        },
        False,
        {"anatomy+physiology+anatomy_physiology+kinesiology+myology": "short"},
        {"anatomy+physiology+anatomy_physiology+kinesiology+myology": Decimal(140)},
    ),
    Case(
        "MI supervised clinic taken partly online",
        "MI",
        "MCL 333.17959(1)(d)(i)(B): clinical experience only by in-person classroom "
        "instruction; R 338.722a(2)(a)(i): 75 clinic hours, so 15 online leave 60",
        TODAY,
        {
            "total_hours": 625,
            "subjects": _MI,
            "online_hours": 15,
            "subject_online": {"clinical_practicum": 15},
            "program_start": D(2021, 9, 1),
            "age": 30,
        },
        False,
        {"clinical_practicum": "short", "massage_theory_technique": "met", "ethics": "met"},
        {"clinical_practicum": Decimal(60)},
    ),
    Case(
        "MI massage theory partly online still counts",
        "MI",
        "R 338.722a(2)(a)(ii): 200 hours of assessment, theory and application; theory may "
        "be distance education (MCL 333.17959(3)), so 50 online hours count",
        TODAY,
        {
            "total_hours": 625,
            "subjects": _MI,
            "online_hours": 50,
            "subject_online": {"massage_theory_technique": 50},
            "program_start": D(2021, 9, 1),
            "age": 30,
        },
        None,  # the accepted exams are not recorded for Michigan
        {"massage_theory_technique": "met", "clinical_practicum": "met", "business+ethics": "met"},
        {"massage_theory_technique": Decimal(200)},
    ),
    Case(
        "MI ethics short of 10 hours",
        "MI",
        "R 338.722a(2)(b)(iii): 25 hours of business, professional practice or ethics with "
        "at least 10 of ethics; 6 of ethics is short",
        TODAY,
        {
            "total_hours": 625,
            "subjects": {**_MI, "ethics": 6, "business": 19},
            "program_start": D(2021, 9, 1),
            "age": 30,
        },
        False,
        {"ethics": "short", "business+ethics": "met"},
        {"ethics": Decimal(6)},
    ),
    Case(
        "ME 300 hours and the MBLEx",
        "ME",
        "32 MRSA 14306-D: a passed NCBTMB or FSMTB exam, or a course of 500 hours",
        TODAY,
        {"total_hours": 300, "exams": ["mblex"], "age": 30},
        True,
        {"total_hours": "info", "route:exam_instead_of_hours": "met"},
    ),
    Case(
        "ME 300 hours, no exam",
        "ME",
        "32 MRSA 14306-D: neither 500 hours nor a passed exam",
        TODAY,
        {"total_hours": 300, "age": 30},
        False,
        {"total_hours": "short", "route:exam_instead_of_hours": "info"},
    ),
    Case(
        "ME 500 hours, no exam",
        "ME",
        "32 MRSA 14306-D: the 500-hour course alone qualifies",
        TODAY,
        {"total_hours": 500, "age": 30},
        True,
        {"total_hours": "met", "route:exam_instead_of_hours": "info"},
    ),
    Case(
        "NJ course finished more than five years ago",
        "NJ",
        "N.J.A.C. 13:37A-2.1: the course of study completed no more than five years before "
        "applying; applying 2026-12-04, the earliest is 2021-12-04",
        TODAY,
        {"total_hours": 600, "exams": ["mblex"], "completed": D(2021, 6, 30)},
        False,
        {"completed_within_years": "short"},
    ),
    Case(
        "NJ course finished within five years",
        "NJ",
        "N.J.A.C. 13:37A-2.1, as above; finished 2022-01-15",
        TODAY,
        {"total_hours": 600, "exams": ["mblex"], "completed": D(2022, 1, 15)},
        True,
        {"completed_within_years": "met"},
    ),
    Case(
        "NJ completion date unknown",
        "NJ",
        "N.J.A.C. 13:37A-2.1: the date decides, so it must be given",
        TODAY,
        {"total_hours": 600, "exams": ["mblex"]},
        True,
        {"completed_within_years": "to_confirm"},
    ),
    Case(
        "OH school in Ohio: no half-online cap",
        "OH",
        "O.A.C. 4731-1-15: the at-most-half distance rule is for programs outside Ohio",
        TODAY,
        {
            "total_hours": 600,
            "online_hours": 400,
            "exams": ["mblex"],
            "age": 30,
            "program_state": "OH",
        },
        True,
        {"total_hours": "met"},
        {"total_hours": Decimal(600)},
    ),
    Case(
        "OH school in Michigan: half of 600 online at most",
        "OH",
        "O.A.C. 4731-1-15: of 400 online hours only 300 (half of 600) count: 500 counted",
        TODAY,
        {
            "total_hours": 600,
            "online_hours": 400,
            "exams": ["mblex"],
            "age": 30,
            "program_state": "MI",
        },
        False,
        {"total_hours": "short", "online": "info"},
        {"total_hours": Decimal(500)},
    ),
    Case(
        "OH school's state unknown",
        "OH",
        "O.A.C. 4731-1-15: where the school is decides; unknown, the cap is applied",
        TODAY,
        {"total_hours": 600, "online_hours": 400, "exams": ["mblex"], "age": 30},
        False,
        {"total_hours": "short", "program_state": "to_confirm"},
    ),
    Case(
        "PA hour of 50 to 60 minutes is shown",
        "PA",
        "49 Pa. Code 20.1: a contact hour is 50 to 60 minutes of instruction",
        TODAY,
        {"total_hours": 600, "exams": ["mblex"], "age": 30},
        None,  # other PA items decide the verdict; this case checks the hour only
        {"hour_minutes": "info"},
    ),
    Case(
        "WA endorsement: licensed in Oregon after 500 hours",
        "WA",
        "WAC 246-830-035(1) (2017): a licence in good standing elsewhere after a course of "
        "at least 500 hours stands in for Washington's curriculum; exams still required",
        D(2019, 6, 1),
        {
            "total_hours": 500,
            "subjects": _WA_OTHER,
            "exams": _WA_EXAMS,
            "age": 30,
            "licensed_elsewhere": {"OR": 4},
        },
        True,
        {
            "pathology": "info",
            "route:endorsement": "met",
            "route:endorsement:good_standing": "to_confirm",
        },
    ),
    Case(
        "WA 2017: at most 50 clinic hours toward theory and practice",
        "WA",
        "WAC 246-830-430 (2017): 265 hours of theory and practice, up to 50 of them student "
        "clinic; 200 theory and 100 clinic count 250",
        D(2019, 6, 1),
        {
            "total_hours": 535,
            "subjects": {
                "anatomy_physiology": 90,
                "kinesiology": 40,
                "pathology": 50,
                "massage_theory_technique": 200,
                "clinical_practicum": 100,
                "ethics": 20,
                "business": 35,
            },
            "exams": _WA_EXAMS,
            "age": 30,
        },
        False,
        {"massage_theory_technique+hydrotherapy+clinical_practicum": "short", "pathology": "met"},
        {"massage_theory_technique+hydrotherapy+clinical_practicum": Decimal(250)},
    ),
    Case(
        "WA same training, no licence elsewhere",
        "WA",
        "WAC 246-830-430 (2017 curriculum): 50 hours of pathology and the rest are required",
        D(2019, 6, 1),
        {"total_hours": 500, "subjects": _WA_OTHER, "exams": _WA_EXAMS, "age": 30},
        False,
        {"pathology": "short", "route:endorsement": "info"},
    ),
    Case(
        "NY endorsement instead of the state exam",
        "NY",
        "NYSED endorsement (secondary summary): licensed elsewhere two years, in good "
        "standing, with the NCETMB instead of the New York exam; 1,000 hours still needed",
        TODAY,
        {
            "total_hours": 1000,
            "exams": [PassedExam("ncbtmb_exam", D(2018, 3, 1))],
            "age": 30,
            "licensed_elsewhere": {"NJ": 3},
        },
        True,
        {"state_exam": "info", "route:endorsement": "met"},
    ),
    Case(
        "NY without a licence elsewhere needs its own exam",
        "NY",
        "Education Law 7804(3) and the department: the New York exam",
        TODAY,
        {"total_hours": 1000, "exams": [PassedExam("ncbtmb_exam", D(2018, 3, 1))], "age": 30},
        False,
        {"state_exam": "short", "route:endorsement": "info"},
    ),
]


@pytest.fixture(scope="module")
def rules() -> dict[str, Jurisdiction]:
    return load_all()


def _applicant(case: Case) -> Applicant:
    return Applicant.of(case.on, **case.applicant)


def _check(case: Case, result: EligibilityResult) -> None:
    found = {f.key: f for f in result.findings}
    if case.eligible is not None:
        assert result.eligible is case.eligible, [f.message for f in result.missing]
    for key, status in case.statuses.items():
        assert key in found, f"{case.id}: no finding {key!r}; have {sorted(found)}"
        assert found[key].status == status, f"{case.id}: {found[key].message}"
    for key, have in case.have.items():
        assert found[key].have == have, f"{case.id}: {found[key].message}"
    assert all(f.kind in ("hours", "subject", "delivery", "exam", "other") for f in result.findings)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_worked_case(case: Case, rules: dict[str, Jurisdiction]) -> None:
    (result,) = eligibility_for(_applicant(case), [rules[case.code]], case.on)
    _check(case, result)


def test_open_findings_of_a_met_route_are_not_missing(rules: dict[str, Jurisdiction]) -> None:
    """Maine, 300 hours and the MBLEx: the hours shortfall is recorded but not asked for."""
    case = CASES[[c.id for c in CASES].index("ME 300 hours and the MBLEx")]
    (result,) = eligibility_for(_applicant(case), [rules["ME"]], case.on)
    assert "total_hours" not in {f["key"] for f in result.to_json()["missing"]}  # type: ignore[index,union-attr]


def test_cohort_judges_every_case_as_one_applicant(rules: dict[str, Jurisdiction]) -> None:
    """The school-audit fast path agrees with judging each applicant alone."""
    codes = sorted({c.code for c in CASES})
    by_date: dict[dt.date, list[Case]] = {}
    for case in CASES:
        by_date.setdefault(case.on, []).append(case)
    for on, cases in by_date.items():
        applicants = [_applicant(c) for c in cases] * 2  # twice: classes are shared
        jurisdictions = [rules[code] for code in codes]
        rows = eligibility_for_cohort(applicants, jurisdictions, on)
        for a, row in zip(applicants, rows, strict=True):
            assert list(row) == eligibility_for(a, jurisdictions, on)


# -- the pass-by-day shape, on a small rule (no shipped file states such a day yet: the
# Idaho cut-off dates were not found; see ID.toml's notes)

PASSED_BEFORE = """
[version.entry]
source = "law"
total_hours = 500
online_counts = false

[[version.entry.exams]]
any_of = ["mblex", "ncbtmb_exam"]
label = "The MBLEx, or an NCBTMB exam passed before 2015-02-01"
passed_before = { ncbtmb_exam = 2015-02-01 }
"""


@pytest.mark.parametrize(
    ("exam", "status"),
    [
        (PassedExam("ncbtmb_exam", D(2014, 6, 1)), "met"),
        (PassedExam("ncbtmb_exam", D(2015, 2, 1)), "short"),  # on the day: too late
        (PassedExam("ncbtmb_exam"), "to_confirm"),
        (PassedExam("mblex", D(2020, 1, 1)), "met"),
    ],
)
def test_exam_counts_only_when_passed_before_the_day(
    tmp_path: Path, exam: PassedExam, status: str
) -> None:
    j = rule(tmp_path, version() + PASSED_BEFORE)
    a = Applicant.of(TODAY, total_hours=500, exams=[exam])
    (alone,) = eligibility_for(a, [j])
    (finding,) = [f for f in alone.findings if f.kind == "exam"]
    assert finding.status == status, finding.message
    ((in_cohort,),) = eligibility_for_cohort([a], [j])
    assert in_cohort == alone


# -- a therapist's stored record carries what the new shapes need ("where could I apply")


def _record() -> Any:
    from lmt_tracker.domain.core.records import (
        Credential,
        ExamAttempt,
        Record,
        Therapist,
        TrainingHours,
        TrainingProgram,
    )

    hours = (
        TrainingHours("anatomy_physiology", "classroom", Decimal(100)),
        TrainingHours("anatomy_physiology", "online", Decimal(25)),
        TrainingHours("massage_theory_technique", "classroom", Decimal(875)),
    )
    program = TrainingProgram(
        "Columbus School", "Massage", D(2017, 1, 9), D(2018, 3, 30), hours, jurisdiction="OH"
    )
    exam = ExamAttempt("ncbtmb_exam", "passed", test_date=D(2018, 5, 2))
    licence = Credential("state_license", "NJ", "18XX1", "LMT", D(2021, 6, 1), None)
    return Record(Therapist("Ana", "Reyes", D(1990, 2, 3)), (program,), (exam,), (licence,))


def test_from_record_takes_school_state_end_date_online_split_and_licences() -> None:
    a = Applicant.from_record(_record(), TODAY)
    assert a.program_state == "OH"
    assert a.completed == D(2018, 3, 30)
    assert a.subject_online == (("anatomy_physiology", Decimal(25)),)
    assert a.licensed_elsewhere == (("NJ", 5),)  # 2021-06-01 to 2026-12-04: five whole years


def test_where_could_i_apply_shows_the_endorsement_route(rules: dict[str, Jurisdiction]) -> None:
    """NY: 1,000 hours, NCETMB and five years licensed in New Jersey: endorsement instead
    of the New York exam (with good standing to confirm)."""
    from lmt_tracker.domain.whatif import what_if

    found = {r.code: r for r in what_if(_record(), [rules["NY"]], TODAY).eligibility}
    new_york = found["NY"]
    statuses = {f.key: f.status for f in new_york.findings}
    assert new_york.eligible is True
    assert statuses["route:endorsement"] == "met"
    assert statuses["route:endorsement:good_standing"] == "to_confirm"


def test_a_school_row_with_online_hours_by_subject_is_judged(
    rules: dict[str, Jurisdiction],
) -> None:
    """Michigan's in-person clinic (MCL 333.17959(1)(d)(i)(B), R 338.722a): a graduate whose
    file gives 15 online clinic hours is short (60 of 75); without the split the same
    graduate is to confirm; a split that leaves online hours unaccounted for is too."""
    from lmt_tracker.domain.core.records import Graduate

    subjects = tuple(sorted((k, Decimal(v)) for k, v in _MI.items()))
    base = Graduate("A1", "Ann", Decimal(625), subjects, online_hours=Decimal(15),
                    program_start=D(2021, 9, 1), birth_date=D(1990, 1, 1))
    split = Graduate("A1", "Ann", Decimal(625), subjects, online_hours=Decimal(15),
                     program_start=D(2021, 9, 1), birth_date=D(1990, 1, 1),
                     subject_online=(("clinical_practicum", Decimal(15)),))
    partial = Graduate("A1", "Ann", Decimal(625), subjects, online_hours=Decimal(20),
                       program_start=D(2021, 9, 1), birth_date=D(1990, 1, 1),
                       subject_online=(("clinical_practicum", Decimal(15)),))
    theory = Graduate("A1", "Ann", Decimal(625), subjects, online_hours=Decimal(15),
                      program_start=D(2021, 9, 1), birth_date=D(1990, 1, 1),
                      subject_online=(("massage_theory_technique", Decimal(15)),))
    found = {}
    for name, g in (("base", base), ("split", split), ("partial", partial), ("theory", theory)):
        (result,) = eligibility_for(Applicant.from_graduate(g, TODAY), [rules["MI"]], TODAY)
        found[name] = {f.key: f for f in result.findings}["clinical_practicum"]
    assert found["split"].status == "short" and found["split"].have == Decimal(60)
    assert found["base"].status == "to_confirm"
    assert found["partial"].status == "to_confirm"
    assert found["theory"].status == "met"
