"""The Store's school classes and their graduates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from lmt_tracker.domain.core import validation as v
from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.domain.core.records import (
    Graduate,
    SchoolClass,
)
from lmt_tracker.store import mapping as m
from lmt_tracker.store.errors import StoreError
from lmt_tracker.store.session import (
    STALE,
    ConcurrentEditError,
    StoreBase,
    claim,
    deleted_elsewhere,
)
from lmt_tracker.store.tables import (
    ClassRow,
    GraduateRow,
    SchoolRow,
)


class SchoolStore(StoreBase):
    """School classes, each saved with its graduates in one transaction."""

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
                raise ConcurrentEditError(ph(STALE, what=ph(N_("class {name} of {school}"),
                                                            name=repr(name), school=repr(school)))
                                          ) from exc
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
                        raise deleted_elsewhere(_graduate(g.student_id))
                    row = GraduateRow(class_id=class_row.id)
                    s.add(row)
                    inserted += 1
                else:
                    claim(row, g, _graduate(g.student_id))
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
                    raise deleted_elsewhere(ph(N_("class {id}"), id=class_id))
                rows = s.scalars(select(GraduateRow).where(GraduateRow.class_id == class_id)
                                 .with_for_update())
                if {r.student_id: r.version for r in rows} != dict(graduates):
                    raise ConcurrentEditError(ph(STALE, what=ph(N_("class {id}"), id=class_id)))
            s.execute(delete(GraduateRow).where(GraduateRow.class_id == class_id))
            s.execute(delete(ClassRow).where(ClassRow.id == class_id))


def _graduate(student_id: str) -> Phrase:
    """"graduate 'A1'": a graduate as a stale-edit message names it."""
    return ph(N_("graduate {id}"), id=repr(student_id))
