"""Import's quick path: an export's courses, checked straight from the parsed JSON and
turned into the rows SQLite stores, without a ``Course`` record for each (issue 17).

Why: for 100,000 courses, building a frozen record per course, validating each record
field by field and then turning it back into a row was most of an import's own time.
Nearly every course of a real export is well formed and valid, and its values repeat (a
few dozen figures, a few hundred dates), so each check here is done once per distinct
value and remembered.

The rule this module keeps: ``course_inserts`` returns rows **only** when the record
path would accept every course exactly — ``bundle_records.read_course`` reads it without
a problem, ``validation.course_problems`` finds nothing, ``bundle._validate`` finds its
certificate and credentials in the file and its id once, and ``exchange._unstorable``
finds nothing to refuse. On any doubt it returns None and the caller reads the document
through the record path, which reports every problem with its path exactly as before. So
these checks may be stricter than validation's, never looser; the rows are the ones
``store.bulk.stored_courses`` makes from the records. ``tests/io/test_course_inserts.py``
holds both on valid, odd, broken and just-invalid courses.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from lmt_tracker.domain.core.field_checks import EARLIEST_DATE
from lmt_tracker.domain.core.records import MINUTE_UNIT
from lmt_tracker.domain.core.validation import MAX_COURSE_HOURS, MAX_NOTES_CHARS
from lmt_tracker.domain.core.vocabulary import CE_DELIVERY, CE_TOPICS, COURSE_UNITS
from lmt_tracker.store.bulk import CourseInserts

__all__ = ["INT_MAX", "INT_MIN", "MAX_PLACES", "course_inserts"]

# SQLite stores whole numbers in 64 bits; a larger id would fail half-way through a write.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
# Hours are entered to the minute at most; 1E-999999999 would pass every range check
# yet print as a gigabyte of zeros.
MAX_PLACES = 12
# validation.course_problems's limits for a course's text (``text_problems``'s default is 500).
_TITLE_CHARS, _NUMBER_CHARS, _BODY_CHARS = 500, 80, 40
_LIMIT = {unit: MAX_COURSE_HOURS * (60 if unit == MINUTE_UNIT else 1) for unit in COURSE_UNITS}


class _Doubt(Exception):
    """A course the quick path does not vouch for: the record path reads the document."""


def _plain_text(value: Any, limit: int, *, required: bool) -> bool:
    """``validation._text`` would find nothing (and the reader wanted text)."""
    return (type(value) is str and len(value) <= limit and "\x00" not in value
            and (not required or bool(value.strip())))


class _Figures:
    """Hours and dates, each distinct text checked and converted once."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.days: dict[str, str] = {}
        self.hours: dict[str, tuple[Decimal, str]] = {}
        self.courses: dict[tuple[str, int], tuple[Decimal, str]] = {}

    def day(self, text: Any) -> str:
        """ISO text of a completion date the record path reads and validation accepts."""
        if type(text) is not str:
            raise _Doubt
        known = self.days.get(text)
        if known is not None:
            return known
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise _Doubt from None
        if not EARLIEST_DATE <= day <= self.today:
            raise _Doubt
        known = self.days[text] = day.isoformat()
        return known

    def amount(self, text: Any) -> tuple[Decimal, str]:
        """The hours and their stored text, for a positive, finite, storable figure."""
        if type(text) is not str:
            raise _Doubt
        known = self.hours.get(text)
        if known is not None:
            return known
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise _Doubt from None
        if not value.is_finite() or not value > 0:
            raise _Doubt
        _sign, digits, exponent = value.as_tuple()
        if not isinstance(exponent, int) or exponent < -MAX_PLACES or len(digits) > 40:
            raise _Doubt
        known = self.hours[text] = (value, format(value, "f"))
        return known

    def course(self, text: Any, unit: int) -> tuple[Decimal, str]:
        """A course's hours (or minutes) as ``validation._course_amount`` accepts them."""
        if type(text) is not str:
            raise _Doubt
        known = self.courses.get((text, unit))
        if known is not None:
            return known
        value, stored = self.amount(text)
        if value > _LIMIT[unit] or (unit == MINUTE_UNIT and value != value.to_integral_value()):
            raise _Doubt
        known = self.courses[text, unit] = (value, stored)
        return known


