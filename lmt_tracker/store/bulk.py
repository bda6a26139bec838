"""Whole-database reads and writes for export, import and restore — one transaction each."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from lmt_tracker.domain.core.records import Bundle, Certificate, ClassBundle, Course, Graduate
from lmt_tracker.store import mapping as m
from lmt_tracker.store.repository import Store
from lmt_tracker.store.sqlite_read import CourseRows
from lmt_tracker.store.tables import (
    Base,
    CertificateRow,
    ClassRow,
    CourseApprovalRow,
    CourseCredentialRow,
    CourseRow,
    CourseTopicRow,
    CredentialRow,
    ExamRow,
    GraduateRow,
    ProgramHoursRow,
    ProgramRow,
    RuleOverrideRow,
    SchoolRow,
    SettingRow,
    TherapistRow,
)

# Child tables first, so deleting in this order never breaks a foreign key.
_ALL_TABLES = (
    CourseCredentialRow, CourseTopicRow, CourseApprovalRow, CourseRow, CertificateRow,
    ProgramHoursRow, ProgramRow, ExamRow, CredentialRow, GraduateRow, ClassRow, SchoolRow,
    TherapistRow, SettingRow, RuleOverrideRow,
)


def read_bundle(store: Store, *, courses: bool = True) -> Bundle:
    """Everything in the database as records (certificates with their bytes).

    ``courses=False`` leaves the courses out (export reads them as rows: ``course_rows``).
    """
    with store.transaction() as s:
        certs = tuple(Certificate(r.sha256, r.file_name, r.media_type, r.data)
                      for r in s.scalars(select(CertificateRow).order_by(CertificateRow.sha256)))
        settings = {r.key: r.value for r in s.scalars(select(SettingRow))}
        classes = []
        rows = s.execute(select(ClassRow, SchoolRow.name)
                         .join(SchoolRow, SchoolRow.id == ClassRow.school_id)
                         .order_by(ClassRow.id)).all()
        for cls, school in rows:
            grads = tuple(m.graduate(g) for g in s.scalars(
                select(GraduateRow).where(GraduateRow.class_id == cls.id).order_by(GraduateRow.id)))
            classes.append(ClassBundle(cls.id, school, cls.name, grads))
    return Bundle(
        therapist=store.therapist(), programs=tuple(store.programs()),
        exams=tuple(sorted(store.exams(), key=lambda e: e.id or 0)),
        credentials=tuple(store.credentials()),
        courses=tuple(sorted(_courses(store), key=lambda c: c.id or 0)) if courses else (),
        certificates=certs, classes=tuple(classes), settings=settings,
        rule_overrides=tuple(store.rule_overrides()),
    )


def _courses(store: Store) -> list[Course]:
    """Every course; from an SQLite file through ``sqlite3`` directly (``SQLiteReader``).

    The same records as ``Store.courses`` (``tests/store/test_sqlite_read.py``), without
    SQLAlchemy's per-value result processing: for 100,000 courses that was most of the
    reading an export does.
    """
    if store.target.is_sqlite and store.target.path is not None:
        from lmt_tracker.store.sqlite_read import SQLiteReader

        reader = SQLiteReader(store.target)
        try:
            return reader.courses()
        finally:
            reader.close()
    return store.courses()


def course_rows(store: Store) -> CourseRows | None:
    """The course tables as stored, from an SQLite file (``SQLiteReader.course_rows``);
    None for a server database, whose courses are read as records."""
    if not (store.target.is_sqlite and store.target.path is not None):
        return None
    from lmt_tracker.store.sqlite_read import SQLiteReader

    reader = SQLiteReader(store.target)
    try:
        return reader.course_rows()
    finally:
        reader.close()


def write_bundle(store: Store, bundle: Bundle, *, replace: bool,
                 course_rows: CourseInserts | None = None) -> None:
    """Load a bundle, ids kept. With ``replace`` the current contents go first.

    ``course_rows``: courses already checked and in stored form (import's quick path,
    ``io.course_inserts``), written with the bundle's own courses; SQLite only.
    All in one transaction: on any error the database is exactly as it was.
    """
    if course_rows is not None and not store.target.is_sqlite:
        raise ValueError("course rows in stored form are for an SQLite database")
    with store.transaction() as s:
        if replace:
            for table in _ALL_TABLES:
                s.execute(delete(table))
        if bundle.therapist is not None:
            # The id is kept like every other record's, so a replace gives back the same
            # document on every engine (PostgreSQL's sequence would otherwise hand out 2).
            t = TherapistRow(id=bundle.therapist.id or 1, version=1)
            m.copy_fields(t, bundle.therapist, m.THERAPIST_FIELDS)
            s.add(t)
        _insert(s, SettingRow, [{"key": k, "value": v} for k, v in bundle.settings.items()])
        _insert(s, CertificateRow, [
            {"sha256": c.sha256, "file_name": c.file_name, "media_type": c.media_type,
             "size": len(c.data), "data": c.data} for c in bundle.certificates])
        _insert(s, CredentialRow, [
            {"id": c.id, "version": 1, **{f: getattr(c, f) for f in m.CREDENTIAL_FIELDS}}
            for c in bundle.credentials])
        _insert(s, ExamRow, [
            {"id": e.id, "version": 1, **{f: getattr(e, f) for f in m.EXAM_FIELDS}}
            for e in bundle.exams])
        _insert(s, ProgramRow, [
            {"id": p.id, "version": 1, "school": p.school, "program": p.program,
             "start_date": p.start_date, "end_date": p.end_date, "jurisdiction": p.jurisdiction}
            for p in bundle.programs])
        _insert(s, ProgramHoursRow, [
            {"program_id": p.id, "subject": h.subject, "delivery": h.delivery, "hours": h.hours}
            for p in bundle.programs for h in p.hours])
        if s.get_bind().dialect.name == "sqlite":
            _insert_courses_sqlite(s, bundle.courses)
            if course_rows is not None:
                _insert_course_rows(s, course_rows)
        else:
            _insert_courses(s, bundle.courses)
        schools: dict[str, int] = {}
        for k in bundle.classes:
            if k.school not in schools:
                row = SchoolRow(name=k.school)
                s.add(row)
                s.flush()
                schools[k.school] = row.id
        _insert(s, ClassRow, [{"id": k.id, "school_id": schools[k.school], "name": k.name}
                              for k in bundle.classes])
        _insert(s, GraduateRow, [_graduate_values(g, k.id) for k in bundle.classes
                                 for g in k.graduates])
        _insert(s, RuleOverrideRow, [
            {"version": 1, "jurisdiction": o.jurisdiction, "field": o.field, "value": o.value,
             "note": o.note, "recorded": o.recorded, "rules_value": o.rules_value}
            for o in bundle.rule_overrides])
        _advance_sequences(s)


def _insert_courses(s: Session, courses: tuple[Course, ...]) -> None:
    """The courses and their topics, approvals and credential links, through Core."""
    _insert(s, CourseRow, [
        {"id": c.id, "version": 1, "title": c.title, "provider": c.provider,
         "completed": c.completed, "hours": c.hours, "hour_minutes": c.hour_minutes,
         "delivery": c.delivery, "notes": c.notes, "certificate_sha256": c.certificate_sha256,
         "applies_to_all": c.applies_to is None, "course_number": c.course_number}
        for c in courses])
    _insert(s, CourseTopicRow, [
        {"course_id": c.id, "topic": t.topic, "hours": t.hours}
        for c in courses for t in c.topics])
    _insert(s, CourseApprovalRow, [
        {"course_id": c.id, "body": a.body, "number": a.number, "approved": a.approved}
        for c in courses for a in c.approvals])
    _insert(s, CourseCredentialRow, [
        {"course_id": c.id, "credential_id": i}
        for c in courses for i in c.applies_to or ()])


@dataclass(frozen=True, slots=True)
class CourseInserts:
    """Courses as the SQLite columns store them, in the order they are written:
    ``courses`` ``(id, title, provider, completed, hours, hour_minutes, delivery, notes,
    certificate_sha256, applies_to_all, course_number)`` with ``completed`` ISO text,
    ``hours`` as ``tables.DecimalText`` writes it (``format(hours, "f")``) and
    ``applies_to_all`` 0/1; ``topics`` ``(course_id, topic, hours)``, ``approvals``
    ``(course_id, body, number, approved)`` and ``links`` ``(course_id, credential_id)``
    in course order, then each course's own order."""

    courses: list[tuple[Any, ...]] = field(default_factory=list)
    topics: list[tuple[int | None, str, str]] = field(default_factory=list)
    approvals: list[tuple[int | None, str, str, int]] = field(default_factory=list)
    links: list[tuple[int | None, int]] = field(default_factory=list)


