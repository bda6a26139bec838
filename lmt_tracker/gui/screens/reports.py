"""Reports: the renewal summary, the training transcript and the deadline calendar.

Each PDF is built on a worker thread (reportlab and pypdf are imported there,
never at start-up) and shown in the in-app preview; "Save…" writes it where the
user chooses. The calendar is an iCalendar file any calendar app can import.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.gui import tasks
from lmt_tracker.gui.context import AppContext
from lmt_tracker.gui.screens.base import Screen
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import button, card, header, label
from lmt_tracker.gui.widgets.preview import DocumentView
from lmt_tracker.gui.words import count, word


def preview_root() -> Path:
    """``previews`` in the user's own cache folder, one sub-folder per running app.

    Not a fixed name in the system temporary folder: on Linux that is shared by every
    user, and a folder someone else made there first would receive the previews.
    """
    from platformdirs import user_cache_dir

    from lmt_tracker import APP_NAME

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "previews"


def preview_folder() -> Path:
    """Where this app writes its previews (owner-only): ``previews/<process id>``.

    A preview is a whole report — names, license numbers, certificates — that the user
    did not ask to keep: it is removed when the app quits (``remove_previews``), and a
    folder whose app crashed is removed at the next start.
    """
    from lmt_tracker import portable

    return portable.private_folder(preview_root() / str(os.getpid()))


def remove_previews(*, stale_only: bool = False) -> list[Path]:
    """Remove this app's previews, or (``stale_only``) those of apps no longer running."""
    from lmt_tracker import portable

    root = preview_root()
    if not root.is_dir():
        return []
    removed = []
    for item in root.iterdir():
        if stale_only:
            # A folder named by a process that is gone, or a file an older version left.
            owner = int(item.name) if item.name.isdigit() else None
            if owner == os.getpid() or (owner is not None and portable.process_alive(owner)):
                continue
        elif item.name != str(os.getpid()):
            continue
        if item.is_dir():
            shutil.rmtree(item, ignore_errors=True)
        else:
            item.unlink(missing_ok=True)
        removed.append(item)
    return removed


