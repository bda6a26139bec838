"""A class file's problems in the user's language: map files, workbooks, cells, codes.

Each message is a phrase: its English reads as before (the tests beside this one and
the JSON rely on it) and ``language.said``/``say`` render it in Spanish, the TOML keys,
field names and the file's own values quoted as written. Expected sentences by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lmt_tracker import language
from lmt_tracker.domain.entry.cohort import UnknownJurisdictions
from lmt_tracker.io.class_cells import AmbiguousDates
from lmt_tracker.io.class_map_file import parse_map, read_map
from lmt_tracker.io.class_mapping import MappingError
from lmt_tracker.io.class_table import ClassFileError
from lmt_tracker.io.school_csv import parse_class_csv, read_class_file

TODAY = dt.date(2026, 12, 4)


@pytest.fixture
def spanish(monkeypatch):
    monkeypatch.setattr(language, "_current", language._current)  # both restored afterwards
    monkeypatch.setattr(language, "_chosen", language._chosen)
    language.use("es")


def _refused(data: dict[str, object]) -> MappingError:
    with pytest.raises(MappingError) as caught:
        parse_map(data, "map.toml")
    return caught.value


def test_map_file_problems_in_english_and_spanish(spanish, tmp_path: Path) -> None:
    unknown = _refused({"columns": {"Kines": "kinesiolgy"}})
    assert str(unknown) == (
        "map.toml: [columns] column 'Kines' is mapped to 'kinesiolgy', which is not a field; "
        "did you mean kinesiology? fields are the column names listed in Help › User guide, "
        "“A school's graduation audit” (student_id, name, total_hours, a subject key, …, or "
        "<state>_law_exam)")
    assert language.said(unknown) == (
        "map.toml: [columns] la columna 'Kines' está asignada a 'kinesiolgy', que no es un "
        "campo; ¿quiso decir kinesiology? los campos son los nombres de columna que enumera "
        "Ayuda › Guía del usuario, “La auditoría de egreso de una escuela” (student_id, name, "
        "total_hours, una clave de materia, …, o <state>_law_exam)")
    option = _refused({"columns": {"A": "name"}, "options": {"date_order": "backwards"}})
    assert str(option) == ("map.toml: [options] date_order = 'backwards': use \"day_first\" "
                           "or \"month_first\"")
    assert language.said(option) == ("map.toml: [options] date_order = 'backwards': use "
                                     "\"day_first\" o \"month_first\"")
    table = _refused({"colums": {}})
    assert language.said(table) == ("map.toml: tabla desconocida [colums]; un archivo de "
                                    "asignación tiene [columns] y [options]")
    twice = _refused({"columns": {"A": "name", "B": "name"}})
    assert language.said(twice) == ("map.toml: [columns] 'A' y 'B' están asignadas las dos a "
                                    "name; un campo ocupa una sola columna")
    with pytest.raises(MappingError) as caught:
        parse_map({})
    assert language.said(caught.value).startswith("el archivo de asignación: [columns] falta o "
                                                  "está vacía")
    broken = tmp_path / "map.toml"
    broken.write_text("[columns\n", encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        read_map(broken)
    assert language.said(caught.value).startswith("map.toml: no es TOML válido (")
    with pytest.raises(MappingError) as caught:
        read_map(tmp_path / "gone.toml")
    assert str(caught.value) == "gone.toml: no such file"
    assert language.said(caught.value) == "gone.toml: no existe ese archivo"


def test_cell_and_row_problems_in_spanish(spanish) -> None:
    text = ("student_id;name;total_hours;graduation_date\n"
            "A1;Ann;1.000;03/04/2025\nA1;Bo;500;05/06/2025\n")
    with pytest.raises(AmbiguousDates) as caught:
        parse_class_csv(text, TODAY)
    said = language.said(caught.value)
    assert said.startswith("columna graduation_date: cada fecha con barras, p. ej. 03/04/2025 "
                           "en la línea 2, se puede leer como día/mes y como mes/día")
    assert "every slash date" in str(caught.value)
    text = ("student_id;name;total_hours;graduation_date\n"
            "A1;Ann;1.000;2025-03-04\nB2;Bo;500;2025-06-05\nB2;Cy;600;2025-06-05\n")
    parsed = parse_class_csv(text, TODAY)
    messages = [language.say(str(e)) for e in parsed.errors]
    assert messages == [
        "línea 2, columna total_hours: '1.000' podría ser 1000 (un punto que agrupa los miles, "
        "como escriben las hojas de cálculo europeas) o 1.000 horas, y nada más en el archivo "
        "indica cuál; escríbalo sin el punto, o ponga decimal = \"comma\" (o \"point\") bajo "
        "[options] en un archivo de asignación (--map)",
        "línea 3, columna student_id: identificador del estudiante 'B2' repetido (también en "
        "la línea 4); deje una fila por estudiante",
        "línea 4, columna student_id: identificador del estudiante 'B2' repetido (también en "
        "la línea 3); deje una fila por estudiante"]


def _workbook(path: Path, *, hidden: bool = False) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Class"
    if hidden:
        raw = wb.create_sheet("Raw", 0)
        raw.sheet_state = "hidden"
        raw.append(["junk"])
    for row in (["student_id", "name", "total_hours"], ["A1", "Ann", 600], ["B2", "Bo", 500]):
        ws.append(row)
    ws.merge_cells("A3:B3")
    wb.save(path)
    return path


def test_workbook_problems_in_spanish(spanish, tmp_path: Path) -> None:
    from lmt_tracker.io.class_map_file import MapFile

    path = _workbook(tmp_path / "class.xlsx", hidden=True)
    parsed = read_class_file(path, TODAY)
    messages = [language.say(str(e)) for e in parsed.errors]
    assert messages == [
        "se omitió la hoja oculta 'Raw'; se leyó la hoja 'Class'",
        "línea 3: las celdas A3:B3 están combinadas; sepárelas y dé a cada celda su propio "
        "valor"]
    assert [str(e) for e in parsed.errors] == [
        "hidden sheet 'Raw' skipped; read sheet 'Class'",
        "line 3: cells A3:B3 are merged; unmerge them and give each cell its own value"]
    with pytest.raises(ClassFileError) as caught:
        read_class_file(path, TODAY, MapFile({}, sheet="Nope"))
    assert language.said(caught.value) == ("el libro no tiene la hoja 'Nope'; sus hojas: "
                                           "'Raw', 'Class'")


def test_unknown_jurisdictions_in_both_languages(spanish) -> None:
    one = UnknownJurisdictions(["ZZ"], ["TX", "FL"])
    assert str(one) == "unknown jurisdiction code ZZ; known: FL, TX"
    assert language.said(one) == "código de jurisdicción desconocido: ZZ; los conocidos: FL, TX"
    two = UnknownJurisdictions(["ZZ", "QQ"], ["TX"])
    assert str(two) == "unknown jurisdiction codes ZZ, QQ; known: TX"
    assert language.said(two) == ("códigos de jurisdicción desconocidos: ZZ, QQ; los "
                                  "conocidos: TX")
