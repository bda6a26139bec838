"""Long work off the GUI thread: a QRunnable with progress, cancel and a result signal.

The work function runs in a pool thread and receives a :class:`Progress`; it must
not touch widgets. Results and errors come back as queued signals, so handlers
run on the GUI thread. Cancel is cooperative: the work checks ``progress.cancelled``
(or calls ``progress.check()``); work that cannot stop has its result discarded.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)

from lmt_tracker.gui.translation import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from lmt_tracker.gui.context import AppContext


class Cancelled(Exception):
    """Raised by ``Progress.check`` when the user pressed Cancel."""


class Progress:
    """What the work function sees: report how far it got, learn whether to stop."""

    def __init__(self, signals: TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, fraction: float | None, text: str = "") -> None:
        """``fraction`` from 0 to 1, or None when the amount of work is unknown."""
        self._signals.progress.emit(-1.0 if fraction is None else float(fraction), text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class TaskSignals(QObject):
    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class Task(QRunnable):
    """One piece of background work; start it with :func:`start`."""

    def __init__(self, work: Callable[[Progress], Any], label: str) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.label = label
        self.signals = TaskSignals()
        self.progress = Progress(self.signals)
        self._work = work

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the user on the GUI thread
            self.signals.failed.emit(exc)
        else:
            if self.progress.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.done.emit(result)
        finally:
            self.signals.finished.emit()


_held: list[Task] | None = None  # tasks started inside ``held()``, waiting for its end


@contextmanager
def held() -> Iterator[None]:
    """Start no task until the block ends, then each in the order asked.

    Why: the window attaches a newly opened database on the GUI thread (screen, banner,
    menus: about 25 ms of Python) and the dashboard asks for its judging midway through.
    Two threads running Python share one interpreter lock; overlapping them cost about
    20 ms more CPU (and later) to the dashboard drawn than running them one after the
    other (issue 17, ``benchmarks/bench_dashboard_ready.py``). Blocks may nest.
    """
    global _held
    if _held is not None:
        yield
        return
    _held = []
    try:
        yield
    finally:
        pending, _held = _held, None
        for task in pending:
            QThreadPool.globalInstance().start(task)


def start(
    ctx: AppContext,
    work: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    label: str = translate("tasks", "Working…"),
    parent: QWidget | None = None,
    show_progress: bool = False,
    cancellable: bool = True,
) -> Task:
    """Run ``work`` in the pool; call ``on_done(result)`` or ``on_error(exc)`` on the GUI thread.

    With ``show_progress`` a progress dialog appears if the work takes longer than
    a moment, with a Cancel button when ``cancellable``.
    """
    task = Task(work, label)
    release = ctx.keep(task)
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_error or (lambda exc: report_error(ctx, parent, label, exc)))
    task.signals.cancelled.connect(lambda: ctx.signals.status_message.emit(
        translate("tasks", "{label} cancelled").format(label=label)))
    if show_progress:
        attach_progress_dialog(task, parent, cancellable=cancellable)
    task.signals.finished.connect(release)
    if _held is not None:
        _held.append(task)
    else:
        QThreadPool.globalInstance().start(task)
    return task


def report_error(ctx: AppContext, parent: QWidget | None, label: str, exc: Exception) -> None:
    """Tell the user what failed and why (the message says what to do).

    An error no part of the app raised on purpose (a bug) goes to the crash report
    instead, which logs it with its traceback (``lmt_tracker.logs``).
    """
    from PySide6.QtWidgets import QMessageBox

    if not _expected(exc):
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)
        return
    from lmt_tracker.gui.words import core_error

    why = core_error(exc)
    ctx.signals.status_message.emit(translate("tasks", "{label} failed: {exc}")
                                    .format(label=label, exc=why))
    QMessageBox.warning(parent, "LMT Tracker", translate("tasks", "{label} failed:\n\n{exc}")
                        .format(label=label.rstrip("…"), exc=why))


def _expected(exc: Exception) -> bool:
    """A refusal with its own explanation (storage, validation, a file), not a bug."""
    import sys

    if isinstance(exc, OSError):
        return True
    kinds = [getattr(sys.modules.get(module), name, None) for module, name in (
        ("lmt_tracker.store.engine", "StoreError"),
        ("lmt_tracker.domain.core.validation", "RecordInvalid"),
        ("lmt_tracker.io.bundle", "DocumentError"),
        ("lmt_tracker.io.certificates", "CertificateFileError"),
        ("lmt_tracker.io.school_csv", "ClassFileError"),
        ("lmt_tracker.reports.api", "ReportError"),
        ("lmt_tracker.reports.fonts", "FontMissingError"),
        ("lmt_tracker.rules.loader.reader", "RulesError"),
    )]
    return any(isinstance(kind, type) and isinstance(exc, kind) for kind in kinds)


def wait_idle(ctx: AppContext, timeout_ms: int = 60000) -> bool:
    """Spin the event loop until no background task is running (for the CLI and screenshots)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: loop.quit() if not ctx._tasks else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    timer.start()
    deadline.start(timeout_ms)
    if ctx._tasks:
        loop.exec()
    timer.stop()
    QCoreApplication.processEvents()
    return not ctx._tasks


def shutdown(ctx: AppContext, wait_ms: int = 5000) -> None:
    """Ask every running task to stop, then wait for the pool (called when the window closes)."""
    for task in list(ctx._tasks):
        if isinstance(task, Task):
            task.cancel()
    QThreadPool.globalInstance().waitForDone(wait_ms)


def attach_progress_dialog(task: Task, parent: QWidget | None, *,
                           cancellable: bool) -> QProgressDialog:
    """A window-modal progress dialog that appears after 400 ms and closes when the task ends."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    from lmt_tracker.gui.translation import translate

    dialog = QProgressDialog(task.label, translate("progress", "Cancel") if cancellable else "", 0,
                             0, parent)
    dialog.setWindowTitle("LMT Tracker")
    dialog.setAccessibleName(translate("progress", "Progress: {0}").format(task.label))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(task.cancel)

    def on_progress(fraction: float, text: str) -> None:
        if fraction < 0:
            dialog.setRange(0, 0)
        else:
            dialog.setRange(0, 1000)
            dialog.setValue(int(fraction * 1000))
        if text:
            dialog.setLabelText(text)

    task.signals.progress.connect(on_progress)
    task.signals.finished.connect(dialog.close)
    task.signals.finished.connect(dialog.deleteLater)
    return dialog
