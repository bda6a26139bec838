"""The repository: every query the app makes, each user action one transaction.

Reads return immutable domain records; writes validate first (``RecordInvalid``
names each bad field) and either commit whole or leave the database untouched.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import delete, func, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from lmt_tracker import portable
from lmt_tracker.domain import validation as v
from lmt_tracker.domain.records import (
    Approval,
    Certificate,
    Course,
    Credential,
    ExamAttempt,
    Graduate,
    Record,
    RuleOverride,
    SchoolClass,
    Therapist,
    TopicHours,
    TrainingProgram,
)
from lmt_tracker.store import mapping as m
from lmt_tracker.store.engine import DiskFullError, StoreError, Target
from lmt_tracker.store.tables import (
    CertificateRow,
    ClassRow,
    CourseApprovalRow,
    CourseCredentialRow,
    CourseRow,
    CourseTopicRow,
    CredentialRow,
    ExamRow,
    GraduateRow,
    ProgramRow,
    RuleOverrideRow,
    SchoolRow,
    SettingRow,
    TherapistRow,
)

# The end of every stale-edit message; the GUI shows it as is.
STALE = "was changed elsewhere since you opened it — reload and try again"


class ConcurrentEditError(StoreError):
    """The row was changed elsewhere since it was read; reload and retry."""


class NotFoundError(StoreError):
    """The record asked for does not exist (any more)."""


class DeletedElsewhereError(ConcurrentEditError, NotFoundError):
    """A record read earlier was deleted elsewhere before it was saved or deleted here:
    a stale edit like any other (reload), and the record is gone."""


def _deleted_elsewhere(what: str) -> DeletedElsewhereError:
    return DeletedElsewhereError(
        f"{what} does not exist any more: it may have been deleted elsewhere since you "
        "opened it — reload and try again")


class Store:
    """One open database. Methods are the app's whole vocabulary of storage."""

    def __init__(self, engine: Engine, target: Target) -> None:
        self.engine = engine
        self.target = target
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One all-or-nothing unit of work."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            raise ConcurrentEditError(f"this record {STALE}") from exc
        except DBAPIError as exc:
            if portable.is_disk_full(exc, self.target.path):  # all rolled back: nothing saved
                raise DiskFullError(self.target.path) from exc
            raise StoreError(
                f"the database refused the change: {exc.orig}; nothing was saved"
            ) from exc
        finally:
            session.close()

    @staticmethod
    def today() -> dt.date:
        return dt.date.today()

    # -- settings ---------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        with self.transaction() as s:
            row = s.get(SettingRow, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as s:
            s.merge(SettingRow(key=key, value=value))

    # -- therapist --------------------------------------------------------------------------
    def therapist(self) -> Therapist | None:
        with self.transaction() as s:
            row = s.scalars(select(TherapistRow).order_by(TherapistRow.id)).first()
            return m.therapist(row) if row else None

    def save_therapist(self, record: Therapist) -> Therapist:
        v.require_valid("profile", v.therapist_problems(record, self.today()))
        with self.transaction() as s:
            row = s.scalars(select(TherapistRow).order_by(TherapistRow.id)).first()
            if row is None:
                row = TherapistRow()
                s.add(row)
            else:
                _claim(row, record, "the profile")
            m.copy_fields(row, record, m.THERAPIST_FIELDS)
            s.flush()
            return m.therapist(row)

    # -- generic helpers --------------------------------------------------------------------
    @staticmethod
    def _row(s: Session, table: type, record: Any, what: str) -> Any:
        """The row to save ``record`` into: a new one, or the stored one if still as read.

        The stored row is read ``FOR UPDATE`` (PostgreSQL; SQLite has one writer anyway):
        a save and a delete of the same course otherwise lock its topic rows and the
        course row in opposite orders, and the server kills one as a deadlock. Locked
        first, the second waits, then sees the first's version and is refused as
        changed elsewhere.
        """
        if record.id is None:
            row = table()
            s.add(row)
            return row
        row = s.get(table, record.id, with_for_update=True)
        if row is None:
            if record.version is not None:  # read from the database, since deleted
                raise _deleted_elsewhere(f"{what} {record.id}")
            raise NotFoundError(f"{what} {record.id} does not exist (it may have been deleted)")
        _claim(row, record, f"{what} {record.id}")
        return row

    def _delete(self, table: type, ident: int, what: str, version: int | None = None) -> None:
        """Delete one row; with ``version`` (the one it was read at), only if still as read."""
        with self.transaction() as s:
            row = s.get(table, ident, with_for_update=True)
            if row is None:
                if version is not None:
                    raise _deleted_elsewhere(f"{what} {ident}")
                raise NotFoundError(f"{what} {ident} does not exist (it may have been deleted)")
            if version is not None and row.version != version:
                raise ConcurrentEditError(f"{what} {ident} {STALE}")
            s.delete(row)

    # -- training ---------------------------------------------------------------------------
    def programs(self) -> list[TrainingProgram]:
        with self.transaction() as s:
            # NULLS FIRST spelled out: SQLite's default, PostgreSQL's opposite.
            order = (ProgramRow.start_date.asc().nulls_first(), ProgramRow.id)
            rows = s.scalars(select(ProgramRow).order_by(*order))
            return [m.program(r) for r in rows]

    def save_program(self, record: TrainingProgram) -> TrainingProgram:
        v.require_valid("training program", v.program_problems(record, self.today()))
        with self.transaction() as s:
            row = self._row(s, ProgramRow, record, "training program")
            row.school, row.program = record.school, record.program
            row.start_date, row.end_date = record.start_date, record.end_date
            row.jurisdiction = record.jurisdiction
            row.hours = m.program_hours_rows(record)
            s.flush()
            return m.program(row)

    def delete_program(self, ident: int, *, version: int | None = None) -> None:
        """Delete a program; with ``version``, refused if it was changed since read."""
        self._delete(ProgramRow, ident, "training program", version)

    # -- exams ------------------------------------------------------------------------------
    def exams(self) -> list[ExamAttempt]:
        with self.transaction() as s:
            order = (
                ExamRow.test_date.asc().nulls_first(),
                ExamRow.applied_date.asc().nulls_first(),
                ExamRow.id,
            )
            return [m.exam(r) for r in s.scalars(select(ExamRow).order_by(*order))]

    def save_exam(self, record: ExamAttempt) -> ExamAttempt:
        v.require_valid("exam attempt", v.exam_problems(record, self.today()))
        with self.transaction() as s:
            row = self._row(s, ExamRow, record, "exam attempt")
            m.copy_fields(row, record, m.EXAM_FIELDS)
            s.flush()
            return m.exam(row)

    def delete_exam(self, ident: int, *, version: int | None = None) -> None:
        """Delete an exam attempt; with ``version``, refused if it was changed since read."""
        self._delete(ExamRow, ident, "exam attempt", version)

    # -- credentials ------------------------------------------------------------------------
    def credentials(self) -> list[Credential]:
        with self.transaction() as s:
            rows = s.scalars(select(CredentialRow).order_by(CredentialRow.id))
            return [m.credential(r) for r in rows]

    def credential(self, ident: int) -> Credential:
        with self.transaction() as s:
            row = s.get(CredentialRow, ident)
            if row is None:
                raise NotFoundError(f"credential {ident} does not exist; 'status' lists the ids")
            return m.credential(row)

    def save_credential(self, record: Credential) -> Credential:
        v.require_valid("credential", v.credential_problems(record, self.today()))
        with self.transaction() as s:
            row = self._row(s, CredentialRow, record, "credential")
            m.copy_fields(row, record, m.CREDENTIAL_FIELDS)
            s.flush()
            return m.credential(row)

    def delete_credential(self, ident: int, *, version: int | None = None) -> None:
        """Delete a credential; with ``version``, refused if it was changed since read."""
        self._delete(CredentialRow, ident, "credential", version)

    # -- certificates -----------------------------------------------------------------------
    def certificate(self, sha256: str) -> Certificate | None:
        with self.transaction() as s:
            row = s.get(CertificateRow, sha256)
            if row is None:
                return None
            return Certificate(row.sha256, row.file_name, row.media_type, row.data)

    def certificate_names(self) -> dict[str, tuple[str, str, int]]:
        """sha256 → (file name, media type, size) without loading the bytes."""
        with self.transaction() as s:
            rows = s.execute(
                select(
                    CertificateRow.sha256,
                    CertificateRow.file_name,
                    CertificateRow.media_type,
                    CertificateRow.size,
                )
            )
            return {sha: (name, media, size) for sha, name, media, size in rows}

    @staticmethod
    def _put_certificate(s: Session, cert: Certificate) -> None:
        v.require_valid("certificate", v.certificate_problems(cert))
        if s.get(CertificateRow, cert.sha256) is None:
            s.add(
                CertificateRow(
                    sha256=cert.sha256,
                    file_name=cert.file_name,
                    media_type=cert.media_type,
                    size=len(cert.data),
                    data=cert.data,
                )
            )

    # -- courses ----------------------------------------------------------------------------
    def save_course(self, record: Course, certificate: Certificate | None = None) -> Course:
        """Insert or update a course, storing its certificate (deduplicated) in the same step."""
        v.require_valid("course", v.course_problems(record, self.today()))
        if certificate is not None:
            record = _replace(record, certificate_sha256=certificate.sha256)
        try:
            return self._save_course(record, certificate)
        except DiskFullError as exc:  # the certificate is what needed the room
            if certificate is None:
                raise
            raise DiskFullError(self.target.path, len(certificate.data)) from exc

    def _save_course(self, record: Course, certificate: Certificate | None) -> Course:
        with self.transaction() as s:
            if certificate is not None:
                self._put_certificate(s, certificate)
            elif (
                record.certificate_sha256
                and s.get(CertificateRow, record.certificate_sha256) is None
            ):
                raise StoreError(
                    f"certificate {record.certificate_sha256[:12]}… is not stored; "
                    "attach the file again"
                )
            row = self._row(s, CourseRow, record, "course")
            _fill_course_row(row, record)
            s.flush()
            return _replace(record, id=row.id, version=row.version)

    def delete_course(self, ident: int, *, version: int | None = None) -> Course:
        """Delete a course and return it as it was (for undo).

        With ``version`` (the version the course was read at) a course changed or deleted
        elsewhere since is refused (``ConcurrentEditError``): deleting it would throw
        away an edit the user never saw.
        """
        with self.transaction() as s:
            row = s.get(CourseRow, ident, with_for_update=True)
            if row is None:
                if version is not None:
                    raise _deleted_elsewhere(f"course {ident}")
                raise NotFoundError(f"course {ident} does not exist (it may have been deleted)")
            if version is not None and row.version != version:
                raise ConcurrentEditError(f"course {ident} {STALE}")
            record = _course_from_row(row)
            s.delete(row)
            return record

    def restore_course(self, record: Course) -> Course:
        """Put back a deleted course under a new id (undo of a delete)."""
        return self.save_course(_replace(record, id=None, version=None))

    def course(self, ident: int) -> Course:
        with self.transaction() as s:
            row = s.get(CourseRow, ident)
            if row is None:
                raise NotFoundError(f"course {ident} does not exist (it may have been deleted)")
            return _course_from_row(row)

    def course_count(self) -> int:
        with self.transaction() as s:
            return int(s.scalar(select(func.count()).select_from(CourseRow)) or 0)

    def courses(self, since: dt.date | None = None) -> list[Course]:
        """All courses (optionally completed on or after ``since``), read with plain queries."""
        with self.transaction() as s:
            query = select(CourseRow.__table__).order_by(CourseRow.completed, CourseRow.id)
            if since is not None:
                query = query.where(CourseRow.completed >= since)
            rows = s.execute(query).all()
            topics: dict[int, list[TopicHours]] = defaultdict(list)
            for cid, topic, hours in s.execute(
                select(
                    CourseTopicRow.course_id, CourseTopicRow.topic, CourseTopicRow.hours
                ).order_by(CourseTopicRow.id)
            ):
                topics[cid].append(TopicHours(topic, hours))
            approvals: dict[int, list[Approval]] = defaultdict(list)
            for cid, body, number, approved in s.execute(
                select(
                    CourseApprovalRow.course_id,
                    CourseApprovalRow.body,
                    CourseApprovalRow.number,
                    CourseApprovalRow.approved,
                ).order_by(CourseApprovalRow.id)
            ):
                approvals[cid].append(Approval(body, number, bool(approved)))
            links: dict[int, list[int]] = defaultdict(list)
            for cid, cred in s.execute(
                select(CourseCredentialRow.course_id, CourseCredentialRow.credential_id).order_by(
                    CourseCredentialRow.credential_id
                )
            ):
                links[cid].append(cred)
        out = []
        for r in rows:
            out.append(
                Course(
                    id=r.id,
                    title=r.title,
                    provider=r.provider,
                    completed=r.completed,
                    hours=r.hours,
                    hour_minutes=r.hour_minutes,
                    delivery=r.delivery,
                    notes=r.notes,
                    certificate_sha256=r.certificate_sha256,
                    topics=tuple(topics.get(r.id, ())),
                    approvals=tuple(approvals.get(r.id, ())),
                    applies_to=None if r.applies_to_all else tuple(links.get(r.id, ())),
                    course_number=r.course_number,
                    version=r.version,
                )
            )
        return out

    # -- the whole record -------------------------------------------------------------------
    def load_record(self) -> Record:
        return Record(
            therapist=self.therapist(),
            programs=tuple(self.programs()),
            exams=tuple(self.exams()),
            credentials=tuple(self.credentials()),
            courses=tuple(self.courses()),
        )

    def is_empty(self) -> bool:
        with self.transaction() as s:
            for table in (TherapistRow, CredentialRow, CourseRow, ProgramRow, ExamRow, SchoolRow):
                if s.scalar(select(func.count()).select_from(table)):
                    return False
            return True

    # -- schools ----------------------------------------------------------------------------
    def classes(self) -> list[tuple[SchoolClass, str, int]]:
        """Every class with its school's name and graduate count."""
        with self.transaction() as s:
            count = (
                select(GraduateRow.class_id, func.count().label("n"))
                .group_by(GraduateRow.class_id)
                .subquery()
            )
            rows = s.execute(
                select(ClassRow, SchoolRow.name, func.coalesce(count.c.n, 0))
                .join(SchoolRow, SchoolRow.id == ClassRow.school_id)
                .outerjoin(count, count.c.class_id == ClassRow.id)
            ).all()
            found = [
                (SchoolClass(c.school_id, c.name, c.id), school, int(n)) for c, school, n in rows
            ]
        # Sorted here, not by the server: text order is the server's collation, and a
        # school's shared PostgreSQL database must list classes as the SQLite file does.
        return sorted(found, key=lambda item: (item[1], item[0].name))

    def graduates(self, class_id: int) -> list[Graduate]:
        with self.transaction() as s:
            rows = s.scalars(select(GraduateRow).where(GraduateRow.class_id == class_id))
            found = [m.graduate(r) for r in rows]
        # Code-point order on every engine (see ``classes``).
        return sorted(found, key=lambda g: g.student_id)

    def save_class(
        self, school: str, name: str, graduates: Sequence[Graduate]
    ) -> tuple[int, int, int]:
        """Create or update a class: graduates matched by student id are updated, not duplicated.

        A graduate read from the database (with a ``version``) is saved only if still as
        read: one changed or deleted elsewhere since raises ``ConcurrentEditError``. A
        graduate from a school's file (no version) is written as the file says. Two
        computers creating the same school, class or student at once: the second waits
        for the first, then updates what the first created (tried again once).

        Returns (class id, inserted, updated).
        """
        today = self.today()
        for g in graduates:
            v.require_valid(f"graduate {g.student_id!r}", v.graduate_problems(g, today))
        try:
            return self._save_class(school, name, graduates)
        except StoreError as exc:
            if not isinstance(exc.__cause__, IntegrityError):
                raise
        try:  # created elsewhere at the same moment: now visible, so updated this time
            return self._save_class(school, name, graduates)
        except StoreError as exc:
            if isinstance(exc.__cause__, IntegrityError):
                raise ConcurrentEditError(f"class {name!r} of {school!r} {STALE}") from exc
            raise

    def _save_class(
        self, school: str, name: str, graduates: Sequence[Graduate]
    ) -> tuple[int, int, int]:
        with self.transaction() as s:
            school_row = s.scalars(select(SchoolRow).where(SchoolRow.name == school)).first()
            if school_row is None:
                school_row = SchoolRow(name=school)
                s.add(school_row)
                s.flush()
            class_row = s.scalars(
                select(ClassRow).where(ClassRow.school_id == school_row.id, ClassRow.name == name)
            ).first()
            if class_row is None:
                class_row = ClassRow(school_id=school_row.id, name=name)
                s.add(class_row)
                s.flush()
            existing = {
                r.student_id: r
                for r in s.scalars(select(GraduateRow).where(GraduateRow.class_id == class_row.id))
            }
            inserted = updated = 0
            for g in graduates:
                row = existing.get(g.student_id)
                if row is None:
                    if g.version is not None:  # read from the database, deleted since
                        raise _deleted_elsewhere(f"graduate {g.student_id!r}")
                    row = GraduateRow(class_id=class_row.id)
                    s.add(row)
                    inserted += 1
                else:
                    _claim(row, g, f"graduate {g.student_id!r}")
                    updated += 1
                m.copy_fields(row, g, m.GRADUATE_FIELDS)
                row.subject_hours = m.encode_subject_hours(g.subject_hours, g.subject_online)
                row.state_exams = m.encode_state_exams(g.state_exams)
            return class_row.id, inserted, updated

    def delete_class(self, class_id: int, *, graduates: Mapping[str, int] | None = None) -> None:
        """Delete a class and its graduates.

        With ``graduates`` (student id → the version each graduate was read at) the
        class is deleted only if its graduates are still exactly those, as read: a
        graduate edited, added or removed elsewhere since raises ``ConcurrentEditError``
        (deleting would throw away a change the user never saw), a class deleted
        elsewhere ``DeletedElsewhereError``.
        """
        with self.transaction() as s:
            if graduates is not None:
                if s.get(ClassRow, class_id, with_for_update=True) is None:
                    raise _deleted_elsewhere(f"class {class_id}")
                rows = s.scalars(select(GraduateRow).where(GraduateRow.class_id == class_id)
                                 .with_for_update())
                if {r.student_id: r.version for r in rows} != dict(graduates):
                    raise ConcurrentEditError(f"class {class_id} {STALE}")
            s.execute(delete(GraduateRow).where(GraduateRow.class_id == class_id))
            s.execute(delete(ClassRow).where(ClassRow.id == class_id))

    # -- the user's rule overrides ----------------------------------------------------------
    def rule_overrides(self) -> list[RuleOverride]:
        """Every override, by jurisdiction then field."""
        with self.transaction() as s:
            order = (RuleOverrideRow.jurisdiction, RuleOverrideRow.field)
            rows = s.scalars(select(RuleOverrideRow).order_by(*order))
            return [m.rule_override(r) for r in rows]

    def save_rule_override(self, record: RuleOverride) -> RuleOverride:
        """Record an override; one already recorded for the same figure is replaced."""
        with self.transaction() as s:
            row = s.scalars(
                select(RuleOverrideRow).where(
                    RuleOverrideRow.jurisdiction == record.jurisdiction,
                    RuleOverrideRow.field == record.field,
                )
            ).first()
            if row is None:
                row = RuleOverrideRow(jurisdiction=record.jurisdiction, field=record.field)
                s.add(row)
            for name in ("value", "note", "recorded", "rules_value"):
                setattr(row, name, getattr(record, name))
            s.flush()
            return m.rule_override(row)

    def delete_rule_override(self, jurisdiction: str, field: str) -> RuleOverride:
        """Remove one override (returned, for undo); ``NotFoundError`` when there is none."""
        with self.transaction() as s:
            row = s.scalars(
                select(RuleOverrideRow).where(
                    RuleOverrideRow.jurisdiction == jurisdiction,
                    RuleOverrideRow.field == field,
                )
            ).first()
            if row is None:
                raise NotFoundError(
                    f"no override of {jurisdiction} {field} is recorded; "
                    "`lmt-tracker rules override list` shows them"
                )
            gone = m.rule_override(row)
            s.delete(row)
            return gone


def _claim(row: Any, record: Any, what: str) -> None:
    """Refuse a stale edit, and make the save bump the row's version whatever changed.

    ``record.version`` is the version the record was read at; a row that has moved on
    since was saved by someone else (another window, another computer on a shared
    database), and writing now would silently undo their edit. A record without a
    version (built by hand, or from an import) is saved as before. The row is marked
    modified even when no column changes — only a course's topics, say — so the
    ``UPDATE … WHERE version = <read>`` always runs: that also catches a save that
    commits between this check and ours, and tells the other side of this one.
    """
    expected = getattr(record, "version", None)
    if expected is not None and row.version != expected:
        raise ConcurrentEditError(f"{what} {STALE}")
    mapper = inspect(type(row))
    touched = next(
        attr.key
        for attr in mapper.column_attrs
        if attr.columns[0] is not mapper.version_id_col and not attr.columns[0].primary_key
    )
    flag_modified(row, touched)


def _replace(course: Course, **changes: object) -> Course:
    from dataclasses import replace

    return replace(course, **changes)  # type: ignore[arg-type]


def _fill_course_row(row: CourseRow, c: Course) -> None:
    row.title, row.provider, row.completed = c.title, c.provider, c.completed
    row.hours, row.hour_minutes, row.delivery = c.hours, c.hour_minutes, c.delivery
    row.notes, row.certificate_sha256 = c.notes, c.certificate_sha256
    row.applies_to_all = c.applies_to is None
    row.topics = [CourseTopicRow(topic=t.topic, hours=t.hours) for t in c.topics]
    row.course_number = c.course_number
    row.approvals = [
        CourseApprovalRow(body=a.body, number=a.number, approved=a.approved) for a in c.approvals
    ]
    row.credentials = [CourseCredentialRow(credential_id=i) for i in (c.applies_to or ())]


def _course_from_row(row: CourseRow) -> Course:
    return Course(
        id=row.id,
        title=row.title,
        provider=row.provider,
        completed=row.completed,
        hours=row.hours,
        hour_minutes=row.hour_minutes,
        delivery=row.delivery,
        notes=row.notes,
        certificate_sha256=row.certificate_sha256,
        topics=tuple(TopicHours(t.topic, t.hours) for t in row.topics),
        approvals=tuple(Approval(a.body, a.number, a.approved) for a in row.approvals),
        applies_to=None if row.applies_to_all else tuple(c.credential_id for c in row.credentials),
        course_number=row.course_number,
        version=row.version,
    )
