"""``lmt-tracker report …`` and ``lmt-tracker calendar``: files out, clear errors, exit codes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pdfcheck import qpdf_check


def test_report_renewal(cli, demo_store, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "ny.pdf"
    status, stdout, stderr = cli("--db", str(db_path), "report", "renewal", "--credential", "2",
                                 "--out", str(out), "--as-of", "2026-12-01")
    assert (status, stdout) == (0, "")
    assert f"Renewal summary written to {out}" in stderr
    qpdf_check(out)


def test_report_renewal_errors(cli, demo_store, db_path: Path, tmp_path: Path) -> None:
    db = ("--db", str(db_path))
    status, _, err = cli(*db, "report", "renewal", "--credential", "42", "--out",
                         str(tmp_path / "x.pdf"))
    assert status != 0 and "credential 42 does not exist; known credentials: 1 (FL" in err
    amta = next(c for c in demo_store.credentials() if c.jurisdiction == "AMTA")
    demo_store.save_credential(dataclasses.replace(amta, status="retired"))
    status, _, err = cli(*db, "report", "renewal", "--credential", str(amta.id), "--out",
                         str(tmp_path / "x.pdf"))
    assert status != 0 and "is retired" in err
    status, _, err = cli(*db, "report", "renewal", "--credential", "1", "--out",
                         str(tmp_path / "x.txt"))
    assert status != 0 and "must end in .pdf" in err
    status, _, err = cli(*db, "report", "renewal", "--credential", "1", "--out",
                         str(tmp_path / "nowhere" / "x.pdf"))
    assert status != 0 and "does not exist" in err
    status, _, err = cli(*db, "report", "renewal", "--credential", "1", "--out",
                         str(tmp_path / "x.pdf"), "--as-of", "31/12/2026")
    assert status != 0 and "is not a date" in err
    assert not (tmp_path / "x.pdf").exists()


def test_report_on_a_database_that_does_not_exist(cli, tmp_path: Path) -> None:
    status, _, err = cli("--db", str(tmp_path / "none.sqlite3"), "report", "transcript",
                         "--out", str(tmp_path / "t.pdf"))
    assert status != 0 and err.startswith("lmt-tracker: error:")
    assert not (tmp_path / "none.sqlite3").exists()


def test_report_transcript(cli, demo_store, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.pdf"
    status, _, err = cli("--db", str(db_path), "report", "transcript", "--out", str(out),
                         "--states", "fl, ca")
    assert status == 0, err
    qpdf_check(out)
    status, _, err = cli("--db", str(db_path), "report", "transcript", "--out", str(out),
                         "--states", "XX")
    assert status != 0 and "no rule file for 'XX'" in err
    status, _, err = cli("--db", str(db_path), "report", "transcript", "--out", str(out),
                         "--states", ",")
    assert status != 0 and "--states" in err


def test_calendar_command(cli, demo_store, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "d.ics"
    status, stdout, err = cli("--db", str(db_path), "calendar", "--out", str(out))
    assert (status, stdout) == (0, "")
    assert "5 deadlines written" in err
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    status, _, err = cli("--db", str(db_path), "calendar", "--out", str(tmp_path / "d.pdf"))
    assert status != 0 and "must end in .ics" in err
