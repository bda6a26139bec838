"""The app icon at every hicolor size, rendered from its one SVG with QtSvg.

Why: a launcher picks the PNG nearest the size it draws (menus 16–24 px, docks 48–64,
software centres 128 and up) and some draw only PNGs, so the desktop entry ships one
per size in ``resources/desktop`` next to the SVG's ``scalable`` copy. The PNGs are
generated here, never drawn by hand, so the SVG stays the one source of truth:
``python -m lmt_tracker.gui.icon_render`` rewrites them after the SVG changes, and
``tests/desktop/test_icons.py`` fails while they differ from this rendering.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from lmt_tracker import paths, portable
from lmt_tracker.desktop import HICOLOR_SIZES, icon_png


def render(svg: Path, size: int) -> QImage:
    """``svg`` drawn antialiased on a transparent ``size``×``size`` image."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("rendering an SVG needs a QGuiApplication")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG in memory (written to disk through ``portable``)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # (stubs say bytes)
        raise RuntimeError("could not encode the icon as PNG")
    buffer.close()
    return bytes(data.data())


def write_all(folder: Path | None = None) -> list[Path]:
    """Render the app's SVG at every hicolor size into ``folder`` (the shipped PNGs)."""
    svg = paths.resource("icons", "lmt-tracker.svg")
    written = []
    for size in HICOLOR_SIZES:
        target = (folder or paths.resource("desktop")) / icon_png(size)
        portable.atomic_write(target, png_bytes(render(svg, size)))
        portable.set_mode(target, 0o644)  # a data file of the source tree, not a record
        written.append(target)
    return written


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    for path in write_all():
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
