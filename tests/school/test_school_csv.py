"""The class-list reader: what Excel writes is read; every bad cell is named by line and column."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from lmt_tracker import paths
from lmt_tracker.domain.core.validation import graduate_problems
from lmt_tracker.io.class_table import ClassFileError
from lmt_tracker.io.school_csv import parse_class_csv, read_class_csv

TODAY = dt.date(2026, 6, 1)
HEAD = "student_id,name,total_hours,anatomy_physiology,online_hours,birth_date,mblex,mblex_date\n"


def parse(text: str | bytes):
    return parse_class_csv(text, TODAY)


def only_error(parsed):
    assert len(parsed.errors) == 1, parsed.errors
    return parsed.errors[0]


def test_the_example_file_reads_cleanly() -> None:
    parsed = read_class_csv(paths.resource("sample", "class-example.csv"), TODAY)
    assert parsed.errors == ()
    assert len(parsed.graduates) == 5
    assert [g.mblex for g in parsed.graduates] == ["pass", "pass", "fail", "scheduled", "none"]
    for g in parsed.graduates:  # what the reader accepts, the store accepts
        assert graduate_problems(g, TODAY) == []


def test_a_full_row_becomes_a_graduate() -> None:
    parsed = parse(HEAD + "A1,Ann Lee,600,150,50,1990-04-02,pass,2025-07-01\n")
    (g,) = parsed.graduates
    assert g.student_id == "A1" and g.name == "Ann Lee"
    assert g.total_hours == Decimal(600) and g.online_hours == Decimal(50)
    assert g.subject_hours == (("anatomy_physiology", Decimal(150)),)
    assert g.birth_date == dt.date(1990, 4, 2)
    assert (g.mblex, g.mblex_date) == ("pass", dt.date(2025, 7, 1))
    assert parsed.lines == (2,)


def test_utf8_with_a_byte_order_mark() -> None:
    data = "\ufeffstudent_id,name,total_hours\nA1,Ngọc Trần,500\n".encode()
    (g,) = parse(data).graduates
    assert g.name == "Ngọc Trần"


def test_semicolons_and_decimal_commas_from_european_excel() -> None:
    parsed = parse("student_id;name;total_hours;ethics\r\nA1;Lee, Ann;500,5;12,25\r\n")
    assert parsed.delimiter == ";"
    (g,) = parsed.graduates
    assert g.name == "Lee, Ann"
    assert g.total_hours == Decimal("500.5")
    assert g.subject_hours == (("ethics", Decimal("12.25")),)


def test_excel_quoting_commas_quotes_and_line_breaks_in_cells() -> None:
    text = ('student_id,name,total_hours\n'
            '"A1","O\'Brien, ""Sean""",600\n'
            'A2,"Two\nLines",500\n'
            'A3,Bad,abc\n')
    parsed = parse(text)
    assert [g.name for g in parsed.graduates] == ['O\'Brien, "Sean"', "Two\nLines"]
    assert parsed.lines == (2, 3)
    error = only_error(parsed)
    assert (error.line, error.column) == (5, "total_hours")  # the quoted break counts


def test_headers_are_forgiving_about_case_and_spaces_and_grouped_thousands() -> None:
    parsed = parse('Student ID,Name,Total Hours\nA1,Ann,"1,000"\n')
    assert parsed.graduates[0].total_hours == Decimal(1000)


def test_us_dates_blank_lines_and_short_rows() -> None:
    parsed = parse("student_id,name,total_hours,birth_date,mblex\n\nA1,Ann,500,4/2/1990\n\n")
    (g,) = parsed.graduates
    assert g.birth_date == dt.date(1990, 4, 2) and g.mblex == "none"
    assert parsed.rows_read == 1


