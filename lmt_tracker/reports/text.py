"""Make user text safe for a PDF: no markup injection, no invisible garbage.

Everything the user typed (names, titles, providers, notes) reaches reportlab's
Paragraph, which parses a small XML dialect: an unescaped ``<`` or ``&`` in a course
title would either raise or silently drop text. Control characters are not valid
XML either, and lone surrogates cannot be encoded. So every string goes through
:func:`clean` (for canvas drawing) or :func:`markup` (for Paragraphs) — nothing else.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# C0 controls except tab and newline, DEL and C1 controls: not printable, not valid XML.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t]+")


def clean(text: object) -> str:
    """The text as plain printable Unicode (controls removed, lone surrogates replaced)."""
    value = "" if text is None else str(text)
    value = value.encode("utf-8", "replace").decode("utf-8")
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)


def one_line(text: object) -> str:
    """Clean text on one line, whitespace runs collapsed (headers, footers, metadata)."""
    return _SPACES.sub(" ", clean(text).replace("\n", " ")).strip()


def markup(text: object) -> str:
    """Paragraph markup that shows ``text`` exactly: escaped, line breaks kept.

    Right-to-left runs are put in visual order and CJK runs get a CJK font
    (see :mod:`lmt_tracker.reports.fonts`); everything else is DejaVu Sans.
    """
    return "<br/>".join(_line(line) for line in clean(text).split("\n"))


def _line(line: str) -> str:
    if line.isascii():
        return escape(line)
    from lmt_tracker.reports.fonts import runs

    out = []
    for piece, font in runs(visual_order(line)):
        out.append(f'<font name="{font}">{escape(piece)}</font>' if font else escape(piece))
    return "".join(out)


# Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms: strong right-to-left.
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_RUN = re.compile(f"[{_RTL}](?:[{_RTL} ]*[{_RTL}])?")


def visual_order(line: str) -> str:
    """``line`` with each right-to-left run reversed, as a left-to-right page draws it.

    reportlab lays glyphs out left to right; a Hebrew or Arabic name must be stored
    in visual order to read correctly (and to extract back in logical order).
    Combining marks stay after their base letter. Arabic letters are not joined:
    that needs a shaping engine, which this app does not ship.
    """
    if line.isascii():
        return line
    return _RTL_RUN.sub(lambda m: "".join(reversed(_clusters(m.group()))), line)


def _clusters(text: str) -> list[str]:
    """Base characters with their combining marks (so reversal keeps marks attached)."""
    import unicodedata

    out: list[str] = []
    for ch in text:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def fit(text: str, width: float, font: str, size: float) -> str:
    """``text`` shortened with an ellipsis so it is at most ``width`` points wide."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"
