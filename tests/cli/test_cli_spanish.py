"""The command line speaks Spanish under a Spanish environment: its own messages, errors
and the human output of status, eligibility, demo, calendar, reports, export and backups.

Each command runs in a fresh interpreter (``python -m lmt_tracker``) with ``LANGUAGE=es``,
since the language is chosen when the program starts, as on a therapist's machine. What
may stay in English is what the command line does not write itself: rule data (state
names, a rule's own labels and notes inside the findings' "- …" lines), the record's own
words, file paths, and option names and keys (``--out``, ``state_license``) that a script
or the user types. The core's sentences in those lines are in Spanish (``domain.core.
phrases``); JSON output stays as it is, in English.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
Run = subprocess.CompletedProcess[str]
# Words that mark a sentence as English ("use" and "No" are Spanish too: left out).
ENGLISH = re.compile(
    r"\b(the|and|your|with|of|is|are|this|that|from|for|not|you|what|when|yet|hours?|"
    r"courses?|credentials?|certificates?|graduates?|written|days?|left|compliant|apply|"
    r"regulated|unknown|exported|backed|imported|no such|choose|give|write|folder|"
    r"Demo|data|deadlines?|Renewal|summary|Exported|Backed)\b")


def _run(db: Path, *args: str, language: str = "es") -> Run:
    env = {**os.environ, "LANGUAGE": language, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "lmt_tracker", "--db", str(db), *args],
                          env=env, capture_output=True, text=True, timeout=120)


def _own_words(text: str) -> str:
    """What the command line wrote itself: findings' lines, paths and options taken out."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(("- ", "+ "))]
    rest = "\n".join(lines)
    rest = re.sub(r"\S*/\S*", " ", rest)  # file paths
    return re.sub(r"--[\w-]+|\b\w+_\w+\b|'lmt-tracker [^']*'", " ", rest)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    folder = tmp_path_factory.mktemp("es-cli")
    db = folder / "demo.sqlite3"
    runs = {"demo": _run(db, "demo")}
    runs["demo again"] = _run(db, "demo")
    runs["status"] = _run(db, "status", "--as-of", "2026-12-04")
    runs["status json"] = _run(db, "status", "--as-of", "2026-12-04", "--json")
    runs["eligibility"] = _run(db, "eligibility", "--states", "FL,CA", "--hours", "500",
                               "--exam", "mblex=pass", "--as-of", "2026-12-04")
    runs["unknown states"] = _run(db, "eligibility", "--states", "XX,YY")
    runs["bad date"] = _run(db, "status", "--as-of", "2026-13-01")
    runs["calendar"] = _run(db, "calendar", "--out", str(folder / "plazos.ics"))
    runs["renewal"] = _run(db, "report", "renewal", "--credential", "1",
                           "--out", str(folder / "resumen.pdf"))
    runs["export"] = _run(db, "export", "--out", str(folder / "todo.json"))
    runs["backup"] = _run(db, "backup", "--out", str(folder / "copia.sqlite3"))
    runs["bad out"] = _run(db, "backup", "--out", str(folder / "no-such" / "copia.sqlite3"))
    runs["audit"] = _run(db, "audit", str(ROOT / "resources" / "sample" / "class-example.csv"),
                         "--states", "FL,NY", "--as-of", "2026-12-04")
    runs["no such code"] = _run(db, "rules", "show", "ZZ")
    runs["backups"] = _run(db, "backups")
    runs["overrides"] = _run(db, "rules", "override", "list")
    runs["status en"] = _run(db, "status", "--as-of", "2026-12-04", language="en")
    return runs


# Hand-written from the Spanish catalog: (command, stream, words it must print).
SPANISH = [
    ("demo", "stderr", "Datos de demostración escritos en"),
    ("demo", "stderr", "5 credenciales, 30 cursos, 20 certificados, 40 egresados."),
    ("demo again", "stderr", "ya contiene registros; la demostración solo llena una base"),
    ("status", "stdout", "FL Licencia estatal MA98765: cumple (2025-09-01 – 2027-08-31, "
                         "quedan 270 días; 41 horas de EC contadas, 24 requeridas)"),
    ("status", "stdout", "NO cumple"),
    ("status", "stdout", "102,67 horas de EC contadas, 48 requeridas"),
    ("status", "stdout", "8 de 36 horas de EC"),
    ("status", "stdout", "sin requisito de EC"),
    ("eligibility", "stdout", "no regulado"),
    ("unknown states", "stderr", "--states: códigos desconocidos XX, YY;"),
    ("bad date", "stderr", "'2026-13-01' no es una fecha; use AAAA-MM-DD"),
    ("calendar", "stderr", "fechas límite escritas en"),
    ("renewal", "stderr", "Resumen de renovación escrito en"),
    ("export", "stderr", "Exportado a"),
    ("backup", "stderr", "Se respaldó"),
    ("bad out", "stderr", "no existe"),
    ("audit", "stdout", "egresados auditados frente a 2 jurisdicciones al 2026-12-04."),
    ("audit", "stdout", "elegible en 0 de 2; le falta en FL, NY"),
    ("no such code", "stderr", "no hay ninguna jurisdicción con el código 'ZZ'"),
    ("backups", "stdout", "Copia diaria"),
    ("overrides", "stdout", "No hay ajustes registrados."),
    # The core's findings, in Spanish (hand-written from the catalog's templates).
    ("status", "stdout", "      - Necesita 28 horas más de EC hasta el 2029-05-31 (8 de 36)\n"),
    ("status", "stdout", "      - El vencimiento impreso, 2029-05-31, difiere de la fecha que "
                         "prevé la regla (2030-08-31): se usa la fecha impresa; verifíquela en "
                         "su licencia\n"),
    ("status", "stdout", "      - Traspaso de horas de EC adicionales: sin verificar; consulte "
                         "con su junta (Not found.)\n"),  # the rule's own note stays as written
    ("eligibility", "stdout", "      - Edad mínima de 18 años: ingrese su fecha de nacimiento o "
                              "confirme que tiene al menos 18\n"),
    ("eligibility", "stdout", "      - Fecha de inicio del programa desconocida: evaluado según la "
                              "regla para programas que empiezan ahora; un programa empezado "
                              "antes del 2026-01-01 puede seguir una regla anterior; ingrese la "
                              "fecha de inicio\n"),
]


