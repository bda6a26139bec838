"""The window's rarer messages in Spanish: the rules' out-of-date warning on the dashboard,
which rules are in force (a pack's name), and a full disk while a task writes a file.
Expected Spanish written by hand from the catalogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


class _Checked:  # what rules_age reads of a jurisdiction
    def __init__(self, day: dt.date) -> None:
        self.checked = day


def test_the_out_of_date_warning_on_the_dashboard_in_spanish(spanish_window, qtbot) -> None:
    from lmt_tracker.gui.widgets.rules_age import RulesAgeNote

    note = RulesAgeNote()
    qtbot.addWidget(note)
    note.show_for({"XA": _Checked(dt.date(2025, 3, 4))}, dt.date(2026, 12, 4))
    text = note.text.text()
    assert text.startswith("⚠ Las reglas se verificaron por última vez el 04/03/2025, hace más "
                           "de 12 meses; las leyes pueden haber cambiado desde entonces. Para "
                           "actualizarlas, instale")
    assert "Configuración › Reglas › Actualizar desde archivo…" in text
    assert "rules were" not in text and "To update" not in text


def test_which_rules_are_in_force_in_spanish(spanish_window) -> None:
    from lmt_tracker.gui.words import rules_in_force_line
    from lmt_tracker.rules.packs.state import InstalledState, PackEntry

    pack = PackEntry("2-abcdefabcdef", 2, dt.date(2027, 1, 15), True, "2027-01-20T10:00:00")
    state = InstalledState(pack, (), dt.date(2026, 12, 4), Path("/x"))
    assert rules_in_force_line(state) == (
        "Reglas vigentes: paquete de reglas 2 del 15/01/2027, instaladas el 20/01/2027")


def test_a_pack_gone_missing_in_spanish(spanish_window, tmp_path, monkeypatch) -> None:
    import json

    from lmt_tracker.gui.words import rules_in_force_line
    from lmt_tracker.rules.packs import state

    entry = {"folder": "2-abcdefabcdef", "pack_version": 2, "date": "2027-01-15",
             "trusted": True, "installed": "2027-01-20T10:00:00"}
    (tmp_path / "state.json").write_text(json.dumps({"active": entry, "history": []}))
    monkeypatch.setattr(state, "rules_root", lambda: tmp_path)
    found = state.installed_state()
    folder = tmp_path / "packs" / "2-abcdefabcdef"
    assert found.note == (f"the installed rule pack 2 of 2027-01-15 is missing from {folder}; "
                          "using the app's own rules")
    line = rules_in_force_line(found)
    assert line.startswith("Reglas vigentes: las propias de la aplicación (verificadas hasta el ")
    assert line.endswith(f"; el paquete de reglas 2 del 15/01/2027 instalado falta en {folder}; "
                         "se usan las reglas propias de la aplicación")


def test_a_full_disk_while_a_task_writes_in_spanish(spanish_window, store, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from lmt_tracker import portable
    from lmt_tracker.gui import tasks
    from lmt_tracker.gui.context import AppContext

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    ctx = AppContext(store)
    tasks.report_error(ctx, None, "Exportar…",
                       portable.DiskFullError(Path("/tmp/salida.json"), 2 * 2**20))
    (text,) = shown
    assert text.startswith("Exportar: no se pudo completar.\n\nel disco está lleno: no se pudo "
                           "escribir /tmp/salida.json (necesita unos 2.0 MB; ")
    assert text.endswith("no se cambió nada; libere espacio en esa unidad (o elija otra) y "
                         "vuelva a intentarlo")
