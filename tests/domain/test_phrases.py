"""The core's sentences as phrases: English as before, rendered again in Spanish.

A ``Phrase`` is its English text (``Finding.message``, the JSON, the tests read it as
before); ``language.say`` renders its template and nested phrases through the catalog,
its numbers and dates the reader's way. Expected Spanish is written by hand from the
catalog's entries.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from decimal import Decimal

import pytest

from lmt_tracker import language
from lmt_tracker.domain.core.findings import hours_finding
from lmt_tracker.domain.core.phrases import (
    N_,
    Phrase,
    Term,
    either,
    joined,
    month_year,
    ph,
    unit,
)
from lmt_tracker.domain.core.records import Record
from lmt_tracker.domain.core.words import names_only
from lmt_tracker.domain.status import evaluate_status
from lmt_tracker.io.demo import demo_bundle
from lmt_tracker.rules.loader import load_all

AS_OF = dt.date(2026, 12, 4)


@pytest.fixture
def spanish(monkeypatch):
    monkeypatch.setattr(language, "_current", language._current)  # both restored afterwards
    monkeypatch.setattr(language, "_chosen", language._chosen)
    language.use("es")


def test_a_phrase_is_its_english_text() -> None:
    p = ph(N_("Needs {short} more {unit} of {what}{by} ({have} of {needed})"),
           short=Decimal("2.50"), unit=unit(Decimal("2.5")), what=ph(N_("in-person CE")),
           by=ph(N_(" by {date}"), date=dt.date(2027, 8, 31)), have=Decimal(1),
           needed=Decimal("3.5"))
    assert p == "Needs 2.5 more hours of in-person CE by 2027-08-31 (1 of 3.5)"
    assert isinstance(p, str)
    assert json.dumps({"message": p}) == json.dumps(
        {"message": "Needs 2.5 more hours of in-person CE by 2027-08-31 (1 of 3.5)"})
    assert ph(N_("{n} hour"), n=Decimal(1)) == "1 hour" and unit(Decimal(1)) == "hour"


def test_a_phrase_is_immutable_and_survives_a_copy() -> None:
    p = ph(N_("Your CPR card expires on {date} ({days} days)"), date=dt.date(2027, 1, 5),
           days=32)
    with pytest.raises(AttributeError):
        p.template = "changed"  # type: ignore[misc]
    copy = pickle.loads(pickle.dumps(p))
    assert copy == p and isinstance(copy, Phrase) and copy.fields == p.fields


def test_say_renders_a_finding_in_spanish_with_nested_words(spanish) -> None:
    f = hours_finding(kind="delivery", key="in_person", label=ph(N_("In-person CE")),
                      needed=Decimal(12), have=Decimal(4), source=None,
                      what=ph(N_("in-person CE")), due=dt.date(2027, 8, 31))
    assert f.message == "Needs 8 more hours of in-person CE by 2027-08-31 (4 of 12)"
    assert language.say(f.message) == "Necesita 8 horas más de EC presencial hasta el " \
                                      "2027-08-31 (4 de 12)"
    assert language.say(f.label) == "EC presencial"
    one = hours_finding(kind="hours", key="total", label="CE hours", needed=Decimal(24),
                        have=Decimal(23), source=None, what=ph(N_("CE")))
    assert language.say(one.message) == "Necesita 1 hora más de EC (23 de 24)"


def test_say_formats_numbers_and_dates_as_asked(spanish) -> None:
    p = ph(N_("{hours} hours carried over from the period ending {end} (at most {most})"),
           hours=Decimal("2.5"), end=dt.date(2025, 8, 31), most=Decimal(12))
    text = language.say(p, number=lambda v: str(v).replace(".", ","),
                        day=lambda d: d.strftime("%d/%m/%Y"))
    assert text == "2,5 horas traspasadas del período que terminó el 31/08/2025 (como máximo 12)"


def test_names_stay_as_written_and_joins_translate_their_parts(spanish) -> None:
    titles = joined(["Ethics & Boundaries", "CPR Renewal"])
    assert language.say(ph(N_("{names} and {n} more"), names=titles, n=2)) == \
        "Ethics & Boundaries, CPR Renewal y 2 más"
    assert either([ph(N_("in-person")), ph(N_("live online"))]) == "in-person or live online"
    assert language.say(either([ph(N_("in-person")), ph(N_("live online"))])) == \
        "presencial o en línea en vivo"
    assert language.say(month_year(dt.date(2026, 3, 9))) == "marzo de 2026"
    assert month_year(dt.date(2026, 3, 9)) == "March 2026"


def test_a_subject_the_vocabulary_names_reads_in_spanish_and_english_keeps_the_rules_label(
        spanish) -> None:
    """Florida labels its 15 business hours "Business" and its 4 ethics hours "Professional
    ethics" (FL.toml): in Spanish the vocabulary's words, inside the sentence in lower case;
    in English (the str itself) the rule's label as before."""
    need = ph(N_("Needs {short} more {unit} of {what}{by} ({have} of {needed})"),
              short=Decimal(4), unit=unit(Decimal(4)),
              what=Term("professional ethics", "Ethics"), by="", have=Decimal(0),
              needed=Decimal(4))
    assert need == "Needs 4 more hours of professional ethics (0 of 4)"
    assert language.say(need) == "Necesita 4 horas más de ética (0 de 4)"
    copy = pickle.loads(pickle.dumps(need))
    assert copy == need and language.say(copy) == language.say(need)


