"""Entering many courses quickly (issue 14, item 10), with the keyboard alone.

"Save and add another" (Ctrl+Shift+Enter) keeps provider, date and delivery; provider
and title complete from the record; topic rows are added and chosen by typing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from focus import activate
from PySide6.QtCore import Qt

from tests.gui.conftest import course


def _dialog(h):
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    dialog = CourseDialog(h.ctx, None, h.ctx.store.credentials(), h.window)
    h.qtbot.addWidget(dialog)
    activate(h.qtbot, dialog)
    return dialog


def test_save_and_add_another_keeps_provider_date_and_delivery(harness_for,
                                                               licensed_store) -> None:
    h = harness_for(licensed_store)
    dialog = _dialog(h)
    bot = h.qtbot
    day = dt.date.today() - dt.timedelta(days=12)
    dialog.title.setFocus()
    bot.keyClicks(dialog.title, "Ethics in practice")
    bot.keyClicks(dialog.provider, "Coastal Bodywork Institute")
    dialog.completed.set_value(day)
    bot.keyClicks(dialog.hours, "3")
    dialog.delivery.setCurrentIndex(dialog.delivery.findData("live_online"))
    # Topics from the keyboard: the Add topic button, type the topic, its hours, Enter.
    dialog.topics.add_button.setFocus()
    bot.keyClick(dialog.topics.add_button, Qt.Key.Key_Space)
    topic, topic_hours = dialog.topics.rows[0][1]
    assert topic.hasFocus()
    bot.keyClicks(topic, "Eth")
    assert topic.currentData() == "ethics"
    bot.keyClick(topic, Qt.Key.Key_Tab)
    assert topic_hours.hasFocus()
    bot.keyClicks(topic_hours, "2")
    bot.keyClick(topic_hours, Qt.Key.Key_Return)  # adds the next topic row, does not save
    assert len(dialog.topics.rows) == 2 and dialog.isVisible()
    second, second_hours = dialog.topics.rows[1][1]
    assert second.hasFocus()
    bot.keyClicks(second, "Laws")
    bot.keyClick(second, Qt.Key.Key_Tab)
    bot.keyClicks(second_hours, "1")

    bot.keyClick(dialog.title, Qt.Key.Key_Return,
                 Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [first] = licensed_store.courses()
    assert (first.title, first.provider, first.completed, first.delivery) == (
        "Ethics in practice", "Coastal Bodywork Institute", day, "live_online")
    assert {(t.topic, t.hours) for t in first.topics} == {("ethics", Decimal(2)),
                                                         ("laws_rules", Decimal(1))}
    # The form is ready for the next course: kept what repeats, cleared the rest.
    assert dialog.isVisible() and dialog.title.hasFocus()
    assert dialog.title.text() == "" and dialog.hours.text() == ""
    assert dialog.topics.rows == []
    assert dialog.provider.text() == "Coastal Bodywork Institute"
    assert dialog.completed.value() == day
    assert dialog.delivery.currentData() == "live_online"
    assert "Saved “Ethics in practice”" in dialog.saved_note.text()
    bot.keyClicks(dialog.title, "Self-care")
    bot.keyClicks(dialog.hours, "1")
    h.qtbot.mouseClick(dialog.another, Qt.MouseButton.LeftButton)
    assert sorted(c.title for c in licensed_store.courses()) == ["Ethics in practice",
                                                                 "Self-care"]
    assert dialog.added == 2


def test_provider_and_title_complete_from_the_record(harness_for, licensed_store) -> None:
    from lmt_tracker.gui import undo

    h = harness_for(licensed_store)
    undo.push(h.ctx, undo.SaveCourse(h.ctx, course("Ethics refresher", provider="CE Co"), None))
    h.ctx.record()  # the record the dialog completes from (loaded by the dashboard normally)
    dialog = _dialog(h)
    completer = dialog.provider.completer()
    assert completer is not None
    completer.setCompletionPrefix("ce")
    assert completer.currentCompletion() == "CE Co"
    title = dialog.title.completer()
    title.setCompletionPrefix("refresh")  # matches inside the title too
    assert title.currentCompletion() == "Ethics refresher"


def test_course_dialog_fits_a_small_screen(harness_for, licensed_store) -> None:
    h = harness_for(licensed_store)
    dialog = _dialog(h)
    available = dialog.screen().availableGeometry()
    assert dialog.height() <= min(720, available.height())
    assert dialog.minimumHeight() < 700
