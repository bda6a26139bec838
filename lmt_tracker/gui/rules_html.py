"""Rules as HTML for the Rules screen: one jurisdiction in full, or 2–4 side by side.

Wording comes from ``lmt_tracker.rules_text`` so the app, the terminal and the
docs phrase each fact the same way; this module only lays it out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from lmt_tracker import rules_text
from lmt_tracker.domain.findings import UNVERIFIED_NOTE
from lmt_tracker.domain.rules import CERule, Jurisdiction, RuleVersion
from lmt_tracker.gui import theme


def _items(lines: list[str]) -> str:
    out = []
    for line in lines:
        text = line.strip()
        if text.startswith(("UNKNOWN", "UNVERIFIED")):
            colour = theme.colours().warn
            text = text.replace("UNKNOWN ", "").replace("UNVERIFIED (check with the board)",
                                                         "Unverified")
            out.append(f"<li style='color:{colour}'>{escape(text)} — {UNVERIFIED_NOTE}</li>")
        else:
            out.append(f"<li>{escape(text)}</li>")
    return "<ul>" + "".join(out) + "</ul>"


def _section(title: str, lines: list[str]) -> str:
    if not lines:
        return ""
    heading = lines[0].strip()
    return f"<h4>{escape(title)}</h4><p>{escape(heading)}</p>{_items(lines[1:])}"


def version_html(v: RuleVersion, on: dt.date) -> str:
    ends = v.ends.isoformat() if v.ends else "today"
    state = " (in force)" if v.in_force(on) else ""
    parts = [f"<h3>{escape(v.title)} — {escape(v.regulation)}</h3>",
             f"<p>Applies {v.effective} to {ends}{state}</p>"]
    if v.notes:
        parts.append(f"<p style='color:{theme.colours().muted}'>{escape(v.notes)}</p>")
    if v.entry:
        parts.append(_section("Entry requirements", list(rules_text.entry_lines(v.entry))))
    if v.renewal:
        parts.append(_section("Renewal", list(rules_text.renewal_lines(v.renewal))))
    if v.ce:
        parts.append(_section("Continuing education", list(rules_text.ce_lines(v.ce))))
    return "".join(parts)


def jurisdiction_html(j: Jurisdiction, version: RuleVersion, on: dt.date) -> str:
    c = theme.colours()
    head = (f"<h2>{escape(j.name)} ({escape(j.code)})</h2>"
            f"<p>Board: <a href='{escape(j.board_url)}'>{escape(j.board)}</a> · "
            f"last checked {j.checked}</p>")
    if j.notes:
        head += f"<p style='color:{c.muted}'>{escape(j.notes)}</p>"
    rows = "".join(
        f"<tr><td>{escape(s.id)}</td><td><a href='{escape(s.url)}'>{escape(s.title)}</a>"
        f"{(' — ' + escape(s.section)) if s.section else ''}</td>"
        f"<td>{escape(s.kind.replace('_', ' '))}</td><td>{s.checked}</td></tr>"
        for s in j.sources.values())
    sources = ("<h4>Sources</h4><table cellpadding='3'><tr><th align='left'>id</th>"
               "<th align='left'>source</th><th align='left'>kind</th>"
               f"<th align='left'>checked</th></tr>{rows}</table>")
    return head + version_html(version, on) + sources


def _subjects(_j: Jurisdiction, v: RuleVersion) -> str:
    if not v.entry or not v.entry.subjects:
        return "—"
    return "; ".join(f"{s.label}: {rules_text.hours(s.hours)} h" for s in v.entry.subjects)


def _topics(_j: Jurisdiction, v: RuleVersion) -> str:
    if not v.ce or not v.ce.topics:
        return "—"
    return "; ".join(f"{t.label}: {rules_text.hours(t.min_hours)} h" for t in v.ce.topics)


def _limit(value: object, suffix: str = " h") -> str:
    return "—" if value is None else f"{rules_text.hours(value)}{suffix}"  # type: ignore[arg-type]


COMPARE_ROWS = (
    ("Regulation", lambda j, v: v.regulation),
    ("Title", lambda j, v: v.title),
    ("Entry hours", lambda j, v: rules_text.entry_hours_text(v.entry)),
    ("Subject minimums", _subjects),
    ("Exams", lambda j, v: rules_text.exams_text(v.entry)),
    ("Minimum age", lambda j, v: str(v.entry.min_age) if v.entry and v.entry.min_age else "—"),
    ("Renewal", lambda j, v: rules_text.renewal_text(v.renewal)),
    ("CE hours", lambda j, v: rules_text.ce_text(v.ce)),
    ("CE topics", _topics),
    ("In person, at least", lambda j, v: _limit(v.ce.in_person_min_hours if v.ce else None)),
    ("Online, at most", lambda j, v: _limit(v.ce.online_max_hours if v.ce else None)),
    ("Self-study, at most", lambda j, v: _limit(v.ce.self_study_max_hours if v.ce else None)),
    ("Hour length", lambda j, v: _hour_length(v.ce)),
    ("Carry-over, at most", lambda j, v: _limit(v.ce.carry_over_max_hours if v.ce else None)),
    ("Board", lambda j, v: j.board),
    ("Last checked", lambda j, v: j.checked.isoformat()),
)


def _hour_length(ce: CERule | None) -> str:
    """A CE hour's minutes; an unconfirmed length says so and what the engine assumes."""
    if ce is None:
        return "—"
    if "hour_minutes" in ce.unknown:
        return f"unverified ({ce.hour_minutes} min assumed)"
    return f"{ce.hour_minutes} min"


def compare_rows(chosen: Sequence[Jurisdiction], on: dt.date) -> list[tuple[str, list[str]]]:
    """One row per fact, one cell per jurisdiction (the version in force on ``on``)."""
    versions = [(j, j.current(on)) for j in chosen]
    return [(name, [str(fact(j, v)) for j, v in versions]) for name, fact in COMPARE_ROWS]
