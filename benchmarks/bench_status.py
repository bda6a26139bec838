"""Status bar: every credential of a therapist with 5,000 courses judged in under 10 ms.

The therapist holds two state licences (Florida: 50-minute hours, prorating, topic and
in-person minimums; Texas), NCBTMB board certification (self-care cap) and a CPR card.
Prints the time of ``evaluate_status`` (best of N) and its ratio to a bare loop over
the same numbers: summing every course's hours once per credential.

    python benchmarks/bench_status.py [--courses N] [--repeat R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from decimal import Decimal

from lmt_tracker.domain.core.records import (
    Approval,
    Course,
    Credential,
    Record,
    Therapist,
    TopicHours,
)
from lmt_tracker.domain.status import evaluate_status
from lmt_tracker.rules.loader import load_all

AS_OF = dt.date(2026, 6, 1)
TARGET_MS = 10.0
TOPICS = ("ethics", "laws_rules", "medical_errors", "self_care", "hands_on", "general")
DELIVERY = ("in_person", "live_online", "self_study")


def record(n: int, seed: int = 11) -> Record:
    rnd = random.Random(seed)
    start = AS_OF - dt.timedelta(days=365 * 10)
    courses = []
    for i in range(n):
        hours = Decimal(rnd.choice((1, 2, 3, 4, 6, 8)))
        topic = rnd.choice(TOPICS)
        courses.append(
            Course(
                title=f"Course {i}",
                provider=f"Provider {i % 40}",
                completed=start + dt.timedelta(days=rnd.randrange(365 * 10)),
                hours=hours,
                delivery=rnd.choice(DELIVERY),
                hour_minutes=rnd.choice((50, 60)),
                topics=(TopicHours(topic, hours),) if topic != "general" else (),
                approvals=(Approval("NCBTMB", f"{i}"),) if i % 3 == 0 else (),
                id=i + 1,
            )
        )
    return Record(
        Therapist("Ann", "Lee", dt.date(1985, 3, 14)),
        credentials=(
            Credential("state_license", "FL", "MA12345", "LMT", dt.date(2015, 4, 1), None, id=1),
            Credential("state_license", "TX", "54321", "LMT", dt.date(2018, 2, 10), None, id=2),
            Credential(
                "national_certification", "NCBTMB", "N-77", "BCTMB", dt.date(2019, 7, 1), None, id=3
            ),
            Credential(
                "cpr_card", "AHA", "c-1", "CPR", dt.date(2025, 1, 1), dt.date(2027, 1, 1), id=4
            ),
        ),
        courses=tuple(courses),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--courses", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    rules = load_all()
    rec = record(args.courses)
    best = float("inf")
    results = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        results = evaluate_status(rec, rules, AS_OF)
        best = min(best, time.perf_counter() - t0)
    base = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for _cred in rec.credentials:
            total = Decimal(0)
            for c in rec.courses:
                total += c.hours
        base = min(base, time.perf_counter() - t0)
    ms = best * 1000
    print(
        f"status: {len(rec.credentials)} credentials, {len(rec.courses)} courses in "
        f"{ms:.2f} ms (target < {TARGET_MS:.0f} ms)"
    )
    for s in results:
        print(
            f"  {s.jurisdiction:7} {s.cycle_start}..{s.cycle_end} required={s.required_hours} "
            f"counted={s.counted_hours} compliant={s.compliant}"
        )
    print(f"baseline bare loop over the same numbers: {base * 1000:.2f} ms")
    print(f"ratio: {best / base:.2f}x the bare loop")
    return 0 if ms < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
