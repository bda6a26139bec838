"""Form-field problems read in words, in the user's language.

A ``Problem`` keeps its field's key (``hours[0].subject``: the window finds the editor by
it, JSON keeps it) but is *read* through its field's words — "Training hours, row 1:
subject" — and its message is a phrase, so the command line and the window say both in
Spanish. The expected sentences are written out by hand.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from lmt_tracker import language
from lmt_tracker.domain.core.certificate_checks import certificate_problems, make_certificate
from lmt_tracker.domain.core.records import (
    Course,
    Credential,
    ExamAttempt,
    TopicHours,
    TrainingHours,
    TrainingProgram,
)
from lmt_tracker.domain.core.validation import (
    Problem,
    RecordInvalid,
    course_problems,
    credential_problems,
    exam_problems,
    program_problems,
    require_valid,
)

TODAY = dt.date(2026, 12, 4)


@pytest.fixture
def spanish(monkeypatch):
    monkeypatch.setattr(language, "_current", language._current)  # both restored afterwards
    monkeypatch.setattr(language, "_chosen", language._chosen)
    language.use("es")


def _program() -> TrainingProgram:
    return TrainingProgram("", "", dt.date(2020, 1, 1), dt.date(2019, 6, 30),
                           (TrainingHours("astrology", "classroom", Decimal(-2)),))


def _refusal(what: str, problems: list[Problem]) -> RecordInvalid:
    with pytest.raises(RecordInvalid) as caught:
        require_valid(what, problems)
    return caught.value


def test_a_problem_keeps_its_key_and_is_read_in_words() -> None:
    problems = program_problems(_program(), TODAY)
    assert [p.field for p in problems] == ["school", "end_date", "hours[0].subject",
                                           "hours[0].hours"]
    assert [str(p) for p in problems] == [
        "School: is required; enter some text",
        "End date = '2019-06-30': is before the start date 2020-01-01; swap or fix them",
        "Training hours, row 1: subject = 'astrology': is not a known key; use one of: "
        "anatomy, anatomy_physiology, business, clinical_practicum, communicable_disease, "
        "electives, ethics, first_aid_cpr, hydrotherapy, hygiene_sanitation, kinesiology, "
        "laws_rules, massage_theory_technique, myology, neurology, pathology, physiology, "
        "psychology, research, spa_therapies, trigger_point",
        "Training hours, row 1: hours = -2: must be zero or more hours",
    ]


def test_the_english_messages_are_as_they_were() -> None:
    """Each message reads word for word as before it became a phrase."""
    course = Course("", "P", TODAY + dt.timedelta(days=3), Decimal(900), "by_air",
                    topics=(TopicHours("ethics", Decimal(0)),))
    assert [(p.field, p.message) for p in course_problems(course, TODAY)] == [
        ("title", "is required; enter some text"),
        ("completed", "is in the future (today is 2026-12-04); enter the date it happened"),
        ("hours", "is more than 500 hours; check the figure"),
        ("delivery", "is not a known key; use one of: in_person, live_online, self_study"),
        ("topics[0].hours", "must be more than zero hours"),
    ]
    exam = ExamAttempt("mblex", "failed")
    assert [p.message for p in exam_problems(exam, TODAY)] == [
        "is required when the status is failed"]
    license_ = Credential("state_license", "FL", "MA1", "LMT", dt.date(2024, 5, 1),
                          dt.date(2023, 5, 1))
    assert [p.message for p in credential_problems(license_, TODAY)] == [
        "is not after the issue date 2024-05-01; check both dates"]


def test_a_refusal_names_each_field_in_words_never_by_its_key() -> None:
    error = _refusal("training program", program_problems(_program(), TODAY))
    text = str(error)
    assert text.startswith("training program not saved: School: is required; enter some "
                           "text; End date = '2019-06-30': is before the start date")
    assert "Training hours, row 1: subject = 'astrology'" in text
    for key in ("hours[0]", "end_date", "school:"):
        assert key not in text
    assert error.problems[2].field == "hours[0].subject"  # the key stays for the window


def test_a_refusal_reads_in_spanish(spanish) -> None:
    error = _refusal("training program", program_problems(_program(), TODAY))
    said = language.said(error)
    assert said.startswith("no se guardó el programa de formación: Escuela: falta este dato; "
                           "escríbalo; Fecha de fin = '2019-06-30': es anterior a la fecha de "
                           "inicio 2020-01-01; intercámbielas o corríjalas; Horas de formación, "
                           "fila 1: materia = 'astrology': no es una clave conocida; use una "
                           "de estas: anatomy")
    assert said.endswith("Horas de formación, fila 1: horas = -2: debe ser de cero horas o más")
    for english in ("not saved", "required", "Training", "row 1", "subject", "before"):
        assert english not in said


def test_course_and_credential_problems_in_spanish(spanish) -> None:
    course = Course("  ", "P", TODAY + dt.timedelta(days=3), Decimal(5), "in_person",
                    topics=(TopicHours("ethics", Decimal(6)),))
    said = language.said(_refusal("course", course_problems(course, TODAY)))
    assert said == ("no se guardó el curso: Título = '  ': falta este dato; escríbalo; "
                    "Fecha de finalización = '2026-12-07': está en el futuro (hoy es "
                    "2026-12-04); ingrese la fecha en que ocurrió")
    course = Course("T", "P", TODAY, Decimal("2.5"), "in_person",
                    topics=(TopicHours("ethics", Decimal(3)),))
    [topics] = course_problems(course, TODAY)
    assert language.say(topics.message) == ("las horas de los temas suman más que las 2.5 "
                                            "horas del curso")
    license_ = Credential("state_license", "FL", "MA1", "LMT", dt.date(2024, 5, 1),
                          dt.date(2023, 5, 1), ce_period_start=dt.date(2023, 1, 1))
    assert [language.say(p.sentence) for p in credential_problems(license_, TODAY)] == [
        "Fecha de vencimiento = '2023-05-01': no es posterior a la fecha de emisión, "
        "2024-05-01; revise ambas fechas",
        "Fin del período de EC: falta, aunque el otro extremo del período de EC es "
        "2023-01-01; ingrese las dos fechas impresas en su aviso de renovación, o ninguna",
    ]
    exam = ExamAttempt("mblex", "passed")
    [problem] = exam_problems(exam, TODAY)
    assert language.say(problem.sentence) == ("Fecha del examen: hace falta cuando el estado "
                                              "es Aprobado")


def test_certificate_problems_in_spanish(spanish) -> None:
    [problem] = certificate_problems(make_certificate("notes.txt", b"hello"))
    assert problem.message == "is not a PDF, PNG or JPEG file; save or scan it as one of those"
    assert language.say(problem.message) == ("no es un archivo PDF, PNG ni JPEG; guárdelo o "
                                             "escanéelo en uno de esos formatos")
    said = language.said(_refusal("certificate", [problem]))
    assert said == ("no se guardó el certificado: Certificado = 'notes.txt': no es un archivo "
                    "PDF, PNG ni JPEG; guárdelo o escanéelo en uno de esos formatos")


def test_unknown_keys_and_class_columns_stay_as_written() -> None:
    """A class list's column (what the registrar typed) is not given other words."""
    assert Problem("total_hours", "x", "m").label == "total_hours"
    assert Problem("anatomy_online", "x", "m").label == "anatomy_online"
    assert str(Problem("approvals[1].number", "x" * 3, "is long")) == (
        "Approvals, row 2: approval number = 'xxx': is long")


def test_a_value_no_one_could_read_whole_is_cut_short_not_converted() -> None:
    huge = Problem("hours", Decimal("9" * 5000), "is more than 500 hours; check the figure")
    assert str(huge) == "Hours = " + "9" * 80 + "…: is more than 500 hours; check the figure"
    assert str(Problem("hours", Decimal("12.50"), "m")) == "Hours = 12.5: m"
