"""When the rules were checked, on the command line in Spanish: ``rules list``'s closing
line, and the out-of-date warning with how to update (issue 15's wording, issue 21's
language). English is unchanged. Expected Spanish written by hand."""

from __future__ import annotations

import datetime as dt

from lmt_tracker import language
from lmt_tracker.domain.core.rules_age import RulesAge

D = dt.date


def _span() -> tuple[str, str]:
    from lmt_tracker.rules.loader import load_all

    checked = [j.checked for j in load_all().values()]
    return min(checked).isoformat(), max(checked).isoformat()


def test_rules_list_says_when_the_rules_were_checked_in_spanish(cli, tmp_path, spanish) -> None:
    status, out, err = cli("--db", str(tmp_path / "x.sqlite3"), "rules", "list")
    assert status == 0, err
    oldest, newest = _span()
    last = out.rstrip().splitlines()[-1]
    if oldest == newest:
        assert last == f"Reglas verificadas por última vez el {newest}."
    else:
        assert last == (f"Reglas verificadas por última vez el {newest} (cada jurisdicción "
                        f"entre el {oldest} y el {newest}).")


def test_rules_list_in_english_is_unchanged(cli, tmp_path) -> None:
    status, out, _ = cli("--db", str(tmp_path / "x.sqlite3"), "rules", "list")
    oldest, newest = _span()
    assert status == 0
    assert out.rstrip().splitlines()[-1] == (
        f"Rules last checked {newest}." if oldest == newest else
        f"Rules last checked {newest} (each jurisdiction between {oldest} and {newest}).")


def test_the_out_of_date_warning_in_spanish(spanish) -> None:
    from lmt_tracker.rules.as_text import age_text

    class Checked:  # what rules_age reads of a jurisdiction
        def __init__(self, day: dt.date) -> None:
            self.checked = day

    text = age_text([Checked(D(2025, 1, 2)), Checked(D(2025, 3, 4))], D(2026, 12, 4))
    assert text.startswith("Rules last checked 2025-03-04 (each jurisdiction between "
                           "2025-01-02 and 2025-03-04).\nWARNING: The rules were last checked "
                           "on 2025-03-04, more than 12 months ago;")
    assert language.say(text) == (
        "Reglas verificadas por última vez el 2025-03-04 (cada jurisdicción entre el 2025-01-02 "
        "y el 2025-03-04).\nADVERTENCIA: Las reglas se verificaron por última vez el 2025-03-04, "
        "hace más de 12 meses; las leyes pueden haber cambiado desde entonces. Para "
        "actualizarlas, instale la versión más reciente de LMT Tracker o un paquete de reglas "
        "firmado (Configuración › Reglas › Actualizar desde archivo…, o el comando lmt-tracker "
        "rules update ARCHIVO) y confirme lo importante con su junta.")
    assert language.say(RulesAge(D(2026, 12, 4), D(2026, 12, 4)).short()) == \
        "reglas verificadas el 2026-12-04"
