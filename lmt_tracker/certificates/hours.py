"""Course length as printed: hours and their unit, minutes, 50-minute hours, CEUs.

"3.0 CE Hours", "three contact hours", "1.5 hours (90 minutes)", "180 minutes",
"3 hours 30 minutes", "6 fifty-minute hours", "Hours: 3", "3 CEUs". The result is
in the course record's units: ``hours`` of ``hour_minutes`` minutes, where 50 means
the certificate defines its hour as 50 minutes and 1 means it states only minutes
(180 minutes is 180 units of one minute, so nothing is rounded).

A CEU (continuing education unit) is ten contact hours in the IACET sense, but many
massage providers print "CEUs" meaning hours. So CEUs become hours only where the
certificate says how long a CEU is ("1 CEU = 10 contact hours"); otherwise the
figure is offered as hours with low confidence and a note to check it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from lmt_tracker.certificates.reading import HoursFound
from lmt_tracker.certificates.words import NUMBER_PATTERN, number_value, plain

_N = rf"(?P<n>{NUMBER_PATTERN})"
_PAREN = r"(?:\s*\(\s*\d+(?:\.\d+)?\s*\))?"  # "three (3) hours"
_KIND = (r"(?P<kind>(?:NCBTMB\s+|approved\s+|total\s+)?(?:CE|CEU|continuing\s+education|contact|"
         r"credit|clock|class(?:room)?|course|instructional|education(?:al)?)\s+)?")
_FIFTY = r"(?P<fifty>(?:50|fifty)[\s-]*min(?:ute)?s?[\s-]+)?"
_FIFTY2 = r"(?P<fifty2>(?:50|fifty)[\s-]*min(?:ute)?s?[\s-]+)?"
_HOUR_WORD = r"(?P<unit>hours?|hrs?\.?)"
HOURS = re.compile(rf"(?<![\w.]){_N}{_PAREN}[\s-]+{_FIFTY}{_KIND}{_FIFTY2}"
                   rf"{_HOUR_WORD}(?!\w)", re.IGNORECASE)
MINUTES = re.compile(rf"(?<![\w.])(?P<n>\d{{2,4}}|{NUMBER_PATTERN}){_PAREN}[\s-]*"
                     r"(?:instructional\s+|contact\s+|total\s+)?(?:minutes|mins?\.?)(?!\w)",
                     re.IGNORECASE)
HOURS_AND_MINUTES = re.compile(r"(?<![\w.])(?P<h>\d{1,3})\s*(?:hours?|hrs?\.?)\s*(?:and\s*)?"
                               r"(?P<m>\d{1,2})\s*(?:minutes|mins?\.?)(?!\w)", re.IGNORECASE)
CEUS = re.compile(rf"(?<![\w.]){_N}{_PAREN}\s*(?:CEUs?|continuing\s+education\s+units?)(?!\w)",
                  re.IGNORECASE)
# "Hours: 3", "CE Hours Awarded: 3.0", "Contact Hours - 6"
LABELLED = re.compile(r"\b(?:CE|contact|credit|total|clock|course)?\s*(?:hours?|hrs\.?)"
                      r"(?:\s+(?:awarded|earned|completed|granted))?\s*[:=-]\s*"
                      rf"{_N}(?!\s*(?:minutes|mins?|CEU|%|\d))", re.IGNORECASE)
LABELLED_MINUTES = re.compile(r"\b(?:minutes|total minutes)\s*[:=-]\s*(?P<n>\d{2,4})\b", re.I)
# A statement that the certificate's hour is 50 minutes
FIFTY_STATEMENT = re.compile(r"(?:\b(?:50|fifty)[\s-]*min(?:ute)?s?[\s-]+(?:contact\s+|CE\s+|"
                             r"credit\s+|clock\s+)?hours?\b)|(?:hours?\s*(?:is|=|equals)\s*"
                             r"(?:50|fifty)\s*minutes)|(?:(?:50|fifty)\s*minutes\s*"
                             r"(?:=|equals|of instruction equals?|constitutes?)\s*(?:one|1|an?)\s*"
                             r"(?:CE\s+|contact\s+|credit\s+)?hour)", re.IGNORECASE)
# "1 CEU = 10 contact hours", "0.1 CEU equals one hour", "one CEU is ten hours"
CEU_STATEMENT = re.compile(rf"(?P<u>{NUMBER_PATTERN})\s*CEUs?\s*(?:=|equals?|is|represents)\s*"
                           rf"(?P<h>{NUMBER_PATTERN})\s*(?:CE\s+|contact\s+|clock\s+)?hours?",
                           re.IGNORECASE)
# Lines that talk about hours without being the course's length
_NOT_LENGTH = re.compile(r"requir|\bper\b|every|within|maximum|minimum|up to|no more than|"
                         r"at least|retain|keep this|business days|valid|renewal|biennium|"
                         r"years?\b.*\bhours|hours?\b.*\byears?", re.IGNORECASE)
_GOOD = re.compile(r"award|earn|complet|credit|grant|for\s|total|approved for", re.IGNORECASE)


def _unit_name(match: re.Match[str]) -> str:
    kind = (match.group("kind") or "").strip()
    unit = "hours"
    words = f"{kind} {unit}".strip()
    return re.sub(r"\s+", " ", words)


def _fifty(line: str, match: re.Match[str]) -> bool:
    return bool(match.group("fifty") or match.group("fifty2"))


def _score(line: str) -> int:
    if _NOT_LENGTH.search(line):
        return 0
    return 2 if _GOOD.search(line) else 1


def find_hours(lines: list[str]) -> HoursFound | None:
    """The course's length, or None; see the module docstring for the units."""
    text = "\n".join(lines)
    fifty_everywhere = bool(FIFTY_STATEMENT.search(text))
    ceu_hours = _ceu_length(text)
    # (score, preference of unit: hours 2, minutes 1, CEUs 0, -line number, found)
    candidates: list[tuple[int, int, int, HoursFound]] = []
    for i, line in enumerate(lines):
        score = _score(line)
        both = HOURS_AND_MINUTES.search(line)
        if both:
            total = Decimal(int(both.group("h")) * 60 + int(both.group("m")))
            candidates.append((score + 1, 2, -i, _hours_and_minutes(total, line)))
            continue
        statements = [(s.start(), s.end()) for s in CEU_STATEMENT.finditer(line)]

        def inside(m: re.Match[str], spans: list[tuple[int, int]] = statements) -> bool:
            return any(a <= m.start() < b for a, b in spans)

        for m in HOURS.finditer(line):
            n = number_value(m.group("n"))
            if inside(m):
                continue
            if n is None or n <= 0 or n > 200:
                continue
            kind = (m.group("kind") or "").strip().lower()
            fifty = _fifty(line, m) or fifty_everywhere
            bonus = 1 if kind else 0
            unit = _unit_name(m)
            if fifty:
                unit = "50-minute " + unit
            if kind.startswith("ceu"):
                continue  # "CEU hours" is handled with CEUs
            candidates.append((score + bonus if score else 0, 2, -i, HoursFound(
                n, 50 if fifty else 60, unit, line,
                "high" if score + bonus >= 3 else "medium")))
        for m in LABELLED.finditer(line):
            n = number_value(m.group("n"))
            if n is not None and 0 < n <= 200 and not _NOT_LENGTH.search(line):
                candidates.append((3, 2, -i, HoursFound(
                    n, 50 if fifty_everywhere else 60,
                    "50-minute hours" if fifty_everywhere else "hours", line, "high")))
        for m in MINUTES.finditer(line):
            n = number_value(m.group("n"))
            if n is not None and 10 <= n <= 6000 and not FIFTY_STATEMENT.search(line):
                candidates.append((score, 1, -i, _minutes_as_hours(n, line)))
        for m in LABELLED_MINUTES.finditer(line):
            candidates.append((3, 1, -i, _minutes_as_hours(Decimal(m.group("n")), line)))
        for m in CEUS.finditer(line):
            n = number_value(m.group("n"))
            if n is None or n <= 0 or inside(m):
                continue
            candidates.append((score, 0, -i, _ceus(n, ceu_hours, line)))
    candidates = [c for c in candidates if c[0] > 0]
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[:3], reverse=True)
    return candidates[0][3]


