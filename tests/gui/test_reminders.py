"""Reminders: which are due, retired credentials silent, the banner shows them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from lmt_tracker.domain.core.records import Credential
from lmt_tracker.domain.status import CredentialStatus
from lmt_tracker.gui.reminders import due_reminders, stage_for

TODAY = dt.date(2026, 6, 1)


def _status(days: int, status: str = "active", ident: int = 1,
            kind: str = "state_license") -> CredentialStatus:
    """A credential whose CE is complete (a CPR card has no CE requirement at all)."""
    expiry = TODAY + dt.timedelta(days=days)
    credential = Credential(kind, "FL", "MA1", "LMT", dt.date(2020, 1, 1), expiry,
                            status=status, id=ident)
    required = None if kind == "cpr_card" else Decimal(24)
    return CredentialStatus(credential, "FL", None, expiry, required, required, True, days)


def test_stages() -> None:
    leads = (90, 60, 30, 7)
    assert stage_for(120, leads) is None
    assert stage_for(90, leads) == 90
    assert stage_for(45, leads) == 60
    assert stage_for(7, leads) == 7
    assert stage_for(-1, leads) == 0


def test_due_reminders_sorted_and_retired_silent() -> None:
    statuses = [_status(100, ident=1), _status(25, ident=2), _status(5, ident=3),
                _status(5, "retired", ident=4), _status(-3, ident=5)]
    due = due_reminders(statuses, [], TODAY, (90, 60, 30, 7))
    assert [r.key for r in due] == ["credential:5", "credential:3", "credential:2"]
    assert [r.stage for r in due] == [0, 7, 30]
    assert "expired" in due[0].message and "CE complete" in due[2].message
    assert due_reminders(statuses, [], TODAY, (3,)) == [due[0]]


def test_a_card_without_ce_is_not_said_to_have_complete_ce() -> None:
    (card,) = due_reminders([_status(20, kind="cpr_card")], [], TODAY, (30,))
    assert card.message == "FL LMT expires in 20 days (06/21/2026)."  # US order on screen


def test_banner_shows_due_reminders_and_tray_is_optional(harness_for, licensed_store) -> None:
    soon = dt.date.today() + dt.timedelta(days=20)
    [licence] = licensed_store.credentials()
    licensed_store.save_credential(dataclasses.replace(licence, expiry_date=soon))
    h = harness_for(licensed_store)
    h.screen("dashboard")
    h.qtbot.waitUntil(lambda: h.window.banner.isVisible())
    assert "FL" in h.window.banner.text.text() and "in 20 days" in h.window.banner.text.text()
    h.window.banner.dismiss()
    assert not h.window.banner.isVisible()
    retired = dataclasses.replace(licensed_store.credentials()[0], status="retired")
    from lmt_tracker.gui import actions

    actions.save_credential(h.ctx, retired)
    h.idle()
    assert h.screen("dashboard").overview.reminders == ()
