"""Online hours by subject, shown where a registrar reads them: the graduate transcript's
hours table, the audit PDF, the audit CSV and the School screen's drill-down.

Michigan's rule for enrolment from 2020-01-10 (R 338.722a; MCL 333.17959(1)(d)(i)(B))
needs 75 hours of supervised student clinic, in person only. Every graduate below
has 625 hours: clinic 75, theory 200, anatomy 125, pathology 40, ethics 10,
business 15, electives 160 (each of Michigan's subject minimums met in full).

- A1 gives 40 online hours: 25 of anatomy, 15 of clinic. In class: 75 - 15 = 60 of
  the 75 clinic hours, 15 short.
- B2 gives 15 online hours as a total only: which subjects they were in is to confirm.
- C3 gives 20 online hours, 15 of them clinic: 5 are in no named subject, so the
  split is incomplete and the clinic is to confirm too.
- D4 has 90 clinic hours (electives 145), 15 of them online: 75 of 75 count, met.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from functools import cache

import pytest
from pypdf import PdfReader

from lmt_tracker.domain.entry.cohort import CohortAudit, GraduateAudit, audit_cohort, choose
from lmt_tracker.io.school_csv import parse_class_csv

AS_OF = dt.date(2026, 12, 1)
HEAD = ("student_id,name,total_hours,clinical_practicum,massage_theory_technique,"
        "anatomy_physiology,pathology,ethics,business,electives,online_hours,"
        "clinical_practicum_online,anatomy_physiology_online,program_start,birth_date\n")
ROWS = ("A1,Ann Lee,625,75,200,125,40,10,15,160,40,15,25,2021-09-01,1990-01-01\n"
        "B2,Bob Roe,625,75,200,125,40,10,15,160,15,,,2021-09-01,1990-01-01\n"
        "C3,Cy Day,625,75,200,125,40,10,15,160,20,15,,2021-09-01,1990-01-01\n"
        "D4,Dee Fox,625,90,200,125,40,10,15,145,15,15,,2021-09-01,1990-01-01\n")
SHORT_CLINIC = ("Needs 15 more hours of supervised student clinic taught in class (online "
                "hours do not count) (60 of 75; 15 online hours not counted)")


@cache
def audit() -> CohortAudit:
    from lmt_tracker.rules.loader import load_all

    parsed = parse_class_csv(HEAD + ROWS, AS_OF)
    assert not parsed.errors
    return audit_cohort(parsed.graduates, choose(load_all(), ["MI"], AS_OF), AS_OF)


def row(student_id: str) -> GraduateAudit:
    return next(r for r in audit().rows if r.graduate.student_id == student_id)


def clinic(student_id: str):
    (result,) = row(student_id).results
    return {f.key: f for f in result.findings}["clinical_practicum"]


# -- the finding, in words -------------------------------------------------------------


def test_the_clinic_finding_says_how_many_online_hours_did_not_count() -> None:
    a1, d4 = clinic("A1"), clinic("D4")
    assert (a1.status, a1.have, a1.shortfall) == ("short", 60, 15)
    assert a1.message == SHORT_CLINIC
    assert (d4.status, d4.have) == ("met", 75)
    assert d4.message == ("Supervised student clinic: 75 of 75 hours — met "
                          "(15 online hours not counted)")


def test_an_unknown_split_says_what_to_confirm() -> None:
    for student_id in ("B2", "C3"):
        found = clinic(student_id)
        assert found.status == "to_confirm" and found.have is None
        assert found.label == "Supervised student clinic (which hours were online)"
        assert "_" not in found.label and "@" not in found.label


def test_a_graduate_judged_alone_reads_the_same_as_in_the_class() -> None:
    from lmt_tracker.domain.entry.applicant import Applicant
    from lmt_tracker.domain.entry.eligibility import eligibility_for
    from lmt_tracker.rules.loader import load_all

    michigan = choose(load_all(), ["MI"], AS_OF)
    for student_id in ("A1", "B2", "C3", "D4"):
        g = row(student_id).graduate
        (alone,) = eligibility_for(Applicant.from_graduate(g, AS_OF), michigan, AS_OF)
        assert {f.key: f for f in alone.findings}["clinical_practicum"] == clinic(student_id)


# -- the graduate transcript ------------------------------------------------------------


def test_the_transcript_table_has_an_online_column_when_the_file_splits_them() -> None:
    from lmt_tracker.reports.graduate_transcript import graduate_tables

    t = graduate_tables(row("A1"), AS_OF)
    assert t.hours_header == ("Subject", "Hours", "Of which online")
    assert t.hours == (
        ("Anatomy and physiology", "125", "25"),
        ("Business", "15", "—"),
        ("Clinical practicum", "75", "15"),
        ("Electives", "160", "—"),
        ("Ethics", "10", "—"),
        ("Massage theory and technique", "200", "—"),
        ("Pathology", "40", "—"),
        ("Total program hours", "625", "40"),
    )
    assert t.hours_note == ""
    ((state, verdict, missing),) = t.states
    assert (state, verdict) == ("MI — Michigan", "Short")
    assert missing.startswith(SHORT_CLINIC + " [1]")


def test_the_transcript_says_what_an_online_total_cannot_show() -> None:
    from lmt_tracker.reports.graduate_transcript import graduate_tables

    b2 = graduate_tables(row("B2"), AS_OF)
    assert b2.hours_header == ("Subject", "Hours")
    assert b2.hours[-2:] == (("Total program hours", "625"), ("of which online", "15"))
    assert b2.hours_note == ("The school's file gives the online hours as a total only, "
                             "not which subjects were taught online.")
    ((_, verdict, missing),) = b2.states
    assert verdict == "Eligible"
    assert "To confirm: Supervised student clinic (which hours were online)" in missing
    c3 = graduate_tables(row("C3"), AS_OF)
    assert c3.hours[2] == ("Clinical practicum", "75", "15")
    assert c3.hours[-1] == ("Total program hours", "625", "20")
    assert c3.hours_note == ("5 of the 20 online hours are not given by subject: which "
                             "subjects they were in is to confirm.")


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_the_transcript_pdf_draws_the_online_column() -> None:
    from lmt_tracker.reports.graduate_transcript import transcript_pdf

    text = text_of(transcript_pdf(row("A1"), AS_OF, "Lakes School"))
    assert "Subject Hours Of which online" in text
    assert "Clinical practicum 75 15" in text and "Total program hours 625 40" in text
    assert "15 online hours not counted" in text


# -- the school audit: PDF and CSV ------------------------------------------------------


def test_the_audit_pdf_says_each_graduates_online_hours_and_the_shortfall() -> None:
    from lmt_tracker.reports.cohort_pdf import CohortReportInfo, cohort_pdf_bytes

    text = text_of(cohort_pdf_bytes(audit(), CohortReportInfo("Lakes School — 2025")))
    assert ("625 training hours (40 online: anatomy and physiology 25, clinical practicum "
            "15)") in text
    assert "625 training hours (15 online (not given by subject))" in text
    assert ("625 training hours (20 online: clinical practicum 15, 5 not given by "
            "subject)") in text
    assert "(60 of 75; 15 online hours not counted)" in text


def test_the_audit_csv_says_the_shortfall_in_words(tmp_path) -> None:
    from lmt_tracker.io.audit_export import write_audit_csv

    out = tmp_path / "audit.csv"
    write_audit_csv(audit(), out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    a1 = next(line for line in lines if line.startswith("A1,"))
    assert a1 == f"A1,Ann Lee,0,short: {SHORT_CLINIC}"
    assert "@online" not in out.read_text(encoding="utf-8-sig")


# -- the School screen's drill-down -----------------------------------------------------


@pytest.mark.usefixtures("qapp")
def test_the_drill_down_shows_the_online_part_of_each_subject() -> None:
    from lmt_tracker.gui.screens.school_parts import graduate_html, subject_line

    assert subject_line(row("A1").graduate) == (
        "Anatomy & physiology 125 (25 online), Business 15, Clinical practicum 75 "
        "(15 online), Electives 160, Ethics 10, Massage theory & technique 200, Pathology 40")
    assert subject_line(row("B2").graduate).endswith(
        "Pathology 40 · 15 online hours not given by subject")
    assert subject_line(row("C3").graduate).endswith(
        "Pathology 40 · 5 online hours not given by subject")
    html = graduate_html(row("A1"))
    assert "Clinical practicum 75 (15 online)" in html and SHORT_CLINIC in html
    b2 = graduate_html(row("B2"))
    assert "to confirm: " in b2 and "Supervised student clinic (which hours were online)" in b2
    assert "clinical_practicum" not in html + b2 and "@online" not in html + b2
