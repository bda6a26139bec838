"""Certificate text → ``Reading``: the pure part of the reader, testable on strings."""

from __future__ import annotations

from lmt_tracker.certificates.approvals import find_approvals
from lmt_tracker.certificates.dates import find_completion_date
from lmt_tracker.certificates.fields import (
    find_delivery,
    find_participant,
    find_provider,
    find_title,
)
from lmt_tracker.certificates.hours import find_hours
from lmt_tracker.certificates.reading import Reading
from lmt_tracker.certificates.topics import find_topics
from lmt_tracker.certificates.words import clean_lines

MIN_LETTERS = 20


def parse_text(text: str, source: str = "pdf_text", notes: tuple[str, ...] = ()) -> Reading:
    """Everything a certificate's text says about the course (fields not found are None)."""
    lines = clean_lines(text, ocr=source == "ocr")
    letters = sum(ch.isascii() and ch.isalpha() for ch in "".join(lines))
    if letters < MIN_LETTERS:
        extra = ("no English certificate wording was found in the text",) if lines else ()
        return Reading(source=source, notes=notes + extra)
    title = find_title(lines)
    hours = find_hours(lines)
    return Reading(
        title=title,
        provider=find_provider(lines, title.value if title else None),
        completed=find_completion_date(lines),
        hours=hours,
        delivery=find_delivery(lines),
        participant=find_participant(lines),
        approvals=find_approvals(lines),
        topics=find_topics(lines, title.value if title else None,
                           hours.hours if hours else None),
        source=source,
        notes=notes,
    )
