"""The words a person reads for a record's field: ``completed`` → "Completion date".

Validation names each problem's field by its key (``hours[0].subject``), which the window
uses to find the editor and the JSON keeps for scripts. Where a problem is *read* — the
command line's "course not saved: …", a message box — the field is named in words
("Training hours, row 1: subject"), as a phrase so it reads in the user's language.
A class list's columns (``total_hours``, ``anatomy_physiology``) are not listed: they are
what the registrar typed in the file's header, so they stay as written.
"""

from __future__ import annotations

import re

from lmt_tracker.domain.core.phrases import N_, Phrase, ph

#: A record's own fields, as the dialogs caption them.
WORDS = {
    "first_name": N_("First name"), "last_name": N_("Last name"),
    "birth_date": N_("Birth date"), "email": N_("E-mail"), "phone": N_("Phone"),
    "address": N_("Address"), "school": N_("School"), "program": N_("Program"),
    "jurisdiction": N_("State or body"), "start_date": N_("Start date"),
    "end_date": N_("End date"), "hours": N_("Hours"), "exam": N_("Exam"),
    "status": N_("Status"), "notes": N_("Notes"), "applied_date": N_("Date applied"),
    "authorized_date": N_("Date authorized to test"), "test_date": N_("Test date"),
    "result_date": N_("Result date"), "scheduled_date": N_("Scheduled test date"),
    "kind": N_("Kind"), "number": N_("Number"), "title": N_("Title"),
    "issue_date": N_("Date first issued"), "expiry_date": N_("Expiry date"),
    "licensed_by": N_("Licensed here"), "practice_start": N_("First licensed anywhere"),
    "ce_period_start": N_("Start of the CE period"), "ce_period_end": N_("End of the CE period"),
    "provider": N_("Provider"), "completed": N_("Completion date"),
    "delivery": N_("Delivery"), "course_number": N_("Course number"), "topics": N_("Topics"),
    "approvals": N_("Approvals"), "hour_minutes": N_("Unit of the hours"),
    "minutes": N_("Minutes"), "certificate": N_("Certificate"),
}
#: Lists of rows: ``hours[0]`` is the first row of the training hours.
TABLES = {"hours": N_("Training hours, row {n}"), "topics": N_("Topics, row {n}"),
          "approvals": N_("Approvals, row {n}"), "state_exams": N_("State exams, row {n}")}
#: A column of such a row.
PARTS = {"subject": N_("subject"), "delivery": N_("delivery"), "hours": N_("hours"),
         "topic": N_("topic"), "body": N_("approving board"), "number": N_("approval number")}
_ROW = re.compile(r"(\w+)\[(\d+)\](?:\.(\w+))?")


def field_label(field: str) -> str:
    """The field's words (a phrase); a key this module does not know (a class list's
    column) as written."""
    row = _ROW.fullmatch(field)
    if row and row[1] in TABLES and (row[3] is None or row[3] in PARTS):
        table = ph(TABLES[row[1]], n=int(row[2]) + 1)
        if row[3] is None:
            return table
        return Phrase("{row}: {part}", {"row": table, "part": ph(PARTS[row[3]])})
    word = WORDS.get(field)
    return ph(word) if word else field


def part_word(field: str) -> str | None:
    """The column of a row a key names, in words: ``topics[0].hours`` → "hours"; None when
    the key names no column of a row (the window says "Row 1" itself)."""
    row = _ROW.fullmatch(field)
    return ph(PARTS[row[3]]) if row and row[3] in PARTS else None