@pytest.mark.parametrize(("row", "column", "words"), [
    (",Ann,500,,,,,", "student_id", "student id is missing"),
    ("A1,Ann,lots,,,,,", "total_hours", "not a number"),
    ("A1,Ann,500,-3,,,,", "anatomy_physiology", "negative"),
    ("A1,Ann,500,,,,,", None, None),
    ("A1,Ann,500,600,,,,", "anatomy_physiology", "more than total_hours"),
    ("A1,Ann,500,,600,,,", "online_hours", "more than total_hours"),
    ("A1,Ann,500,,,,passed?,", "mblex", "not an MBLEx result"),
    ("A1,Ann,500,,,1999-02-30,,", "birth_date", "not a real date"),
    ("A1,Ann,500,,,13/40/1999,,", "birth_date", "not a real date"),
    ("A1,Ann,500,,,next week,,", "birth_date", "not a date"),
    ("A1,Ann,500,,,2030-01-01,,", "birth_date", "in the future"),
    ("A1,Ann,500,,,,pass,2030-01-01", "mblex_date", "in the future"),
    ("A1,,500,,,,,", "name", "name is missing"),
    ("A1,Ann,,,,,,", "total_hours", "missing"),
    ("A1,Ann,NaN,,,,,", "total_hours", "not a number"),
    ("A1,Ann,20000,,,,,", "total_hours", "more than 10000"),
])
def test_each_kind_of_bad_cell_is_refused_with_line_and_column(
        row: str, column: str | None, words: str | None) -> None:
    parsed = parse(HEAD + "OK1,Good,500,,,,,\n" + row + "\n")
    assert parsed.graduates[0].student_id == "OK1"  # the good row is still read
    if column is None:
        assert parsed.errors == () and len(parsed.graduates) == 2
        return
    error = only_error(parsed)
    assert (error.line, error.column) == (3, column)
    assert words in error.message
    assert parsed.refused == 1 and len(parsed.graduates) == 1


def test_duplicate_ids_refuse_every_copy_and_name_the_other_line() -> None:
    parsed = parse("student_id,name,total_hours\nA1,Ann,500\nB2,Bob,500\nA1,Ann Again,600\n")
    assert [g.student_id for g in parsed.graduates] == ["B2"]
    assert [(e.line, e.column) for e in parsed.errors] == [(2, "student_id"), (4, "student_id")]
    assert "also on line 4" in parsed.errors[0].message
    assert "also on line 2" in parsed.errors[1].message


def test_several_problems_in_one_row_are_all_reported() -> None:
    parsed = parse(HEAD + ",Ann,x,-1,,1999-02-30,maybe,\n")
    assert {e.column for e in parsed.errors} == {
        "student_id", "total_hours", "anatomy_physiology", "birth_date", "mblex"}
    assert parsed.refused == 1


def test_dates_in_an_impossible_order() -> None:
    parsed = parse("student_id,name,total_hours,program_start,graduation_date\n"
                   "A1,Ann,500,2025-01-10,2024-12-01\n")
    error = only_error(parsed)
    assert error.column == "graduation_date" and "before program_start" in error.message


def test_subject_columns_adding_up_past_the_total() -> None:
    parsed = parse("student_id,name,total_hours,anatomy,physiology\nA1,Ann,100,60,60\n")
    error = only_error(parsed)
    assert error.column == "total_hours" and "add up to 120" in error.message


def test_a_row_with_extra_values_is_refused_not_shifted() -> None:
    parsed = parse("student_id,name,total_hours\nA1,Lee, Ann,500\n")
    error = only_error(parsed)
    assert error.line == 2 and error.column is None and "extra separator" in error.message


def test_unknown_columns_are_reported_with_a_suggestion_but_refuse_nothing() -> None:
    parsed = parse("student_id,name,total_hours,anatomy_physiolgy,notes\nA1,Ann,500,100,x\n")
    assert len(parsed.graduates) == 1 and parsed.refused == 0
    notes = {e.column: e for e in parsed.errors}
    assert set(notes) == {"anatomy_physiolgy", "notes"}
    assert "did you mean anatomy_physiology" in notes["anatomy_physiolgy"].message
    assert all(e.line == 1 and not e.refused for e in parsed.errors)


def test_line_numbers_follow_leading_blank_lines() -> None:
    parsed = parse("\n\nstudent_id,name,total_hours\nA1,Ann,x\n")
    assert only_error(parsed).line == 4


