"""First run: the wizard creates a profile and licence; an empty database says what to do."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QPushButton


def test_empty_database_shows_a_call_to_action(harness_for, store) -> None:
    h = harness_for(store)
    dashboard = h.screen("dashboard")
    assert dashboard.pages.currentWidget() is dashboard.empty
    buttons = [b.text() for b in dashboard.empty.findChildren(QPushButton)]
    assert "Set up my record…" in buttons and "Explore the demo" in buttons
    courses = h.screen("courses")
    assert courses.pages.currentWidget() is courses.empty


def test_wizard_creates_the_profile_and_credential(harness_for, store, monkeypatch) -> None:
    from lmt_tracker.gui import commands
    from lmt_tracker.gui.dialogs import wizard as wizard_module

    h = harness_for(store)
    expiry = dt.date.today() + dt.timedelta(days=400)

    def fill_and_accept(self) -> int:
        assert self.choice() == wizard_module.SET_UP
        self.profile.first.setText("Mai")
        assert not self.profile.validatePage()  # the last name is missing: stays on the page
        assert self.profile.form.errors["last_name"].text()
        self.profile.last.setText("Tran")
        assert self.profile.validatePage()
        state, number, issued, expires = self.licences.rows[0]
        state.setCurrentIndex(state.findData("NY"))
        number.setText("029876")
        issued.set_value(dt.date(2022, 3, 1))
        expires.set_value(expiry)
        assert self.licences.validatePage()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(wizard_module.FirstRunWizard, "exec", fill_and_accept)
    dashboard = h.screen("dashboard")
    commands.first_run(h.window)
    h.idle()
    assert store.therapist().full_name == "Mai Tran"
    [licence] = store.credentials()
    assert (licence.jurisdiction, licence.number, licence.expiry_date) == ("NY", "029876", expiry)
    h.qtbot.waitUntil(lambda: bool(dashboard.overview and dashboard.overview.cards))
    assert dashboard.overview.cards[0].credential.jurisdiction == "NY"


def test_wizard_licence_rows_are_validated(harness_for, store, qtbot) -> None:
    from lmt_tracker.gui.dialogs.wizard import FirstRunWizard

    h = harness_for(store)
    wizard = FirstRunWizard(h.ctx, h.window)
    qtbot.addWidget(wizard)
    _state, _number, issued, expires = wizard.licences.rows[0]
    issued.set_value(dt.date(2024, 1, 1))
    expires.set_value(dt.date(2023, 1, 1))
    assert not wizard.licences.validatePage()
    assert "Row 1" in wizard.licences.errors.text()
    wizard.licences.student.setChecked(True)
    assert wizard.licences.validatePage()
    assert wizard.licences.credentials() == []
