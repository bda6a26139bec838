"""`certificate read` and `certificate add`: evidence printed, only complete courses stored."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from lmt_tracker.certificates import ocr
from tests.certificates.certificate_samples import SAMPLES, Sample, pdf_bytes, png_bytes

BY_NAME = {s.name: s for s in SAMPLES}


@pytest.fixture(autouse=True)
def fresh_ocr_lookup():
    ocr.forget()
    yield
    ocr.forget()


def _write(folder: Path, name: str, kind: str = "pdf") -> Path:
    folder.mkdir(exist_ok=True)
    sample = BY_NAME[name]
    path = folder / f"{name}.{kind}"
    path.write_bytes(pdf_bytes(sample) if kind == "pdf" else png_bytes(sample, width=1400))
    return path


def test_read_json_gives_each_field_with_its_evidence(cli, tmp_path: Path) -> None:
    path = _write(tmp_path, "classic")
    status, out, err = cli("certificate", "read", str(path), "--json")
    assert status == 0, err
    doc = json.loads(out)
    fields = doc["fields"]
    assert fields["title"]["value"] == "Ethics for Massage Therapists"
    assert fields["title"]["evidence"] == "has successfully completed Ethics for Massage Therapists"
    assert fields["title"]["confidence"] in ("high", "medium")
    assert fields["completed"]["value"] == "2025-03-05"
    assert "March 5, 2025" in fields["completed"]["evidence"]
    assert fields["hours"]["value"] == 3 and fields["hours"]["hour_minutes"] == 60
    assert fields["hours"]["evidence"] == "3.0 CE Hours"
    assert fields["delivery"]["value"] == "self_study"
    assert fields["participant"]["value"] == "Jane Q. Doe"
    assert [(a["body"], a["number"]) for a in doc["approvals"]] == [("NCBTMB", "451234-12"),
                                                                    ("FL", "50-12345")]
    assert doc["topics"][0]["key"] == "ethics"
    assert doc["source"] == "pdf_text" and doc["complete"] is True and doc["missing"] == []


def test_read_prints_words_for_people(cli, tmp_path: Path) -> None:
    status, out, _ = cli("certificate", "read", str(_write(tmp_path, "fifty")))
    assert status == 0
    assert "6 hours of 50 minutes (printed as 50-minute hours)" in out
    assert "from: '6 fifty-minute hours'" in out


def test_read_refuses_a_file_that_is_no_certificate(cli, tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("just some text, not a PDF at all")
    status, out, err = cli("certificate", "read", str(path))
    assert status == 2 and out == ""
    assert "notes.pdf" in err and "not a PDF, PNG or JPEG" in err


def test_add_stores_complete_certificates_and_lists_the_rest(cli, tmp_path: Path) -> None:
    folder = tmp_path / "certs"
    for name in ("classic", "labelled", "table"):
        _write(folder, name)
    blank = Sample("blank", BY_NAME["classic"].truth, (
        "Certificate of Completion", "Jane Q. Doe", "with thanks for your attendance today"))
    (folder / "blank.pdf").write_bytes(pdf_bytes(blank))
    db = str(tmp_path / "db.sqlite3")
    status, out, err = cli("--db", db, "certificate", "add", str(folder), "--yes", "--json")
    assert status == 1, err  # one file was not stored
    doc = json.loads(out)
    assert sorted(s["title"] for s in doc["stored"]) == [
        "Ethics for Massage Therapists", "Florida Laws and Rules", "Medical Errors Prevention"]
    assert [Path(r["file"]).name for r in doc["not_stored"]] == ["blank.pdf"]
    assert "course title" in doc["not_stored"][0]["reason"]

    from lmt_tracker.store import open_database

    store = open_database(db)
    try:
        courses = {c.title: c for c in store.courses()}
        ethics = courses["Ethics for Massage Therapists"]
        assert (ethics.provider, ethics.completed, ethics.hours, ethics.delivery) == (
            "Coastal Bodywork Institute", dt.date(2025, 3, 5), Decimal("3.0"), "self_study")
        assert [(a.body, a.number) for a in ethics.approvals] == [("NCBTMB", "451234-12"),
                                                                  ("FL", "50-12345")]
        cert = store.certificate(ethics.certificate_sha256)
        assert cert is not None and cert.file_name == "classic.pdf"
    finally:
        store.close()

    # Again: every file is now a duplicate, caught by its SHA-256.
    status, out, _ = cli("--db", db, "certificate", "add", str(folder / "classic.pdf"), "--yes")
    assert status == 1
    assert "already stored as course" in out and "the same certificate" in out


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract OCR is not installed")
def test_a_picture_of_a_stored_course_is_a_duplicate_by_title_date_provider(
        cli, tmp_path: Path) -> None:
    db = str(tmp_path / "db.sqlite3")
    assert cli("--db", db, "certificate", "add", str(_write(tmp_path, "labelled")),
               "--yes")[0] == 0
    status, out, _ = cli("--db", db, "certificate", "add",
                         str(_write(tmp_path, "labelled", "png")), "--yes")
    assert status == 1
    assert "the same title, date and provider" in out


def test_a_certificate_made_out_to_someone_else_is_not_stored(cli, tmp_path: Path) -> None:
    from lmt_tracker.domain.core.records import Therapist
    from lmt_tracker.store import open_database

    db = str(tmp_path / "db.sqlite3")
    store = open_database(db)
    store.save_therapist(Therapist("Ana", "Lopes"))
    store.close()
    status, out, _ = cli("--db", db, "certificate", "add", str(_write(tmp_path, "classic")),
                         "--yes")
    assert status == 1
    assert "made out to Jane Q. Doe, not to Ana Lopes" in out


def test_add_without_yes_and_no_terminal_stores_nothing(cli, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    status, _out, err = cli("--db", str(db), "certificate", "add",
                            str(_write(tmp_path, "classic")))
    assert status == 2 and "--yes" in err
    assert not db.exists()


def test_without_tesseract_pictures_are_listed_and_it_is_said_once(
        cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LMT_TRACKER_TESSERACT", str(tmp_path / "missing-tesseract"))
    a = _write(tmp_path / "a", "classic", "png")
    b = _write(tmp_path / "b", "labelled", "png")
    status, out, err = cli("--db", str(tmp_path / "db.sqlite3"), "certificate", "add", str(a),
                           str(b), "--yes")
    assert status == 1
    assert err.count("Tesseract OCR is not installed") == 1
    assert out.count("not stored") == 2


def test_a_minutes_certificate_is_stored_in_minutes(cli, tmp_path: Path) -> None:
    db = str(tmp_path / "db.sqlite3")
    status, out, err = cli("--db", db, "certificate", "add", str(_write(tmp_path, "minutes")),
                           "--yes", "--json")
    assert status == 0, out + err
    stored = json.loads(out)["stored"][0]
    assert (stored["hours"], stored["hour_minutes"]) == (180, 1)
