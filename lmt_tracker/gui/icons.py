"""SVG icons from ``resources/icons``, drawn in the theme's text colour.

The files use ``currentColor``; we substitute the palette colour. Icons are
drawn lazily by a small QIconEngine at exactly the size (and screen density)
asked for, so they stay crisp at any scale and cost nothing until painted —
the sidebar's icons must not delay the window's first paint.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap

from lmt_tracker import paths


@cache
def _svg_bytes(name: str, colour: str) -> QByteArray:
    text = paths.resource("icons", f"{name}.svg").read_text(encoding="utf-8")
    return QByteArray(text.replace("currentColor", colour).encode("utf-8"))


@cache
def _renderer(name: str, colour: str):
    from PySide6.QtSvg import QSvgRenderer

    return QSvgRenderer(_svg_bytes(name, colour))


class _SvgEngine(QIconEngine):
    """Renders one tinted SVG on demand; disabled icons use the muted colour."""

    def __init__(self, name: str, colour: str, disabled: str) -> None:
        super().__init__()
        self.name, self.colour, self.disabled = name, colour, disabled

    def _tint(self, mode: QIcon.Mode) -> str:
        return self.disabled if mode == QIcon.Mode.Disabled else self.colour

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _renderer(self.name, self._tint(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent (no Qt namespace before first paint)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgEngine(self.name, self.colour, self.disabled)


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon ``name`` tinted ``colour`` (default: the theme's text colour)."""
    from lmt_tracker.gui import theme

    c = theme.colours()
    return QIcon(_SvgEngine(name, colour or c.text, c.muted))


def app_icon() -> QIcon:
    return QIcon(str(paths.resource("icons", "lmt-tracker.svg")))


def clear() -> None:
    """Forget rendered icons (after a theme change)."""
    _renderer.cache_clear()
