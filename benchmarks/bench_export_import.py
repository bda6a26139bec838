"""Export and import of 100,000 courses against raw sqlite3 moving the same rows.

The database is the demo record (a therapist, five credentials, twenty certificates,
a school class) plus 100,000 synthetic courses (``demo_bundle(extra_courses=N)``), in
an SQLite file at the current schema. Times, in the same run, alternating:

* export — ``lmt_tracker.io.exchange.export_to``: read every table into records, build
  the versioned JSON document (certificates base64), write it atomically (fsync,
  rename) — what ``lmt-tracker export --out F.json`` does;
* export baseline — raw ``sqlite3``: ``SELECT`` the course, topic, approval and
  certificate rows, ``json.dumps`` the tuples, write the file;
* import — ``lmt_tracker.io.exchange.import_from`` into a new database: read, decode and
  validate the whole document (every record checked, as for a file from anywhere),
  then write it in one transaction — what ``lmt-tracker import F.json`` does;
* import baseline — raw ``sqlite3.executemany`` of the same course, topic, approval
  and certificate rows into a new database of the same schema, one transaction.

Each new database is created and migrated before its timer starts. PRODUCT.md sets no
bar for these; the figures show what the safety (validation, one transaction, atomic
file) costs over moving the bytes. Run:
``python benchmarks/bench_export_import.py [--courses N] [--repeat R]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TODAY = dt.date(2026, 6, 1)
TABLES = {
    "certificate": "SELECT sha256, file_name, media_type, size, data FROM certificate",
    "course": "SELECT id, version, title, provider, completed, hours, hour_minutes, delivery, "
              "notes, certificate_sha256, applies_to_all FROM course",
    "course_topic": "SELECT course_id, topic, hours FROM course_topic",
    "course_approval": "SELECT course_id, body, number FROM course_approval",
}


def raw_rows(bundle) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    """The bundle's certificate and course rows as the tuples sqlite3 stores."""
    courses = bundle.courses
    return {
        "certificate": [(c.sha256, c.file_name, c.media_type, len(c.data), c.data)
                        for c in bundle.certificates],
        "course": [(c.id, 1, c.title, c.provider, c.completed.isoformat(), str(c.hours),
                    c.hour_minutes, c.delivery, c.notes, c.certificate_sha256,
                    c.applies_to is None) for c in courses],
        "course_topic": [(c.id, t.topic, str(t.hours)) for c in courses for t in c.topics],
        "course_approval": [(c.id, a.body, a.number) for c in courses for a in c.approvals],
    }


def connect(path: Path) -> sqlite3.Connection:
    """sqlite3 with the pragmas the app sets on every connection (store/engine.py)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def raw_import(path: Path, rows: dict[str, list[tuple]]) -> None:
    conn = connect(path)
    conn.execute("BEGIN")
    for table, values in rows.items():
        columns = TABLES[table].split("SELECT ", 1)[1].split(" FROM", 1)[0]
        marks = ", ".join("?" * len(values[0]))
        conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)
    conn.execute("COMMIT")
    conn.close()


def raw_export(path: Path, out: Path) -> None:
    conn = connect(path)
    dumped = {}
    for table, query in TABLES.items():
        rows = conn.execute(query).fetchall()
        dumped[table] = [[v.hex() if isinstance(v, bytes) else v for v in row] for row in rows]
    conn.close()
    out.write_text(json.dumps(dumped), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--courses", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lmt-bench-exchange-") as scratch:
        root = Path(scratch)
        # Any automatic backup goes to this run's folder, never the user's data folder.
        os.environ["XDG_DATA_HOME"] = str(root / "data")
        os.environ["HOME"] = str(root)
        from lmt_tracker.io.demo import demo_bundle
        from lmt_tracker.io.exchange import export_to, import_from
        from lmt_tracker.store import open_database
        from lmt_tracker.store.bulk import write_bundle

        bundle = demo_bundle(TODAY, extra_courses=args.courses)
        rows = raw_rows(bundle)
        source = root / "source.sqlite3"
        store = open_database(str(source), daily_backup=False)
        write_bundle(store, bundle, replace=False)
        count = [0]

        def fresh() -> Path:
            """A new database at the current schema, outside any timer."""
            count[0] += 1
            path = root / f"new{count[0]}.sqlite3"
            open_database(str(path), daily_backup=False).close()
            return path

        document = root / "export.json"
        times: dict[str, list[float]] = {}

        def timed(name: str, action: Callable[[], object]) -> None:
            started = time.perf_counter()
            action()
            times.setdefault(name, []).append(time.perf_counter() - started)

        for _ in range(args.repeat):
            timed("export", lambda: export_to(store, document))
            timed("export baseline", lambda: raw_export(source, root / "raw.json"))
            target = open_database(str(fresh()), daily_backup=False)
            timed("import", lambda t=target: import_from(t, document))
            imported = len(target.courses())
            target.close()
            empty = fresh()
            timed("import baseline", lambda p=empty: raw_import(p, rows))
        size = document.stat().st_size
        store.close()
    if imported != len(bundle.courses):
        print(f"round trip lost courses: {imported} of {len(bundle.courses)}", file=sys.stderr)
        return 1

    def ms(name: str) -> float:
        return statistics.median(times[name]) * 1000

    print(f"courses: {len(bundle.courses):,} (+ {len(bundle.certificates)} certificates, "
          f"{sum(len(k.graduates) for k in bundle.classes)} graduates); export file "
          f"{size / 1e6:.1f} MB; runs: {args.repeat} (median, wall time)")
    for step in ("export", "import"):
        print(f"{step:6}: {ms(step):8.0f} ms   raw sqlite3 {ms(step + ' baseline'):7.0f} ms   "
              f"ratio {ms(step) / ms(step + ' baseline'):5.2f}x")
    total = (ms("export") + ms("import")) / (ms("export baseline") + ms("import baseline"))
    print(f"ratio: {total:.2f}x raw sqlite3 for the round trip (no bar in PRODUCT.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