def stored_courses(courses: tuple[Course, ...]) -> CourseInserts:
    """The rows ``_insert_courses`` would store for these records, for SQLite."""
    return CourseInserts(
        [(c.id, c.title, c.provider, c.completed.isoformat(), _text(c.hours), c.hour_minutes,
          c.delivery, c.notes, c.certificate_sha256, 1 if c.applies_to is None else 0,
          c.course_number) for c in courses],
        [(c.id, t.topic, _text(t.hours)) for c in courses for t in c.topics],
        [(c.id, a.body, a.number, 1 if a.approved else 0) for c in courses for a in c.approvals],
        [(c.id, i) for c in courses for i in c.applies_to or ()])


def _insert_courses_sqlite(s: Session, courses: tuple[Course, ...]) -> None:
    """``_insert_courses`` for SQLite, the values already in the form the column types
    give them (``stored_courses``), sent as tuples through ``exec_driver_sql`` — the same
    connection and transaction, errors wrapped as for any statement. For 100,000 courses
    SQLAlchemy's per-row parameter processing was a third of the write.
    ``tests/io/test_exchange_fast.py`` holds the stored rows equal to the Core path's."""
    if courses:
        _insert_course_rows(s, stored_courses(courses))


def _insert_course_rows(s: Session, rows: CourseInserts) -> None:
    run = s.connection().exec_driver_sql
    if rows.courses:
        run("INSERT INTO course (id, version, title, provider, completed, hours, "
            "hour_minutes, delivery, notes, certificate_sha256, applies_to_all, course_number) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.courses)
    if rows.topics:
        run("INSERT INTO course_topic (course_id, topic, hours) VALUES (?, ?, ?)", rows.topics)
    if rows.approvals:
        run("INSERT INTO course_approval (course_id, body, number, approved) "
            "VALUES (?, ?, ?, ?)", rows.approvals)
    if rows.links:
        run("INSERT INTO course_credential (course_id, credential_id) VALUES (?, ?)",
            rows.links)


def _text(hours: object) -> str:
    """What ``tables.DecimalText`` stores for an amount of hours."""
    return format(hours if type(hours) is Decimal else Decimal(hours), "f")  # type: ignore[arg-type]


def _advance_sequences(s: Session) -> None:
    """Move PostgreSQL's id sequences past the ids just inserted (PostgreSQL only).

    Rows are inserted with their ids kept, so links and exports survive; that bypasses
    a serial column's sequence, and without this the next course saved would be given
    id 1 again and refused as a duplicate. Each sequence restarts after the largest id,
    which is what SQLite does by itself for an ``INTEGER PRIMARY KEY``.
    """
    if s.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        column = table.autoincrement_column
        if column is not None:
            s.execute(select(func.setval(func.pg_get_serial_sequence(table.name, column.name),
                                         func.coalesce(func.max(column), 0) + 1, False)))


def _graduate_values(g: Graduate, class_id: int) -> dict[str, object]:
    values: dict[str, object] = {f: getattr(g, f) for f in m.GRADUATE_FIELDS}
    values.update(class_id=class_id, version=1,
                  subject_hours=m.encode_subject_hours(g.subject_hours, g.subject_online),
                  state_exams=m.encode_state_exams(g.state_exams))
    if g.id is not None:
        values["id"] = g.id
    return values


def _insert(s: object, table: type, rows: list[dict[str, object]]) -> None:
    """One ``executemany`` through Core: the ORM's bulk path would do per-row bookkeeping
    for rows it never tracks (the keys are the columns' names, ``version`` given)."""
    if rows:
        s.execute(insert(table.__table__), rows)  # type: ignore[attr-defined]