def _hours_and_minutes(minutes: Decimal, line: str) -> HoursFound:
    """"3 hours 30 minutes": whole 60-minute hours where exact, else kept as minutes."""
    hours = minutes / 60
    if hours == hours.quantize(Decimal("0.01")):
        return HoursFound(plain(hours), 60, "hours", line, "high")
    return _minutes_as_hours(minutes, line)


def _minutes_as_hours(minutes: Decimal, line: str) -> HoursFound:
    """Minutes only: kept as minutes (``hour_minutes`` 1) so nothing is rounded."""
    return HoursFound(minutes, 1, "minutes", line, "high")


def _ceu_length(text: str) -> Decimal | None:
    """Hours in one CEU where the certificate says so ("1 CEU = 10 contact hours")."""
    m = CEU_STATEMENT.search(text)
    if not m:
        return None
    units, hours = number_value(m.group("u")), number_value(m.group("h"))
    if not units or not hours:
        return None
    return hours / units


def _ceus(n: Decimal, ceu_hours: Decimal | None, line: str) -> HoursFound:
    if ceu_hours is not None:
        return HoursFound(plain(n * ceu_hours), 60, "CEUs", line, "high",
                          f"the certificate says one CEU is {plain(ceu_hours)} hours")
    return HoursFound(n, 60, "CEUs", line, "low",
                      "the certificate does not say how many hours a CEU is; read as one hour "
                      "each — check the hours")
