"""Stored cohorts: a re-imported, corrected file updates the class without duplicating anyone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lmt_tracker.io.school_csv import parse_class_csv

TODAY = dt.date.today()
FIRST = ("student_id,name,total_hours,pathology,mblex\n"
         "A1,Ann Lee,600,40,pass\n"
         "B2,Bob Roe,abc,40,none\n"
         "C3,Cy Day,500,40,fail\n")
CORRECTED = ("student_id,name,total_hours,pathology,mblex\n"
             "A1,Ann Lee,650,45,pass\n"
             "B2,Bob Roe,700,40,scheduled\n"
             "C3,Cy Day,500,40,fail\n")


def test_reimport_updates_without_duplicates(store) -> None:
    first = parse_class_csv(FIRST, TODAY)
    assert [g.student_id for g in first.graduates] == ["A1", "C3"]
    class_id, inserted, updated = store.save_class("Gulf Coast", "2025", first.graduates)
    assert (inserted, updated) == (2, 0)

    second = parse_class_csv(CORRECTED, TODAY)
    again, inserted, updated = store.save_class("Gulf Coast", "2025", second.graduates)
    assert again == class_id and (inserted, updated) == (1, 2)

    stored = {g.student_id: g for g in store.graduates(class_id)}
    assert sorted(stored) == ["A1", "B2", "C3"]
    assert stored["A1"].total_hours == Decimal(650)
    assert stored["A1"].subject_hours == (("pathology", Decimal(45)),)
    assert stored["B2"].mblex == "scheduled"
    [(klass, school, count)] = store.classes()
    assert (school, klass.name, count) == ("Gulf Coast", "2025", 3)


def test_same_class_name_at_two_schools_stays_apart(store) -> None:
    parsed = parse_class_csv(CORRECTED, TODAY)
    a, _, _ = store.save_class("School A", "2025", parsed.graduates)
    b, _, _ = store.save_class("School B", "2025", parsed.graduates)
    assert a != b
    assert len(store.graduates(a)) == len(store.graduates(b)) == 3


def test_state_law_exam_results_are_kept_with_a_saved_class_and_its_export(store) -> None:
    """A graduate's Texas jurisprudence pass survives save, re-read and export → import."""
    from lmt_tracker.io.bundle import from_document, to_document
    from lmt_tracker.store.bulk import read_bundle

    text = ("student_id,name,total_hours,mblex,tx_law_exam\n"
            "A1,Ann Lee,600,pass,pass\n"
            "C3,Cy Day,500,fail,fail\n")
    parsed = parse_class_csv(text, TODAY)
    class_id, _, _ = store.save_class("Gulf Coast", "2025", parsed.graduates)
    stored = {g.student_id: g for g in store.graduates(class_id)}
    assert stored["A1"].state_exams == (("TX", "jurisprudence", "pass"),)
    assert stored["C3"].state_exams == (("TX", "jurisprudence", "fail"),)
    document = to_document(read_bundle(store))
    again = from_document(document, "export.json", TODAY)
    (klass,) = again.classes
    assert {g.student_id: g.state_exams for g in klass.graduates} == {
        "A1": (("TX", "jurisprudence", "pass"),),
        "C3": (("TX", "jurisprudence", "fail"),),
    }


def test_online_hours_by_subject_survive_save_and_export(store) -> None:
    """Issue 16: the per-subject online split is stored with the class and exported."""
    from lmt_tracker.io.bundle import from_document, to_document
    from lmt_tracker.store.bulk import read_bundle

    text = ("student_id,name,total_hours,clinical_practicum,online_hours,"
            "clinical_practicum_online\nA1,Ann Lee,625,75,15,15\nC3,Cy Day,625,75,10,\n"
            "D4,Di Fox,625,75,0,\n")
    parsed = parse_class_csv(text, TODAY)
    class_id, _, _ = store.save_class("Lansing", "2025", parsed.graduates)
    stored = {g.student_id: g for g in store.graduates(class_id)}
    assert stored["A1"].subject_online == (("clinical_practicum", Decimal(15)),)
    assert stored["A1"].subject_hours == (("clinical_practicum", Decimal(75)),)
    assert stored["C3"].subject_online is None  # no split given: stored as not given
    again = from_document(to_document(read_bundle(store)), "export.json", TODAY)
    (klass,) = again.classes
    assert {g.student_id: g.subject_online for g in klass.graduates} == {
        "A1": (("clinical_practicum", Decimal(15)),), "C3": None, "D4": None,
    }
