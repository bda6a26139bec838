"""Every user action as one small function: call the core, then say what changed.

Widgets call these (directly, or through the undo commands in ``gui.undo``) and
never the store's write methods. Each function reports through ``ctx.changed``
so every screen that shows the topic refreshes. Functions whose name ends in
``_work`` take a store rather than a context: they run on a worker thread.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lmt_tracker.domain.core.records import (
    Certificate,
    Course,
    Credential,
    ExamAttempt,
    Therapist,
    TrainingProgram,
)
from lmt_tracker.gui.translation import translate

if TYPE_CHECKING:
    from lmt_tracker.gui.context import AppContext
    from lmt_tracker.store import Store

DEFAULT_REMINDER_DAYS = (90, 60, 30, 7)


def _name(course: Course) -> str:
    return f"“{course.title}”"


def _credential_name(credential: Credential) -> str:
    from lmt_tracker.gui.words import word

    return f"{credential.jurisdiction} {credential.title or word(credential.kind)}"


def _exam_name(key: str) -> str:
    from lmt_tracker.gui.words import word

    return word(key)


def _wrote(ctx: AppContext, kind: str, record: Any) -> Any:
    """Remember the version this window's own save gave a record (see ``_as_read``)."""
    if record.id is not None and record.version is not None:
        ctx.written[(kind, record.id)] = record.version
    return record


def _as_read(ctx: AppContext, kind: str, ident: int, version: int | None) -> int | None:
    """The version a delete checks: as the window read it, or as its own last save left it.

    A list reloads in the background after a save, so for a moment it may still hold the
    version before this window's own edit; that edit is not a change made elsewhere.
    """
    own = ctx.written.get((kind, ident))
    if version is None or own is None:
        return version
    return max(version, own)


# -- courses --------------------------------------------------------------------------------
def _stored(ctx: AppContext, saved: Course) -> Course:
    """Tell the shared record and the course table about one saved course."""
    ctx.records.course_saved(saved)
    ctx.signals.course_saved.emit(saved)
    return saved


def save_course(ctx: AppContext, course: Course, certificate: Certificate | None = None) -> Course:
    """Insert or update a course (and store its certificate); raises RecordInvalid."""
    saved = _stored(ctx, _wrote(ctx, "course", ctx.store.save_course(course, certificate)))
    ctx.changed("courses", translate("actions", "Saved {0}").format(_name(saved)))
    return saved


def delete_course(ctx: AppContext, ident: int, version: int | None = None) -> Course:
    """Delete a course; returns it as it was so undo can put it back.

    ``version`` is the one the window read: a course changed or deleted elsewhere since
    is not deleted (``ConcurrentEditError``) and the window is shown what is stored now.
    """
    try:
        removed = ctx.store.delete_course(ident, version=_as_read(ctx, "course", ident, version))
    except Exception as exc:
        if _stale(exc):
            _course_reloaded(ctx, ident)
        raise
    ctx.records.course_removed(ident)
    ctx.signals.course_removed.emit(ident)
    ctx.changed("courses", translate("actions", "Deleted {0} — Ctrl+Z to undo")
                .format(_name(removed)))
    return removed


def _stale(exc: Exception) -> bool:
    from lmt_tracker.store import ConcurrentEditError

    return isinstance(exc, ConcurrentEditError)


def _course_reloaded(ctx: AppContext, ident: int) -> None:
    """After a refused delete: the course as stored now, or gone if deleted elsewhere."""
    from lmt_tracker.store import NotFoundError

    try:
        _stored(ctx, ctx.store.course(ident))
    except NotFoundError:
        ctx.records.course_removed(ident)
        ctx.signals.course_removed.emit(ident)
    ctx.changed("courses")


def restore_course(ctx: AppContext, course: Course) -> Course:
    """Put a deleted course back (under a new id, which is returned)."""
    restored = _stored(ctx, _wrote(ctx, "course", ctx.store.restore_course(course)))
    ctx.changed("courses", translate("actions", "Restored {0}").format(_name(restored)))
    return restored


def certificate(ctx: AppContext, sha256: str) -> Certificate | None:
    return ctx.store.certificate(sha256)


# -- credentials ----------------------------------------------------------------------------
def save_credential(ctx: AppContext, credential: Credential) -> Credential:
    saved = _wrote(ctx, "credential", ctx.store.save_credential(credential))
    ctx.changed("credentials", translate("actions", "Saved {0}").format(_credential_name(saved)))
    return saved


