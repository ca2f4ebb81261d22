"""Engine, connections and transactions for SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import functools
import threading
import time
from collections.abc import Awaitable, Callable, Hashable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool

from jobgate.store.engines import make_engine
from jobgate.store.errors import StoreUnavailable
from jobgate.store.group_batch import Fetch
from jobgate.store.group_commit import GroupCommit
from jobgate.store.guard import StoreTimeouts, Watch, describe, outages, unavailable, watching
from jobgate.store.inline import InlineReader, Overrun
from jobgate.store.inline_write import InlineWriter, leave_inline
from jobgate.store.sqlite_setup import KeptWriter, busy_timeout, set_synchronous
from jobgate.store.threads import DeadlinePassed, PoolTimeout, StoreThreads
from jobgate.store.walsync import WalSyncer

if TYPE_CHECKING:
    from jobgate.store.loop_pg import LoopStatements

__all__ = ["FIRST_KEY", "Store", "StoreOutdated", "make_engine"]  # make_engine lives in store/engines.py

P = ParamSpec("P")
T = TypeVar("T")
ItemT = TypeVar("ItemT")

FIRST_KEY = 2**51 + 1


# PostgreSQL: a second concurrent write transaction (group commit lane) opens when a command has queued this long.
SPILL_AFTER_S = 0.002


class StoreOutdated(RuntimeError):
    """The store's schema is older than this jobgate (run `jobgate db upgrade`)."""


