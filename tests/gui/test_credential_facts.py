"""The credential form asks for a fact only when the chosen state's rules use it, and keeps it."""

from __future__ import annotations

import datetime as dt

from lmt_tracker.domain.core.records import Credential


def _dialog(h, credential=None):
    from lmt_tracker.gui.dialogs.credential_dialog import CredentialDialog

    dialog = CredentialDialog(h.ctx, credential, h.window)
    h.qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(dialog, code: str) -> None:
    dialog.jurisdiction.setCurrentIndex(dialog.jurisdiction.findData(code))


def test_years_in_practice_and_an_assigned_ce_period_are_asked_only_where_they_count(
    harness_for, tmp_path
) -> None:
    from lmt_tracker.store import open_database

    h = harness_for(open_database(str(tmp_path / "db.sqlite3")))
    dialog = _dialog(h)
    _choose(dialog, "FL")  # Florida's rule needs neither fact
    assert not dialog.practice_start.isVisibleTo(dialog)
    assert not dialog.ce_period_start.isVisibleTo(dialog)
    _choose(dialog, "ND")  # N.D.C.C. 43-25-09(2): 6 hours after 15 years in practice
    assert dialog.practice_start.isVisibleTo(dialog)
    assert not dialog.ce_period_start.isVisibleTo(dialog)
    _choose(dialog, "CT")  # DPH: a four-year CE period whose alignment the board sets
    assert dialog.ce_period_start.isVisibleTo(dialog)
    assert dialog.ce_period_end.isVisibleTo(dialog)



def test_rows_that_appear_do_not_squeeze_the_form(harness_for, tmp_path) -> None:
    """Choosing Connecticut shows two CE-period rows; the dialog grows to fit them (the
    notes box was cut to 48 of its 60 pixels)."""
    from PySide6.QtWidgets import QApplication

    from lmt_tracker.store import open_database

    h = harness_for(open_database(str(tmp_path / "db.sqlite3")))
    dialog = _dialog(h)
    dialog.resize(dialog.minimumWidth(), dialog.height())  # as narrow as it may be
    _choose(dialog, "CT")
    QApplication.processEvents()
    notes = dialog.notes
    assert notes.parentWidget().height() >= notes.height() == 60


def test_editing_a_credential_keeps_the_facts_it_carries(harness_for, tmp_path) -> None:
    from lmt_tracker.store import open_database

    store = open_database(str(tmp_path / "db.sqlite3"))
    saved = store.save_credential(Credential(
        "state_license", "CT", "012345", "LMT", dt.date(2015, 3, 1), dt.date(2027, 1, 31),
        practice_start=dt.date(2010, 6, 1), ce_period_start=dt.date(2023, 2, 1),
        ce_period_end=dt.date(2027, 1, 31)))
    h = harness_for(store)
    dialog = _dialog(h, saved)
    # A value already given stays visible even where the rule does not use it.
    assert dialog.practice_start.isVisibleTo(dialog)
    dialog.number.setText("012346")
    draft = dialog.draft([])
    assert draft.practice_start == dt.date(2010, 6, 1)
    assert (draft.ce_period_start, draft.ce_period_end) == (dt.date(2023, 2, 1),
                                                             dt.date(2027, 1, 31))
    assert draft.number == "012346"


def test_details_show_the_same_topic_figures_and_how_each_course_counted(
    harness_for, tmp_path, monkeypatch
) -> None:
    """The issue's Florida example: 20 of 24, hands-on 10 of 12 (R. 64B7-28.009(1))."""
    from pathlib import Path

    from lmt_tracker.gui.context import AppContext
    from lmt_tracker.store import open_database
    from tests.scenarios.test_scenarios import _build, _load

    case = _load(Path(__file__).resolve().parents[1] / "scenarios" / "cases"
                 / "FL-60-minute-courses.toml")
    db = tmp_path / "fl.sqlite3"
    _build(case, db)
    monkeypatch.setattr(AppContext, "today", staticmethod(lambda: case["as_of"]))
    h = harness_for(open_database(str(db)))
    screen = h.screen("credentials")
    screen.refresh()
    h.qtbot.waitUntil(lambda: bool(screen.statuses), timeout=20_000)
    text = screen.details.toPlainText()
    assert "Required 24 h · counted 20 h" in text
    assert "Hands-on 10 of 12" in text
    hows = [screen.lines.item(r, 5).text() for r in range(screen.lines.rowCount())]
    assert "10 hours of 60 minutes = 10 hours of 50 minutes" in hows
