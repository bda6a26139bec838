"""Alembic environment: runs on the connection the app hands over (never its own URL)."""

from __future__ import annotations

from alembic import context

from lmt_tracker.store.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes one
    raise RuntimeError("LMT Tracker migrations run through lmt_tracker.store only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
