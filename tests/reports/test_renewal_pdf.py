"""The renewal summary PDF: valid, complete, every certificate attached, any text safe."""

from __future__ import annotations

import dataclasses
import hashlib
import io
from pathlib import Path

import pytest
import report_sample as sample
from pdfcheck import pdf_pages_text, qpdf_check, squash, word_boxes
from pypdf import PdfReader

from lmt_tracker.domain.core.records import Certificate, Record, Therapist
from lmt_tracker.reports.api import (
    ReportError,
    build_renewal,
    renewal_pdf,
    write_renewal_pdf,
)
from lmt_tracker.reports.layout import MARGIN

RULES = {"ZZ": sample.zedland()}


# -- certificate files of every kind -------------------------------------------------------


def _pdf_certificate() -> bytes:
    """Three pages: portrait, portrait turned 90° by /Rotate, and landscape."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter, invariant=True)
    for n, size in ((1, letter), (2, letter), (3, landscape(letter))):
        pdf.setPageSize(size)
        pdf.setFont("Helvetica", 20)
        pdf.drawString(100, 300, f"CERT PAGE {n}")
        pdf.showPage()
    pdf.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    writer.pages[1].rotate(90)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _png_with_alpha() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (300, 200), (200, 30, 30, 128)).save(buffer, "PNG")
    return buffer.getvalue()


def _jpeg_turned_by_exif() -> bytes:
    """Stored 400×200 (landscape), EXIF orientation 6: shown 200×400 (portrait)."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    Image.new("RGB", (400, 200), "navy").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def _cert(name: str, media: str, data: bytes) -> Certificate:
    return Certificate(hashlib.sha256(data).hexdigest(), name, media, data)


CERTS = (
    _cert("three-pages.pdf", "application/pdf", _pdf_certificate()),
    _cert("stamp.png", "image/png", _png_with_alpha()),
    _cert("phone.jpg", "image/jpeg", _jpeg_turned_by_exif()),
    _cert("broken.pdf", "application/pdf", b"%PDF-1.4\nthis is not a PDF at all"),
)
MISSING_SHA = "f" * 64


def _record_with_certificates() -> Record:
    rec = sample.record()
    shas = [*(c.sha256 for c in CERTS), MISSING_SHA]
    courses = (
        *(dataclasses.replace(course, certificate_sha256=sha)
          for course, sha in zip(rec.courses[:4], shas, strict=False)),
        dataclasses.replace(rec.courses[0], title="Extra", id=99,
                            completed=rec.courses[3].completed, certificate_sha256=shas[4]),
    )
    return dataclasses.replace(rec, courses=courses)


@pytest.fixture(scope="module")
def attached(tmp_path_factory: pytest.TempPathFactory) -> Path:
    report = build_renewal(_record_with_certificates(), 1, sample.AS_OF, sample.GENERATED, RULES)
    path = tmp_path_factory.mktemp("pdf") / "attached.pdf"
    path.write_bytes(renewal_pdf(report, {c.sha256: c for c in CERTS}))
    return path


def _caption_pages(texts: list[str]) -> list[int]:
    return [i for i, text in enumerate(texts) if "SHA-256:" in text]


def test_every_certificate_adds_its_pages(attached: Path) -> None:
    qpdf_check(attached)
    texts = pdf_pages_text(attached)
    captions = _caption_pages(texts)
    # 3 pages of the PDF, the PNG, the JPEG, the unreadable PDF, the missing file.
    assert len(captions) == 3 + 1 + 1 + 1 + 1
    assert captions == list(range(captions[0], len(texts)))  # all after the report
    for n in (1, 2, 3):
        page = next(t for t in texts if f"CERT PAGE {n}" in t)
        assert CERTS[0].sha256 in page and f"(page {n} of 3)" in page


def test_each_certificate_page_names_its_file_course_and_checksum(attached: Path) -> None:
    texts = pdf_pages_text(attached)
    for cert in CERTS:
        page = next(t for t in texts if cert.file_name in t)
        assert f"SHA-256: {cert.sha256}" in page
    broken = next(t for t in texts if "broken.pdf" in t)
    assert "could not be shown" in broken
    missing = next(t for t in texts if MISSING_SHA in t)
    assert "not stored in this database" in missing
    assert "Course #1: Ethics A" in texts[_caption_pages(texts)[0]]


