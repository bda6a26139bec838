"""Rules, credentials, training, exams, reports and settings screens on the demo record."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QSettings


def test_rules_compare_shows_the_chosen_jurisdictions(harness_for, demo_store) -> None:
    h = harness_for(demo_store)
    rules = h.screen("rules")
    rules.set_compared(["FL", "TX", "CA", "NCBTMB"])
    table = rules.compare
    assert table.columnCount() == 4
    assert [table.horizontalHeaderItem(c).text() for c in range(4)] == ["FL", "TX", "CA", "NCBTMB"]
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    entry_row = rows.index("Entry hours")
    assert table.item(entry_row, 0).text() == "500"
    rules.set_compared(["NY", "FL"])
    assert table.columnCount() == 2
    assert rules.compared_codes() == ["NY", "FL"]


def test_rules_browse_and_where_could_i_apply(harness_for, demo_store) -> None:
    h = harness_for(demo_store)
    rules = h.screen("rules")
    rules.show_code("NY")
    html = rules.rule_view.toHtml()
    assert "New York" in html and "checked" in html
    assert rules.results, "eligibility was computed for every jurisdiction"
    verdicts = {r.code: r.eligible for r in rules.results}
    assert verdicts["NY"] is False  # 750 hours against New York's 1000
    rules.tabs.setCurrentIndex(2)
    assert rules.apply_table.rowCount() == len(rules.results)


def test_credentials_renew_retire_and_delete_with_undo(harness_for, demo_store) -> None:
    from lmt_tracker.gui import undo

    h = harness_for(demo_store)
    screen = h.screen("credentials")
    ny = next(c for c in demo_store.credentials() if c.jurisdiction == "NY")
    linked_before = [c.id for c in demo_store.courses() if c.applies_to == (ny.id,)]
    assert linked_before
    later = ny.expiry_date.replace(year=ny.expiry_date.year + 3)
    renewed = dataclasses.replace(ny, expiry_date=later)
    undo.push(h.ctx, undo.SaveRecord(h.ctx, "credential", renewed, ny))
    assert demo_store.credential(ny.id).expiry_date == renewed.expiry_date
    h.ctx.undo_stack.undo()
    assert demo_store.credential(ny.id).expiry_date == ny.expiry_date

    screen.select(ny.id)
    h.idle()
    screen.toggle_retired()
    assert demo_store.credential(ny.id).status == "retired"
    h.ctx.undo_stack.undo()
    assert demo_store.credential(ny.id).status == "active"

    screen.select(ny.id)
    screen.delete()
    assert ny.id not in {c.id for c in demo_store.credentials()}
    h.ctx.undo_stack.undo()
    back = next(c for c in demo_store.credentials() if c.number == ny.number)
    relinked = [c.id for c in demo_store.courses() if c.applies_to == (back.id,)]
    assert sorted(relinked) == sorted(linked_before)


def test_training_and_exams_screens(harness_for, demo_store) -> None:
    h = harness_for(demo_store)
    training = h.screen("training")
    assert training.program_table.rowCount() == 1
    assert "Florida" in training.verdict.toPlainText()
    assert "clinical practicum" in training.verdict.toPlainText().lower()
    exams = h.screen("exams")
    assert exams.table.rowCount() == 3
    assert "MBLEx passed" in exams.status.toPlainText()


def test_report_preview_shows_the_pdf(harness_for, demo_store) -> None:
    h = harness_for(demo_store)
    reports = h.screen("reports")
    reports.preview_renewal()
    h.idle()
    assert reports.shown is not None and reports.shown.exists()
    assert reports.preview.page_count() >= 1


def test_settings_reminder_days_are_validated_and_stored(harness_for, demo_store) -> None:
    h = harness_for(demo_store)
    settings = h.screen("settings")
    settings.reminder_days.setText("45, x")
    settings.save_reminders()
    assert "not a number of days" in settings.reminder_form.errors["reminder_days"].text()
    assert demo_store.setting("reminder_days") == "90,60,30,7"
    settings.reminder_days.setText("14, 120, 60")
    settings.save_reminders()
    assert demo_store.setting("reminder_days") == "120,60,14"


def test_dark_theme_and_geometry_are_remembered(harness_for, demo_store) -> None:
    from lmt_tracker.gui import actions, preferences, theme

    h = harness_for(demo_store)
    h.screen("dashboard")
    actions.set_theme(h.ctx, "dark")
    h.qtbot.waitUntil(lambda: not h.window._retheme_pending)
    h.idle()
    assert theme.colours() == theme.DARK
    assert h.window.palette().color(h.window.backgroundRole()).lightness() < 80
    assert preferences.theme() == "dark"
    h.window.resize(1010, 707)
    h.window.close()
    saved = QSettings(str(preferences.config_file()), QSettings.Format.IniFormat)
    assert saved.value("geometry")
    actions.set_theme(h.ctx, "light")


def test_fonts_are_real(app) -> None:
    """With no fonts visible to fontconfig every label renders as boxes, silently."""
    from PySide6.QtGui import QFontDatabase

    assert any("DejaVu" in family for family in QFontDatabase.families())


def test_dates_in_dashboard_are_today(harness_for, demo_store) -> None:
    h = harness_for(demo_store)
    dashboard = h.screen("dashboard")
    assert dashboard.overview.today == dt.date.today()
    from lmt_tracker.gui.words import date

    assert date(dt.date.today()) in dashboard.subtitle.text()


def test_dashboard_and_rules_screen_say_when_the_rules_were_checked(
    harness_for, demo_store, monkeypatch
) -> None:
    from lmt_tracker.gui.context import AppContext

    h = harness_for(demo_store)
    newest = max(j.checked for j in h.ctx.jurisdictions.values())
    soon = newest + dt.timedelta(days=30)  # well within twelve months
    monkeypatch.setattr(AppContext, "today", staticmethod(lambda: soon))
    dashboard = h.screen("dashboard")
    dashboard.refresh()
    h.idle()
    note = dashboard.rules_age
    assert note.isVisible() and not note.stale
    from lmt_tracker.gui.words import date

    assert f"Rules last checked {date(newest)}" in note.text.text()  # the locale's order
    rules = h.screen("rules")
    assert f"Rules last checked {date(newest)}" in rules.subtitle.text()


def test_dashboard_warns_when_the_rules_are_over_a_year_old(
    harness_for, demo_store, monkeypatch
) -> None:
    from lmt_tracker.gui.context import AppContext

    h = harness_for(demo_store)
    newest = max(j.checked for j in h.ctx.jurisdictions.values())
    later = newest + dt.timedelta(days=367)  # over twelve months, whatever the year
    monkeypatch.setattr(AppContext, "today", staticmethod(lambda: later))
    dashboard = h.screen("dashboard")
    dashboard.refresh()
    h.qtbot.waitUntil(lambda: dashboard.rules_age.stale, timeout=20_000)
    text = dashboard.rules_age.text.text()
    from lmt_tracker.gui.words import date

    assert f"last checked on {date(newest)}, more than 12 months ago" in text
    assert "Update from file" in text and dashboard.rules_age.objectName() == "banner"


def test_compare_says_when_a_ce_hour_length_is_unverified(app) -> None:
    """Pennsylvania's contact hour is 50 minutes (49 Pa. Code 20.1); Washington's CE rule
    does not define one, so the table says so rather than showing a silent 60."""
    from lmt_tracker.gui.rules_html import compare_rows
    from lmt_tracker.rules.loader import load_all

    rules = load_all()
    rows = dict(compare_rows([rules["PA"], rules["WA"]], dt.date(2026, 12, 4)))
    assert rows["Hour length"] == ["50 min", "unverified (60 min assumed)"]