def delete_credential(ctx: AppContext, ident: int,
                      version: int | None = None) -> tuple[Credential, tuple[int, ...]]:
    """Delete a credential; returns it and the courses that were linked to it only by id.

    With ``version`` (the one the window read) one changed or deleted elsewhere since
    is refused (``ConcurrentEditError``) and the credentials are reloaded.
    """
    from lmt_tracker.store import NotFoundError

    try:
        gone = ctx.store.credential(ident)
        record = ctx.records.fresh()
        courses = record.courses if record is not None else ctx.store.courses()
        linked = tuple(c.id for c in courses
                       if c.applies_to is not None and ident in c.applies_to and c.id is not None)
        # the database drops the course links with it
        ctx.store.delete_credential(ident, version=_as_read(ctx, "credential", ident, version))
    except NotFoundError as exc:
        if version is None:
            raise
        ctx.changed("credentials")
        if _stale(exc):
            raise
        raise _gone_elsewhere("credential", ident) from exc
    except Exception as exc:
        if _stale(exc):
            ctx.changed("credentials")
        raise
    for course_id in linked:
        _stored(ctx, ctx.store.course(course_id))
    ctx.changed("credentials", translate("actions", "Deleted {0} — Ctrl+Z to undo")
                .format(_credential_name(gone)))
    return gone, linked


def restore_credential(ctx: AppContext, credential: Credential,
                       linked: tuple[int, ...]) -> Credential:
    """Re-create a deleted credential and re-link the courses that applied to it."""
    restored = _wrote(ctx, "credential",
                      ctx.store.save_credential(dataclasses.replace(credential, id=None)))
    for course_id in linked:
        course = ctx.store.course(course_id)
        assert restored.id is not None
        links = tuple(sorted({*(course.applies_to or ()), restored.id}))
        _stored(ctx, _wrote(ctx, "course", ctx.store.save_course(
            dataclasses.replace(course, applies_to=links))))
    ctx.changed("credentials", translate("actions", "Restored {0}")
                .format(_credential_name(restored)))
    return restored


# -- profile, training, exams ---------------------------------------------------------------
def save_therapist(ctx: AppContext, therapist: Therapist) -> Therapist:
    saved = ctx.store.save_therapist(therapist)
    ctx.changed("therapist", translate("actions", "Saved the profile of {0}")
                .format(saved.full_name))
    return saved


def save_program(ctx: AppContext, program: TrainingProgram) -> TrainingProgram:
    saved = _wrote(ctx, "program", ctx.store.save_program(program))
    ctx.changed("programs", translate("actions", "Saved {0}").format(saved.school))
    return saved


def _gone_elsewhere(what: str, ident: int) -> Exception:
    """A record the window read is no longer stored: deleted elsewhere (a stale delete)."""
    from lmt_tracker.store import DeletedElsewhereError

    return DeletedElsewhereError(f"{what} {ident} does not exist any more: it may have been "
                                 "deleted elsewhere since you opened it — reload and try again")


def _delete_one(ctx: AppContext, topic: str, what: str, found: list[Any], ident: int,
                delete: Callable[..., None], version: int | None) -> None:
    """Delete a program or exam attempt the window read (``version``), or refuse and reload."""
    if not found:
        if version is None:
            from lmt_tracker.store import NotFoundError

            raise NotFoundError(f"{what} {ident} does not exist (it may have been deleted)")
        ctx.changed(topic)
        raise _gone_elsewhere(what, ident)
    try:
        delete(ident, version=version)
    except Exception as exc:
        if _stale(exc):
            ctx.changed(topic)
        raise


def delete_program(ctx: AppContext, ident: int, version: int | None = None) -> TrainingProgram:
    """Delete a program; with ``version`` (as the window read it) only if still as read."""
    found = [p for p in ctx.store.programs() if p.id == ident]
    _delete_one(ctx, "programs", "training program", found, ident, ctx.store.delete_program,
                _as_read(ctx, "program", ident, version))
    gone = found[0]
    ctx.changed("programs", translate("actions", "Deleted {0} — Ctrl+Z to undo")
                .format(gone.school))
    return gone


def save_exam(ctx: AppContext, exam: ExamAttempt) -> ExamAttempt:
    saved = _wrote(ctx, "exam", ctx.store.save_exam(exam))
    ctx.changed("exams", translate("actions", "Saved the {0} attempt")
                .format(_exam_name(saved.exam)))
    return saved


def delete_exam(ctx: AppContext, ident: int, version: int | None = None) -> ExamAttempt:
    """Delete an exam attempt; with ``version`` (as the window read it) only if still as read."""
    found = [e for e in ctx.store.exams() if e.id == ident]
    _delete_one(ctx, "exams", "exam attempt", found, ident, ctx.store.delete_exam,
                _as_read(ctx, "exam", ident, version))
    gone = found[0]
    ctx.changed("exams", translate("actions", "Deleted the {0} attempt — Ctrl+Z to undo")
                .format(_exam_name(gone.exam)))
    return gone


def create_first_record(ctx: AppContext, therapist: Therapist,
                        credentials: list[Credential]) -> list[Credential]:
    """The wizard's result: a profile and the licenses named (each validated by the store)."""
    ctx.store.save_therapist(therapist)
    saved = [ctx.store.save_credential(c) for c in credentials]
    ctx.changed("all", translate("actions", "Welcome, {0}: your record is set up")
                .format(therapist.first_name))
    return saved


