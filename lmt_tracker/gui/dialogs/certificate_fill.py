"""Fill a new course dialog from its certificate: each read field marked, with its words.

The course dialog calls ``fill_from`` when a certificate is attached to a new, still
blank course. Reading runs off the GUI thread (OCR of a picture takes a few
seconds); then every field the reader found is filled, outlined, and shows the
words it came from with an "OK" button. A mark goes when the user accepts the field
or edits it; Save (or Ctrl+Enter) accepts them all — nothing is stored until the
user saves. A banner above the form says what was read, warns when the certificate
is made out to someone other than the user or repeats a stored course, and says
once per session when Tesseract is missing (the certificate stays attached).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.gui import tasks
from lmt_tracker.gui.translation import translate

if TYPE_CHECKING:
    from lmt_tracker.certificates.reading import Reading
    from lmt_tracker.domain.core.records import Certificate

# The course dialog (``course_dialog.CourseDialog``), which imports this module to call
# ``fill_from``: typed loosely here so that the two do not import each other.
CourseDialog = Any

MARK_STYLE = ("QLineEdit[fromCertificate=\"true\"], QDateEdit[fromCertificate=\"true\"], "
              "QComboBox[fromCertificate=\"true\"], RowsEditor[fromCertificate=\"true\"] "
              "{ border: 2px solid #d08c00; border-radius: 4px; }")
HOUR_UNITS = {60: translate("certificate_fill", "60-minute hours"),
              50: translate("certificate_fill", "50-minute hours"), 1: "minutes"}

_said_no_ocr = False  # "Tesseract is missing" is said once per session


def fill_from(dialog: CourseDialog, cert: Certificate) -> CertificateFill | None:
    """Start reading ``cert`` into ``dialog`` when it is a new course nobody has typed into."""
    blank = dialog.original is None and not any(
        w.text().strip() for w in (dialog.title, dialog.provider, dialog.hours))
    if not blank:
        return None
    fill = getattr(dialog, "certificate_fill", None) or CertificateFill(dialog)
    dialog.certificate_fill = fill  # type: ignore[attr-defined]
    fill.start(cert)
    return fill


class Mark(QWidget):
    """Under a filled field: the words it was read from, and an OK button to accept it."""

    def __init__(self, evidence: str, note: str, accept: Any) -> None:
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        text = (translate("certificate_fill", "Read from the certificate: “{evidence}”")
                .format(evidence=evidence) + (f" — {note}" if note else ""))
        self.label = QLabel(text)
        self.label.setObjectName("hint")
        self.label.setWordWrap(True)
        lay.addWidget(self.label, 1)
        self.ok = QPushButton("OK")
        self.ok.setAccessibleName(translate("certificate_fill", "Accept the value read from the "
                                            "certificate"))
        self.ok.setToolTip(translate("certificate_fill", "The value matches the certificate"))
        self.ok.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.ok.clicked.connect(lambda _=False: accept())
        lay.addWidget(self.ok)


class CertificateFill(QObject):
    """Reads one certificate into one dialog; ``filled`` carries the reading when done."""

    filled = Signal(object)
    failed = Signal(str)

    def __init__(self, dialog: CourseDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.marks: dict[str, tuple[list[QWidget], Mark]] = {}
        self.reading: Reading | None = None
        self._closed = False
        dialog.finished.connect(self._dialog_closed)
        dialog.setStyleSheet(dialog.styleSheet() + MARK_STYLE)
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        box = QVBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setAccessibleName(translate("certificate_fill", "Certificate reading"))
        box.addWidget(self.banner_text)
        self.accept_all_button = QPushButton(translate("certificate_fill",
                                                       "Accept all read fields"))
        self.accept_all_button.clicked.connect(lambda _=False: self.accept_all())
        self.accept_all_button.hide()
        box.addWidget(self.accept_all_button)
        _column(dialog).insertWidget(0, self.banner)
        self.banner.hide()
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), dialog)
        shortcut.activated.connect(self._accept_and_save)

    # -- reading -----------------------------------------------------------------------------
    def start(self, cert: Certificate) -> None:
        from lmt_tracker.certificates import read_certificate

        self._show(translate("certificate_fill", "Reading {0}…").format(cert.file_name))
        tasks.start(self.dialog.ctx, lambda _progress: read_certificate(cert),
                    on_done=self._read, on_error=self._not_read,
                    label=translate("certificate_fill", "Reading the certificate…"),
                    parent=self.dialog)

    def _dialog_closed(self) -> None:
        self._closed = True

    def _not_read(self, exc: Exception) -> None:
        if self._closed:
            return
        self._show(translate("certificate_fill", "The certificate is attached, but it could not "
                             "be read: {exc}").format(exc=exc))
        self.failed.emit(str(exc))

    def _read(self, reading: Reading) -> None:
        if self._closed:
            return
        self.reading = reading
        self.apply(reading)
        self.filled.emit(reading)

    # -- filling -----------------------------------------------------------------------------
    def apply(self, reading: Reading) -> None:
        d = self.dialog
        if reading.title:
            d.title.setText(reading.title.value)
            self._mark("title", [d.title], reading.title)
        if reading.provider:
            d.provider.setText(reading.provider.value)
            self._mark("provider", [d.provider], reading.provider)
        if reading.completed:
            d.completed.set_value(reading.completed.value)
            self._mark("completed", [d.completed], reading.completed)
        if reading.hours:
            h = reading.hours
            d.hours.setText(str(h.hours))
            if d.hour_minutes.findData(h.hour_minutes) < 0:
                d.hour_minutes.addItem(HOUR_UNITS.get(h.hour_minutes, str(h.hour_minutes)),
                                       h.hour_minutes)
            d.hour_minutes.setCurrentIndex(d.hour_minutes.findData(h.hour_minutes))
            self._mark("hours", [d.hours, d.hour_minutes], h)
        if reading.delivery:
            d.delivery.setCurrentIndex(max(0, d.delivery.findData(reading.delivery.value)))
            self._mark("delivery", [d.delivery], reading.delivery)
        if reading.topics:
            d.topics.set_rows((t.key, "" if t.hours is None else str(t.hours))
                              for t in reading.topics)
            self._mark_rows("topics", d.topics, "; ".join(f"“{t.evidence}”"
                                                          for t in reading.topics))
        if reading.approvals:
            d.approvals.set_rows((a.body, a.number) for a in reading.approvals)
            self._mark_rows("approvals", d.approvals, "; ".join(f"“{a.evidence}”"
                                                                for a in reading.approvals))
        self._show(self._summary(reading))
        self.accept_all_button.setVisible(bool(self.marks))

    def _summary(self, reading: Reading) -> str:
        from lmt_tracker.certificates import ocr
        from lmt_tracker.certificates.course import FIELD_WORDS, same_person

        global _said_no_ocr
        lines: list[str] = []
        if self.marks:
            lines.append(translate("certificate_fill", "Filled in from the certificate: check "
                                   "each outlined field against the "
                                   "certificate, then press OK beside it or "
                                   "edit it. Ctrl+Enter accepts all and "
                                   "saves."))
        missing = [FIELD_WORDS[f] for f in ("title", "provider", "completed", "hours",
                                            "delivery") if getattr(reading, f) is None]
        if missing and reading.source != "none":
            lines.append(translate("certificate_fill",
                                   "Not found on the certificate: ") + ", ".join(missing) + ".")
        therapist = self.dialog.ctx.store.therapist()
        if reading.participant and therapist and \
                not same_person(reading.participant.value, therapist.full_name):
            lines.append(translate("certificate_fill", "⚠ This certificate is made out to {0}, "
                                   "not to {1}. Save it only if it is yours.")
                         .format(reading.participant.value, therapist.full_name))
        twin = self._duplicate(reading)
        if twin is not None:
            lines.append(translate("certificate_fill", "⚠ A course with the same title, date "
                                   "and provider is already stored (“{0}”, "
                                   "{1}).").format(twin.title, twin.completed))
        for note in reading.notes:
            if note == ocr.NOT_INSTALLED:
                if _said_no_ocr:
                    continue
                _said_no_ocr = True
            lines.append(note[:1].upper() + note[1:] + ".")
        if not lines:
            lines.append(translate("certificate_fill", "Nothing could be read from this "
                                   "certificate; it stays attached. Type "
                                   "the course details."))
        return "\n".join(lines)

    def _duplicate(self, reading: Reading) -> Any:
        from lmt_tracker.certificates.course import course_from_reading, duplicate_of

        draft = course_from_reading(reading)
        if draft.course is None:
            return None
        return duplicate_of(draft.course, self.dialog.ctx.store.courses(
            since=draft.course.completed))

    def _show(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.show()

    # -- marks -------------------------------------------------------------------------------
    def _mark(self, key: str, editors: list[QWidget], found: Any) -> None:
        mark = Mark(found.evidence, getattr(found, "note", "") or _low(found),
                    lambda: self.accept(key))
        _column(self.dialog.form.editors[key].parentWidget()).insertWidget(1, mark)
        self.marks[key] = (editors, mark)
        for editor in editors:
            _outline(editor, True)
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(lambda _t, k=key: self.accept(k))
            elif isinstance(editor, QComboBox):
                editor.activated.connect(lambda _i, k=key: self.accept(k))
            else:
                editor.dateChanged.connect(  # type: ignore[attr-defined]
                    lambda _d, k=key: self.accept(k))

    def _mark_rows(self, key: str, rows: Any, evidence: str) -> None:
        mark = Mark(evidence.strip("“”"), "", lambda: self.accept(key))
        _column(self.dialog.form.editors[key].parentWidget()).insertWidget(1, mark)
        self.marks[key] = ([rows], mark)
        _outline(rows, True)
        for _holder, editors, *_rest in rows.rows:
            for editor in editors:
                signal = editor.textEdited if isinstance(editor, QLineEdit) else editor.activated
                signal.connect(lambda *_a, k=key: self.accept(k))

    def accept(self, key: str) -> None:
        """The user accepted or edited a read field: its mark goes."""
        editors, mark = self.marks.pop(key, ([], None))
        for editor in editors:
            _outline(editor, False)
        if mark is not None:
            mark.hide()
            mark.deleteLater()
        self.accept_all_button.setVisible(bool(self.marks))

    def accept_all(self) -> None:
        for key in list(self.marks):
            self.accept(key)

    def _accept_and_save(self) -> None:
        self.accept_all()
        self.dialog.save()

    def marked(self) -> list[str]:
        """The fields still marked as read and not yet accepted or edited."""
        return list(self.marks)


def _column(widget: QWidget | None) -> QVBoxLayout:
    """The vertical layout of the dialog, or of a form row's holder (editor, hint, error)."""
    layout = widget.layout() if widget is not None else None
    assert isinstance(layout, QVBoxLayout), "the course dialog's rows are vertical boxes"
    return layout


def _low(found: Any) -> str:
    return translate("certificate_fill", "a guess: check it") if found.confidence == "low" else ""


def _outline(editor: QWidget, on: bool) -> None:
    editor.setProperty("fromCertificate", on)
    editor.style().unpolish(editor)
    editor.style().polish(editor)
