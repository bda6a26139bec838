"""A cohort judged at once equals every member judged alone, to the last Decimal digit.

``eligibility_for_cohort`` groups alike applicants, memoises hours findings by the
measures each rule checks (as exact text), shares verdicts between classes and keeps
its context across calls; none of that may change a verdict. A seeded random cohort
over the shipped rule files (hours with decimals and odd exponents, exams dated and
undated, ages, program starts, attempts, board authorizations, several application
dates) is judged in one call and in chunks, and compared graduate by graduate with
``eligibility_for`` on fresh caches: every field of every finding (Decimals by ``str``,
so ``40`` and ``40.0`` differ), their order, ``eligible`` and ``to_json()``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from decimal import Decimal

from lmt_tracker.domain.core.findings import Finding, hours_finding
from lmt_tracker.domain.core.records import Graduate
from lmt_tracker.domain.entry import cohort_classes, eligibility
from lmt_tracker.domain.entry.applicant import Applicant, PassedExam
from lmt_tracker.domain.entry.compiled import EligibilityResult
from lmt_tracker.domain.entry.eligibility import eligibility_for, eligibility_for_cohort
from lmt_tracker.domain.entry.training_hours import HoursMinimum
from lmt_tracker.rules.loader import load_all

RULES = sorted(load_all().values(), key=lambda j: j.code)
AS_OF = dt.date(2026, 6, 1)
SUBJECTS = (
    "anatomy",
    "physiology",
    "anatomy_physiology",
    "kinesiology",
    "pathology",
    "massage_theory_technique",
    "clinical_practicum",
    "ethics",
    "business",
    "laws_rules",
    "hydrotherapy",
    "first_aid_cpr",
    "electives",
    "communicable_disease",
)
#: HI and UT authorize the MBLEx, WA caps attempts; the others for state exams.
CODES = ("HI", "UT", "FL", "NY", "TX", "WA", "ZZ")
ODD = ("4E+1", "1E+2", "0.0", "0", "12.50", "40", "40.0", "8.0")


def _hours(rnd: random.Random) -> Decimal:
    kind = rnd.randrange(6)
    if kind == 0:
        return Decimal(rnd.choice(ODD))
    if kind == 1:
        return Decimal(f"{rnd.randint(0, 250)}.{rnd.choice(('5', '25', '0', '333'))}")
    return Decimal(rnd.choice((0, 10, 20, 40, 50, 60, 75, 100, 125, 150, 200)))


def _date(rnd: random.Random, first: int, last: int) -> dt.date:
    return dt.date(rnd.randint(first, last), rnd.randint(1, 12), rnd.randint(1, 28))


def _applicant(rnd: random.Random) -> Applicant:
    subjects = {s: _hours(rnd) for s in rnd.sample(SUBJECTS, rnd.randint(0, len(SUBJECTS)))}
    total = sum(subjects.values(), Decimal(0)) + rnd.choice((Decimal(0), Decimal("12.5"), 30))
    on = rnd.choice((AS_OF, AS_OF, AS_OF, dt.date(2021, 3, 1), dt.date(2010, 7, 1)))
    if rnd.random() < 0.3:  # a school's graduate row
        mblex = rnd.choice(("pass", "pass", "fail", "none", "scheduled"))
        graduate = Graduate(
            student_id="s",
            name="S",
            total_hours=total,
            subject_hours=tuple(subjects.items()),
            online_hours=rnd.choice((Decimal(0), Decimal(25), Decimal("60.0"))),
            clinical_hours=_hours(rnd),
            program_start=rnd.choice((None, _date(rnd, 2010, 2026))),
            graduation_date=None,
            birth_date=rnd.choice((None, _date(rnd, 1960, 2010))),
            mblex=mblex,
            mblex_date=rnd.choice((None, _date(rnd, 2015, 2027))) if mblex != "none" else None,
        )
        return Applicant.from_graduate(graduate, on)
    exams = tuple(
        PassedExam(
            rnd.choice(("mblex", "mblex", "ncbtmb_exam", "state_exam", "jurisprudence")),
            rnd.choice((None, _date(rnd, 2000, 2027))),
            rnd.choice((None, *CODES)),
        )
        for _ in range(rnd.randint(0, 3))
    )
    attempts = {rnd.choice(("mblex", "state_exam")): rnd.randint(1, 6) for _ in range(2)}
    return Applicant(
        application_date=on,
        total_hours=total,
        subject_hours=tuple(sorted(subjects.items())),
        online_hours=rnd.choice((Decimal(0), Decimal(50), Decimal("120.5"), Decimal(300), total)),
        clinical_hours=_hours(rnd),
        online_cpr_hours=rnd.choice((Decimal(0), Decimal(4), Decimal("8.0"))),
        exams_passed=exams,
        exam_attempts=tuple(sorted(attempts.items()))[: rnd.randint(0, 2)],
        birth_date=rnd.choice((None, _date(rnd, 1960, 2010))),
        age=rnd.choice((None, 17, 30)),
        program_start=rnd.choice((None, _date(rnd, 2005, 2026))),
        authorized_by=frozenset(rnd.sample(CODES, rnd.randint(0, 2))),
    )


def _cohort(n: int, seed: int) -> list[Applicant]:
    rnd = random.Random(seed)
    people = [_applicant(rnd) for _ in range(n)]
    # duplicates, so classes have several members
    people += [rnd.choice(people) for _ in range(n // 3)]
    return people


def _finding_text(f: Finding) -> tuple[object, ...]:
    """Every field; Decimals as ``str``, which keeps the exponent (``40`` vs ``40.0``)."""
    numbers = (str(f.needed), str(f.have), str(f.shortfall))
    return (f.kind, f.key, f.label, f.status, f.message, numbers, f.source, f.due)


def _exactly(results: Sequence[EligibilityResult], memo: dict[int, object]) -> list[object]:
    """Everything each verdict says, and its JSON (memoised by object: classes share)."""
    out = []
    for r in results:
        said = memo.get(id(r))
        if said is None:
            findings = [_finding_text(f) for f in r.findings]
            said = (r.code, r.name, r.regulation, r.eligible, r.effective, findings, r.to_json())
            memo[id(r)] = said
        out.append(said)
    return out


def _alone(a: Applicant, as_of: dt.date | None) -> list[object]:
    eligibility._COMPILED.clear()  # fresh caches: nothing memoised from anyone else
    return _exactly(eligibility_for(a, RULES, as_of), {})


def test_a_cohort_equals_each_member_judged_alone_on_fresh_caches() -> None:
    people = _cohort(120, seed=20260601)
    for as_of in (None, AS_OF):
        eligibility._COMPILED.clear()
        cohort_classes._LAST.clear()
        whole = eligibility_for_cohort(people, RULES, as_of)
        chunked = [
            row
            for i in range(0, len(people), 37)
            for row in eligibility_for_cohort(people[i : i + 37], RULES, as_of)
        ]
        again = eligibility_for_cohort(people, RULES, as_of)  # a warm context
        assert len(whole) == len(chunked) == len(again) == len(people)
        said: dict[int, object] = {}  # keeps the results alive: ids stay unique
        alone: dict[int, list[object]] = {}
        for person, row, chunk_row, warm_row in zip(people, whole, chunked, again, strict=True):
            expected = alone.get(id(person))
            if expected is None:
                expected = alone[id(person)] = _alone(person, as_of)
            assert _exactly(row, said) == expected
            assert _exactly(chunk_row, said) == expected
            assert _exactly(warm_row, said) == expected
        assert len({id(r) for r in whole}) < len(people)  # classes were shared


def test_hours_written_differently_keep_their_own_decimals() -> None:
    def grad(anatomy: str, total: str = "80", online: str = "0", clinic: str = "40") -> Applicant:
        subjects = (("anatomy", Decimal(anatomy)), ("pathology", Decimal("4E+1")))
        g = Graduate("s", "S", Decimal(total), subjects, Decimal(online), Decimal(clinic))
        return Applicant.from_graduate(g, AS_OF)

    people = [grad("40"), grad("40.0"), grad("40"), grad("40.00"), grad("40", total="80.0")]
    people += [grad("40", online="25"), grad("40", online="25.0"), grad("40", clinic="40.0")]
    rows = eligibility_for_cohort(people, RULES, AS_OF)
    assert rows[0] is rows[2] and len({id(r) for r in rows}) == len(people) - 1
    for person, row in zip(people, rows, strict=True):
        assert _exactly(row, {}) == _alone(person, AS_OF)


def test_an_hours_minimum_builds_what_hours_finding_gives() -> None:
    source = next(j.versions[-1].sources[0] for j in RULES if j.versions[-1].sources)
    values = [Decimal(v) for v in ("0", "0.0", "1", "1.0", "4E+1", "39.995", "40", "40.00")]
    values += [Decimal(v) for v in ("40.005", "41", "0.833", "500", "499.5", "1E+3", "7.25")]
    for needed in values:
        for have in values:
            for unverified in (False, True):
                minimum = HoursMinimum(
                    "subject", "k", "Anatomy", needed, source, "anatomy", unverified
                )
                want = hours_finding(
                    kind="subject",
                    key="k",
                    label="Anatomy",
                    needed=needed,
                    have=have,
                    source=source,
                    what="anatomy",
                    unverified=unverified,
                )
                assert repr(minimum.build(str(have))) == repr(want)
