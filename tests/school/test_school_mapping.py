"""A school's own spreadsheet as it is: foreign headers, Excel encodings, European dates
and numbers, workbooks — read identically to the canonical CSV, or refused with the fix."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from lmt_tracker.io.class_cells import AmbiguousDates
from lmt_tracker.io.class_map_file import parse_map, read_map, to_toml
from lmt_tracker.io.class_mapping import MappingError, propose
from lmt_tracker.io.class_table import ClassFileError
from lmt_tracker.io.school_csv import parse_class_csv, read_class_file

TODAY = dt.date(2026, 12, 4)
CANONICAL = ("student_id,name,total_hours,anatomy_physiology,kinesiology,pathology,"
             "mblex,graduation_date,tx_law_exam\n"
             "A1,Ann Lee,750,165,60,45,pass,2025-05-30,pass\n"
             "B2,Bo Chen,500,100,40,20,fail,2025-06-13,none\n")
FOREIGN = ("Student #,Full Name,Hours Completed,A&P,Kines,Path,MBLEx Result,Grad Date,"
           "TX Jurisprudence,Advisor\n"
           "A1,Ann Lee,750,165,60,45,Passed,5/30/2025,pass,Dr Ray\n"
           "B2,Bo Chen,500,100,40,20,failed,6/13/2025,,Dr Ray\n")


def test_common_header_names_are_recognised() -> None:
    m = propose(["Student #", "Hours Completed", "A&P", "Kines", "Path", "Student", "DOB"])
    assert m.fields == ("student_id", "total_hours", "anatomy_physiology", "kinesiology",
                        "pathology", "name", "birth_date")
    assert set(m.how) == {"synonym"}


def test_closeness_only_when_asked_and_a_field_goes_to_one_column() -> None:
    assert propose(["Pathlogy"]).fields == (None,)
    assert propose(["Pathlogy"], closeness=True).fields == ("pathology",)
    m = propose(["pathology", "Path"])
    assert m.fields == ("pathology", None)


def test_foreign_headers_read_like_the_canonical_file() -> None:
    foreign = parse_class_csv(FOREIGN, TODAY)
    canonical = parse_class_csv(CANONICAL, TODAY)
    assert foreign.refused == 0 and canonical.refused == 0
    assert foreign.graduates == canonical.graduates
    assert foreign.graduates[0].state_exams == (("TX", "jurisprudence", "pass"),)
    notes = " ".join(e.message for e in foreign.errors)
    assert "'Student #' as student_id" in notes and "unknown column 'advisor'" in notes


def test_a_law_exam_column_is_judged_by_its_state_only() -> None:
    from lmt_tracker.domain.entry.cohort import audit_cohort, choose
    from lmt_tracker.rules.loader import load_all

    rules = load_all()
    text = ("student_id,name,total_hours,mblex,tx_law_exam\n"
            "A1,Ann,500,pass,pass\nB2,Bo,500,pass,\n")
    audit = audit_cohort(parse_class_csv(text, TODAY).graduates,
                         choose(rules, ["TX"], TODAY), TODAY)
    messages = [[f.key for f in r.results[0].findings if f.status == "short"]
                for r in audit.rows]
    assert not any("jurisprudence" in k for k in messages[0])  # passed: met in Texas
    assert any("jurisprudence" in k for k in messages[1])  # not passed: short


def test_map_file_round_trip_and_its_mistakes(tmp_path: Path) -> None:
    m = propose(["Stu", "Who", "Hrs", "Notes"], {"Stu": "student_id", "Who": "name",
                                                 "Hrs": "total_hours", "Notes": ""},
                date_order="day_first")
    path = tmp_path / "map.toml"
    path.write_text(to_toml(m), encoding="utf-8")
    back = read_map(path)
    assert back.columns == {"Stu": "student_id", "Who": "name", "Hrs": "total_hours",
                            "Notes": ""}
    assert back.date_order == "day_first"
    with pytest.raises(MappingError, match="'kinesiolgy', which is not a field; did you mean "
                       "kinesiology"):
        parse_map({"columns": {"Kines": "kinesiolgy"}})
    with pytest.raises(MappingError, match="'A' and 'B' are both mapped to name"):
        parse_map({"columns": {"A": "name", "B": "name"}})
    with pytest.raises(MappingError, match="date_order = 'dmy': use \"day_first\""):
        parse_map({"columns": {"A": "name"}, "options": {"date_order": "dmy"}})


def test_cp1252_and_utf16_unicode_text_are_read_with_a_note() -> None:
    text = "student_id,name,total_hours\nA1,Chloé Müller,500\n"
    cp = parse_class_csv(text.encode("cp1252"), TODAY)
    assert cp.graduates[0].name == "Chloé Müller" and cp.encoding == "cp1252"
    assert any("Windows-1252" in e.message and not e.refused for e in cp.errors)
    tabbed = text.replace(",", "\t").replace("\n", "\r\n")
    u16 = parse_class_csv(tabbed.encode("utf-16"), TODAY)  # Excel "Unicode Text": BOM + tabs
    assert u16.graduates[0].name == "Chloé Müller" and u16.delimiter == "\t"
    assert any("UTF-16" in e.message for e in u16.errors)


def test_semicolon_dates_settled_by_a_value_or_refused_naming_the_column() -> None:
    settled = ("student_id;name;total_hours;graduation_date\n"
               "A1;Ann;500;04/03/2025\nB2;Bo;500;25/03/2025\n")
    parsed = parse_class_csv(settled, TODAY)
    assert [g.graduation_date for g in parsed.graduates] == [dt.date(2025, 3, 4),
                                                            dt.date(2025, 3, 25)]
    assert any("25/03/2025 on line 3 settles it" in e.message for e in parsed.errors)
    unsettled = "student_id;name;total_hours;graduation_date\nA1;Ann;500;04/03/2025\n"
    with pytest.raises(AmbiguousDates, match=r"column graduation_date: every slash date, e\.g\. "
                       r"04/03/2025 on line 2") as caught:
        parse_class_csv(unsettled, TODAY)
    assert caught.value.columns == ("graduation_date",)
    assert "date_order" in str(caught.value)
    chosen = propose(["student_id", "name", "total_hours", "graduation_date"],
                     date_order="day_first")
    assert parse_class_csv(unsettled, TODAY, chosen).graduates[0].graduation_date == \
        dt.date(2025, 3, 4)


def test_comma_files_keep_us_dates_and_mixed_orders_are_refused() -> None:
    us = parse_class_csv("student_id,name,total_hours,graduation_date\nA1,Ann,500,04/03/2025\n",
                         TODAY)
    assert us.graduates[0].graduation_date == dt.date(2025, 4, 3)
    with pytest.raises(ClassFileError, match="mixes day/month dates"):
        parse_class_csv("student_id,name,total_hours,graduation_date\n"
                        "A1,Ann,500,13/03/2025\nB2,Bo,500,03/13/2025\n", TODAY)


def test_dotted_thousands_follow_the_files_convention() -> None:
    comma = "student_id;name;total_hours;ethics\nA1;Ann;1.000;12,5\n"
    assert parse_class_csv(comma, TODAY).graduates[0].total_hours == Decimal(1000)
    point = "student_id;name;total_hours;ethics\nA1;Ann;600.5;1.000\n"
    assert parse_class_csv(point, TODAY).graduates[0].subject_hours == (("ethics",
                                                                         Decimal("1.000")),)
    unknown = parse_class_csv("student_id;name;total_hours\nA1;Ann;1.000\nB2;Bo;600\n", TODAY)
    (error,) = [e for e in unknown.errors if e.refused]
    assert (error.line, error.column) == (2, "total_hours")
    assert "'1.000' could be 1000" in error.message
    assert [g.student_id for g in unknown.graduates] == ["B2"]


def _workbook(path: Path, rows: list[list[object]], *, hidden_first: bool = False,
              merge: str | None = None) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Class"
    if hidden_first:
        raw = wb.create_sheet("Raw", 0)
        raw.sheet_state = "hidden"
        raw.append(["junk"])
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    wb.save(path)
    return path


def test_a_workbook_of_the_same_class_reads_identically(tmp_path: Path) -> None:
    rows: list[list[object]] = [FOREIGN.splitlines()[0].split(","),
                                ["A1", "Ann Lee", 750, 165.0, 60, 45, "Passed",
                                 dt.datetime(2025, 5, 30), "pass", "Dr Ray"],
                                ["B2", "Bo Chen", 500, 100, 40, 20, "failed",
                                 dt.datetime(2025, 6, 13), None, "Dr Ray"]]
    book = read_class_file(_workbook(tmp_path / "class.xlsx", rows, hidden_first=True), TODAY)
    assert book.kind == "xlsx" and book.refused == 0
    assert book.graduates == parse_class_csv(CANONICAL, TODAY).graduates
    assert any("hidden sheet 'Raw' skipped" in e.message for e in book.errors)


def test_workbook_problems_name_the_cell(tmp_path: Path) -> None:
    rows: list[list[object]] = [["student_id", "name", "total_hours", "graduation_date"],
                                ["A1", "Ann", 500, 45807], ["B2", "Bo", "=1+1", None],
                                ["C3", "Cy", 500, None], ["D4", "Di", 500, None]]
    path = _workbook(tmp_path / "bad.xlsx", rows, merge="A4:B5")
    parsed = read_class_file(path, TODAY)
    refused = {e.line: e.message for e in parsed.errors if e.refused}
    assert "cell D2: '45807' is a date stored as a number" in refused[2]
    assert "cell C3 holds a formula (=1+1) with no saved result" in refused[3]
    assert "cells A4:B5 are merged" in refused[4] and "cells A4:B5 are merged" in refused[5]
    with pytest.raises(ClassFileError, match="no sheet 'Nope'; its sheets: 'Class'"):
        from lmt_tracker.io.class_map_file import MapFile

        read_class_file(path, TODAY, MapFile({}, sheet="Nope"))


def test_damaged_workbooks_are_refused_never_a_traceback(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "good.xlsx", [["student_id", "name", "total_hours"],
                                              ["A1", "Ann", 500]]).read_bytes()
    for n, data in enumerate([b"PK\x03\x04" + b"\x00" * 200, good[: len(good) // 2],
                              good[:-40], good.replace(b"sheet1", b"sheetX")]):
        path = tmp_path / f"bad{n}.xlsx"
        path.write_bytes(data)
        with pytest.raises(ClassFileError) as caught:
            read_class_file(path, TODAY)
        assert str(caught.value)
