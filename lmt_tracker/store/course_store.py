"""The Store's courses and their certificates: read, saved, deleted and put back.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lmt_tracker.domain.core import validation as v
from lmt_tracker.domain.core.certificate_checks import certificate_problems
from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.domain.core.records import (
    Approval,
    Certificate,
    Course,
    TopicHours,
)
from lmt_tracker.store.errors import DiskFullError, StoreError
from lmt_tracker.store.session import (
    STALE,
    ConcurrentEditError,
    NotFoundError,
    StoreBase,
    deleted_elsewhere,
)
from lmt_tracker.store.tables import (
    CertificateRow,
    CourseApprovalRow,
    CourseCredentialRow,
    CourseRow,
    CourseTopicRow,
)


class CourseStore(StoreBase):
    """Courses and certificates (a certificate is stored once per SHA-256)."""

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
        v.require_valid("certificate", certificate_problems(cert))
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
                raise StoreError(ph(N_("certificate {sha}… is not stored; attach the file again"),
                                    sha=record.certificate_sha256[:12]))
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
                    raise deleted_elsewhere(ph(N_("course {id}"), id=ident))
                raise NotFoundError(_no_course(ident))
            if version is not None and row.version != version:
                raise ConcurrentEditError(ph(STALE, what=ph(N_("course {id}"), id=ident)))
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
                raise NotFoundError(_no_course(ident))
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


def _no_course(ident: int) -> Phrase:
    return ph(N_("course {id} does not exist (it may have been deleted)"), id=ident)
