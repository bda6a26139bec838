"""One problem with one field, and the checks every kind of record shares.

A :class:`Problem` keeps the field's key (``hours[0].subject``: the window finds its
editor by it, the JSON keeps it) and says the rest as phrases (``domain.core.phrases``):
``message`` is the predicate ("is required; enter some text"), ``label`` the field's
words, ``sentence`` both with the value — each an English ``str`` that the window and the
command line render again in the user's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from lmt_tracker.domain.core.field_words import field_label
from lmt_tracker.domain.core.phrases import N_, Phrase, Value, ph

EARLIEST_DATE = dt.date(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class Problem:
    field: str
    value: object
    message: str

    @property
    def label(self) -> str:
        """The field in words ("Training hours, row 1: subject")."""
        return field_label(self.field)

    @property
    def sentence(self) -> Phrase:
        """"Title = '': is required; enter some text" (the value left out when there is none)."""
        if self.value is None or self.value == "":
            return Phrase("{field}: {message}", {"field": self.label, "message": self.message})
        return Phrase("{field} = {value}: {message}", {
            "field": self.label, "value": shown_value(self.value), "message": self.message})

    def __str__(self) -> str:
        return str.__str__(self.sentence)


def shown_value(value: object) -> Value:
    """A problem's value as a message shows it: a number or date as itself (in the reader's
    format), anything else quoted — and a value no one could read whole (a million digits,
    from a hostile file) cut short, never converted."""
    if isinstance(value, Decimal) and value.is_finite() and -28 < value.adjusted() < 28:
        return value
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**28:
        return value
    if isinstance(value, dt.date):
        return value
    text = repr(value) if not isinstance(value, Decimal) else format(value)
    return text if len(text) <= 80 else text[:80] + "…"


def text_problems(field: str, value: str, *, required: bool, limit: int = 500) -> list[Problem]:
    if required and not value.strip():
        return [Problem(field, value, ph(N_("is required; enter some text")))]
    if len(value) > limit:
        return [Problem(field, value[:40] + "…",
                        ph(N_("is longer than {limit} characters; shorten it"), limit=limit))]
    if "\x00" in value:  # PostgreSQL cannot store it, so no engine accepts it
        return [Problem(field, value.replace("\x00", "")[:40],
                        ph(N_("contains an invisible NUL character; retype the text")))]
    return []


def hour_problems(field: str, value: Decimal, limit: Decimal, *,
                  positive: bool = False) -> list[Problem]:
    if not isinstance(value, Decimal) or not value.is_finite():
        return [Problem(field, value, ph(N_("must be a number of hours, e.g. 3 or 1.5")))]
    if value < 0 or (positive and value == 0):
        return [Problem(field, value, ph(N_("must be more than zero hours")) if positive
                        else ph(N_("must be zero or more hours")))]
    if value > limit:
        return [Problem(field, value, ph(N_("is more than {limit} hours; check the figure"),
                                         limit=limit))]
    return []


def date_problems(field: str, value: dt.date | None, today: dt.date, *,
                  future_ok: bool) -> list[Problem]:
    if value is None:
        return []
    if value < EARLIEST_DATE:
        return [Problem(field, value.isoformat(), ph(N_("is before 1900; check the year")))]
    if not future_ok and value > today:
        return [Problem(field, value.isoformat(), ph(
            N_("is in the future (today is {today}); enter the date it happened"), today=today))]
    return []


def key_problems(field: str, value: str, allowed: frozenset[str]) -> list[Problem]:
    if value not in allowed:
        return [Problem(field, value, ph(N_("is not a known key; use one of: {choices}"),
                                         choices=", ".join(sorted(allowed))))]
    return []
