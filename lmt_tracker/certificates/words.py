"""Text clean-up and the small vocabularies certificates are written in (numbers, months).

PDF text extraction and OCR both hand back text with quirks: ligatures ("ﬁ"),
non-breaking and doubled spaces, curly quotes, letters OCR confuses with digits.
``clean_lines`` evens these out so the field finders see one shape of text.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00ad": ""})

# Lines longer than this are not certificate wording (a page of fine print); cut them.
MAX_LINE = 400
MAX_LINES = 400

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "twenty-one": 21, "twenty-two": 22, "twenty-three": 23,
    "twenty-four": 24, "twenty-five": 25, "thirty": 30, "forty": 40, "forty-eight": 48,
    "fifty": 50, "sixty": 60,
}
# "one and a half", "two and one-half"
_HALF = r"(?:\s+and\s+(?:a|one)[\s-]half)?"
NUMBER_WORD_PATTERN = (
    r"(?:" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
    + r")" + _HALF
)
NUMBER_PATTERN = r"(?:\d{1,4}(?:[.,]\d{1,2})?|[.,]\d{1,2}|" + NUMBER_WORD_PATTERN + r")"

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}


# Specks OCR reads as full stops: "3. fifty-minute hours", "1. CEU", "Director.of".
_OCR_FIXES = (
    (re.compile(r"(?<![\d.])(\d+)\.\s+(?=[A-Za-z])"), r"\1 "),
    (re.compile(r"\b([A-Za-z]{2,})\.(?=[a-z])"), r"\1 "),
    (re.compile(r"\b(\d+)\s-\s(\d+)\b"), r"\1-\2"),
)


def clean_lines(text: str, ocr: bool = False) -> list[str]:
    """The text as trimmed, non-empty lines with quotes, dashes and spaces made plain.

    With ``ocr``, the full stops and spaced hyphens Tesseract reads into speckled scans
    are taken out where no certificate prints them (after a figure before a word,
    between two words, inside a number).
    """
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    lines = []
    for raw in text.splitlines():
        line = _SPACES.sub(" ", raw).strip(" |_~*•·")
        if ocr:
            for pattern, replacement in _OCR_FIXES:
                line = pattern.sub(replacement, line)
        if line:
            lines.append(line[:MAX_LINE])
        if len(lines) >= MAX_LINES:
            break
    return lines


def number_value(text: str) -> Decimal | None:
    """``"3.0"`` → 3.0, ``"three"`` → 3, ``"one and a half"`` → 1.5, ``"1,5"`` → 1.5."""
    t = text.strip().lower()
    half = re.search(r"\s+and\s+(?:a|one)[\s-]half$", t)
    if half:
        t = t[: half.start()]
    if t in NUMBER_WORDS:
        value = Decimal(NUMBER_WORDS[t])
    else:
        try:
            value = Decimal(t.replace(",", "."))
        except ArithmeticError:
            return None
        if not value.is_finite():
            return None
    return value + (Decimal("0.5") if half else 0)


def tidy(value: str) -> str:
    """A value cut from a line: no surrounding quotes, punctuation or label colons."""
    value = value.strip().strip('"\'').strip(" :;,-–")
    return re.sub(r"\s+", " ", value).strip('"\' ')


def plain(value: Decimal) -> Decimal:
    """Trailing zeros dropped without an exponent: 10.0 → 10 (never 1E+1), 1.50 → 1.5."""
    value = value.normalize()
    return value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value  # type: ignore[operator]
