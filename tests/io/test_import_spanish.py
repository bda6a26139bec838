"""Importing an export file that cannot be used, said in Spanish: the file's place (its
JSON path) as written, the reason in Spanish, "no se importó nada" — and in English as
before. Expected Spanish written by hand from the catalog's terminology."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lmt_tracker import language
from lmt_tracker.io.bundle import DocumentError
from lmt_tracker.io.exchange import export_bytes, read_document


def _refusal(path: Path) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    return caught.value


def test_a_file_from_a_newer_version_in_spanish(tmp_path: Path, spanish) -> None:
    path = tmp_path / "nuevo.json"
    path.write_text(json.dumps({"format": "lmt-tracker-export", "format_version": 99}))
    refusal = _refusal(path)
    assert str(refusal).startswith("nuevo.json: written by a newer LMT Tracker (format 99;")
    assert language.said(refusal) == (
        "nuevo.json: escrito por un LMT Tracker más reciente (formato 99; esta versión lee "
        "hasta el 1); instale la versión más reciente para importarlo; no se importó nada")


def test_wrong_fields_are_named_in_spanish(demo_store, tmp_path: Path, spanish) -> None:
    document = json.loads(export_bytes(demo_store))
    document["credentials"][0]["expiry_date"] = "2020-02-31"
    document["courses"][0]["hours"] = 3
    document["credentials"][1]["number"] = 7
    path = tmp_path / "mal.json"
    path.write_text(json.dumps(document))
    refusal = _refusal(path)
    assert "credentials[0].expiry_date: expected a date YYYY-MM-DD, found '2020-02-31'" in \
        str(refusal)
    said = language.said(refusal)
    assert said.startswith("mal.json: ") and said.endswith("; no se importó nada")
    assert ("credentials[0].expiry_date: se esperaba una fecha AAAA-MM-DD y se encontró "
            "'2020-02-31'") in said
    assert "courses[0].hours: se esperaban horas como texto decimal y se encontró 3" in said
    assert "credentials[1].number: se esperaba texto y se encontró 7" in said
    assert "expected" not in said and "found" not in said and "nothing" not in said


def test_a_file_that_is_not_json_in_spanish(tmp_path: Path, spanish) -> None:
    path = tmp_path / "cortado.json"
    path.write_text('{"format": "lmt-tracker-export", "format_version": 1, "courses": [')
    said = language.said(_refusal(path))
    assert said.startswith("cortado.json: no es JSON completo (línea 1, columna ")
    assert said.endswith("el archivo está cortado o dañado; no se importó nada")
    (tmp_path / "carpeta.json").mkdir()
    assert language.said(_refusal(tmp_path / "carpeta.json")) == (
        "carpeta.json: es una carpeta; elija un archivo de exportación; no se importó nada")


def test_import_into_a_database_with_records_in_spanish(cli, tmp_path: Path, spanish) -> None:
    db = tmp_path / "demo.sqlite3"
    assert cli("--db", str(db), "demo")[0] == 0
    out = tmp_path / "copia.json"
    assert cli("--db", str(db), "export", "--out", str(out))[0] == 0
    status, _, err = cli("--db", str(db), "import", str(out))
    assert status != 0
    assert (f"{db} ya contiene registros; importe en una base de datos nueva (--db "
            "NUEVA.sqlite3) o pase --replace para reemplazarlos (antes se hace un respaldo)") in err
