"""Readable words for the stable keys the core uses (topics, deliveries, kinds, statuses).

Dates on screen follow the user's locale (``QLocale``: 12/04/2026 in the US,
04/12/2026 in the UK); files, JSON and the database keep ISO dates. Counts are
spelled out ("1 course", "3 courses"), never "course(s)".
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

from lmt_tracker.domain.core.words import short_word

ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_formats: dict[str, str] = {}


def word(key: str | None) -> str:
    """``laws_rules`` → "Laws & rules": the compact form for cells and bars."""
    return short_word(key)


def hours(value: Decimal | None) -> str:
    """12 → "12", 2.5 → "2.5", 15353.2000 → "15,353.2" (never scientific notation)."""
    if value is None:
        return "—"
    rounded = value.quantize(Decimal("0.01"))
    text = f"{rounded:,.2f}".rstrip("0").rstrip(".")
    return text


def date_format() -> str:
    """The locale's short date with a four-digit year and two-digit day and month.

    ``M/d/yy`` (en_US) → ``MM/dd/yyyy``; ``dd.MM.yy`` (de_DE) → ``dd.MM.yyyy``. The C
    locale (a machine where no language was chosen) has no convention of its own; the
    app is for US licences, so it reads dates the US way there.
    """
    locale = QLocale()
    name = locale.name()
    if name not in _formats:
        if locale.language() == QLocale.Language.C:
            locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if fmt:
            fmt = re.sub(r"y+", "yyyy", fmt)
            fmt = re.sub(r"(?<!d)d(?!d)", "dd", fmt)
            fmt = re.sub(r"(?<!M)M(?!M)", "MM", fmt)
        else:
            fmt = "yyyy-MM-dd"
        _formats[name] = fmt
    return _formats[name]


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


def count(n: int, thing: str, plural: str | None = None) -> str:
    """``1 course``, ``2 courses``, ``1 item``: never "course(s)"."""
    return f"{n:,} {thing if n == 1 else (plural or thing + 's')}"


def days(count: int) -> str:
    if count == 0:
        return "today"
    if count < 0:
        return f"{-count} day{'s' if count != -1 else ''} ago"
    return f"in {count} day{'s' if count != 1 else ''}"


_OF = re.compile(r"\b(\d[\d,]*(?:\.\d+)?) of (\d[\d,]*(?:\.\d+)?) (hours?|h)\b")


def readable(text: str) -> str:
    """A sentence from the core as the user reads it: local dates, and "46 of 24 hours"
    (more than needed) as "46 hours, 24 needed"."""
    def over(match: re.Match[str]) -> str:
        have, need = (Decimal(match[i].replace(",", "")) for i in (1, 2))
        if have <= need:
            return match[0]
        return f"{match[1]} {match[3]}, {match[2]} needed"

    return _OF.sub(over, localize_dates(text))
