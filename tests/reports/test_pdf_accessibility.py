"""Every PDF the app writes: all fonts embedded, a title viewers show, a bookmark per section.

Checked with the tools a reader's machine would use: ``pdffonts`` (poppler) lists every
font and whether it is embedded; the outline and the viewer preference are read with
pypdf. The expected bookmarks are the section headings printed on the pages, in the
order the report shows them.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from lmt_tracker.reports.api import write_renewal_pdf, write_transcript_pdf

PDFFONTS = shutil.which("pdffonts")
PDFINFO = shutil.which("pdfinfo")


def fonts(path: Path) -> list[tuple[str, bool]]:
    """(name, embedded) of every font ``pdffonts`` finds in the file."""
    if PDFFONTS is None:
        pytest.skip("pdffonts is not installed (apt-get install poppler-utils)")
    out = subprocess.run([PDFFONTS, str(path)], capture_output=True, text=True, check=True,
                         timeout=60).stdout.splitlines()
    header = out[0]
    emb = header.index(" emb ")  # the columns are fixed-width under their header
    rows = []
    for line in out[2:]:
        rows.append((line.split()[0], line[emb + 1:emb + 4].strip() == "yes"))
    return rows


def outline(path: Path) -> list[tuple[int, str, int]]:
    """(level, title, page number from 1) of every bookmark, depth first."""
    reader = PdfReader(path)
    found: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


def shows_title(path: Path) -> str:
    """The title a viewer shows: /DisplayDocTitle is set, and pdfinfo reads the title."""
    reader = PdfReader(path)
    prefs = reader.trailer["/Root"].get("/ViewerPreferences")
    assert prefs is not None and bool(prefs.get_object().get("/DisplayDocTitle")), \
        "viewers would show the file name: /DisplayDocTitle is not set"
    if PDFINFO is not None:
        info = subprocess.run([PDFINFO, str(path)], capture_output=True, text=True, check=True,
                              timeout=60).stdout
        assert any(line.startswith("Title:") and line.split(":", 1)[1].strip()
                   for line in info.splitlines())
    assert reader.metadata is not None and reader.metadata.title
    return str(reader.metadata.title)


def page_of(path: Path, text: str) -> int:
    """The first page (from 1) whose text holds ``text``."""
    for n, page in enumerate(PdfReader(path).pages, 1):
        if text in (page.extract_text() or ""):
            return n
    raise AssertionError(f"{text!r} is on no page")


def test_demo_renewal_summary_with_certificates(demo_store, tmp_path: Path) -> None:
    path = write_renewal_pdf(demo_store, 1, tmp_path / "fl.pdf")
    found = fonts(path)
    assert found, "pdffonts found no font at all"
    assert [name for name, embedded in found if not embedded] == [], found
    assert not any("Helvetica" in name for name, _ in found)
    assert shows_title(path) == "Renewal summary — FL — Florida MA98765"
    marks = outline(path)
    top = [title for level, title, _ in marks if level == 0]
    # The sections as printed, in order (the demo licence has no notes to confirm).
    assert [t.split(" (")[0] for t in top] == [
        "Requirements", "Courses in the period", "Hours not counted", "Rule sources",
        "Attestation", "Certificates"], top
    assert top[-1] == "Certificates"
    for level, title, page in marks:
        if level == 0 and title != "Certificates":
            assert page == page_of(path, title), f"{title!r} points at page {page}"
    certificates = [(title, page) for level, title, page in marks if level == 1]
    assert certificates, "each certificate has its own bookmark"
    for title, page in certificates:
        assert title.startswith("Certificate C")
        assert "SHA-256:" in PdfReader(path).pages[page - 1].extract_text()
    assert PdfReader(path).trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_transcript_has_a_bookmark_per_section_and_state(demo_store, tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    write_transcript_pdf(demo_store, path, ["FL", "NY"])
    assert [n for n, embedded in fonts(path) if not embedded] == []
    assert shows_title(path) == "Entry-level training transcript — Mai Trần-Ellis"
    assert [(level, title) for level, title, _ in outline(path)] == [
        (0, "Training programs"), (0, "Hours by subject and delivery"), (0, "Exam attempts"),
        (0, "Eligibility"), (1, "FL — Florida"), (1, "NY — New York")]


def _audit():
    from lmt_tracker.domain.core.records import Graduate
    from lmt_tracker.domain.entry.cohort import audit_cohort, choose
    from lmt_tracker.rules.loader import load_all

    on = dt.date(2026, 6, 1)
    graduates = [Graduate("S1", "Ana Ruiz", Decimal(500), (("pathology", Decimal(10)),),
                          mblex="pass"),
                 Graduate("S2", "Trần Thị Ngọc", Decimal(900), (), mblex="fail")]
    return audit_cohort(graduates, choose(load_all(), ["TX", "NY"], on), on)


def test_cohort_audit_bookmarks_each_part_and_graduate(tmp_path: Path) -> None:
    from lmt_tracker.reports.cohort_pdf import CohortReportInfo, cohort_pdf_bytes

    path = tmp_path / "cohort.pdf"
    path.write_bytes(cohort_pdf_bytes(_audit(), CohortReportInfo("Gulf Coast — Class of 2025")))
    assert [n for n, embedded in fonts(path) if not embedded] == []
    assert shows_title(path) == "School cohort audit — Gulf Coast — Class of 2025"
    marks = [(level, title) for level, title, _ in outline(path)]
    assert marks[0] == (0, "Eligible graduates by jurisdiction")
    assert (0, "Shortfalls by graduate") in marks
    assert marks[-2:] == [(1, "Ana Ruiz (S1)"), (1, "Trần Thị Ngọc (S2)")]


def test_combined_graduate_transcripts(tmp_path: Path) -> None:
    from lmt_tracker.reports.graduate_transcript import write_transcripts

    written = write_transcripts(_audit(), tmp_path, "Gulf Coast")
    for path in (*written.files, written.combined):
        assert [n for n, embedded in fonts(path) if not embedded] == [], path.name
        assert shows_title(path)
    marks = outline(written.combined)
    graduates = [(title, page) for level, title, page in marks if level == 0]
    assert [t for t, _ in graduates] == ["Ana Ruiz (S1)", "Trần Thị Ngọc (S2)"]
    assert "Trần Thị Ngọc" in PdfReader(written.combined).pages[graduates[1][1] - 1] \
        .extract_text()
    assert (1, "Hours by subject") in [(level, title) for level, title, _ in marks]


def test_a_note_drawn_over_a_broken_certificate_page_starts_in_dejavu() -> None:
    """The page merged over a certificate that will not draw is made by a canvas too."""
    from lmt_tracker.reports.certificates import _note_page

    page = _note_page("This page could not be drawn.", (36, 36, 500, 700))
    names = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert names and all("DejaVuSans" in n for n in names), names


def test_bare_reportlab_would_fail_the_font_check(tmp_path: Path) -> None:
    """The check above can fail: a plain reportlab document starts in unembedded Helvetica."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    path = tmp_path / "bare.pdf"
    SimpleDocTemplate(str(path)).build([Paragraph("x", getSampleStyleSheet()["Normal"])])
    assert ("Helvetica", False) in fonts(path)
