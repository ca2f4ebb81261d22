"""Group commit: concurrent write commands coalesced into one transaction, each acknowledged after its commit.

A durable commit costs an fsync (SQLite `synchronous=full`, PostgreSQL `synchronous_commit=on`) plus a thread hop
and a BEGIN/COMMIT round; under load that, not the statements, bounds how many completes and claims a process
can acknowledge. Here a command (`submit(fn, ...)`) joins a queue; a batch takes everything queued (at most
`max_items`) and runs it in ONE write transaction:

- a command that raises is rolled back to its savepoint and gets its own exception; the others go on and commit;
- every command's future is resolved only after the transaction committed, so an acknowledged command is durable
  (on an SQLite file: after the WAL syncer flushed the commit, while the lane runs the next batch; walsync);
- when the transaction itself fails (COMMIT, a lost connection, a deadline), no command of the batch took
  effect and every one of them gets that error;
- a command whose caller went away before its batch started is dropped, never run;
- commands of one kind that follow each other in a batch (completes: `submit_many`) run as one set-based call,
  `many(conn, items)`; when it raises, the batch is run again with a savepoint per command, each command alone;
- on PostgreSQL a batch made only of such commands may first be tried as one self-committing statement awaited
  on the event loop (`alone`, Writer.fetch_alone): one round trip instead of three (BEGIN, the statement, COMMIT),
  and no store thread; when that statement cannot do the batch it changes nothing, and the batch runs in a
  transaction as above;
- leases (claims, releases: `submit_lease`) need no fsync before their answer: a batch of leases alone commits
  with `durable=False`; one that a crash takes back leaves its job claimable again, as an expired lease would.

Commands queued while a batch runs form the next batch, so an idle store adds no wait: a lone command runs at once,
alone (exactly the plain write transaction of `Store.writing`). Savepoints cost as much as a small command, so a
batch first runs without them; only when a command raises is that transaction rolled back (nothing of it was
committed) and the batch run again with a savepoint per command. The commands are functions of the connection and
their arguments (`now` included), so running one again does the same. SQLite has one writer, so it runs one batch at
a time (`lanes=1`): a batch with a durable command on the event loop itself when it can (jobgate.store.inline_write;
it waits one loop turn first, so that the requests already read join it), otherwise on a store thread that takes
the next batch itself while leases are queued next (each answered through the event loop); PostgreSQL runs up to
`lanes` batches on separate connections. A lane beyond the first opens only when the oldest queued command has
waited `spill_after` seconds: under load one lane makes the largest batches (on PostgreSQL, a batch of completes
takes three round trips whatever its size), while a batch stuck on a row lock or a slow statement does not hold up
the commands queued behind it for long.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections import deque
from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from sqlalchemy.engine import Connection

from jobgate.store.errors import StoreUnavailable
from jobgate.store.group_batch import Alone, Command, Fetch, fail, flushed, in_savepoint, run_all, succeed
from jobgate.store.guard import Watch, watching
from jobgate.store.inline import Overrun
from jobgate.store.inline_write import InlineWriter
from jobgate.store.threads import call_soon
from jobgate.store.walsync import WalSyncer

P = ParamSpec("P")
T = TypeVar("T")
ItemT = TypeVar("ItemT")
MAX_ALONE_MISSES = 6


class Writer(Protocol):
    """What group commit needs of jobgate.store.engine.Store."""

    is_postgres: bool
    wal: WalSyncer | None
    inline_writer: InlineWriter | None

    def write(self, durable: bool = True, queued: float = 0.0, flush_later: bool = False
              ) -> AbstractContextManager[Connection]: ...

    async def fetch_alone(self, shape: Hashable, build: Callable[[], Any], params: Mapping[str, Any]
                          ) -> Sequence[Any]: ...

    def call_with_deadline(self, call: Callable[[], T], watch: Watch | None = None) -> Awaitable[T]: ...


class GroupCommit:
    """The write-command queue of one Store (see the module docstring)."""

    def __init__(self, store: Writer, *, max_items: int, lanes: int, spill_after: float = 0.0) -> None:
        self.store = store
        self.max_items = max(1, max_items)
        self.lanes = max(1, lanes)
        self.spill_after = spill_after  # seconds (0: every lane opens as soon as there is a command for it)
        self._queue: deque[Command] = deque()
        self._running = 0
        self._spill: asyncio.TimerHandle | None = None
        # After `alone` could not do a batch, the next 2**misses - 1 batches of its kind skip it (at most
        # 2**MAX_ALONE_MISSES - 1): a workload it never fits (multi-task flows) pays for one try in 64 batches.
        self._alone_misses: dict[Any, int] = {}
        self._alone_skips: dict[Any, int] = {}
        self.batches = 0  # transactions committed or attempted (tests and benchmarks read these)
        self.commands = 0

    async def submit(self, fn: Callable[Concatenate[Connection, P], T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run fn(conn, *args, **kwargs) in a (shared) write transaction; return its result once committed."""
        return await self._enqueue(lambda conn: fn(conn, *args, **kwargs), True)

    async def submit_lease(self, fn: Callable[Concatenate[Connection, P], T], /, *args: P.args, **kwargs: P.kwargs
                           ) -> T:
        """The same for a claim or lease release: a batch of these alone commits without waiting for the disk
        (Store.write(durable=False)); sharing a batch with a durable command, it is durable too."""
        return await self._enqueue(lambda conn: fn(conn, *args, **kwargs), False)

    async def submit_many(self, many: Callable[[Connection, list[ItemT]], list[T]], item: ItemT,
                          alone: Callable[[Fetch, list[ItemT]], Awaitable[list[T] | None]] | None = None) -> T:
        """Run many(conn, [item]) as `submit` would; commands of the same `many` queued one after another share
        one call, many(conn, items), which returns their results in order (and raises when any would fail).
        `alone` (PostgreSQL): a batch made only of these commands first awaits alone(fetch, items), one statement
        that commits by itself (Writer.fetch_alone); when it returns None the batch runs as usual."""
        return await self._enqueue(lambda conn: many(conn, [item])[0], True, many, item,
                                   alone if self.store.is_postgres else None)

    async def _enqueue(self, call: Callable[[Connection], T], durable: bool,
                       many: Callable[[Connection, list[Any]], list[Any]] | None = None, item: Any = None,
                       alone: Alone | None = None) -> T:
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queue.append(Command(call, future, durable, many=many, item=item, alone=alone))
        if self._running == 0 or (self._running < self.lanes and self.spill_after <= 0):
            self._open_lane()
        elif self._running < self.lanes and self._spill is None:
            self._spill = asyncio.get_running_loop().call_later(self.spill_after, self._spill_over)
        return await future

    def _count(self, batch: list[Command]) -> None:
        """A transaction (or one-statement batch) committed or attempted, and its commands."""
        self.batches += 1
        self.commands += len(batch)

    def _try_alone(self, alone: Alone) -> bool:
        skips = self._alone_skips.get(alone, 0)
        if skips:
            self._alone_skips[alone] = skips - 1
        return not skips

    def _open_lane(self) -> None:
        self._running += 1
        asyncio.get_running_loop().create_task(self._drain() if self.store.is_postgres else self._drain_on_thread())

    def _spill_over(self) -> None:
        """Open another lane when the oldest queued command has waited spill_after; look again while any waits."""
        self._spill = None
        if not self._queue or self._running >= self.lanes:
            return
        waited = time.monotonic() - self._queue[0].since
        if waited >= self.spill_after:
            self._open_lane()
            waited = 0.0
        self._spill = asyncio.get_running_loop().call_later(self.spill_after - waited, self._spill_over)

    def _take(self) -> list[Command]:
        """The next batch: what is queued, at most max_items (deque pops are atomic: also from the lane thread)."""
        batch: list[Command] = []
        while self._queue and len(batch) < self.max_items:
            command = self._queue.popleft()
            if not command.future.done():  # its caller was cancelled while it queued: never run it
                batch.append(command)
        return batch

    async def _drain(self) -> None:
        try:
            while self._queue:
                batch = self._take()
                if batch:
                    await self._run(batch)
        finally:
            self._running -= 1

    async def _drain_on_thread(self) -> None:
        """SQLite's one lane: a batch with a durable command on the loop itself when it can (`_inline`); else its
        store thread takes batch after batch of leases itself while they are queued, and answers each through the
        event loop. Handing every batch to a thread from the loop waited for the GIL while the loop answered the
        previous batch's requests: 0.4-0.6 ms per batch (median) under load."""
        loop = asyncio.get_running_loop()
        try:
            if self.store.inline_writer is not None and self._queue and self._queue[0].durable:
                await asyncio.sleep(0)  # requests that arrived meanwhile join this batch (5-7 completes, not 2)
            first = self._take()
            if first and not self._inline(first):
                try:
                    await self.store.call_with_deadline(functools.partial(self._lane, loop, first))
                except Exception as exc:  # no store thread came free (pool timeout): the batch never ran
                    fail(first, exc)
        finally:
            self._running -= 1
            if self._queue and not self._running:  # queued after the thread's last look, before it was done
                self._open_lane()

    def _inline(self, batch: list[Command]) -> bool:
        """Run the batch on the event loop itself when the store can (jobgate.store.inline_write); False when it
        must take the lane thread, having changed nothing. Only a batch whose every command succeeds is done here."""
        writer = self.store.inline_writer
        if writer is None or not any(command.durable for command in batch):
            return False  # claims alone stay on the lane thread, which takes batch after batch of them itself
        try:
            outcomes = writer.run(functools.partial(run_all, batch=batch))
        except Overrun:
            return False
        except StoreUnavailable as exc:  # a COMMIT that failed with its outcome unknown: never run again
            self._count(batch)
            fail(batch, exc)
            return True
        self._count(batch)
        wal = self.store.wal
        assert wal is not None  # (an inline writer is made only for a store with a WAL syncer)
        wal.after_flush(asyncio.get_running_loop(), functools.partial(flushed, batch, outcomes))
        return True

    def _lane(self, loop: asyncio.AbstractEventLoop, batch: list[Command]) -> None:
        while batch:
            self._lane_batch(loop, batch)
            batch = self._take() if self._leases_next() else []

    def _lane_batch(self, loop: asyncio.AbstractEventLoop, batch: list[Command]) -> None:
        """One batch in a transaction on the lane thread, answered through the event loop."""
        self._count(batch)
        durable = any(command.durable for command in batch)
        wal = self.store.wal if durable else None
        try:
            outcomes = self._transaction(batch, durable, wal is not None, None)
        except Exception as exc:  # the transaction failed: none of the commands took effect
            call_soon(loop, fail, batch, exc)
            return
        if wal is None:
            call_soon(loop, succeed, batch, outcomes)
        else:  # answered once on disk, straight from the WAL syncer's thread
            wal.after_flush(loop, functools.partial(flushed, batch, outcomes))

    def _leases_next(self) -> bool:
        """Whether the lane thread takes the next batch itself: when leases (claims) are queued next. A durable
        command goes back through the event loop (`_drain_on_thread` opens the lane again): in the worker loop it
        is the event loop, answering and reading requests, that bounds throughput, and a thread that went on at
        once contended with it for the GIL (-8% jobs/s); for activation the lane bounds it."""
        try:
            return not self._queue[0].durable
        except IndexError:
            return False

    async def _run(self, batch: list[Command]) -> None:
        store = self.store
        watch = Watch() if store.is_postgres else None

        durable = any(command.durable for command in batch)
        alone = batch[0].alone
        if alone is not None and all(command.alone is alone for command in batch) and self._try_alone(alone):
            try:  # one self-committing statement, on the event loop, when the batch needs nothing more
                results = await alone(store.fetch_alone, [command.item for command in batch])
            except BaseException as exc:  # the statement failed: it changed nothing (or its outcome is unknown)
                self._count(batch)
                fail(batch, exc)
                if not isinstance(exc, Exception):
                    raise
                return
            if results is not None:
                self._count(batch)
                self._alone_misses[alone] = 0
                succeed(batch, [(True, value) for value in results])
                return
            misses = self._alone_misses[alone] = min(self._alone_misses.get(alone, 0) + 1, MAX_ALONE_MISSES)
            self._alone_skips[alone] = 2**misses - 1

        self._count(batch)
        try:
            outcomes = await store.call_with_deadline(
                functools.partial(self._transaction, batch, durable, False, watch), watch)
        except BaseException as exc:  # the transaction failed: none of the commands took effect
            fail(batch, exc)
            if not isinstance(exc, Exception):
                raise
            return
        succeed(batch, outcomes)

    def _transaction(self, batch: list[Command], durable: bool, flush_later: bool, watch: Watch | None
                     ) -> list[tuple[bool, Any]]:
        """Run the batch in one write transaction (on a store thread); each command's outcome, in order."""
        store = self.store
        oldest = min(command.since for command in batch)
        with watching(watch):
            try:  # optimistic: every command in one plain transaction (the common case: all succeed)
                with store.write(durable, time.monotonic() - oldest, flush_later) as conn:
                    return run_all(conn, batch)
            except StoreUnavailable:
                raise  # the store, not a command: the whole batch fails
            except Exception:
                if len(batch) == 1:
                    raise  # alone: its own error, the transaction rolled back
            # A command failed, so nothing was committed: run the batch again, each command in a savepoint.
            with store.write(durable, time.monotonic() - oldest, flush_later) as conn:
                return [in_savepoint(conn, command) for command in batch]
