"""Every screen, dialog and PDF of the app in one language, as pictures for the docs:
``make screenshots-es`` (``python tools/make_language_screenshots.py es``).

Issue 21 asks for the proof that the app speaks a language everywhere, not only where a
test looks: this makes the demo database under the language's locale (``LANG=es_US.UTF-8``
for ``es``, with no override that could stand in the way), runs the ``screenshots``
command (every screen and main dialog), writes the three PDFs a user hands to someone
else — the renewal summary, the entry-level transcript and a school's class audit (the
sample class in ``resources/sample/``) — and renders each PDF's pages with ``pdftoppm``.
Everything lands in ``docs/screenshots/<language>/`` (screens at the window's size, PDF
pages at 80 dpi), reduced to 256 colours: flat colours lose nothing visible, at about half
the size.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
LOCALES = {"es": "es_US.UTF-8", "en": "en_US.UTF-8"}
PDF_DPI = "80"


def shrink(source: Path, target: Path) -> None:
    with Image.open(source) as image:
        picture = image.convert("RGB")
    picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)


def environment(language: str, home: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": LOCALES[language],
           "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache")}
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_TIME"):
        env.pop(name, None)  # the app follows the system's language: nothing may override it
    return env


def pdf_pages(pdf: Path, stem: str, out: Path, scratch: Path) -> list[Path]:
    prefix = scratch / stem
    subprocess.run(["pdftoppm", "-png", "-r", PDF_DPI, str(pdf), str(prefix)], check=True)
    made = []
    for page in sorted(scratch.glob(f"{stem}-*.png")):
        number = int(page.stem.rsplit("-", 1)[1])
        target = out / f"pdf-{stem}-page{number}.png"
        shrink(page, target)
        made.append(target)
    return made


def main(argv: list[str]) -> int:
    language = argv[0] if argv else "es"
    if language not in LOCALES:
        print(f"language {language!r}: use one of {', '.join(LOCALES)}", file=sys.stderr)
        return 2
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install poppler-utils", file=sys.stderr)
        return 2
    out = ROOT / "docs" / "screenshots" / language
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        env = environment(language, scratch / "home")
        db = scratch / "demo.sqlite3"
        base = [sys.executable, "-m", "lmt_tracker", "--db", str(db)]

        def run(*args: str) -> None:
            subprocess.run([*base, *args], check=True, env=env, cwd=ROOT)

        run("demo")
        run("screenshots", "--out", str(scratch / "shots"))
        run("report", "renewal", "--credential", "1", "--out", str(scratch / "renewal.pdf"))
        run("report", "transcript", "--out", str(scratch / "transcript.pdf"))
        audit = subprocess.run([*base, "audit", str(ROOT / "resources" / "sample" /
                                                     "class-example.csv"),
                                "--states", "FL,NY,TX", "--out", str(scratch / "audit.pdf")],
                               env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
        if audit.returncode not in (0, 1):  # 1: some sample rows refused, on purpose
            return audit.returncode
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        for shot in sorted((scratch / "shots").glob("*.png")):
            shrink(shot, out / shot.name)
        for stem in ("renewal", "transcript", "audit"):
            pdf_pages(scratch / f"{stem}.pdf", stem, out, scratch)
    total = sum(p.stat().st_size for p in out.iterdir())
    print(f"{len(list(out.iterdir()))} pictures in {out.relative_to(ROOT)}, {total:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
