"""The shipped launcher icons are the one SVG rendered at each hicolor size.

If the SVG changes and the PNGs are not regenerated (``python -m
lmt_tracker.gui.icon_render``), a launcher would show the old picture: these fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from lmt_tracker import desktop
from lmt_tracker.gui import icon_render

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "desktop"
SVG = ROOT / "resources" / "icons" / "lmt-tracker.svg"
# The Icon Theme specification's usual hicolor sizes, as the issue asks (16 to 512).
SIZES = [16, 24, 32, 48, 64, 128, 256, 512]


def test_one_png_per_hicolor_size_and_no_other() -> None:
    assert list(desktop.HICOLOR_SIZES) == SIZES
    assert sorted(p.name for p in SHIPPED.glob("*.png")) == sorted(
        f"hicolor-{s}.png" for s in SIZES)


@pytest.mark.parametrize("size", SIZES)
def test_each_png_is_the_svg_rendered_at_its_size(qapp, size: int) -> None:
    shipped = QImage(str(SHIPPED / f"hicolor-{size}.png"))
    assert (shipped.width(), shipped.height()) == (size, size)
    fresh = icon_render.render(SVG, size).convertToFormat(QImage.Format.Format_ARGB32)
    shipped = shipped.convertToFormat(QImage.Format.Format_ARGB32)
    # Antialiasing may differ by a step between Qt versions: compare each channel
    # within 8/255, and require most of the picture to be drawn at all.
    worst = 0
    opaque = 0
    for y in range(size):
        for x in range(size):
            a, b = shipped.pixel(x, y), fresh.pixel(x, y)
            worst = max(worst, *(abs(((a >> s) & 255) - ((b >> s) & 255)) for s in (0, 8, 16, 24)))
            opaque += ((a >> 24) & 255) == 255
    assert worst <= 8, f"{size} px differs from the SVG by {worst}/255 in some pixel"
    assert opaque > size * size * 0.7  # the rounded square fills most of it


def test_the_corners_are_transparent_and_the_middle_is_the_icons_blue(qapp) -> None:
    """By hand from the SVG: a #2f6f8f square with 14/64 rounded corners."""
    image = QImage(str(SHIPPED / "hicolor-64.png")).convertToFormat(QImage.Format.Format_ARGB32)
    assert (image.pixel(0, 0) >> 24) == 0
    assert image.pixel(8, 40) & 0xFFFFFF == 0x2F6F8F


def test_writing_them_again_gives_the_same_files(qapp, tmp_path: Path) -> None:
    written = icon_render.write_all(tmp_path)
    assert [p.name for p in written] == [f"hicolor-{s}.png" for s in SIZES]
    for path in written:
        again = QImage(str(path))
        assert (again.width(), again.height()) == (int(path.stem.split("-")[1]),) * 2
