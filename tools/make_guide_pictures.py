"""Make the user guide's pictures (docs/guide/*.png) from the app itself: ``make guide-pictures``.

The pictures are the ``screenshots`` command's, on the demo database, so the guide shows
the app as it is; they ship inside the package (the guide opens in the app, offline), so
each is scaled to the guide's reading width and reduced to 256 colours (a screen of flat
colours loses nothing visible), about a tenth of the full picture's size.

Run from the source checkout: ``python tools/make_guide_pictures.py`` (offscreen; about a
minute). ``--language es`` makes the Spanish guide's pictures (``docs/guide/es/``) from the
app under ``LANG=es_US.UTF-8``. Which screenshot illustrates which section is the table
below; the guide names the files, and tests/help/test_user_guide.py checks every named
picture exists.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "guide"
WIDTH = 760  # the Help window's reading width, in pixels

# guide picture ← the screenshots command's file
PICTURES = {
    "first-setup.png": "dialog-wizard.png",
    "dashboard.png": "01-dashboard.png",
    "course.png": "dialog-course-new.png",
    "courses.png": "05-courses.png",
    "credentials.png": "04-credentials.png",
    "rules-compare.png": "06-rules-compare.png",
    "reports.png": "07-reports-preview.png",
    "school.png": "08-school.png",
    "settings.png": "09-settings.png",
}


def shrink(source: Path, target: Path) -> None:
    with Image.open(source) as image:
        picture = image.convert("RGB")
    if picture.width > WIDTH:
        height = round(picture.height * WIDTH / picture.width)
        picture = picture.resize((WIDTH, height), Image.Resampling.LANCZOS)
    picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)


def main(argv: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    target = GUIDE
    if argv[:1] == ["--language"] and argv[1:2] and argv[1] != "en":
        # The app follows the system's language: no override may stand in its way.
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            env.pop(name, None)
        env["LANG"] = {"es": "es_US.UTF-8"}.get(argv[1], argv[1])
        target = GUIDE / argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        db, shots = Path(tmp, "demo.sqlite3"), Path(tmp, "shots")
        base = [sys.executable, "-m", "lmt_tracker", "--db", str(db)]
        subprocess.run([*base, "demo"], check=True, env=env, cwd=ROOT)
        subprocess.run([*base, "screenshots", "--out", str(shots)], check=True, env=env,
                       cwd=ROOT)
        target.mkdir(exist_ok=True)
        for name, shot in PICTURES.items():
            shrink(shots / shot, target / name)
            print(target / name, f"{(target / name).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
