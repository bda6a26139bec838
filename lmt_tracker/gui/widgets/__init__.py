"""Reusable widgets the screens and dialogs are built from.

``common`` (labels, buttons, cards, chips, headers with their "?" help), ``forms``
(form rows, date fields, a field's problem shown and spoken), ``row_editors`` (rows of
topic or approval hours), ``cards`` (a credential on the dashboard), ``charts``,
``timeline``, ``banner`` and ``demo_banner``, ``rules_age`` and ``rules_card`` (how fresh
the rules are, one rule's figures), ``course_filters``, ``counts_toward``, ``drop_zone``
and ``preview`` (a certificate or a report page).
"""

__all__ = [
    "banner",
    "cards",
    "charts",
    "common",
    "counts_toward",
    "course_filters",
    "demo_banner",
    "drop_zone",
    "forms",
    "preview",
    "row_editors",
    "rules_age",
    "rules_card",
    "timeline",
]
