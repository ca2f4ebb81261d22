"""What each SQLite connection of a store is set up with: WAL, the synchronous mode, the busy timeout, the page
cache, and transactions begun by SQLAlchemy (so BEGIN IMMEDIATE works), on the driver connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from jobgate.store.guard import StoreTimeouts

# SQLite's page cache per pooled connection, in KiB: the pages a connection read stay cached in it up to this size
# for the life of the process. Smaller caches cost the claims ~8% (2 MiB); reads that visit much of the store run
# on connections of their own instead (Store.scanning).
PAGE_CACHE_KIB = 65536


def sqlite_setup(engine: Engine, timeouts: StoreTimeouts) -> None:
    """Install the connect and begin hooks on an SQLite engine."""
    synchronous = timeouts.synchronous.upper()
    busy_ms = int(timeouts.busy * 1000)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy (not the sqlite3 module) decide when transactions begin, so BEGIN IMMEDIATE works.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        # FULL (default): WAL synced at every commit, so an acknowledged write survives power loss.
        cur.execute(f"PRAGMA synchronous={synchronous}")
        cur.execute(f"PRAGMA busy_timeout={busy_ms}")
        cur.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        driver: Any = conn.connection.driver_connection
        if driver.in_transaction:
            return  # begun on the driver already (jobgate.store.inline_write): SQLAlchemy's is part of it
        statement = f"BEGIN {conn.get_execution_options().get('sqlite_begin', 'DEFERRED')}"
        try:  # on the driver: SQLAlchemy's execution path cost ~30 us per transaction, several times the BEGIN
            driver.execute(statement)
        except sqlite3.Error as exc:  # wrapped as SQLAlchemy would have (callers catch its OperationalError)
            raise sa.exc.DBAPIError.instance(statement, None, exc, sqlite3.Error) from exc


def busy_timeout(conn: Connection, seconds: float) -> None:
    """Set the busy timeout of a store connection (sqlite3: no implicit BEGIN, isolation_level None)."""
    driver: Any = conn.connection.driver_connection
    driver.execute(f"PRAGMA busy_timeout={int(seconds * 1000)}")


def synchronous(conn: Connection, mode: str) -> None:
    """Set the synchronous mode of a store connection (for its next transactions)."""
    driver: Any = conn.connection.driver_connection
    driver.execute(f"PRAGMA synchronous={mode}")


def set_synchronous(conn: Connection, mode: str) -> None:
    """Put a store connection in this synchronous mode for its next transactions, unless it is in it already
    (the mode is remembered with the pooled connection: runs of leases, or of durable commands, set it once)."""
    info = conn.connection.info
    if info.get("synchronous") != mode:
        synchronous(conn, mode)
        info["synchronous"] = mode


class KeptWriter:
    """The connection of an SQLite file's write transactions, kept checked out between them.

    Every write transaction of an SQLite store holds the store's write lock, so one connection serves them all,
    one after another: checking a pooled connection out and in again (with its reset and events) cost ~40 us of
    Python per transaction, about a quarter of the group-commit lane's own time under load. A transaction that
    raises gives the connection back to the pool (it may be broken; the next write checks out another); a write
    nested in another on the same thread gets a connection of its own.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.conn: Connection | None = None
        self.in_use = False

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        if self.in_use:
            with self.engine.connect() as own:
                yield own
            return
        conn = self.conn
        if conn is None or conn.closed or conn.invalidated:
            conn = self.conn = self.engine.connect()
        self.in_use = True
        try:
            yield conn
        except BaseException:
            self.conn = None
            conn.close()
            raise
        finally:
            self.in_use = False

    def close(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            conn.close()
