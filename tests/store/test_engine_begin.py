"""SQLite transactions begin on the driver (jobgate.store.engine): IMMEDIATE takes the write lock at BEGIN, a
plain BEGIN does not, and a BEGIN that fails raises SQLAlchemy's OperationalError, as through SQLAlchemy."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from jobgate.store.engine import make_engine
from jobgate.store.guard import StoreTimeouts


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sa.Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'begin.db'}", timeouts=StoreTimeouts(busy=0.05))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    yield engine
    engine.dispose()


def _other(engine: sa.Engine) -> sqlite3.Connection:
    other = sqlite3.connect(str(engine.url.database), isolation_level=None, timeout=0)
    return other


def test_immediate_takes_the_write_lock_at_begin(engine: sa.Engine) -> None:
    other = _other(engine)
    with engine.connect() as conn:
        conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # released at commit
    other.execute("ROLLBACK")
    with engine.connect() as conn, conn.begin():  # deferred: no lock until a write
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        conn.exec_driver_sql("SELECT count(*) FROM t")
    other.close()


def test_a_failed_begin_raises_sqlalchemys_operational_error(engine: sa.Engine) -> None:
    other = _other(engine)
    other.execute("BEGIN IMMEDIATE")
    try:
        with engine.connect() as conn:
            conn.execution_options(sqlite_begin="IMMEDIATE")
            with pytest.raises(sa.exc.OperationalError) as caught:
                conn.begin()
            assert isinstance(caught.value.orig, sqlite3.OperationalError)
            assert "database is locked" in str(caught.value.orig)
            assert caught.value.statement == "BEGIN IMMEDIATE"
    finally:
        other.execute("ROLLBACK")
        other.close()
    with engine.begin() as conn:  # the pool's connection is still usable
        conn.exec_driver_sql("INSERT INTO t VALUES (1)")
