"""Group commit (app/jobgate/store/group_commit.py) on a real store of each backend.

Concurrent commands share one transaction; each is acknowledged only after that transaction committed; a command
that fails is rolled back alone and gets its own error while the others commit; a failed commit fails every
command of its batch and applies none; a command whose caller left before its batch began never runs; and
concurrent claims through it never hand out one job twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import activation, flow
from jobgate.store.engine import Store
from jobgate.store.errors import InvalidRequest, JobNotCommandable, JobNotFound, StoreUnavailable
from jobgate.store.tables import JOB

from .test_activation import NOW, make_jobs


@pytest.fixture
def store(fresh_store: Store) -> Iterator[Store]:
    fresh_store.group.lanes = 1  # PostgreSQL runs several batches at once; one lane makes batching predictable
    yield fresh_store


def states(store: Store, keys: list[int]) -> dict[int, str]:
    """Job states as a separate connection sees them (committed data only)."""
    engine = sa.create_engine(store.url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.select(JOB.c.key, JOB.c.state).where(JOB.c.key.in_(keys))).all()
    finally:
        engine.dispose()
    return {k: s for k, s in rows}


def hold(conn: Connection, gate: threading.Event) -> str:
    """A command that keeps its batch open until `gate` is set (so the next commands queue behind it)."""
    gate.wait(10)
    return "held"


async def queued_behind(store: Store, commands: list[Any]) -> list[Any]:
    """Run a holding command, queue `commands` behind it, release it: they then form one batch."""
    gate = threading.Event()
    first = asyncio.create_task(store.committed(hold, gate))
    await asyncio.sleep(0.05)
    tasks = [asyncio.create_task(c) for c in commands]
    await asyncio.sleep(0.05)
    batches = store.group.batches
    gate.set()
    assert await first == "held"
    results = await asyncio.gather(*tasks, return_exceptions=True)
    assert store.group.batches == batches + 1, "the queued commands did not share one transaction"
    return results


async def test_concurrent_completes_share_transactions_and_all_commit(store: Store) -> None:
    keys = make_jobs(store, "gc", count=40)
    with store.write() as conn:
        activation.claim(conn, type="gc", worker="w", max_jobs=40, timeout_ms=60_000, now=NOW)
    before = store.group.batches
    results = await asyncio.gather(*(store.committed(flow.complete, key=k, variables={"k": k}, now=NOW)
                                     for k in keys))
    assert all(isinstance(r, flow.Wake) for r in results)
    assert store.group.batches - before < len(keys)  # coalesced: fewer transactions than commands
    assert set(states(store, keys).values()) == {"completed"}


async def test_a_failing_command_fails_alone(store: Store) -> None:
    good = make_jobs(store, "gc-mixed", count=3)
    with store.write() as conn:
        activation.claim(conn, type="gc-mixed", worker="w", max_jobs=3, timeout_ms=60_000, now=NOW)
    done = good.pop()
    await store.committed(flow.complete, key=done, variables=None, now=NOW)
    results = await queued_behind(store, [
        store.committed(flow.complete, key=good[0], variables={"a": 1}, now=NOW),
        store.committed(flow.complete, key=2**52, variables=None, now=NOW),  # unknown
        store.committed(flow.complete, key=done, variables=None, now=NOW),  # already completed
        store.committed(flow.complete, key=good[1], variables={"big": "x" * 500}, now=NOW, max_variables_bytes=100),
    ])
    assert isinstance(results[0], flow.Wake)
    assert isinstance(results[1], JobNotFound)
    assert isinstance(results[2], JobNotCommandable)
    assert isinstance(results[3], InvalidRequest) and "more than the limit of 100 bytes" in str(results[3])
    assert states(store, [*good, done]) == {good[0]: "completed", good[1]: "activated", done: "completed"}


async def test_acknowledged_only_after_commit(store: Store) -> None:
    """Each command's answer comes after its transaction is visible to another connection."""
    keys = make_jobs(store, "gc-ack", count=12)
    with store.write() as conn:
        activation.claim(conn, type="gc-ack", worker="w", max_jobs=12, timeout_ms=60_000, now=NOW)
    seen: dict[int, str] = {}

    async def complete(key: int) -> None:
        await store.committed(flow.complete, key=key, variables=None, now=NOW)
        seen.update(states(store, [key]))  # right at the acknowledgement, from a separate connection

    await asyncio.gather(*(complete(k) for k in keys))
    assert seen == dict.fromkeys(keys, "completed")


