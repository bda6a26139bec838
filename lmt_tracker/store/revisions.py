"""The schema revisions this build knows (Alembic's, in ``store/migrations/versions``).

Read as ``revisions.HEAD`` at the time of use, never imported by name: one binding that
the schema gate, backups and restore all see (tests move it to try a newer schema).
"""

# Every schema revision this version knows, oldest first; the last is the head.
KNOWN_REVISIONS = ("0001", "0002", "0003")
HEAD = KNOWN_REVISIONS[-1]
