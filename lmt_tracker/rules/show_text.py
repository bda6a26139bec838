"""One jurisdiction in full for the terminal (``rules show``): every version, wrapped.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterator

from lmt_tracker.domain.core.rules import (
    Jurisdiction,
    RuleVersion,
)
from lmt_tracker.rules.as_text import ce_lines, entry_lines, renewal_lines


def version_lines(version: RuleVersion, index: int, count: int, on: dt.date) -> Iterator[str]:
    ends = version.ends.isoformat() if version.ends else "open"
    marker = "  [in force]" if version.in_force(on) else ""
    yield f"Version {index} of {count}: {version.effective.isoformat()} to {ends}{marker}"
    abbreviation = f" ({version.abbreviation})" if version.abbreviation else ""
    yield f"  {version.regulation}: {version.title}{abbreviation}"
    yield f"  sources: {', '.join(s.id for s in version.sources)}"
    if version.notes:
        yield f"  notes: {version.notes}"
    if version.entry:
        yield from entry_lines(version.entry)
    if version.renewal:
        yield from renewal_lines(version.renewal)
    if version.ce:
        yield from ce_lines(version.ce)


def show_text(jurisdiction: Jurisdiction, on: dt.date, width: int = 100) -> str:
    """``rules show``: the whole rule, every version, then the sources with checked dates.

    Lines are folded at ``width`` so notes stay readable in a terminal.
    """
    j = jurisdiction
    lines = [f"{j.code}  {j.name} ({j.kind})", f"board: {j.board}  {j.board_url}"]
    if j.notes:
        lines.append(f"notes: {j.notes}")
    lines.append(f"last checked: {j.checked.isoformat()}")
    for i, version in enumerate(j.versions, start=1):
        lines.append("")
        lines.extend(version_lines(version, i, len(j.versions), on))
    lines += ["", "Sources:"]
    for s in j.sources.values():
        section = f", {s.section}" if s.section else ""
        lines.append(f"  [{s.id}] {s.title}{section} ({s.kind}, checked {s.checked.isoformat()})")
        lines.append(f"        {s.url}")
    return "\n".join(wrapped for line in lines for wrapped in _wrap(line, width))


def _wrap(line: str, width: int) -> list[str]:
    """A long line folded at spaces, continuation lines indented under its text."""
    if len(line) <= width or " " not in line.strip():
        return [line]  # short, or one long word such as a URL: never split
    indent = " " * (len(line) - len(line.lstrip()) + 4)
    return textwrap.wrap(
        line,
        width,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
