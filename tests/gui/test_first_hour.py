"""The first hour with the app, driven through the real widgets (issue 14, items 1-3, 5, 6).

The wizard runs through ``commands.first_run`` with its real ``exec``: a timer clicks
the wizard's own buttons while it is modal, as a person would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard


def _click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget.text()!r} cannot be clicked"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _choose(qtbot, radio) -> None:
    """Click a radio button on its indicator (the centre of a wide row may be empty)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def run_wizard(h, drive: Callable[[QWizard], None]) -> None:
    """``commands.first_run`` with its modal wizard driven by ``drive`` (then closed)."""
    from lmt_tracker.gui import commands
    from lmt_tracker.gui.dialogs.wizard import FirstRunWizard

    failures: list[BaseException] = []

    def step() -> None:
        wizard = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, FirstRunWizard) and w.isVisible())
        try:
            drive(wizard)
        except BaseException as exc:  # re-raised below, outside exec
            failures.append(exc)
        if wizard.isVisible():
            wizard.reject()

    QTimer.singleShot(0, step)
    commands.first_run(h.window)
    if failures:
        raise failures[0]
    h.idle()


# -- item 2: no dead end in the wizard -------------------------------------------------------

def test_wizard_demo_choice_next_then_finish_opens_the_demo_in_its_own_file(
        harness_for, store) -> None:
    from lmt_tracker.gui import databases
    from lmt_tracker.gui.dialogs.wizard import DEMO_PAGE

    h = harness_for(store)

    def drive(wizard: QWizard) -> None:
        _choose(h.qtbot, wizard.start.options["demo"])
        _click(h.qtbot, wizard.button(QWizard.WizardButton.NextButton))
        assert wizard.currentId() == DEMO_PAGE
        assert "separate file" in wizard.demo.note.text()
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
        _click(h.qtbot, finish)

    run_wizard(h, drive)
    h.qtbot.waitUntil(lambda: databases.is_demo(h.ctx.store.target.describe()))
    h.idle()
    assert store.is_empty()  # the user's own database was not written into
    assert h.window.demo_banner.isVisible()
    assert "Sample data — not your record" in h.window.demo_banner.text.text()
    assert h.window.leave_demo_action.isEnabled()


def test_wizard_import_choice_next_then_finish_imports_the_chosen_file(
        harness_for, store, demo_store_file) -> None:
    from lmt_tracker.gui.dialogs.wizard import IMPORT_PAGE

    h = harness_for(store)
    export = demo_store_file

    def drive(wizard: QWizard) -> None:
        _choose(h.qtbot, wizard.start.options["import"])
        _click(h.qtbot, wizard.button(QWizard.WizardButton.NextButton))
        assert wizard.currentId() == IMPORT_PAGE
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        assert finish.isVisible() and not finish.isEnabled()  # nothing chosen yet
        h.qtbot.keyClicks(wizard.importer.path, str(export.with_name("missing.json")))
        _click(h.qtbot, finish)
        assert wizard.isVisible() and "is not a file" in wizard.importer.error.text()
        wizard.importer.path.clear()
        h.qtbot.keyClicks(wizard.importer.path, str(export))
        _click(h.qtbot, finish)

    run_wizard(h, drive)
    h.qtbot.waitUntil(lambda: not store.is_empty())
    assert store.therapist() is not None


