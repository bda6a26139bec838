"""Colour contrast (WCAG 2.x AA) of every theme, measured on the colours the app paints.

Relative luminance and contrast ratio as WCAG defines them; the reference values
(21:1 for black on white, 4.54:1 for #767676 on white) come from the WCAG text.
Text needs 4.5:1; the focus ring, a non-text indicator, needs 3:1 against what it
surrounds. Status chips are checked on the widget itself, after the style sheet is
applied: the words' colour as Qt resolved it against the chip's background.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from lmt_tracker.gui import theme

THEMES = {"light": theme.LIGHT, "dark": theme.DARK, "high_contrast": theme.HIGH_CONTRAST}
STATUSES = ("ok", "warn", "bad", "neutral")


def luminance(colour: str) -> float:
    value = colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_formula_matches_the_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast("#ffffff", "#4cc38a") < 4.5  # white on the dark theme's green: 2.2:1


@pytest.mark.parametrize("key", THEMES)
def test_status_chips_and_status_text_meet_aa(key: str) -> None:
    c = THEMES[key]
    for status in STATUSES:
        background = getattr(c, status)
        assert contrast(c.chip_text, background) >= 4.5, (key, status, "chip")
        for surface in ("base", "card", "window"):  # statuses are also words on a page
            assert contrast(background, getattr(c, surface)) >= 4.5, (key, status, surface)


def blend(under: str, over: str, alpha: int) -> str:
    """``over`` painted at ``alpha`` (0-255) on ``under``, as Qt composes a cell's wash."""
    a, b = under.lstrip("#"), over.lstrip("#")
    return "#" + "".join(
        f"{round(int(a[i:i + 2], 16) * (1 - alpha / 255) + int(b[i:i + 2], 16) * alpha / 255):02x}"
        for i in (0, 2, 4))


@pytest.mark.parametrize("key", THEMES)
def test_school_matrix_marks_meet_aa_on_their_wash(key: str) -> None:
    """✓ and ✗ in the status colour on a wash of the same colour (the class matrix)."""
    from lmt_tracker.gui.models.cohort_model import TINT_ALPHA

    c = THEMES[key]
    for status in ("ok", "bad"):
        colour = getattr(c, status)
        assert contrast(colour, blend(c.base, colour, TINT_ALPHA)) >= 4.5, (key, status)


@pytest.mark.parametrize("key", THEMES)
def test_words_meet_aa_and_the_focus_ring_stands_out(key: str) -> None:
    c = THEMES[key]
    pairs = {"text/base": (c.text, c.base), "text/window": (c.text, c.window),
             "text/card": (c.text, c.card), "muted/base": (c.muted, c.base),
             "muted/window": (c.muted, c.window), "muted/card": (c.muted, c.card),
             "accent_text/accent": (c.accent_text, c.accent),
             "banner_text/banner": (c.banner_text, c.banner),
             "text/sidebar": (c.text, c.sidebar)}
    low = {k: round(contrast(*p), 2) for k, p in pairs.items() if contrast(*p) < 4.5}
    assert low == {}, (key, low)
    for surface in (c.window, c.base, c.card, c.sidebar):
        assert contrast(c.focus, surface) >= 3.0, (key, surface)


@pytest.mark.parametrize("key", THEMES)
def test_a_chip_as_drawn_meets_aa(app, qtbot, key: str) -> None:
    """The chip's words as Qt resolves them (style sheet cascade), on each status colour."""
    from lmt_tracker.gui.widgets.common import chip

    try:
        colours = theme.apply(app, key)
        for status in STATUSES:
            widget = chip("Short 6 h", theme.status_colour(status))
            qtbot.addWidget(widget)
            widget.show()
            widget.ensurePolished()
            words = widget.palette().color(QPalette.ColorRole.WindowText).name()
            assert words == colours.chip_text, (key, status)
            assert contrast(words, getattr(colours, status)) >= 4.5, (key, status)
    finally:
        theme.apply(app, "light")


def test_the_chosen_high_contrast_theme_is_not_overridden(app) -> None:
    """Fusion stays, but the palette applied is the high-contrast one, not light or dark."""
    try:
        theme.apply(app, "high_contrast")
        palette = app.palette()
        assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
        assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
        assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    finally:
        theme.apply(app, "light")


def test_the_desktop_asking_for_high_contrast_keeps_its_own_palette(app, monkeypatch) -> None:
    """"Follow the system" on a high-contrast desktop: its palette, not ours forced over it."""
    from PySide6.QtGui import QColor

    desktop = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#000000"),
                         (QPalette.ColorRole.Base, "#000000"),
                         (QPalette.ColorRole.Text, "#ffffff"),
                         (QPalette.ColorRole.WindowText, "#ffffff"),
                         (QPalette.ColorRole.Highlight, "#1aebff"),
                         (QPalette.ColorRole.HighlightedText, "#000000")):
        desktop.setColor(role, QColor(colour))
    monkeypatch.setattr(theme, "_platform", desktop)
    monkeypatch.setattr(theme, "system_wants_contrast", lambda: True)
    try:
        colours = theme.apply(app, "system")
        assert colours.accent == "#1aebff" and colours.window == "#000000"
        assert app.palette().color(QPalette.ColorRole.Highlight).name() == "#1aebff"
        for status in STATUSES:
            assert contrast(colours.chip_text, getattr(colours, status)) >= 4.5
    finally:
        monkeypatch.setattr(theme, "system_wants_contrast", lambda: False)
        theme.apply(app, "light")


def test_settings_offers_high_contrast_and_remembers_it(harness_for, store, app) -> None:
    from lmt_tracker.gui import preferences

    h = harness_for(store)
    screen = h.screen("settings")
    radios = {b.property("theme"): b for b in screen.theme_group.buttons()}
    assert set(radios) == {"system", "light", "dark", "high_contrast"}
    try:
        radios["high_contrast"].click()
        assert preferences.theme() == "high_contrast"
        assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert theme.colours() is theme.HIGH_CONTRAST
    finally:
        theme.apply(app, "light")
