"""A visible focus (WCAG 2.4.7): whatever Tab reaches is drawn with the theme's focus ring.

Each widget the keyboard reaches is grabbed while it has the focus and again once Tab
has moved on: the focused picture must hold the ring's colour, and differ from the
unfocused one — in the light, dark and high-contrast themes.
"""

from __future__ import annotations

import pytest
from focus import activate, describe, focused
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from lmt_tracker.gui import theme


def _has_colour(image: QImage, colour: QColor, tolerance: int = 24) -> bool:
    """A run of pixels within ``tolerance`` of ``colour`` (edges are antialiased)."""
    want = (colour.red(), colour.green(), colour.blue())
    near = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = QColor(image.pixel(x, y))
            if all(abs(a - b) <= tolerance
                   for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), want,
                                   strict=True)):
                near += 1
                if near >= 8:
                    return True
    return False


def _check_ring(qtbot, top: QWidget, presses: int) -> list[str]:
    """Tab ``presses`` times; the widgets that showed no ring while focused."""
    ring = QColor(theme.colours().focus)
    faint = []
    current = focused(top)
    for _ in range(presses):
        assert current is not None
        shown = current.grab().toImage()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        after = focused(top)
        plain = current.grab().toImage()
        if not _has_colour(shown, ring) or shown == plain:
            faint.append(describe(current))
        current = after
    return faint


@pytest.mark.parametrize(("name", "key"), [("light", "courses"), ("dark", "dashboard"),
                                           ("high_contrast", "settings")])
def test_every_control_reached_by_tab_shows_the_ring(harness_for, demo_store, app, name,
                                                     key) -> None:
    """Each theme on a screen with different controls (filters, cards and charts, lists)."""
    try:
        theme.apply(app, name)
        h = harness_for(demo_store)
        h.screen(key)
        h.idle()
        activate(h.qtbot, h.window)
        h.window.sidebar.setFocus()
        h.qtbot.waitUntil(h.window.sidebar.hasFocus)
        assert _check_ring(h.qtbot, h.window, 14) == []
    finally:
        theme.apply(app, "light")


def test_every_field_of_a_dialog_shows_the_ring(harness_for, demo_store) -> None:
    from lmt_tracker.gui.dialogs.course_dialog import CourseDialog

    h = harness_for(demo_store)
    dialog = CourseDialog(h.ctx, None, demo_store.credentials(), h.window)
    h.qtbot.addWidget(dialog)
    activate(h.qtbot, dialog)
    dialog.focusNextChild()
    assert _check_ring(h.qtbot, dialog, 12) == []
    dialog.reject()
