"""Readable words for the stable keys the core uses (topics, deliveries, kinds, statuses).

Dates on screen follow the user's locale (``QLocale``: 12/04/2026 in the US,
04/12/2026 in the UK); files, JSON and the database keep ISO dates. Counts are
spelled out ("1 course", "3 courses"), never "course(s)".
"""

from __future__ import annotations

import datetime as dt
import os
import re
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale

from lmt_tracker import language
from lmt_tracker.domain.core.words import short_word
from lmt_tracker.gui.translation import translate

ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_formats: dict[str, str] = {}


def word(key: str | None) -> str:
    """``laws_rules`` → "Laws & rules": the compact form for cells and bars, in the
    language in use (the vocabulary's words are in the catalog; a rule's own label,
    which is rule data, stays as written)."""
    return translate("vocabulary", short_word(key)) if key else ""


def _numeral(text: str) -> str:
    """An English-formatted number ("15,353.2") with the locale's separators."""
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    if (group, point) == (",", "."):
        return text
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def hours(value: Decimal | None) -> str:
    """12 → "12", 2.5 → "2.5", 15353.2000 → "15,353.2" (never scientific notation)."""
    if value is None:
        return "—"
    rounded = value.quantize(Decimal("0.01"))
    text = f"{rounded:,.2f}".rstrip("0").rstrip(".")
    return _numeral(text)


def date_format() -> str:
    """The locale's short date with a four-digit year and two-digit day and month.

    ``M/d/yy`` (en_US) → ``MM/dd/yyyy``; ``dd.MM.yy`` (de_DE) → ``dd.MM.yyyy``. The C
    locale (a machine where no language was chosen) has no convention of its own; the
    app is for US licenses, so it reads dates the US way there.
    """
    locale = QLocale()
    name = locale.name()
    if name not in _formats:
        if locale.language() == QLocale.Language.C:
            locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        elif _c_time_locale():
            # LANG=C.UTF-8 with LANGUAGE=en: Qt names the system locale en_US but takes
            # its formats from C ("d MM yyyy"); the language's own convention is meant.
            locale = QLocale(locale.language(), locale.territory())
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if fmt:
            fmt = re.sub(r"y+", "yyyy", fmt)
            fmt = re.sub(r"(?<!d)d(?!d)", "dd", fmt)
            fmt = re.sub(r"(?<!M)M(?!M)", "MM", fmt)
        else:
            fmt = "yyyy-MM-dd"
        _formats[name] = fmt
    return _formats[name]


def _c_time_locale() -> bool:
    """Whether the environment's time locale is C/POSIX (the variable that wins decides)."""
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(name)
        if value:
            return value.split(".")[0] in ("C", "POSIX")
    return False


def date(value: dt.date | None) -> str:
    """A date as the user reads it (the locale's order), "—" when unknown."""
    if not value:
        return "—"
    return QDate(value.year, value.month, value.day).toString(date_format())


def localize_dates(text: str) -> str:
    """ISO dates inside a sentence from the core ("… by 2027-08-31") in the user's order."""
    def one(match: re.Match[str]) -> str:
        try:
            return date(dt.date(int(match[1]), int(match[2]), int(match[3])))
        except ValueError:
            return match[0]

    return ISO_DATE.sub(one, text)


#: The nouns ``count`` is called with, marked for the catalog (singular and plural).
NOUNS = (
    QT_TRANSLATE_NOOP("words", "course"), QT_TRANSLATE_NOOP("words", "courses"),
    QT_TRANSLATE_NOOP("words", "change"), QT_TRANSLATE_NOOP("words", "changes"),
    QT_TRANSLATE_NOOP("words", "credential"), QT_TRANSLATE_NOOP("words", "credentials"),
    QT_TRANSLATE_NOOP("words", "deadline"), QT_TRANSLATE_NOOP("words", "deadlines"),
    QT_TRANSLATE_NOOP("words", "graduate"), QT_TRANSLATE_NOOP("words", "graduates"),
    QT_TRANSLATE_NOOP("words", "jurisdiction"), QT_TRANSLATE_NOOP("words", "jurisdictions"),
    QT_TRANSLATE_NOOP("words", "program"), QT_TRANSLATE_NOOP("words", "programs"),
    QT_TRANSLATE_NOOP("words", "row"), QT_TRANSLATE_NOOP("words", "rows"),
    QT_TRANSLATE_NOOP("words", "item"), QT_TRANSLATE_NOOP("words", "items"),
    QT_TRANSLATE_NOOP("words", "attempt"), QT_TRANSLATE_NOOP("words", "attempts"),
    QT_TRANSLATE_NOOP("words", "CE course"), QT_TRANSLATE_NOOP("words", "CE courses"),
)


