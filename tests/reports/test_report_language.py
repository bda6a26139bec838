"""The PDFs in Spanish: the gettext catalog is complete, current and compiled, and the
renewal summary, the transcript and the school audit print their words in Spanish under a
Spanish environment, the core's findings included (rule data and records stay as written).

The PDFs are made in a fresh interpreter (``python -m lmt_tracker`` with ``LANGUAGE=es``)
because the language is chosen when the app starts, as on a therapist's machine.
"""

from __future__ import annotations

import gettext
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "lmt_tracker" / "locale" / "es" / "LC_MESSAGES" / "lmt_tracker.po"
MO = PO.with_suffix(".mo")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
#: The folders ``make i18n`` extracts the gettext catalog from (the Makefile's list): the
#: PDFs, the command line, the core's sentences (``domain.core.phrases``), the rules' facts
#: and the storage and class-file errors.
GETTEXT_SOURCES = ("reports", "cli", "domain", "rules", "store", "io")


def _unquote(lines: list[str]) -> str:
    text = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', "".join(lines)))
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), text)


def po_entries() -> dict[str, str]:
    """msgid → msgstr of the .po (the header excluded)."""
    entries: dict[str, str] = {}
    for block in PO.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("#")]
        if not lines:
            continue
        start = next(i for i, line in enumerate(lines) if line.startswith("msgstr"))
        msgid, msgstr = _unquote(lines[:start]), _unquote(lines[start:])
        if msgid:
            entries[msgid] = msgstr
    return entries


def test_every_entry_is_translated_and_keeps_its_placeholders() -> None:
    entries = po_entries()
    assert len(entries) > 300
    assert [k for k, v in entries.items() if not v.strip()] == []
    assert "#, fuzzy" not in PO.read_text(encoding="utf-8")
    assert [k for k, v in entries.items()
            if sorted(PLACEHOLDER.findall(k)) != sorted(PLACEHOLDER.findall(v))] == []


def test_the_compiled_catalog_holds_exactly_the_po() -> None:
    with MO.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    entries = po_entries()
    assert {k: compiled.gettext(k) for k in entries} == entries
    assert compiled.info().get("language") == "es"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs xgettext (gettext)")
def test_the_catalog_holds_every_string_of_the_reports_and_no_other(tmp_path: Path,
                                                                    monkeypatch) -> None:
    """The PDFs' words, the command line's messages, the core's sentences and --help's texts
    (``make i18n`` extracts them all: xgettext, then ``python -m lmt_tracker.cli.help_pot``)."""
    pot = tmp_path / "lmt_tracker.pot"
    sources = sorted(str(p) for folder in GETTEXT_SOURCES
                     for p in (ROOT / "lmt_tracker" / folder).rglob("*.py"))
    subprocess.run(["xgettext", "-L", "Python", "--from-code=UTF-8", "-k_", "-kN_", "-kph",
                    "--no-location", "-o", str(pot), *sources], check=True, capture_output=True)
    found = set()
    for block in pot.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("#")]
        if lines and lines[0].startswith("msgid"):
            start = next(i for i, line in enumerate(lines) if line.startswith("msgstr"))
            found.add(_unquote(lines[:start]))
    found.discard("")
    from lmt_tracker import language
    from lmt_tracker.cli import build_parser
    from lmt_tracker.cli.help_language import help_texts

    monkeypatch.setattr(language, "_current", None)  # the parser as written: English
    found |= set(help_texts(build_parser()))
    entries = set(po_entries())
    assert sorted(found - entries) == [], "new strings without Spanish: run make i18n"
    assert sorted(entries - found) == [], "Spanish for strings the code no longer has"


