"""Words, dates, theme and size (issue 14, items 7-9), seen through the real widgets."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

RAW_KEY = re.compile(r"\b[a-z]+_[a-z_]+\b")


def clipped_after_layout(qtbot, top) -> list[str]:
    """Clipped labels once pending layout requests are done (a new text relayouts later)."""
    from pytestqt.exceptions import TimeoutError as QtTimeout

    from lmt_tracker.gui.screenshots import clipped_labels

    with contextlib.suppress(QtTimeout):  # a real clip stays: it is returned below
        qtbot.waitUntil(lambda: not clipped_labels(top), timeout=3000)
    return clipped_labels(top)


@pytest.fixture
def locale_us():
    """Dates as a US user reads them; the previous default is put back afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


# -- item 7: a therapist's words, never a key ---------------------------------------------------

def _without_notes(text: str, j, on: dt.date) -> str:
    """The rule files' own notes are prose written by people: judge the app's words only."""
    for note in [j.notes, *(v.notes for v in j.versions)]:
        for line in (note or "").splitlines():
            text = text.replace(line.strip(), "")
    return re.sub(r"https?://\S+", "", text)


def test_rules_browse_and_compare_show_words_not_keys(harness_for, demo_store) -> None:
    h = harness_for(demo_store)
    rules = h.screen("rules")
    today = h.ctx.today()
    for code in ("TX", "AR", "FL", "AL"):
        rules.show_code(code)
        j = h.ctx.jurisdictions[code]
        text = _without_notes(rules.rule_view.toPlainText(), j, today)
        assert not RAW_KEY.findall(text), (code, RAW_KEY.findall(text)[:5])
        assert "source " not in text.lower().replace("sources", "")
        assert "judged by application" not in text and "UNKNOWN" not in text
    rules.show_code("TX")
    text = rules.rule_view.toPlainText()
    assert "MBLEx or State exam" in text and "Judged by the rule in force on the day you " \
        "apply" in text
    rules.set_compared(["TX", "AR", "HI"])
    cells = [rules.compare.item(r, c).text() for r in range(rules.compare.rowCount())
             for c in range(rules.compare.columnCount())]
    assert not [c for c in cells if RAW_KEY.search(c)]
    assert "License" in cells


def test_status_bar_and_counts_use_words(harness_for, store) -> None:
    from lmt_tracker.domain.core.records import Credential, ExamAttempt
    from lmt_tracker.gui import undo
    from lmt_tracker.gui.dialogs.credential_dialog import CredentialDialog

    h = harness_for(store)
    dialog = CredentialDialog(h.ctx, None, h.window)
    h.qtbot.addWidget(dialog)
    dialog.jurisdiction.setCurrentIndex(dialog.jurisdiction.findData("FL"))
    dialog.expiry.set_value(h.ctx.today() + dt.timedelta(days=300))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert h.window.statusBar().currentMessage() == "Saved FL State license"
    undo.push(h.ctx, undo.SaveRecord(h.ctx, "exam", ExamAttempt("state_exam", "applied"), None))
    assert h.window.statusBar().currentMessage() == "Saved the State exam attempt"
    store.save_credential(Credential("state_license", "NY", "1", "LMT", None, None))
    courses = h.screen("courses")
    assert courses.subtitle.text().startswith("0 courses")
    undo.push(h.ctx, undo.SaveCourse(h.ctx, _course(hour_minutes=50, hours="8"), None))
    h.idle()
    assert courses.subtitle.text().startswith("1 course ")
    assert courses.model.index(0, 3).data() == "8 × 50 min"
    assert not re.search(r"\(s\)|′", courses.subtitle.text())


def test_bars_never_read_more_of_less() -> None:
    from lmt_tracker.gui.overview import Bar

    assert Bar("Total CE", Decimal(12), Decimal(24), False).text == "12 of 24 h"
    assert Bar("Total CE", Decimal(46), Decimal(24), True).text == "46 h, 24 needed"


def test_school_heading_says_what_its_number_counts(harness_for, demo_store) -> None:
    from PySide6.QtCore import Qt

    h = harness_for(demo_store)
    school = h.screen("school")
    h.idle()
    h.qtbot.waitUntil(lambda: school.audit is not None, timeout=20_000)
    heading = school.model.headerData(3, Qt.Orientation.Horizontal)
    assert re.fullmatch(r"[A-Z]{2,}\n✓ \d+", heading)
    assert "✓ counts the graduates eligible there" in school.summary.text()


def _course(**changes):
    from tests.gui.conftest import course

    return course(**changes)


# -- item 8: dates in the user's order on screen, ISO in files ----------------------------------

def test_dates_follow_the_locale_on_screen(harness_for, demo_store, locale_us) -> None:
    from lmt_tracker.gui import words
    from lmt_tracker.gui.widgets.forms import DateEdit

    assert words.date(dt.date(2026, 12, 4)) == "12/04/2026"
    assert words.localize_dates("due by 2027-08-31 (0 of 24)") == "due by 08/31/2027 (0 of 24)"
    edit = DateEdit()
    edit.set_value(dt.date(2026, 3, 9))
    assert edit.displayFormat() == "MM/dd/yyyy" and edit.text() == "03/09/2026"
    h = harness_for(demo_store)
    courses = h.screen("courses")
    first = courses.model.course_at(0)
    assert courses.model.index(0, 0).data() == first.completed.strftime("%m/%d/%Y")
    dashboard = h.screen("dashboard")
    assert dt.date.today().strftime("%m/%d/%Y") in dashboard.subtitle.text()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert words.date(dt.date(2026, 12, 4)) == "04/12/2026"



