"""A whole database as records (a ``Bundle``) and as a versioned JSON document.

The document is lossless and deterministic: hours are exact decimal strings,
dates ISO strings, certificates base64, ids kept, keys sorted on write, so that
export → import → export gives identical bytes.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import fields
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from lmt_tracker import __version__
from lmt_tracker.domain.core import validation as v
from lmt_tracker.domain.core.certificate_checks import certificate_problems
from lmt_tracker.domain.core.field_checks import shown_value
from lmt_tracker.domain.core.phrases import N_, Phrase, joined, ph
from lmt_tracker.domain.core.records import Bundle, Course
from lmt_tracker.io.bundle_records import (
    RecordReader,
    read_certificate,
    read_class,
    read_course,
    read_credential,
    read_exam,
    read_program,
    read_rule_overrides,
    read_therapist,
)

if TYPE_CHECKING:
    from lmt_tracker.domain.core.field_checks import Problem
    from lmt_tracker.store.sqlite_read import CourseRows

FORMAT = "lmt-tracker-export"
FORMAT_VERSION = 1


class DocumentError(ValueError):
    """An export document cannot be imported; ``problems`` names each place and reason
    (the message a phrase: ``domain.core.phrases``)."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = problems
        more: str = ph(N_(" (and {n} more)"), n=len(problems) - 10) if len(problems) > 10 else ""
        super().__init__(ph(N_("{source}: {problems}{more}; nothing was imported"), source=source,
                            problems=joined(problems[:10], "; "), more=more))


# -- records → JSON -----------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(x) for x in value]
    if hasattr(value, "__dataclass_fields__"):
        # Fields marked not exported (a record's read version) describe one database's
        # bookkeeping, not the user's data; another database assigns its own.
        return {
            f.name: _plain(getattr(value, f.name))
            for f in fields(value)
            if f.metadata.get("exported", True)
        }
    return value


def _plain_course(c: Course) -> dict[str, Any]:
    """``_plain(c)`` for a course, field by field: an export is mostly courses, and the
    generic walk (``dataclasses.fields`` per record, a call per value) was most of the
    time of exporting 100,000 of them. ``tests/io/test_exchange_fast.py`` holds it equal
    to ``_plain`` (and fails if ``Course`` gains a field this does not write)."""
    applies = c.applies_to
    return {
        "title": c.title,
        "provider": c.provider,
        "completed": c.completed.isoformat(),
        "hours": format(c.hours, "f"),
        "delivery": c.delivery,
        "hour_minutes": c.hour_minutes,
        "topics": [{"topic": t.topic, "hours": format(t.hours, "f")} for t in c.topics],
        "approvals": [{"body": a.body, "number": a.number, "approved": a.approved}
                      for a in c.approvals],
        "notes": c.notes,
        "certificate_sha256": c.certificate_sha256,
        "applies_to": None if applies is None else list(applies),
        "course_number": c.course_number,
        "id": c.id,
    }


def _plain_courses(courses: tuple[Course, ...]) -> list[dict[str, Any]]:
    # The specialised form only for exact ``Course`` records of the expected shape.
    if _exported_names(Course) != _COURSE_EXPORTED:
        return [_plain(c) for c in courses]
    return [_plain_course(c) if type(c) is Course else _plain(c) for c in courses]


def _exported_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.metadata.get("exported", True))


_COURSE_EXPORTED = ("title", "provider", "completed", "hours", "delivery", "hour_minutes",
                    "topics", "approvals", "notes", "certificate_sha256", "applies_to",
                    "course_number", "id")


def course_documents(stored: CourseRows) -> list[dict[str, Any]]:
    """Each stored course's JSON object, straight from its rows (by id, as export sorts),
    every object's keys already in sorted order (``exchange.export_bytes`` encodes them
    without sorting).

    The same objects as ``_plain_course`` of the records ``SQLiteReader.courses`` builds
    (``tests/io/test_exchange_fast.py`` compares the export bytes): each stored value
    goes through the same two conversions — ``Decimal(text)`` then ``format(…, "f")``,
    ``date.fromisoformat`` then ``isoformat``, 0/1 to a boolean — memoised per distinct
    text, since 100,000 courses hold a few hundred distinct dates and figures.
    """
    hours_seen: dict[str, str] = {}
    days_seen: dict[str, str] = {}

    def hours(text: str | None) -> str | None:
        if text is None:
            return None
        out = hours_seen.get(text)
        if out is None:
            out = hours_seen[text] = format(Decimal(text), "f")
        return out

    def day(text: str | None) -> str | None:
        if text is None:
            return None
        out = days_seen.get(text)
        if out is None:
            out = days_seen[text] = dt.date.fromisoformat(text).isoformat()
        return out

    topics: dict[int, list[dict[str, Any]]] = {}
    for cid, topic, amount in stored.topics:
        entry = {"hours": hours_seen.get(amount) or hours(amount), "topic": topic}
        same = topics.get(cid)
        if same is None:
            topics[cid] = [entry]
        else:
            same.append(entry)
    approvals: dict[int, list[dict[str, Any]]] = {}
    for cid, body, number, approved in stored.approvals:
        listed: dict[str, Any] = {"approved": bool(approved), "body": body, "number": number}
        same = approvals.get(cid)
        if same is None:
            approvals[cid] = [listed]
        else:
            same.append(listed)
    links = stored.links
    out: list[dict[str, Any]] = []
    append = out.append
    for (ident, title, provider, completed, amount, minutes, delivery, notes, sha, to_all,
         number) in stored.rows:
        append({  # keys in sorted order: export writes these unsorted (exchange.py)
            "applies_to": None if to_all else list(links.get(ident, ())),
            "approvals": approvals.pop(ident, None) or [],
            "certificate_sha256": sha,
            "completed": days_seen.get(completed) or day(completed),
            "course_number": number,
            "delivery": delivery,
            "hour_minutes": minutes,
            "hours": hours_seen.get(amount) or hours(amount),
            "id": ident,
            "notes": notes,
            "provider": provider,
            "title": title,
            "topics": topics.pop(ident, None) or [],
        })
    return out