def count(n: int, thing: str, plural: str | None = None) -> str:
    """``1 course``, ``2 courses``, ``1 item``: never "course(s)" — the noun in the
    language in use (each noun is listed in ``NOUNS``), the number in the locale's form."""
    noun = thing if n == 1 else (plural or thing + "s")
    return f"{_numeral(f'{n:,}')} {translate('words', noun)}"


def rules_age_line(newest: dt.date, oldest: dt.date) -> str:
    """"Rules last checked 12/04/2026 (each jurisdiction between … and …)" in the language
    in use (``domain.rules_age.RulesAge.line`` is the English form for files)."""
    if oldest == newest:
        return translate("words", "Rules last checked {0}").format(date(newest))
    return translate("words", "Rules last checked {0} (each jurisdiction between {1} and "
                     "{2})").format(date(newest), date(oldest), date(newest))


def rules_in_force_line(state: object) -> str:
    """``rulepacks.installed``'s "Rules in force: …" line, in the language in use."""
    pack = getattr(state, "pack_in_force", None)
    if pack is not None:
        signed = "" if pack.trusted else translate("words", " (NOT signed by the release key)")
        return translate("words", "Rules in force: {0}{1}, installed {2}").format(
            core(pack.label), signed, date(dt.date.fromisoformat(pack.installed[:10])))
    text = translate("words", "Rules in force: the app's own rules (checked up to {0})").format(
        date(state.bundled_date))  # type: ignore[attr-defined]
    note = getattr(state, "note", None)
    return f"{text}; {core(note)}" if note else text


def days(count: int) -> str:
    """"today", "in 3 days", "1 day ago"."""
    if count == 0:
        return translate("words", "today")
    if count == -1:
        return translate("words", "1 day ago")
    if count < 0:
        return translate("words", "{0} days ago").format(-count)
    if count == 1:
        return translate("words", "in 1 day")
    return translate("words", "in {0} days").format(count)


_OF = re.compile(r"\b(\d[\d,]*(?:\.\d+)?) of (\d[\d,]*(?:\.\d+)?) (hours?|h)\b")


def _phrase_number(value: Decimal | int) -> str:
    return hours(value) if isinstance(value, Decimal) else _numeral(str(value))


def core(text: str) -> str:
    """A sentence of the core (``domain.core.phrases.Phrase``) in the window's language:
    its template through the catalog (``language.use`` ran at start), numbers and dates the
    locale's way. English, and any plain text, is returned as it is."""
    phrase = language.phrase_class()
    if phrase is None or not isinstance(text, phrase) or language.code() == "en":
        return text
    return language.say(text, number=_phrase_number, day=date)


def core_error(error: BaseException) -> str:
    """An error's message (``StoreError``, a rule pack's, a class file's) in the window's
    language: ``core`` of its phrase, else the error as it reads."""
    phrase = language.phrase_class()
    if phrase is None:
        return str(error)
    first = error.args[0] if error.args else None
    text = first if isinstance(first, phrase) else getattr(error, "text", None)  # a full disk
    return core(text) if isinstance(text, phrase) else str(error)


def readable(text: str) -> str:
    """A sentence from the core as the user reads it: local dates, and "46 of 24 hours"
    (more than needed) as "46 hours, 24 needed"."""
    def over(match: re.Match[str]) -> str:
        have, need = (Decimal(match[i].replace(",", "")) for i in (1, 2))
        if have <= need:
            return match[0]
        # The core's sentence stays whole in its language (English): no half-translated line.
        return f"{match[1]} {match[3]}, {match[2]} needed"

    return _OF.sub(over, localize_dates(core(text)))