def test_a_c_time_locale_with_english_language_reads_dates_the_us_way() -> None:
    """LANG=C.UTF-8 with LANGUAGE=en: Qt's system locale is named en_US but carries C's
    formats ("4 12 2026"); the app must read dates as en_US writes them (12/04/2026)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "LANG": "C.UTF-8", "LANGUAGE": "en", "QT_QPA_PLATFORM": "offscreen"}
    for name in ("LC_ALL", "LC_TIME"):
        env.pop(name, None)
    code = ("import datetime as dt; from PySide6.QtWidgets import QApplication; "
            "a = QApplication([]); from lmt_tracker.gui.words import date; "
            "print(date(dt.date(2026, 12, 4)))")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, timeout=60, check=True)
    assert out.stdout.strip() == "12/04/2026"

# -- item 9: theme and size ----------------------------------------------------------------------

def _lightness(icon) -> float:
    image = icon.pixmap(QSize(20, 20)).toImage()
    ink = [image.pixelColor(x, y) for x in range(20) for y in range(20)]
    ink = [c for c in ink if c.alpha() > 128]
    return sum(c.lightness() for c in ink) / len(ink)


def test_switching_to_dark_restyles_sidebar_and_search_icons(harness_for, demo_store) -> None:
    from lmt_tracker.gui import actions

    h = harness_for(demo_store)
    courses = h.screen("courses")
    search = courses.filters.search.actions()[0]
    assert _lightness(h.window.sidebar.item(0).icon()) < 100
    try:
        actions.set_theme(h.ctx, "dark")
        h.idle()
        assert _lightness(h.window.sidebar.item(0).icon()) > 150
        assert _lightness(courses.filters.search.actions()[0].icon()) > 150
        assert search is courses.filters.search.actions()[0]
        menu_icons = [a for a in h.window.menuBar().actions()[0].menu().actions()
                      if not a.icon().isNull()]
        assert menu_icons and all(_lightness(a.icon()) > 150 for a in menu_icons)
    finally:
        actions.set_theme(h.ctx, "light")


SCREENS = ("dashboard", "training", "exams", "credentials", "courses", "rules", "reports",
           "school", "settings")


@pytest.mark.parametrize("size", [(1024, 700), (1180, 780)])
def test_no_label_is_clipped_and_nothing_scrolls_sideways(harness_for, demo_store,
                                                          size) -> None:
    h = harness_for(demo_store)
    h.window.resize(*size)
    for key in SCREENS:
        screen = h.screen(key)
        h.idle()
        assert clipped_after_layout(h.qtbot, h.window) == [], key
    dashboard = h.screen("dashboard")
    h.qtbot.waitUntil(lambda: bool(dashboard.overview and dashboard.overview.charts))
    h.idle()
    scroll = dashboard.findChild(QScrollArea)
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    courses = h.screen("courses")
    h.idle()
    table = courses.table
    widths = sum(table.columnWidth(c) for c in range(courses.model.columnCount()))
    assert widths <= table.viewport().width()
    assert table.columnWidth(1) >= 110  # the title keeps room to be read
    assert screen is not None


def test_dialogs_show_their_labels_whole(harness_for, demo_store) -> None:
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog
    from lmt_tracker.gui.dialogs.credential_dialog import CredentialDialog
    from lmt_tracker.gui.dialogs.record_dialogs import ExamDialog, ProfileDialog, ProgramDialog

    h = harness_for(demo_store)
    credentials = demo_store.credentials()
    for make in (lambda: CredentialDialog(h.ctx, credentials[0], h.window),
                 lambda: CredentialDialog(h.ctx, None, h.window),
                 lambda: CourseDialog(h.ctx, None, credentials, h.window),
                 lambda: ExamDialog(h.ctx, None, h.window),
                 lambda: ProgramDialog(h.ctx, None, h.window),
                 lambda: ProfileDialog(h.ctx, demo_store.therapist(), h.window)):
        dialog = make()
        h.qtbot.addWidget(dialog)
        dialog.show()
        h.qtbot.waitExposed(dialog)
        assert clipped_after_layout(h.qtbot, dialog) == [], dialog.windowTitle()
        available = dialog.screen().availableGeometry()
        assert dialog.height() <= available.height()
        dialog.reject()


def test_chart_hour_axis_never_repeats_a_label(app) -> None:
    from lmt_tracker.gui.widgets.charts import hour_ticks, hours_chart

    for top in (1.2, 2.1, 2.5, 7, 28, 102.67):
        step, end = hour_ticks(top)
        labels = [f"{v:.0f}" for v in range(0, end + 1, step)]
        assert len(labels) == len(set(labels)) and end >= top and len(labels) <= 5
    view = hours_chart("By topic", {"ethics": (Decimal("2.1"), Decimal(2))})
    axis = next(a for a in view.chart().axes() if hasattr(a, "tickInterval"))
    assert axis.tickInterval() == 1 and axis.max() == 3
