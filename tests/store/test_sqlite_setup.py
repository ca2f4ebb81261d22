"""An SQLite file's write transactions share one kept connection (jobgate.store.sqlite_setup.KeptWriter), which a
failed transaction gives up; the synchronous mode is set only when a transaction needs another one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from jobgate.store.engine import Store
from jobgate.store.errors import StoreUnavailable
from jobgate.store.guard import StoreTimeouts
from jobgate.store.tables import PROCESS_DEFINITION
from tests.conftest import sqlite_url


def driver(conn: sa.Connection) -> Any:
    return conn.connection.driver_connection


def test_write_transactions_share_one_connection_kept_out_of_the_pool(sqlite_store: Store) -> None:
    with sqlite_store.write() as conn:
        first = driver(conn)
    with sqlite_store.write(durable=False) as conn:
        assert driver(conn) is first
    with sqlite_store.read() as conn:
        assert driver(conn) is not first  # reads never get the writer's connection
    status = sqlite_store.pool_status()
    assert status is not None and status[0] == 1  # the writer's, checked out between its transactions
    sqlite_store.dispose()
    assert sqlite_store._writer is not None and sqlite_store._writer.conn is None


def test_a_failed_transaction_gives_the_connection_up_and_commits_nothing(sqlite_store: Store) -> None:
    with sqlite_store.write() as first:
        pass
    with pytest.raises(RuntimeError), sqlite_store.write() as conn:
        assert conn is first
        conn.execute(sa.delete(PROCESS_DEFINITION))
        conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        raise RuntimeError("a command failed")
    assert first.closed  # back in the pool (which may hand its driver connection out again, reset)
    with sqlite_store.write() as conn:
        assert conn is not first
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'scratch'").scalar() == 0


def test_a_nested_write_gets_a_connection_of_its_own(tmp_path: Path) -> None:
    """(It cannot write: the outer transaction holds SQLite's write lock; it fails within the busy timeout.)"""
    store = Store(sqlite_url(tmp_path), timeouts=StoreTimeouts(busy=0.05))
    store.create_schema()
    try:
        with store.write() as outer:
            with pytest.raises(StoreUnavailable), store.write() as inner:
                assert driver(inner) is not driver(outer)
            outer.exec_driver_sql("CREATE TABLE kept (x INTEGER)")
        with store.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'kept'").scalar() == 1
    finally:
        store.dispose()


def test_the_synchronous_mode_is_set_only_on_a_change(sqlite_store: Store) -> None:
    seen: list[str] = []
    with sqlite_store.write() as conn:  # durable: the connection is in the configured mode (FULL) from here
        driver(conn).set_trace_callback(seen.append)
    for durable in (False, False, True, True, False):  # leases, leases, commands, commands, leases
        with sqlite_store.write(durable=durable) as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == (2 if durable else 1)
    pragmas = [s for s in seen if s.startswith("PRAGMA synchronous=")]
    assert pragmas == ["PRAGMA synchronous=NORMAL", "PRAGMA synchronous=FULL", "PRAGMA synchronous=NORMAL"]
