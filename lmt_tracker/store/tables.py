"""SQLAlchemy 2.0 typed table mappings. Only the store package imports this module.

Hours are stored as exact decimal text (``DecimalText``): SQLite has no decimal type
and floats would round; text keeps ``Decimal`` exact on SQLite and PostgreSQL alike.
Every editable row has a ``version`` column used for optimistic locking, so two
windows (or two computers on a shared database) never silently overwrite each other.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class DecimalText(TypeDecorator[Decimal]):
    """A ``Decimal`` stored as its exact text, e.g. ``'1.5'``."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return format(Decimal(value), "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SettingRow(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class TherapistRow(Base):
    __tablename__ = "therapist"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ProgramRow(Base):
    __tablename__ = "training_program"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school: Mapped[str] = mapped_column(String(500))
    program: Mapped[str] = mapped_column(String(500), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    jurisdiction: Mapped[str | None] = mapped_column(String(40))
    hours: Mapped[list[ProgramHoursRow]] = relationship(
        cascade="all, delete-orphan", order_by="ProgramHoursRow.id", lazy="selectin"
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ProgramHoursRow(Base):
    __tablename__ = "training_hours"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("training_program.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(String(60))
    delivery: Mapped[str] = mapped_column(String(30))
    hours: Mapped[Decimal] = mapped_column(DecimalText)


class ExamRow(Base):
    __tablename__ = "exam_attempt"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    exam: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    applied_date: Mapped[dt.date | None] = mapped_column(Date)
    authorized_date: Mapped[dt.date | None] = mapped_column(Date)
    scheduled_date: Mapped[dt.date | None] = mapped_column(Date)
    test_date: Mapped[dt.date | None] = mapped_column(Date)
    result_date: Mapped[dt.date | None] = mapped_column(Date)
    jurisdiction: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class CredentialRow(Base):
    __tablename__ = "credential"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    jurisdiction: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(60), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    expiry_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")
    notes: Mapped[str] = mapped_column(Text, default="")
    licensed_by: Mapped[str] = mapped_column(String(20), default="", server_default="")
    practice_start: Mapped[dt.date | None] = mapped_column(Date)
    ce_period_start: Mapped[dt.date | None] = mapped_column(Date)
    ce_period_end: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class CertificateRow(Base):
    """Certificate bytes, stored once per content hash (one file is a whole backup)."""

    __tablename__ = "certificate"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class CourseRow(Base):
    __tablename__ = "course"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    provider: Mapped[str] = mapped_column(String(500))
    completed: Mapped[dt.date] = mapped_column(Date, index=True)
    hours: Mapped[Decimal] = mapped_column(DecimalText)
    hour_minutes: Mapped[int] = mapped_column(Integer, default=60)
    delivery: Mapped[str] = mapped_column(String(30))
    notes: Mapped[str] = mapped_column(Text, default="")
    certificate_sha256: Mapped[str | None] = mapped_column(
        ForeignKey("certificate.sha256", ondelete="RESTRICT"), index=True
    )
    applies_to_all: Mapped[bool] = mapped_column(Boolean, default=True)
    course_number: Mapped[str] = mapped_column(String(80), default="", server_default="")
    topics: Mapped[list[CourseTopicRow]] = relationship(
        cascade="all, delete-orphan", order_by="CourseTopicRow.id", lazy="selectin"
    )
    approvals: Mapped[list[CourseApprovalRow]] = relationship(
        cascade="all, delete-orphan", order_by="CourseApprovalRow.id", lazy="selectin"
    )
    credentials: Mapped[list[CourseCredentialRow]] = relationship(
        cascade="all, delete-orphan", order_by="CourseCredentialRow.credential_id", lazy="selectin"
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class CourseTopicRow(Base):
    __tablename__ = "course_topic"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(String(60))
    hours: Mapped[Decimal] = mapped_column(DecimalText)


class CourseApprovalRow(Base):
    __tablename__ = "course_approval"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(80))
    approved: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class CourseCredentialRow(Base):
    """An explicit course → credential link, used when a course is not for every credential."""

    __tablename__ = "course_credential"
    course_id: Mapped[int] = mapped_column(
        ForeignKey("course.id", ondelete="CASCADE"), primary_key=True
    )
    credential_id: Mapped[int] = mapped_column(
        ForeignKey("credential.id", ondelete="CASCADE"), primary_key=True
    )


class SchoolRow(Base):
    __tablename__ = "school"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)


class ClassRow(Base):
    __tablename__ = "school_class"
    __table_args__ = (UniqueConstraint("school_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))


class GraduateRow(Base):
    __tablename__ = "graduate"
    __table_args__ = (
        UniqueConstraint("class_id", "student_id"),
        Index("ix_graduate_class", "class_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("school_class.id", ondelete="CASCADE"))
    student_id: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200))
    total_hours: Mapped[Decimal] = mapped_column(DecimalText)
    online_hours: Mapped[Decimal] = mapped_column(DecimalText)
    clinical_hours: Mapped[Decimal] = mapped_column(DecimalText)
    # "key=hours;key=hours", then the online split "key@online=hours" (store/mapping.py)
    subject_hours: Mapped[str] = mapped_column(Text, default="")
    # "TX=jurisprudence=pass;…": a state's own exams (schema 0002)
    state_exams: Mapped[str] = mapped_column(Text, default="", server_default="")
    school_state: Mapped[str] = mapped_column(String(2), default="", server_default="")
    program_start: Mapped[dt.date | None] = mapped_column(Date)
    graduation_date: Mapped[dt.date | None] = mapped_column(Date)
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    mblex: Mapped[str] = mapped_column(String(20), default="none")
    mblex_date: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class RuleOverrideRow(Base):
    """The user's own figure for one rule figure (``domain.records.RuleOverride``)."""

    __tablename__ = "rule_override"
    __table_args__ = (UniqueConstraint("jurisdiction", "field"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    jurisdiction: Mapped[str] = mapped_column(String(40))
    field: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text)
    recorded: Mapped[dt.date] = mapped_column(Date)
    rules_value: Mapped[str | None] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
