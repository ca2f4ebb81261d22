"""Alembic environment: migrations run on the connection that jobgate.store.migrate hands over."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import jobgate.store.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through jobgate.store.migrate (jobgate db upgrade)")
context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
