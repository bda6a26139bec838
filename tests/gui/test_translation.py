"""Spanish, and room for more: the catalogs are complete and current, the app installs
them, and under a Spanish locale no screen is left in English.

The walk runs the app in a fresh interpreter (``spanish_walk.py``) because the translator
is installed before the window's modules are imported, as ``lmt-tracker`` starts.
What may stay in English is data: the therapist's own records (course titles, providers),
the rule files (labels, boards, sources: rule data stays in English with its sources) and
the core's findings, which are judged and worded outside the GUI (see KNOWN_ENGLISH).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "lmt_tracker" / "gui"
CATALOG = GUI / "i18n" / "lmt_tracker_es.ts"
COMPILED = CATALOG.with_suffix(".qm")
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Words that mark a sentence as English (case-sensitive: "OR" is Oregon).
ENGLISH = re.compile(
    r"\b(the|and|your|with|of|is|are|this|that|from|for|not|you|what|when|each|yet|hours?|"
    r"courses?|save|open|new|all|none|to|by|or|at|be|it|has|have|needs?|more|renew|due|"
    r"expires?|last|checked|between|check|Add|Save|Open|New|Your|The|Edit|Delete|Remove|"
    r"Choose|Select|Import|Export|Loading|Cancel|Active|Retired|Lapsed|Passed|Failed|"
    r"Scheduled|Applied|Authorized|Expired|In person|Self-study|Live online)\b")


def _messages() -> list[tuple[str, ET.Element]]:
    tree = ET.parse(CATALOG)
    return [(c.findtext("name") or "", m) for c in tree.iter("context")
            for m in c.iter("message")]


def test_the_spanish_catalog_has_no_unfinished_or_obsolete_entry() -> None:
    problems = [f"{ctx}: {m.findtext('source')!r} ({m.find('translation').get('type')})"
                for ctx, m in _messages()
                if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                or not (m.findtext("translation") or "").strip()]
    assert problems == []
    assert len(_messages()) > 900  # every screen's words, not a sample


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    """"{0} of {1} hours" → "{0} de {1} horas": a lost or renamed field breaks .format()."""
    wrong = [(m.findtext("source"), m.findtext("translation")) for _c, m in _messages()
             if sorted(PLACEHOLDER.findall(m.findtext("source") or ""))
             != sorted(PLACEHOLDER.findall(m.findtext("translation") or ""))]
    assert wrong == []


@pytest.mark.skipif(not (TOOLS / "pyside6-lupdate").exists(), reason="needs pyside6-lupdate")
def test_the_catalog_holds_every_string_of_the_code_and_no_other(tmp_path: Path) -> None:
    """lupdate over the sources adds nothing and drops nothing: a new tr string without its
    Spanish, or a Spanish entry whose English is gone, fails here."""
    copy = tmp_path / CATALOG.name
    shutil.copyfile(CATALOG, copy)
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    run = subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(copy),
                          "-locations", "none"], capture_output=True, text=True, check=True)
    assert "(0 new and" in run.stdout, run.stdout
    stale = [m.findtext("source") for m in ET.parse(copy).iter("message")
             if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")]
    assert stale == []


@pytest.mark.skipif(not (TOOLS / "pyside6-lrelease").exists(), reason="needs pyside6-lrelease")
def test_the_committed_qm_is_the_compiled_catalog(tmp_path: Path) -> None:
    fresh = tmp_path / "es.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(CATALOG), "-qm", str(fresh)],
                   capture_output=True, check=True)
    assert fresh.read_bytes() == COMPILED.read_bytes(), "run `make i18n`"


def test_the_vocabulary_marks_match_the_domain_words() -> None:
    from lmt_tracker.domain.core import vocabulary
    from lmt_tracker.domain.core.findings import RULE_KEY_LABELS
    from lmt_tracker.domain.core.words import SHORT_WORDS, WORDS, short_word, word
    from lmt_tracker.gui import vocabulary_words

    keys = set().union(*(v for v in vars(vocabulary).values()
                         if isinstance(v, frozenset) and all(isinstance(x, str) for x in v)))
    needed = ({*SHORT_WORDS.values(), *WORDS.values()} | {short_word(k) for k in keys}
              | {word(k) for k in keys} | set(RULE_KEY_LABELS.values()))
    needed -= {"Licence"}  # the "licence" period-basis key: never shown
    missing = sorted(needed - set(vocabulary_words.WORDS))
    assert missing == [], "add to gui/vocabulary_words.py: " + ", ".join(missing)


def test_spanish_is_chosen_by_the_system_locale_or_in_settings(app, monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from lmt_tracker.gui import preferences, translation

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert translation.resolve("system") == "es"
    assert translation.resolve("en") == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert translation.resolve("system") == "en"  # a language the app does not speak
    preferences.set_language("es")
    assert preferences.language() == "es"
    before = QLocale()
    try:
        assert translation.install(app, "es")
        assert QCoreApplication.translate("settings", "Appearance") == "Apariencia"
        assert QCoreApplication.translate("vocabulary", "Self-study") == "Autoestudio"
        assert QLocale().language() == QLocale.Language.Spanish
        assert not translation.install(app, "en")
        assert QCoreApplication.translate("settings", "Appearance") == "Appearance"
    finally:
        translation.install(app, "en")
        QLocale.setDefault(before)


def test_counts_and_numbers_follow_the_language(app) -> None:
    from decimal import Decimal

    from PySide6.QtCore import QLocale

    from lmt_tracker.gui import translation
    from lmt_tracker.gui.words import count, days, hours

    before = QLocale()
    try:
        translation.install(app, "es")
        assert count(1, "course") == "1 curso"
        assert count(3, "graduate") == "3 egresados"
        assert days(-1) == "hace 1 día"
        assert days(5) == "en 5 días"
        QLocale.setDefault(QLocale("es_ES"))  # Spain writes 1.234,5
        assert hours(Decimal("1234.5")) == "1.234,5"
    finally:
        translation.install(app, "en")
        QLocale.setDefault(before)
    assert count(3, "graduate") == "3 graduates"


# The core's sentences (findings, next steps) are phrases (domain.core.phrases) shown in
# Spanish; the rules' own wording (labels, notes, rules_text) is rule data and reaches the
# walk below only through the data it allows.
KNOWN_ENGLISH: frozenset[str] = frozenset()


@pytest.fixture(scope="module")
def spanish_walk(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    home = tmp_path_factory.mktemp("es-home")
    db = home / "demo.sqlite3"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_RUNTIME_DIR": str(home),
           "QT_QPA_PLATFORM": "offscreen", "LANG": "es_US.UTF-8", "LC_CTYPE": "C.UTF-8",
           "PYTHONPATH": str(ROOT)}
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):  # the suite's conftest sets LANGUAGE=en
        env.pop(name, None)
    subprocess.run([sys.executable, "-m", "lmt_tracker", "--db", str(db), "demo"], env=env,
                   check=True, capture_output=True, timeout=120)
    run = subprocess.run([sys.executable, str(Path(__file__).with_name("spanish_walk.py")),
                          str(db)], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout)


def test_every_screen_speaks_spanish_under_a_spanish_locale(spanish_walk) -> None:
    texts = spanish_walk["texts"]
    assert "Panel" in texts and "Configuración" in texts  # the sidebar, translated
    # The user guide's window is walked too, and shows the Spanish guide.
    assert any(t.startswith("Guía del usuario de LMT Tracker\n") for t in texts)
    data = sorted({s for s in spanish_walk["data"] if len(s) > 2}, key=len, reverse=True)
    english = []
    for text in texts:
        rest = text
        for s in data:  # a course title or a rule's label stays as written
            if s in rest:
                rest = rest.replace(s, " ")
        rest = re.sub(r"\S*/\S*", " ", rest)  # file paths (the database, the backups folder)
        if ENGLISH.search(rest) and text not in KNOWN_ENGLISH:
            english.append(text)
    assert english == []


def test_the_cores_sentences_are_shown_in_spanish(spanish_walk) -> None:
    """The findings are rendered in Spanish on screen (hand-written from the catalog), and
    their English is not among the data the check above lets through: an English finding
    sentence on any screen fails it."""
    texts = spanish_walk["texts"]
    for spanish in ("Necesita 28 horas más de EC hasta el 31/05/2029 (8 de 36)",
                    "El vencimiento impreso, 31/05/2029, difiere de la fecha que prevé la regla "
                    "(31/08/2030): se usa la fecha impresa; verifíquela en su licencia",
                    "MBLEx aprobado el 02/10/2021"):
        assert any(spanish in t for t in texts), spanish
    data = set(spanish_walk["data"])
    assert [s for s in data if s.startswith(("Needs ", "MBLEx passed", "The printed expiry"))] \
        == []


def test_a_cards_topic_bars_use_the_translated_vocabulary(spanish_walk) -> None:
    """Florida's rule labels its topics "Professional ethics" and "Human trafficking
    awareness" (rule data, English); in Spanish the dashboard's bars name the CE topic in
    the vocabulary's Spanish words instead (FL.toml keys ethics, human_trafficking)."""
    texts = spanish_walk["texts"]
    assert "Ética" in texts and "Trata de personas" in texts
    assert "Professional ethics" not in texts
    assert "Human trafficking awareness" not in texts


def test_the_walk_would_see_english(spanish_walk) -> None:
    """The check above is not blind: an English label among the texts is caught."""
    assert ENGLISH.search("Add a course")
    assert not ENGLISH.search("Agregar un curso")
    assert len(spanish_walk["texts"]) > 300


def test_the_language_is_chosen_in_settings_and_kept(harness_for, store) -> None:
    from lmt_tracker.gui import preferences

    settings = harness_for(store).screen("settings")
    combo = settings.language
    assert combo.currentData() == "system"  # the default: the system's language
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "es"]
    combo.setCurrentIndex(combo.findData("es"))
    assert preferences.language() == "es"
    assert "next time" in settings.language_note.text()
    preferences.config_file.cache_clear()  # as on the next start: read back from the file
    assert preferences.language() == "es"
