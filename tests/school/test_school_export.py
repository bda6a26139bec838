"""The CSV export: one row per graduate, inert in a spreadsheet whatever the names hold."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from lmt_tracker.domain.entry.cohort import audit_cohort, choose
from lmt_tracker.io.audit_export import audit_csv_bytes, neutralise, write_audit_csv
from lmt_tracker.io.school_csv import parse_class_csv
from lmt_tracker.rules.loader import load_all

AS_OF = dt.date(2026, 6, 1)


@pytest.mark.parametrize("text", ["=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx",
                                  '=HYPERLINK("http://evil","x")'])
def test_formula_starts_get_an_apostrophe(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["Ann Lee", "a=b", "1+1", "", "'quoted", "O'Brien"])
def test_ordinary_text_is_untouched(text: str) -> None:
    assert neutralise(text) == text


def test_the_export_neutralises_names_and_ids(tmp_path: Path) -> None:
    rows = ("student_id,name,total_hours,mblex\n"
            '"=cmd|\' /C calc\'!A0","=HYPERLINK(""http://x"")",600,pass\n'
            '@id,"+Lee, Ann",500,none\n'
            "-7,Zoë Müller,500,none\n")
    parsed = parse_class_csv(rows, AS_OF)
    assert len(parsed.graduates) == 3
    audit = audit_cohort(parsed.graduates, choose(load_all(), ["TX", "FL"], AS_OF), AS_OF)
    out = tmp_path / "audit.csv"
    size = write_audit_csv(audit, out)
    data = out.read_bytes()
    assert size == len(data) and data.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0] == ["student_id", "name", "eligible_in", "TX", "FL"]
    for row in table[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert table[1][:2] == ["'=cmd|' /C calc'!A0", "'=HYPERLINK(\"http://x\")"]
    assert table[2][:2] == ["'@id", "'+Lee, Ann"]
    assert table[3][:2] == ["'-7", "Zoë Müller"]
    assert table[3][3].startswith("short: ") and "MBLEx" in table[3][3]


def test_cells_say_eligible_short_or_not_regulated() -> None:
    parsed = parse_class_csv("student_id,name,total_hours\nA1,Ann,500\n", AS_OF)
    every = load_all()
    unregulated = [c for c, j in sorted(every.items()) if j.current(AS_OF).regulation == "none"]
    codes = ["TX", unregulated[0]]
    audit = audit_cohort(parsed.graduates, choose(every, codes, AS_OF), AS_OF)
    table = list(csv.reader(io.StringIO(audit_csv_bytes(audit).decode("utf-8-sig"))))
    assert table[1][2] == "0"
    assert table[1][3].startswith("short: Needs")
    assert table[1][4] == "not regulated"
