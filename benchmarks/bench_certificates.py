"""Certificate reading bar: under 1 s per text PDF and 5 s per picture on 2 cores.

Measured in the same run, on the generated certificates of
``tests/certificates/certificate_samples.py`` — the 7 hand-written layouts and the 36
composed ones (6 templates × wordings of dates, hours, delivery and approvals × fonts,
alignment, logo, border), each as a text PDF and as a picture turned 0.8° with
speckle noise:

* bare PDF   — pypdf alone: open the PDF and extract the text of its pages;
* read PDF   — the whole reader in-process: file checks, text, every field parsed;
* bare OCR   — pytesseract alone on the same picture, as it comes;
* read image — the whole reader: size checks, greyscale and scaling, OCR, parsing;
* process    — ``python -m lmt_tracker certificate read FILE --json`` as a fresh
  process (interpreter, imports and all), for one PDF and one picture, beside
  ``lmt-tracker --version``: what a user waits for.

It prints each time, the reader's ratio to its bare baseline, and the field-level
accuracy per field and overall (title, provider, date, hours with unit, delivery,
name, approvals, topics), against the truth written beside each layout.
Exit status 1 when a time is over its bar.

Run: ``python benchmarks/bench_certificates.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lmt_tracker.certificates import read_certificate  # noqa: E402
from lmt_tracker.domain.core.certificate_checks import make_certificate  # noqa: E402
from tests.certificates.certificate_samples import (  # noqa: E402
    SAMPLES,
    Layout,
    corpus,
    corpus_pdf,
    corpus_png,
)

PDF_BAR_S = 1.0
IMAGE_BAR_S = 5.0
FIELDS = ("title", "provider", "completed", "hours", "delivery", "participant", "approvals",
          "topics")


def _best(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def _bare_pdf(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _bare_ocr(data: bytes) -> str:
    import pytesseract
    from PIL import Image

    return str(pytesseract.image_to_string(Image.open(io.BytesIO(data))))


def _got(reading: object) -> dict[str, object]:
    r = reading
    return {
        "title": r.title and r.title.value, "provider": r.provider and r.provider.value,
        "completed": r.completed and r.completed.value,
        "hours": r.hours and (r.hours.hours, r.hours.hour_minutes),
        "delivery": r.delivery and r.delivery.value,
        "participant": r.participant and r.participant.value,
        "approvals": tuple((a.body, a.number) for a in r.approvals),
        "topics": frozenset(t.key for t in r.topics),
    }


def _want(sample: object) -> dict[str, object]:
    t = sample.truth
    return {"title": t.title, "provider": t.provider, "completed": t.completed,
            "hours": (t.hours, t.hour_minutes), "delivery": t.delivery,
            "participant": t.participant, "approvals": t.approvals,
            "topics": frozenset(t.topics)}


def _accuracy(kind: str, readings: list[tuple[object, object]]) -> float:
    right = dict.fromkeys(FIELDS, 0)
    for sample, reading in readings:
        got, want = _got(reading), _want(sample)
        for f in FIELDS:
            right[f] += got[f] == want[f]
    n = len(readings)
    total = sum(right.values()) / (n * len(FIELDS))
    cells = "  ".join(f"{f} {right[f] / n:.0%}" for f in FIELDS)
    print(f"accuracy {kind:6} {total:6.1%} overall   {cells}")
    return total


def _process(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, capture_output=True,
                   cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    over: list[str] = []
    layouts = [(s, Layout()) for s in SAMPLES] + list(corpus())
    pdfs = [(s, corpus_pdf(s, layout)) for s, layout in layouts]
    print(f"{len(layouts)} certificate layouts")
    bare = statistics.mean(_best(lambda d=d: _bare_pdf(d), args.rounds) for _, d in pdfs)
    read = statistics.mean(_best(lambda d=d, s=s: read_certificate(
        make_certificate(f"{s.name}.pdf", d)), args.rounds) for s, d in pdfs)
    print(f"text PDF   bare pypdf {bare * 1000:7.1f} ms   reader {read * 1000:7.1f} ms   "
          f"ratio {read / bare:4.2f}x   (bar {PDF_BAR_S:.0f} s per certificate)")
    if read > PDF_BAR_S:
        over.append("text PDF")
    _accuracy("PDF", [(s, read_certificate(make_certificate("c.pdf", d))) for s, d in pdfs])

    ocr_ok = shutil.which("tesseract") is not None
    with tempfile.TemporaryDirectory() as folder:
        pdf_path = Path(folder) / "c.pdf"
        pdf_path.write_bytes(pdfs[0][1])
        png_path = Path(folder) / "c.png"
        if ocr_ok:
            images = [(s, corpus_png(s, layout, rotate=0.8, noise=3000, seed=i))
                      for i, (s, layout) in enumerate(layouts)]
            png_path.write_bytes(images[0][1])
            from lmt_tracker.certificates import ocr

            ocr.available()  # the baseline runs Tesseract with the reader's settings too
            bare_ocr = statistics.mean(_best(lambda d=d: _bare_ocr(d), 1) for _, d in images[::4])
            readings, times = [], []
            for s, d in images:
                started = time.perf_counter()
                readings.append((s, read_certificate(make_certificate("c.png", d))))
                times.append(time.perf_counter() - started)
            worst = max(times)
            print(f"picture    bare OCR {bare_ocr:6.2f} s   reader {statistics.mean(times):6.2f} s "
                  f"(worst {worst:.2f} s)   ratio {statistics.mean(times) / bare_ocr:4.2f}x   "
                  f"(bar {IMAGE_BAR_S:.0f} s per certificate)")
            if worst > IMAGE_BAR_S:
                over.append("picture")
            _accuracy("image", readings)
        else:
            print("picture    skipped: Tesseract OCR is not installed")
        version = min(_process(["-m", "lmt_tracker", "--version"]) for _ in range(args.rounds))
        whole_pdf = min(_process(["-m", "lmt_tracker", "certificate", "read", str(pdf_path),
                                  "--json"]) for _ in range(args.rounds))
        line = (f"process    --version {version:5.2f} s   read text PDF {whole_pdf:5.2f} s "
                f"({whole_pdf / version:4.2f}x)")
        if whole_pdf > PDF_BAR_S:
            over.append("text PDF process")
        if ocr_ok:
            whole_png = min(_process(["-m", "lmt_tracker", "certificate", "read",
                                      str(png_path), "--json"]) for _ in range(args.rounds))
            line += f"   read picture {whole_png:5.2f} s ({whole_png / version:4.2f}x)"
            if whole_png > IMAGE_BAR_S:
                over.append("picture process")
        print(line)
    if over:
        print("over the bar: " + ", ".join(over))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
