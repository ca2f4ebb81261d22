"""Helpers of the tests of scheduled job-definition suspension (a future Camunda 7 executionDate)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import sqlalchemy as sa

from jobgate.store.clock import from_ms, now_ms
from jobgate.store.engine import Store
from jobgate.store.tables import JOB_DEFINITION_SCHEDULE

DEADLINE_S = 5.0  # how long a test waits for a due change: the scheduler should take about a second at most


def later(ms: int) -> tuple[str, int]:
    """A Camunda 7 date `ms` from now (with millis and zone) and the same moment in epoch ms."""
    at = now_ms() + ms
    return from_ms(at).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "+0000", at


async def eventually(check: Callable[[], Awaitable[bool]], seconds: float = DEADLINE_S) -> int:
    """Poll `check` until it holds; when it was first seen to hold (epoch ms). Fails after `seconds`."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not await check():
        assert asyncio.get_running_loop().time() < deadline, f"not done within {seconds:g} s"
        await asyncio.sleep(0.02)
    return now_ms()


def kept(store: Store) -> list[int]:
    """The execution dates of the changes the store keeps (not yet applied), in order."""
    s = JOB_DEFINITION_SCHEDULE
    with store.read() as conn:
        return list(conn.execute(sa.select(s.c.execution_date).order_by(s.c.execution_date, s.c.id)).scalars())
