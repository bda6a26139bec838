"""Readable words for the stable keys the core uses (topics, deliveries, kinds, statuses)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lmt_tracker.domain.words import short_word


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


def date(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


def days(count: int) -> str:
    if count == 0:
        return "today"
    if count < 0:
        return f"{-count} day{'s' if count != -1 else ''} ago"
    return f"in {count} day{'s' if count != 1 else ''}"
