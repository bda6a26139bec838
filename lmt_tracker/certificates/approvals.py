"""Approval and tracking numbers, each with the body that gave it.

"NCBTMB Approved Provider #451234-12", "approved by the National Certification Board
for Therapeutic Massage & Bodywork (NCBTMB) … Provider # 1234", "Florida Board of
Massage Therapy Provider #50-12345", "CE Broker Tracking #20-123456", "TX CE
Provider No. 1234". A number on a line about the participant's own license is the
therapist's license, not an approval, and is passed over.
"""

from __future__ import annotations

import re

from lmt_tracker.certificates.reading import ApprovalFound

STATES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL",
    "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI",
    "minnesota": "MN", "mississippi": "MS", "missouri": "MO", "montana": "MT",
    "nebraska": "NE", "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ",
    "new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND",
    "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "puerto rico": "PR", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD",
    "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA",
    "washington": "WA", "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY",
}
# Two-letter codes are only trusted next to board wording ("FL Board", "TX CE Provider").
_CODES = frozenset(STATES.values())
_STATE_NAME = re.compile(r"\b(" + "|".join(sorted(STATES, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
_STATE_CODE = re.compile(r"\b([A-Z]{2})\b(?=\s+(?:Board|CE|Continuing|Provider|Approval|"
                         r"Approved|Sponsor|Dept|Department|Course))")
_NCBTMB = re.compile(r"NCBTMB|NCTMB|National\s+Certification\s+Board", re.IGNORECASE)
_CE_BROKER = re.compile(r"CE\s*Broker", re.IGNORECASE)
_NUMBER = re.compile(r"(?:#|\bno\.|\bnumber\b|\bnum\.?|\bID\b|\bcode\b)\s*[:.]?\s*"
                     r"(?P<n>[A-Z]{0,5}[\s-]?\d[\w-]{2,24}|\d[\w-]{1,24})", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"(?:provider|approval|tracking|course|sponsor)\s*[:]\s*"
                          r"(?P<n>[A-Z]{0,5}-?\d[\w-]{2,24})", re.IGNORECASE)
_APPROVAL_WORDS = re.compile(r"approv|provider|sponsor|tracking|broker|board|accredit|"
                             r"course\s+(?:number|#|no|id)", re.IGNORECASE)
_PARTICIPANT_LICENCE = re.compile(r"(?:your|participant|attendee|licensee|therapist|student)"
                                  r"(?:'s)?\s+(?:license|licence|lic\.?)|^\s*(?:license|licence|"
                                  r"lic\.?)\s*(?:#|no\.?|number)", re.IGNORECASE)


def _body(text: str) -> str | None:
    if _CE_BROKER.search(text):
        return "CE Broker"
    if _NCBTMB.search(text):
        return "NCBTMB"
    m = _STATE_NAME.search(text)
    if m and re.search(r"board|department|state|approv|provider|sponsor|division|commission",
                       text, re.IGNORECASE):
        return STATES[m.group(1).lower()]
    m = _STATE_CODE.search(text)
    if m and m.group(1) in _CODES:
        return m.group(1)
    return None


def find_approvals(lines: list[str]) -> tuple[ApprovalFound, ...]:
    found: list[ApprovalFound] = []
    seen: set[tuple[str, str]] = set()
    for i, line in enumerate(lines):
        if _PARTICIPANT_LICENCE.search(line):
            continue
        matches = list(_NUMBER.finditer(line)) or list(_BARE_NUMBER.finditer(line))
        for m in matches:
            number = m.group("n").strip(" -.").replace(" ", "")
            if not re.search(r"\d", number) or re.fullmatch(r"\d{1,2}", number):
                continue
            before = line[: m.start()]
            body = _body(before) or _body(line)
            evidence = line
            for back in (1, 2):  # "… approved by the NCBTMB as a … / Provider # 1234"
                if body is None and i >= back and _APPROVAL_WORDS.search(line):
                    body = _body(lines[i - back])
                    evidence = " ".join(lines[i - back: i + 1])
            if body is None:
                continue
            if not (_APPROVAL_WORDS.search(line) or _APPROVAL_WORDS.search(evidence)):
                continue
            key = (body, number.upper())
            if key in seen:
                continue
            seen.add(key)
            found.append(ApprovalFound(body, number, evidence, "high" if
                                       _APPROVAL_WORDS.search(before) else "medium"))
    return tuple(found)
