"""The School screen's background work: one task at a time, with progress and Cancel.

Reading, storing, auditing and exporting a class run on a worker thread so a
10,000-row class never freezes the window. A newer request supersedes an older one
(the older is cancelled and its result dropped), and a failure is said in the screen
(``say``), not in a modal box. Kept apart from ``school.py`` so the screen reads as
its flow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from lmt_tracker.gui import tasks
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import button, label
from lmt_tracker.gui.words import core_error

if TYPE_CHECKING:
    from lmt_tracker.gui.context import AppContext

R = TypeVar("R")


class TaskRunner:
    """Runs work for ``parent`` and shows its progress in ``row`` (a bar, its text, Cancel)."""

    def __init__(self, ctx: AppContext, parent: QWidget, say: Callable[[str], None]) -> None:
        self.ctx, self.parent, self.say = ctx, parent, say
        self.task: tasks.Task | None = None
        self.generation = 0
        self.row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("school", "Audit progress"))
        self.progress_text = label("", "muted")
        self.cancel_button = button(translate("school", "Cancel"), self.cancel)
        self.row.addWidget(self.progress_text)
        self.row.addWidget(self.progress, 1)
        self.row.addWidget(self.cancel_button)
        self.show_progress(False)

    def run(self, label_text: str, work: Callable[[tasks.Progress], R],
            done: Callable[[R], None]) -> None:
        """Start ``work``; a newer call supersedes (cancels and ignores) an older one."""
        if self.task is not None:
            self.task.cancel()
        self.generation += 1
        generation = self.generation
        self.say("")

        def finished(result: R) -> None:
            if generation == self.generation:
                self.show_progress(False)
                done(result)

        def failed(exc: Exception) -> None:
            if generation == self.generation:
                self.show_progress(False)
                self.say(translate("school", "{0} failed: {exc}").format(label_text.rstrip('…'),
                                                                         exc=core_error(exc)))

        task = tasks.start(self.ctx, work, on_done=finished, on_error=failed, label=label_text,
                           parent=self.parent)
        task.signals.progress.connect(
            lambda fraction, text: self.advance(generation, fraction, text))
        task.signals.cancelled.connect(
            lambda: self.show_progress(False) if generation == self.generation else None)
        self.task = task
        self.progress_text.setText(label_text)
        self.progress.setRange(0, 0)
        self.show_progress(True)

    def advance(self, generation: int, fraction: float, text: str) -> None:
        """A progress report of the task started as ``generation`` (older ones are ignored)."""
        if generation != self.generation:
            return
        if fraction < 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(fraction * 1000))
        if text:
            self.progress_text.setText(text)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.generation += 1
        self.show_progress(False)

    def show_progress(self, on: bool) -> None:
        for widget in (self.progress, self.progress_text, self.cancel_button):
            widget.setVisible(on)
        if not on:
            self.task = None
