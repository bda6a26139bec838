"""The course form's "Counts toward" choice: every credential, or only the ones ticked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt


def _credentials():
    from lmt_tracker.domain.core.records import Credential

    day = dt.date(2024, 1, 1)
    return [Credential("state_license", "FL", "MA1", "Licensed Massage Therapist", day, None,
                       id=7),
            Credential("national_certification", "NCBTMB", "N2", "", day, None, id=9)]


def test_every_credential_is_the_default_and_none_ticked_is_refused(app, qtbot) -> None:
    from lmt_tracker.gui.widgets.counts_toward import CountsToward

    picker = CountsToward(_credentials())
    qtbot.addWidget(picker)
    problems: list[tuple[str, str]] = []
    assert picker.chosen(problems) is None and problems == []
    assert not picker.applies_list.isEnabled()
    picker.applies_some.setChecked(True)
    assert picker.applies_list.isEnabled()
    assert picker.chosen(problems) == ()
    assert [field for field, _ in problems] == ["applies_to"]
    assert "at least one credential" in problems[0][1]


def test_a_course_choice_is_shown_and_read_back(app, qtbot) -> None:
    from lmt_tracker.gui.widgets.counts_toward import CountsToward

    picker = CountsToward(_credentials())
    qtbot.addWidget(picker)
    picker.set_chosen((9,))
    assert picker.applies_some.isChecked()
    states = [picker.applies_list.item(i).checkState() for i in range(2)]
    assert states == [Qt.CheckState.Unchecked, Qt.CheckState.Checked]
    assert picker.applies_list.item(0).text() == "FL · Licensed Massage Therapist"
    problems: list[tuple[str, str]] = []
    assert picker.chosen(problems) == (9,) and problems == []


def test_the_course_dialog_saves_the_credentials_ticked(harness_for, licensed_store,
                                                        qtbot) -> None:
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog
    from tests.gui.conftest import course

    florida = licensed_store.credentials()[0]
    original = licensed_store.save_course(course(applies_to=(florida.id,)))
    h = harness_for(licensed_store)
    dialog = CourseDialog(h.ctx, original, h.ctx.store.credentials(), h.window)
    qtbot.addWidget(dialog)
    assert dialog.counts_toward.applies_some.isChecked()
    problems: list[tuple[str, str]] = []
    assert dialog.draft(problems).applies_to == (florida.id,) and problems == []
    dialog.counts_toward.applies_all.setChecked(True)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert h.ctx.store.course(original.id).applies_to is None
