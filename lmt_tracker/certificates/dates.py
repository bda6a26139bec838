"""Completion dates as certificates print them, and which printed date is the completion.

Accepted: "March 5, 2025", "Mar. 5th, 2025", "5 March 2025", "5th of March 2025",
"03/05/2025" and "3-5-25" (month first, as US certificates print it, unless the first
figure cannot be a month), and "2025-03-05". A certificate often prints several dates
(issued, expires, approval period, the licensee's birth date): the one on a line that
says "completed", "date of completion", "awarded" or "attended" wins; dates on lines
about expiry, approval periods or birth are passed over.
"""

from __future__ import annotations

import datetime as dt
import re

from lmt_tracker.certificates.reading import Found
from lmt_tracker.certificates.words import MONTHS

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<a>\d{1,2})\s?[/.-]\s?(?P<b>\d{1,2})\s?[/.-]\s?(?P<year>(?:19|20)?\d{2})\b"),
)
_GOOD = re.compile(r"complet|awarded|attended|date of (?:course|class|program|attendance)|"
                   r"course date|earned|finished|conferred|held on|presented on|issued", re.I)
_BAD = re.compile(r"expir|valid (?:until|through|thru)|birth|\bdob\b|approv|period|renew|"
                  r"through|printed|revised|effective|licen[cs]e", re.I)


def _date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if year < 100:
        year += 2000
    if "a" in groups and groups.get("a") is not None:
        first, second = int(groups["a"]), int(groups["b"])
        month, day = (first, second) if first <= 12 else (second, first)
    else:
        raw = groups["month"]
        month = int(raw) if raw.isdigit() else MONTHS[raw.lower().rstrip(".")]
        day = int(groups["day"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dates_in(line: str) -> list[tuple[dt.date, str]]:
    """Every date printed on one line, with the words that printed it, left to right."""
    found: list[tuple[int, dt.date, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(line):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value = _date(m)
            if value is not None:
                taken.append((m.start(), m.end()))
                found.append((m.start(), value, m.group(0)))
    return [(value, words) for _, value, words in sorted(found, key=lambda f: f[0])]


def find_completion_date(lines: list[str]) -> Found | None:
    """The completion date, with the line it was printed on."""
    best: tuple[int, int, dt.date, str] | None = None
    for i, line in enumerate(lines):
        for value, _words in dates_in(line):
            label = line if len(line) > 12 else ""
            before = lines[i - 1] if i else ""
            if _GOOD.search(line) and not _BAD.search(line):
                score = 3
            elif _BAD.search(line) or (len(dates_in(line)) == 1 and _BAD.search(before)
                                       and not _GOOD.search(before) and not label):
                score = 0
            elif _GOOD.search(before) and not _BAD.search(before):
                score = 2
            else:
                score = 1
            if best is None or score > best[0]:
                best = (score, i, value, line)
    if best is None or best[0] == 0:
        return None
    score, _i, value, line = best
    confidence = {3: "high", 2: "high", 1: "medium"}[score]
    return Found(value, line, confidence)
