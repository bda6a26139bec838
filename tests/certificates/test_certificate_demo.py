"""The demo's certificates read back as the courses they were made for."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from lmt_tracker.certificates import read_certificate
from lmt_tracker.certificates.course import course_from_reading
from lmt_tracker.io.demo import demo_bundle

COMPARED = ("title", "provider", "completed", "hours", "hour_minutes", "delivery", "topics",
            "approvals")


def _pairs(media_type: str):
    bundle = demo_bundle(dt.date(2026, 12, 4))
    certificates = {c.sha256: c for c in bundle.certificates}
    return [(course, certificates[course.certificate_sha256]) for course in bundle.courses
            if course.certificate_sha256
            and certificates[course.certificate_sha256].media_type == media_type]


def _check(course, cert) -> None:
    draft = course_from_reading(read_certificate(cert), cert.sha256)
    assert draft.missing == () and draft.unsure == ()
    assert draft.course is not None
    for name in COMPARED:
        assert getattr(draft.course, name) == getattr(course, name), (cert.file_name, name)


def test_every_demo_pdf_certificate_gives_back_its_course() -> None:
    pairs = _pairs("application/pdf")
    assert len(pairs) == 10
    for course, cert in pairs:
        _check(course, cert)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract OCR is not installed")
def test_demo_picture_certificates_give_back_their_courses_through_ocr() -> None:
    pairs = _pairs("image/png")
    assert len(pairs) == 10
    for course, cert in pairs[:3]:  # three pictures: OCR takes about a second each
        _check(course, cert)
