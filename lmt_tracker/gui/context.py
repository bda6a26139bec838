"""What every screen shares: the open store, the rules, change signals, undo, background work.

Screens never query the database themselves; they call ``lmt_tracker.gui.actions``
(or the store's read methods through ``ctx.store``) and listen to ``ctx.signals``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from lmt_tracker.gui.records import RecordCache

if TYPE_CHECKING:
    from lmt_tracker.domain.core.records import Record
    from lmt_tracker.domain.core.rules import Jurisdiction
    from lmt_tracker.store import Store


class AppSignals(QObject):
    """Broadcasts of what changed, so each screen refreshes only what it shows."""

    # One of: "therapist", "programs", "exams", "credentials", "courses", "classes",
    # "settings", "all" (a whole database was imported, restored or opened).
    data_changed = Signal(str)
    # A short message for the status bar.
    status_message = Signal(str)
    # Ask the main window to show a screen by its key ("dashboard", "courses", ...).
    navigate = Signal(str)
    # Finer-grained course changes, so a 100,000-row table updates one row, not all.
    course_saved = Signal(object)
    course_removed = Signal(int)
    # The dashboard judged the record: reminders now due (a list of gui.reminders.Reminder).
    reminders_due = Signal(object)
    # The colour theme changed: icons drawn in the old text colour must be re-tinted.
    theme_changed = Signal()


class AppContext:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.signals = AppSignals()
        self.undo_stack = QUndoStack()
        self.records = RecordCache()
        # Undo of a delete re-creates a record under a new id: (kind, old id) → new id.
        self.moved_ids: dict[tuple[str, int], int] = {}
        # (kind, id) → the version this window's own last save gave the record: a delete
        # from a list not yet reloaded after that save is not "changed elsewhere".
        self.written: dict[tuple[str, int], int] = {}
        self._tasks: list[Any] = []
        # While Edit › Undo or Redo replays a command: the one message to show for it
        # (the actions' own words, "Deleted … — Ctrl+Z to undo", would point the wrong way).
        self.replay_message: str | None = None

    @cached_property
    def jurisdictions(self) -> dict[str, Jurisdiction]:
        """The rules in force with the user's overrides, loaded once on first use (not at
        start-up); ``forget_rules`` drops them after a rule pack or an override changes."""
        from lmt_tracker.rules.in_force import judged_rules

        return judged_rules(self.store.rule_overrides(), self.today())

    def forget_rules(self) -> None:
        self.__dict__.pop("jurisdictions", None)

    @staticmethod
    def today() -> dt.date:
        return dt.date.today()

    def record(self) -> Record:
        """The whole record, current (may load from the database: call off the GUI thread)."""
        return self.records.get(self.store)

    def changed(self, what: str, message: str | None = None) -> None:
        self.records.invalidate(what)
        self.signals.data_changed.emit(what)
        if self.replay_message is not None:
            message = self.replay_message
        if message:
            self.signals.status_message.emit(message)

    def replace_store(self, store: Store) -> None:
        """Switch to another database (open, restore): everything refreshes."""
        old = self.store
        self.store = store
        self.undo_stack.clear()
        self.moved_ids.clear()
        self.written.clear()
        if old is not store:
            old.close()
        self.changed("all")

    def keep(self, task: Any) -> Callable[[], None]:
        """Hold a reference to a running background task until it calls the returned release."""
        self._tasks.append(task)
        return lambda: self._tasks.remove(task) if task in self._tasks else None

    @property
    def busy(self) -> bool:
        """True while any background task runs."""
        return bool(self._tasks)
