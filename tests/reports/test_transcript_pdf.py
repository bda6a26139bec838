"""The entry-level transcript PDF: programs, hours, exams and each chosen state's verdict."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import report_sample as sample
from pdfcheck import pdf_pages_text, qpdf_check, squash
from pypdf import PdfReader

from lmt_tracker.domain.core.records import Therapist, TrainingHours
from lmt_tracker.reports.api import ReportError, build_transcript, write_transcript_pdf
from lmt_tracker.reports.transcript import render_transcript

RULES = {"ZZ": sample.zedland()}


def test_demo_transcript_against_chosen_states(demo_store, tmp_path: Path) -> None:
    path = tmp_path / "transcript.pdf"
    write_transcript_pdf(demo_store, path, ["fl", "NY", "FL"])
    qpdf_check(path)
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == "Entry-level training transcript — Mai Trần-Ellis"
    assert reader.metadata.subject == "Entry-level training, exams and eligibility (FL, NY)"
    text = "\n".join(p.extract_text() for p in reader.pages)
    for expected in ("Gulf Coast School of Massage", "Hours by subject and delivery",
                     "Anatomy and physiology", "Supervised clinic", "Exam attempts", "MBLEx",
                     "FL — Florida", "NY — New York", "Total training hours"):
        assert squash(expected) in squash(text)  # table cells may wrap
    assert text.count("FL — Florida") == 1  # a state named twice is judged once
    pages = len(reader.pages)
    assert f"Page {pages} of {pages}" in text


def test_default_states_and_unknown_states(demo_store, tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    write_transcript_pdf(demo_store, path)
    text = "".join(pdf_pages_text(path))
    assert "FL — Florida" in text and "NY — New York" in text
    with pytest.raises(ReportError, match="no rule file for 'XX'"):
        write_transcript_pdf(demo_store, path, ["XX"])


def test_transcript_text_is_exact_for_any_script(tmp_path: Path) -> None:
    rec = sample.record()
    program = dataclasses.replace(
        rec.programs[0], school="Школа <массажа> & Co", program="Δίπλωμα " + "x" * 400,
        hours=(*rec.programs[0].hours, TrainingHours("ethics", "apprenticeship", 5)))
    rec = dataclasses.replace(rec, therapist=Therapist("Nguyễn Văn", "Đức"), programs=(program,))
    report = build_transcript(rec, ["ZZ"], sample.AS_OF, sample.GENERATED, RULES)
    path = tmp_path / "t.pdf"
    path.write_bytes(render_transcript(report))
    qpdf_check(path)
    text = squash("".join(pdf_pages_text(path)))
    for value in ("Nguyễn Văn Đức", "Школа <массажа> & Co", "Δίπλωμα " + "x" * 400,
                  "Apprenticeship", "ZZ — Zedland", "Not yet eligible"):
        assert squash(value) in text


def test_empty_record_still_gives_a_transcript(store, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    write_transcript_pdf(store, path)
    qpdf_check(path)
    text = "".join(pdf_pages_text(path))
    assert "No training program is entered." in text
    assert "No jurisdiction was chosen" in text


def test_every_page_says_when_the_rules_were_checked(tmp_path: Path) -> None:
    """Zedland's newest source was checked 2026-02-01 (report_sample.ENTRY_SOURCE)."""
    report = build_transcript(sample.record(), ["ZZ"], sample.AS_OF, sample.GENERATED, RULES)
    path = tmp_path / "t.pdf"
    path.write_bytes(render_transcript(report))
    texts = pdf_pages_text(path)
    assert texts and all("rules checked 2026-02-01" in text for text in texts)
