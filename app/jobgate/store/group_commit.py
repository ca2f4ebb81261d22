"""Group commit: concurrent write commands coalesced into one transaction, each acknowledged after its commit.

A durable commit costs an fsync (SQLite `synchronous=full`, PostgreSQL `synchronous_commit=on`) plus a thread hop
and a BEGIN/COMMIT round; under load that, not the statements, bounds how many completes and claims a process
can acknowledge. Here a command (`submit(fn, ...)`) joins a queue; a batch takes everything queued (at most
`max_items`) and runs it in ONE write transaction:

- a command that raises is rolled back to its savepoint and gets its own exception; the others go on and commit;
- every command's future is resolved only after the transaction committed, so an acknowledged command is durable;
- when the transaction itself fails (COMMIT, a lost connection, a deadline), no command of the batch took
  effect and every one of them gets that error;
- a command whose caller went away before its batch started is dropped, never run;
- leases (claims, releases: `submit_lease`) need no fsync before their answer: a batch of leases alone commits
  with `durable=False`; one that a crash takes back leaves its job claimable again, as an expired lease would.

Commands queued while a batch runs form the next batch, so an idle store adds no wait: a lone command runs at
once, alone (exactly the plain write transaction of `Store.writing`). Savepoints cost as much as a small command,
so a batch first runs without them; only when a command raises is that transaction rolled back (nothing of it
was committed) and the batch run again with a savepoint per command. The commands are functions of the
connection and their arguments (`now` included), so running one again does the same. SQLite has one writer,
so it runs one batch at a time (`lanes=1`); PostgreSQL runs up to `lanes` batches on separate connections.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from sqlalchemy.engine import Connection

from jobgate.store.errors import StoreUnavailable
from jobgate.store.guard import Watch, describe, outages, unavailable, watching

P = ParamSpec("P")
T = TypeVar("T")


class Writer(Protocol):
    """What group commit needs of jobgate.store.engine.Store."""

    is_postgres: bool

    def write(self, durable: bool = True, queued: float = 0.0) -> AbstractContextManager[Connection]: ...

    def call_with_deadline(self, call: Callable[[], T], watch: Watch | None = None) -> Awaitable[T]: ...


@dataclass(eq=False, slots=True)
class _Command:
    call: Callable[[Connection], Any]
    future: asyncio.Future[Any]
    durable: bool = True
    since: float = field(default_factory=time.monotonic)  # queued at (its wait counts against the busy timeout)


class GroupCommit:
    """The write-command queue of one Store (see the module docstring)."""

    def __init__(self, store: Writer, *, max_items: int, lanes: int) -> None:
        self.store = store
        self.max_items = max(1, max_items)
        self.lanes = max(1, lanes)
        self._queue: deque[_Command] = deque()
        self._running = 0
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

    async def _enqueue(self, call: Callable[[Connection], T], durable: bool) -> T:
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queue.append(_Command(call, future, durable))
        if self._running < self.lanes:
            self._running += 1
            asyncio.get_running_loop().create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        try:
            while self._queue:
                batch: list[_Command] = []
                while self._queue and len(batch) < self.max_items:
                    command = self._queue.popleft()
                    if not command.future.done():  # its caller was cancelled while it queued: never run it
                        batch.append(command)
                if batch:
                    await self._run(batch)
        finally:
            self._running -= 1

    async def _run(self, batch: list[_Command]) -> None:
        store = self.store
        watch = Watch() if store.is_postgres else None

        durable = any(command.durable for command in batch)
        oldest = min(command.since for command in batch)

        def call() -> list[tuple[bool, Any]]:
            with watching(watch):
                try:  # optimistic: every command in one plain transaction (the common case: all succeed)
                    with store.write(durable, time.monotonic() - oldest) as conn:
                        return [(True, command.call(conn)) for command in batch]
                except StoreUnavailable:
                    raise  # the store, not a command: the whole batch fails
                except Exception:
                    if len(batch) == 1:
                        raise  # alone: its own error, the transaction rolled back
                # A command failed, so nothing was committed: run the batch again, each command in a savepoint.
                with store.write(durable, time.monotonic() - oldest) as conn:
                    return [_in_savepoint(conn, command) for command in batch]

        self.batches += 1
        self.commands += len(batch)
        try:
            outcomes = await store.call_with_deadline(call, watch)
        except BaseException as exc:  # the transaction failed: none of the commands took effect
            for command in batch:
                if not command.future.done():
                    command.future.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        for command, (ok, value) in zip(batch, outcomes, strict=True):
            if command.future.done():
                continue  # cancelled while committing: the command took effect, nobody waits for the answer
            if ok:
                command.future.set_result(value)
            else:
                command.future.set_exception(value)


def _in_savepoint(conn: Connection, command: _Command) -> tuple[bool, Any]:
    driver: Any = conn.connection.driver_connection  # plain SQL: SQLAlchemy's nested transactions cost more
    driver.execute("SAVEPOINT jobgate_command")
    try:
        value = command.call(conn)
    except Exception as exc:
        driver.execute("ROLLBACK TO SAVEPOINT jobgate_command")  # raises (failing the batch) if the connection died
        driver.execute("RELEASE SAVEPOINT jobgate_command")
        if isinstance(exc, outages()):
            return False, unavailable(describe(exc))
        return False, exc
    driver.execute("RELEASE SAVEPOINT jobgate_command")
    return True, value
