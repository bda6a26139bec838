"""``lmt-tracker audit`` and ``certificate`` refusals under a Spanish locale.

A bad map file, an unknown state code, a workbook's notes and a file that is no
certificate are told in Spanish (``LANGUAGE=es``, a fresh interpreter as the user runs
it); the TOML keys, field names and the file's values stay as written. English is
unchanged. Expected sentences written by hand.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(folder: Path, *args: str, language: str = "es") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANGUAGE": language, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "lmt_tracker", "--db",
                           str(folder / "x.sqlite3"), *args], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=120)


def test_audit_with_a_bad_map_file_says_why_in_spanish(tmp_path: Path) -> None:
    (tmp_path / "map.toml").write_text('[columns]\n"Kines" = "kinesiolgy"\n', encoding="utf-8")
    (tmp_path / "class.csv").write_text("student_id,name,total_hours\nA1,Ann,600\n",
                                        encoding="utf-8")
    run = _run(tmp_path, "audit", "class.csv", "--map", "map.toml")
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr == (
        "lmt-tracker: error: --map: map.toml: [columns] la columna 'Kines' está asignada a "
        "'kinesiolgy', que no es un campo; ¿quiso decir kinesiology? los campos son los "
        "nombres de columna que enumera Ayuda › Guía del usuario, “La auditoría de egreso de "
        "una escuela” (student_id, name, total_hours, una clave de materia, …, o "
        "<state>_law_exam)\n")
    english = _run(tmp_path, "audit", "class.csv", "--map", "map.toml", language="en")
    assert english.stderr.startswith("lmt-tracker: error: --map: map.toml: [columns] column "
                                     "'Kines' is mapped to 'kinesiolgy', which is not a field; "
                                     "did you mean kinesiology?")
    (tmp_path / "map.toml").write_text('[columns]\n"A" = "name"\n[options]\nsheet = 3\n',
                                       encoding="utf-8")
    run = _run(tmp_path, "audit", "class.csv", "--map", "map.toml")
    assert run.stderr == ("lmt-tracker: error: --map: map.toml: [options] sheet = 3: use el "
                          "nombre de una hoja\n")


def test_unknown_states_and_workbook_notes_in_spanish(tmp_path: Path) -> None:
    from openpyxl import Workbook

    (tmp_path / "class.csv").write_text("student_id,name,total_hours\nA1,Ann,600\n",
                                        encoding="utf-8")
    run = _run(tmp_path, "audit", "class.csv", "--states", "ZZ,QQ")
    assert run.returncode == 2
    assert run.stderr.startswith("lmt-tracker: error: --states: códigos de jurisdicción "
                                 "desconocidos: ZZ, QQ; los conocidos: AK, AL")
    wb = Workbook()
    ws = wb.active
    ws.title = "Class"
    wb.create_sheet("Raw", 0).sheet_state = "hidden"
    for row in (["student_id", "name", "total_hours"], ["A1", "Ann", 600], ["B2", "Bo", 500]):
        ws.append(row)
    ws.merge_cells("A3:B3")
    wb.save(tmp_path / "class.xlsx")
    run = _run(tmp_path, "audit", "class.xlsx", "--states", "TX")
    assert run.returncode == 1
    assert run.stderr.splitlines()[:2] == [
        "class.xlsx: se omitió la hoja oculta 'Raw'; se leyó la hoja 'Class'",
        "class.xlsx: línea 3: las celdas A3:B3 están combinadas; sepárelas y dé a cada celda "
        "su propio valor"]
    for english in ("hidden", "skipped", "merged", "unmerge"):
        assert english not in run.stderr


def test_a_file_that_is_no_certificate_is_refused_in_spanish(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(b"hello")
    run = _run(tmp_path, "certificate", "read", "notes.txt")
    assert run.returncode == 2
    assert run.stderr == ("lmt-tracker: error: notes.txt: no es un archivo PDF, PNG ni JPEG; "
                          "guárdelo o escanéelo en uno de esos formatos\n")
    assert _run(tmp_path, "certificate", "read", "notes.txt", language="en").stderr == (
        "lmt-tracker: error: notes.txt: is not a PDF, PNG or JPEG file; save or scan it as one "
        "of those\n")


def _course(**changes: object) -> dict[str, object]:
    course: dict[str, object] = {
        "applies_to": None, "approvals": [], "certificate_sha256": None,
        "completed": "2026-11-14", "course_number": "", "delivery": "self_study",
        "hour_minutes": 60, "hours": "2", "id": 1, "notes": "", "provider": "Florida CE",
        "title": "Medical Errors", "topics": [{"hours": "2", "topic": "medical_errors"}]}
    return {**course, **changes}


def test_an_export_file_that_cannot_be_imported_says_why_in_spanish(tmp_path: Path) -> None:
    import json

    def refused(name: str, document: object, language: str = "es") -> str:
        (tmp_path / name).write_text(json.dumps(document), encoding="utf-8")
        run = _run(tmp_path, "import", name, language=language)
        assert run.returncode == 2
        return run.stderr

    header = {"format": "lmt-tracker-export", "format_version": 1}
    assert refused("other.json", {"format": "other"}) == (
        "lmt-tracker: error: other.json: no es una exportación de LMT Tracker (el formato es "
        "'other'); no se importó nada\n")
    assert refused("typed.json", {**header, "courses": [_course(completed=12)]}) == (
        "lmt-tracker: error: typed.json: courses[0].completed: se esperaba una fecha "
        "AAAA-MM-DD y se encontró 12; no se importó nada\n")
    invalid = {**header, "courses": [_course(hours="0", title="")]}
    assert refused("invalid.json", invalid) == (
        "lmt-tracker: error: invalid.json: courses[0].title: '' falta este dato; escríbalo; "
        "courses[0].hours: 0 es cero: ingrese las horas o los minutos impresos en el "
        "certificado; no se importó nada\n")
    assert refused("invalid.json", invalid, language="en") == (
        "lmt-tracker: error: invalid.json: courses[0].title: '' is required; enter some text; "
        "courses[0].hours: 0 is zero: enter the hours or the minutes printed on the "
        "certificate; nothing was imported\n")
