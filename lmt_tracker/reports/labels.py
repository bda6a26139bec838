"""Words for the stable keys, as a board reader expects them printed.

Keys (``anatomy_physiology``, ``self_study``, ``mblex``) are for machines; a printed
report shows "Anatomy and physiology", "Self-study", "MBLEx". An unknown key (a
rule file may add one) is shown in a readable form rather than dropped.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from lmt_tracker.domain.core import words
from lmt_tracker.language import _

__all__ = ["count", "date", "hours", "moment", "rules_checked", "word"]

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
    return _("{local:%Y-%m-%d %H:%M} local time").format(local=local)


def word(key: str | None) -> str:
    """The printed word for a key, in the report's language (the vocabulary is in the
    catalog; a rule's own label stays as written)."""
    text = words.word(key)
    return _(text) if text else text


def rules_checked(age: object) -> str:
    """``domain.rules_age.RulesAge.short`` in the report's language: "rules checked
    2026-12-04" (or a span of dates)."""
    newest, oldest = age.newest, age.oldest  # type: ignore[attr-defined]
    if oldest == newest:
        return _("rules checked {0}").format(date(newest))
    return _("rules checked {0} to {1}").format(date(oldest), date(newest))


def count(n: int, thing: str, plural: str | None = None) -> str:
    """``1 item``, ``3 items``: never "item(s)" — the noun in the report's language."""
    return f"{n} {_(thing if n == 1 else (plural or thing + 's'))}"

