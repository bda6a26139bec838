"""A met hours minimum, in English and in Spanish: the hours had, then the minimum.

English keeps its sentence ("Total CE: 41 of 24 hours — met"; the window rewrites a
surplus as "41 hours, 24 needed"), with "hour" agreeing with the hours had. Spanish says
the same thing the way Spanish says it — "41 horas, de un mínimo de 24: cumplido" — and
never "41 de 24 horas" (41 out of 24). Expected text written by hand.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lmt_tracker import language
from lmt_tracker.domain.core.findings import hours_finding
from lmt_tracker.domain.core.phrases import N_, ph


@pytest.fixture
def spanish(monkeypatch):
    monkeypatch.setattr(language, "_current", language._current)  # both restored afterwards
    monkeypatch.setattr(language, "_chosen", language._chosen)
    language.use("es")


def met(have: str, needed: str, label: str = "Total CE"):
    return hours_finding(kind="hours", key="total", label=label, needed=Decimal(needed),
                         have=Decimal(have), source=None, what=ph(N_("CE")))


def test_english_is_unchanged_and_one_hour_is_singular() -> None:
    assert met("41", "24").message == "Total CE: 41 of 24 hours — met"
    assert met("24", "24").message == "Total CE: 24 of 24 hours — met"
    assert met("1", "1", "Human trafficking").message == "Human trafficking: 1 of 1 hour — met"
    assert met("2.5", "2").message == "Total CE: 2.5 of 2 hours — met"


def test_spanish_says_the_hours_had_and_the_minimum(spanish) -> None:
    assert language.say(met("41", "24").message) == \
        "Total CE: 41 horas, de un mínimo de 24: cumplido"
    assert language.say(met("1", "1", "Human trafficking").message) == \
        "Human trafficking: 1 hora, de un mínimo de 1: cumplido"
    text = language.say(met("102.67", "48").message)
    assert text == "Total CE: 102.67 horas, de un mínimo de 48: cumplido"
    assert " de 48 horas" not in text


def test_a_school_subject_met_with_online_hours_left_out(spanish) -> None:
    """Michigan's 75 clinic hours (R 338.722a), in person only: 80 in the clinic and 5
    online meet it, the 5 online hours named as not counted."""
    import datetime as dt

    from lmt_tracker.domain.core.records import Graduate
    from lmt_tracker.domain.entry.applicant import Applicant
    from lmt_tracker.domain.entry.cohort import choose
    from lmt_tracker.domain.entry.eligibility import eligibility_for
    from lmt_tracker.rules.loader import load_all

    on = dt.date(2026, 12, 1)
    graduate = Graduate("A1", "Ann Lee", Decimal(625),
                        (("clinical_practicum", Decimal(85)),),
                        online_hours=Decimal(5), clinical_hours=Decimal(80),
                        program_start=dt.date(2021, 9, 1), birth_date=dt.date(1990, 1, 1),
                        subject_online=(("clinical_practicum", Decimal(5)),))
    (result,) = eligibility_for(Applicant.from_graduate(graduate, on),
                                choose(load_all(), ["MI"], on), on)
    clinic = next(f for f in result.findings if f.key == "clinical_practicum")
    assert clinic.message == ("Supervised student clinic: 80 of 75 hours — met "
                              "(5 online hours not counted)")
    spoken = language.say(clinic.message)
    assert spoken.startswith("Supervised student clinic: 80 horas, de un mínimo de 75: "
                             "cumplido (")
    assert "online" not in spoken and "hours" not in spoken and "met" not in spoken
