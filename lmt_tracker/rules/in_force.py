"""The rules the app judges by: the rules in force (bundled or an installed pack) with the
user's own overrides applied — the one place both meet, for the CLI, reports and the GUI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lmt_tracker.domain.core.records import RuleOverride
    from lmt_tracker.domain.core.rules import Jurisdiction


def judged_rules(
    overrides: Iterable[RuleOverride], today: dt.date | None = None
) -> dict[str, Jurisdiction]:
    """``load_all()`` with ``overrides`` applied (each overridden jurisdiction marked)."""
    from lmt_tracker.domain.core.overrides import apply_overrides
    from lmt_tracker.rules.loader import load_all

    rules = load_all()
    items = tuple(overrides)
    if not items:
        return rules
    return apply_overrides(rules, items, today or dt.date.today())


def overrides_json(jurisdiction: Jurisdiction) -> list[dict[str, object]]:
    """The "your override" entries of one jurisdiction, for ``--json`` output."""
    return [a.to_json() for a in jurisdiction.overrides]
