"""The app's language: Qt translators for the chosen language, installed at start.

Every string people read in the GUI goes through ``translate(context, text)``
(a thin wrapper over ``QCoreApplication.translate`` that ``pyside6-lupdate``
recognises), one context per module. ``pyside6-lupdate`` extracts them into
``i18n/lmt_tracker_<lang>.ts``; ``pyside6-lrelease`` compiles the ``.qm`` that
``install`` loads, together with Qt's own ``qtbase_<lang>`` (standard buttons,
file dialogs).

The language follows the system locale unless one is chosen in Settings (kept in
the preferences file); a change applies at the next start. ``install`` runs in
``app.application()`` *before* the window's modules are imported, so labels built
at import time (column titles, screen names) are translated too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

FOLDER = Path(__file__).resolve().parent / "i18n"
#: Languages with a catalog, by code, with their own name for the Settings list.
LANGUAGES = {"en": "English", "es": "Español"}
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language in use (itself when no catalog has it)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def system_language() -> str:
    """The system locale's language if the app speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def resolve(choice: str | None) -> str:
    """A Settings choice ("system", "en", "es" …) as a language code."""
    return choice if choice in LANGUAGES else system_language()


def catalog(language: str) -> Path:
    return FOLDER / f"lmt_tracker_{language}.qm"


def install(app: QCoreApplication, language: str) -> bool:
    """Load the catalogs for ``language`` (English needs none) and set the default
    locale used for dates and numbers; True when a catalog was loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    system = QLocale.system()
    if language == "en":
        QLocale.setDefault(system if system.language() == QLocale.Language.English
                           else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return False
    own = QTranslator(app)
    if not own.load(str(catalog(language))):
        return False
    app.installTranslator(own)
    _installed.append(own)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    wanted = QLocale(language)
    QLocale.setDefault(system if system.language() == wanted.language() else
                       QLocale(wanted.language(), QLocale.Country.UnitedStates))
    return True
