"""The cohort audit as a CSV file a registrar opens in a spreadsheet.

One row per graduate, one column per jurisdiction ("eligible", "short: …" with what
is missing, or "not regulated"), so a 10,000-graduate cohort stays one screenful wide
and filterable. Names and messages come from a file a student may have typed into, and
a spreadsheet runs any cell that starts like a formula, so every text cell beginning
with ``= + - @``, a tab or a carriage return gets a leading apostrophe (the OWASP
"CSV injection" defence). The file is UTF-8 with a byte-order mark so Excel shows
accented names correctly, and written atomically.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from lmt_tracker.domain.entry.cohort import (
    ELIGIBLE,
    NOT_JUDGED,
    CohortAudit,
    shortfalls,
    state_of,
)
from lmt_tracker.domain.entry.compiled import EligibilityResult
from lmt_tracker.portable import atomic_write

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """A cell's text, made inert if a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell_text(result: EligibilityResult) -> str:
    state = state_of(result)
    if state == ELIGIBLE:
        return "eligible"
    if state == NOT_JUDGED:
        return "not regulated"
    return "short: " + "; ".join(f.message for f in shortfalls(result))


def audit_rows(audit: CohortAudit) -> Iterable[list[str]]:
    """Header then one list of (already neutralised) cells per graduate."""
    yield ["student_id", "name", "eligible_in", *(c.code for c in audit.columns)]
    memo: dict[int, str] = {}
    for row in audit.rows:
        cells = [neutralise(row.graduate.student_id), neutralise(row.graduate.name),
                 str(row.eligible_count)]
        for r in row.results:
            text = memo.get(id(r))
            if text is None:
                text = memo[id(r)] = neutralise(cell_text(r))
            cells.append(text)
        yield cells


def audit_csv_bytes(audit: CohortAudit) -> bytes:
    """The export as bytes: one table only, so spreadsheet filters and scripts work on it
    (refused rows are reported by the command line, the screen and the PDF instead)."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(audit_rows(audit))
    return buffer.getvalue().encode("utf-8-sig")


def write_audit_csv(audit: CohortAudit, path: Path) -> int:
    """Write the export atomically; returns the size in bytes."""
    data = audit_csv_bytes(audit)
    atomic_write(Path(path), data)
    return len(data)
