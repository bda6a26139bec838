"""Light, dark and high-contrast palettes that follow the system, plus the styles Qt lacks.

The Fusion style with an explicit palette looks the same on every platform and
makes dark mode complete (native styles often leave parts light). Colours for
statuses live here so cards, charts and tables agree.

Readable by everyone: every status colour and the text of a status chip on it meet
WCAG AA (4.5:1) in each theme (tests/gui/test_contrast.py measures them); a
high-contrast theme can be chosen, and when the desktop asks for high contrast
(``QStyleHints.accessibility().contrastPreference()``) "Follow the system" takes the
desktop's own palette instead of forcing ours over it. Every focusable control shows
a focus ring drawn in ``focus`` (the sheet below), not only the platform's hint.

This module runs before the first paint, so it avoids ``PySide6.QtCore.Qt``:
the first touch of that namespace costs about 40 ms (PySide builds its enums).
The desktop's colour scheme is read from the palette at start and confirmed
through ``QStyleHints.colorScheme`` once the window is up (``follow_system``).
"""

from __future__ import annotations

import os
from typing import NamedTuple

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark", "high_contrast")


class Colours(NamedTuple):
    """The named colours of one theme."""

    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    sidebar: str
    card: str
    ok: str
    warn: str
    bad: str
    neutral: str
    banner: str
    banner_text: str
    chip_text: str  # the words on a status chip (its background is ok, warn, bad, neutral)
    focus: str  # the focus ring
    focus_width: int = 2
    frame: str = ""  # drawn frames for fields and tick boxes (Fusion's vanish on black)


# Status colours are both chip backgrounds (under chip_text) and text on base/card: each
# is at least 4.5:1 against both (WCAG AA). The light theme's were 2.9-4.3:1 against white.
LIGHT = Colours(
    window="#f4f6f8", base="#ffffff", alt_base="#f7f9fb", text="#1d2733", muted="#5d6b7a",
    border="#d5dde5", accent="#2f6f8f", accent_text="#ffffff", sidebar="#e8eef3",
    card="#ffffff", ok="#1e7a45", warn="#8f5d00", bad="#c0392b", neutral="#5f6b78",
    banner="#fff4d6", banner_text="#5c4300", chip_text="#ffffff", focus="#0b57d0",
)
# Dark: the status colours are light, so chips carry dark words (white on them was
# 2.2-3.1:1).
DARK = Colours(
    window="#1c2128", base="#22272e", alt_base="#272d35", text="#e6edf3", muted="#9aa7b4",
    border="#3a434e", accent="#5aa9cf", accent_text="#0d1117", sidebar="#161b22",
    card="#262c34", ok="#4cc38a", warn="#e0a43a", bad="#f47c70", neutral="#9aa6b2",
    banner="#3d3214", banner_text="#f6e3ad", chip_text="#0d1117", focus="#ffd866",
)
# High contrast: white on black, yellow for selection and focus, thick focus rings.
HIGH_CONTRAST = Colours(
    window="#000000", base="#000000", alt_base="#101010", text="#ffffff", muted="#e6e6e6",
    border="#ffffff", accent="#ffff00", accent_text="#000000", sidebar="#000000",
    card="#000000", ok="#3ff23f", warn="#ffd700", bad="#ff8080", neutral="#d0d0d0",
    banner="#000000", banner_text="#ffffff", chip_text="#000000", focus="#00ffff",
    focus_width=3, frame="#ffffff",
)

_current = LIGHT
_styled = False  # Fusion is set once per process: replacing a live style can crash widgets
_platform: QPalette | None = None  # the desktop's palette, kept before ours replaces it


def colours() -> Colours:
    """The colours of the theme in use (widgets that paint themselves ask here)."""
    return _current


_system_dark: bool | None = None  # what colorScheme() said, once asked


def system_is_dark() -> bool:
    """True when the desktop asks for a dark scheme (the platform palette, until confirmed)."""
    if _system_dark is not None:
        return _system_dark
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


_system_contrast = False  # the desktop asks for high contrast (known after the first paint)


def system_wants_contrast() -> bool:
    """True when the desktop asks for high contrast (Windows, macOS, GNOME, KDE).

    Asked once the window is up (``follow_system``): reading Qt's enums before the first
    paint would cost the start-up its 40 ms."""
    return _system_contrast


