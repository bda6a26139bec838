"""Drive the keyboard focus with real Tab and Shift+Tab key presses; find traps.

A trap is a widget that keeps the focus when Tab (or Shift+Tab) is pressed on it: a
keyboard user cannot get past it. ``walk`` presses the key on whatever has the focus
and records where the focus goes, failing on the first press that leaves it in place —
except in a text browser that moved on to its next link (Tab visits links, then leaves).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget


def _inner(widget: QWidget | None) -> object:
    """Where the focus is inside a widget that moves it between its own parts (links)."""
    if isinstance(widget, QTextBrowser):
        cursor = widget.textCursor()
        return (cursor.anchor(), cursor.position())
    return None


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = widget.accessibleName() or widget.objectName() or ""
    return f"{type(widget).__name__}({name!r})"


def focused(top: QWidget) -> QWidget | None:
    return QApplication.focusWidget() or top.focusWidget()


def activate(qtbot: Any, top: QWidget) -> None:
    top.show()
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=5000)


def walk(qtbot: Any, top: QWidget, presses: int, *, backwards: bool = False) -> list[QWidget]:
    """Press Tab (or Shift+Tab) ``presses`` times; fail on a press that does not move."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    seen: list[QWidget] = []
    current = focused(top)
    assert current is not None, "nothing has the focus to start from"
    for n in range(presses):
        inside = _inner(current)
        qtbot.keyClick(current, key, modifier)
        after = focused(top)
        if after is current and inside is not None and _inner(after) != inside:
            continue  # on to the next link inside a text browser: moving, not trapped
        assert after is not current, (
            f"keyboard trap: {'Shift+' if backwards else ''}Tab press {n + 1} left the focus "
            f"on {describe(current)}; visited so far: {[describe(w) for w in seen]}")
        seen.append(after)  # type: ignore[arg-type]
        current = after
    return seen


def focusable(top: QWidget) -> list[QWidget]:
    """Visible, enabled widgets that take focus by Tab."""
    return [w for w in top.findChildren(QWidget)
            if w.isVisibleTo(top) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None]
