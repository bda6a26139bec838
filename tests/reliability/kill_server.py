"""A fork server for the kill tests: import the app once, then fork one child per round.

Starting ``python -m lmt_tracker`` costs most of a second on a loaded machine; a
hundred kills would spend their budget on imports. This process imports the app
(and Qt, for the GUI's actions) once and forks a child for each job, which does the
real work — the command line's ``main``, ``open_database``, an action of
``lmt_tracker.gui.actions`` on an offscreen ``AppContext``, a backup — and is
SIGKILLed by the test. Nothing is open in this process when it forks.

Protocol, one JSON line each way:
    test → server  {"job": ..., "kill_at_statement": N or null, "count_to": FILE or null}
    server → test  {"pid": PID}                 (the child is running)
    test → server  "reap"                       (after killing it, or seeing it finish)
    server → test  {"exit": CODE, "signal": SIG}
The child stays a zombie until "reap", so its pid cannot be reused while the test
may still send it SIGKILL. With ``kill_at_statement`` the child kills itself just
before its N-th SQL statement (an SQLite trace callback): a kill aimed inside the
write whatever the machine's load. ``count_to`` makes it write how many
statements it ran, to choose N from.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys
import traceback
from pathlib import Path
from typing import Any

WRITES = {"INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "ALTER", "DROP"}


def _count_statements(kill_at: int | None, count_to: str | None) -> None:
    """Wrap ``sqlite3.connect`` so every connection counts (and may die at) its statements."""
    seen = [0, 0, 0]  # statements, the first that writes, the last COMMIT
    real = sqlite3.connect

    def trace(sql: str) -> None:
        seen[0] += 1
        if kill_at is not None and seen[0] >= kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        word = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
        if not seen[1] and word in WRITES:
            seen[1] = seen[0]
        if word == "COMMIT":
            seen[2] = seen[0]

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real(*args, **kwargs)
        conn.set_trace_callback(trace)
        return conn

    sqlite3.connect = connect  # type: ignore[assignment]
    sqlite3.dbapi2.connect = connect  # type: ignore[attr-defined]
    if count_to:
        import atexit

        atexit.register(lambda: Path(count_to).write_text(json.dumps(seen)))


def _gui_action(job: dict[str, Any]) -> None:
    from PySide6.QtGui import QGuiApplication

    from lmt_tracker.domain.core.certificate_checks import make_certificate
    from lmt_tracker.domain.core.records import Course, Credential
    from lmt_tracker.gui import actions
    from lmt_tracker.gui.context import AppContext
    from lmt_tracker.store import open_database

    app = QGuiApplication.instance() or QGuiApplication([])
    store = open_database(job["db"], daily_backup=False)
    ctx = AppContext(store)
    action, ident = job["action"], job.get("id")
    if action == "save_course":  # an edit of a stored course
        course = store.course(ident)
        actions.save_course(ctx, _edited(course, title=course.title + " (edited)",
                                         notes="edited before the kill"))
    elif action == "add_course":
        import datetime as dt
        from decimal import Decimal

        actions.save_course(ctx, Course("Kill-test course", "Provider", dt.date(2025, 5, 1),
                                        Decimal(2), "live_online"))
    elif action == "delete_course":
        actions.delete_course(ctx, ident)
    elif action == "save_credential":
        credential = store.credential(ident)
        actions.save_credential(ctx, _edited(credential, number=credential.number + "-X"))
    elif action == "add_credential":
        actions.save_credential(ctx, Credential("state_license", "TX", "KILL-1", "LMT",
                                                None, None))
    elif action == "delete_credential":
        actions.delete_credential(ctx, ident)
    elif action == "attach":  # a course saved with a new certificate file
        course = store.course(ident)
        data = Path(job["file"]).read_bytes()
        actions.save_course(ctx, course, make_certificate(Path(job["file"]).name, data))
    else:
        raise ValueError(action)
    store.close()
    del app


def _edited(record: Any, **changes: Any) -> Any:
    import dataclasses

    return dataclasses.replace(record, **changes)


def _run(job: dict[str, Any]) -> None:
    kind = job["kind"]
    if kind == "cli":
        from lmt_tracker.cli import main

        status = main(job["args"])
        if status != 0:
            raise SystemExit(status)
    elif kind == "open":  # migrate a released schema (optionally with a test-only revision)
        from lmt_tracker import paths
        from lmt_tracker.store import open_database, revisions

        if job.get("migrations"):
            paths.migrations_dir = lambda: Path(job["migrations"])
            revisions.KNOWN_REVISIONS = (*revisions.KNOWN_REVISIONS, job["revision"])
            revisions.HEAD = job["revision"]
        open_database(job["db"]).close()
    elif kind == "gui":
        _gui_action(job)
    elif kind == "backup":  # one more copy into a full rotation: copy, then prune
        from lmt_tracker.store.backups import make_backup

        make_backup(Path(job["db"]), job["reason"])
    else:
        raise ValueError(kind)


def _child(request: dict[str, Any]) -> None:
    code = 0
    try:
        _count_statements(request.get("kill_at_statement"), request.get("count_to"))
        _run(request["job"])
    except BaseException:
        traceback.print_exc()
        code = 3
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        if request.get("count_to"):
            import atexit

            atexit._run_exitfuncs()
    finally:
        os._exit(code)


def main() -> int:
    # What the children need, imported once (the slow part of every start).
    import lmt_tracker.cli
    import lmt_tracker.gui.actions
    import lmt_tracker.gui.context
    import lmt_tracker.io.exchange
    import lmt_tracker.store.bulk  # noqa: F401

    out = sys.stdout
    print(json.dumps({"ready": True}), file=out, flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            sys.stdin.close()
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
            _child(request)
        print(json.dumps({"pid": pid}), file=out, flush=True)
        assert sys.stdin.readline().strip() == '"reap"'
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"exit": os.waitstatus_to_exitcode(status)}), file=out, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
