"""The CE course flows: add with a certificate, edit, delete and undo, invalid input, filters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QProgressBar

from tests.gui.conftest import course


def _dashboard_total(h) -> Decimal:
    dashboard = h.screen("dashboard")
    card = dashboard.overview.cards[0]
    return next(b.have for b in card.bars if b.label == "Total CE")


def _fill(dialog, title: str, hours: str) -> None:
    dialog.title.setText(title)
    dialog.provider.setText("Coastal Bodywork Institute")
    dialog.completed.set_value(dt.date.today() - dt.timedelta(days=5))
    dialog.hours.setText(hours)
    dialog.delivery.setCurrentIndex(dialog.delivery.findData("in_person"))


def test_adding_a_course_with_a_certificate_moves_the_dashboard(
        harness_for, licensed_store, png_file, qtbot) -> None:
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    h = harness_for(licensed_store)
    dashboard = h.screen("dashboard")
    assert _dashboard_total(h) == 0
    bar = next(b for b in dashboard.findChildren(QProgressBar) if "Total CE" in b.accessibleName())
    assert bar.value() == 0

    dialog = CourseDialog(h.ctx, None, h.ctx.store.credentials(), h.window)
    qtbot.addWidget(dialog)
    _fill(dialog, "Myofascial release", "6")
    dialog.attach(png_file)
    assert "certificate.png" in dialog.drop.text.text()
    with qtbot.waitSignal(dashboard.loaded, timeout=20_000):
        dialog.save()
    h.idle()

    saved = h.ctx.store.courses()
    assert [c.title for c in saved] == ["Myofascial release"]
    cert = h.ctx.store.certificate(saved[0].certificate_sha256)
    assert cert is not None and cert.media_type == "image/png"
    # Six 60-minute hours are six Florida hours: an hour is at least 50 minutes
    # (R. 64B7-28.009(1)), and one course hour never counts as more than one.
    assert _dashboard_total(h) == Decimal("6")
    bar = next(b for b in dashboard.findChildren(QProgressBar) if "Total CE" in b.accessibleName())
    assert bar.value() == 250  # 6 of 24 hours


def test_editing_a_course_updates_store_and_table(harness_for, licensed_store, qtbot) -> None:
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    original = licensed_store.save_course(course("Old title"))
    h = harness_for(licensed_store)
    screen = h.screen("courses")
    assert screen.model.rowCount() == 1
    dialog = CourseDialog(h.ctx, original, h.ctx.store.credentials(), h.window)
    qtbot.addWidget(dialog)
    dialog.title.setText("New title")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert h.ctx.store.course(original.id).title == "New title"
    assert screen.model.course_at(0).title == "New title"
    h.ctx.undo_stack.undo()
    assert h.ctx.store.course(original.id).title == "Old title"


def test_delete_then_undo_and_redo(harness_for, licensed_store) -> None:
    for n in range(3):
        licensed_store.save_course(course(f"Course {n}"))
    h = harness_for(licensed_store)
    screen = h.screen("courses")
    assert screen.model.rowCount() == 3
    screen.select_row(0)
    doomed = screen.selected()[0].title
    screen.delete_selected()
    assert h.ctx.store.course_count() == 2
    assert screen.model.rowCount() == 2
    assert doomed not in {c.title for c in h.ctx.store.courses()}

    h.ctx.undo_stack.undo()
    assert h.ctx.store.course_count() == 3
    assert screen.model.rowCount() == 3
    assert doomed in {c.title for c in h.ctx.store.courses()}

    h.ctx.undo_stack.redo()
    assert h.ctx.store.course_count() == 2
    assert doomed not in {screen.model.course_at(r).title for r in range(2)}


def test_invalid_input_shows_messages_beside_fields_and_saves_nothing(
        harness_for, licensed_store, tmp_path, qtbot) -> None:
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    h = harness_for(licensed_store)
    dialog = CourseDialog(h.ctx, None, h.ctx.store.credentials(), h.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.hours.setText("three")
    dialog.completed.set_value(dt.date.today() + dt.timedelta(days=30))
    dialog.save()
    errors = dialog.form.errors
    assert errors["title"].isVisible() and "Required" in errors["title"].text()
    assert errors["hours"].isVisible() and "number of hours" in errors["hours"].text()
    assert errors["completed"].isVisible() and "future" in errors["completed"].text()
    assert not errors["delivery"].isVisible()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert h.ctx.store.course_count() == 0
    assert h.ctx.undo_stack.count() == 0

    bogus = tmp_path / "notes.pdf"
    bogus.write_bytes(b"this is not a pdf")
    dialog.attach(bogus)
    assert "Not a PDF, PNG or JPEG" in errors["certificate"].text()
    assert dialog.certificate is None


def test_filters_narrow_the_table(harness_for, demo_store) -> None:
    h = harness_for(demo_store)
    screen = h.screen("courses")
    model, bar = screen.model, screen.filters
    total = model.rowCount()
    assert total == demo_store.course_count() > 0

    bar.delivery.setCurrentIndex(bar.delivery.findData("in_person"))
    in_person = model.rowCount()
    assert 0 < in_person < total
    assert {model.course_at(r).delivery for r in range(in_person)} == {"in_person"}

    bar.certificate.setCurrentIndex(bar.certificate.findData(True))
    with_cert = model.rowCount()
    assert 0 < with_cert <= in_person
    assert all(model.course_at(r).certificate_sha256 for r in range(with_cert))

    bar.clear()
    assert model.rowCount() == total
    bar.topic.setCurrentIndex(bar.topic.findData("ethics"))
    assert all(any(t.topic == "ethics" for t in model.course_at(r).topics)
               for r in range(model.rowCount()))
    bar.clear()
    cutoff = dt.date.today() - dt.timedelta(days=365)
    bar.start.set_value(cutoff)
    assert 0 < model.rowCount() < total
    assert all(model.course_at(r).completed >= cutoff for r in range(model.rowCount()))
    bar.clear()
    bar.search.setText("florida laws")
    bar._emit()  # the debounce timer would fire this; call it to stay fast
    assert model.rowCount() >= 1
    assert all("Florida Laws" in model.course_at(r).title for r in range(model.rowCount()))
    assert "of" in screen.subtitle.text()


def test_dropping_a_certificate_attaches_it(harness_for, licensed_store, png_file, qtbot) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    h = harness_for(licensed_store)
    dialog = CourseDialog(h.ctx, None, [], h.window)
    qtbot.addWidget(dialog)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png_file))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    dialog.drop.dropEvent(event)
    assert dialog.certificate is not None and dialog.certificate.file_name == "certificate.png"
    assert dialog.preview_button.isEnabled()


def test_an_oversized_certificate_is_refused_before_it_is_read(
        harness_for, licensed_store, tmp_path, qtbot) -> None:
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    h = harness_for(licensed_store)
    huge = tmp_path / "scan.pdf"
    with huge.open("wb") as handle:  # sparse: 30 MB on paper, nothing on disk
        handle.write(b"%PDF-1.4\n")
        handle.seek(30 * 1024 * 1024)
        handle.write(b"%%EOF\n")
    dialog = CourseDialog(h.ctx, None, h.ctx.store.credentials())
    qtbot.addWidget(dialog)
    dialog.attach(huge)
    assert dialog.certificate is None
    assert "at most 20 MB" in dialog.form.errors["certificate"].text()
