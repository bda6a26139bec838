"""The window's shared record: the first load is one read, later ones only what went stale.

``RecordCache.get`` reads the whole record with ``load_record`` (one connection and one
snapshot through the read-first store) when nothing is loaded yet, and afterwards only
the parts a change marked stale. A counting store stands in for the database.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lmt_tracker.domain.core.records import Course, Credential, Record, Therapist
from lmt_tracker.gui.records import RecordCache

DAY = dt.date(2026, 3, 1)


class CountingStore:
    """The reads ``RecordCache`` makes, each counted, over fixed records."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.record = Record(
            therapist=Therapist("Ana", "Ruiz", id=1),
            credentials=(Credential("state_license", "FL", "MA1", "", None, None, id=1),),
            courses=(Course("Ethics", "P", DAY, Decimal(2), "in_person", id=1),),
        )

    def load_record(self) -> Record:
        self.calls.append("load_record")
        return self.record

    def therapist(self) -> Therapist | None:
        self.calls.append("therapist")
        return self.record.therapist

    def programs(self) -> list[object]:
        self.calls.append("programs")
        return []

    def exams(self) -> list[object]:
        self.calls.append("exams")
        return []

    def credentials(self) -> list[Credential]:
        self.calls.append("credentials")
        return list(self.record.credentials)

    def courses(self) -> list[Course]:
        self.calls.append("courses")
        return [*self.record.courses, Course("Cupping", "Q", DAY, Decimal(1), "self_study",
                                             id=2)]


def test_the_first_record_is_one_read_and_a_change_rereads_only_its_part() -> None:
    store = CountingStore()
    cache = RecordCache()
    first = cache.get(store)  # type: ignore[arg-type]
    assert store.calls == ["load_record"]
    assert first == store.record
    assert cache.get(store) is first  # type: ignore[arg-type]  # nothing stale: no read
    assert store.calls == ["load_record"]
    cache.invalidate("courses")
    again = cache.get(store)  # type: ignore[arg-type]
    assert store.calls == ["load_record", "courses"]
    assert [c.title for c in again.courses] == ["Ethics", "Cupping"]
    assert again.credentials == first.credentials
    cache.invalidate("all")
    cache.get(store)  # type: ignore[arg-type]
    assert store.calls == ["load_record", "courses", "load_record"]