class Store:
    """The job store: an engine plus helpers for short read and write transactions."""

    def __init__(self, url: str, *, pool_size: int = 8, threads: int = 8, timeouts: StoreTimeouts | None = None,
                 group_commit: int = 64, inline_read_ms: float = 0.0, inline_write_ms: float = 0.0) -> None:
        self.url = url
        self.timeouts = timeouts or StoreTimeouts()
        self.engine = make_engine(url, pool_size=pool_size, timeouts=self.timeouts)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self.is_postgres = self.engine.dialect.name == "postgresql"
        # Blocking calls run here (jobgate.store.threads); 4x room for threads a deadline abandoned.
        self.threads = StoreThreads(threads, threads * 4)
        self._write_lock = threading.RLock()
        self._deadline = self.timeouts.deadline if self.is_postgres else None
        # Write commands coalesced into shared transactions (jobgate.store.group_commit); SQLite has one writer.
        self.group = GroupCommit(self, max_items=group_commit, lanes=1 if self.is_sqlite else min(threads, pool_size),
                                 spill_after=SPILL_AFTER_S)
        file = self.is_sqlite and isinstance(self.engine.pool, QueuePool)  # not an in-memory store (one connection)
        # Short reads of a SQLite file on the event loop itself, within a budget (jobgate.store.inline).
        self.inline = InlineReader(self.engine, inline_read_ms) if file and inline_read_ms > 0 else None
        self._scan_engine = make_engine(url, timeouts=self.timeouts, unpooled=True) if file else None
        self._writer = KeptWriter(self.engine) if file else None
        # Group commit's durable batches: committed without the disk flush, acknowledged after this thread's.
        self._synchronous = self.timeouts.synchronous.upper()  # an SQLite write's own mode (leases: NORMAL)
        full = self._synchronous == "FULL"
        self.wal = WalSyncer(str(self.engine.url.database)) if file and full else None
        # Group-commit batches on the event loop itself, within a budget (jobgate.store.inline_write).
        self.inline_writer = (InlineWriter(self._write_lock, self._writer, self.wal, inline_write_ms)
                              if self.wal is not None and self._writer is not None and inline_write_ms > 0 else None)
        self.loop_statements: LoopStatements | None = None
        if self.is_postgres:  # imported here: a SQLite server never loads psycopg
            from jobgate.store.loop_pg import LoopStatements

            self.loop_statements = LoopStatements(url, self.engine.dialect, self.timeouts, self.group.lanes)

    def create_schema(self) -> None:
        """Bring the schema to the newest migration (creates it on an empty store)."""
        from jobgate.store import migrate

        try:
            migrate.upgrade(self.engine)
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
            raise StoreUnavailable(str(exc.orig) if exc.orig else str(exc)) from exc

    def prepare(self) -> None:
        """What `serve` does at start: create an empty store; refuse one that needs `jobgate db upgrade`."""
        from jobgate.store import migrate

        try:
            migrate.ensure(self.engine)
        except migrate.Outdated as exc:
            raise StoreOutdated(str(exc)) from None
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
            raise StoreUnavailable(str(exc.orig) if exc.orig else str(exc)) from exc

    @contextmanager
    def read(self, engine: Engine | None = None) -> Iterator[Connection]:
        """A read transaction (deferred on SQLite: it takes no write lock), on the store's engine or `engine`."""
        try:
            with (engine or self.engine).connect() as conn, conn.begin():
                yield conn
        except outages() as exc:
            raise unavailable(describe(exc)) from exc

    @contextmanager
    def write(self, durable: bool = True, queued: float = 0.0, flush_later: bool = False) -> Iterator[Connection]:
        """A write transaction: BEGIN IMMEDIATE on SQLite, so writers across processes serialise.

        `durable=False`: the commit need not reach the disk before it returns (SQLite `synchronous=NORMAL`, until
        a durable transaction sets it back; PostgreSQL `synchronous_commit=off`); the next durable commit of any
        process on the store makes it durable too (the log is sequential). Only for leases (group commit).
        SQLite files: every write transaction runs on one kept connection (sqlite_setup.KeptWriter).
        `flush_later`: durable, but the caller acknowledges it only once `self.wal` has flushed it (walsync).
        `queued`: seconds the caller already waited for its turn (group commit), counted as waiting here.

        On SQLite, writers of this process also queue on a lock first: SQLite's busy handler makes a blocked
        writer sleep and retry, which under in-process contention gave PATCH p99 of 90-140 ms instead of ~40 ms.
        That wait is bounded by the busy timeout too, so a lock held by another process stalls a writer (and
        those queued behind it) at most that long before 503.
        """
        busy = self.timeouts.busy
        started = time.monotonic() - queued
        if self.is_sqlite and not self._write_lock.acquire(timeout=max(0.0, busy - queued)):
            raise unavailable(f"the SQLite write lock stayed busy for {busy:g}s")
        waited = time.monotonic() - started
        try:
            with self._writer.connect() if self._writer is not None else self.engine.connect() as conn:
                if self.inline_writer is not None:
                    leave_inline(conn, int(busy * 1000))  # last written on the loop: its busy timeout, checkpoints
                # What this writer spent queueing here counts against its busy timeout in SQLite too.
                shorten = self.is_sqlite and waited > 0.01
                if shorten:
                    busy_timeout(conn, max(0.001, busy - waited))
                if self.is_sqlite:
                    mode = self._synchronous
                    set_synchronous(conn, "NORMAL" if (not durable or flush_later) and mode == "FULL" else mode)
                try:
                    conn.execution_options(sqlite_begin="IMMEDIATE")
                    with conn.begin():
                        if not durable and self.is_postgres:
                            conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
                        yield conn
                finally:
                    if shorten:
                        busy_timeout(conn, busy)
        except outages() as exc:
            raise unavailable(describe(exc)) from exc
        finally:
            if self.is_sqlite:
                self._write_lock.release()

    async def fetch_alone(self, shape: Hashable, build: Callable[[], Any], params: Mapping[str, Any]
                          ) -> Sequence[Any]:
        """Run one statement (fastsql's shape, build, parameters) as a transaction of its own, committed before it
        returns, on the event loop (PostgreSQL: jobgate.store.loop_pg); its rows. For group commit's `alone`."""
        if self.loop_statements is None:
            raise RuntimeError("statements on the event loop are for PostgreSQL stores")
        return await self.loop_statements.fetch(shape, build, params)

    async def run(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a blocking store call in the worker thread pool (the event loop never waits on the DB).

        A call waits at most the pool timeout for one of the store's threads (then 503). On PostgreSQL reads and
        writes also have a deadline (`_call`).
        """
        return await self._call(None, functools.partial(fn, *args, **kwargs))

    async def _call(self, deadline: float | None, call: Callable[[], T], watch: Watch | None = None) -> T:
        try:
            return await self.threads.call(call, pool_timeout=self.timeouts.pool, deadline=deadline)
        except PoolTimeout:
            raise unavailable(f"no database thread free within {self.timeouts.pool:g}s") from None
        except DeadlinePassed:
            if watch is not None:
                watch.cut()  # the abandoned thread's wait ends now; its connection is discarded
            raise unavailable(f"a store call took longer than {deadline:g}s") from None

    async def reading(self, fn: Callable[Concatenate[Connection, P], T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Call fn(conn, *args, **kwargs) in a read transaction, on a worker thread (arguments type-checked); on a
        SQLite file first on the event loop, if it finishes within the inline budget (jobgate.store.inline)."""
        if self.inline is not None:
            try:
                return self.inline.run(lambda conn: fn(conn, *args, **kwargs))
            except Overrun:
                pass  # from the start again, on a thread
        watch = Watch() if self._deadline is not None else None

        def call() -> T:
            with watching(watch), self.read() as conn:
                return fn(conn, *args, **kwargs)

        return await self._call(self._deadline, call, watch)

    async def scanning(self, fn: Callable[Concatenate[Connection, P], T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """`reading`, for a read that visits much of the store (the jobs-by-state count): on an SQLite file it runs
        on a store thread, on a connection of its own that is closed afterwards, so the pages it read do not stay
        in a pooled connection's page cache (each keeps PAGE_CACHE_KIB) for the life of the process."""
        if self._scan_engine is None:
            return await self.reading(fn, *args, **kwargs)
        engine = self._scan_engine

        def call() -> T:
            with self.read(engine) as conn:
                return fn(conn, *args, **kwargs)

        return await self._call(None, call)

    async def writing(self, fn: Callable[Concatenate[Connection, P], T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Call fn(conn, *args, **kwargs) in a write transaction, on a worker thread (arguments type-checked)."""
        watch = Watch() if self._deadline is not None else None

        def call() -> T:
            with watching(watch), self.write() as conn:
                return fn(conn, *args, **kwargs)

        return await self._call(self._deadline, call, watch)

    async def committed(self, fn: Callable[Concatenate[Connection, P], T], /, *args: P.args, **kwargs: P.kwargs
                        ) -> T:
        """Like `writing`, but coalesced with concurrent commands into one transaction (group commit): each
        command in its own savepoint, acknowledged after the shared commit (jobgate.store.group_commit)."""
        return await self.group.submit(fn, *args, **kwargs)

    async def committed_many(self, many: Callable[[Connection, list[ItemT]], list[T]], item: ItemT,
                             alone: Callable[[Fetch, list[ItemT]], Awaitable[list[T] | None]] | None = None) -> T:
        """Like `committed` for many(conn, [item]); concurrent commands of the same `many` run as one call with
        all their items (a set-based batch, e.g. jobgate.store.completion.complete_many). On PostgreSQL `alone`
        first tries such a batch as one self-committing statement (jobgate.store.group_commit)."""
        return await self.group.submit_many(many, item, alone)

    async def leasing(self, fn: Callable[Concatenate[Connection, P], T], /, *args: P.args, **kwargs: P.kwargs
                      ) -> T:
        """Like `committed`, for claims and lease releases: their commit need not be on disk before the answer.

        A lease that a crash or power loss takes back leaves its job claimable again, exactly as if the lease
        had expired: at-least-once delivery, as Zeebe's. Completes, failures and errors stay durable.
        """
        return await self.group.submit_lease(fn, *args, **kwargs)

    async def call_with_deadline(self, call: Callable[[], T], watch: Watch | None = None) -> T:
        """Run a blocking call on a store thread under the store's deadline (PostgreSQL; none on SQLite)."""
        return await self._call(self._deadline, call, watch)

    async def ping(self, timeout: float) -> None:
        """Raise StoreUnavailable unless the store answers a trivial query within `timeout` seconds."""
        watch = Watch() if self.is_postgres else None

        def call() -> None:
            with watching(watch), self.read() as conn:
                conn.exec_driver_sql("SELECT 1").scalar()

        try:
            async with asyncio.timeout(timeout):
                await self._call(timeout, call, watch)
        except TimeoutError:
            raise unavailable(f"no answer to a ping within {timeout:g}s") from None

    def pool_status(self) -> tuple[int, int, int] | None:
        """Connections in use, idle, and beyond the pool size (a QueuePool's counters; None for other pools)."""
        pool = self.engine.pool
        if not isinstance(pool, QueuePool):
            return None
        return pool.checkedout(), pool.checkedin(), pool.overflow()

    def dispose(self) -> None:
        self.threads.close()
        if self._writer is not None:
            self._writer.close()
        if self.wal is not None:
            self.wal.close()
        if self.inline is not None:
            self.inline.close()
        self.engine.dispose()
        if self.loop_statements is not None:
            self.loop_statements.close()
        if self._scan_engine is not None:
            self._scan_engine.dispose()