def test_pages_turn_to_fit_what_they_show(attached: Path) -> None:
    reader = PdfReader(attached)
    texts = [p.extract_text() for p in reader.pages]

    def shape(marker: str) -> str:
        page = reader.pages[next(i for i, t in enumerate(texts) if marker in t)]
        return "landscape" if page.mediabox.width > page.mediabox.height else "portrait"

    assert shape("CERT PAGE 1") == "portrait"
    assert shape("CERT PAGE 2") == "landscape"  # portrait page shown turned by /Rotate 90
    assert shape("CERT PAGE 3") == "landscape"
    assert shape("phone.jpg") == "portrait"  # the EXIF tag turns the photo upright
    assert shape("stamp.png") == "landscape"


def test_page_x_of_y_on_every_page(attached: Path) -> None:
    texts = pdf_pages_text(attached)
    for n, text in enumerate(texts, 1):
        assert f"Page {n} of {len(texts)}" in text


def test_demo_renewal_summary(demo_store, tmp_path: Path) -> None:
    path = tmp_path / "fl.pdf"
    assert write_renewal_pdf(demo_store, 1, path) == path
    qpdf_check(path)
    reader = PdfReader(path)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Renewal summary — FL — Florida MA98765"
    assert meta.author == "Mai Trần-Ellis"
    assert "MA98765" in (meta.subject or "")
    texts = [p.extract_text() for p in reader.pages]
    first = texts[0]
    for expected in ("Continuing-education renewal summary", "Mai Trần-Ellis", "MA98765",
                     "FL — Florida", "Requirements", "Prevention of medical errors",
                     "Meets the continuing-education requirement"):
        assert expected in first
    body = "\n".join(texts[: _caption_pages(texts)[0]])
    for expected in ("Courses in the period", "Hours not counted", "Rule sources",
                     "Attestation", "Signature", "Printed name"):
        assert expected in body
    report = build_renewal(demo_store.load_record(), 1, demo_store.today(), sample.GENERATED)
    expected_pages = 0
    for ref in report.certificates:
        cert = demo_store.certificate(ref.sha256)
        assert cert is not None
        expected_pages += (len(PdfReader(io.BytesIO(cert.data)).pages)
                           if cert.media_type == "application/pdf" else 1)
        assert any(f"SHA-256: {ref.sha256}" in t for t in texts)
    assert len(_caption_pages(texts)) == expected_pages
    merged = [t for t in texts if "Certificate of Completion" in t]
    assert merged, "a merged PDF certificate keeps its own text"
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts)


HOSTILE = (
    "Trần Thị Ngọc",
    "Ольга Иванова",
    "Ελένη Παπαδοπούλου",
    "<script>alert('x')</script> & <b>not bold</b> &amp; </para>",
)
OTHER_SCRIPTS = ("山田 太郎", "김민준", "דוד כהן", "محمد علي")


def test_hostile_and_non_latin_text_round_trips_and_stays_on_the_page(tmp_path: Path) -> None:
    long_title = "Myofascial-release-" * 60 + " and " + "very long words " * 80
    rec = sample.record()
    courses = (
        dataclasses.replace(rec.courses[0], title=HOSTILE[3], provider=HOSTILE[2]),
        dataclasses.replace(rec.courses[1], title=long_title, provider=HOSTILE[1]),
        *rec.courses[2:],
        *(dataclasses.replace(rec.courses[3], id=200 + n, provider=name)
          for n, name in enumerate(OTHER_SCRIPTS)),
    )
    rec = dataclasses.replace(rec, therapist=Therapist(HOSTILE[0], HOSTILE[1]), courses=courses)
    report = build_renewal(rec, 1, sample.AS_OF, sample.GENERATED, RULES)
    path = tmp_path / "hostile.pdf"
    path.write_bytes(renewal_pdf(report, {}))
    qpdf_check(path)
    lines = "\n".join(pdf_pages_text(path)).split("\n")
    for name in OTHER_SCRIPTS[:3]:  # CJK by a CJK font, Hebrew in visual order
        assert name in lines
    text = squash("".join(lines))
    for value in HOSTILE:
        assert squash(value) in text
    # The long title wraps (and its row may continue on the next page, after a footer):
    # every piece of it is there.
    assert text.count("Myofascial-release-") >= 59 and text.count("verylongwords") >= 79
    assert PdfReader(path).metadata.author == f"{HOSTILE[0]} {HOSTILE[1]}"
    for width, height, boxes in word_boxes(path):  # y grows downwards here
        for x0, y0, x1, y1 in boxes:
            assert x0 >= MARGIN - 1 and x1 <= width - MARGIN + 1, (x0, x1)
            assert y0 >= MARGIN - 1 and y1 <= height - 12, (y0, y1)  # footer sits in the margin


