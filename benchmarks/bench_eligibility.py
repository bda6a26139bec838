"""School audit bar: 10,000 graduates against every jurisdiction in under 1 s on one core.

Prints the time of ``eligibility_for_cohort`` (cold: checkers compiled and memos empty
at the start of each run) and its ratio to a bare loop comparing every graduate's total
hours with every jurisdiction's total (the same 540,000 pairs, nothing else).

    python benchmarks/bench_eligibility.py [--graduates N] [--repeat R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from decimal import Decimal

from lmt_tracker.domain.core.records import Graduate
from lmt_tracker.domain.entry import eligibility
from lmt_tracker.domain.entry.applicant import Applicant
from lmt_tracker.domain.entry.eligibility import eligibility_for_cohort
from lmt_tracker.rules.loader import load_all

AS_OF = dt.date(2026, 6, 1)
TARGET_S = 1.0
SUBJECTS = (
    "anatomy",
    "physiology",
    "kinesiology",
    "pathology",
    "massage_theory_technique",
    "clinical_practicum",
    "ethics",
    "business",
    "laws_rules",
    "first_aid_cpr",
    "hygiene_sanitation",
    "electives",
)


def cohort(n: int, seed: int = 7) -> list[Graduate]:
    """Classes of 300 share a curriculum; a few students miss hours or the MBLEx."""
    rnd = random.Random(seed)
    out: list[Graduate] = []
    classes = max(1, n // 300)
    for k in range(classes):
        base = {s: Decimal(rnd.choice((20, 40, 60, 80, 100, 120))) for s in SUBJECTS}
        start = dt.date(2023 + k % 3, 1 + k % 12, 1)
        online = Decimal(rnd.choice((0, 50, 100, 150)))
        clinical = Decimal(rnd.choice((30, 60, 100)))
        for i in range(n // classes + (1 if k < n % classes else 0)):
            hours = dict(base)
            if rnd.random() < 0.1:  # a student who missed a module
                hours[rnd.choice(SUBJECTS)] -= Decimal(10)
            mblex = rnd.choices(("pass", "fail", "none"), (80, 8, 12))[0]
            out.append(
                Graduate(
                    student_id=f"{k}-{i}",
                    name=f"Student {k}-{i}",
                    total_hours=sum(hours.values(), Decimal(0)),
                    subject_hours=tuple(sorted(hours.items())),
                    online_hours=online,
                    clinical_hours=clinical,
                    program_start=start,
                    graduation_date=start + dt.timedelta(days=300),
                    birth_date=dt.date(1975 + rnd.randrange(30), 1 + rnd.randrange(12), 1),
                    mblex=mblex,
                    mblex_date=dt.date(2025, 1 + rnd.randrange(12), 1) if mblex != "none" else None,
                )
            )
    return out[:n]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--graduates", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    rules = list(load_all().values())
    grads = cohort(args.graduates)
    applicants = [Applicant.from_graduate(g, AS_OF) for g in grads]
    totals = [
        (j.current(AS_OF).entry.total_hours if j.current(AS_OF).entry else None) or Decimal(0)
        for j in rules
    ]

    best = float("inf")
    rows = []
    for _ in range(args.repeat):
        eligibility._COMPILED.clear()  # cold: compile and memoise inside the timing
        t0 = time.perf_counter()
        rows = eligibility_for_cohort(applicants, rules, AS_OF)
        best = min(best, time.perf_counter() - t0)

    base = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        met = 0
        for g in grads:
            h = g.total_hours
            for need in totals:
                if h >= need:
                    met += 1
        base = min(base, time.perf_counter() - t0)

    pairs = len(applicants) * len(rules)
    classes = len({id(r) for r in rows})
    eligible = sum(1 for row in rows for r in row if r.eligible)
    print(
        f"eligibility: {len(applicants)} graduates x {len(rules)} jurisdictions = {pairs} "
        f"verdicts in {best * 1000:.1f} ms (target < {TARGET_S * 1000:.0f} ms; "
        f"{classes} distinct classes; {eligible} eligible verdicts)"
    )
    print(f"baseline bare loop over the same pairs: {base * 1000:.1f} ms")
    print(f"ratio: {best / base:.2f}x the bare loop")
    return 0 if best < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
