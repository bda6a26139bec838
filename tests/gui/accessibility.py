"""What a screen reader hears: names and descriptions read through ``QAccessible``.

``unnamed`` walks a window or dialog and lists every control a user can operate (or a
status they must hear: progress bars, status chips) whose accessible interface has no
name. A button's text counts as its name, and so does a caption whose buddy is the
editor (Qt reads it out), because that is what the screen reader gets.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QPlainTextEdit, QTextEdit, QTabBar, QProgressBar, QScrollArea, QGraphicsView)


def name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``.

    On Linux Qt reports a combo box's current value as its Name and its caption through
    a "labelled by" relation: for a combo box the name is its own accessible name or that
    caption, so a combo with neither counts as unnamed whatever it shows.
    """
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None, f"{type(widget).__name__} has no accessible interface"
    if isinstance(widget, QComboBox):
        labels = [str(other.text(QAccessible.Text.Name) or "").rstrip(":")
                  for other, _ in iface.relations(QAccessible.Relation.Label)]
        return (widget.accessibleName() or " ".join(labels)).strip()
    return str(iface.text(QAccessible.Text.Name) or "").strip()


def description(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return str(iface.text(QAccessible.Text.Description) or "").strip()


def _inner_part(widget: QWidget) -> bool:
    """The line edit inside a combo box or date field, a table's header: parts of another."""
    parent = widget.parentWidget()
    return (isinstance(widget, QHeaderView)
            or isinstance(parent, (QComboBox, QAbstractSpinBox))
            or (isinstance(widget, QTabBar) and parent is not None
                and type(parent).__name__ == "QTabWidget"))


def controls(top: QWidget) -> list[QWidget]:
    """Visible controls of ``top``, status chips included."""
    found = [w for w in top.findChildren(QWidget)
             if w.isVisibleTo(top) and not _inner_part(w)
             and (isinstance(w, INTERACTIVE)
                  or (isinstance(w, QLabel) and w.objectName() == "chip"))]
    return found


def label_of(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(widget, (QAbstractButton, QLabel)) else ""
    return f"{type(widget).__name__}({widget.objectName()!r}, {shown!r})"


def unnamed(top: QWidget) -> list[str]:
    return [label_of(w) for w in controls(top) if not name(w)]


def dialogs(ctx, window, store):
    """Every main dialog, built over the demo record."""
    from lmt_tracker.gui.dialogs.certificate_dialog import CertificateDialog
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog
    from lmt_tracker.gui.dialogs.crash_report import CrashDialog
    from lmt_tracker.gui.dialogs.credential_dialog import CredentialDialog, RenewDialog
    from lmt_tracker.gui.dialogs.record_dialogs import ExamDialog, ProfileDialog, ProgramDialog
    from lmt_tracker.logs import CrashReport

    credentials = store.credentials()
    courses = store.courses()
    sha = next(c.certificate_sha256 for c in courses if c.certificate_sha256)
    return {
        "certificate": lambda: CertificateDialog(store.certificate(sha), window),
        "credential (new)": lambda: CredentialDialog(ctx, None, window),
        "credential (edit)": lambda: CredentialDialog(ctx, credentials[0], window),
        "renew": lambda: RenewDialog(ctx, credentials[0], window),
        "course (new)": lambda: CourseDialog(ctx, None, credentials, window),
        "course (edit)": lambda: CourseDialog(ctx, courses[0], credentials, window),
        "exam (new)": lambda: ExamDialog(ctx, None, window),
        "program (new)": lambda: ProgramDialog(ctx, None, window),
        "profile": lambda: ProfileDialog(ctx, store.therapist(), window),
        "crash report": lambda: CrashDialog(CrashReport("It broke", "Traceback…", None),
                                            window),
    }
