"""Undoable edits: each command calls the small functions in ``gui.actions``.

Undoing a delete re-creates the record under a new id; ``ctx.moved_ids`` maps
the old id to the new so later commands on the stack still find their record.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from lmt_tracker.gui import actions
from lmt_tracker.gui.translation import translate

if TYPE_CHECKING:
    from lmt_tracker.domain.core.records import Certificate, Course
    from lmt_tracker.gui.context import AppContext


def current_id(ctx: AppContext, kind: str, ident: int) -> int:
    """Follow re-creations: the id a record has now."""
    while (kind, ident) in ctx.moved_ids:
        ident = ctx.moved_ids[(kind, ident)]
    return ident


def _moved(ctx: AppContext, kind: str, old: int | None, new: int | None) -> None:
    if old is not None and new is not None and old != new:
        ctx.moved_ids[(kind, old)] = new


def _resolved(ctx: AppContext, kind: str, record: Any, *, replay: bool = True) -> Any:
    """The record under the id it has now; for an undo or redo, without its read version.

    A dialog's first save carries the version the record was read at, so the store
    refuses it if someone else saved in between ("changed elsewhere — reload"). Undo
    and redo re-apply this window's own earlier values, and this window's own saves
    have moved the version on since, so they are saved without that check.
    """
    if record.id is None:
        return record
    version = None if replay else record.version
    return dataclasses.replace(record, id=current_id(ctx, kind, record.id), version=version)


class Command(QUndoCommand):
    """A command whose first run happens in :func:`push`, before the stack holds it.

    An undo or redo says what it did ("Undone: add course “X” — Ctrl+Shift+Z to redo");
    the messages of the actions it replays are silenced, since "Deleted … — Ctrl+Z to
    undo" after an undo would point Ctrl+Z at the action before it.
    """

    _skip_next_redo = False
    _first = True  # the command's first run (from ``push``), not an undo or redo
    ctx: AppContext

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._replay(self.do, translate("undo", "Redone: {0} — Ctrl+Z to undo it again")
                     .format(self.text()))

    def do(self) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        self._replay(self.revert, translate("undo", "Undone: {0} — Ctrl+Shift+Z to redo")
                     .format(self.text()))

    def _replay(self, step: Any, message: str) -> None:
        self.ctx.replay_message = message
        try:
            step()
        finally:
            self.ctx.replay_message = None

    def revert(self) -> None:
        raise NotImplementedError


class SaveCourse(Command):
    """Add a course (undo deletes it) or edit one (undo puts the old values back)."""

    def __init__(self, ctx: AppContext, new: Course, old: Course | None,
                 certificate: Certificate | None = None) -> None:
        super().__init__(translate("undo", "{0} course “{1}”").format('edit' if old else 'add',
                                                                      new.title))
        self.ctx, self.new, self.old, self.certificate = ctx, new, old, certificate
        self.saved: Course | None = None

    def do(self) -> None:
        if self.saved is None:  # first time: may raise RecordInvalid before the stack changes
            self.saved = actions.save_course(
                self.ctx, _resolved(self.ctx, "course", self.new, replay=False), self.certificate)
        elif self.old is None:
            restored = actions.restore_course(self.ctx, self.saved)
            _moved(self.ctx, "course", self.saved.id, restored.id)
        else:
            actions.save_course(self.ctx, _resolved(self.ctx, "course", self.saved))

    def revert(self) -> None:
        assert self.saved is not None and self.saved.id is not None
        if self.old is None:
            actions.delete_course(self.ctx, current_id(self.ctx, "course", self.saved.id))
        else:
            actions.save_course(self.ctx, _resolved(self.ctx, "course", self.old))


class DeleteCourse(Command):
    def __init__(self, ctx: AppContext, course: Course) -> None:
        super().__init__(translate("undo", "delete course “{0}”").format(course.title))
        self.ctx, self.course = ctx, course

    def do(self) -> None:
        assert self.course.id is not None
        ident = current_id(self.ctx, "course", self.course.id)
        # The first run deletes the course as the window read it (refused if changed
        # elsewhere since); a redo deletes this window's own re-creation, unchecked.
        version = self.course.version if self._first else None
        self.course = actions.delete_course(self.ctx, ident, version)
        self._first = False

    def revert(self) -> None:
        restored = actions.restore_course(self.ctx, self.course)
        _moved(self.ctx, "course", self.course.id, restored.id)


class SaveRecord(Command):
    """Add or edit a credential, training program or exam attempt."""

    def __init__(self, ctx: AppContext, kind: str, new: Any, old: Any | None) -> None:
        super().__init__(f"{'edit' if old else 'add'} {kind}")
        self.ctx, self.kind, self.new, self.old = ctx, kind, new, old
        self.saved: Any = None

    def _save(self, record: Any, *, replay: bool = True) -> Any:
        return _SAVE[self.kind](self.ctx, _resolved(self.ctx, self.kind, record, replay=replay))

    def do(self) -> None:
        if self.saved is None:
            self.saved = self._save(self.new, replay=False)
        elif self.old is not None:
            self.saved = self._save(self.saved)
        else:
            again = self._save(dataclasses.replace(self.saved, id=None))
            _moved(self.ctx, self.kind, self.saved.id, again.id)

    def revert(self) -> None:
        if self.old is None:
            _DELETE[self.kind](self.ctx, current_id(self.ctx, self.kind, self.saved.id))
        else:
            self._save(self.old)


class DeleteRecord(Command):
    """Delete a credential, training program or exam attempt (undo re-creates it)."""

    def __init__(self, ctx: AppContext, kind: str, record: Any) -> None:
        super().__init__(translate("undo", "delete {kind}").format(kind=kind))
        self.ctx, self.kind, self.record = ctx, kind, record
        self.linked: tuple[int, ...] = ()

    def do(self) -> None:
        ident = current_id(self.ctx, self.kind, self.record.id)
        version = self.record.version if self._first else None  # as in DeleteCourse.do
        gone = _DELETE[self.kind](self.ctx, ident, version)
        self._first = False
        if self.kind == "credential":
            self.record, self.linked = gone
        else:
            self.record = gone

    def revert(self) -> None:
        if self.kind == "credential":
            links = tuple(current_id(self.ctx, "course", i) for i in self.linked)
            again = actions.restore_credential(self.ctx, self.record, links)
        else:
            again = _SAVE[self.kind](self.ctx, dataclasses.replace(self.record, id=None))
        _moved(self.ctx, self.kind, self.record.id, again.id)


_SAVE: dict[str, Callable[..., Any]] = {
    "credential": actions.save_credential,
    "program": actions.save_program,
    "exam": actions.save_exam,
}
_DELETE: dict[str, Callable[..., Any]] = {
    "credential": actions.delete_credential,
    "program": actions.delete_program,
    "exam": actions.delete_exam,
}


def push(ctx: AppContext, command: Command) -> None:
    """Run a command and keep it for undo. A validation error propagates and nothing is kept.

    QUndoStack.push runs ``redo`` itself; we run the command first so an invalid
    record raises before the stack holds a command that never happened.
    """
    command.do()
    command._skip_next_redo = True
    ctx.undo_stack.push(command)
