"""The repository: every query the app makes, each user action one transaction.

Reads return immutable domain records; writes validate first (``RecordInvalid``
names each bad field) and either commit whole or leave the database untouched.
"""

from __future__ import annotations

from sqlalchemy import func, select

from lmt_tracker.domain.core import validation as v
from lmt_tracker.domain.core.phrases import N_, ph
from lmt_tracker.domain.core.records import (
    Credential,
    ExamAttempt,
    Record,
    RuleOverride,
    Therapist,
    TrainingProgram,
)
from lmt_tracker.store import mapping as m
from lmt_tracker.store.course_store import CourseStore
from lmt_tracker.store.school_store import SchoolStore
from lmt_tracker.store.session import NotFoundError, claim
from lmt_tracker.store.tables import (
    CourseRow,
    CredentialRow,
    ExamRow,
    ProgramRow,
    RuleOverrideRow,
    SchoolRow,
    SettingRow,
    TherapistRow,
)


class Store(CourseStore, SchoolStore):
    """One open database. Methods are the app's whole vocabulary of storage: the
    therapist's own record here, courses and certificates in ``CourseStore``, school
    classes in ``SchoolStore``, the database and its transactions in ``StoreBase``.
    """

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
                claim(row, record, ph(N_("the profile")))
            m.copy_fields(row, record, m.THERAPIST_FIELDS)
            s.flush()
            return m.therapist(row)

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
                raise NotFoundError(ph(N_("credential {id} does not exist; 'status' lists the "
                                          "ids"), id=ident))
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
                raise NotFoundError(ph(N_("no override of {jurisdiction} {field} is recorded; "
                                          "`lmt-tracker rules override list` shows them"),
                                       jurisdiction=jurisdiction, field=field))
            gone = m.rule_override(row)
            s.delete(row)
            return gone
