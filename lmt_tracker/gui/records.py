"""The therapist's whole record, loaded once and kept current by the actions.

Loading 10,000 courses takes about half a second, so screens share one copy.
Course saves and deletes patch it in place (cheap); other changes mark a part
stale and the next ``get`` (always on a worker thread) reloads only that part.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import TYPE_CHECKING, Any

from lmt_tracker.domain.core.records import Course, Record

if TYPE_CHECKING:
    from lmt_tracker.store import Store

PARTS = ("therapist", "programs", "exams", "credentials", "courses")


class RecordCache:
    def __init__(self) -> None:
        self._state = threading.Lock()  # short: guards the fields below
        self._loading = threading.Lock()  # long: one loader at a time
        self._record: Record | None = None
        self._stale: set[str] = set(PARTS)
        self._patches: list[tuple[str, object]] = []

    def invalidate(self, topic: str) -> None:
        """Mark what a ``data_changed`` topic touched as needing a reload."""
        with self._state:
            if topic == "all":
                self._stale = set(PARTS)
                self._patches.clear()
            elif topic in PARTS:
                self._stale.add(topic)

    def course_saved(self, course: Course) -> None:
        with self._state:
            self._patches.append(("saved", course))

    def course_removed(self, ident: int) -> None:
        with self._state:
            self._patches.append(("removed", ident))

    def get(self, store: Store) -> Record:
        """The current record; reloads stale parts (call from a worker thread)."""
        with self._loading:
            with self._state:
                stale, self._stale = self._stale, set()
                if self._record is None:
                    stale = set(PARTS)
            whole: Record | None = None
            loaded: dict[str, Any] = {}
            if stale >= set(PARTS):
                # Everything at once: one connection and one snapshot (``load_record``),
                # not one read-only connection per part (the first load, at start).
                whole = store.load_record()
            else:
                loaded = {part: _load(store, part) for part in stale}
            with self._state:
                record = whole or self._record or Record(therapist=None)
                if loaded:
                    record = dataclasses.replace(record, **loaded)
                record = _apply(record, self._patches)
                self._patches.clear()
                self._record = record
                return record

    def peek(self) -> Record | None:
        """The last loaded record, without loading (may be stale)."""
        with self._state:
            return self._record

    def fresh(self) -> Record | None:
        """The record if nothing is stale (pending course patches applied), else None."""
        with self._state:
            if self._record is None or self._stale:
                return None
            self._record = _apply(self._record, self._patches)
            self._patches.clear()
            return self._record


def _load(store: Store, part: str) -> object:
    if part == "therapist":
        return store.therapist()
    if part == "programs":
        return tuple(store.programs())
    if part == "exams":
        return tuple(store.exams())
    if part == "credentials":
        return tuple(store.credentials())
    return tuple(store.courses())


def _apply(record: Record, patches: list[tuple[str, object]]) -> Record:
    """Apply course patches in order (each is idempotent, so re-applying is harmless)."""
    if not patches:
        return record
    by_id = {c.id: c for c in record.courses}
    for kind, value in patches:
        if isinstance(value, Course):
            by_id[value.id] = value
        elif kind == "removed" and isinstance(value, int):
            by_id.pop(value, None)
    return dataclasses.replace(record, courses=tuple(by_id.values()))