def follow_system(app: QApplication) -> None:
    """After the first paint: ask Qt for the colour scheme, re-theme if the guess was wrong,
    and follow the desktop from now on (its colour scheme and its contrast setting)."""
    from PySide6.QtCore import Qt

    def contrast(preference: Qt.ContrastPreference) -> None:
        global _system_contrast
        wanted = preference == Qt.ContrastPreference.HighContrast
        changed = wanted != _system_contrast
        _system_contrast = wanted
        if changed and preferences.theme() == "system":
            apply(app, "system")

    def update(scheme: Qt.ColorScheme) -> None:
        global _system_dark
        known = scheme in (Qt.ColorScheme.Dark, Qt.ColorScheme.Light)
        dark = scheme == Qt.ColorScheme.Dark if known else None
        changed = dark is not None and dark != system_is_dark()
        _system_dark = dark
        if changed and preferences.theme() == "system":
            apply(app, "system")

    from lmt_tracker.gui import preferences

    hints = app.styleHints()
    hints.colorSchemeChanged.connect(update)
    hints.accessibility().contrastPreferenceChanged.connect(contrast)
    update(hints.colorScheme())
    contrast(hints.accessibility().contrastPreference())


def resolve(theme: str) -> Colours:
    if theme == "high_contrast":
        return HIGH_CONTRAST
    if theme == "system" and system_wants_contrast():
        return from_platform(_platform or QGuiApplication.palette())
    if theme == "dark" or (theme == "system" and system_is_dark()):
        return DARK
    return LIGHT


def from_platform(p: QPalette) -> Colours:
    """The desktop's high-contrast palette as our colours: its own window, text, selection
    and link colours are kept, statuses come from our high-contrast set."""
    role = QPalette.ColorRole

    def c(r: QPalette.ColorRole) -> str:
        return str(p.color(r).name())

    dark = p.color(role.Window).lightness() < 128
    base = HIGH_CONTRAST if dark else LIGHT
    return base._replace(
        window=c(role.Window), base=c(role.Base), alt_base=c(role.Base), text=c(role.Text),
        muted=c(role.Text), border=c(role.WindowText), accent=c(role.Highlight),
        accent_text=c(role.HighlightedText), sidebar=c(role.Window), card=c(role.Base),
        banner=c(role.Base), banner_text=c(role.Text), focus=c(role.Highlight), focus_width=3,
        frame=c(role.Text))


def palette_for(c: Colours) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alt_base,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.card,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text,
        QPalette.ColorRole.ToolTipBase: c.card,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.Mid: c.border,
        QPalette.ColorRole.Midlight: c.alt_base,
        QPalette.ColorRole.Light: c.base,
        QPalette.ColorRole.Dark: c.border,
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return p


def stylesheet(c: Colours) -> str:
    """Only what the palette cannot say: the sidebar, cards, banners and chips."""
    return f"""
    QListWidget#sidebar {{ background: {c.sidebar}; border: none; padding: 8px 6px;
        font-size: 10.5pt; outline: 0; }}
    QListWidget#sidebar::item {{ padding: 8px 10px; border-radius: 6px; margin: 1px 0; }}
    QListWidget#sidebar::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
    QListWidget#sidebar::item:hover:!selected {{ background: {c.border}; }}
    QFrame#card {{ background: {c.card}; border: 1px solid {c.border}; border-radius: 10px; }}
    QFrame#banner {{ background: {c.banner}; border: 1px solid {c.warn}; border-radius: 8px; }}
    QFrame#banner QLabel {{ color: {c.banner_text}; }}
    QFrame#demoBanner {{ background: {c.accent}; border-radius: 8px; }}
    QFrame#demoBanner QLabel {{ color: {c.accent_text}; }}
    QLabel#screenTitle {{ font-size: 16pt; font-weight: 600; }}
    QLabel#cardTitle {{ font-size: 11.5pt; font-weight: 600; }}
    QLabel#muted, QLabel#hint {{ color: {c.muted}; }}
    QLabel#fieldError {{ color: {c.bad}; }}
    QLabel#emptyTitle {{ font-size: 14pt; font-weight: 600; }}
    QLabel#chip {{ border-radius: 9px; padding: 2px 10px; font-weight: 600;
        color: {c.chip_text}; }}
    QProgressBar {{ border: 1px solid {c.border}; border-radius: 4px; background: {c.alt_base};
        text-align: center; max-height: 12px; font-size: 8pt; }}
    QProgressBar::chunk {{ border-radius: 3px; background: {c.accent}; }}
    QProgressBar[state="ok"]::chunk {{ background: {c.ok}; }}
    QProgressBar[state="warn"]::chunk {{ background: {c.warn}; }}
    QProgressBar[state="bad"]::chunk {{ background: {c.bad}; }}
    QPushButton[primary="true"] {{ background: {c.accent}; color: {c.accent_text};
        border: 1px solid {c.accent}; border-radius: 5px; padding: 5px 14px; font-weight: 600; }}
    QPushButton[primary="true"]:disabled {{ background: {c.border}; border-color: {c.border}; }}
    QFrame#dropZone {{ border: 2px dashed {c.border}; border-radius: 8px; }}
    QFrame#dropZone[active="true"] {{ border-color: {c.accent}; }}
    QLineEdit[invalid="true"], QDateEdit[invalid="true"], QComboBox[invalid="true"] {{
        border: 1px solid {c.bad}; border-radius: 3px; }}
    {frame_rules(c)}
    {focus_rules(c)}
    """


