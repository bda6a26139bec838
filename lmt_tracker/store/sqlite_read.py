"""Reading an SQLite database at the current schema with the standard ``sqlite3`` module.

Why: a read-only command (``status``, ``eligibility``, a renewal report) spent about
0.3 s of its 0.4 s importing SQLAlchemy and the ORM mapping, to run a handful of
SELECTs. ``SQLiteReader`` runs the same SELECTs (the same columns, the same order,
NULLs first where the repository says so) and builds the same frozen records, with
the values converted exactly as the column types convert them: dates from ISO text
(``date.fromisoformat``, as SQLAlchemy's SQLite ``DATE`` does), hours as ``Decimal``
from their exact text (``tables.DecimalText``), booleans from 0/1.

It is only ever given a file that ``store.open_for_reading`` has checked (an SQLite
file, not damaged, not foreign, schema exactly ``revisions.HEAD``); the connection is
read-only (``mode=ro``), so nothing here can change the file. Whole-record reads run
in one read transaction: one consistent snapshot even while the app writes.
``tests/store/test_sqlite_read.py`` proves the records equal ``Store``'s, field by
field and version by version, on the demo and on odd data.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import operator
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from itertools import compress, repeat
from operator import itemgetter
from typing import Any, cast

from lmt_tracker.domain.core.records import (
    Approval,
    Certificate,
    Course,
    Credential,
    ExamAttempt,
    Record,
    RuleOverride,
    Therapist,
    TopicHours,
    TrainingHours,
    TrainingProgram,
)
from lmt_tracker.store import sqlite_files
from lmt_tracker.store.engine import Target

_date = dt.date.fromisoformat
_FIRST = itemgetter(0)
_TOPIC_AND_HOURS = itemgetter(1, 2)
_COURSE_FIELDS = ("title", "provider", "completed", "hours", "delivery", "hour_minutes",
                  "topics", "approvals", "notes", "certificate_sha256", "applies_to",
                  "course_number", "id", "version")
_COURSE_POSITIONAL = tuple(f.name for f in dataclasses.fields(Course)) == _COURSE_FIELDS
#: Each field's slot setter, to build a ``Course`` without its generated ``__init__`` (one
#: ``object.__setattr__`` call per field: half the time of a 10,000-course read's Python
#: side). Only when the fields are the ones above, in slots, with nothing run after init.
_COURSE_SLOTS = (
    tuple(getattr(Course, name).__set__ for name in _COURSE_FIELDS)
    if _COURSE_POSITIONAL and "__slots__" in Course.__dict__
    and not hasattr(Course, "__post_init__")
    else None
)


def _day(text: str | None) -> dt.date | None:
    return None if text is None else _date(text)


def _hours(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


class _Converted(dict):  # type: ignore[type-arg]
    """Stored text -> its value, converted once per distinct text (hits stay in C)."""

    def __init__(self, convert: Callable[[Any], object]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, text: Any) -> object:
        value = self[text] = self.convert(text)
        return value


def _topics_by_course(rows: list[tuple[int, str, str]],
                      amounts: _Converted) -> dict[int, tuple[TopicHours, ...]]:
    """Each course's topics in stored order, by course id. One tuple per distinct list of
    topics, shared by the courses that have it (records are frozen): the judgement
    compares courses' topics once per tuple (``CourseIndex.shape_of``), not per course.
    Courses of one topic (most) a column at a time; a Python loop only over the rows of
    courses with several."""
    items = _Converted(lambda key: TopicHours(key[0], amounts[key[1]]))
    singles = _Converted(lambda key: (items[key],))
    cids = list(map(_FIRST, rows))
    per_course = Counter(cids)
    if len(per_course) == len(cids):  # one topic per course at most: nothing to group
        return dict(zip(cids, map(singles.__getitem__, map(_TOPIC_AND_HOURS, rows)),
                        strict=True))
    several = list(map((1).__lt__, map(per_course.__getitem__, cids)))
    one = list(compress(rows, map(operator.not_, several)))
    topic_of = dict(zip(map(_FIRST, one), map(singles.__getitem__, map(_TOPIC_AND_HOURS, one)),
                        strict=True))
    grouped: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for cid, topic, amount in compress(rows, several):
        grouped[cid].append((topic, amount))
    lists = _Converted(lambda key: tuple(map(items.__getitem__, key)))
    topic_of.update(zip(grouped.keys(), map(lists.__getitem__, map(tuple, grouped.values())),
                        strict=True))
    return topic_of


def _applies_to(ids: tuple[int, ...], to_all: tuple[int, ...],
                links: dict[int, list[int]]) -> list[tuple[int, ...] | None]:
    """Each course's credentials: None (every one, most courses) or its links; a Python
    step only for the courses kept to some credentials."""
    out: list[tuple[int, ...] | None] = [None] * len(ids)
    for k in compress(range(len(ids)), map(operator.not_, to_all)):
        out[k] = tuple(links.get(ids[k], ()))
    return out


@dataclasses.dataclass(frozen=True)
class CourseRows:
    """The course tables as stored: ``rows`` by id (the columns of ``course_rows``'s
    SELECT); every topic ``(course_id, topic, hours)`` and approval ``(course_id, body,
    number, approved)`` in the order ``courses`` gives them; credential links by course."""

    rows: list[tuple]  # type: ignore[type-arg]
    topics: list[tuple[int, str, str]]
    approvals: list[tuple[int, str, str, int]]
    links: dict[int, list[int]]


class SQLiteReader:
    """The read side of ``Store`` for one SQLite file, without SQLAlchemy.

    Offers the reads the read-only commands and reports use, with ``Store``'s names
    and results: ``load_record``, ``courses``, ``credentials``, ``rule_overrides``,
    ``certificate``, ``setting``, ``today``, ``target``, ``close``.
    """

    def __init__(self, target: Target) -> None:
        assert target.path is not None
        self.target = target
        try:
            self._conn = sqlite3.connect(sqlite_files.read_only_uri(target.path), uri=True,
                                         timeout=sqlite_files.BUSY_TIMEOUT, isolation_level=None)
        except sqlite3.Error as exc:
            raise sqlite_files.explain(exc, target.path) from exc

    def close(self) -> None:
        self._conn.close()

    @staticmethod
    def today() -> dt.date:
        return dt.date.today()

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """One read transaction (a snapshot); SQLite errors become ``StoreError``."""
        conn = self._conn
        nested = conn.in_transaction
        try:
            if not nested:
                conn.execute("BEGIN")
            yield conn
        except sqlite3.Error as exc:
            raise sqlite_files.explain(exc, self.target.path) from exc
        finally:
            if not nested and conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):  # nothing was written: nothing to keep
                    conn.execute("ROLLBACK")

    # -- the whole record -------------------------------------------------------------------
    def load_record(self) -> Record:
        with self._reading():
            return Record(
                therapist=self.therapist(),
                programs=tuple(self.programs()),
                exams=tuple(self.exams()),
                credentials=tuple(self.credentials()),
                courses=tuple(self.courses()),
            )

    def therapist(self) -> Therapist | None:
        with self._reading() as c:
            row = c.execute(
                "SELECT id, first_name, last_name, birth_date, email, phone, address, version "
                "FROM therapist ORDER BY id LIMIT 1").fetchone()
        if row is None:
            return None
        ident, first, last, birth, email, phone, address, version = row
        return Therapist(first_name=first, last_name=last, birth_date=_day(birth), email=email,
                         phone=phone, address=address, id=ident, version=version)

    def programs(self) -> list[TrainingProgram]:
        with self._reading() as c:
            hours: dict[int, list[TrainingHours]] = defaultdict(list)
            for pid, subject, delivery, amount in c.execute(
                    "SELECT program_id, subject, delivery, hours FROM training_hours ORDER BY id"):
                hours[pid].append(TrainingHours(subject, delivery, _hours(amount)))  # type: ignore[arg-type]
            rows = c.execute(
                "SELECT id, school, program, start_date, end_date, jurisdiction, version "
                "FROM training_program ORDER BY start_date ASC NULLS FIRST, id").fetchall()
        return [TrainingProgram(school=school, program=program, start_date=_day(start),
                                end_date=_day(end), hours=tuple(hours.get(ident, ())),
                                jurisdiction=where, id=ident, version=version)
                for ident, school, program, start, end, where, version in rows]

    def exams(self) -> list[ExamAttempt]:
        with self._reading() as c:
            rows = c.execute(
                "SELECT id, exam, status, applied_date, authorized_date, scheduled_date, "
                "test_date, result_date, jurisdiction, notes, version FROM exam_attempt "
                "ORDER BY test_date ASC NULLS FIRST, applied_date ASC NULLS FIRST, id").fetchall()
        return [ExamAttempt(exam=exam, status=status, applied_date=_day(applied),
                            authorized_date=_day(authorized), scheduled_date=_day(scheduled),
                            test_date=_day(tested), result_date=_day(result),
                            jurisdiction=where, notes=notes, id=ident, version=version)
                for (ident, exam, status, applied, authorized, scheduled, tested, result, where,
                     notes, version) in rows]

    def credentials(self) -> list[Credential]:
        with self._reading() as c:
            rows = c.execute(
                "SELECT id, kind, jurisdiction, number, title, issue_date, expiry_date, status, "
                "notes, licensed_by, practice_start, ce_period_start, ce_period_end, version "
                "FROM credential ORDER BY id").fetchall()
        return [Credential(kind=kind, jurisdiction=where, number=number, title=title,
                           issue_date=_day(issued), expiry_date=_day(expires), status=status,
                           notes=notes, licensed_by=by, practice_start=_day(practice),
                           ce_period_start=_day(ce_start), ce_period_end=_day(ce_end),
                           id=ident, version=version)
                for (ident, kind, where, number, title, issued, expires, status, notes, by,
                     practice, ce_start, ce_end, version) in rows]

    def courses(self, since: dt.date | None = None) -> list[Course]:
        """All courses (optionally completed on or after ``since``), as ``Store.courses``."""
        with self._reading() as c:
            query = ("SELECT id, title, provider, completed, hours, hour_minutes, delivery, "
                     "notes, certificate_sha256, applies_to_all, course_number, version "
                     "FROM course")
            params: tuple[str, ...] = ()
            if since is not None:
                query += " WHERE completed >= ?"
                params = (since.isoformat(),)
            rows = c.execute(query + " ORDER BY completed, id", params).fetchall()
            # Records are frozen, so equal values are shared: one date, Decimal and
            # TopicHours per distinct stored text instead of one per course.
            days = _Converted(_date)
            amounts = _Converted(Decimal)
            topic_of = _topics_by_course(c.execute(
                "SELECT course_id, topic, hours FROM course_topic ORDER BY id").fetchall(), amounts)
            approvals: dict[int, list[Approval]] = defaultdict(list)
            for cid, body, number, approved in c.execute(
                    "SELECT course_id, body, number, approved FROM course_approval ORDER BY id"):
                approvals[cid].append(Approval(body, number, bool(approved)))
            links: dict[int, list[int]] = defaultdict(list)
            for cid, credential in c.execute(
                    "SELECT course_id, credential_id FROM course_credential "
                    "ORDER BY credential_id"):
                links[cid].append(credential)
        if not rows:
            return []
        # Column by column (each a C-level ``map`` where it can be), in the order of
        # ``_COURSE_FIELDS``: a Python loop per course was most of a 10,000-course read.
        (ids, titles, providers, completed, hours, minutes, deliveries, notes, shas, to_all,
         numbers, versions) = zip(*rows, strict=True)
        approvals_of = {cid: tuple(items) for cid, items in approvals.items()}
        no_topics: tuple[TopicHours, ...] = ()
        no_approvals: tuple[Approval, ...] = ()
        columns = (
            titles, providers, list(map(days.__getitem__, completed)),
            list(map(amounts.__getitem__, hours)), deliveries, minutes,
            list(map(topic_of.get, ids, repeat(no_topics))),
            list(map(approvals_of.get, ids, repeat(no_approvals))),
            notes, shas,
            _applies_to(ids, to_all, links),
            numbers, ids, versions,
        )
        if _COURSE_SLOTS is not None and _COURSE_POSITIONAL:
            # Straight into the slots when the record's fields are those above, in that
            # order (``_COURSE_SLOTS``); else positional, else by name.
            out = list(map(object.__new__, repeat(Course, len(rows))))
            for put, column in zip(_COURSE_SLOTS, columns, strict=True):
                # A slot's setter returns None, so ``any`` runs it on every record.
                any(map(put, out, cast("Iterable[object]", column)))
            return out
        if _COURSE_POSITIONAL:
            return [Course(*values) for values in zip(*columns, strict=True)]
        return [Course(**dict(zip(_COURSE_FIELDS, values, strict=True)))
                for values in zip(*columns, strict=True)]

    def course_rows(self) -> CourseRows:
        """Every course as the stored values, by id, with its topics, approvals and links.

        For export, which turns each course straight into its JSON object
        (``io.bundle.course_documents``) instead of building 100,000 records first;
        the values are the columns' own (ISO date text, hours text, 0/1), so the caller
        converts them exactly as ``courses`` would.
        """
        with self._reading() as c:
            rows = c.execute(
                "SELECT id, title, provider, completed, hours, hour_minutes, delivery, notes, "
                "certificate_sha256, applies_to_all, course_number FROM course ORDER BY id"
            ).fetchall()
            topics = c.execute(
                "SELECT course_id, topic, hours FROM course_topic ORDER BY id").fetchall()
            approvals = c.execute("SELECT course_id, body, number, approved "
                                  "FROM course_approval ORDER BY id").fetchall()
            links: dict[int, list[int]] = defaultdict(list)
            for cid, credential in c.execute(
                    "SELECT course_id, credential_id FROM course_credential "
                    "ORDER BY credential_id"):
                links[cid].append(credential)
        return CourseRows(rows, topics, approvals, dict(links))

    def is_empty(self) -> bool:
        """As ``Store.is_empty``: no therapist, credential, course, program, exam or school."""
        with self._reading() as c:
            for table in ("therapist", "credential", "course", "training_program",
                          "exam_attempt", "school"):
                if c.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
                    return False
        return True

    # -- the rest the reports read ----------------------------------------------------------
    def rule_overrides(self) -> list[RuleOverride]:
        """Every override, by jurisdiction then field (SQLite's byte order, as ``Store``)."""
        with self._reading() as c:
            rows = c.execute(
                "SELECT id, jurisdiction, field, value, note, recorded, rules_value "
                "FROM rule_override ORDER BY jurisdiction, field").fetchall()
        return [RuleOverride(jurisdiction=where, field=field, value=value, note=note,
                             recorded=_day(recorded),  # type: ignore[arg-type]
                             rules_value=figure, id=ident)
                for ident, where, field, value, note, recorded, figure in rows]

    def certificate(self, sha256: str) -> Certificate | None:
        with self._reading() as c:
            row = c.execute("SELECT sha256, file_name, media_type, data FROM certificate "
                            "WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else Certificate(*row)

    def setting(self, key: str, default: str | None = None) -> str | None:
        with self._reading() as c:
            row = c.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]