async def test_a_failed_commit_fails_every_command_and_applies_none(store: Store, monkeypatch: Any) -> None:
    keys = make_jobs(store, "gc-commit", count=4)
    with store.write() as conn:
        activation.claim(conn, type="gc-commit", worker="w", max_jobs=4, timeout_ms=60_000, now=NOW)
    real_write = store.write

    @contextlib.contextmanager
    def failing_write(durable: bool = True, queued: float = 0.0, flush_later: bool = False) -> Iterator[Connection]:
        with contextlib.suppress(RuntimeError), real_write(durable, queued, flush_later) as conn:
            yield conn
            raise RuntimeError("rolled back instead of committed")  # what a failed COMMIT leaves behind
        raise StoreUnavailable("The store failed to commit.")

    gate = threading.Event()
    first = asyncio.create_task(store.committed(hold, gate))
    await asyncio.sleep(0.05)
    tasks = [asyncio.create_task(store.committed(flow.complete, key=k, variables=None, now=NOW)) for k in keys]
    await asyncio.sleep(0.05)
    monkeypatch.setattr(store, "write", failing_write)  # the next batch (the queued completes) fails to commit
    gate.set()
    await first
    results = await asyncio.gather(*tasks, return_exceptions=True)
    assert all(isinstance(r, StoreUnavailable) for r in results), results
    assert set(states(store, keys).values()) == {"activated"}


async def test_a_command_whose_caller_left_never_runs(store: Store) -> None:
    keys = make_jobs(store, "gc-cancel", count=1)
    with store.write() as conn:
        activation.claim(conn, type="gc-cancel", worker="w", max_jobs=1, timeout_ms=60_000, now=NOW)
    gate = threading.Event()
    first = asyncio.create_task(store.committed(hold, gate))
    await asyncio.sleep(0.05)
    task = asyncio.create_task(store.committed(flow.complete, key=keys[0], variables=None, now=NOW))
    await asyncio.sleep(0.05)
    task.cancel()
    gate.set()
    await first
    with pytest.raises(asyncio.CancelledError):
        await task
    await store.committed(hold, gate)  # the queue has been drained past it
    assert states(store, keys) == {keys[0]: "activated"}


async def test_concurrent_claims_through_group_commit_never_share_a_job(fresh_store: Store) -> None:
    """Default lanes (several on PostgreSQL): 40 concurrent claims of 7 over 200 jobs; each key at most once."""
    keys = make_jobs(fresh_store, "gc-claim", count=200)
    now = int(time.time() * 1000)
    results = await asyncio.gather(*(fresh_store.committed(
        activation.claim, type="gc-claim", worker=f"w{i}", max_jobs=7, timeout_ms=60_000, now=now)
        for i in range(40)))
    got = [j.key for jobs in results for j in jobs]
    assert len(got) == len(set(got)) == 200
    assert sorted(got) == keys
    with fresh_store.read() as conn:
        owners = dict(conn.execute(sa.select(JOB.c.key, JOB.c.worker).where(JOB.c.key.in_(keys))).all())
    assert owners == {j.key: f"w{i}" for i, jobs in enumerate(results) for j in jobs}


def sync_mode(conn: Connection) -> str:
    """How this transaction's commit will reach the disk."""
    if conn.dialect.name == "sqlite":
        return {0: "off", 1: "normal", 2: "full", 3: "extra"}[conn.exec_driver_sql("PRAGMA synchronous").scalar()]
    return "full" if conn.exec_driver_sql("SHOW synchronous_commit").scalar() == "on" else "normal"


async def test_leases_alone_skip_the_fsync_and_share_durability_with_commands(store: Store) -> None:
    """A batch of leases only commits without waiting for the disk; a batch with any command is durable: on
    PostgreSQL its commit waits for the flush, on an SQLite file it commits unflushed and is answered after the
    WAL syncer's flush (jobgate.store.walsync; tests/store/test_walsync.py)."""
    later = store.wal is not None
    durable = "normal" if later else "full"

    def flushes() -> int:
        return store.wal.flushes if store.wal is not None else 0

    assert await store.leasing(sync_mode) == "normal"
    before = flushes()
    assert await store.committed(sync_mode) == durable
    assert flushes() == before + later
    assert await store.leasing(sync_mode) == "normal"
    assert flushes() == before + later  # leases alone: no flush
    mixed = await queued_behind(store, [store.leasing(sync_mode), store.committed(sync_mode)])
    assert mixed == [durable, durable]
    assert flushes() >= before + 2 * later  # one more at least (the holding batch's flush may serve both)
    assert await store.committed(sync_mode) == durable
    with store.write() as conn:  # a write transaction outside group commit flushes in its own COMMIT
        assert sync_mode(conn) == "full"
