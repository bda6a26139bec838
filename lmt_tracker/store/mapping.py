"""Rows ↔ records. Pure conversion; no queries here.

Every record read from a versioned row carries the row's ``version``, so saving it
back can tell whether someone else changed the row in between.
"""

from __future__ import annotations

from decimal import Decimal

from lmt_tracker.domain.core.records import (
    Credential,
    ExamAttempt,
    Graduate,
    RuleOverride,
    Therapist,
    TrainingHours,
    TrainingProgram,
)
from lmt_tracker.store.tables import (
    CredentialRow,
    ExamRow,
    GraduateRow,
    ProgramHoursRow,
    ProgramRow,
    RuleOverrideRow,
    TherapistRow,
)

THERAPIST_FIELDS = ("first_name", "last_name", "birth_date", "email", "phone", "address")
EXAM_FIELDS = (
    "exam",
    "status",
    "applied_date",
    "authorized_date",
    "scheduled_date",
    "test_date",
    "result_date",
    "jurisdiction",
    "notes",
)
CREDENTIAL_FIELDS = (
    "kind",
    "jurisdiction",
    "number",
    "title",
    "issue_date",
    "expiry_date",
    "status",
    "notes",
    "licensed_by",
    "practice_start",
    "ce_period_start",
    "ce_period_end",
)
GRADUATE_FIELDS = (
    "student_id",
    "name",
    "total_hours",
    "online_hours",
    "clinical_hours",
    "program_start",
    "graduation_date",
    "birth_date",
    "mblex",
    "mblex_date",
    "school_state",
)


def copy_fields(row: object, record: object, fields: tuple[str, ...]) -> None:
    for name in fields:
        setattr(row, name, getattr(record, name))


def therapist(row: TherapistRow) -> Therapist:
    return Therapist(
        id=row.id, version=row.version, **{f: getattr(row, f) for f in THERAPIST_FIELDS}
    )


def exam(row: ExamRow) -> ExamAttempt:
    return ExamAttempt(id=row.id, version=row.version, **{f: getattr(row, f) for f in EXAM_FIELDS})


def credential(row: CredentialRow) -> Credential:
    return Credential(
        id=row.id, version=row.version, **{f: getattr(row, f) for f in CREDENTIAL_FIELDS}
    )


def program(row: ProgramRow) -> TrainingProgram:
    return TrainingProgram(
        id=row.id,
        version=row.version,
        school=row.school,
        program=row.program,
        start_date=row.start_date,
        end_date=row.end_date,
        jurisdiction=row.jurisdiction,
        hours=tuple(TrainingHours(h.subject, h.delivery, h.hours) for h in row.hours),
    )


def program_hours_rows(record: TrainingProgram) -> list[ProgramHoursRow]:
    return [
        ProgramHoursRow(subject=h.subject, delivery=h.delivery, hours=h.hours) for h in record.hours
    ]


#: Marks a subject's online hours in the subject-hours text: "anatomy@online=25".
ONLINE_MARK = "@online"


def encode_subject_hours(
    pairs: tuple[tuple[str, Decimal], ...],
    online: tuple[tuple[str, Decimal], ...] | None = None,
) -> str:
    """Hours by subject, then online hours by subject, in one text column (the online
    split needs no schema change: rows written before it simply have none)."""
    items = [*pairs, *((f"{key}{ONLINE_MARK}", hours) for key, hours in online or ())]
    return ";".join(f"{key}={format(hours, 'f')}" for key, hours in items)


def decode_subject_hours(text: str) -> tuple[tuple[str, Decimal], ...]:
    """The hours by subject (without the online split)."""
    return decode_subject_split(text)[0]


def decode_subject_split(
    text: str,
) -> tuple[tuple[tuple[str, Decimal], ...], tuple[tuple[str, Decimal], ...] | None]:
    """Hours by subject and online hours by subject (None: the row has no split)."""
    if not text:
        return (), None
    hours: list[tuple[str, Decimal]] = []
    online: list[tuple[str, Decimal]] = []
    for part in text.split(";"):
        key, value = part.split("=", 1)
        if key.endswith(ONLINE_MARK):
            online.append((key.removesuffix(ONLINE_MARK), Decimal(value)))
        else:
            hours.append((key, Decimal(value)))
    return tuple(hours), (tuple(online) if online else None)


def encode_state_exams(items: tuple[tuple[str, str, str], ...]) -> str:
    return ";".join("=".join(item) for item in items)


def decode_state_exams(text: str) -> tuple[tuple[str, str, str], ...]:
    if not text:
        return ()
    out = []
    for part in text.split(";"):
        code, exam, result = part.split("=", 2)
        out.append((code, exam, result))
    return tuple(out)


def graduate(row: GraduateRow) -> Graduate:
    hours, online = decode_subject_split(row.subject_hours)
    return Graduate(
        id=row.id,
        version=row.version,
        class_id=row.class_id,
        subject_hours=hours,
        subject_online=online,
        state_exams=decode_state_exams(row.state_exams),
        **{f: getattr(row, f) for f in GRADUATE_FIELDS},
    )


def rule_override(row: RuleOverrideRow) -> RuleOverride:
    return RuleOverride(
        jurisdiction=row.jurisdiction,
        field=row.field,
        value=row.value,
        note=row.note,
        recorded=row.recorded,
        rules_value=row.rules_value,
        id=row.id,
    )