def to_document(bundle: Bundle) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "therapist": _plain(bundle.therapist),
        "programs": [_plain(p) for p in bundle.programs],
        "exams": [_plain(e) for e in bundle.exams],
        "credentials": [_plain(c) for c in bundle.credentials],
        "courses": _plain_courses(bundle.courses),
        "certificates": [
            {
                "sha256": c.sha256,
                "file_name": c.file_name,
                "media_type": c.media_type,
                "data": base64.b64encode(c.data).decode("ascii"),
            }
            for c in sorted(bundle.certificates, key=lambda c: c.sha256)
        ],
        "classes": [
            {
                "id": k.id,
                "school": k.school,
                "name": k.name,
                "graduates": [_plain(g) for g in k.graduates],
            }
            for k in bundle.classes
        ],
        "settings": dict(sorted(bundle.settings.items())),
        "rule_overrides": [
            {
                "jurisdiction": o.jurisdiction,
                "field": o.field,
                "value": o.value,
                "note": o.note,
                "recorded": o.recorded.isoformat(),
                "rules_value": o.rules_value,
            }
            for o in bundle.rule_overrides
        ],
    }


def from_document(doc: Any, source: str, today: dt.date) -> Bundle:
    """Parse and validate a whole document; raise ``DocumentError`` listing every problem."""
    r = RecordReader()
    d = r.obj(doc, "document")
    if d.get("format") != FORMAT:
        raise DocumentError(source, [ph(N_("not an LMT Tracker export (format is {format})"),
                                        format=repr(d.get("format")))])
    version = d.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DocumentError(source, [ph(N_("format_version {version} is not a number"),
                                        version=repr(version))])
    if version > FORMAT_VERSION:
        raise DocumentError(
            source,
            [
                ph(N_("written by a newer LMT Tracker (format {version}; this version reads up "
                      "to {most}); install the newer version to import it"), version=version,
                   most=FORMAT_VERSION)
            ],
        )
    raw_t = d.get("therapist")
    therapist = None if raw_t is None else read_therapist(r, r.obj(raw_t, "therapist"), "therapist")

    def many(key: str, parse: Any) -> tuple[Any, ...]:
        return tuple(
            parse(r, r.obj(x, f"{key}[{i}]"), f"{key}[{i}]")
            for i, x in enumerate(r.items(d.get(key, []), key))
        )

    bundle = Bundle(
        therapist=therapist,
        programs=many("programs", read_program),
        exams=many("exams", read_exam),
        credentials=many("credentials", read_credential),
        courses=many("courses", read_course),
        certificates=many("certificates", read_certificate),
        classes=tuple(
            read_class(r, r.obj(x, f"classes[{i}]"), f"classes[{i}]")
            for i, x in enumerate(r.items(d.get("classes", []), "classes"))
        ),
        settings={str(k): str(val) for k, val in r.obj(d.get("settings", {}), "settings").items()},
        rule_overrides=read_rule_overrides(r, d.get("rule_overrides", [])),
    )
    if not r.problems:
        _validate(r, bundle, today)
    if r.problems:
        raise DocumentError(source, r.problems)
    return bundle


def _validate(r: RecordReader, b: Bundle, today: dt.date) -> None:
    def report(path: str, problems: list[Problem]) -> None:
        for problem in problems:
            r.fail(f"{path}.{problem.field}", Phrase("{value} {message}", {
                "value": shown_value(problem.value), "message": problem.message}))

    if b.therapist:
        report("therapist", v.therapist_problems(b.therapist, today))
    for i, p in enumerate(b.programs):
        report(f"programs[{i}]", v.program_problems(p, today))
    for i, e in enumerate(b.exams):
        report(f"exams[{i}]", v.exam_problems(e, today))
    credential_ids = {c.id for c in b.credentials}
    for i, c in enumerate(b.credentials):
        report(f"credentials[{i}]", v.credential_problems(c, today))
    certs = {c.sha256 for c in b.certificates}
    for i, cert in enumerate(b.certificates):
        report(f"certificates[{i}]", certificate_problems(cert))
    for i, course in enumerate(b.courses):
        report(f"courses[{i}]", v.course_problems(course, today))
        if course.certificate_sha256 and course.certificate_sha256 not in certs:
            r.fail(
                f"courses[{i}].certificate_sha256",
                ph(N_("names a certificate the file does not contain"))
            )
        for ident in course.applies_to or ():
            if ident not in credential_ids:
                r.fail(
                    f"courses[{i}].applies_to",
                    ph(N_("names credential {ident}, which is not in the file"), ident=ident),
                )
    for i, k in enumerate(b.classes):
        for j, g in enumerate(k.graduates):
            report(f"classes[{i}].graduates[{j}]", v.graduate_problems(g, today))
    for key, records in (
        ("programs", b.programs),
        ("exams", b.exams),
        ("credentials", b.credentials),
        ("courses", b.courses),
        ("classes", b.classes),
    ):
        ids = [x.id for x in records]
        if len(ids) != len(set(ids)):
            r.fail(key, ph(N_("contains the same id twice")))

