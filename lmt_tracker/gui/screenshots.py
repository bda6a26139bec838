"""Render every screen and the main dialogs to PNG (the ``screenshots`` command).

Uses the real window and dialogs on the real database, waits for each screen's
background work to finish, then ``QWidget.grab()``s it — identical offscreen and
on a display. Every screen is drawn twice: at the window's default size (in the
folder itself) and at 1024×700, a small laptop (in ``1024x700/``). While drawing,
each visible label is checked against its size hint: a clipped label is reported
(``clipped_labels``), and the tests fail on one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEventLoop, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

from lmt_tracker.domain.core.words import plural
from lmt_tracker.gui import tasks, theme
from lmt_tracker.gui.context import AppContext

if TYPE_CHECKING:
    from lmt_tracker.gui.main_window import MainWindow

SIZE = (1180, 780)  # MainWindow's own default size
SMALL = (1024, 700)
SMALL_FOLDER = "1024x700"
PAINT_MS = 150  # QtPdf and charts render asynchronously: let them finish


def _spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _settle(ctx: AppContext) -> None:
    for _ in range(3):
        tasks.wait_idle(ctx)
        QApplication.processEvents()
    _spin(PAINT_MS)


def _quiet(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen plugin's harmless size-hint notice; pass everything else on."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def clipped_labels(top: QWidget) -> list[str]:
    """Visible labels narrower (or, wrapped, shorter) than their text needs."""
    from PySide6.QtWidgets import QLabel

    out = []
    for lbl in top.findChildren(QLabel):
        if not lbl.isVisible() or not lbl.text() or lbl.width() <= 0:
            continue
        need_w = lbl.minimumSizeHint().width() if lbl.wordWrap() else lbl.sizeHint().width()
        need_h = lbl.heightForWidth(lbl.width()) if lbl.wordWrap() else lbl.sizeHint().height()
        if lbl.width() + 1 < need_w or lbl.height() + 1 < need_h:
            text = lbl.text().replace("\n", " ")[:60]
            out.append(f"{text!r}: {lbl.width()}×{lbl.height()} shown, "
                       f"{need_w}×{need_h} needed")
    return out


def _save(widget: QWidget, path: Path, written: list[Path]) -> None:
    widget.grab().save(str(path))
    written.append(path)
    clipped = clipped_labels(widget)
    if clipped:
        labels = plural(len(clipped), "label")
        sys.stderr.write(f"{path.name}: clipped {labels}: {'; '.join(clipped)}\n")


def _dialog(ctx: AppContext, make: Callable[[], QDialog | None], path: Path,
            written: list[Path], before: Callable[[QDialog], object] | None = None) -> None:
    dialog = make()
    if dialog is None:
        return
    dialog.show()
    if before is not None:
        before(dialog)
    _settle(ctx)
    _save(dialog, path, written)
    dialog.close()
    dialog.deleteLater()


def render_all(target: str, out: Path, theme_name: str = "light") -> list[Path]:
    from lmt_tracker.gui.app import application
    from lmt_tracker.store import open_database

    previous = qInstallMessageHandler(_quiet)
    app = application()
    from lmt_tracker.gui.main_window import MainWindow  # after the translator is installed

    theme.apply(app, theme_name)
    store = open_database(target)
    ctx = AppContext(store)
    window = MainWindow(store.target.describe())
    window.resize(*SIZE)
    window.show()
    window.attach(ctx)
    written: list[Path] = []
    try:
        _settle(ctx)
        for folder, size in ((out, SIZE), (out / SMALL_FOLDER, SMALL)):
            folder.mkdir(parents=True, exist_ok=True)
            window.resize(*size)
            _settle(ctx)
            for n, entry in enumerate(window.entries, start=1):
                screen = window.show_screen(entry.key)
                _settle(ctx)
                _save(window, folder / f"{n:02d}-{entry.key}.png", written)
                _extra_views(ctx, window, screen, folder / f"{n:02d}-{entry.key}", written)
        window.resize(*SIZE)
        _dialogs(ctx, window, out, written)
    finally:
        window.close()
        tasks.shutdown(ctx)
        window.deleteLater()
        QApplication.sendPostedEvents(None, 0)  # QEvent.DeferredDelete: free the window now
        store.close()
        qInstallMessageHandler(previous)
    return written


def _extra_views(ctx: AppContext, window: MainWindow, screen: QWidget | None, stem: Path,
                 written: list[Path]) -> None:
    """Screens with tabs or a preview: one more picture per view."""
    if screen is None:
        return
    key = getattr(screen, "key", "")
    if key in ("dashboard", "training") and (scroll := screen.findChild(QScrollArea)) is not None:
        page = scroll.widget()
        assert page is not None  # the screen's scrolled body
        _save(page, stem.with_name(f"{stem.name}-full.png"), written)
    elif key == "rules":
        for index, name in ((1, "compare"), (2, "apply")):
            screen.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
            _settle(ctx)
            _save(window, stem.with_name(f"{stem.name}-{name}.png"), written)
        screen.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    elif key == "reports" and ctx.store.credentials():
        screen.preview_renewal()  # type: ignore[attr-defined]
        _settle(ctx)
        _save(window, stem.with_name(f"{stem.name}-preview.png"), written)
    elif key == "courses" and screen.model.rowCount():  # type: ignore[attr-defined]
        screen.select_row(0)  # type: ignore[attr-defined]
        _settle(ctx)
        _save(window, stem.with_name(f"{stem.name}-selected.png"), written)


def _dialogs(ctx: AppContext, window: MainWindow, out: Path, written: list[Path]) -> None:
    from lmt_tracker.gui.dialogs.certificate_dialog import CertificateDialog
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog
    from lmt_tracker.gui.dialogs.credential_dialog import CredentialDialog, RenewDialog
    from lmt_tracker.gui.dialogs.record_dialogs import ExamDialog, ProfileDialog, ProgramDialog
    from lmt_tracker.gui.dialogs.wizard import (
        DEMO_PAGE,
        IMPORT_PAGE,
        LICENCES,
        PROFILE,
        FirstRunWizard,
    )

    record = ctx.record()
    credentials = list(record.credentials)
    courses = sorted(record.courses, key=lambda c: (c.certificate_sha256 is None, -(c.id or 0)))
    active = [c for c in credentials if c.status == "active" and c.kind == "state_license"]
    _dialog(ctx, lambda: CourseDialog(ctx, None, credentials, window),
            out / "dialog-course-new.png", written)
    _dialog(ctx, lambda: CourseDialog(ctx, None, credentials, window),
            out / "dialog-course-invalid.png", written,
            before=lambda d: cast(CourseDialog, d).save())
    if courses:
        _dialog(ctx, lambda: CourseDialog(ctx, courses[0], credentials, window),
                out / "dialog-course-edit.png", written)
        cert = ctx.store.certificate(courses[0].certificate_sha256 or "")
        if cert is not None:
            _dialog(ctx, lambda: CertificateDialog(cert, window),
                    out / "dialog-certificate.png", written)
    _dialog(ctx, lambda: CredentialDialog(ctx, credentials[0] if credentials else None, window),
            out / "dialog-credential.png", written)
    if active:
        _dialog(ctx, lambda: RenewDialog(ctx, active[0], window), out / "dialog-renew.png",
                written)
    _dialog(ctx, lambda: ProgramDialog(ctx, record.programs[0] if record.programs else None,
                                       window), out / "dialog-program.png", written)
    _dialog(ctx, lambda: ExamDialog(ctx, record.exams[-1] if record.exams else None, window),
            out / "dialog-exam.png", written)
    _dialog(ctx, lambda: ProfileDialog(ctx, record.therapist, window), out / "dialog-profile.png",
            written)
    _dialog(ctx, lambda: FirstRunWizard(ctx, window), out / "dialog-wizard.png", written)
    from lmt_tracker.gui.guide import SECTIONS, GuideWindow

    _dialog(ctx, lambda: GuideWindow(window), out / "dialog-user-guide.png", written,
            before=lambda guide: cast(GuideWindow, guide).show_section(SECTIONS["courses"]))
    for page, name in ((PROFILE, "profile"), (LICENCES, "licence"), (DEMO_PAGE, "demo"),
                       (IMPORT_PAGE, "import")):
        _dialog(ctx, lambda page=page: _wizard_at(FirstRunWizard(ctx, window), page),  # type: ignore[misc]
                out / f"dialog-wizard-{name}.png", written)


def _wizard_at(wizard: QDialog, page: int) -> QDialog:
    wizard.setStartId(page)  # type: ignore[attr-defined]
    wizard.restart()  # type: ignore[attr-defined]
    return wizard
