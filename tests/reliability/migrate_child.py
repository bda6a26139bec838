"""Child process for the kill tests: open a database with one test-only revision known.

Run as ``python migrate_child.py DB MIGRATIONS_DIR REVISION``. It is the app's own
``open_database`` — file checks, backup before migration, Alembic upgrade — only
told that the head revision is REVISION, found in MIGRATIONS_DIR.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    db, migrations, revision = sys.argv[1:4]
    from lmt_tracker import paths
    from lmt_tracker.store import open_database, revisions

    paths.migrations_dir = lambda: Path(migrations)
    revisions.KNOWN_REVISIONS = (*revisions.KNOWN_REVISIONS, revision)
    revisions.HEAD = revision
    open_database(db).close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
