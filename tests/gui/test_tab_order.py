"""Tab order per screen and per main dialog (issue 21, item 4): it follows the page.

Each expected list was written from the screen as drawn (``lmt-tracker screenshots`` of
the demo record): top to bottom, left to right within a row, the banner's buttons
first. The test presses the real Tab key from the sidebar (or a dialog's first field)
until the focus comes back, and compares the names a screen reader says
(``QAccessible``; a text browser that moves from link to link is counted once). On the
same window it checks that no control lacks a name (``accessibility.unnamed``).
"""

from __future__ import annotations

import pytest
from accessibility import controls, dialogs, name, unnamed
from focus import activate, focused
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

BANNER = ["Dashboard", "Dismiss"]  # the demo's CPR card reminder, above every screen
HELP = "Help on this screen"  # the "?" beside each screen's title

SCREENS = {
    "dashboard": [*BANNER, HELP, "New course", "Dashboard page",
                  "Details of FL · Licensed Massage Therapist",
                  "Details of NY · Licensed Massage Therapist",
                  "Details of NCBTMB · Board Certified in Therapeutic Massage & Bodywork",
                  "Details of AMTA · Professional Member",
                  "Credential for the chart", "By topic", "By delivery"],
    "training": [*BANNER, HELP, "Add program", "Training page", "Training programs",
                 "Target jurisdiction", "Entry requirements met and short",
                 "Hours by subject and delivery"],
    "exams": [*BANNER, HELP, "Add attempt", "Exam attempts", "Exam status"],
    "credentials": [*BANNER, HELP, "Edit", "Renew", "Retire", "Delete", "Add credential",
                    "Credentials table", "Requirements",
                    "Requirements of the selected credential"],
    "courses": [*BANNER, HELP, "From certificates", "New course", "Search courses",
                "Completed from", "Completed until", "Topic", "Delivery", "Credential",
                "Certificate", "Clear filters", "CE courses table"],
    "rules": [*BANNER, HELP, "Browse", "Filter jurisdictions", "Jurisdictions", "Rule version",
              "Rule details"],
    "reports": [*BANNER, HELP, "Credential for the renewal summary", "Preview the renewal summary",
                "Save the renewal summary as PDF", "States for the transcript",
                "Preview the training transcript", "Save the training transcript as PDF",
                "Export calendar"],
    "school": [*BANNER, HELP, "Import class", "Export CSV", "Export PDF", "Transcripts", "Class",
               "Delete this class (Ctrl+Z undoes)", "Judge as of", "Jurisdictions",
               "At a glance", "Filter graduates", "Show", "Graduates",
               "Graduates by jurisdiction", "Graduate details"],
    "settings": [*BANNER, HELP, "Settings page", "Edit profile", "Open another",
                 "New empty database", "Back up now", "Restore a backup",
                 "Export everything (.json)", "Import an export", "Automatic backups",
                 "Keep backups in", "Update from file", "Your overrides", "Add override",
                 "Days before a deadline", "Save reminder days", "Theme: Follow the system",
                 "Language"],
}

DIALOGS = {
    "credential (new)": ["Kind", "State or body", "Number", "Title", "First issued",
                         "Expires", "Status", "Notes", "Save", "Cancel"],
    "renew": ["New expiry", "Save", "Cancel"],
    "course (new)": ["Title", "Provider", "Completed on", "Hours", "Hour length", "Delivery",
                     "Add topic", "Add approval number", "Course number",
                     "Every credential whose rules accept it", "Notes", "Choose file",
                     "Save", "Save and add another", "Cancel"],
    "course (edit)": ["Title", "Provider", "Completed on", "Hours", "Hour length", "Delivery",
                      "Topic 1", "Topic hours 1", "Remove row 1", "Add topic",
                      "Approving body 1", "Approval number 1", "Approved or not 1",
                      "Remove row 1", "Add approval number", "Course number",
                      "Every credential whose rules accept it", "Notes", "Choose file",
                      "Save", "Cancel"],
    "exam (new)": ["Exam", "Status", "Applied", "Authorized to test", "Scheduled for",
                   "Tested on", "Result on", "State (state exams)", "Notes", "Save", "Cancel"],
    "program (new)": ["School", "Program", "Started", "Finished", "School's state",
                      "Subject 1", "Delivery 1", "Hours 1", "Remove row 1",
                      "Add subject hours", "Save", "Cancel"],
    "profile": ["First name", "Last name", "Birth date", "E-mail", "Phone", "Address", "Save",
                "Cancel"],
    "crash report": ["Error details", "Copy details", "Save details…", "Keep working"],
}


def tab_round(qtbot, top, start, limit: int = 90) -> list[str]:
    """Names reached by Tab from ``start`` until the focus comes back to it."""
    reached = [name(start)]
    current = start
    for _ in range(limit):
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        current = focused(top)
        assert current is not None, "the focus left the window"
        if current is start:
            return reached
        said = name(current)
        if said != reached[-1]:  # a text browser's next link: the same stop
            reached.append(said)
    raise AssertionError(f"Tab never came back after {limit} presses: {reached}")


@pytest.mark.parametrize("key", SCREENS)
def test_screen_tab_order_follows_the_page(harness_for, demo_store, key) -> None:
    h = harness_for(demo_store)
    screen = h.screen(key)
    h.idle()
    if key == "school":  # its export buttons come alive once the class is audited
        h.qtbot.waitUntil(lambda: screen.pdf_button.isEnabled(), timeout=20_000)
    if key == "dashboard":  # the charts are drawn after the cards
        h.qtbot.waitUntil(lambda: len([c for c in screen.chart_frame.findChildren(QWidget)
                                       if c.accessibleName().startswith("By ")
                                       and c.isVisibleTo(screen)]) == 2, timeout=20_000)
    activate(h.qtbot, h.window)
    h.window.sidebar.setFocus()
    h.qtbot.waitUntil(h.window.sidebar.hasFocus)
    assert tab_round(h.qtbot, h.window, h.window.sidebar) == ["Screens", *SCREENS[key]]
    # And a screen reader names every control on it (buttons by their text).
    assert any(screen.isAncestorOf(w) for w in controls(h.window))
    assert unnamed(h.window) == []


@pytest.mark.parametrize("which", DIALOGS)
def test_dialog_tab_order_follows_the_form(harness_for, demo_store, which) -> None:
    h = harness_for(demo_store)
    dialog = dialogs(h.ctx, h.window, demo_store)[which]()
    h.qtbot.addWidget(dialog)
    activate(h.qtbot, dialog)
    first = focused(dialog)
    assert first is not None
    if not first.focusPolicy() & Qt.FocusPolicy.TabFocus or name(first).endswith("form"):
        dialog.focusNextChild()  # a scrolling form: start at its first field
        first = focused(dialog)
    assert tab_round(h.qtbot, dialog, first)[: len(DIALOGS[which])] == DIALOGS[which]
    assert unnamed(dialog) == [] and name(dialog)
    dialog.reject()
