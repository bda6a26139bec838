"""Field errors reach a screen reader: each message is its editor's accessible description.

Sighted users see the message under the field; a screen reader user hears it when the
focus lands on the field (QAccessible's Description), and stops hearing it once fixed.
"""

from __future__ import annotations

import datetime as dt

from accessibility import description, name


def test_profile_problems_are_read_with_their_fields(harness_for, store) -> None:
    from lmt_tracker.gui.dialogs.record_dialogs import ProfileDialog

    h = harness_for(store)
    dialog = ProfileDialog(h.ctx, None, h.window)
    h.qtbot.addWidget(dialog)
    dialog.show()
    hint = "Several states set renewal dates by birth month."
    assert description(dialog.birth) == hint  # the hint before anything goes wrong
    dialog.last.setText("Diaz")
    dialog.birth.set_value(dt.date.today() + dt.timedelta(days=30))
    dialog.save()
    assert dialog.result() == 0, "nothing is saved with a blank first name"
    first = description(dialog.first)
    assert first.startswith("Problem: ") and "required" in first.lower(), first
    assert name(dialog.first) == "First name"
    birth = description(dialog.birth)
    assert birth.startswith("Problem: ") and birth.endswith(hint), birth
    assert "future" in birth.lower(), birth
    assert dialog.first.hasFocus() or dialog.focusWidget() is dialog.first
    dialog.first.setText("Rosa")
    dialog.save()
    assert description(dialog.first) == "", "a fixed field is no longer read as a problem"
    assert description(dialog.birth).startswith("Problem: ")
    dialog.reject()


def test_the_first_run_licence_rows_carry_their_problems(harness_for, store) -> None:
    from PySide6.QtWidgets import QWizard

    from lmt_tracker.gui.dialogs.wizard import FirstRunWizard

    h = harness_for(store)
    wizard = FirstRunWizard(h.ctx, h.window)
    h.qtbot.addWidget(wizard)
    wizard.show()
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.profile.first.setText("Rosa")
    wizard.profile.last.setText("Diaz")
    wizard.button(QWizard.WizardButton.NextButton).click()
    state, number, _issued, _expires = wizard.licences.rows[0]
    assert not wizard.licences.validatePage()
    assert description(state) == "Problem: Row 1: State — choose your state from the list."
    assert description(number) == ""
    wizard.reject()