def test_control_characters_are_dropped_not_fatal(tmp_path: Path) -> None:
    rec = sample.record()
    bad = dataclasses.replace(rec.courses[0], title="Bell\x07 and null\x00 and\ttab")
    rec = dataclasses.replace(rec, courses=(bad, *rec.courses[1:]))
    report = build_renewal(rec, 1, sample.AS_OF, sample.GENERATED, RULES)
    path = tmp_path / "controls.pdf"
    path.write_bytes(renewal_pdf(report, {}))
    qpdf_check(path)
    assert "Bell and null and" in "".join(pdf_pages_text(path))


def test_written_atomically_over_an_existing_file(demo_store, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "out.pdf"
    path.write_bytes(b"old")

    def broken(*_args: object) -> bytes:
        raise RuntimeError("renderer failed")

    monkeypatch.setattr("lmt_tracker.reports.api.renewal_pdf", broken)
    with pytest.raises(RuntimeError):
        write_renewal_pdf(demo_store, 2, path)
    assert path.read_bytes() == b"old"
    monkeypatch.undo()
    write_renewal_pdf(demo_store, 2, path)
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["out.pdf"]  # no temporary file left


def test_bad_target_and_credential_errors(demo_store, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="does not exist"):
        write_renewal_pdf(demo_store, 1, tmp_path / "missing" / "x.pdf")
    with pytest.raises(ReportError, match="is a folder"):
        write_renewal_pdf(demo_store, 1, tmp_path)
    with pytest.raises(ReportError, match="credential 77 does not exist"):
        write_renewal_pdf(demo_store, 77, tmp_path / "x.pdf")


def test_course_hours_of_other_lengths_are_explained(attached: Path) -> None:
    text = "".join(pdf_pages_text(attached))
    assert "entered as 2 hours of 50 minutes" in text


def test_a_page_that_will_not_draw_says_so(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    def refuse(*_args: object) -> None:
        raise ValueError("content stream is broken")

    monkeypatch.setattr("lmt_tracker.reports.certificates.fit_transform", refuse)
    report = build_renewal(_record_with_certificates(), 1, sample.AS_OF, sample.GENERATED, RULES)
    path = tmp_path / "refused.pdf"
    path.write_bytes(renewal_pdf(report, {c.sha256: c for c in CERTS}))
    qpdf_check(path)
    texts = pdf_pages_text(path)
    refused = [t for t in texts if "could not be drawn (content stream is broken)" in t]
    assert len(refused) == 3 and all(CERTS[0].sha256 in t for t in refused)


def test_a_certificate_shared_by_many_courses_keeps_its_page(tmp_path: Path) -> None:
    rec = sample.record()
    shared = CERTS[1]
    many = tuple(dataclasses.replace(rec.courses[3], id=100 + n, title=f"Workshop {n} " * 30,
                                     certificate_sha256=shared.sha256) for n in range(8))
    rec = dataclasses.replace(rec, courses=(*rec.courses, *many))
    report = build_renewal(rec, 1, sample.AS_OF, sample.GENERATED, RULES)
    path = tmp_path / "shared.pdf"
    path.write_bytes(renewal_pdf(report, {shared.sha256: shared}))
    texts = pdf_pages_text(path)
    (page,) = [t for t in texts if "stamp.png" in t]
    assert "… and 3 more courses (see the course list)" in page


def test_every_page_says_when_the_rules_were_checked(attached: Path) -> None:
    """Zedland's newest source was checked 2026-02-01 (report_sample.ENTRY_SOURCE)."""
    texts = pdf_pages_text(attached)
    assert all("rules checked 2026-02-01" in text for text in texts)
    assert "Rules checked" in texts[0]  # and in the header fields of the first page


def test_a_credential_that_cannot_be_judged_says_what_is_missing(tmp_path: Path) -> None:
    """Never "No hour requirement applies" for a licence whose rule asks 12 hours."""
    import datetime as dt

    from lmt_tracker.domain.core.records import Credential
    from lmt_tracker.rules.loader import load_all

    texas = Credential("state_license", "TX", "", "LMT", None, None, id=1)
    path = tmp_path / "tx.pdf"
    path.write_bytes(renewal_pdf(build_renewal(Record(None, credentials=(texas,)), 1,
                                               dt.date(2026, 12, 4), sample.GENERATED,
                                               load_all()), {}))
    text = squash(" ".join(pdf_pages_text(path)))
    assert squash("No hour requirement applies") not in text
    assert squash("No requirement could be judged yet") in text
    assert squash("Enter the expiry date printed on your credential") in text
    assert "UTC" not in text and squash("local time") in text
