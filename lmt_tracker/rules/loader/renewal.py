"""The ``[version.renewal]`` table: when a license renews (pattern, date, parity, stagger).

Beyond types, it checks that the keys fit the pattern, that a date exists in every
year, that odd/even-year renewal has an even period, and that staggered slices cover
every holder exactly once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from lmt_tracker.domain.core import vocabulary as vocab
from lmt_tracker.domain.core.rules import RenewalRule, Source, Stagger
from lmt_tracker.rules.loader.reader import Reader, kept
from lmt_tracker.rules.loader.schema import (
    LETTER_PART,
    PARITIES,
    PATTERN_KEYS,
    PATTERN_NEEDS,
    RENEWAL_KEYS,
    STAGGER_KEYS,
    STAGGER_YEAR_PARITIES,
    STAGGERED,
)
from lmt_tracker.rules.loader.sources import (
    Notes,
    Sources,
    read_notes,
    required_or_unknown,
    table_source,
)


def _check_day(reader: Reader, month: int | None, day: int | None) -> bool:
    """A month/day that exists in every year (so no 29 February): a problem otherwise."""
    if month is None or day is None:
        return False
    try:
        dt.date(2001, month, day)
    except ValueError:
        reader.error("day", f"month {month} has no day {day} in every year")
        return False
    return True


def _check_parity_period(reader: Reader, key: str, parity: str | None, period: int | None) -> None:
    """Renewing only in odd (or even) years needs a period of an even number of years."""
    if parity in ("odd", "even", "match_birth_year") and period is not None and period % 2:
        reader.error(key, f"renewing in {parity} years needs an even period_years, not {period}")


def read_renewal(
    reader: Reader, sources: Sources, fallback: Source | None
) -> RenewalRule | None:
    reader.check_keys(RENEWAL_KEYS)
    notes = read_notes(reader, RENEWAL_KEYS)
    # "pattern = unknown" states no fact, so it alone does not need a source.
    unstated = frozenset({"pattern"} if reader.table.get("pattern") == "unknown" else ())
    _, source = table_source(reader, sources, unstated, fallback)
    required_or_unknown(reader, "period_years", notes, "the license period is needed")
    required_or_unknown(reader, "pattern", notes, "the renewal pattern is needed")
    period = reader.whole("period_years", 1, 10)
    pattern = reader.choice("pattern", vocab.RENEWAL_PATTERNS, "renewal pattern")
    if not reader.has("pattern"):
        pattern = "unknown"
    month = reader.whole("month", 1, 12)
    day = reader.whole("day", 1, 31)
    year_parity = reader.choice("year_parity", vocab.YEAR_PARITIES, "year parity")
    anchor_year = reader.whole("anchor_year", 1900, 2100)
    if anchor_year is not None and year_parity is not None:
        reader.error("anchor_year", "give either anchor_year or year_parity, not both")
    first_renewal = reader.choice("first_renewal", vocab.FIRST_RENEWALS, "first renewal")
    if first_renewal == "within_period" and (
        anchor_year is not None or year_parity not in (None, "any")
    ):
        reader.error(
            "first_renewal",
            "within_period sets the renewal years from the issue date: "
            "remove year_parity and anchor_year",
        )
    if pattern is not None:
        _check_pattern_keys(reader, pattern, notes)
    if pattern == "fixed_date":
        _check_day(reader, month, day)
        if year_parity == "match_birth_year":
            reader.error("year_parity", "match_birth_year needs a birth-date pattern")
    _check_parity_period(reader, "year_parity", year_parity, period)
    items = reader.items("stagger")
    stagger = kept(_read_stagger(i, pattern, period) for i in items)
    if pattern in STAGGERED and len(stagger) == len(items):
        _check_stagger_cover(reader, pattern, stagger)
    if pattern is None:
        return None
    return RenewalRule(
        source=source,
        pattern=pattern,
        period_years=period,
        month=month,
        day=day,
        year_parity=year_parity or "any",
        anchor_year=anchor_year,
        first_renewal=first_renewal or "next",
        stagger=stagger,
        unknown=notes.unknown,
        unverified=notes.unverified,
    )


def _check_pattern_keys(reader: Reader, pattern: str, notes: Notes) -> None:
    """Each pattern uses its own keys: the others are errors, its required ones must be there."""
    used = PATTERN_KEYS[pattern]
    for key in ("month", "day", "year_parity", "anchor_year", "first_renewal", "stagger"):
        if reader.has(key) and key not in used:
            reader.error(key, f'not used by pattern = "{pattern}"; remove it')
    for key in PATTERN_NEEDS.get(pattern, ()):
        if not reader.has(key) and key not in notes.unknown:
            what = "[[renewal.stagger]] items" if key == "stagger" else "month and day"
            if pattern == "birth_month_day":
                what = "the day of the birth month"
            reader.missing(key, f'missing: pattern = "{pattern}" needs {what}')


def _read_stagger(item: Reader, pattern: str | None, period: int | None) -> Stagger | None:
    item.check_keys(STAGGER_KEYS)
    letters = item.text("letters")
    parity = item.choice("parity", PARITIES, "parity")
    month = item.whole("month", 1, 12, required=True)
    day = item.whole("day", 1, 31, required=True)
    year_parity = item.choice("year_parity", STAGGER_YEAR_PARITIES, "year parity")
    _check_parity_period(item, "year_parity", year_parity, period)
    good = _check_day(item, month, day)
    if pattern == "last_name":
        good = _check_letters(item, letters) and good
        if item.has("parity"):
            item.error("parity", 'not used by pattern = "last_name"; remove it')
    elif pattern == "license_number_parity":
        if not item.has("parity"):
            item.missing("parity", 'missing: pattern = "license_number_parity" needs odd or even')
        if item.has("letters"):
            item.error("letters", 'not used by pattern = "license_number_parity"; remove it')
    if not good or month is None or day is None:
        return None
    return Stagger(
        month=month,
        day=day,
        letters=letters.replace(" ", "").upper() if letters else None,
        parity=parity,
        year_parity=year_parity or "any",
    )


def _check_letters(item: Reader, letters: str | None) -> bool:
    if letters is None:
        if not item.has("letters"):
            item.missing("letters", 'missing: pattern = "last_name" needs letters, e.g. "A-L"')
        return False
    for part in letters.replace(" ", "").upper().split(","):
        match = LETTER_PART.match(part)
        if not match or (match.group(2) and match.group(2) < match.group(1)):
            item.error("letters", f'{part!r} is not a letter or a range like "A-L"')
            return False
    return True


def _letters_of(stagger: Stagger) -> list[str]:
    out: list[str] = []
    for part in (stagger.letters or "").split(","):
        low, _, high = part.partition("-")
        out.extend(chr(c) for c in range(ord(low), ord(high or low) + 1))
    return out


def _check_stagger_cover(reader: Reader, pattern: str, stagger: Sequence[Stagger]) -> None:
    """Every holder must fall in exactly one slice: each letter (or parity) once."""
    if not stagger:
        return
    if pattern == "last_name":
        wanted = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
        seen = [letter for s in stagger for letter in _letters_of(s)]
    else:
        wanted = ["even", "odd"]
        seen = [s.parity or "" for s in stagger]
    twice = sorted({x for x in seen if seen.count(x) > 1})
    absent = [x for x in wanted if x not in seen]
    shown = [s.letters or s.parity for s in stagger]
    if twice:
        reader.report.add(reader.at("stagger"), f"{', '.join(twice)} in more than one item", shown)
    if absent:
        reader.report.add(reader.at("stagger"), f"no item covers {', '.join(absent)}", shown)
