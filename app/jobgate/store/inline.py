"""Short SQLite reads on the event loop itself, with a time budget.

A store call normally runs on a worker thread so the event loop never waits on the database. For a short SQLite
read that hand-off costs more than the read: on a Camunda 7 list page the SQL and rows take ~110 us of CPU when
run directly, but ~190 us on a worker thread interleaved with the loop, plus ~40-90 us of hand-off on the loop
(scripts/profile_list.py). SQLite runs in this process, so a read can run where it is asked for, provided it
cannot hold the loop for long:

- it runs on one connection of its own (read-only, `busy_timeout=0`), in a transaction of its own;
- a progress handler checks the clock every PROGRESS_STEPS virtual-machine instructions and interrupts the
  statement once the budget (JOBGATE_INLINE_READ_MS) is spent; so does a busy database (SQLITE_BUSY, which in WAL
  mode a reader meets only in rare moments such as WAL recovery);
- an interrupted or failed read is rolled back and raises Overrun: the caller runs it again, from the start, on a
  store thread (Store.reading). A read has no effects, so running it twice is safe; the loop lost at most the
  budget plus the Python work between two checks.

The budget bounds the time the loop is held per read; a read that needs more pays that budget once more. PostgreSQL
reads always take a thread (the round trip is network I/O).
"""

from __future__ import annotations

import math
import sqlite3
import time
from collections.abc import Callable
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

T = TypeVar("T")

PROGRESS_STEPS = 1000  # SQLite VM instructions between two clock checks (a few microseconds)


class Overrun(Exception):
    """The read did not finish inline (budget spent, database busy, or a database error): run it on a thread."""


class InlineReader:
    """Runs reads on the calling thread (the event loop), each bounded by `budget_ms`."""

    def __init__(self, engine: Engine, budget_ms: float) -> None:
        self.engine = engine
        self.budget = budget_ms / 1000
        self._conn: Connection | None = None
        self._until = 0.0
        self.inline = 0  # reads answered inline / run again on a thread (tests and benchmarks read these)
        self.overruns = 0

    def _connection(self) -> Connection:
        if self._conn is None:
            conn = self.engine.connect()
            driver: Any = conn.connection.driver_connection
            driver.execute("PRAGMA busy_timeout=0")
            driver.execute("PRAGMA query_only=1")
            driver.set_progress_handler(self._check, PROGRESS_STEPS)
            self._conn = conn
        return self._conn

    def _check(self) -> int:
        return 1 if time.perf_counter() > self._until else 0

    def run(self, call: Callable[[Connection], T]) -> T:
        """call(conn) in a read transaction on this thread; Overrun when it cannot finish within the budget.

        Exceptions of `call` that are not database errors (not found, invalid request) are its answer, as on a
        thread."""
        try:
            conn = self._connection()
            self._until = time.perf_counter() + self.budget
            with conn.begin():
                result = call(conn)
                # Its statements are done: SQLite may call the handler at the end of the COMMIT too (a cached
                # statement's step count carries over between runs), and a read whose SQL finished within the
                # budget must not be run again for that (jobgate.store.inline_write has the same rule).
                self._until = math.inf
        except (sa.exc.DBAPIError, sqlite3.Error) as exc:  # through SQLAlchemy, or the driver's cursor (fastsql)
            if not _interrupted_or_busy(exc):
                self.close()  # something is wrong with this connection: a new one next time
            self.overruns += 1
            raise Overrun(str(exc)) from exc
        self.inline += 1
        return result

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.invalidate()  # never back into the engine's pool: it is read-only and has a progress handler
                conn.close()
            except sa.exc.SQLAlchemyError:
                pass


def _interrupted_or_busy(exc: Exception) -> bool:
    text = str(exc.orig if isinstance(exc, sa.exc.DBAPIError) else exc).lower()
    return "interrupted" in text or "locked" in text or "busy" in text
