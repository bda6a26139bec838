"""The window's hours in Spanish: a met minimum reads "41 horas, de un mínimo de 24"
(English: "41 hours, 24 needed"), and a dashboard bar over one needed hour agrees with it.
Expected text written by hand from the catalogs' entries."""

from __future__ import annotations

from decimal import Decimal

from lmt_tracker.domain.core.findings import hours_finding
from lmt_tracker.domain.core.phrases import N_, ph


def _met(have: int, needed: int, label: str = "Total CE") -> str:
    return hours_finding(kind="hours", key="total", label=label, needed=Decimal(needed),
                         have=Decimal(have), source=None, what=ph(N_("CE"))).message


def test_english_window_keeps_its_wording(app) -> None:
    from lmt_tracker.gui.overview import Bar
    from lmt_tracker.gui.words import readable

    assert readable(_met(41, 24)) == "Total CE: 41 hours, 24 needed — met"
    assert readable(_met(1, 1, "Ethics")) == "Ethics: 1 of 1 hour — met"
    assert Bar("Total CE", Decimal(41), Decimal(24), True).text == "41 h, 24 needed"
    assert Bar("Ethics", Decimal(2), Decimal(1), True).text == "2 h, 1 needed"


def test_spanish_window_says_the_hours_and_the_minimum(spanish_window) -> None:
    from lmt_tracker.gui.overview import Bar
    from lmt_tracker.gui.words import readable

    assert readable(_met(41, 24)) == "Total CE: 41 horas, de un mínimo de 24: cumplido"
    assert readable(_met(1, 1, "Ethics")) == "Ethics: 1 hora, de un mínimo de 1: cumplido"
    assert Bar("Total CE", Decimal(41), Decimal(24), True).text == "41 h, se necesitan 24"
    assert Bar("Ethics", Decimal(2), Decimal(1), True).text == "2 h, se necesita 1"
    assert Bar("Ethics", Decimal(1), Decimal(2), False).text == "1 de 2 h"
