"""Group commit's commands and how a batch of them is answered (jobgate.store.group_commit runs the batches)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from jobgate.store.guard import describe, outages, unavailable
from jobgate.store.walsync import flush_error

# A batch of commands as one self-committing statement, run with Writer.fetch_alone on the event loop: their
# results, or None when the statement changed nothing and the batch must run in a transaction instead.
Fetch = Callable[[Hashable, Callable[[], Any], Mapping[str, Any]], Awaitable[Sequence[Any]]]
Alone = Callable[[Fetch, list[Any]], Awaitable[list[Any] | None]]


@dataclass(eq=False, slots=True)
class Command:
    """A write command queued for group commit, and the future its caller awaits."""

    call: Callable[[Connection], Any]
    future: asyncio.Future[Any]
    durable: bool = True
    since: float = field(default_factory=time.monotonic)  # queued at (its wait counts against the busy timeout)
    many: Callable[[Connection, list[Any]], list[Any]] | None = None  # runs a run of these commands' items at once
    item: Any = None
    alone: Alone | None = None  # a batch of only these: `many` as one statement in autocommit (PostgreSQL)


def fail(batch: list[Command], exc: BaseException) -> None:
    for command in batch:
        if not command.future.done():
            command.future.set_exception(exc)


def flushed(batch: list[Command], outcomes: list[tuple[bool, Any]], error: str | None) -> None:
    """(On the loop.) A committed batch's answers once the WAL syncer flushed it (walsync), or its error."""
    if error is not None:
        fail(batch, flush_error(error))
    else:
        succeed(batch, outcomes)


def succeed(batch: list[Command], outcomes: list[tuple[bool, Any]]) -> None:
    for command, (ok, value) in zip(batch, outcomes, strict=True):
        if command.future.done():
            continue  # cancelled while committing: the command took effect, nobody waits for the answer
        if ok:
            command.future.set_result(value)
        else:
            command.future.set_exception(value)


def run_all(conn: Connection, batch: list[Command]) -> list[tuple[bool, Any]]:
    """Every command's result in order; a run of commands with the same `many` in one call."""
    outcomes: list[tuple[bool, Any]] = []
    start = 0
    while start < len(batch):
        many = batch[start].many
        end = start + 1
        while many is not None and end < len(batch) and batch[end].many is many:
            end += 1
        if many is None or end == start + 1:
            outcomes.append((True, batch[start].call(conn)))
        else:
            outcomes.extend((True, value) for value in many(conn, [command.item for command in batch[start:end]]))
        start = end
    return outcomes


def in_savepoint(conn: Connection, command: Command) -> tuple[bool, Any]:
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
