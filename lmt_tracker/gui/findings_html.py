"""Findings as HTML for a QTextBrowser: status mark, message, and the source with its date."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.gui import theme
from lmt_tracker.gui.words import date, readable

MARKS = {"met": ("✓", "ok"), "short": ("✗", "bad"), "to_confirm": ("?", "warn"),
         "unverified": ("!", "warn"), "info": ("i", "neutral")}


def finding_html(f: Finding) -> str:
    mark, state = MARKS.get(f.status, ("•", "neutral"))
    colour = theme.status_colour(state)
    source = ""
    if f.source is not None:
        source = (f"<br><span style='color:{theme.colours().muted}'>Source: "
                  f"<a href='{escape(f.source.url)}'>{escape(f.source.title)}</a>"
                  f"{(', ' + escape(f.source.section)) if f.source.section else ''}"
                  f" · checked {date(f.source.checked)}</span>")
    return (f"<tr><td style='color:{colour}; font-weight:bold; padding-right:8px'>{mark}</td>"
            f"<td style='padding-bottom:6px'>{escape(readable(f.message))}{source}</td></tr>")


def findings_html(title: str, lines: Iterable[str], findings: Iterable[Finding]) -> str:
    head = f"<h3>{escape(title)}</h3>" + "".join(f"<p>{escape(line)}</p>" for line in lines)
    rows = "".join(finding_html(f) for f in findings)
    return head + (f"<table>{rows}</table>" if rows else "<p>Nothing to report.</p>")
