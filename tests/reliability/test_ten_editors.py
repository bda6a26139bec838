"""Ten editors at once on one SQLite file and on one PostgreSQL database, until they have met.

Ten processes (``soak_child.py``) per engine add, edit and delete courses,
credentials and graduates, all picking from the same small pool of records, as
ten windows on ten computers would. Both engines' editors run at the same time.

How long: a lost update needs two editors to hold the same version of the same
record at the same moment. Each such meeting shows in the logs as a refusal ("changed
elsewhere"): with the version check broken for that kind of record, it would have been
two saves from one read instead, which the "lost update" check below fails on. So the
editors run until every engine has had at least ``MEETINGS`` refusals of each kind of
edit and delete (a course's, a credential's, a graduate's edit; a course's and a
credential's delete: graduates' class deletes are too rare to count on), which takes
well under the minute the test used to run for (10 of each came within 7 s on the
2-core development machine at a load of 4; 5 of each took 45 s at a load of 15), or
``LMT_SOAK_SECONDS`` (120) at most. A run
that ends by the clock without them fails: the editors did not meet often enough to
prove anything (and a kind whose version check is gone never meets, so it runs the
whole 120 seconds and fails).
(It used to run a fixed minute, whatever the meetings; the PostgreSQL deadlock it found
came twice in 15 seconds, docs/reliability.md.) Afterwards, from the editors' own logs
and the database:

* every save the store reported succeeded is there: a record's version is one
  more than the edits that succeeded on it, and it holds the mark of the last;
* no lost update: no two successful edits of a record started from the same
  version;
* every refusal was a ``ConcurrentEditError`` ("changed elsewhere"), never another
  error;
* no duplicate, nothing unaccounted for: the records present are exactly those
  added (or seeded) and not deleted, and the counts add up.

``LMT_SOAK_SECONDS`` changes the longest run; ``LMT_SOAK_MEETINGS`` the refusals of
each kind it waits for (a larger number runs longer). Without a PostgreSQL server the
PostgreSQL half is skipped with the reason (an error when
``LMT_TEST_REQUIRE_POSTGRES=1``, as in CI).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from lmt_tracker.domain.core.records import Course, Credential, Graduate
from lmt_tracker.store import open_database

SECONDS = float(os.environ.get("LMT_SOAK_SECONDS", "120"))
MEETINGS = int(os.environ.get("LMT_SOAK_MEETINGS", "10"))
#: the refusals counted: each is two editors holding one version of one record at once
MET_ON = ("course edit", "course delete", "credential edit", "credential delete",
          "graduate edit")
EDITORS = 10
SEED = 20261204
CHILD = Path(__file__).resolve().parent / "soak_child.py"
SCHOOL, CLASSES = "Soak School", ("Class A", "Class B", "Class C")


def _seed(target: str) -> None:
    store = open_database(target, daily_backup=False)
    for i in range(8):
        store.save_course(Course(f"seed-course-{i}", "Seed", dt.date(2025, 1, 1), Decimal(2),
                                 "in_person"))
    for i in range(4):
        store.save_credential(Credential("state_license", "NY", f"seed-{i}", "LMT", None, None))
    for klass in CLASSES:
        store.save_class(SCHOOL, klass, [Graduate(f"seed-{klass}-{i}", f"Seed {i}", Decimal(600))
                                         for i in range(4)])
    store.close()


def _start(target: str, out: Path, stop: Path) -> list[tuple[subprocess.Popen[bytes], Path]]:
    out.mkdir()
    home = out / "home"  # a module's fixture starts before each test's own HOME
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_STATE_HOME": str(home / "state")}
    started = []
    for worker in range(EDITORS):
        log = out / f"editor-{worker}.jsonl"
        proc = subprocess.Popen([sys.executable, str(CHILD), target, str(worker), str(SEED),
                                 str(SECONDS), str(log), str(stop)],
                                stderr=subprocess.PIPE, env=env)
        started.append((proc, log))
    return started


def _logged(log: Path) -> list[dict[str, Any]]:
    """The entries an editor has written so far (a line still being written is left out)."""
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().split("\n")[:-1]]


def _meetings(started: list[tuple[subprocess.Popen[bytes], Path]]) -> Counter[str]:
    """Refusals so far, by kind of record and operation."""
    return Counter(f"{e['kind']} {e['op']}" for _, log in started for e in _logged(log)
                   if e["outcome"] == "changed elsewhere")


def _until_met(running: dict[str, list[tuple[subprocess.Popen[bytes], Path]]],
               stop: Path) -> None:
    """Let the editors run until each engine has ``MEETINGS`` refusals of every kind in
    ``MET_ON``, or until they stop by themselves after ``SECONDS``; then tell them to stop.

    Polling the logs twice a second costs the editors nothing they would notice.
    """
    deadline = time.monotonic() + SECONDS + 120
    while time.monotonic() < deadline:
        if all(proc.poll() is not None for started in running.values() for proc, _ in started):
            break
        met = [_meetings(started) for started in running.values()]
        if all(count[kind] >= MEETINGS for count in met for kind in MET_ON):
            break
        time.sleep(0.5)
    stop.touch()


def _collect(started: list[tuple[subprocess.Popen[bytes], Path]]) -> list[dict[str, Any]]:
    entries = []
    for proc, log in started:
        _, err = proc.communicate(timeout=SECONDS + 120)
        assert proc.returncode == 0, err.decode()
        entries += _logged(log)
    return entries


@pytest.fixture(scope="module")
def soaks(tmp_path_factory: pytest.TempPathFactory,
          request: pytest.FixtureRequest) -> dict[str, tuple[str, list[dict[str, Any]]]]:
    """Both engines' editors at once: engine → (target, every editor's log entries)."""
    base = tmp_path_factory.mktemp("soak")
    targets = {"sqlite": str(base / "shared.sqlite3")}
    server = None
    if os.environ.get("LMT_TEST_POSTGRES_URL") or os.environ.get(
            "LMT_TEST_REQUIRE_POSTGRES") == "1":
        server = request.getfixturevalue("postgres_server")
        targets["postgresql"] = server.create()
    for target in targets.values():
        _seed(target)
    stop = base / "stop"
    running = {engine: _start(target, base / engine, stop) for engine, target in targets.items()}
    _until_met(running, stop)
    results = {engine: (targets[engine], _collect(started))
               for engine, started in running.items()}
    yield results
    if server is not None:
        server.drop(targets["postgresql"])


def _verify(target: str, entries: list[dict[str, Any]]) -> dict[str, Any]:
    failed = [e for e in entries if e["outcome"] == "failed"]
    assert not failed, f"{len(failed)} refusals that were not 'changed elsewhere': " + \
        "; ".join(sorted({e["message"][:200] for e in failed})[:5])
    conflicts = [e for e in entries if e["outcome"] == "changed elsewhere"]
    assert all("elsewhere" in e["message"] for e in conflicts)
    saved = [e for e in entries if e["outcome"] == "saved"]

    store = open_database(target, daily_backup=False)
    try:
        now = {"course": {c.id: (c.version, c.title, c.notes) for c in store.courses()},
               "credential": {c.id: (c.version, c.number, c.notes)
                              for c in store.credentials()}}
        classes = {c.name: c.id for c, school, _ in store.classes() if school == SCHOOL}
        graduates = {g.student_id: (g.version, g.name, klass)
                     for klass, ident in classes.items() for g in store.graduates(ident)}
    finally:
        store.close()

    for kind, seeded in (("course", 8), ("credential", 4)):
        ok = [e for e in saved if e["kind"] == kind]
        adds = [e for e in ok if e["op"] == "add"]
        deletes = Counter(e["id"] for e in ok if e["op"] == "delete")
        edits: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for e in ok:
            if e["op"] == "edit":
                edits[e["id"]].append(e)
        assert len({e["id"] for e in adds}) == len(adds), f"{kind}: one id given twice"
        assert max(deletes.values(), default=1) == 1, f"{kind}: one record deleted twice"
        present = now[kind]
        assert len(present) == seeded + len(adds) - sum(deletes.values()), f"{kind}: counts"
        assert not set(deletes) & set(present), f"{kind}: a deleted record is back"
        for e in adds:  # every add is there, unless a delete said it removed it
            assert e["id"] in present or e["id"] in deletes, f"{kind} {e['mark']} lost"
            if e["id"] in present:
                assert e["mark"] in present[e["id"]][1:], f"{kind} {e['mark']}: not as added"
        for ident, done in edits.items():
            starts = Counter(e["read"] for e in done)
            assert max(starts.values()) == 1, f"{kind} {ident}: a lost update"
            if ident in present:
                version, *fields = present[ident]
                assert version == 1 + len(done), f"{kind} {ident}: an edit that said saved is lost"
                last = max(done, key=lambda e: e["version"])
                assert last["version"] == version and fields[-1] == last["mark"]

    ok = [e for e in saved if e["kind"] == "graduate"]
    added = {e["student"]: e for e in ok if e["op"] == "add"}
    class_deletes = [e for e in ok if e["op"] == "delete"]
    edits = defaultdict(list)
    for e in ok:
        if e["op"] == "edit":
            edits[e["student"]].append(e)
    seeds = {f"seed-{k}-{i}" for k in CLASSES for i in range(4)}
    assert set(graduates) <= seeds | set(added), "a graduate nobody added"
    for student, e in added.items():  # there, or its class deleted after it was added
        if student not in graduates:
            assert any(d["class"] == e["class"] and d["t1"] > e["t0"] for d in class_deletes), \
                f"graduate {student} lost"
    for student, done in edits.items():
        starts = Counter(e["read"] for e in done)
        assert max(starts.values()) == 1, f"graduate {student}: a lost update"
        if student in graduates:
            version, name, _ = graduates[student]
            last = max(done, key=lambda e: e["version"])
            assert version == 1 + len(done), f"graduate {student}: a saved edit is lost"
            assert version == last["version"] and name == last["mark"]
    seconds = max(e["t1"] for e in entries) - min(e["t0"] for e in entries)
    return {"operations": len(entries), "saved": len(saved), "conflicts": len(conflicts),
            "seconds": seconds, "ops/s": len(entries) / seconds,
            "by kind": dict(Counter(f"{e['kind']} {e['op']}" for e in saved)),
            "conflicts by kind": dict(Counter(f"{e['kind']} {e['op']}" for e in conflicts))}


def _report(engine: str, figures: dict[str, Any], soak_figures: dict[str, Any]) -> None:
    soak_figures[engine] = figures
    assert figures["saved"] > 10 * EDITORS, figures
    met = figures["conflicts by kind"]
    short = {kind: met.get(kind, 0) for kind in MET_ON if met.get(kind, 0) < MEETINGS}
    assert not short, (f"the editors met too rarely to prove anything (refusals by kind, "
                       f"{MEETINGS} wanted each): {short}")


def test_ten_editors_on_one_sqlite_file(soaks, soak_figures) -> None:
    target, entries = soaks["sqlite"]
    _report("sqlite", _verify(target, entries), soak_figures)


def test_ten_editors_on_one_postgresql_database(soaks, soak_figures) -> None:
    if "postgresql" not in soaks:
        pytest.skip("PostgreSQL soak: set LMT_TEST_POSTGRES_URL to run it "
                    "(eval \"$(tests/postgres/start_cluster.sh start)\" starts a server)")
    target, entries = soaks["postgresql"]
    _report("postgresql", _verify(target, entries), soak_figures)


def test_a_class_created_elsewhere_at_the_same_moment_is_added_to_not_refused(
        db_target: str) -> None:
    """Two computers import the first graduates of one new class at the same moment.

    The second has looked for the school and not found it when the first commits the
    school, the class and its graduate; its own INSERT then breaks the unique name. It
    is tried again once and adds its graduate to what the first created.
    """
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    first, second = open_database(db_target), open_database(db_target)
    meanwhile: list[object] = []

    def the_other_computer_commits(_session: Session, *_: object) -> None:
        if not meanwhile:
            meanwhile.append("started")  # before: its own flush calls this again
            first.save_class("Race School", "Class 1", [Graduate("S1", "Ann Lee", Decimal(600))])

    event.listen(Session, "before_flush", the_other_computer_commits)
    try:
        _, inserted, updated = second.save_class("Race School", "Class 1",
                                                 [Graduate("S2", "Bo Chen", Decimal(600))])
    finally:
        event.remove(Session, "before_flush", the_other_computer_commits)
        first.close()
    try:
        assert meanwhile, "the other computer's save did not happen in between"
        assert (inserted, updated) == (1, 0)
        classes = [(c.name, school, n) for c, school, n in second.classes()]
        assert classes == [("Class 1", "Race School", 2)]
        ident = second.classes()[0][0].id
        assert [g.student_id for g in second.graduates(ident)] == ["S1", "S2"]
    finally:
        second.close()
