"""On a PostgreSQL server the app gives exactly what it gives on an SQLite file.

A school that moves its records to a shared server must see the same judgements,
the same exports and the same lists. Every command here runs once against a file
and once against a server database, and the outputs are compared byte for byte
(PDFs by their text without the minute they were made, calendars without their
time stamps).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from lmt_tracker.domain.core.records import (
    Bundle,
    ClassBundle,
    Course,
    Credential,
    ExamAttempt,
    Graduate,
    TrainingProgram,
)
from lmt_tracker.store import Store, open_database
from lmt_tracker.store.bulk import write_bundle

AS_OF = dt.date.today().isoformat()


@pytest.fixture
def file_and_server(tmp_path: Path, postgres_server) -> Iterator[tuple[str, str]]:
    url = postgres_server.create()
    yield str(tmp_path / "school.sqlite3"), url
    postgres_server.drop(url)


_GENERATED = re.compile(r"generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} local time")


def _pdf_text(path: Path) -> str:
    """A PDF's text without the minute it was made: two runs may straddle a minute."""
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    text = "\n".join(page.extract_text() for page in pages)
    masked, found = _GENERATED.subn("generated (time)", text)
    assert found or "generated" not in text, "the report's time stamp changed its shape"
    return masked


def _namespace(db: str) -> str:
    from lmt_tracker.reports.api import CALENDAR_NAMESPACE

    store = open_database(db)
    try:
        return store.setting(CALENDAR_NAMESPACE) or "no namespace"
    finally:
        store.close()


def _outputs(cli, db: str, folder: Path) -> dict[str, object]:
    """Everything the command line says about one database, as comparable values."""
    folder.mkdir()
    results: dict[str, object] = {}
    for name, args in {
        "demo": ["demo", "--courses", "20"],
        "status": ["status", "--as-of", AS_OF, "--json"],
        "eligibility": ["eligibility", "--as-of", AS_OF, "--json"],
        "export": ["export", "--out", str(folder / "export.json")],
        "calendar": ["calendar", "--as-of", AS_OF, "--out", str(folder / "deadlines.ics")],
        "renewal": ["report", "renewal", "--credential", "1", "--as-of", AS_OF,
                    "--out", str(folder / "renewal.pdf")],
        "transcript": ["report", "transcript", "--as-of", AS_OF,
                       "--out", str(folder / "transcript.pdf")],
    }.items():
        status, out, err = cli("--db", db, *args)
        assert status == 0, f"{name} on {db}: {err}"
        results[name] = out
    results["export.json"] = (folder / "export.json").read_bytes()
    # Each database draws its own random calendar namespace, which is part of every UID.
    namespace = re.escape(_namespace(db))
    results["deadlines.ics"] = [re.sub(namespace, "NS", line)
                                for line in (folder / "deadlines.ics").read_text().splitlines()
                                if not line.startswith("DTSTAMP")]
    results["renewal.pdf"] = _pdf_text(folder / "renewal.pdf")
    results["transcript.pdf"] = _pdf_text(folder / "transcript.pdf")
    return results


def test_demo_status_export_and_reports_are_identical_on_both_engines(
        cli, file_and_server, tmp_path: Path) -> None:
    sqlite_db, server_db = file_and_server
    on_file = _outputs(cli, sqlite_db, tmp_path / "file")
    on_server = _outputs(cli, server_db, tmp_path / "server")
    assert json.loads(on_file["status"]), "the demo should have credentials to judge"
    for key in on_file:
        assert on_server[key] == on_file[key], f"{key} differs between SQLite and PostgreSQL"


def _tricky_bundle() -> Bundle:
    """Records whose order depends on NULL placement and text collation if left to the server."""
    day = dt.date(2024, 5, 1)
    return Bundle(
        programs=(TrainingProgram("Zeta School", "", None, None, id=1),
                  TrainingProgram("alpha school", "", day, None, id=2),
                  TrainingProgram("Beta School", "", None, day, id=3)),
        exams=(ExamAttempt("mblex", "applied", applied_date=day, id=1),
               ExamAttempt("mblex", "failed", test_date=day, id=2),
               ExamAttempt("mblex", "applied", id=3)),
        credentials=(Credential("state_license", "FL", "1", "LMT", None, None, id=7),),
        courses=(Course("b", "p", day, Decimal(1), "in_person", id=40),),
        classes=tuple(
            ClassBundle(ident, school, name, tuple(
                Graduate(student, f"Student {student}", Decimal(500), id=ident * 100 + n)
                for n, student in enumerate(("b-2", "B-10", "a_1", "Émile", "_z", "10", "9"))))
            for ident, school, name in ((1, "north campus", "Spring"), (2, "North Campus", "fall"),
                                        (3, "North Campus", "Fall"), (4, "Ángel Academy", "x"))),
    )


def _lists(store: Store) -> dict[str, object]:
    classes = store.classes()
    return {
        "programs": store.programs(), "exams": store.exams(), "classes": classes,
        "graduates": [store.graduates(k.id) for k, _school, _n in classes],
    }


def test_lists_come_back_in_the_same_order_on_both_engines(file_and_server) -> None:
    stores = [open_database(target) for target in file_and_server]
    try:
        for store in stores:
            write_bundle(store, _tricky_bundle(), replace=False)
        on_file, on_server = (_lists(store) for store in stores)
        assert on_server == on_file
        assert [g.student_id for g in on_file["graduates"][0]] == [
            "10", "9", "B-10", "_z", "a_1", "b-2", "Émile"]
    finally:
        for store in stores:
            store.close()


def test_new_records_get_fresh_ids_after_a_load_with_ids_kept(file_and_server) -> None:
    """A bulk load keeps its ids; the next record saved in the app must not collide with them."""
    stores = [open_database(target) for target in file_and_server]
    try:
        for store in stores:
            write_bundle(store, _tricky_bundle(), replace=False)
            course = store.save_course(Course("new", "p", dt.date(2024, 1, 1), Decimal(1),
                                              "in_person"))
            credential = store.save_credential(
                Credential("state_license", "NY", "2", "LMT", None, None))
            assert (course.id, credential.id) == (41, 8)
            store.save_class("North Campus", "Winter", [Graduate("new", "New", Decimal(600))])
            # Loading again over the top (import --replace) restarts after the new largest ids.
            write_bundle(store, _tricky_bundle(), replace=True)
            assert store.save_course(Course("again", "p", dt.date(2024, 1, 1), Decimal(1),
                                            "in_person")).id == 41
    finally:
        for store in stores:
            store.close()
