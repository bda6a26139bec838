"""The core's form-field problems beside their fields, in the window's language.

Validation names a field by its key (``topics[0].hours``), which finds the editor; what
the user reads is the message in the window's language, a row's column in words ("Fila
1, horas: …"), never the key. Expected texts written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest
from accessibility import description

KEYS = ("topics[0]", "hours[0]", "completed", "title", "[", "]")


@pytest.fixture
def spanish_window(app, monkeypatch):
    from PySide6.QtCore import QLocale

    from lmt_tracker import language
    from lmt_tracker.gui import translation

    monkeypatch.setattr(language, "_current", language._current)  # both restored afterwards
    monkeypatch.setattr(language, "_chosen", language._chosen)
    before = QLocale()
    translation.install(app, "es")
    language.use("es")
    yield
    translation.install(app, "en")
    QLocale.setDefault(before)


def _invalid_course(h, qtbot):
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    dialog = CourseDialog(h.ctx, None, h.ctx.store.credentials(), h.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.provider.setText("Sunshine CE")
    dialog.hours.setText("3")
    dialog.topics.set_rows([("ethics", "0")])
    dialog.completed.set_value(dt.date.today() + dt.timedelta(days=30))
    dialog.save()
    return dialog


def test_an_invalid_course_says_its_problems_in_spanish_beside_each_field(
        harness_for, licensed_store, qtbot, spanish_window) -> None:
    h = harness_for(licensed_store)
    dialog = _invalid_course(h, qtbot)
    errors = dialog.form.errors
    assert dialog.result() != dialog.DialogCode.Accepted
    assert h.ctx.store.course_count() == 0
    assert errors["title"].text() == "Falta este dato — escríbalo"
    assert errors["topics"].text() == "Fila 1, horas: Debe ser de más de cero horas"
    completed = errors["completed"].text()
    assert completed.startswith("Está en el futuro (hoy es ")
    assert completed.endswith(") — ingrese la fecha en que ocurrió")
    assert not errors["hours"].isVisible() and not errors["provider"].isVisible()
    shown = " ".join(label.text() for label in errors.values())
    assert not any(key in shown for key in KEYS)
    for english in ("Required", "Row", "hours", "future", "enter", "Must"):
        assert english not in shown
    assert description(dialog.title) == "Problema: Falta este dato — escríbalo"
    dialog.reject()


def test_a_bad_certificate_file_is_refused_in_spanish(
        harness_for, licensed_store, qtbot, tmp_path, spanish_window) -> None:
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    h = harness_for(licensed_store)
    dialog = CourseDialog(h.ctx, None, h.ctx.store.credentials(), h.window)
    qtbot.addWidget(dialog)
    bogus = tmp_path / "notes.pdf"
    bogus.write_bytes(b"this is not a pdf")
    dialog.attach(bogus)
    assert dialog.form.errors["certificate"].text() == (
        "No es un archivo PDF, PNG ni JPEG — guárdelo o escanéelo en uno de esos formatos")
    assert dialog.certificate is None
    dialog.reject()


def test_in_english_a_rows_column_is_named_too(harness_for, licensed_store, qtbot) -> None:
    h = harness_for(licensed_store)
    dialog = _invalid_course(h, qtbot)
    assert dialog.form.errors["topics"].text() == "Row 1, hours: Must be more than zero hours"
    assert dialog.form.errors["title"].text() == "Required — enter some text"
    dialog.reject()