def test_the_vocabulary_marks_match_the_domain_words() -> None:
    from lmt_tracker.domain.core import vocabulary
    from lmt_tracker.domain.core.findings import RULE_KEY_LABELS
    from lmt_tracker.domain.core.words import word
    from lmt_tracker.reports import vocabulary_marks

    keys = set().union(*(v for v in vars(vocabulary).values()
                         if isinstance(v, frozenset) and all(isinstance(x, str) for x in v)))
    needed = {word(k) for k in keys} | set(RULE_KEY_LABELS.values())
    needed -= {"Licence"}  # the "licence" period-basis key: never printed
    assert sorted(needed - set(vocabulary_marks.WORDS)) == []


def test_the_language_follows_the_choice_and_falls_back_to_english() -> None:
    from lmt_tracker import language

    try:
        assert language.use("es") == "es"
        assert language._("Requirements") == "Requisitos"
        assert language._("a sentence no catalog has") == "a sentence no catalog has"
        assert language.use("de") == "en"  # no German catalog: English
        assert language._("Requirements") == "Requirements"
    finally:
        language.use(None)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def spanish_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("es-pdf")
    db = home / "demo.sqlite3"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "LANGUAGE": "es", "PYTHONPATH": str(ROOT)}

    def cli(*args: str) -> None:
        subprocess.run([sys.executable, "-m", "lmt_tracker", "--db", str(db), *args], env=env,
                       check=True, capture_output=True, timeout=240)

    cli("demo")
    cli("report", "renewal", "--credential", "1", "--out", str(home / "renewal.pdf"))
    cli("report", "transcript", "--out", str(home / "transcript.pdf"))
    sample = ROOT / "resources" / "sample" / "class-example.csv"
    cli("audit", str(sample), "--out", str(home / "audit.pdf"), "--school", "Escuela")
    return {name: _pdf_text(home / f"{name}.pdf") for name in ("renewal", "transcript", "audit")}


@pytest.mark.parametrize(("name", "spanish", "english"), [
    ("renewal", ["Resumen de renovación de educación continua", "Requisitos",
                 "Cursos que lo cumplen", "Ciclo de la licencia", "Declaración", "Firma",
                 "Página 1 de",
                 # the core's sentences: requirement names, course notes, reasons left out
                 "Horas de EC", "EC presencial",
                 "ingresado como 3 horas de 60 minutos = 3 horas de 50 minutos",
                 "antes de que empezara este período de EC el", ", 3 horas"],
     ["Continuing-education renewal summary", "Courses that meet it", "License cycle",
      "Attestation", "Printed name", "Page 1 of",
      # ("CE hours" is printed on the attached certificates themselves: the record's own)
      "In-person CE", "hours of 60 minutes", "before this CE period began",
      ", 3 hours",
      # FL.toml's labels of the ethics and human_trafficking topics: the requirement is
      # named in the vocabulary's Spanish instead
      "Professional ethics", "Human trafficking awareness"]),
    ("transcript", ["Certificado de estudios de formación inicial", "Programas de formación",
                    "Intentos de examen", "Anatomía y fisiología", "reglas verificadas el",
                    "MBLEx aprobado el", "Necesita 250 horas más de formación supervisada",
                    "Edad mínima de 18 años: cumplido"],
     # (a rule's own subject labels, in its findings, stay in English)
     ["Entry-level training transcript", "Training programs", "Exam attempts",
      "Hours by subject and delivery", "rules checked", "MBLEx passed", "Needs ",
      "more hours of", "— met", "Professional ethics"]),
    ("audit", ["Auditoría del grupo escolar", "Egresados elegibles por jurisdicción",
               "Carencias más comunes",
               # subjects short, named in the vocabulary's Spanish (TX.toml and FL.toml
               # label them "Anatomy", "Business": rule data)
               "Anatomía", "Negocios", "Necesita aprobar el examen de legislación "
               "(jurisprudencia) del estado"],
     ["School cohort audit", "Eligible graduates by jurisdiction", "Most common shortfalls",
      "Needs ", "Needs a passing result"]),
])
def test_each_pdf_prints_its_words_in_spanish(spanish_pdfs, name, spanish, english) -> None:
    text = " ".join(spanish_pdfs[name].split())
    assert [w for w in spanish if w not in text] == []
    assert [w for w in english if w in text] == []
