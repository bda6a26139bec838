"""Endorsement and the other ways to qualify, in Spanish: a met route names what it stands
in for in Spanish — "and" included — and a license granted by endorsement is a phrase.
New York's licensure by endorsement (NY.toml, from 2012): licensed elsewhere at least two
years in good standing stands in for the exam; here it is made to stand in for the
training too, so the sentence joins two things. Expected text written by hand from the catalog."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from lmt_tracker import language
from lmt_tracker.domain.core.phrases import both, ph
from lmt_tracker.domain.entry.applicant import Applicant
from lmt_tracker.domain.entry.cohort import choose
from lmt_tracker.domain.entry.eligibility import eligibility_for

ON = dt.date(2026, 12, 4)


@pytest.fixture
def spanish(monkeypatch):
    monkeypatch.setattr(language, "_current", language._current)  # both restored afterwards
    monkeypatch.setattr(language, "_chosen", language._chosen)
    language.use("es")


def _new_york_route_for_training_and_exam():
    from lmt_tracker.rules.loader import load_all

    ny = load_all()["NY"]
    versions = []
    for v in ny.versions:
        if v.entry is not None and v.entry.routes:
            routes = tuple(dataclasses.replace(r, replaces=("training", "exams"))
                           for r in v.entry.routes)
            v = dataclasses.replace(v, entry=dataclasses.replace(v.entry, routes=routes))
        versions.append(v)
    return dataclasses.replace(ny, versions=tuple(versions))


def _route_message() -> str:
    ny = _new_york_route_for_training_and_exam()
    applicant = Applicant.of(ON, total_hours=0, licensed_elsewhere={"OR": 6}, age=30,
                             exams=["ncbtmb_exam"])
    (result,) = eligibility_for(applicant, choose({"NY": ny}, ["NY"], ON), ON)
    (route,) = [f for f in result.findings
                if f.key.startswith("route:") and not f.key.endswith(":good_standing")]
    assert route.status == "met"
    return route.message


def test_a_met_route_in_english_is_unchanged() -> None:
    assert _route_message().endswith(": met — it stands in for the training hours and the exam")


def test_a_met_route_in_spanish_joins_its_parts_in_spanish(spanish) -> None:
    spoken = language.say(_route_message())
    assert spoken.endswith(": cumplido; reemplaza las horas de formación y el examen")
    assert " and " not in spoken.split(":")[-1]


def test_both_joins_in_the_language_in_use(spanish) -> None:
    three = both(["CPR", ph("the exam"), "ethics"])
    assert three == "CPR and the exam and ethics"
    assert language.say(three) == "CPR y el examen y ethics"  # names stay as written


def test_a_license_granted_by_endorsement_in_spanish(spanish) -> None:
    """Iowa's first renewal is exempt (IA.toml); made exempt only for those licensed by
    examination, a license granted by endorsement owes the full requirement — said in
    Spanish, with its basis words a phrase."""
    from lmt_tracker.domain.core.records import Credential, Record, Therapist
    from lmt_tracker.domain.status import evaluate_status
    from lmt_tracker.rules.loader import load_all

    ia = load_all()["IA"]
    ia = dataclasses.replace(ia, versions=tuple(
        dataclasses.replace(v, ce=dataclasses.replace(v.ce, first_cycle_condition="by_examination"))
        if v.ce else v for v in ia.versions))
    license_ = Credential("state_license", "IA", "X1", "LMT", dt.date(2026, 3, 1), None,
                          licensed_by="endorsement", id=1)
    (status,) = evaluate_status(Record(Therapist("Ann", "Lee", dt.date(1990, 1, 1)),
                                       credentials=(license_,)), {"IA": ia}, ON)
    (note,) = [f for f in status.findings if f.key == "first_cycle"]
    assert note.message == ("First renewal: the exemption is for those licensed by examination; "
                            "this license was granted by endorsement, so the full requirement "
                            "applies")
    spoken = language.say(note.message)
    assert spoken.startswith("Primera renovación: ")
    assert "endorsement" not in spoken and "examination" not in spoken
    # the basis the requirement records (Requirement.basis) is a phrase too
    assert language.say(ph("licensed by endorsement")) == "con licencia por reconocimiento"
