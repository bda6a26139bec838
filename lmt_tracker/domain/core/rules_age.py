"""How old the rule data is: when it was last checked, and whether that is too long ago.

An offline app cannot fetch new laws, so every face of it (``rules list``, the Rules
screen, the dashboard, each PDF) says when the rules were last checked, and warns when
the newest check is over a year old. Laws change every year; a verdict from rules that
nobody has looked at for a year deserves a caution and a way to update.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Final

from dateutil.relativedelta import relativedelta

from lmt_tracker.domain.core.frozen import frozen_record
from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.domain.core.rules import Jurisdiction

#: After this many months without a newer check, the rules are called out of date.
STALE_AFTER_MONTHS: Final = 12

#: How a user gets newer rules (the app cannot fetch them itself).
UPDATE_ADVICE: Final = N_(
    "To update, install the newest LMT Tracker release or a signed rule pack "
    "(Settings › Rules › Update from file…, or the command lmt-tracker rules update FILE), "
    "and confirm what matters with your board."
)


@frozen_record
class RulesAge:
    """The newest and oldest of the jurisdictions' last-checked dates."""

    newest: dt.date  # the most recent check of any source
    oldest: dt.date  # the jurisdiction whose latest check is furthest back

    def stale(self, today: dt.date) -> bool:
        """True when the newest check is more than ``STALE_AFTER_MONTHS`` before ``today``."""
        limit: dt.date = today - relativedelta(months=STALE_AFTER_MONTHS)
        return self.newest < limit

    def line(self) -> Phrase:
        """"Rules last checked 2026-12-04 (…)", for a status line or a PDF footer (a phrase:
        each face shows it in its language, ``domain.core.phrases``)."""
        if self.oldest == self.newest:
            return ph(N_("Rules last checked {newest}"), newest=self.newest)
        return ph(N_("Rules last checked {newest} (each jurisdiction between {oldest} and "
                     "{newest})"), newest=self.newest, oldest=self.oldest)

    def short(self) -> Phrase:
        """"rules checked 2026-12-04" (or a span of dates), for a one-line PDF footer."""
        if self.oldest == self.newest:
            return ph(N_("rules checked {newest}"), newest=self.newest)
        return ph(N_("rules checked {oldest} to {newest}"), oldest=self.oldest,
                  newest=self.newest)

    def warning(self, today: dt.date) -> Phrase | None:
        """The out-of-date warning with how to update, or None while the rules are recent."""
        if not self.stale(today):
            return None
        return ph(N_("The rules were last checked on {newest}, more than {months} months ago; "
                     "laws may have changed since. {advice}"), newest=self.newest,
                  months=STALE_AFTER_MONTHS, advice=ph(UPDATE_ADVICE))


def rules_age(jurisdictions: Iterable[Jurisdiction]) -> RulesAge | None:
    """The age of a set of rules; None when there are none."""
    checked = [j.checked for j in jurisdictions]
    if not checked:
        return None
    return RulesAge(newest=max(checked), oldest=min(checked))
