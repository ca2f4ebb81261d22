"""Group-commit batches of an SQLite file run on the event loop itself, with a time budget (JOBGATE_INLINE_WRITE_MS).

On a store thread, each SQLite call of a batch hands the GIL to the busy event loop and waits to get it back, and
the batch travels loop -> thread -> loop: in the worker loop the lane thread spent about 2.6x a batch's own CPU
(GIL waits, futex wake-ups, context switches), and the loop and the lane ran mostly one after the other. A batch
with a durable command (completes, failures; claims may share it) costs ~0.2-0.7 ms of SQLite and Python, so it
runs where it was queued (batches of claims alone stay on the lane thread: jobgate.store.group_commit), under the
rules of jobgate.store.inline for reads, made for writes:

- it runs on the store's kept writer connection (sqlite_setup.KeptWriter) in a BEGIN IMMEDIATE transaction, and
  only when the store's write lock is free at once: a write of a store thread (or of the admin API) is never waited
  for on the loop;
- `busy_timeout=0`: when another process holds SQLite's write lock, BEGIN fails at once instead of sleeping;
- a progress handler interrupts a statement once the budget is spent; the transaction is rolled back;
- it commits with `synchronous=NORMAL`; durable batches are acknowledged after the WAL syncer's flush, as on the
  lane thread (jobgate.store.walsync), and the syncer also runs the WAL checkpoints (the writer's automatic
  checkpoint is off while it writes inline), so neither fsync nor checkpoint is done on the loop;
- anything else (a busy lock, the budget, a command that raises, a database error) raises Overrun and changes
  nothing: group commit runs the same batch on its lane thread, which gives each command its own answer. A
  command is a function of the connection and its arguments, so running it again does the same;
- the COMMIT is never interrupted (the progress handler watches the commands only); one that fails with the
  transaction still open is rolled back (Overrun), one that fails after the transaction ended has an unknown
  outcome: StoreUnavailable, and the batch is answered 503, never run again.

The loop is held at most the budget, plus the Python work between two statements of a command, plus the COMMIT.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.engine import Connection

from jobgate.store.errors import StoreUnavailable
from jobgate.store.guard import describe, unavailable
from jobgate.store.inline import PROGRESS_STEPS, Overrun
from jobgate.store.sqlite_setup import KeptWriter, set_synchronous
from jobgate.store.walsync import WalSyncer

T = TypeVar("T")

INLINE = "inline_writes"  # a kept connection's info key: True while it is set up for writes on the loop
AUTOCHECKPOINT_PAGES = 1000  # SQLite's default, back on the connection when a store thread writes on it


class InlineWriter:
    """Runs group-commit batches on the calling thread (the event loop), each bounded by `budget_ms`."""

    def __init__(self, lock: threading.RLock, writer: KeptWriter, wal: WalSyncer, budget_ms: float) -> None:
        self._lock = lock
        self._writer = writer
        self._wal = wal
        self.budget = budget_ms / 1000
        self._until = 0.0
        self._tripped = False
        self.inline = 0  # batches committed inline / given to the lane thread (tests and benchmarks read these)
        self.overruns = 0

    def _check(self) -> int:
        if time.perf_counter() > self._until:
            self._tripped = True
            return 1
        return 0

    def run(self, call: Callable[[Connection], T]) -> T:
        """call(conn) in a write transaction on this thread, committed (not yet flushed: see WalSyncer) when it
        returns; Overrun, with nothing changed, when it cannot be done here within the budget; StoreUnavailable
        when the COMMIT failed in a way that leaves its outcome unknown (the batch must not run again)."""
        if not self._lock.acquire(blocking=False):
            self.overruns += 1
            raise Overrun("another write holds the store's write lock")
        try:
            if self._writer.in_use:
                raise Overrun("the writer connection is in use")
            failure: BaseException | None = None
            result: Any = None
            with self._writer.connect() as conn:  # no exception leaves this block: the kept connection stays
                try:
                    result = self._transaction(conn, call)
                except Exception as exc:
                    failure = exc
            if isinstance(failure, StoreUnavailable):
                raise failure
            if failure is not None:
                raise Overrun(f"{type(failure).__name__}: {failure}") from failure
        except Overrun:
            self.overruns += 1
            raise
        finally:
            self._lock.release()
        self.inline += 1
        self._wal.committed()
        return result  # type: ignore[no-any-return]

    def _transaction(self, conn: Connection, call: Callable[[Connection], T]) -> T:
        driver: Any = conn.connection.driver_connection
        info = conn.connection.info
        if not info.get(INLINE):
            driver.execute("PRAGMA busy_timeout=0")
            driver.execute("PRAGMA wal_autocheckpoint=0")
            info[INLINE] = True
        set_synchronous(conn, "NORMAL")
        # Begun and ended on the driver: SQLAlchemy's transaction (its events, options and bookkeeping) cost more
        # Python than a batch of completes. A command that executes through SQLAlchemy makes it begin a transaction
        # of its own, which sqlite_setup's begin hook leaves to this one; it is ended with it. The progress handler
        # watches the commands only: SQLite may call it at the end of any statement (its step count carries over
        # between runs of a cached statement), and a COMMIT interrupted there has committed all the same.
        driver.execute("BEGIN IMMEDIATE")
        try:
            self._tripped = False
            self._until = time.perf_counter() + self.budget
            driver.set_progress_handler(self._check, PROGRESS_STEPS)
            try:
                result = call(conn)
            finally:
                driver.set_progress_handler(None, 0)
            if self._tripped:  # interrupted, and the command took the error for its own: not its answer
                raise Overrun("the inline write budget was spent")
        except BaseException:
            _rollback(conn, driver)
            raise
        try:
            if conn.in_transaction():
                conn.commit()
            else:
                driver.execute("COMMIT")
        except Exception as exc:
            if driver.in_transaction:  # not committed (the transaction is still open): nothing took effect
                _rollback(conn, driver)
                raise
            raise unavailable(f"the commit failed, its outcome unknown ({describe(exc)})") from exc
        return result


def _rollback(conn: Connection, driver: Any) -> None:
    try:
        if conn.in_transaction():
            conn.rollback()
        else:
            driver.rollback()
    finally:
        if driver.in_transaction:  # the rollback itself failed: never reuse this connection
            conn.invalidate()


def leave_inline(conn: Connection, busy_ms: int) -> None:
    """Set a kept writer connection back up for a store thread's write (its busy timeout, automatic checkpoints)."""
    info = conn.connection.info
    if info.get(INLINE):
        driver: Any = conn.connection.driver_connection
        driver.execute(f"PRAGMA busy_timeout={busy_ms}")
        driver.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
        info[INLINE] = False