class ReportsScreen(Screen):
    key = "reports"
    title = translate("reports", "Reports")
    icon = "reports"
    shows = frozenset({"credentials", "programs", "therapist"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.shown: Path | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        head, self.subtitle = header(translate("reports", "Reports"),
                                     translate("reports", "Audit-ready PDFs and a "
                                                          "calendar of deadlines."))
        lay.addWidget(head)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self._renewal_card())
        left.addWidget(self._transcript_card())
        left.addWidget(self._calendar_card())
        left.addStretch(1)
        holder = QWidget()
        holder.setLayout(left)
        holder.setMaximumWidth(400)
        row.addWidget(holder)
        right = QVBoxLayout()
        self.preview_title = label(translate("reports", "Preview"), "cardTitle")
        right.addWidget(self.preview_title)
        self.preview = DocumentView()
        self.preview.show_message(translate("reports", "Press Preview to see a report here "
                                            "before saving it."))
        right.addWidget(self.preview, 1)
        row.addLayout(right, 1)
        lay.addLayout(row, 1)

    def _renewal_card(self) -> QWidget:
        frame, box = card()
        box.addWidget(label(translate("reports", "Renewal summary"), "cardTitle"))
        box.addWidget(label(translate("reports", "Each requirement mapped to the courses that "
                                      "meet it, with every certificate attached — "
                                      "what a board asks for in an audit."),
                            "muted", wrap=True))
        self.credential = QComboBox()
        self.credential.setAccessibleName(translate("reports", "Credential for the renewal "
                                                    "summary"))
        box.addWidget(self.credential)
        box.addLayout(self._buttons(self.preview_renewal, self.save_renewal,
                                    translate("reports", "renewal summary")))
        return frame

    def _transcript_card(self) -> QWidget:
        frame, box = card()
        box.addWidget(label(translate("reports", "Training transcript"), "cardTitle"))
        box.addWidget(label(translate("reports", "Your entry-level hours by subject and exams, "
                                      "judged against the states you name (default: "
                                      "your states)."), "muted", wrap=True))
        self.states = QLineEdit()
        self.states.setPlaceholderText(translate("reports", "States, e.g. FL, NY (blank: your "
                                                 "states)"))
        self.states.setAccessibleName(translate("reports", "States for the transcript"))
        box.addWidget(self.states)
        box.addLayout(self._buttons(self.preview_transcript, self.save_transcript,
                                    translate("reports", "training transcript")))
        return frame

    def _calendar_card(self) -> QWidget:
        frame, box = card()
        box.addWidget(label(translate("reports", "Deadline calendar"), "cardTitle"))
        box.addWidget(label(translate("reports", "Every renewal and CE deadline as an .ics "
                                      "file, with alarms at your reminder lead times."), "muted",
                            wrap=True))
        box.addWidget(button(translate("reports", "Export calendar…"), self.save_calendar,
                             icon_name="calendar"))
        return frame

    @staticmethod
    def _buttons(preview: Callable[[], None], save: Callable[[], None],
                 what: str) -> QHBoxLayout:
        """Preview and Save, named for a screen reader with the report they act on (two
        cards have them: "Preview" alone would not say which)."""
        row = QHBoxLayout()
        show = button(translate("reports", "Preview"), preview, icon_name="pdf")
        show.setAccessibleName(translate("reports", "Preview the {0}").format(what))
        row.addWidget(show)
        keep = button(translate("reports", "Save PDF…"), save, icon_name="backup", primary=True)
        keep.setAccessibleName(translate("reports", "Save the {0} as PDF").format(what))
        row.addWidget(keep)
        return row

    def refresh(self) -> None:
        current = self.credential.currentData()
        self.credential.clear()
        for c in self.ctx.store.credentials():
            if c.status != "retired" and c.kind != "cpr_card":
                self.credential.addItem(f"{c.jurisdiction} · {c.title or word(c.kind)}", c.id)
        if self.credential.count() == 0:
            self.credential.addItem(translate("reports", "No credential to summarise yet"), None)
        index = self.credential.findData(current)
        self.credential.setCurrentIndex(max(0, index))

    # -- making files ------------------------------------------------------------------------
    def _make(self, label_text: str, work: Callable[[Path], object], path: Path,
              announce: str, name: str) -> None:
        """Write a report on a worker thread, then show it and say where it is."""
        preview = path.parent == preview_folder()

        def done(_result: object) -> None:
            self.show_file(path, preview)
            message = (translate("reports", "{0} ready to preview; not saved — Save PDF… "
                                 "keeps a copy").format(name)
                       if preview else announce.format(path=path, result=_result))
            self.ctx.signals.status_message.emit(message)

        tasks.start(self.ctx, lambda progress: work(path), label=label_text, parent=self,
                    show_progress=True, on_done=done)

    def show_file(self, path: Path, preview: bool = False) -> None:
        self.shown = path
        self.preview_title.setText(translate("reports", "Preview — not saved (Save PDF… keeps a "
                                             "copy)")
                                   if preview else translate("reports", "Saved as {0}")
                                   .format(path.name))
        self.preview.show_file(path)

    def _ask(self, title: str, name: str, kind: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), kind)
        return Path(chosen) if chosen else None

    def _renewal_target(self, preview: bool) -> tuple[int, Path] | None:
        ident = self.credential.currentData()
        if ident is None:
            self.ctx.signals.status_message.emit(translate("reports", "Add a credential first: "
                                                           "Credentials → Add"))
            return None
        name = f"renewal-{self.credential.currentText().split(' ')[0]}-{dt.date.today()}.pdf"
        path = preview_folder() / name if preview else self._ask(translate("reports",
                                                                           "Save renewal summary"),
                                                                 name,
                                                                  translate("reports",
                                                                            "PDF (*.pdf)"))
        return (int(ident), path) if path else None

    def preview_renewal(self, preview: bool = True) -> None:
        from lmt_tracker.reports.api import write_renewal_pdf

        target = self._renewal_target(preview)
        if target is None:
            return
        ident, path = target
        store = self.ctx.store
        self._make(translate("reports", "Building the renewal summary…"),
                   lambda p: write_renewal_pdf(store, ident, p), path,
                   translate("reports", "Renewal summary saved to {path}"),
                   translate("reports", "Renewal summary"))

    def save_renewal(self) -> None:
        self.preview_renewal(preview=False)

    def _states(self) -> list[str] | None:
        codes = [c.strip().upper() for c in self.states.text().replace(";", ",").split(",")]
        return [c for c in codes if c] or None

    def preview_transcript(self, preview: bool = True) -> None:
        from lmt_tracker.reports.api import write_transcript_pdf

        name = f"transcript-{dt.date.today()}.pdf"
        path = preview_folder() / name if preview else self._ask(translate("reports",
                                                                           "Save transcript"), name,
                                                                  translate("reports",
                                                                            "PDF (*.pdf)"))
        if path is None:
            return
        store, states = self.ctx.store, self._states()
        self._make(translate("reports", "Building the transcript…"),
                   lambda p: write_transcript_pdf(store, p, states),
                   path, translate("reports", "Transcript saved to {path}"),
                   translate("reports", "Training transcript"))

    def save_transcript(self) -> None:
        self.preview_transcript(preview=False)

    def save_calendar(self) -> None:
        from lmt_tracker.reports.api import write_calendar

        path = self._ask(translate("reports", "Export deadlines"), "lmt-tracker-deadlines.ics",
                         translate("reports", "iCalendar (*.ics)"))
        if path is None:
            return
        store = self.ctx.store
        tasks.start(self.ctx, lambda progress: write_calendar(store, path),
                    label=translate("reports", "Exporting the calendar…"), parent=self,
                    show_progress=True,
                    on_done=lambda n: self.ctx.signals.status_message.emit(
                        translate("reports", "{0} saved to {path}").format(count(n, 'deadline'),
                                                                           path=path)))
