"""Validation of user records: every problem with its field, the value and the fix.

Returns problems as values (so a dialog can show each one beside its field);
``require_valid`` raises ``RecordInvalid`` for callers that must refuse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from lmt_tracker.domain.core import vocabulary as vocab
from lmt_tracker.domain.core.records import (
    MINUTE_UNIT,
    Course,
    Credential,
    ExamAttempt,
    Graduate,
    Therapist,
    TrainingProgram,
)

MAX_COURSE_HOURS = Decimal(500)
MAX_PROGRAM_HOURS = Decimal(10000)
MAX_CERTIFICATE_BYTES = 20 * 1024 * 1024
MAX_NOTES_CHARS = 100_000  # free text; checked mainly for characters a server cannot store
EARLIEST_DATE = dt.date(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class Problem:
    field: str
    value: object
    message: str

    def __str__(self) -> str:
        return f"{self.field} = {self.value!r}: {self.message}"


class RecordInvalid(ValueError):
    """A record failed validation; ``problems`` lists every reason."""

    def __init__(self, what: str, problems: list[Problem]) -> None:
        self.what = what
        self.problems = tuple(problems)
        details = "; ".join(str(p) for p in problems)
        super().__init__(f"{what} not saved: {details}")


def require_valid(what: str, problems: list[Problem]) -> None:
    if problems:
        raise RecordInvalid(what, problems)


def _text(field: str, value: str, *, required: bool, limit: int = 500) -> list[Problem]:
    if required and not value.strip():
        return [Problem(field, value, "is required; enter some text")]
    if len(value) > limit:
        return [Problem(field, value[:40] + "…", f"is longer than {limit} characters; shorten it")]
    if "\x00" in value:  # PostgreSQL cannot store it, so no engine accepts it
        return [
            Problem(
                field,
                value.replace("\x00", "")[:40],
                "contains an invisible NUL character; retype the text",
            )
        ]
    return []


def _hours(field: str, value: Decimal, limit: Decimal, *, positive: bool = False) -> list[Problem]:
    if not isinstance(value, Decimal) or not value.is_finite():
        return [Problem(field, value, "must be a number of hours, e.g. 3 or 1.5")]
    if value < 0 or (positive and value == 0):
        need = "more than zero" if positive else "zero or more"
        return [Problem(field, value, f"must be {need} hours")]
    if value > limit:
        return [Problem(field, value, f"is more than {limit} hours; check the figure")]
    return []


def _date(field: str, value: dt.date | None, today: dt.date, *, future_ok: bool) -> list[Problem]:
    if value is None:
        return []
    if value < EARLIEST_DATE:
        return [Problem(field, value.isoformat(), "is before 1900; check the year")]
    if not future_ok and value > today:
        return [
            Problem(
                field,
                value.isoformat(),
                f"is in the future (today is {today}); enter the date it happened",
            )
        ]
    return []


def _key(field: str, value: str, allowed: frozenset[str]) -> list[Problem]:
    if value not in allowed:
        choices = ", ".join(sorted(allowed))
        return [Problem(field, value, f"is not a known key; use one of: {choices}")]
    return []


def therapist_problems(t: Therapist, today: dt.date) -> list[Problem]:
    problems = _text("first_name", t.first_name, required=True, limit=100)
    problems += _text("last_name", t.last_name, required=True, limit=100)
    problems += _date("birth_date", t.birth_date, today, future_ok=False)
    # Limits are the column widths: PostgreSQL enforces them, so check them here for every engine.
    problems += _text("email", t.email, required=False, limit=200)
    problems += _text("phone", t.phone, required=False, limit=60)
    problems += _text("address", t.address, required=False, limit=MAX_NOTES_CHARS)
    if t.email and "@" not in t.email:
        problems.append(Problem("email", t.email, "is not an e-mail address (name@example.org)"))
    return problems


def program_problems(p: TrainingProgram, today: dt.date) -> list[Problem]:
    problems = _text("school", p.school, required=True)
    problems += _text("program", p.program, required=False)
    problems += _text("jurisdiction", p.jurisdiction or "", required=False, limit=40)
    problems += _date("start_date", p.start_date, today, future_ok=True)
    problems += _date("end_date", p.end_date, today, future_ok=True)
    if p.start_date and p.end_date and p.end_date < p.start_date:
        problems.append(
            Problem(
                "end_date",
                p.end_date.isoformat(),
                f"is before the start date {p.start_date}; swap or fix them",
            )
        )
    for i, h in enumerate(p.hours):
        problems += _key(f"hours[{i}].subject", h.subject, vocab.ENTRY_SUBJECTS)
        problems += _key(f"hours[{i}].delivery", h.delivery, vocab.TRAINING_DELIVERY)
        problems += _hours(f"hours[{i}].hours", h.hours, MAX_PROGRAM_HOURS)
    if not problems and p.total_hours > MAX_PROGRAM_HOURS:
        problems.append(
            Problem(
                "hours",
                p.total_hours,
                f"add up to more than {MAX_PROGRAM_HOURS}; check the figures",
            )
        )
    return problems


def exam_problems(e: ExamAttempt, today: dt.date) -> list[Problem]:
    problems = _key("exam", e.exam, vocab.EXAMS)
    problems += _key("status", e.status, vocab.EXAM_STATUSES)
    problems += _text("jurisdiction", e.jurisdiction or "", required=False, limit=40)
    problems += _text("notes", e.notes, required=False, limit=MAX_NOTES_CHARS)
    for name in ("applied_date", "authorized_date", "test_date", "result_date"):
        problems += _date(name, getattr(e, name), today, future_ok=False)
    problems += _date("scheduled_date", e.scheduled_date, today, future_ok=True)
    if e.status in {"passed", "failed"} and e.test_date is None:
        problems.append(Problem("test_date", None, f"is required when the status is {e.status}"))
    return problems


def credential_problems(c: Credential, today: dt.date) -> list[Problem]:
    problems = _key("kind", c.kind, vocab.CREDENTIAL_KINDS)
    problems += _key("status", c.status, vocab.CREDENTIAL_STATUSES)
    problems += _text("jurisdiction", c.jurisdiction, required=True, limit=40)
    problems += _text("number", c.number, required=False, limit=60)
    problems += _text("title", c.title, required=False, limit=200)
    problems += _text("notes", c.notes, required=False, limit=MAX_NOTES_CHARS)
    problems += _date("issue_date", c.issue_date, today, future_ok=False)
    problems += _date("expiry_date", c.expiry_date, today, future_ok=True)
    if c.issue_date and c.expiry_date and c.expiry_date <= c.issue_date:
        problems.append(
            Problem(
                "expiry_date",
                c.expiry_date.isoformat(),
                f"is not after the issue date {c.issue_date}; check both dates",
            )
        )
    if c.licensed_by:
        problems += _key("licensed_by", c.licensed_by, vocab.LICENSED_BY)
    problems += _date("practice_start", c.practice_start, today, future_ok=False)
    if c.practice_start and c.issue_date and c.practice_start > c.issue_date:
        problems.append(
            Problem(
                "practice_start",
                c.practice_start.isoformat(),
                f"is after this license was first issued ({c.issue_date}); the date you were "
                "first licensed anywhere cannot be later — check both dates",
            )
        )
    problems += _ce_period_problems(c)
    return problems


def _ce_period_problems(c: Credential) -> list[Problem]:
    start, end = c.ce_period_start, c.ce_period_end
    if start is None and end is None:
        return []
    if start is None or end is None:
        field = "ce_period_start" if start is None else "ce_period_end"
        other = end if start is None else start
        return [
            Problem(
                field,
                None,
                f"is empty while the other end of the CE period is {other}; enter both dates "
                "printed on your renewal notice, or neither",
            )
        ]
    if end <= start:
        return [
            Problem(
                "ce_period_end",
                end.isoformat(),
                f"is not after the CE period's start {start}; check both dates",
            )
        ]
    if end - start > dt.timedelta(days=366 * 10):
        return [
            Problem(
                "ce_period_end",
                end.isoformat(),
                "makes a CE period of over 10 years; check the dates on your renewal notice",
            )
        ]
    return []


def course_problems(c: Course, today: dt.date) -> list[Problem]:
    problems = _text("title", c.title, required=True)
    problems += _text("provider", c.provider, required=True)
    problems += _text("notes", c.notes, required=False, limit=MAX_NOTES_CHARS)
    problems += _date("completed", c.completed, today, future_ok=False)
    problems += _course_amount(c)
    problems += _key("delivery", c.delivery, vocab.CE_DELIVERY)
    problems += _text("course_number", c.course_number, required=False, limit=80)
    seen: set[str] = set()
    for i, t in enumerate(c.topics):
        problems += _key(f"topics[{i}].topic", t.topic, vocab.CE_TOPICS)
        limit = MAX_COURSE_HOURS * (60 if c.hour_minutes == MINUTE_UNIT else 1)
        problems += _hours(f"topics[{i}].hours", t.hours, limit, positive=True)
        if t.topic in seen:
            problems.append(Problem(f"topics[{i}].topic", t.topic, "is listed twice; merge them"))
        seen.add(t.topic)
    if not problems:
        topic_total = sum((t.hours for t in c.topics), Decimal(0))
        if topic_total > c.hours:
            problems.append(
                Problem(
                    "topics",
                    str(topic_total),
                    f"topic hours add up to more than the course's {c.hours} "
                    + ("minutes" if c.hour_minutes == MINUTE_UNIT else "hours"),
                )
            )
    for i, a in enumerate(c.approvals):
        problems += _text(f"approvals[{i}].body", a.body, required=True, limit=40)
        # The number is evidence the PDF shows, but a therapist may know a course is
        # approved before finding its number: optional.
        problems += _text(f"approvals[{i}].number", a.number, required=False, limit=80)
    return problems


def _course_amount(c: Course) -> list[Problem]:
    """The hours or minutes printed on the certificate, in a unit the app knows."""
    if c.hour_minutes not in vocab.COURSE_UNITS:
        return [
            Problem(
                "hour_minutes",
                c.hour_minutes,
                "must be 60-minute hours, 50-minute hours or minutes (1); choose the unit "
                "the certificate uses",
            )
        ]
    if c.hour_minutes != MINUTE_UNIT:
        if isinstance(c.hours, Decimal) and c.hours.is_finite() and c.hours == 0:
            return [
                Problem(
                    "hours",
                    c.hours,
                    "is zero: enter the hours or the minutes printed on the certificate",
                )
            ]
        return _hours("hours", c.hours, MAX_COURSE_HOURS, positive=True)
    minutes = c.hours
    if not isinstance(minutes, Decimal) or not minutes.is_finite():
        return [Problem("minutes", minutes, "must be a whole number of minutes, e.g. 90")]
    if minutes <= 0:
        return [
            Problem(
                "minutes",
                minutes,
                "must be more than zero: enter the minutes printed on the certificate",
            )
        ]
    if minutes != minutes.to_integral_value():
        return [Problem("minutes", minutes, "must be a whole number of minutes, e.g. 90")]
    if minutes > MAX_COURSE_HOURS * 60:
        return [
            Problem(
                "minutes",
                minutes,
                f"is more than {MAX_COURSE_HOURS * 60} minutes; check the figure",
            )
        ]
    return []


def graduate_problems(g: Graduate, today: dt.date) -> list[Problem]:
    problems = _text("student_id", g.student_id, required=True, limit=60)
    problems += _text("name", g.name, required=True, limit=200)
    problems += _hours("total_hours", g.total_hours, MAX_PROGRAM_HOURS)
    for key, hours in g.subject_hours:
        problems += _key(key, key, vocab.ENTRY_SUBJECTS)
        problems += _hours(key, hours, MAX_PROGRAM_HOURS)
        if not problems and hours > g.total_hours:
            problems.append(
                Problem(
                    key, str(hours), f"is more than total_hours {g.total_hours}; check both columns"
                )
            )
    problems += _hours("online_hours", g.online_hours, MAX_PROGRAM_HOURS)
    problems += _hours("clinical_hours", g.clinical_hours, MAX_PROGRAM_HOURS)
    problems += _subject_online_problems(g)
    if g.mblex not in {"pass", "fail", "scheduled", "none"}:
        problems.append(Problem("mblex", g.mblex, "must be pass, fail, scheduled or none"))
    for name in ("program_start", "graduation_date", "birth_date"):
        problems += _date(name, getattr(g, name), today, future_ok=name == "graduation_date")
    problems += _date("mblex_date", g.mblex_date, today, future_ok=g.mblex == "scheduled")
    if g.school_state and not (len(g.school_state) == 2 and g.school_state.isalpha()
                               and g.school_state.isupper()):
        problems.append(Problem("school_state", g.school_state,
                                "must be the school's two-letter state code, e.g. OH"))
    for i, (code, exam, result) in enumerate(g.state_exams):
        field = f"state_exams[{i}]"
        if not code.strip() or len(code) > 40 or any(ch in code for ch in "=;"):
            problems.append(Problem(field, code, "must be a state code, e.g. TX"))
        if exam not in STATE_EXAM_KEYS:
            problems.append(Problem(field, exam, "must be jurisprudence, state_exam or "
                                    "practical_exam"))
        if result not in {"pass", "fail", "scheduled"}:
            problems.append(Problem(field, result, "must be pass, fail or scheduled"))
    return problems


def _subject_online_problems(g: Graduate) -> list[Problem]:
    """A subject's online hours: a known subject, within that subject's hours, and all
    of them within the program's online hours."""
    problems: list[Problem] = []
    subjects = dict(g.subject_hours)
    for key, hours in g.subject_online or ():
        field = f"{key}_online"
        if key not in vocab.ENTRY_SUBJECTS:
            problems += _key(field, key, vocab.ENTRY_SUBJECTS)
            continue
        problems += _hours(field, hours, MAX_PROGRAM_HOURS)
        if hours > subjects.get(key, Decimal(0)):
            problems.append(Problem(field, str(hours), f"is more than the {key} hours "
                                    f"({subjects.get(key, Decimal(0))}); a subject's online "
                                    "hours are part of its hours"))
    added = sum((h for _, h in g.subject_online or ()), Decimal(0))
    if not problems and added > g.online_hours:
        problems.append(Problem("online_hours", str(g.online_hours), f"is less than the "
                                f"per-subject online hours ({added}); online_hours is the "
                                "program's online total, so it includes them"))
    return problems


#: A state's own exams a graduate record may carry.
STATE_EXAM_KEYS = frozenset({"jurisprudence", "state_exam", "practical_exam"})

