"""Screen reader (issue 21, item 4): every control has a name, statuses say what they mean.

Every screen and main dialog is also walked for unnamed controls in test_tab_order.py.

Read through ``QAccessible`` — what assistive technology receives — never through the
widget's own accessibleName() alone. Expected wordings come from the card as it is shown
(the credential's title, the requirement, have and need), written here by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest
from accessibility import controls, description, dialogs, name, unnamed
from PySide6.QtWidgets import QLabel, QProgressBar

from lmt_tracker.domain.core.records import Credential, Therapist

# Screens and the other dialogs are walked with their tab order (test_tab_order.py), on
# the same window: one harness each.
OTHER_DIALOGS = ("certificate", "credential (edit)")


@pytest.mark.parametrize("which", OTHER_DIALOGS)
def test_every_control_of_every_dialog_has_a_name(harness_for, demo_store, which) -> None:
    h = harness_for(demo_store)
    dialog = dialogs(h.ctx, h.window, demo_store)[which]()
    h.qtbot.addWidget(dialog)
    dialog.show()
    assert controls(dialog), "the walk found no control to check"
    assert unnamed(dialog) == []
    assert name(dialog), "the dialog itself is announced by name"
    dialog.reject()


def test_wizard_pages_name_every_control(harness_for, store) -> None:
    from PySide6.QtWidgets import QWizard

    from lmt_tracker.gui.dialogs.wizard import FirstRunWizard

    h = harness_for(store)
    wizard = FirstRunWizard(h.ctx, h.window)
    h.qtbot.addWidget(wizard)
    wizard.show()
    assert unnamed(wizard) == []
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert unnamed(wizard) == []
    wizard.profile.first.setText("Rosa")
    wizard.profile.last.setText("Diaz")
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert unnamed(wizard) == []
    wizard.reject()


def test_the_walk_would_catch_an_unnamed_control(app, qtbot) -> None:
    """The check can fail: an icon-only button with no tooltip or name is reported."""
    from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

    top = QWidget()
    qtbot.addWidget(top)
    QVBoxLayout(top).addWidget(QToolButton())
    assert len(unnamed(top)) == 1


@pytest.fixture
def florida(store):
    """A Florida licence with 20 of the 24 CE hours (FL needs 24 per biennium)."""
    from tests.gui.conftest import course

    today = dt.date.today()
    store.save_therapist(Therapist("Ana", "Lopes", dt.date(1990, 5, 1)))
    store.save_credential(Credential("state_license", "FL", "MA1", "Licensed Massage Therapist",
                                     today.replace(year=today.year - 3),
                                     today.replace(year=today.year + 1)))
    store.save_course(course("Hands-on refresher", "20", topics=(),
                             completed=today - dt.timedelta(days=30)))
    return store


def test_dashboard_bars_and_chips_say_value_and_meaning(harness_for, florida) -> None:
    h = harness_for(florida)
    screen = h.screen("dashboard")
    h.idle()
    bars = {name(b): description(b) for b in screen.findChildren(QProgressBar)
            if b.isVisibleTo(screen)}
    title = "FL · Licensed Massage Therapist"
    total = f"{title} — Total CE: 20 of 24 h, not met"
    assert total in bars, sorted(bars)
    assert bars[total] == "4 more hours needed"
    chips = [name(c) for c in screen.findChildren(QLabel, "chip") if c.isVisibleTo(screen)]
    assert any(n.startswith(f"{title} status: ") for n in chips), chips
    # Nothing by colour alone: the chip's words say the state.
    card_chip = next(c for c in screen.findChildren(QLabel, "chip")
                     if name(c).startswith(title))
    assert card_chip.text() and card_chip.text() in name(card_chip)


def test_a_met_requirement_says_met(harness_for, florida) -> None:
    from tests.gui.conftest import course

    florida.save_course(course("Ethics", "4", completed=dt.date.today() - dt.timedelta(days=9)))
    h = harness_for(florida)
    screen = h.screen("dashboard")
    h.idle()
    names = [name(b) for b in screen.findChildren(QProgressBar)]
    assert "FL · Licensed Massage Therapist — Total CE: 24 of 24 h, met" in names, names