def test_wizard_set_up_refuses_a_state_not_chosen_then_judges_honestly(
        harness_for, store) -> None:
    """Items 1-3 in one walk: the state from a list, and no all-clear for a dateless licence."""
    h = harness_for(store)

    def drive(wizard: QWizard) -> None:
        _click(h.qtbot, wizard.button(QWizard.WizardButton.NextButton))
        h.qtbot.keyClicks(wizard.profile.first, "Rosa")
        h.qtbot.keyClicks(wizard.profile.last, "Diaz")
        _click(h.qtbot, wizard.button(QWizard.WizardButton.NextButton))
        state, _number, _issued, _expires = wizard.licences.rows[0]
        assert not state.isEditable()  # chosen from the list, never typed
        assert state.currentData() == ""  # nothing preselected
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        _click(h.qtbot, finish)
        assert wizard.isVisible()
        assert "Row 1: State — choose your state from the list" in wizard.licences.errors.text()
        state.setFocus()
        h.qtbot.keyClicks(state, "Texas")  # keyboard search in the list
        assert state.currentData() == "TX"
        _click(h.qtbot, finish)

    run_wizard(h, drive)
    [texas] = store.credentials()
    assert (texas.jurisdiction, texas.expiry_date) == ("TX", None)
    dashboard = h.screen("dashboard")
    h.qtbot.waitUntil(lambda: bool(dashboard.overview and dashboard.overview.cards))
    card = dashboard.overview.cards[0]
    assert card.state_text == "Cannot judge yet"
    texts = _card_texts(dashboard)
    assert "nothing is missing" not in texts
    assert "Cannot be judged yet. To judge it: Enter the expiry date" in texts


def _card_texts(dashboard) -> str:
    from PySide6.QtWidgets import QLabel

    from lmt_tracker.gui.widgets.cards import CredentialCard

    return "\n".join(lbl.text() for c in dashboard.findChildren(CredentialCard)
                     for lbl in c.findChildren(QLabel))


@pytest.fixture
def demo_store_file(tmp_path):
    """An export file of the demo record."""
    from lmt_tracker.io.demo import demo_bundle
    from lmt_tracker.io.exchange import export_to
    from lmt_tracker.store import open_database
    from lmt_tracker.store.bulk import write_bundle

    source = open_database(str(tmp_path / "source.sqlite3"))
    try:
        write_bundle(source, demo_bundle(), replace=False)
        export = tmp_path / "export.json"
        export_to(source, export)
    finally:
        source.close()
    return export


# -- item 1: never reassure without a basis ---------------------------------------------------

def test_unknown_jurisdiction_card_and_reminder_say_what_is_missing(harness_for, store) -> None:
    from lmt_tracker.domain.core.records import Credential

    store.save_credential(Credential("state_license", "Texas", "1", "LMT", None, None))
    h = harness_for(store)
    dashboard = h.screen("dashboard")
    h.qtbot.waitUntil(lambda: bool(dashboard.overview and dashboard.overview.cards))
    texts = _card_texts(dashboard)
    assert "nothing is missing" not in texts
    assert "“Texas” is not a jurisdiction LMT Tracker has rules for" in texts
    [reminder] = dashboard.overview.reminders
    assert reminder.kind == "judge" and "cannot be judged yet" in reminder.message
    h.qtbot.waitUntil(lambda: h.window.banner.isVisible())
    assert "cannot be judged yet" in h.window.banner.text.text()


# -- item 3: a blank form does not save; a past expiry is asked -------------------------------

def test_blank_credential_form_names_the_field_and_saves_nothing(harness_for, store) -> None:
    from lmt_tracker.gui.dialogs.credential_dialog import CredentialDialog

    h = harness_for(store)
    dialog = CredentialDialog(h.ctx, None, h.window)
    h.qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    _click(h.qtbot, save)
    assert dialog.isVisible() and store.credentials() == []
    error = dialog.form.errors["jurisdiction"]
    assert error.isVisible() and "choose the state or body from the list" in error.text()
    assert error.accessibleName() == "State or body problem"
    # A past expiry on an active licence: warned once, saved on the second press.
    dialog.jurisdiction.setCurrentIndex(dialog.jurisdiction.findData("TX"))
    dialog.number.setText("MT1")
    dialog.issue.set_value(dt.date(2018, 1, 1))
    dialog.expiry.set_value(h.ctx.today() - dt.timedelta(days=3))
    _click(h.qtbot, save)
    assert store.credentials() == []
    assert "This date has passed" in dialog.form.errors["expiry_date"].text()
    _click(h.qtbot, save)
    assert [c.jurisdiction for c in store.credentials()] == ["TX"]


