"""``lmt-tracker audit``: the JSON contract and the exit statuses 0, 1 and 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lmt_tracker import paths

EXAMPLE = str(paths.resource("sample", "class-example.csv"))
BAD = ("student_id,name,total_hours,mblex,colour\n"
       "A1,Ann Lee,600,pass,red\n"
       "A2,Bob Roe,-5,pass,blue\n"
       "A3,Cy Day,500,maybe,green\n")


@pytest.fixture
def bad_csv(tmp_path: Path) -> str:
    path = tmp_path / "class.csv"
    path.write_text(BAD, encoding="utf-8")
    return str(path)


def test_json_contract_every_row_read(cli) -> None:
    status, out, _err = cli("audit", EXAMPLE, "--states", "TX,FL", "--json")
    assert status == 0
    doc = json.loads(out)
    assert set(doc) == {"format", "as_of", "jurisdictions", "graduates", "judgements",
                        "legend", "errors"} and doc["errors"] == []
    assert [j["code"] for j in doc["jurisdictions"]] == ["TX", "FL"]
    assert len(doc["graduates"]) == 5
    first = doc["graduates"][0]
    assert {"student_id", "name", "eligible_in", "judgement"} <= set(first)
    results = doc["judgements"][first["judgement"]]
    assert [r["code"] for r in results] == ["TX", "FL"]
    for result in results:
        assert {"code", "eligible"} <= set(result)
        assert result["eligible"] in (True, False, None)
        for item in result.get("missing", []):
            assert {"key", "needed", "have"} <= set(item) <= {"key", "needed", "have", "status"}
            assert set(doc["legend"][result["code"]][item["key"]]) == {
                "kind", "label", "message", "source"}


def test_refused_rows_exit_1_and_the_rest_are_audited(cli, bad_csv: str) -> None:
    status, out, err = cli("audit", bad_csv, "--states", "TX", "--json")
    assert status == 1
    doc = json.loads(out)
    assert [g["student_id"] for g in doc["graduates"]] == ["A1"]  # the only row read
    errors = {(e["line"], e["column"]) for e in doc["errors"]}
    assert errors == {(1, "colour"), (3, "total_hours"), (4, "mblex")}
    assert all(set(e) == {"line", "column", "message"} for e in doc["errors"])
    assert "2 of 3 rows refused" in err and "line 3, column total_hours" in err


@pytest.mark.parametrize("args", [
    ("audit", "no-such-file.csv"),
    ("audit", EXAMPLE, "--states", "TX,ZZ"),
    ("audit", EXAMPLE, "--save"),
    ("audit", EXAMPLE, "--out", "report.docx"),
])
def test_unusable_requests_exit_2(cli, args: tuple[str, ...]) -> None:
    status, out, err = cli(*args)
    assert status == 2 and out == "" and err.startswith("lmt-tracker: error:")


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\x00\x00", b"id;hours\n1;500\n"])
def test_not_a_class_list_exits_2(cli, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    status, out, err = cli("audit", str(path), "--json")
    assert status == 2 and out == ""
    assert "x.csv" in err


def test_save_twice_updates_without_duplicates(cli, db_path: Path, tmp_path: Path) -> None:
    args = ("--db", str(db_path), "audit", EXAMPLE, "--states", "TX",
            "--save", "--school", "Gulf Coast", "--class", "2025")
    status, _out, err = cli(*args)
    assert status == 0 and "5 graduates added, 0 updated" in err
    status, _out, err = cli(*args)
    assert status == 0 and "0 graduates added, 5 updated" in err
    from lmt_tracker.store import open_database

    store = open_database(str(db_path))
    try:
        [(klass, school, count)] = store.classes()
        assert (school, klass.name, count) == ("Gulf Coast", "2025", 5)
    finally:
        store.close()


def test_nothing_is_stored_without_save(cli, db_path: Path) -> None:
    status, _out, _err = cli("--db", str(db_path), "audit", EXAMPLE, "--states", "TX")
    assert status == 0 and not db_path.exists()


def test_out_writes_csv_and_pdf(cli, tmp_path: Path, bad_csv: str) -> None:
    for name in ("audit.csv", "audit.pdf"):
        out = tmp_path / name
        status, stdout, err = cli("audit", bad_csv, "--states", "TX,NY", "--out", str(out))
        assert status == 1 and out.stat().st_size > 0 and f"Wrote {out}" in err
        assert "1 graduates audited against 2 jurisdictions" in stdout
    assert (tmp_path / "audit.pdf").read_bytes().startswith(b"%PDF")


def test_online_clinic_hours_by_subject_are_judged_by_the_audit(cli, tmp_path: Path) -> None:
    """Michigan (MCL 333.17959(1)(d)(i)(B), R 338.722a): the supervised clinic counts only in
    person. A1's file row puts 15 of its 75 clinic hours online: 60 of 75. B2 gives only an
    online total: which subjects it was in is to confirm (no number needed). C3 is
    refused: more online clinic hours than clinic hours."""
    path = tmp_path / "class.csv"
    path.write_text(
        "student_id,name,total_hours,clinical_practicum,massage_theory_technique,"
        "anatomy_physiology,pathology,ethics,business,electives,online_hours,"
        "clinical_practicum_online,program_start\n"
        "A1,Ann Lee,625,75,200,125,40,10,15,160,15,15,2021-09-01\n"
        "B2,Bob Roe,625,75,200,125,40,10,15,160,15,,2021-09-01\n"
        "C3,Cy Day,625,75,200,125,40,10,15,160,90,80,2021-09-01\n",
        encoding="utf-8",
    )
    status, out, _err = cli("audit", str(path), "--states", "MI", "--json")
    assert status == 1
    doc = json.loads(out)
    assert [(e["line"], e["column"]) for e in doc["errors"]] == [(4, "clinical_practicum_online")]
    missing = {
        g["student_id"]: {
            m["key"].partition("#")[0]: m for m in doc["judgements"][g["judgement"]][0]["missing"]
        }
        for g in doc["graduates"]
    }
    clinic = missing["A1"]["clinical_practicum"]
    assert (clinic["needed"], clinic["have"]) == (75, 60)
    assert "status" not in clinic  # a real shortfall, not an item to confirm
    b2 = missing["B2"]["clinical_practicum"]
    assert b2["have"] is None and b2["status"] == "to_confirm"
    # The two findings read differently, so the legend keeps one entry for each.
    assert doc["legend"]["MI"][clinic["key"]]["label"] == "Supervised student clinic"
    assert "which hours were online" in doc["legend"]["MI"][b2["key"]]["label"]