def test_a_topic_minimum_that_just_names_its_topic_is_named_in_spanish(spanish) -> None:
    """Florida's CE topic "Professional ethics" (FL.toml key ethics, 2 hours): the finding's
    label is the rule's in English (JSON, PDFs in English) and "Ética" in Spanish; a label
    that says more ("Prevention of medical errors (456.013(7), F.S.)") stays as written."""
    b = demo_bundle(AS_OF)
    record = Record(b.therapist, b.programs, b.exams, b.credentials, b.courses)
    florida = next(s for s in evaluate_status(record, load_all(), AS_OF)
                   if s.credential.jurisdiction == "FL")
    labels = {f.key: f.label for f in florida.findings if f.kind == "topic"}
    assert labels["ethics"] == "Professional ethics"
    assert language.say(labels["ethics"]) == "Ética"
    assert language.say(labels["medical_errors"]).startswith("Prevention of medical errors (")


@pytest.mark.parametrize(("label", "key", "replaced"), [
    ("Professional ethics", "ethics", True),
    ("Business", "business", True),
    ("Human trafficking awareness", "human_trafficking", True),
    ("HIV/AIDS education", "communicable_disease", False),  # narrower than the key's word
    ("Massage techniques (at least 125 hours Swedish)", "massage_theory_technique",
     False),  # a qualification
    ("Classroom hours taught in person with hands-on instruction", "hands_on", False),
])
def test_only_a_label_that_just_names_the_key_gives_way_to_the_vocabulary(
        label, key, replaced) -> None:
    assert names_only(label, key) is replaced


def test_plain_text_and_english_pass_through(monkeypatch) -> None:
    assert language.say("a course title") == "a course title"
    monkeypatch.setattr(language, "_current", language._current)
    monkeypatch.setattr(language, "_chosen", language._chosen)
    language.use("en")
    p = ph(N_("CE hours"))
    assert language.say(p) == "CE hours"


def test_every_demo_finding_is_a_phrase_with_a_spanish_rendering(spanish) -> None:
    """The demo's status sentences are all built as phrases, and each renders in Spanish
    (no template missing from the catalog: the rendering differs from the English)."""
    b = demo_bundle(AS_OF)
    record = Record(b.therapist, b.programs, b.exams, b.credentials, b.courses)
    statuses = evaluate_status(record, load_all(), AS_OF)
    findings = [f for s in statuses for f in s.findings]
    assert findings
    assert [f.message for f in findings if not isinstance(f.message, Phrase)] == []
    assert [f.label for f in findings if not isinstance(f.label, Phrase)
            and f.label not in {t.label for j in load_all().values() for v in j.versions
                                if v.ce is not None for t in v.ce.topics}] == []
    untranslated = [f.message for f in findings if language.say(f.message) == f.message]
    assert untranslated == []