@pytest.mark.parametrize(("data", "words"), [
    (b"", "empty"),
    (b"PK\x03\x04rest-of-a-zip", "Excel workbook"),
    (b"\x00\x01\x02binary", "not a text file"),
    (b"student_id,name,total_hours\nA1,Andr\x81\xe9,500\n", "neither UTF-8 nor Windows-1252"),
    (b"student_id,name\nA1,Ann\n", "missing required column total_hours"),
    (b"code,person,amount\n1,Ann,500\n", "missing required columns student_id, name"),
    (b"student_id,name,total_hours\n", "no graduates"),
    (b"student_id,name,total_hours,ethics,Ethics\nA1,Ann,500,1,2\n", "appears twice"),
    (b'student_id,name,total_hours\nA1,"Ann,500\n', "unclosed quote"),
])
def test_unusable_input_raises(data: bytes, words: str) -> None:
    with pytest.raises(ClassFileError, match=None) as caught:
        parse(data)
    assert words in str(caught.value)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ClassFileError, match="no such file"):
        read_class_csv(tmp_path / "nope.csv")


def test_unnamed_columns_holding_data_are_noted() -> None:
    parsed = parse("student_id,name,total_hours,\nA1,Ann,500,\nB2,Bob,500,stray\n")
    assert len(parsed.graduates) == 2
    (note,) = parsed.errors
    assert note.column == "#4" and not note.refused


def test_the_guide_names_every_column() -> None:
    from lmt_tracker.io.class_mapping import KNOWN_COLUMNS

    guide = (Path(__file__).resolve().parents[2] / "docs" / "school-audit.md").read_text("utf-8")
    missing = [c for c in sorted(KNOWN_COLUMNS) if f"`{c}`" not in guide]
    assert missing == []


# -- online hours by subject (issue 16): per-subject delivery rules judge them

ONLINE_HEAD = "student_id,name,total_hours,anatomy_physiology,pathology,online_hours,"


def test_online_hours_by_subject_are_read_as_part_of_each_subject() -> None:
    parsed = parse(ONLINE_HEAD + "anatomy_physiology_online,pathology_online\n"
                   "A1,Ann,600,125,40,35,25,10\nB2,Bo,600,125,40,0,,\n")
    assert parsed.errors == ()
    a1, b2 = parsed.graduates
    assert a1.subject_online == (("anatomy_physiology", Decimal(25)), ("pathology", Decimal(10)))
    assert b2.subject_online is None  # no online hours: nothing to split
    for g in parsed.graduates:
        assert graduate_problems(g, TODAY) == []
    # a file without the columns does not say
    (c3,) = parse(HEAD + "C3,Cy,600,150,50,,,\n").graduates
    assert c3.subject_online is None


def test_a_subject_online_above_its_subject_names_row_column_value_and_fix() -> None:
    parsed = parse(ONLINE_HEAD + "anatomy_physiology_online\n"
                   "OK1,Good,600,125,40,20,20\nA1,Ann,600,25,40,30,30\n")
    assert [g.student_id for g in parsed.graduates] == ["OK1"]
    error = only_error(parsed)
    assert (error.line, error.column) == (3, "anatomy_physiology_online")
    assert error.message.startswith("30 online hours are more than the anatomy_physiology "
                                    "column's 25")
    assert "anatomy_physiology must be at least 30" in error.message


def test_subject_online_columns_above_the_online_total_are_refused() -> None:
    parsed = parse(ONLINE_HEAD + "anatomy_physiology_online,pathology_online\n"
                   "A1,Ann,600,125,40,20,15,10\n")
    error = only_error(parsed)
    assert (error.line, error.column) == (2, "online_hours")
    assert "20 is less than the per-subject online columns' 25" in error.message
    assert "online_hours must be at least 25" in error.message
    # without an online_hours column the fix says to add one
    parsed = parse("student_id,name,total_hours,pathology,pathology_online\nA1,Ann,600,40,10\n")
    error = only_error(parsed)
    assert error.column == "online_hours" and "add an online_hours column" in error.message


def test_a_subject_online_cell_that_is_not_a_number() -> None:
    parsed = parse(ONLINE_HEAD + "pathology_online\nA1,Ann,600,125,40,10,ten\n")
    error = only_error(parsed)
    assert (error.line, error.column) == (2, "pathology_online")
    assert "'ten' is not a number" in error.message


def test_synonyms_map_online_subject_headers() -> None:
    parsed = parse("student_id,name,total_hours,A&P,A&P Online,online_hours\nA1,Ann,600,125,5,5\n")
    (g,) = parsed.graduates
    assert g.subject_online == (("anatomy_physiology", Decimal(5)),)
