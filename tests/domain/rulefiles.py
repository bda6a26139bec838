"""Small rule files for specification tests, written as TOML and read by the real loader."""

from __future__ import annotations

import datetime as dt
import textwrap
from decimal import Decimal
from pathlib import Path

from lmt_tracker.domain.core.records import Course, Credential, Therapist, TopicHours
from lmt_tracker.domain.core.rules import Jurisdiction
from lmt_tracker.rules.loader import load_file

HEADER = """\
schema = 1
code = "{code}"
name = "{name}"
kind = "{kind}"
board = "Test Board of Massage"
board_url = "https://example.org/board"

[sources.law]
title = "Test massage statute"
url = "https://example.org/law"
checked = 2026-01-15
kind = "statute"
"""


def rule(
    tmp_path: Path, body: str, *, code: str = "XA", name: str = "Testland", kind: str = "state"
) -> Jurisdiction:
    """Write ``HEADER + body`` to ``tmp_path/CODE.toml`` and load it with the real loader."""
    folder = tmp_path / "national" if kind == "national" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{code}.toml"
    path.write_text(HEADER.format(code=code, name=name, kind=kind) + textwrap.dedent(body))
    return load_file(path)


def version(effective: str = "2000-01-01", regulation: str = "license") -> str:
    return f"""
[[version]]
effective = {effective}
regulation = "{regulation}"
title = "Licensed Massage Therapist"
sources = ["law"]
"""


def course(
    completed: dt.date,
    hours: int | str | Decimal,
    delivery: str = "in_person",
    *topics: tuple[str, int | str],
    title: str | None = None,
    minutes: int = 60,
    approvals: tuple[tuple[str, str], ...] = (),
    applies_to: tuple[int, ...] | None = None,
) -> Course:
    from lmt_tracker.domain.core.records import Approval

    return Course(
        title=title or f"{delivery} course {completed.isoformat()} {hours}h",
        provider="Provider",
        completed=completed,
        hours=Decimal(hours),
        delivery=delivery,
        hour_minutes=minutes,
        topics=tuple(TopicHours(t, Decimal(h)) for t, h in topics),
        approvals=tuple(Approval(b, n) for b, n in approvals),
        applies_to=applies_to,
    )


def licence(
    code: str = "XA",
    *,
    issued: dt.date | None = dt.date(2010, 1, 1),
    expiry: dt.date | None = None,
    number: str = "MA1234",
    kind: str = "state_license",
    status: str = "active",
    id: int = 1,
) -> Credential:
    return Credential(kind, code, number, "LMT", issued, expiry, status=status, id=id)


THERAPIST = Therapist("Ann", "Lee", dt.date(1985, 3, 14))
