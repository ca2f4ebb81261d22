"""Group commit's commands and how a batch of them is answered (jobgate.store.group_commit runs the batches)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

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
