"""The School screen's outputs: the audit as CSV or PDF, and a transcript per graduate.

Each asks where to write (a file or a folder), then writes on the screen's
:class:`TaskRunner` with progress and Cancel, and says the result in the status bar.
Kept apart from ``school.py`` so the screen reads as its flow.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from lmt_tracker.gui import tasks
from lmt_tracker.gui.screens.school_runner import TaskRunner
from lmt_tracker.gui.translation import translate

if TYPE_CHECKING:
    from lmt_tracker.domain.entry.cohort import CohortAudit
    from lmt_tracker.gui.context import AppContext
    from lmt_tracker.io.class_rows import RowError


def export_audit(parent: QWidget, ctx: AppContext, runner: TaskRunner, audit: CohortAudit,
                 errors: Sequence[RowError], source_title: str, kind: str) -> None:
    """The audit as ``kind`` ("csv" or "pdf") in a file the user names."""
    stem = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in source_title)
    suggested = str(Path.home() / translate("school", "{0} audit as of {1}.{kind}")
                    .format(Path(stem).stem or 'cohort', audit.as_of.isoformat(), kind=kind))
    filters = (translate("school", "CSV files (*.csv)") if kind == "csv"
               else translate("school", "PDF files (*.pdf)"))
    path, _ = QFileDialog.getSaveFileName(parent, translate("school", "Export the audit"),
                                          suggested, filters)
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() != f".{kind}":
        target = target.with_name(target.name + f".{kind}")
    title = source_title or translate("school", "Class")

    def work(progress: tasks.Progress) -> int:
        progress.report(None, translate("school", "Writing {0}…").format(target.name))
        if kind == "csv":
            from lmt_tracker.io.audit_export import write_audit_csv

            return write_audit_csv(audit, target)
        from lmt_tracker.reports.cohort_pdf import CohortReportInfo, write_cohort_pdf

        return write_cohort_pdf(audit, CohortReportInfo(title), target, errors)

    runner.run(translate("school", "Exporting the audit…"), work,
               lambda size: ctx.signals.status_message
               .emit(translate("school", "Exported {target} ({size:,} bytes)")
                     .format(target=target, size=size)))


def write_transcripts(parent: QWidget, ctx: AppContext, runner: TaskRunner,
                      audit: CohortAudit, title: str) -> None:
    """A transcript PDF per graduate in a chosen folder, with progress and cancel."""
    folder = QFileDialog.getExistingDirectory(parent, translate("school",
                                                                "Folder for the transcripts"),
                                              str(Path.home()))
    if not folder:
        return

    def work(progress: tasks.Progress) -> tuple[int, str]:
        from lmt_tracker.reports.graduate_transcript import write_transcripts as write_all

        def step(done: int, total: int) -> None:
            progress.check()
            progress.report(done / total, translate("school", "Wrote {done:,} of {total:,} "
                                                    "transcripts").format(done=done,
                                                                          total=total))

        written = write_all(audit, Path(folder), title, step)
        return len(written.files), str(written.combined)

    runner.run(translate("school", "Writing transcripts…"), work,
               lambda r: ctx.signals.status_message
               .emit(translate("school", "Wrote {0:,} transcripts and {1}").format(r[0], r[1])))
