"""More than a hundred SIGKILLs over every path that writes: old or new, never half.

Paths: ``import`` into an empty database, ``import --replace``, ``demo`` on a new
file, ``restore`` (both ways), the upgrade of each released schema
(``tests/data/schemas``; the newest, already current, through one test-only
revision), saving, adding and deleting courses and credentials through the GUI's
actions (``lmt_tracker.gui.actions`` on an offscreen ``AppContext`` in the child),
attaching a certificate to a course, and a backup into a full rotation.

Each round forks a child from ``kill_server.py`` (the app imported once, so a
round costs a fork, not a start-up) and kills it with SIGKILL at a seeded random
point: two rounds in three just before a chosen SQL statement (the child's own
trace callback, so the kill lands inside the write however loaded the machine
is), the others after a random delay within the measured run. After each kill:
``PRAGMA integrity_check`` is ok, ``PRAGMA foreign_key_check`` finds nothing, and
the database holds exactly the "before" or the "after" contents (an export from
the app; for an upgrade, the schema and every row).

``LMT_KILL_SCALE`` multiplies the rounds (default 1: 116 rounds) for longer runs.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import reliability_helpers as h

from lmt_tracker.domain.core.records import Bundle
from lmt_tracker.io.demo import demo_bundle
from lmt_tracker.io.exchange import export_bytes, export_to
from lmt_tracker.store import open_database
from lmt_tracker.store.bulk import write_bundle
from lmt_tracker.store.revisions import HEAD

SEED = 20261204
SCALE = float(os.environ.get("LMT_KILL_SCALE", "1"))
SERVER = Path(__file__).resolve().parent / "kill_server.py"
STATEMENT_SHARE = 2 / 3


@dataclasses.dataclass
class Tally:
    rounds: int = 0
    killed: int = 0
    killed_during_write: int = 0  # killed just before one of its SQL statements
    before: int = 0
    after: int = 0


_XDG = {"XDG_DATA_HOME": "data", "XDG_CONFIG_HOME": "config", "XDG_CACHE_HOME": "cache",
        "XDG_STATE_HOME": "state", "XDG_RUNTIME_DIR": "runtime"}


class KillServer:
    """The test's side of ``kill_server.py``."""

    def __init__(self, log: Path) -> None:
        home = log.parent / "home"  # a module's fixture starts before each test's own HOME
        (home / "runtime").mkdir(parents=True, mode=0o700)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
               **{var: str(home / sub) for var, sub in _XDG.items()}}
        self.log = log.open("wb")
        self.proc = subprocess.Popen([sys.executable, str(SERVER)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.log, env=env,
                                     text=True, bufsize=1)
        assert json.loads(self._read()) == {"ready": True}

    def _read(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, f"the kill server died; see {self.log.name}"
        return line

    def _send(self, message: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(message) + "\n")
        self.proc.stdin.flush()

    def run(self, job: dict[str, Any], *, at_statement: int | None = None,
            after: float | None = None, count_to: Path | None = None) -> tuple[bool, float]:
        """Run one job; kill it (at a statement, or ``after`` seconds). (killed, seconds)."""
        start = time.monotonic()
        self._send({"job": job, "kill_at_statement": at_statement,
                    "count_to": str(count_to) if count_to else None})
        pid = json.loads(self._read())["pid"]
        if after is not None:
            deadline = start + after
            while time.monotonic() < deadline and not _finished(pid):
                time.sleep(0.001)
            if not _finished(pid):
                os.kill(pid, signal.SIGKILL)
        else:
            while not _finished(pid):
                time.sleep(0.001)
        elapsed = time.monotonic() - start
        self._send("reap")
        code = json.loads(self._read())["exit"]
        if code not in (0, -signal.SIGKILL):
            self.log.flush()
            tail = Path(self.log.name).read_text(errors="replace")[-3000:]
            raise AssertionError(f"the child failed with status {code}:\n{tail}")
        return code == -signal.SIGKILL, elapsed

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        self.log.close()


def _finished(pid: int) -> bool:
    """The child exited (a zombie until reaped) or was killed."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] in "ZX"
    except OSError:
        return True


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KillServer]:
    if not Path("/proc/self/stat").exists() or not hasattr(os, "fork"):
        pytest.skip("the kill server needs fork() and /proc (Linux)")
    started = KillServer(tmp_path_factory.mktemp("kill-server") / "server.log")
    yield started
    started.close()


def _checked(db: Path) -> None:
    """What the next start needs: an intact file with every reference resolved."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def _export(db: Path) -> bytes:
    _checked(db)
    store = open_database(str(db), daily_backup=False)
    try:
        return export_bytes(store)
    finally:
        store.close()


def _filled(path: Path, bundle: Bundle) -> Path:
    store = open_database(str(path), daily_backup=False)
    write_bundle(store, bundle, replace=False)
    store.close()
    return path


def _remove(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def _rounds(n: int) -> int:
    return max(1, round(n * SCALE))


def _kill_many(server: KillServer, tally: Tally, rng: random.Random, rounds: int, *,
               job: Callable[[int], dict[str, Any]], reset: Callable[[int], None],
               check: Callable[[int], str], tmp: Path) -> None:
    """Calibrate (statements and seconds, after a warm-up run), then kill ``rounds`` times."""
    spans, seconds = [], []
    for variant in (0, 0, 1) if rounds > 1 else (0, 0):
        reset(variant)
        count_file = tmp / "count.txt"
        killed, elapsed = server.run(job(variant), count_to=count_file)
        assert not killed
        spans.append(json.loads(count_file.read_text()))
        seconds.append(elapsed)
        assert check(variant) == "after"
    # The first run warms caches and makes the day's backup: the others are measured.
    statements = min(s[0] for s in spans[1:])
    first_write = max(1, min(s[1] or 1 for s in spans[1:]))
    after_commit = min(statements, max(s[2] for s in spans[1:]) + 1)
    duration = max(seconds[1:])
    for i in range(rounds):
        reset(i)
        if rng.random() < STATEMENT_SHARE and statements > 0:
            # Aimed at the write: from its first statement to just after its COMMIT.
            # One in five just after the COMMIT: the committed write must survive the kill.
            at = (after_commit if rng.random() < 0.2
                  else rng.randint(min(first_write, after_commit), after_commit))
            killed, _ = server.run(job(i), at_statement=at)
            tally.killed_during_write += killed
        else:
            killed, _ = server.run(job(i), after=rng.uniform(0, 1.1 * duration))
        outcome = check(i)
        tally.rounds += 1
        tally.killed += killed
        tally.before += outcome == "before"
        tally.after += outcome == "after"


def _classify(actual: bytes, before: bytes, after: bytes, what: str) -> str:
    if actual == before:
        return "before"
    if actual == after:
        return "after"
    raise AssertionError(f"{what}: the database is neither the old nor the new contents")


def _after_of(server: KillServer, reset: Callable[[], None], job: dict[str, Any],
              db: Path) -> bytes:
    reset()
    killed, _ = server.run(job)
    assert not killed
    return _export(db)


# -- the command line: import, import --replace, demo, restore ------------------------------
def test_cli_writes_killed(server: KillServer, tmp_path: Path, kill_figures) -> None:
    rng = random.Random(SEED)
    small = _filled(tmp_path / "small.sqlite3", demo_bundle())
    large = _filled(tmp_path / "large.sqlite3", demo_bundle(extra_courses=600))
    empty = tmp_path / "empty.sqlite3"
    open_database(str(empty), daily_backup=False).close()
    import_file = tmp_path / "import.json"
    store = open_database(str(large), daily_backup=False)
    export_to(store, import_file)
    store.close()
    db = tmp_path / "db.sqlite3"
    exports = {p: _export(p) for p in (small, large, empty)}

    def cli(*args: str) -> dict[str, Any]:
        return {"kind": "cli", "args": ["--db", str(db), *args]}

    # import into an empty database, and --replace over the small one
    for name, start, args, rounds in (
            ("import into an empty db", empty, ("import", str(import_file)), 12),
            ("import --replace (SQL)", small, ("import", str(import_file), "--replace"), 12)):
        tally = Tally()
        _kill_many(server, tally, rng, _rounds(rounds), job=lambda _i, a=args: cli(*a),
                   reset=lambda _i, s=start: h.fresh_copy(s, db),
                   check=lambda _i, s=start, n=name: _classify(
                       _export(db), exports[s], exports[large], n), tmp=tmp_path)
        kill_figures[name] = tally

    # demo on a new file: absent, an empty database, or the whole demo
    tally = Tally()
    demo_after = _after_of(server, lambda: _remove(db), cli("demo"), db)

    def demo_check(_i: int) -> str:
        if not db.exists():
            return "before"
        return _classify(_export(db), exports[empty], demo_after, "demo")

    _kill_many(server, tally, rng, _rounds(10), job=lambda _i: cli("demo"),
               reset=lambda _i: _remove(db), check=demo_check, tmp=tmp_path)
    kill_figures["demo (new file)"] = tally

    # restore, both ways: large over small and small over large
    pairs = [(small, large), (large, small)]
    tally = Tally()
    _kill_many(server, tally, rng, _rounds(12),
               job=lambda i: cli("restore", str(pairs[i % 2][1])),
               reset=lambda i: h.fresh_copy(pairs[i % 2][0], db),
               check=lambda i: _classify(_export(db), exports[pairs[i % 2][0]],
                                         exports[pairs[i % 2][1]], "restore"),
               tmp=tmp_path)
    kill_figures["restore both ways (SQL)"] = tally
    for name in ("import into an empty db", "import --replace (SQL)", "demo (new file)",
                 "restore both ways (SQL)"):
        assert kill_figures[name].killed > 0, name


# -- the upgrade of each released schema ---------------------------------------------------
@pytest.mark.parametrize("released", ["schema-0001", "schema-0002", "schema-0003"])
def test_released_schema_upgrades_killed(server: KillServer, tmp_path: Path, released: str,
                                         kill_figures) -> None:
    rng = random.Random(f"{SEED}-{released}")
    source = h.SCHEMAS / f"{released}.sqlite3"
    job: dict[str, Any] = {"kind": "open", "db": str(tmp_path / "db.sqlite3")}
    if h.revision_of(source) == HEAD:  # already current: upgrade through a test-only revision
        job |= {"migrations": str(h.write_test_migrations(tmp_path / "migrations")),
                "revision": h.TEST_REVISION}
    db = Path(job["db"])
    old_revision = h.revision_of(source)
    old_schema, old_columns = h.schema_of(source), h.columns_of(source)
    old_rows = h.table_dump(source, old_columns)

    h.fresh_copy(source, db)
    killed, _ = server.run(job)
    assert not killed
    new_revision, new_schema = h.revision_of(db), h.schema_of(db)
    new_rows = h.table_dump(db, h.columns_of(db))
    assert new_revision != old_revision and new_schema != old_schema

    def check(_i: int) -> str:
        _checked(db)
        revision = h.revision_of(db)
        if revision == old_revision:
            assert h.schema_of(db) == old_schema
            assert h.table_dump(db, old_columns) == old_rows, "rows changed"
            return "before"
        assert revision == new_revision, revision
        assert h.schema_of(db) == new_schema
        assert h.table_dump(db, h.columns_of(db)) == new_rows, "rows differ from the upgrade's"
        return "after"

    tally = Tally()
    _kill_many(server, tally, rng, _rounds(8), job=lambda _i: job,
               reset=lambda _i: h.fresh_copy(source, db), check=check, tmp=tmp_path)
    kill_figures[f"upgrade {released}"] = tally
    assert tally.killed > 0


# -- the GUI's actions and certificate attach -----------------------------------------------
GUI_ROUNDS = {"save_course": 6, "add_course": 4, "delete_course": 6, "save_credential": 5,
              "add_credential": 3, "delete_credential": 6, "attach": 8}


def test_gui_actions_killed(server: KillServer, tmp_path: Path, kill_figures) -> None:
    rng = random.Random(SEED + 7)
    pristine = _filled(tmp_path / "pristine.sqlite3", demo_bundle())
    store = open_database(str(pristine), daily_backup=False)
    course = next(c for c in store.courses() if c.certificate_sha256 is None)
    credential = next(c for c in store.credentials()
                      if any(c.id in (k.applies_to or ()) for k in store.courses()))
    store.close()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(h.fake_pdf(3 * 2**20, 1))
    db = tmp_path / "db.sqlite3"
    before = _export(pristine)
    for action, rounds in GUI_ROUNDS.items():
        ident = credential.id if "credential" in action else course.id
        job = {"kind": "gui", "action": action, "db": str(db), "id": ident, "file": str(scan)}
        after = _after_of(server, lambda: h.fresh_copy(pristine, db), job, db)
        assert after != before, action
        tally = Tally()
        _kill_many(server, tally, rng, _rounds(rounds), job=lambda _i, j=job: j,
                   reset=lambda _i: h.fresh_copy(pristine, db),
                   check=lambda _i, a=after, n=action: _classify(_export(db), before, a, n),
                   tmp=tmp_path)
        name = "certificate attach" if action == "attach" else f"GUI {action}"
        kill_figures[name] = tally
        assert tally.killed > 0, action


# -- backup rotation ------------------------------------------------------------------------
def test_backup_rotation_killed(server: KillServer, tmp_path: Path, kill_figures) -> None:
    """A copy made into a full rotation: the database untouched, every kept copy whole."""
    from lmt_tracker.store.backup_list import backups_folder, list_backups
    from lmt_tracker.store.backups import KEEP_EACH_EVENT
    from lmt_tracker.store.sqlite_files import quick_check

    rng = random.Random(SEED + 9)
    db = _filled(tmp_path / "db.sqlite3", demo_bundle(extra_courses=300))
    contents = _export(db)
    columns = h.columns_of(db)
    rows = h.table_dump(db, columns)
    folder = backups_folder(db)
    job = {"kind": "backup", "db": str(db), "reason": "before-import"}
    for _ in range(KEEP_EACH_EVENT):
        killed, _ = server.run(job)
        assert not killed
    full = sorted(b.path for b in list_backups(db) if b.reason == "before-import")
    assert len(full) == KEEP_EACH_EVENT
    saved = tmp_path / "saved"
    saved.mkdir()
    for p in full:
        h.fresh_copy(p, saved / p.name)

    def reset(_i: int) -> None:
        for p in folder.iterdir():
            p.unlink()
        for p in full:
            h.fresh_copy(saved / p.name, p)

    def check(_i: int) -> str:
        assert _export(db) == contents
        copies = sorted(b.path for b in list_backups(db) if b.reason == "before-import")
        new = [p for p in copies if p not in full]
        assert len(new) <= 1, new
        old_kept = [p for p in copies if p in full]
        # pruning removes the oldest first: what is left of the old ones is their newest part
        assert old_kept == full[len(full) - len(old_kept):]
        for p in copies:  # every copy under its final name is whole and equal to the database
            assert quick_check(p) == "ok", p.name
            assert h.table_dump(p, columns) == rows, p.name
        if not new:
            assert old_kept == full
            return "before"
        return "after"

    tally = Tally()
    _kill_many(server, tally, rng, _rounds(10), job=lambda _i: job, reset=reset, check=check,
               tmp=tmp_path)
    kill_figures["backup rotation"] = tally
    assert tally.killed > 0
