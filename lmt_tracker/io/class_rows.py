"""One row of a class list as fields, and the checks across its cells.

The row reader (``school_csv``) finds each field's column once (:class:`RowPlan`),
reads the cells, then asks :func:`consistency` and :func:`online_split` whether the
figures agree with each other: parts above the whole and dates in an impossible order
refuse the row, each problem a :class:`RowError` naming the line, the column, the
value and the fix.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.io.class_mapping import (
    DATE_COLUMNS,
    ONLINE_SUBJECT_COLUMNS,
    ONLINE_SUFFIX,
    SUBJECT_COLUMNS,
    ColumnMapping,
    state_exam,
)

__all__ = ["EXAM_RESULTS", "RowError", "RowPlan", "consistency", "online_split"]

EXAM_RESULTS = {
    "pass": "pass", "passed": "pass", "p": "pass", "fail": "fail", "failed": "fail",
    "f": "fail", "scheduled": "scheduled", "none": "none", "": "none", "n/a": "none",
    "not taken": "none",
}
MBLEX_RESULTS = EXAM_RESULTS
ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem at a place in the file. ``refused`` is False for notes about the
    file (unknown columns, the encoding used) that do not stop any row from being audited."""

    line: int
    column: str | None
    message: str
    refused: bool = True

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "message": self.message}

    def __str__(self) -> str:
        if not self.line:
            return self.message
        if self.column:
            return ph(N_("line {line}, column {column}: {message}"), line=self.line,
                      column=self.column, message=self.message)
        return ph(N_("line {line}: {message}"), line=self.line, message=self.message)


@dataclass(frozen=True, slots=True)
class RowPlan:
    """Where each field is in a row, worked out once from the mapping."""

    student_id: int
    name: int
    total: int
    subjects: tuple[tuple[str, int], ...]
    online: tuple[str, int] | None
    clinical: tuple[str, int] | None
    dates: tuple[tuple[str, tuple[str, int] | None], ...]
    mblex: tuple[str, int] | None
    exams: tuple[tuple[str, int, str, str], ...]  # (field, index, state, exam)
    school_state: tuple[str, int] | None = None
    subject_online: tuple[tuple[str, int], ...] = ()  # ("<subject>_online", index)

    @classmethod
    def of(cls, mapping: ColumnMapping) -> RowPlan:
        index = {f: i for i, f in enumerate(mapping.fields) if f is not None}

        def at(name: str) -> tuple[str, int] | None:
            return (name, index[name]) if name in index else None

        exams = []
        for f, i in sorted(index.items()):
            found = state_exam(f)
            if found is not None:
                exams.append((f, i, *found))
        return cls(
            student_id=index["student_id"], name=index["name"], total=index["total_hours"],
            subjects=tuple((n, index[n]) for n in SUBJECT_COLUMNS if n in index),
            online=at("online_hours"), clinical=at("clinical_hours"),
            dates=tuple((n, at(n)) for n in DATE_COLUMNS), mblex=at("mblex"),
            exams=tuple(exams), school_state=at("school_state"),
            subject_online=tuple((n, index[n]) for n in ONLINE_SUBJECT_COLUMNS if n in index),
        )

    def hours_columns(self) -> list[int]:
        out = [self.total, *(i for _, i in self.subjects)]
        out += [c[1] for c in (self.online, self.clinical) if c is not None]
        out += [i for _, i in self.subject_online]
        return out


def online_split(line: int, subjects: list[tuple[str, Decimal]],
                  split: list[tuple[str, Decimal]], online: Decimal | None,
                  online_column: tuple[str, int] | None) -> list[RowError]:
    """A subject's online hours are part of that subject's hours, and all of them part of
    the program's online hours: each breach names the column, the value and the fix."""
    have = dict(subjects)
    out = []
    for subject, hours in split:
        if hours > have.get(subject, ZERO):
            out.append(RowError(line, f"{subject}{ONLINE_SUFFIX}", ph(
                N_("{hours} online hours are more than the {subject} column's {have}; the online "
                   "hours are part of the subject's hours, so {subject} must be at least "
                   "{hours}"), hours=str(hours), subject=subject,
                have=str(have.get(subject, ZERO)))))
    added = sum((h for _, h in split), ZERO)
    if not out and added > (online or ZERO):
        fix = (ph(N_("add an online_hours column with the program's online total"))
               if online_column is None
               else ph(N_("online_hours must be at least {added} (it includes them)"),
                       added=str(added)))
        out.append(RowError(line, "online_hours", ph(
            N_("{online} is less than the per-subject online columns' {added}; {fix}"),
            online=str(online or ZERO), added=str(added), fix=fix)))
    return out


def consistency(line: int, total: Decimal, subjects: list[tuple[str, Decimal]],
                 online: Decimal | None, clinical: Decimal | None,
                 dates: dict[str, dt.date | None]) -> list[RowError]:
    """Checks across cells: parts above the whole, dates in an impossible order."""
    out = [RowError(line, key, ph(N_("{hours} subject hours are more than total_hours "
                                     "{total}"), hours=str(hours), total=str(total)))
           for key, hours in subjects if hours > total]
    added = sum((h for _, h in subjects), Decimal(0))
    if not out and added > total:
        out.append(RowError(line, "total_hours", ph(
            N_("the subject columns add up to {added}, more than total_hours {total}; each hour "
               "belongs to one subject"), added=str(added), total=str(total))))
    for key, value in (("online_hours", online), ("clinical_hours", clinical)):
        if value is not None and value > total:
            out.append(RowError(line, key, ph(N_("{value} is more than total_hours {total}"),
                                              value=str(value), total=str(total))))
    if not out and (online or 0) + (clinical or 0) > total:
        out.append(RowError(line, "clinical_hours", ph(
            N_("online_hours {online} and clinical_hours {clinical} add up to more than "
               "total_hours {total}"), online=str(online), clinical=str(clinical),
            total=str(total))))
    start, end, birth = dates["program_start"], dates["graduation_date"], dates["birth_date"]
    if start and end and end < start:
        out.append(RowError(line, "graduation_date",
                            ph(N_("{end} is before program_start {start}"), end=end, start=start)))
    if birth and start and birth >= start:
        out.append(RowError(line, "birth_date", ph(N_("{birth} is not before program_start "
                                                      "{start}"), birth=birth, start=start)))
    return out
