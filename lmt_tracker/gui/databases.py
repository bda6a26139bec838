"""Which database the app opens: your own record by default, the demo only in its own file.

The demo must never be mistaken for the user's record, nor written into it: it lives
in ``lmt-tracker-demo.sqlite3`` beside the default database, is never remembered as
"the last database" and never appears in File › Open recent. With no ``--db`` and no
``$LMT_TRACKER_DB``, the app opens the last *real* database the user had open (if
that file still exists), else the default file in the user data folder.
"""

from __future__ import annotations

from pathlib import Path

DEMO_FILE = "lmt-tracker-demo.sqlite3"


def demo_path() -> Path:
    from lmt_tracker import paths

    return paths.user_data_dir() / DEMO_FILE


def is_demo(target: str) -> bool:
    """True for the demo file (compared as resolved paths; a URL is never the demo)."""
    if not target or "://" in target:
        return False
    try:
        return Path(target).expanduser().resolve() == demo_path().resolve()
    except OSError:
        return False


def _exists(target: str) -> bool:
    return "://" in target or Path(target).expanduser().is_file()


def recent() -> list[str]:
    """Real databases opened before, newest first, that can still be opened."""
    from lmt_tracker.gui import preferences

    return [t for t in preferences.recent_databases() if not is_demo(t) and _exists(t)]


def default_target() -> str:
    """The last real database if it still exists, else the default file."""
    from lmt_tracker import paths

    for target in recent()[:1]:
        return target
    return str(paths.default_database())


def suggested_new_file() -> Path:
    """Where "New empty database…" proposes to create one: the user data folder."""
    from lmt_tracker import paths

    folder = paths.user_data_dir()
    candidate = folder / "lmt-tracker.sqlite3"
    n = 2
    while candidate.exists():
        candidate = folder / f"lmt-tracker-{n}.sqlite3"
        n += 1
    return candidate


def remember_database(target: str) -> None:
    """Put ``target`` first in the recent list (the demo file is never remembered)."""
    from lmt_tracker.gui import preferences

    if is_demo(target):
        return
    s = preferences.settings()
    recent = [target, *[r for r in preferences.recent_databases() if r != target]][:6]
    s.setValue("recent", recent)
    s.sync()