def frame_rules(c: Colours) -> str:
    """High contrast: Fusion draws field frames and tick boxes a shade darker than the
    window, which on black is black. Draw them in ``frame`` instead (checked = filled)."""
    if not c.frame:
        return ""
    return f"""
    QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser, QAbstractSpinBox, QListView,
    QTableView, QTreeView {{ border: 1px solid {c.frame}; }}
    QCheckBox::indicator, QRadioButton::indicator {{
        width: 13px; height: 13px; border: 2px solid {c.frame}; background: {c.base}; }}
    QAbstractItemView::indicator {{ width: 9px; height: 9px; border: 1px solid {c.frame};
        background: {c.base}; }}
    QRadioButton::indicator {{ border-radius: 8px; }}
    QCheckBox::indicator:checked, QRadioButton::indicator:checked,
    QAbstractItemView::indicator:checked {{ background: {c.accent}; }}
    QCheckBox::indicator:disabled, QRadioButton::indicator:disabled,
    QAbstractItemView::indicator:disabled {{ border-color: {c.muted}; }}
    """


def focus_rules(c: Colours) -> str:
    """A ring in ``focus`` around whatever has the keyboard focus.

    Fusion's own hint is a faint tint of the highlight (invisible on the primary button,
    whose fill is that colour, and on the sidebar, which hides it). Tick boxes, tool
    buttons and scrolling pages keep a transparent border of the ring's width, so the
    ring has room when it comes (their size is fixed by the layout: the words would be
    cut off).
    """
    w = c.focus_width
    return f"""
    QListWidget#sidebar:focus {{ border: {w}px solid {c.focus}; border-radius: 6px; }}
    QListWidget#sidebar::item:focus {{ border: {w}px solid {c.focus}; }}
    QPushButton:focus {{ border: {w}px solid {c.focus}; border-radius: 5px;
        padding: 0px; background: {c.card}; }}
    QPushButton[primary="true"]:focus {{ border: {w}px solid {c.focus};
        background: {c.accent}; }}
    QToolButton, QCheckBox, QRadioButton {{ border: {w}px solid transparent;
        border-radius: 4px; }}
    QToolButton:focus, QCheckBox:focus, QRadioButton:focus {{ border-color: {c.focus}; }}
    QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus,
    QDoubleSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus, QTextBrowser:focus {{
        border: {w}px solid {c.focus}; border-radius: 3px; }}
    QTableView:focus, QTableWidget:focus, QListView:focus, QListWidget:focus,
    QTreeView:focus {{ border: {w}px solid {c.focus}; }}
    QScrollArea, QGraphicsView {{ border: {w}px solid transparent; }}
    QScrollArea:focus, QGraphicsView:focus {{ border: {w}px solid {c.focus}; }}
    QTabBar::tab:focus {{ border: {w}px solid {c.focus}; }}
    """


def apply(app: QApplication, theme: str) -> Colours:
    """Set style, palette and sheet for ``theme`` (system, light, dark or high_contrast)."""
    global _current, _styled, _platform
    if _platform is None:
        # The desktop's, before ours replaces it. ``palette()`` already returns a copy;
        # ``QPalette(other)`` would resolve the constructor's overloads through Qt's
        # enums (~15 ms before the first paint).
        _platform = app.palette()
    if not _styled:
        _styled = True
        overridden = os.environ.get("QT_STYLE_OVERRIDE", "").lower() == "fusion"
        if not overridden and app.style().name().lower() != "fusion":
            app.setStyle("Fusion")  # an app created elsewhere (tests): set the style directly
    _current = resolve(theme if theme in THEMES else "system")
    app.setPalette(palette_for(_current))
    app.setStyleSheet(stylesheet(_current))
    return _current


def status_colour(state: str) -> str:
    """ok | warn | bad | neutral → the theme's colour for it."""
    c = _current
    return {"ok": c.ok, "warn": c.warn, "bad": c.bad}.get(state, c.neutral)
