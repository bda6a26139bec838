"""Reading each record of an export document, strictly: a wrong field names its path.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import fields
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.domain.core.records import (
    Approval,
    Certificate,
    ClassBundle,
    Course,
    Credential,
    ExamAttempt,
    Graduate,
    RuleOverride,
    Therapist,
    TopicHours,
    TrainingHours,
    TrainingProgram,
)

# -- JSON → records -----------------------------------------------------------------------
PAIR = N_("expected [subject, hours], found {value}")


class RecordReader:
    """Reads one document, collecting every problem with its JSON path (phrases:
    ``domain.core.phrases``, said in the user's language; the paths stay as written)."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, path: str, message: str) -> None:
        """A problem at a JSON path (the file's own keys, quoted as written)."""
        self.problems.append(Phrase("{path}: {message}", {"path": path, "message": message}))

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, ph(N_("expected an object, found {kind}"), kind=type(value).__name__))
            return {}
        return value

    def items(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            self.fail(path, ph(N_("expected a list, found {kind}"), kind=type(value).__name__))
            return []
        return value

    def text(self, d: dict[str, Any], key: str, path: str, *, optional: bool = False) -> Any:
        value = d.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", ph(N_("expected text, found {value}"), value=repr(value)))
            return ""
        return value

    def integer(self, d: dict[str, Any], key: str, path: str, *, optional: bool = False) -> Any:
        value = d.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(f"{path}.{key}", ph(N_("expected a whole number, found {value}"),
                                          value=repr(value)))
            return 0
        return value

    def date(self, d: dict[str, Any], key: str, path: str, *, optional: bool = True) -> Any:
        value = d.get(key)
        if value is None and optional:
            return None
        try:
            return dt.date.fromisoformat(cast(str, value))  # not text: TypeError, said below
        except (TypeError, ValueError):
            self.fail(f"{path}.{key}", ph(N_("expected a date YYYY-MM-DD, found {value}"),
                                          value=repr(value)))
            return None

    def hours(self, d: dict[str, Any], key: str, path: str) -> Decimal:
        value = d.get(key)
        try:
            if not isinstance(value, str):
                raise InvalidOperation
            result = Decimal(value)
            if not result.is_finite():
                raise InvalidOperation
            return result
        except InvalidOperation:
            self.fail(f"{path}.{key}", ph(N_("expected hours as a decimal string, found "
                                             "{value}"), value=repr(value)))
            return Decimal(0)


def read_therapist(r: RecordReader, d: dict[str, Any], p: str) -> Therapist:
    return Therapist(
        id=r.integer(d, "id", p, optional=True),
        first_name=r.text(d, "first_name", p),
        last_name=r.text(d, "last_name", p),
        birth_date=r.date(d, "birth_date", p),
        email=r.text(d, "email", p),
        phone=r.text(d, "phone", p),
        address=r.text(d, "address", p),
    )


def read_program(r: RecordReader, d: dict[str, Any], p: str) -> TrainingProgram:
    hours = []
    for i, h in enumerate(r.items(d.get("hours"), f"{p}.hours")):
        hp = f"{p}.hours[{i}]"
        h = r.obj(h, hp)
        hours.append(
            TrainingHours(
                r.text(h, "subject", hp), r.text(h, "delivery", hp), r.hours(h, "hours", hp)
            )
        )
    return TrainingProgram(
        id=r.integer(d, "id", p),
        school=r.text(d, "school", p),
        program=r.text(d, "program", p),
        start_date=r.date(d, "start_date", p),
        end_date=r.date(d, "end_date", p),
        jurisdiction=r.text(d, "jurisdiction", p, optional=True),
        hours=tuple(hours),
    )


def read_exam(r: RecordReader, d: dict[str, Any], p: str) -> ExamAttempt:
    return ExamAttempt(
        id=r.integer(d, "id", p),
        exam=r.text(d, "exam", p),
        status=r.text(d, "status", p),
        applied_date=r.date(d, "applied_date", p),
        authorized_date=r.date(d, "authorized_date", p),
        scheduled_date=r.date(d, "scheduled_date", p),
        test_date=r.date(d, "test_date", p),
        result_date=r.date(d, "result_date", p),
        jurisdiction=r.text(d, "jurisdiction", p, optional=True),
        notes=r.text(d, "notes", p),
    )


def read_credential(r: RecordReader, d: dict[str, Any], p: str) -> Credential:
    return Credential(
        id=r.integer(d, "id", p),
        kind=r.text(d, "kind", p),
        jurisdiction=r.text(d, "jurisdiction", p),
        number=r.text(d, "number", p),
        title=r.text(d, "title", p),
        issue_date=r.date(d, "issue_date", p),
        expiry_date=r.date(d, "expiry_date", p),
        status=r.text(d, "status", p),
        notes=r.text(d, "notes", p),
        # Added with schema 0002: absent from older exports, which means "not given".
        licensed_by=r.text(d, "licensed_by", p, optional=True) or "",
        practice_start=r.date(d, "practice_start", p),
        ce_period_start=r.date(d, "ce_period_start", p),
        ce_period_end=r.date(d, "ce_period_end", p),
    )


_SEEN_HOURS: dict[str, Decimal] = {}


def _finite(value: Any) -> Decimal | None:
    """Hours from their decimal string, or None when ``RecordReader.hours`` would object.

    A course list repeats a few dozen figures ("1", "1.5", "3"); a ``Decimal`` is
    immutable, so the same text gives the same (shared) value, parsed once."""
    if type(value) is not str:
        return None
    known = _SEEN_HOURS.get(value)
    if known is not None:
        return known
    try:
        result = Decimal(value)
    except InvalidOperation:
        return None
    if not result.is_finite():
        return None
    if len(_SEEN_HOURS) < 4096 and len(value) <= 16:
        _SEEN_HOURS[value] = result
    return result


def _course_quick(d: dict[str, Any]) -> Course | None:
    """The course ``read_course`` reads from a well-formed object, or None to read it slowly.

    Nearly every course of a real export is well formed; checking its types inline
    is several times faster than ``RecordReader``'s call per field. Any doubt (a wrong type,
    a bad date or figure, a missing key) returns None and ``read_course`` reads the object
    again, reporting every problem with its path — so the result and the messages are
    exactly the slow path's (``tests/io/test_exchange_fast.py``).
    """
    try:
        title, provider, delivery = d["title"], d["provider"], d["delivery"]
        notes, ident, minutes = d["notes"], d["id"], d["hour_minutes"]
        raw_topics, raw_approvals, completed = d["topics"], d["approvals"], d["completed"]
    except KeyError:
        return None
    sha, number, applies = d.get("certificate_sha256"), d.get("course_number"), d.get("applies_to")
    if not (type(title) is str and type(provider) is str and type(delivery) is str
            and type(notes) is str and (sha is None or type(sha) is str)
            and (number is None or type(number) is str) and type(ident) is int
            and type(minutes) is int and type(raw_topics) is list
            and type(raw_approvals) is list and type(completed) is str
            and (applies is None or type(applies) is list)):
        return None
    try:
        day = _fromisoformat(completed)
    except ValueError:
        return None
    hours = _finite(d.get("hours"))
    if hours is None:
        return None
    topics = []
    for t in raw_topics:
        if type(t) is not dict or type(t.get("topic")) is not str:
            return None
        amount = _finite(t.get("hours"))
        if amount is None:
            return None
        topics.append(TopicHours(t["topic"], amount))
    approvals = []
    for a in raw_approvals:
        if type(a) is not dict:
            return None
        body, code, approved = a.get("body"), a.get("number"), a.get("approved", True)
        if type(body) is not str or type(code) is not str or type(approved) is not bool:
            return None
        approvals.append(Approval(body, code, approved))
    if applies is not None:
        applies = tuple(x for x in applies if type(x) is int)
    if _COURSE_ORDER:  # positional: the same record, a good part faster to build
        return Course(title, provider, day, hours, delivery, minutes, tuple(topics),
                      tuple(approvals), notes, sha, applies, number or "", ident)
    return Course(id=ident, title=title, provider=provider, completed=day, hours=hours,
                  hour_minutes=minutes, delivery=delivery, topics=tuple(topics),
                  approvals=tuple(approvals), notes=notes, certificate_sha256=sha,
                  applies_to=applies, course_number=number or "")


_fromisoformat = dt.date.fromisoformat
_COURSE_ORDER = tuple(f.name for f in fields(Course))[:13] == (
    "title", "provider", "completed", "hours", "delivery", "hour_minutes", "topics",
    "approvals", "notes", "certificate_sha256", "applies_to", "course_number", "id")


def read_course(r: RecordReader, d: dict[str, Any], p: str) -> Course:
    if type(d) is dict:
        quick = _course_quick(d)
        if quick is not None:
            return quick
    topics = []
    for i, t in enumerate(r.items(d.get("topics"), f"{p}.topics")):
        tp = f"{p}.topics[{i}]"
        t = r.obj(t, tp)
        topics.append(TopicHours(r.text(t, "topic", tp), r.hours(t, "hours", tp)))
    approvals = []
    for i, a in enumerate(r.items(d.get("approvals"), f"{p}.approvals")):
        ap = f"{p}.approvals[{i}]"
        a = r.obj(a, ap)
        approved = a.get("approved", True)
        if not isinstance(approved, bool):
            r.fail(f"{ap}.approved", ph(N_("must be true or false")))
            approved = True
        approvals.append(Approval(r.text(a, "body", ap), r.text(a, "number", ap), approved))
    applies = d.get("applies_to")
    applies_to = None
    if applies is not None:
        applies_to = tuple(
            x
            for x in r.items(applies, f"{p}.applies_to")
            if isinstance(x, int) and not isinstance(x, bool)
        )
    return Course(
        id=r.integer(d, "id", p),
        title=r.text(d, "title", p),
        provider=r.text(d, "provider", p),
        completed=r.date(d, "completed", p, optional=False),
        hours=r.hours(d, "hours", p),
        hour_minutes=r.integer(d, "hour_minutes", p),
        delivery=r.text(d, "delivery", p),
        topics=tuple(topics),
        approvals=tuple(approvals),
        notes=r.text(d, "notes", p),
        certificate_sha256=r.text(d, "certificate_sha256", p, optional=True),
        applies_to=applies_to,
        course_number=r.text(d, "course_number", p, optional=True) or "",
    )


def read_certificate(r: RecordReader, d: dict[str, Any], p: str) -> Certificate:
    try:
        data = base64.b64decode(r.text(d, "data", p), validate=True)
    except (binascii.Error, ValueError):
        r.fail(f"{p}.data", ph(N_("is not valid base64")))
        data = b""
    return Certificate(
        r.text(d, "sha256", p), r.text(d, "file_name", p), r.text(d, "media_type", p), data
    )


def read_graduate(r: RecordReader, d: dict[str, Any], p: str, class_id: int) -> Graduate:
    subjects = []
    for i, pair in enumerate(r.items(d.get("subject_hours"), f"{p}.subject_hours")):
        if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str):
            subjects.append((pair[0], r.hours({"h": pair[1]}, "h", f"{p}.subject_hours[{i}]")))
        else:
            r.fail(f"{p}.subject_hours[{i}]", ph(PAIR, value=repr(pair)))
    online: list[tuple[str, Decimal]] | None = None
    if d.get("subject_online") is not None:  # absent from older exports: no split
        online = []
        for i, pair in enumerate(r.items(d.get("subject_online"), f"{p}.subject_online")):
            if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str):
                online.append((pair[0], r.hours({"h": pair[1]}, "h", f"{p}.subject_online[{i}]")))
            else:
                r.fail(f"{p}.subject_online[{i}]", ph(PAIR, value=repr(pair)))
    exams = []
    for i, item in enumerate(d.get("state_exams") or ()):  # absent before schema 0002
        if isinstance(item, list) and len(item) == 3 and all(isinstance(x, str) for x in item):
            exams.append((item[0], item[1], item[2]))
        else:
            r.fail(f"{p}.state_exams[{i}]", ph(N_("expected [state, exam, result], found {value}"),
                                               value=repr(item)))
    return Graduate(
        state_exams=tuple(exams),
        school_state=r.text(d, "school_state", p, optional=True) or "",
        id=r.integer(d, "id", p, optional=True),
        class_id=class_id,
        student_id=r.text(d, "student_id", p),
        name=r.text(d, "name", p),
        total_hours=r.hours(d, "total_hours", p),
        subject_hours=tuple(subjects),
        subject_online=None if online is None else tuple(online),
        online_hours=r.hours(d, "online_hours", p),
        clinical_hours=r.hours(d, "clinical_hours", p),
        program_start=r.date(d, "program_start", p),
        graduation_date=r.date(d, "graduation_date", p),
        birth_date=r.date(d, "birth_date", p),
        mblex=r.text(d, "mblex", p),
        mblex_date=r.date(d, "mblex_date", p),
    )