def test_cpr_issuer_may_be_typed_but_a_licence_state_may_not(harness_for, store) -> None:
    from lmt_tracker.gui.dialogs.credential_dialog import CredentialDialog, combo_code

    h = harness_for(store)
    dialog = CredentialDialog(h.ctx, None, h.window)
    h.qtbot.addWidget(dialog)
    assert not dialog.jurisdiction.isEditable()
    dialog.kind.setCurrentIndex(dialog.kind.findData("cpr_card"))
    assert dialog.jurisdiction.isEditable()
    dialog.jurisdiction.setEditText("American Red Cross")
    assert combo_code(dialog.jurisdiction) == "American Red Cross"


# -- item 5: undo says what it undid -----------------------------------------------------------

def test_undo_of_an_added_course_says_undone_not_deleted(harness_for, licensed_store) -> None:
    from lmt_tracker.gui import undo
    from tests.gui.conftest import course

    h = harness_for(licensed_store)
    undo.push(h.ctx, undo.SaveCourse(h.ctx, course("Ethics 101"), None))
    assert h.window.statusBar().currentMessage() == "Saved “Ethics 101”"
    undo_action = next(a for a in h.window.menuBar().actions()[1].menu().actions()
                       if a.text().startswith("&Undo"))
    undo_action.trigger()
    message = h.window.statusBar().currentMessage()
    assert message.startswith("Undone: add course “Ethics 101”")
    assert "Ctrl+Shift+Z to redo" in message and "Ctrl+Z to undo" not in message
    h.ctx.undo_stack.redo()
    assert h.window.statusBar().currentMessage().startswith("Redone: add course")


# -- item 6: the demo never mixes with the real record ------------------------------------------

def test_leave_the_demo_returns_to_the_last_real_database_and_open_recent_lists_it(
        harness_for, store, tmp_path) -> None:
    from lmt_tracker.gui import commands, databases, preferences

    databases.remember_database(store.target.describe())
    h = harness_for(store)
    other = tmp_path / "other.sqlite3"
    commands.open_target(h.window, str(other))
    h.idle()
    assert h.ctx.store.target.describe() == str(other)
    h.window._fill_recent()
    recent = [a.text() for a in h.window.recent_menu.actions()]
    assert any(str(store.target.describe()) in t for t in recent)
    commands.load_demo(h.window)
    h.idle()
    assert h.window.demo_banner.isVisible() and "demo" in h.window.windowTitle().lower()
    assert databases.default_target() == str(other)  # the demo is never "the last database"
    assert not any(databases.is_demo(t) for t in preferences.recent_databases())
    _click(h.qtbot, h.window.demo_banner.leave)
    h.idle()
    assert h.ctx.store.target.describe() == str(other)
    assert not h.window.demo_banner.isVisible() and not h.window.leave_demo_action.isEnabled()


def test_the_app_opens_the_last_real_database_by_default(tmp_path) -> None:
    from lmt_tracker import paths
    from lmt_tracker.gui import databases

    assert databases.default_target() == str(paths.default_database())
    real = tmp_path / "mine.sqlite3"
    real.write_bytes(b"")
    databases.remember_database(str(real))
    databases.remember_database(str(databases.demo_path()))
    assert databases.default_target() == str(real)
    assert str(databases.suggested_new_file().parent) == str(paths.user_data_dir())


def test_with_no_db_option_the_app_picks_the_last_real_database(monkeypatch, tmp_path) -> None:
    """``lmt-tracker`` alone leaves the choice to the app (``--db`` still wins)."""
    from lmt_tracker.cli import main
    from lmt_tracker.gui import app

    asked: list[str] = []
    monkeypatch.setattr(app, "run", lambda target="", smoke=False: asked.append(target) or 0)
    assert main([]) == 0
    assert main(["--db", str(tmp_path / "x.sqlite3")]) == 0
    assert asked == ["", str(tmp_path / "x.sqlite3")]
