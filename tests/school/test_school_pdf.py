"""The cohort PDF: the summary first, then each graduate's shortfalls, any script printable."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from lmt_tracker.domain.entry.cohort import audit_cohort, choose
from lmt_tracker.io.school_csv import parse_class_csv
from lmt_tracker.reports.cohort_pdf import CohortReportInfo, cohort_pdf_bytes
from lmt_tracker.rules.loader import load_all

AS_OF = dt.date(2026, 6, 1)
ROWS = ("student_id,name,total_hours,pathology,birth_date,mblex,mblex_date\n"
        "N1,Nguyễn Thị Ngọc,500,30,1998-05-05,pass,2025-07-01\n"
        "N2,<b>Ольга</b> & Co,1000,100,1990-01-01,pass,2025-07-01\n"
        "N3,Broken,xx,1,1990-01-01,none,\n")


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_summary_then_each_graduate() -> None:
    parsed = parse_class_csv(ROWS, AS_OF)
    audit = audit_cohort(parsed.graduates, choose(load_all(), ["TX", "NY"], AS_OF), AS_OF)
    data = cohort_pdf_bytes(audit, CohortReportInfo("Gulf Coast — Class of 2025",
                                                    source="class.csv"), parsed.errors)
    assert data.startswith(b"%PDF")
    text = text_of(data)
    assert "School cohort audit" in text and "Gulf Coast — Class of 2025" in text
    assert text.index("Eligible graduates by jurisdiction") < text.index("Shortfalls by graduate")
    assert "Texas" in text and "New York" in text
    # the refused row is listed with its line and column
    assert "Rows not audited (1)" in text and "total_hours" in text
    # each graduate's section, names exactly as typed (markup shown, not obeyed)
    assert "Nguyễn Thị Ngọc" in text and "<b>Ольга</b> & Co" in text
    assert text.index("Nguyễn Thị Ngọc") < text.index("<b>Ольга</b> & Co")
    assert "Needs 10 more hours of pathology (30 of 40)" in text
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title.startswith("School cohort audit")


def test_an_empty_class_still_makes_a_report() -> None:
    audit = audit_cohort((), choose(load_all(), ["TX"], AS_OF), AS_OF)
    text = text_of(cohort_pdf_bytes(audit, CohortReportInfo("Empty")))
    assert "No graduates to audit" in text


def test_the_footer_says_when_the_rules_were_checked() -> None:
    rules = load_all()
    audit = audit_cohort((), choose(rules, ["TX", "NY"], AS_OF), AS_OF)
    dates = sorted({rules["TX"].checked, rules["NY"].checked})
    expected = "rules checked " + " to ".join(d.isoformat() for d in dates)
    reader = PdfReader(io.BytesIO(cohort_pdf_bytes(audit, CohortReportInfo("Empty"))))
    assert all(expected in page.extract_text() for page in reader.pages)


def test_the_pdf_charts_eligibility_and_lists_the_common_shortfalls(tmp_path) -> None:
    from lmt_tracker.domain.entry.cohort import audit_cohort, choose
    from lmt_tracker.reports.cohort_pdf import CohortReportInfo, write_cohort_pdf
    from lmt_tracker.rules.loader import load_all
    from tests.reports.pdfcheck import pdf_pages_text, qpdf_check, squash

    text = ("student_id,name,total_hours,pathology,mblex\n"
            "A1,Ann,500,10,pass\nB2,Bo,500,10,fail\nC3,Cy,500,60,pass\n")
    on = AS_OF
    audit = audit_cohort(parse_class_csv(text, on).graduates,
                         choose(load_all(), ["FL"], on), on)
    path = tmp_path / "cohort.pdf"
    write_cohort_pdf(audit, CohortReportInfo("Test class"), path)
    qpdf_check(path)
    page = squash(pdf_pages_text(path)[0])
    assert squash("Most common shortfalls") in page
    # every graduate lacks Florida's subject hours; only Bo lacks the MBLEx
    assert squash("3 Allied modalities FL") in page
    assert squash("1 A board-approved exam: an NCBTMB exam") in page
