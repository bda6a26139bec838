"""Words for the stable keys, as a board reader expects them printed.

Keys (``anatomy_physiology``, ``self_study``, ``mblex``) are for machines; a printed
report shows "Anatomy and physiology", "Self-study", "MBLEx". An unknown key (a
rule file may add one) is shown in a readable form rather than dropped.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from lmt_tracker.domain.words import word

__all__ = ["date", "hours", "word"]

_CENT = Decimal("0.01")


def hours(value: Decimal | None) -> str:
    """``12``, ``2.5``, ``0.83``; empty for None (never scientific notation)."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.quantize(_CENT, rounding=ROUND_HALF_UP), "f").rstrip("0").rstrip(".")


def date(value: dt.date | None) -> str:
    """ISO dates: unambiguous for any reader (2026-03-31)."""
    return value.isoformat() if value is not None else ""
