"""Renewal PDF bar: a 200-course renewal summary at most 1.5x reportlab drawing the table bare.

Times, in the same run and process (fonts registered and rules loaded beforehand):

* bare   — reportlab alone lays out the summary's course table: the same 200 rows of
  the same escaped Paragraph cells, fonts and column widths, in a SimpleDocTemplate
  (no header, requirements, sources, attestation, page numbering or metadata);
* report — the whole product path from the record: the renewal judgement (CE
  allocation), the tables, and the finished PDF with every section and "page x of y".

Certificates are left out of both: attaching files is the same work with or without
the report around them. Run: ``python benchmarks/bench_renewal_pdf.py [--courses N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal

from pypdf import PdfReader
from reportlab.platypus import Flowable, Frame, PageTemplate, SimpleDocTemplate

from lmt_tracker.domain.core.records import (
    Approval,
    Course,
    Credential,
    Record,
    Therapist,
    TopicHours,
)
from lmt_tracker.reports import styles as st
from lmt_tracker.reports.api import build_renewal, renewal_pdf
from lmt_tracker.reports.fonts import register_fonts
from lmt_tracker.reports.layout import MARGIN, PORTRAIT
from lmt_tracker.reports.renewal import courses_table
from lmt_tracker.rules.loader import load_all

AS_OF = dt.date(2026, 11, 27)
CYCLE_START = dt.date(2025, 9, 1)  # Florida's biennium holding AS_OF
TARGET = 1.5
WORDS = ("Myofascial", "Release", "Ethics", "Boundaries", "Prenatal", "Massage", "Lymphatic",
         "Drainage", "Sports", "Trigger", "Point", "Oncology", "Research", "Literacy", "Pain",
         "Science", "Cupping", "Self-Care", "Laws", "Rules", "Human", "Trafficking")
TOPICS = ("hands_on", "ethics", "laws_rules", "medical_errors", "research", "self_care")
DELIVERIES = ("in_person", "live_online", "self_study")


def make_record(count: int, seed: int = 7) -> Record:
    """A Florida licensee with ``count`` courses completed inside the current biennium."""
    rng = random.Random(seed)
    span = (AS_OF - CYCLE_START).days
    courses = []
    for n in range(count):
        hours = Decimal(rng.choice((1, 2, 3, 4, 6, 8)))
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9)))
        courses.append(Course(
            f"{title} ({n + 1})", f"Provider {rng.randint(1, 40)} Institute",
            CYCLE_START + dt.timedelta(days=rng.randrange(span)), hours,
            DELIVERIES[n % 3], hour_minutes=rng.choice((50, 60)),
            topics=(TopicHours(TOPICS[n % len(TOPICS)], hours),),
            approvals=(Approval("NCBTMB", f"{451000 + n}-00"), Approval("FL", f"50-{12000 + n}")),
            id=n + 1))
    therapist = Therapist("Mai", "Trần-Ellis", dt.date(1988, 8, 14), id=1)
    licence = Credential("state_license", "FL", "MA98765", "Licensed Massage Therapist",
                         dt.date(2021, 1, 15), dt.date(2027, 8, 31), id=1)
    return Record(therapist, (), (), (licence,), tuple(courses))


GENERATED = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)


def report_pdf(record: Record) -> bytes:
    """The product path: judge, build the tables, render the finished PDF."""
    return renewal_pdf(build_renewal(record, 1, AS_OF, GENERATED), {})


def bare_pdf(table: Flowable) -> bytes:
    """reportlab alone drawing one table, on the report's page geometry (same frame)."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=PORTRAIT, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN)
    frame = Frame(MARGIN, MARGIN, PORTRAIT[0] - 2 * MARGIN, PORTRAIT[1] - 2 * MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("bare", [frame])])
    doc.build([table])
    return buffer.getvalue()


def timed(repeat: int, actions: dict[str, Callable[[], object]]) -> dict[str, list[float]]:
    """CPU seconds of each action, ``repeat`` times, interleaved.

    CPU time of this process (not wall time) and interleaving keep other work on the
    machine from favouring one side of the ratio.
    """
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(repeat):
        for name, action in actions.items():
            start = time.process_time()
            action()
            times[name].append(time.process_time() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--courses", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    record = make_record(args.courses)
    register_fonts()
    st.styles()
    load_all()
    report = build_renewal(record, 1, AS_OF, GENERATED)

    def bare() -> None:
        # The cells are built inside the timer: Paragraph parsing is part of drawing.
        bare_pdf(courses_table(report))

    def full() -> None:
        report_pdf(record)

    bare()  # warm up both paths
    full()
    times = timed(args.repeat, {"bare": bare, "full": full})
    bare_median, full_median = (statistics.median(times[k]) for k in ("bare", "full"))
    ratio = full_median / bare_median
    pages = len(PdfReader(io.BytesIO(report_pdf(record))).pages)
    bare_pages = len(PdfReader(io.BytesIO(bare_pdf(courses_table(report)))).pages)
    print(f"courses: {args.courses}; pages: report {pages}, bare table {bare_pages}; "
          f"runs: {args.repeat} (CPU time, median)")
    print(f"bare reportlab table : {bare_median * 1000:7.1f} ms  (best "
          f"{min(times['bare']) * 1000:.1f} ms)")
    print(f"renewal summary      : {full_median * 1000:7.1f} ms  (best "
          f"{min(times['full']) * 1000:.1f} ms)")
    verdict = "OK" if ratio <= TARGET else "OVER"
    print(f"ratio: {ratio:.2f}x (target <= {TARGET}x) {verdict}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
