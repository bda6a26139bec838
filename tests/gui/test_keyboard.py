"""Keyboard only (issue 14, item 4): Tab and Shift+Tab through every screen and dialog.

Each walk presses the real keys on whatever has the focus and fails on the first press
that leaves the focus where it was (a trap): an empty optional date ("—") used to hold
it, so did the notes boxes (Tab typed a tab) and the CE courses' From/To filter.
"""

from __future__ import annotations

import pytest
from focus import activate, describe, focusable, walk
from PySide6.QtWidgets import QPlainTextEdit

SCREENS = ("dashboard", "training", "exams", "credentials", "courses", "rules", "reports",
           "school", "settings")


def _round_trip(qtbot, top, first, extra: int = 2) -> list:
    """Tab all the way round and back again; return the widgets reached going forward."""
    activate(qtbot, top)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    presses = len(focusable(top)) + extra
    forward = walk(qtbot, top, presses)
    walk(qtbot, top, presses, backwards=True)
    return forward


def _dialogs(ctx, window, demo_store):
    from lmt_tracker.gui.dialogs.certificate_dialog import CertificateDialog
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog
    from lmt_tracker.gui.dialogs.credential_dialog import CredentialDialog, RenewDialog
    from lmt_tracker.gui.dialogs.record_dialogs import ExamDialog, ProfileDialog, ProgramDialog

    credentials = demo_store.credentials()
    sha = next(c.certificate_sha256 for c in demo_store.courses() if c.certificate_sha256)
    return {
        "certificate": lambda: CertificateDialog(demo_store.certificate(sha), window),
        "credential (new)": lambda: CredentialDialog(ctx, None, window),
        "credential (edit)": lambda: CredentialDialog(ctx, credentials[0], window),
        "renew": lambda: RenewDialog(ctx, credentials[0], window),
        "course (new)": lambda: CourseDialog(ctx, None, credentials, window),
        "exam (new)": lambda: ExamDialog(ctx, None, window),
        "program (new)": lambda: ProgramDialog(ctx, None, window),
        "profile": lambda: ProfileDialog(ctx, demo_store.therapist(), window),
    }


@pytest.mark.parametrize("name", ["credential (new)", "credential (edit)", "renew",
                                  "course (new)", "exam (new)", "program (new)", "profile",
                                  "certificate"])
def test_every_dialog_lets_tab_through_both_ways(harness_for, demo_store, name) -> None:
    from lmt_tracker.gui.widgets.forms import DateEdit

    h = harness_for(demo_store)
    dialog = _dialogs(h.ctx, h.window, demo_store)[name]()
    h.qtbot.addWidget(dialog)
    editors = [w for w in focusable(dialog) if w.isVisibleTo(dialog)]
    reached = _round_trip(h.qtbot, dialog, editors[0])
    for editor in dialog.findChildren(DateEdit) + dialog.findChildren(QPlainTextEdit):
        if not editor.isVisibleTo(dialog):
            continue  # a fact the chosen state's rules do not use: its row is hidden
        assert editor in reached, f"{describe(editor)} was never reached by Tab"
    dialog.reject()


def test_wizard_pages_let_tab_through_blank_dates(harness_for, store) -> None:
    from PySide6.QtWidgets import QWizard

    from lmt_tracker.gui.dialogs.wizard import FirstRunWizard

    h = harness_for(store)
    wizard = FirstRunWizard(h.ctx, h.window)
    h.qtbot.addWidget(wizard)
    activate(h.qtbot, wizard)
    wizard.button(QWizard.WizardButton.NextButton).click()
    profile = wizard.profile
    assert profile.birth.is_blank()
    reached = _round_trip(h.qtbot, wizard, profile.first)
    assert profile.birth in reached
    profile.first.setText("Rosa")
    profile.last.setText("Diaz")
    wizard.button(QWizard.WizardButton.NextButton).click()
    state, _number, issued, expires = wizard.licences.rows[0]
    assert issued.is_blank() and expires.is_blank()
    reached = _round_trip(h.qtbot, wizard, state)
    assert issued in reached and expires in reached
    wizard.reject()


@pytest.mark.parametrize("key", SCREENS)
def test_every_screen_lets_tab_through_both_ways(harness_for, demo_store, key) -> None:
    h = harness_for(demo_store)
    screen = h.screen(key)
    h.idle()
    activate(h.qtbot, h.window)
    h.window.sidebar.setFocus()
    h.qtbot.waitUntil(h.window.sidebar.hasFocus)
    presses = min(len(focusable(screen)) + 3, 60)
    reached = walk(h.qtbot, h.window, presses)
    walk(h.qtbot, h.window, presses, backwards=True)
    assert any(screen.isAncestorOf(w) for w in reached), "Tab never entered the screen"


def test_courses_filter_row_is_not_a_trap(harness_for, demo_store) -> None:
    """The From/To dates are blank ("—"): Tab goes on to the topic filter and the table."""
    h = harness_for(demo_store)
    courses = h.screen("courses")
    activate(h.qtbot, h.window)
    bar = courses.filters
    assert bar.start.is_blank() and bar.end.is_blank()
    bar.search.setFocus()
    h.qtbot.waitUntil(bar.search.hasFocus)
    reached = walk(h.qtbot, h.window, 12)
    assert bar.start in reached and bar.end in reached
    assert reached.index(bar.topic) > reached.index(bar.end)
    assert courses.table in reached


def test_blank_date_starts_from_today_on_typing_and_clears_on_delete(app, qtbot) -> None:
    import datetime as dt

    from PySide6.QtCore import Qt

    from lmt_tracker.gui.widgets.forms import DateEdit

    edit = DateEdit(optional=True)
    qtbot.addWidget(edit)
    activate(qtbot, edit)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.value() == dt.date.today()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None and edit.is_blank()