def course_inserts(raw: Any, today: dt.date, certificates: set[str],
                   credentials: set[int]) -> CourseInserts | None:
    """The rows for the document's ``courses`` value, or None when any course is doubtful.

    ``certificates`` and ``credentials`` are the sha256 and ids the rest of the document
    holds (already read and validated by the record path).
    """
    if type(raw) is not list:
        return None
    try:
        return _rows(raw, _Figures(today), certificates, credentials)
    except _Doubt:
        return None


def _rows(raw: list[Any], figures: _Figures, certificates: set[str],
          credentials: set[int]) -> CourseInserts:
    out = CourseInserts()
    courses, topics, approvals, links = out.courses, out.topics, out.approvals, out.links
    seen: set[int] = set()
    day, course_amount, amount = figures.day, figures.course, figures.amount
    for d in raw:
        if type(d) is not dict:
            raise _Doubt
        try:
            title, provider, delivery = d["title"], d["provider"], d["delivery"]
            notes, ident, unit = d["notes"], d["id"], d["hour_minutes"]
            raw_topics, raw_approvals, completed = d["topics"], d["approvals"], d["completed"]
        except KeyError:
            raise _Doubt from None
        sha, number = d.get("certificate_sha256"), d.get("course_number")
        applies = d.get("applies_to")
        if not (type(ident) is int and INT_MIN <= ident <= INT_MAX and ident not in seen
                and type(unit) is int and unit in COURSE_UNITS
                and type(delivery) is str and delivery in CE_DELIVERY
                and type(raw_topics) is list and type(raw_approvals) is list
                and _plain_text(title, _TITLE_CHARS, required=True)
                and _plain_text(provider, _TITLE_CHARS, required=True)
                and (notes == "" or _plain_text(notes, MAX_NOTES_CHARS, required=False))
                and (number is None or number == ""
                     or _plain_text(number, _NUMBER_CHARS, required=False))
                and (sha is None or (type(sha) is str and (not sha or sha in certificates)))):
            raise _Doubt
        seen.add(ident)
        hours, stored = course_amount(d.get("hours"), unit)
        courses.append((ident, title, provider, day(completed), stored, unit, delivery, notes,
                        sha, 1 if applies is None else 0, number or ""))
        if raw_topics:
            _topics(raw_topics, ident, hours, _LIMIT[unit], amount, topics)
        for a in raw_approvals:
            if type(a) is not dict:
                raise _Doubt
            body, code, approved = a.get("body"), a.get("number"), a.get("approved", True)
            if not (type(approved) is bool and _plain_text(body, _BODY_CHARS, required=True)
                    and _plain_text(code, _NUMBER_CHARS, required=False)):
                raise _Doubt
            approvals.append((ident, cast(str, body), cast(str, code), 1 if approved else 0))
        if applies is not None:
            if type(applies) is not list:
                raise _Doubt
            for x in applies:
                # Not a whole number: the reader drops it silently; leave that to it.
                if type(x) is not int or x not in credentials or not INT_MIN <= x <= INT_MAX:
                    raise _Doubt
                links.append((ident, x))
    return out


def _topics(raw: list[Any], ident: int, hours: Decimal, limit: Decimal, amount: Any,
            out: list[tuple[int | None, str, str]]) -> None:
    """A course's topics: known keys, each once, each within the limit, the sum within
    the course's hours (``course_problems``)."""
    names: set[str] = set()
    total = Decimal(0)
    for t in raw:
        if type(t) is not dict:
            raise _Doubt
        topic = t.get("topic")
        if type(topic) is not str or topic not in CE_TOPICS or topic in names:
            raise _Doubt
        value, stored = amount(t.get("hours"))
        if value > limit:
            raise _Doubt
        names.add(topic)
        total += value
        out.append((ident, topic, stored))
    if total > hours:
        raise _Doubt