def read_rule_overrides(r: RecordReader, raw: Any) -> tuple[RuleOverride, ...]:
    """The user's rule overrides (absent in documents written before they existed)."""
    out: list[RuleOverride] = []
    seen: set[tuple[str, str]] = set()
    for i, item in enumerate(r.items(raw, "rule_overrides")):
        # Only with an override to read: the module brings the rule records and findings
        # (tens of milliseconds of an import's start for the usual empty list).
        from lmt_tracker.domain.core.overrides import OverrideError, canonical, is_field

        p = f"rule_overrides[{i}]"
        d = r.obj(item, p)
        code = r.text(d, "jurisdiction", p)
        name = r.text(d, "field", p)
        value = r.text(d, "value", p)
        note = r.text(d, "note", p)
        recorded = r.date(d, "recorded", p, optional=False)
        rules_value = r.text(d, "rules_value", p, optional=True)
        if not isinstance(name, str) or not is_field(name):
            r.fail(f"{p}.field", ph(N_("{name} is not a rule figure that can be overridden"),
                                    name=repr(name)))
            continue
        try:
            value = canonical(name, value)
        except OverrideError as exc:
            r.fail(f"{p}.value", exc.args[0] if exc.args else str(exc))
            continue
        if (code, name) in seen:
            r.fail(p, ph(N_("a second override of {code} {name}"), code=str(code), name=str(name)))
            continue
        seen.add((code, name))
        out.append(RuleOverride(code, name, value, note, recorded, rules_value))
    return tuple(out)


def read_class(r: RecordReader, d: dict[str, Any], p: str) -> ClassBundle:
    ident = r.integer(d, "id", p)
    graduates = tuple(
        read_graduate(r, r.obj(g, f"{p}.graduates[{i}]"), f"{p}.graduates[{i}]", ident)
        for i, g in enumerate(r.items(d.get("graduates"), f"{p}.graduates"))
    )
    return ClassBundle(ident, r.text(d, "school", p), r.text(d, "name", p), graduates)


def _pair(value: Any) -> Phrase:
    return ph(N_("expected [subject, hours], found {value}"), value=repr(value))
