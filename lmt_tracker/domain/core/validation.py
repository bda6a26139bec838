"""Validation of user records: every problem with its field, the value and the fix.

Returns problems as values (so a dialog can show each one beside its field);
``require_valid`` raises ``RecordInvalid`` for callers that must refuse.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lmt_tracker.domain.core import vocabulary as vocab
from lmt_tracker.domain.core.field_checks import (
    Problem,
    date_problems,
    hour_problems,
    key_problems,
    text_problems,
)
from lmt_tracker.domain.core.phrases import N_, Phrase, joined, ph
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


class RecordInvalid(ValueError):
    """A record failed validation; ``problems`` lists every reason. The message is a
    phrase (each field in words, "course not saved: Title: is required; …")."""

    def __init__(self, what: str, problems: list[Problem]) -> None:
        self.what = what
        self.problems = tuple(problems)
        super().__init__(_refusal(what, joined([p.sentence for p in problems], "; ")))


#: What the store says it was saving, and the sentence that it was not.
NOT_SAVED = {
    "profile": N_("profile not saved: {details}"),
    "training program": N_("training program not saved: {details}"),
    "exam attempt": N_("exam attempt not saved: {details}"),
    "credential": N_("credential not saved: {details}"),
    "course": N_("course not saved: {details}"),
    "certificate": N_("certificate not saved: {details}"),
}


def _refusal(what: str, details: Phrase) -> Phrase:
    if what in NOT_SAVED:
        return ph(NOT_SAVED[what], details=details)
    if what.startswith("graduate "):  # "graduate 'S-104'": the student id as written
        return ph(N_("graduate {student} not saved: {details}"), student=what[len("graduate "):],
                  details=details)
    return ph(N_("{what} not saved: {details}"), what=what, details=details)


def require_valid(what: str, problems: list[Problem]) -> None:
    if problems:
        raise RecordInvalid(what, problems)


def therapist_problems(t: Therapist, today: dt.date) -> list[Problem]:
    problems = text_problems("first_name", t.first_name, required=True, limit=100)
    problems += text_problems("last_name", t.last_name, required=True, limit=100)
    problems += date_problems("birth_date", t.birth_date, today, future_ok=False)
    # Limits are the column widths: PostgreSQL enforces them, so check them here for every engine.
    problems += text_problems("email", t.email, required=False, limit=200)
    problems += text_problems("phone", t.phone, required=False, limit=60)
    problems += text_problems("address", t.address, required=False, limit=MAX_NOTES_CHARS)
    if t.email and "@" not in t.email:
        problems.append(Problem("email", t.email,
                                ph(N_("is not an e-mail address (name@example.org)"))))
    return problems


def program_problems(p: TrainingProgram, today: dt.date) -> list[Problem]:
    problems = text_problems("school", p.school, required=True)
    problems += text_problems("program", p.program, required=False)
    problems += text_problems("jurisdiction", p.jurisdiction or "", required=False, limit=40)
    problems += date_problems("start_date", p.start_date, today, future_ok=True)
    problems += date_problems("end_date", p.end_date, today, future_ok=True)
    if p.start_date and p.end_date and p.end_date < p.start_date:
        problems.append(
            Problem(
                "end_date",
                p.end_date.isoformat(),
                ph(N_("is before the start date {start}; swap or fix them"), start=p.start_date),
            )
        )
    for i, h in enumerate(p.hours):
        problems += key_problems(f"hours[{i}].subject", h.subject, vocab.ENTRY_SUBJECTS)
        problems += key_problems(f"hours[{i}].delivery", h.delivery, vocab.TRAINING_DELIVERY)
        problems += hour_problems(f"hours[{i}].hours", h.hours, MAX_PROGRAM_HOURS)
    if not problems and p.total_hours > MAX_PROGRAM_HOURS:
        problems.append(
            Problem(
                "hours",
                p.total_hours,
                ph(N_("add up to more than {most}; check the figures"), most=MAX_PROGRAM_HOURS),
            )
        )
    return problems


def exam_problems(e: ExamAttempt, today: dt.date) -> list[Problem]:
    problems = key_problems("exam", e.exam, vocab.EXAMS)
    problems += key_problems("status", e.status, vocab.EXAM_STATUSES)
    problems += text_problems("jurisdiction", e.jurisdiction or "", required=False, limit=40)
    problems += text_problems("notes", e.notes, required=False, limit=MAX_NOTES_CHARS)
    for name in ("applied_date", "authorized_date", "test_date", "result_date"):
        problems += date_problems(name, getattr(e, name), today, future_ok=False)
    problems += date_problems("scheduled_date", e.scheduled_date, today, future_ok=True)
    if e.status in {"passed", "failed"} and e.test_date is None:
        problems.append(Problem("test_date", None, ph(N_("is required when the status is passed"))
                                if e.status == "passed"
                                else ph(N_("is required when the status is failed"))))
    return problems


def credential_problems(c: Credential, today: dt.date) -> list[Problem]:
    problems = key_problems("kind", c.kind, vocab.CREDENTIAL_KINDS)
    problems += key_problems("status", c.status, vocab.CREDENTIAL_STATUSES)
    problems += text_problems("jurisdiction", c.jurisdiction, required=True, limit=40)
    problems += text_problems("number", c.number, required=False, limit=60)
    problems += text_problems("title", c.title, required=False, limit=200)
    problems += text_problems("notes", c.notes, required=False, limit=MAX_NOTES_CHARS)
    problems += date_problems("issue_date", c.issue_date, today, future_ok=False)
    problems += date_problems("expiry_date", c.expiry_date, today, future_ok=True)
    if c.issue_date and c.expiry_date and c.expiry_date <= c.issue_date:
        problems.append(
            Problem(
                "expiry_date",
                c.expiry_date.isoformat(),
                ph(N_("is not after the issue date {issued}; check both dates"),
                   issued=c.issue_date),
            )
        )
    if c.licensed_by:
        problems += key_problems("licensed_by", c.licensed_by, vocab.LICENSED_BY)
    problems += date_problems("practice_start", c.practice_start, today, future_ok=False)
    if c.practice_start and c.issue_date and c.practice_start > c.issue_date:
        problems.append(
            Problem(
                "practice_start",
                c.practice_start.isoformat(),
                ph(N_("is after this license was first issued ({issued}); the date you were first "
                   "licensed anywhere cannot be later — check both dates"), issued=c.issue_date),
            )
        )
    problems += _ce_period_problems(c)
    return problems


def _half_period(field: str, other: dt.date) -> Problem:
    return Problem(field, None,
                   ph(N_("is empty while the other end of the CE period is {other}; enter both "
                         "dates printed on your renewal notice, or neither"), other=other))


def _ce_period_problems(c: Credential) -> list[Problem]:
    start, end = c.ce_period_start, c.ce_period_end
    if start is None:
        return [] if end is None else [_half_period("ce_period_start", end)]
    if end is None:
        return [_half_period("ce_period_end", start)]
    if end <= start:
        return [
            Problem(
                "ce_period_end",
                end.isoformat(),
                ph(N_("is not after the CE period's start {start}; check both dates"), start=start),
            )
        ]
    if end - start > dt.timedelta(days=366 * 10):
        return [
            Problem(
                "ce_period_end",
                end.isoformat(),
                ph(N_("makes a CE period of over 10 years; check the dates on your renewal "
                      "notice")),
            )
        ]
    return []


def course_problems(c: Course, today: dt.date) -> list[Problem]:
    problems = text_problems("title", c.title, required=True)
    problems += text_problems("provider", c.provider, required=True)
    problems += text_problems("notes", c.notes, required=False, limit=MAX_NOTES_CHARS)
    problems += date_problems("completed", c.completed, today, future_ok=False)
    problems += _course_amount(c)
    problems += key_problems("delivery", c.delivery, vocab.CE_DELIVERY)
    problems += text_problems("course_number", c.course_number, required=False, limit=80)
    seen: set[str] = set()
    for i, t in enumerate(c.topics):
        problems += key_problems(f"topics[{i}].topic", t.topic, vocab.CE_TOPICS)
        limit = MAX_COURSE_HOURS * (60 if c.hour_minutes == MINUTE_UNIT else 1)
        problems += hour_problems(f"topics[{i}].hours", t.hours, limit, positive=True)
        if t.topic in seen:
            problems.append(Problem(f"topics[{i}].topic", t.topic,
                                    ph(N_("is listed twice; merge them"))))
        seen.add(t.topic)
    if not problems:
        topic_total = sum((t.hours for t in c.topics), Decimal(0))
        if topic_total > c.hours:
            problems.append(
                Problem(
                    "topics",
                    str(topic_total),
                    ph(N_("topic hours add up to more than the course's {hours} minutes")
                       if c.hour_minutes == MINUTE_UNIT else
                       N_("topic hours add up to more than the course's {hours} hours"),
                       hours=c.hours),
                )
            )
    for i, a in enumerate(c.approvals):
        problems += text_problems(f"approvals[{i}].body", a.body, required=True, limit=40)
        # The number is evidence the PDF shows, but a therapist may know a course is
        # approved before finding its number: optional.
        problems += text_problems(f"approvals[{i}].number", a.number, required=False, limit=80)
    return problems


def _course_amount(c: Course) -> list[Problem]:
    """The hours or minutes printed on the certificate, in a unit the app knows."""
    if c.hour_minutes not in vocab.COURSE_UNITS:
        return [
            Problem(
                "hour_minutes",
                c.hour_minutes,
                ph(N_("must be 60-minute hours, 50-minute hours or minutes (1); choose the unit "
                   "the certificate uses")),
            )
        ]
    if c.hour_minutes != MINUTE_UNIT:
        if isinstance(c.hours, Decimal) and c.hours.is_finite() and c.hours == 0:
            return [
                Problem(
                    "hours",
                    c.hours,
                    ph(N_("is zero: enter the hours or the minutes printed on the certificate")),
                )
            ]
        return hour_problems("hours", c.hours, MAX_COURSE_HOURS, positive=True)
    minutes = c.hours
    if not isinstance(minutes, Decimal) or not minutes.is_finite():
        return [Problem("minutes", minutes, ph(N_("must be a whole number of minutes, e.g. 90")))]
    if minutes <= 0:
        return [
            Problem(
                "minutes",
                minutes,
                ph(N_("must be more than zero: enter the minutes printed on the certificate")),
            )
        ]
    if minutes != minutes.to_integral_value():
        return [Problem("minutes", minutes, ph(N_("must be a whole number of minutes, e.g. 90")))]
    if minutes > MAX_COURSE_HOURS * 60:
        return [
            Problem(
                "minutes",
                minutes,
                ph(N_("is more than {most} minutes; check the figure"), most=MAX_COURSE_HOURS * 60),
            )
        ]
    return []


def graduate_problems(g: Graduate, today: dt.date) -> list[Problem]:
    problems = text_problems("student_id", g.student_id, required=True, limit=60)
    problems += text_problems("name", g.name, required=True, limit=200)
    problems += hour_problems("total_hours", g.total_hours, MAX_PROGRAM_HOURS)
    for key, hours in g.subject_hours:
        problems += key_problems(key, key, vocab.ENTRY_SUBJECTS)
        problems += hour_problems(key, hours, MAX_PROGRAM_HOURS)
        if not problems and hours > g.total_hours:
            problems.append(
                Problem(
                    key, str(hours), ph(N_("is more than total_hours {total}; check both columns"),
                       total=g.total_hours)
                )
            )
    problems += hour_problems("online_hours", g.online_hours, MAX_PROGRAM_HOURS)
    problems += hour_problems("clinical_hours", g.clinical_hours, MAX_PROGRAM_HOURS)
    problems += _subject_online_problems(g)
    if g.mblex not in {"pass", "fail", "scheduled", "none"}:
        problems.append(Problem("mblex", g.mblex, ph(N_("must be pass, fail, scheduled or none"))))
    for name in ("program_start", "graduation_date", "birth_date"):
        problems += date_problems(name, getattr(g, name), today,
                                  future_ok=name == "graduation_date")
    problems += date_problems("mblex_date", g.mblex_date, today, future_ok=g.mblex == "scheduled")
    if g.school_state and not (len(g.school_state) == 2 and g.school_state.isalpha()
                               and g.school_state.isupper()):
        problems.append(Problem("school_state", g.school_state,
                                ph(N_("must be the school's two-letter state code, e.g. OH"))))
    for i, (code, exam, result) in enumerate(g.state_exams):
        field = f"state_exams[{i}]"
        if not code.strip() or len(code) > 40 or any(ch in code for ch in "=;"):
            problems.append(Problem(field, code, ph(N_("must be a state code, e.g. TX"))))
        if exam not in STATE_EXAM_KEYS:
            problems.append(Problem(field, exam, ph(N_("must be jurisprudence, state_exam or "
                                       "practical_exam"))))
        if result not in {"pass", "fail", "scheduled"}:
            problems.append(Problem(field, result, ph(N_("must be pass, fail or scheduled"))))
    return problems


def _subject_online_problems(g: Graduate) -> list[Problem]:
    """A subject's online hours: a known subject, within that subject's hours, and all
    of them within the program's online hours."""
    problems: list[Problem] = []
    subjects = dict(g.subject_hours)
    for key, hours in g.subject_online or ():
        field = f"{key}_online"
        if key not in vocab.ENTRY_SUBJECTS:
            problems += key_problems(field, key, vocab.ENTRY_SUBJECTS)
            continue
        problems += hour_problems(field, hours, MAX_PROGRAM_HOURS)
        if hours > subjects.get(key, Decimal(0)):
            problems.append(Problem(field, str(hours), ph(N_(
                "is more than the {subject} hours ({hours}); a subject's online hours are part "
                "of its hours"), subject=key, hours=subjects.get(key, Decimal(0)))))
    added = sum((h for _, h in g.subject_online or ()), Decimal(0))
    if not problems and added > g.online_hours:
        problems.append(Problem("online_hours", str(g.online_hours), ph(N_(
            "is less than the per-subject online hours ({added}); online_hours is the "
            "program's online total, so it includes them"), added=added)))
    return problems


#: A state's own exams a graduate record may carry.
STATE_EXAM_KEYS = frozenset({"jurisprudence", "state_exam", "practical_exam"})

