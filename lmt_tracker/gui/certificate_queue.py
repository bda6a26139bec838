"""Several certificates at once: one pre-filled course dialog after another.

Dropping (or choosing) several files or a folder on the CE courses screen opens a
course dialog per certificate, in turn, each filled from its certificate for the
user to check: Ctrl+Enter accepts the read fields and saves, Esc skips to the next.
A file already stored with a course (same SHA-256) is not opened again; a course
with the same title, date and provider is flagged inside its dialog. At the end
the status bar says how many were saved and skipped.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.drop_zone import ACCEPTED
from lmt_tracker.gui.words import core_error, count

if TYPE_CHECKING:
    from lmt_tracker.gui.context import AppContext

FILE_FILTER = translate("certificate_queue", "Certificates (*.pdf *.png *.jpg *.jpeg)")


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local certificate files being dragged, folders opened (empty if none)."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return certificate_paths(Path(u.toLocalFile()) for u in urls if u.isLocalFile())


def certificate_paths(paths: object) -> list[Path]:
    found: list[Path] = []
    for path in paths:  # type: ignore[attr-defined]
        if path.is_dir():
            found += sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in ACCEPTED)
        elif path.suffix.lower() in ACCEPTED:
            found.append(path)
    return found


def choose(ctx: AppContext, parent: QWidget) -> None:
    """Ask for one or more certificate files, then review them."""
    names, _ = QFileDialog.getOpenFileNames(parent, translate("certificate_queue",
                                                              "Add courses from "
                                                              "certificates"),
                                            str(Path.home()), FILE_FILTER)
    if names:
        review(ctx, parent, [Path(n) for n in names])


def review(ctx: AppContext, parent: QWidget, paths: list[Path]) -> tuple[int, int]:
    """Open a pre-filled course dialog for each new certificate; returns (saved, skipped)."""
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog
    from lmt_tracker.io.certificates import CertificateFileError, read_certificate

    stored = set(ctx.store.certificate_names())
    saved = skipped = 0
    reasons: list[str] = []
    for number, path in enumerate(paths, 1):
        try:
            sha = read_certificate(path).sha256
        except CertificateFileError as exc:
            skipped += 1
            reasons.append(core_error(exc))  # in the window's language
            continue
        if sha in stored:
            skipped += 1
            reasons.append(translate("certificate_queue", "{0} is already stored with a course")
                           .format(path.name))
            continue
        dialog = CourseDialog(ctx, None, ctx.store.credentials(), parent)
        if len(paths) > 1:
            dialog.setWindowTitle(translate("certificate_queue", "New CE course — certificate "
                                            "{number} of {0} (Esc skips)")
                                  .format(len(paths), number=number))
        dialog.attach(path)
        if dialog.exec() and dialog.saved is not None:
            saved += 1
            stored.add(sha)
        else:
            skipped += 1
    if len(paths) > 1 or reasons:
        text = translate("certificate_queue", "Certificates: {0} saved, {skipped} skipped").format(
            count(saved, "course"), skipped=skipped)
        ctx.signals.status_message.emit(text + (": " + "; ".join(reasons) if reasons else ""))
    return saved, skipped
