"""Schema migrations (Alembic) for SQLite and PostgreSQL: `jobgate db upgrade`, and serve's auto-upgrade."""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
LOCK_ID = 0x6A6F6267  # "jobg": the advisory lock that serialises concurrent upgrades on PostgreSQL


def _config(connection: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    script = ScriptDirectory.from_config(_config(None))  # type: ignore[arg-type]
    revision = script.get_current_head()
    assert revision is not None
    return revision


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@contextlib.contextmanager
def _exclusive(engine: Engine) -> Iterator[Connection]:
    """A connection holding the store's migration lock (advisory lock on PostgreSQL, a lock file on SQLite)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT pg_advisory_lock(:id)"), {"id": LOCK_ID})
            conn.commit()
            try:
                yield conn
            finally:
                conn.rollback()
                conn.execute(sa.text("SELECT pg_advisory_unlock(:id)"), {"id": LOCK_ID})
                conn.commit()
        return
    database = engine.url.database
    lock_path = Path(f"{database}.migrate.lock") if database and database != ":memory:" else None
    with contextlib.ExitStack() as stack:
        if lock_path is not None:
            handle = stack.enter_context(open(lock_path, "a+"))
            fcntl.flock(handle, fcntl.LOCK_EX)
        conn = stack.enter_context(engine.connect())
        yield conn


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the store's schema (idempotent; safe when several processes start at once)."""
    with _exclusive(engine) as conn:
        command.upgrade(_config(conn), revision)
        conn.commit()


class Outdated(RuntimeError):
    pass


def ensure(engine: Engine) -> None:
    """Create an empty store at head; accept one at head; refuse an older one (under the migration lock)."""
    wanted = head()
    with _exclusive(engine) as conn:
        found = MigrationContext.configure(conn).get_current_revision()
        if found is None and not sa.inspect(conn).get_table_names():
            command.upgrade(_config(conn), "head")
            conn.commit()
        elif found != wanted:
            raise Outdated(f"The store's schema is at revision {found}, this jobgate needs {wanted}: "
                           "run `jobgate db upgrade` first.")