# -- settings -------------------------------------------------------------------------------
def parse_reminder_days(text: str) -> tuple[int, ...]:
    """"90, 60, 30, 7" → (90, 60, 30, 7); raises ValueError with a message saying what to fix."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    if not parts:
        raise ValueError(translate("actions", "enter at least one number of days, e.g. 90, 60, "
                                   "30, 7"))
    days = []
    for part in parts:
        if not part.isdigit() or not 1 <= int(part) <= 730:
            raise ValueError(translate("actions", "“{part}” is not a number of days from 1 to "
                                       "730").format(part=part))
        days.append(int(part))
    return tuple(sorted(set(days), reverse=True))


def reminder_days(ctx: AppContext) -> tuple[int, ...]:
    stored = ctx.store.setting("reminder_days")
    if stored:
        try:
            return parse_reminder_days(stored)
        except ValueError:
            pass
    return DEFAULT_REMINDER_DAYS


def set_reminder_days(ctx: AppContext, days: tuple[int, ...]) -> None:
    ctx.store.set_setting("reminder_days", ",".join(str(d) for d in days))
    ctx.changed("settings", translate("actions",
                                      "Reminders: ") + ", ".join(f"{d}" for d in days)
                + translate("actions", " days before"))


def set_theme(ctx: AppContext, theme_name: str) -> None:
    """Apply and remember the theme (a per-machine preference, not data)."""
    from PySide6.QtWidgets import QApplication

    from lmt_tracker.gui import icons, preferences, theme

    preferences.set_theme(theme_name)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        icons.clear()
        theme.apply(app, theme_name)
        ctx.signals.theme_changed.emit()
    names = {"system": translate("actions", "follow the system"),
             "light": translate("actions", "light"), "dark": translate("actions", "dark"),
             "high_contrast": translate("actions", "high contrast")}
    ctx.changed("settings", translate("actions", "Theme: {0}").format(
        names.get(theme_name, theme_name)))


# -- whole-database work (worker thread) ----------------------------------------------------
def load_demo_work(store: Store) -> str:
    from lmt_tracker.io.demo import demo_bundle
    from lmt_tracker.store import StoreError
    from lmt_tracker.store.bulk import write_bundle

    if not store.is_empty():
        raise StoreError(translate("actions", "the demo fills only an empty database; open a "
                                   "new one first"))
    write_bundle(store, demo_bundle(), replace=False)
    return translate("actions", "Demo data loaded: explore freely, nothing here is real")


def open_demo_work(target: str) -> Store:
    """Open (create) the demo's own file and fill it afresh with the sample record."""
    from lmt_tracker.io.demo import demo_bundle
    from lmt_tracker.store import open_database
    from lmt_tracker.store.bulk import write_bundle

    store = open_database(target)
    try:
        write_bundle(store, demo_bundle(), replace=not store.is_empty())
    except BaseException:
        store.close()
        raise
    return store


def import_work(store: Store, path: Path, replace: bool) -> str:
    from lmt_tracker.io.exchange import import_from

    backup = import_from(store, path, replace=replace)
    kept = (translate("actions", " (the previous contents were backed up to {backup})")
            .format(backup=backup) if backup else "")
    return translate("actions", "Imported {0}{kept}").format(path.name, kept=kept)


def export_work(store: Store, path: Path) -> str:
    from lmt_tracker.io.exchange import export_to

    size = export_to(store, path)
    return translate("actions",
                     "Exported everything to {path} ({size:,} bytes)").format(path=path, size=size)


def backup_work(store: Store, path: Path) -> str:
    from lmt_tracker.io.restore import backup_to

    backup_to(store, path)
    return translate("actions", "Backed up to {path}").format(path=path)


def restore_work(store: Store, path: Path) -> str:
    from lmt_tracker.io.restore import restore_from

    aside = restore_from(store, path)
    return translate("actions", "Restored {0}; the previous contents are kept at {aside}").format(
        path.name, aside=aside)


def open_database_work(target: str) -> Store:
    from lmt_tracker.store import open_database

    return open_database(target)


def switch_database(ctx: AppContext, store: Store, message: str | None = None) -> None:
    """Use another database from now on (after ``open_database_work`` succeeded)."""
    from lmt_tracker.gui import databases

    databases.remember_database(store.target.describe())  # never the demo file
    ctx.replace_store(store)
    ctx.signals.status_message.emit(message or translate("actions", "Opened {0}")
                                    .format(store.target.describe()))


def finished_whole_database(ctx: AppContext, message: str) -> None:
    """After an import, restore or demo: the undo history no longer applies; reload all."""
    ctx.undo_stack.clear()
    ctx.moved_ids.clear()
    ctx.changed("all", message)