@pytest.mark.parametrize(("command", "stream", "words"), SPANISH)
def test_each_command_prints_its_words_in_spanish(outputs, command, stream, words) -> None:
    assert words in getattr(outputs[command], stream)


@pytest.mark.parametrize("command", ["demo", "demo again", "status", "eligibility",
                                     "unknown states", "bad date", "calendar", "renewal",
                                     "export", "backup", "bad out", "audit", "no such code",
                                     "backups", "overrides"])
def test_no_english_sentence_is_left_in_the_command_lines_own_words(outputs, command) -> None:
    run = outputs[command]
    own = _own_words(run.stdout + run.stderr)
    assert own.strip()
    assert ENGLISH.findall(own) == []


def test_the_check_would_see_english(outputs) -> None:
    """Not blind: the same status in English is caught, and the findings are what is skipped."""
    assert ENGLISH.search(_own_words(outputs["status en"].stdout))
    assert "Needs 28 more hours of CE" in outputs["status en"].stdout  # a finding, in English
    assert "Needs 28 more" not in outputs["status"].stdout  # and not in the Spanish one


def test_json_output_and_its_keys_stay_as_they_are(outputs) -> None:
    (first, *_rest) = json.loads(outputs["status json"].stdout)
    assert first["compliant"] is True and "counted_hours" in first
    assert "cumple" not in outputs["status json"].stdout
    # The findings' messages in the JSON are the core's English, whatever the language.
    assert "Needs 28 more hours of CE by 2029-05-31 (8 of 36)" in outputs["status json"].stdout
    assert "Necesita" not in outputs["status json"].stdout


# --help: the command line's own texts through the catalog, argparse's words through the
# "argparse" domain (lmt_tracker/locale/es/LC_MESSAGES/argparse.po).
HELP_SCRIPT = """
import json
from lmt_tracker.cli import build_parser
from lmt_tracker.cli.examples import walk
print(json.dumps({path: each.format_help() for path, each in walk(build_parser())}))
"""


@pytest.fixture(scope="module")
def spanish_help() -> dict[str, str]:
    env = {**os.environ, "LANGUAGE": "es", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", HELP_SCRIPT], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def test_every_commands_help_is_in_spanish(spanish_help, monkeypatch) -> None:
    from lmt_tracker import language
    from lmt_tracker.cli import build_parser
    from lmt_tracker.cli.help_language import help_texts

    monkeypatch.setattr(language, "_current", None)  # this process speaks English
    english = [t for t in help_texts(build_parser()) if len(t.split()) >= 3]
    assert len(spanish_help) > 30 and len(english) > 90
    for path, text in spanish_help.items():
        flat = " ".join(text.split())  # argparse wraps lines
        assert flat.startswith("uso: lmt-tracker"), path
        assert "mostrar este mensaje de ayuda y salir" in flat, path
        left = [t for t in english if " ".join(t.split()) in flat]
        assert left == [], path
    status = " ".join(spanish_help["status"].split())
    assert "opciones: -h, --help" in status
    assert "--as-of DATE evaluar como en esta fecha (por omisión: hoy)" in status
    assert "ejemplos: lmt-tracker status lmt-tracker status --as-of" in status
    assert "# abre la aplicación" in spanish_help[""]


def test_argparse_speaks_spanish_in_its_errors(tmp_path: Path) -> None:
    run = _run(tmp_path / "x.sqlite3", "report")
    assert run.returncode == 2
    assert "uso: lmt-tracker report" in run.stderr
    assert "error: se requieren los siguientes argumentos: REPORT" in run.stderr
    run = _run(tmp_path / "x.sqlite3", "frob")
    assert "opción no válida: 'frob' (elija entre 'demo'" in run.stderr


def test_the_argparse_catalog_is_compiled_and_names_argparses_words() -> None:
    import argparse
    import gettext

    po = ROOT / "lmt_tracker" / "locale" / "es" / "LC_MESSAGES" / "argparse.po"
    with po.with_suffix(".mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    source = Path(argparse.__file__).read_text(encoding="utf-8")
    pairs = re.findall(r'^msgid "(.+)"\nmsgstr "(.+)"$', po.read_text(encoding="utf-8"),
                       re.MULTILINE)
    assert len(pairs) > 15
    for msgid, msgstr in pairs:  # the .mo is the compiled .po
        assert compiled.gettext(msgid.replace("\\n", "\n")) == msgstr.replace("\\n", "\n")
    # The words every user meets are argparse's own (other wordings of newer Pythons
    # simply stay English until added).
    for word in ("usage: ", "the following arguments are required: %s",
                 "unrecognized arguments: %s"):
        assert f"'{word}'" in source and word in dict(pairs)
    assert compiled.ngettext("expected %s argument", "expected %s arguments", 2) == \
        "se esperaban %s argumentos"
