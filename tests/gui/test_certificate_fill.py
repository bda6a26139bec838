"""A certificate dropped on the CE courses screen opens a course dialog filled from it."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from lmt_tracker.certificates import ocr
from tests.certificates.certificate_samples import SAMPLES, pdf_bytes, png_bytes

BY_NAME = {s.name: s for s in SAMPLES}
WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def fresh_ocr_lookup(monkeypatch):
    from lmt_tracker.gui.dialogs import certificate_fill

    monkeypatch.setattr(certificate_fill, "_said_no_ocr", False)
    ocr.forget()
    yield
    ocr.forget()


def _file(tmp_path: Path, name: str, kind: str = "pdf") -> Path:
    path = tmp_path / f"{name}.{kind}"
    sample = BY_NAME[name]
    path.write_bytes(pdf_bytes(sample) if kind == "pdf" else png_bytes(sample, width=1200))
    return path


def _attach_and_wait(h, qtbot, path: Path):
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    dialog = CourseDialog(h.ctx, None, h.ctx.store.credentials(), h.window)
    qtbot.addWidget(dialog)
    from lmt_tracker.gui.dialogs import certificate_fill

    fill = certificate_fill.CertificateFill(dialog)
    dialog.certificate_fill = fill
    with qtbot.waitSignal(fill.filled, timeout=WAIT_MS):
        dialog.attach(path)
    return dialog, fill


def test_fields_are_filled_marked_and_shown_with_their_words(
        harness_for, licensed_store, qtbot, tmp_path) -> None:
    h = harness_for(licensed_store)
    dialog, fill = _attach_and_wait(h, qtbot, _file(tmp_path, "classic"))
    assert dialog.title.text() == "Ethics for Massage Therapists"
    assert dialog.provider.text() == "Coastal Bodywork Institute"
    assert dialog.completed.value() == dt.date(2025, 3, 5)
    assert dialog.hours.text() == "3.0"
    assert dialog.hour_minutes.currentData() == 60
    assert dialog.delivery.currentData() == "self_study"
    assert dialog.topics.values() == [("ethics", "3.0")]
    assert dialog.approvals.values() == [
        ("NCBTMB", "451234-12", "approved"), ("FL", "50-12345", "approved")
    ]
    assert set(fill.marked()) == {"title", "provider", "completed", "hours", "delivery",
                                  "topics", "approvals"}
    assert dialog.title.property("fromCertificate") is True
    hours_mark = fill.marks["hours"][1]
    assert "“3.0 CE Hours”" in hours_mark.label.text()
    assert "classic.pdf" in dialog.drop.text.text()  # attached, to be saved with the course


def test_editing_or_accepting_removes_a_mark_and_save_stores_the_course(
        harness_for, licensed_store, qtbot, tmp_path) -> None:
    h = harness_for(licensed_store)
    dialog, fill = _attach_and_wait(h, qtbot, _file(tmp_path, "labelled"))
    qtbot.keyClicks(dialog.title, " (2024)")
    assert "title" not in fill.marked()
    assert dialog.title.property("fromCertificate") is False
    fill.marks["provider"][1].ok.click()
    assert "provider" not in fill.marked() and "hours" in fill.marked()
    # The participant on the certificate is John Smith, not the user (Ana Lopes): warned.
    assert "made out to John Smith, not to Ana Lopes" in fill.banner_text.text()
    dialog.completed.set_value(dt.date.today() - dt.timedelta(days=3))  # inside the licence
    fill._accept_and_save()
    h.idle()
    assert fill.marked() == []
    [course] = h.ctx.store.courses()
    assert course.title == "Florida Laws and Rules (2024)"
    assert (course.provider, course.hours, course.hour_minutes, course.delivery) == (
        "Sunshine CE Seminars, LLC", Decimal(2), 60, "live_online")
    assert [(a.body, a.number) for a in course.approvals] == [("CE Broker", "20-123456")]
    assert course.certificate_sha256 is not None


def test_a_dialog_already_typed_into_is_not_overwritten(
        harness_for, licensed_store, qtbot, tmp_path) -> None:
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    h = harness_for(licensed_store)
    dialog = CourseDialog(h.ctx, None, h.ctx.store.credentials(), h.window)
    qtbot.addWidget(dialog)
    dialog.title.setText("My own title")
    dialog.attach(_file(tmp_path, "classic"))
    h.idle()
    assert dialog.title.text() == "My own title"
    assert getattr(dialog, "certificate_fill", None) is None
    assert dialog.certificate is not None  # still attached


def test_without_tesseract_it_is_said_once_and_the_picture_stays_attached(
        harness_for, licensed_store, qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LMT_TRACKER_TESSERACT", str(tmp_path / "no-tesseract"))
    h = harness_for(licensed_store)
    first, fill = _attach_and_wait(h, qtbot, _file(tmp_path, "classic", "png"))
    assert "Tesseract OCR is not installed" in fill.banner_text.text()
    assert first.certificate is not None and first.title.text() == ""
    second, fill2 = _attach_and_wait(h, qtbot, _file(tmp_path, "labelled", "png"))
    assert "Tesseract" not in fill2.banner_text.text()
    assert second.certificate is not None


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract OCR is not installed")
def test_a_picture_certificate_is_read_through_ocr(
        harness_for, licensed_store, qtbot, tmp_path) -> None:
    h = harness_for(licensed_store)
    dialog, fill = _attach_and_wait(h, qtbot, _file(tmp_path, "fifty", "png"))
    assert dialog.title.text() == "Prenatal Massage Basics"
    assert (dialog.hours.text(), dialog.hour_minutes.currentData()) == ("6", 50)
    assert fill.reading.source == "ocr"


def test_files_dropped_on_the_courses_screen_go_to_the_review(
        harness_for, licensed_store, qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from lmt_tracker.gui import certificate_queue

    h = harness_for(licensed_store)
    screen = h.screen("courses")
    files = [_file(tmp_path, "classic"), _file(tmp_path, "table")]
    (tmp_path / "notes.txt").write_text("not a certificate")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in [*files, tmp_path / "notes.txt"]])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    reviewed: list[list[Path]] = []
    monkeypatch.setattr(certificate_queue, "review",
                        lambda ctx, parent, paths: reviewed.append(paths))
    screen.dropEvent(event)
    assert reviewed == [files]


def test_dropping_several_files_reviews_each_and_skips_stored_ones(
        harness_for, licensed_store, qtbot, tmp_path, monkeypatch) -> None:
    from lmt_tracker.gui import certificate_queue
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    h = harness_for(licensed_store)
    folder = tmp_path / "certs"
    folder.mkdir()
    for name in ("classic", "table"):
        _file(folder, name)
    seen: list[tuple[str, str]] = []

    def fake_exec(dialog: CourseDialog) -> int:
        qtbot.waitUntil(lambda: dialog.title.text() != "", timeout=WAIT_MS)
        seen.append((dialog.windowTitle(), dialog.title.text()))
        dialog.completed.set_value(dt.date.today() - dt.timedelta(days=2))
        dialog.certificate_fill._accept_and_save()
        return int(dialog.result())

    monkeypatch.setattr(CourseDialog, "exec", fake_exec)
    paths = certificate_queue.certificate_paths([folder])
    assert [p.name for p in paths] == ["classic.pdf", "table.pdf"]
    assert certificate_queue.review(h.ctx, h.window, paths) == (2, 0)
    assert seen == [
        ("New CE course — certificate 1 of 2 (Esc skips)", "Ethics for Massage Therapists"),
        ("New CE course — certificate 2 of 2 (Esc skips)", "Medical Errors Prevention")]
    h.idle()
    assert sorted(c.title for c in h.ctx.store.courses()) == [
        "Ethics for Massage Therapists", "Medical Errors Prevention"]
    # The same files again: both already stored, no dialog opens.
    seen.clear()
    assert certificate_queue.review(h.ctx, h.window, paths) == (0, 2)
    assert seen == []
