"""The language of what the app writes outside its window: the PDFs (renewal summary,
transcripts, the school audit) and the reasons a credential cannot be judged yet.

stdlib ``gettext`` (no Qt here: ``reports/`` and ``cli/`` never import PySide6), with the
catalogs shipped in the package: ``locale/<lang>/LC_MESSAGES/lmt_tracker.po`` and its
compiled ``.mo`` (``make i18n`` rebuilds both; a test keeps the ``.mo`` equal to its
``.po``). The language follows the environment (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG``) unless one is chosen: the window passes the language of its Settings, so a PDF
saved from the app speaks the window's language. Rule data and the therapist's records
stay as written (English); the core's sentences (``domain.core.phrases.Phrase``: findings,
course notes, reasons) are rendered in the language in use by ``say``.
"""

from __future__ import annotations

import gettext
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the window imports this module before its first paint; datetime can wait
    import datetime as dt

DOMAIN = "lmt_tracker"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
_current: gettext.NullTranslations | None = None
_chosen: str | None = None  # what ``prefer`` chose, loaded at the first use


def prefer(language: str | None) -> None:
    """Write in ``language`` from now on, as ``use`` does, but load its catalog only when
    something is first written: the window chooses before its first paint, where
    ``gettext.translation`` (and the ``locale`` module it imports) costs about 4 ms."""
    global _current, _chosen
    _current, _chosen = None, language


def use(language: str | None) -> str:
    """Write in ``language`` ("es", "en"; None: as the environment says); the code used."""
    global _current, _chosen
    _chosen = language
    _current = gettext.translation(DOMAIN, LOCALE_DIR, languages=[language] if language else None,
                                   fallback=True)
    return code()


def code() -> str:
    """The language in use: "es" when a catalog is loaded for it, else "en"."""
    if _current is None:
        use(_chosen)
    info = _current.info() if _current is not None else {}
    return str(info.get("language", "en") or "en").split("_")[0]


def counted(n: int, one: str, many: str, **fields: object) -> str:
    """``one`` or ``many`` (both already through ``_``) as ``n`` asks, with ``{n}`` and
    any other ``fields`` filled.

    English and Spanish both say the singular for exactly one; the catalog stays a plain
    msgid → msgstr list (no plural forms to keep in step).
    """
    return (one if n == 1 else many).format(n=n, **fields)


def _(text: str) -> str:
    """``text`` in the language in use (itself where the catalog has no translation)."""
    if _current is None:
        use(_chosen)
    assert _current is not None
    return _current.gettext(text)


def phrase_class() -> Any:
    """``domain.core.phrases.Phrase`` when loaded, else None: no phrase can exist before it
    is, and the command line's parser and the window's first paint must not import the
    domain (tests/test_startup_imports.py)."""
    module = sys.modules.get("lmt_tracker.domain.core.phrases")
    return module.Phrase if module is not None else None


def said(error: BaseException) -> str:
    """An error's message in the language in use (its first argument when a phrase, as a
    ``StoreError``'s is, or its ``text`` when that is one, as a full disk's; else the
    error as it reads)."""
    phrase = phrase_class()
    if phrase is None:
        return str(error)
    first = error.args[0] if error.args else None
    text = first if isinstance(first, phrase) else getattr(error, "text", None)
    return say(text) if isinstance(text, phrase) else str(error)


def say(text: str, number: Callable[[Decimal | int], str] | None = None,
        day: Callable[[dt.date], str] | None = None) -> str:
    """A sentence of the core in the language in use: a ``Phrase``'s template and nested
    phrases through the catalog, its numbers through ``number`` (as in English by default)
    and dates through ``day`` (the PDFs' and the command line's ISO dates by default); any
    other text as it is."""
    phrase = phrase_class()
    if phrase is None or not isinstance(text, phrase):
        return text
    from lmt_tracker.domain.core.phrases import english_number

    return str(text.render(_, number or english_number, day or _iso))


def _iso(day: dt.date) -> str:
    return day.isoformat()
