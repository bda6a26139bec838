"""One of the ten editors of the soak test: add, edit and delete until told to stop, logging each.

Run as ``python soak_child.py TARGET WORKER SEED SECONDS OUT STOP``. TARGET is an SQLite
file or a PostgreSQL URL, opened with the app's ``open_database``. The editor picks
courses, credentials and graduates from what it has just read — the same few
records every other editor is picking from — and changes them the way a window
does: it saves the record with the version it read. Every outcome goes to OUT as
one JSON line, written as it happens (the test reads the logs while the editors run):
what was asked, and whether the store said it was saved (with the id, version and
the unique mark written), refused as changed elsewhere, or failed otherwise (a
failure of the test). The editor stops when the file STOP appears (the test has seen
enough editors meet) or after SECONDS, whichever comes first.

Deletions never take the newest record an editor has seen, so an id is never freed
and reused (SQLite would reuse the highest rowid) and each id has one life.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import random
import sys
import time
from decimal import Decimal
from typing import Any

SCHOOL = "Soak School"
CLASSES = ("Class A", "Class B", "Class C")

# operation → weight: adds and deletes balance, so the shared pool stays small and contended
WEIGHTS = {
    ("course", "add"): 3, ("course", "edit"): 6, ("course", "delete"): 3,
    ("credential", "add"): 2, ("credential", "edit"): 4, ("credential", "delete"): 2,
    ("graduate", "add"): 3, ("graduate", "edit"): 5, ("graduate", "delete"): 0.15,
}


def main() -> int:
    target, worker, seed, seconds, out, stop = sys.argv[1:7]
    from lmt_tracker.domain.core.records import Course, Credential, Graduate, TopicHours
    from lmt_tracker.store import ConcurrentEditError, open_database

    rng = random.Random(f"{seed}-{worker}")
    store = open_database(target, daily_backup=False)
    ops, weights = list(WEIGHTS), list(WEIGHTS.values())
    handle = open(out, "w", encoding="utf-8")  # noqa: SIM115 - the whole run
    end = time.monotonic() + float(seconds)
    n = 0

    def pick(records: list[Any]) -> Any | None:
        return rng.choice(records) if records else None

    def deletable(records: list[Any]) -> Any | None:
        newest = max((r.id for r in records), default=None)
        return pick([r for r in records if r.id != newest])

    while time.monotonic() < end and not os.path.exists(stop):
        n += 1
        mark = f"w{worker}-{n}"
        kind, op = rng.choices(ops, weights)[0]
        entry: dict[str, Any] = {"kind": kind, "op": op, "mark": mark, "t0": time.monotonic()}
        try:
            if kind == "course":
                courses = store.courses()
                if op == "add":
                    saved = store.save_course(Course(
                        mark, "Soak Provider", dt.date(2025, 3, 1), Decimal(3), "live_online",
                        topics=(TopicHours("ethics", Decimal(2)),)))
                    entry |= {"id": saved.id, "version": saved.version}
                elif op == "edit" and (c := pick(courses)):
                    entry |= {"id": c.id, "read": c.version}
                    saved = store.save_course(dataclasses.replace(c, notes=mark))
                    entry["version"] = saved.version
                elif op == "delete" and (c := deletable(courses)):
                    entry |= {"id": c.id, "read": c.version}
                    store.delete_course(c.id, version=c.version)
                else:
                    continue
            elif kind == "credential":
                credentials = store.credentials()
                if op == "add":
                    saved = store.save_credential(
                        Credential("state_license", "FL", mark, "LMT", None, None))
                    entry |= {"id": saved.id, "version": saved.version}
                elif op == "edit" and (c := pick(credentials)):
                    entry |= {"id": c.id, "read": c.version}
                    saved = store.save_credential(dataclasses.replace(c, notes=mark))
                    entry["version"] = saved.version
                elif op == "delete" and (c := deletable(credentials)):
                    entry |= {"id": c.id, "read": c.version}
                    store.delete_credential(c.id, version=c.version)
                else:
                    continue
            else:
                klass = rng.choice(CLASSES)
                entry["class"] = klass
                if op == "add":
                    store.save_class(SCHOOL, klass, [Graduate(mark, f"Student {mark}",
                                                              Decimal(600))])
                    entry["student"] = mark
                elif op == "delete":
                    ident = next((c.id for c, school, _ in store.classes()
                                  if school == SCHOOL and c.name == klass), None)
                    if ident is None:
                        continue
                    store.delete_class(ident)
                else:
                    ident = next((c.id for c, school, _ in store.classes()
                                  if school == SCHOOL and c.name == klass), None)
                    g = pick(store.graduates(ident)) if ident is not None else None
                    if g is None:
                        continue
                    entry |= {"student": g.student_id, "read": g.version}
                    store.save_class(SCHOOL, klass, [dataclasses.replace(g, name=mark)])
                    entry["version"] = g.version + 1
            entry["outcome"] = "saved"
        except ConcurrentEditError as exc:
            entry |= {"outcome": "changed elsewhere", "message": str(exc)}
        except Exception as exc:  # anything else is what the test is looking for
            entry |= {"outcome": "failed", "message": f"{type(exc).__name__}: {exc}"}
        entry["t1"] = time.monotonic()
        handle.write(json.dumps(entry) + "\n")
        handle.flush()
    store.close()
    handle.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
