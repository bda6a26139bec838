"""Words for the stable keys, as a board reader expects them printed.

Keys (``anatomy_physiology``, ``self_study``, ``mblex``) are for machines; a printed
report shows "Anatomy and physiology", "Self-study", "MBLEx". An unknown key (a
rule file may add one) is shown in a readable form rather than dropped.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["count", "date", "hours", "moment"]

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


def moment(value: dt.datetime) -> str:
    """When a report was made, in the reader's local time: ``2026-06-01 05:30 local time``.

    A zone abbreviation ("UTC") means nothing to most readers and is wrong on a
    machine whose clock runs in UTC while its owner does not; the local wall time is
    what the therapist saw on their clock when they printed it.
    """
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{local:%Y-%m-%d %H:%M} local time"


def count(n: int, thing: str, plural: str | None = None) -> str:
    """``1 item``, ``3 items``: never "item(s)"."""
    return f"{n} {thing if n == 1 else (plural or thing + 's')}"
