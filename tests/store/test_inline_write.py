"""Group-commit batches on the event loop (app/jobgate/store/inline_write.py), on a real SQLite file.

Durable batches run on the loop and are acknowledged after the WAL syncer's flush; a write lock held elsewhere, a
spent budget or a failing command sends the batch, unchanged, to the lane thread, whose answers are each command's
own; the loop never waits for a lock; checkpoints run on the syncer's thread, and a thread's write gets its busy
timeout back.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from jobgate.store import activation, completion, inline_write, walsync
from jobgate.store.engine import Store
from jobgate.store.errors import JobNotFound, StoreUnavailable
from jobgate.store.guard import StoreTimeouts
from jobgate.store.tables import JOB

from .test_activation import NOW, make_jobs
from .test_group_commit import states


def inline_store(tmp_path: Path, budget_ms: float = 50.0) -> Store:
    store = Store(f"sqlite:///{tmp_path / 'inline.db'}", timeouts=StoreTimeouts(busy=5.0), inline_write_ms=budget_ms)
    store.create_schema()
    return store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = inline_store(tmp_path)
    yield s
    s.dispose()


def claimed(store: Store, type_: str, count: int, variables: dict[str, int] | None = None) -> list[int]:
    keys = make_jobs(store, type_, count=count, variables=variables)
    with store.write() as conn:
        activation.claim(conn, type=type_, worker="w", max_jobs=count, timeout_ms=60_000, now=NOW)
    return keys


async def complete_all(store: Store, keys: list[int], variables: dict[str, int] | None = None) -> list[object]:
    return await asyncio.gather(*(store.committed_many(completion.complete_many, completion.Completion(
        key, variables, NOW)) for key in keys), return_exceptions=True)


async def test_completes_run_on_the_loop_and_are_acknowledged_after_a_flush(store: Store) -> None:
    keys = claimed(store, "inl", 12)
    writer, wal = store.inline_writer, store.wal
    assert writer is not None and wal is not None
    results = await complete_all(store, keys)
    assert all(isinstance(r, completion.Wake) for r in results)
    assert writer.inline >= 1 and writer.overruns == 0
    assert wal.flushes >= 1  # acknowledged only after the syncer flushed the WAL
    assert set(states(store, keys).values()) == {"completed"}


async def test_a_write_lock_held_by_another_process_never_holds_the_loop(store: Store, tmp_path: Path) -> None:
    """Another connection (as another process would) holds SQLite's write lock: the batch is not waited for on
    the loop (busy_timeout=0 there); it runs on the lane thread once the lock is free, and commits once."""
    keys = claimed(store, "busy", 3)
    other = sqlite3.connect(tmp_path / "inline.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    tick = asyncio.create_task(ticker())
    done = asyncio.ensure_future(complete_all(store, keys))
    await asyncio.sleep(0.3)
    assert not done.done() and ticks >= 10, "the loop stopped while the lock was held"
    other.execute("COMMIT")
    other.close()
    results = await asyncio.wait_for(done, 10)
    tick.cancel()
    assert all(isinstance(r, completion.Wake) for r in results)
    assert store.inline_writer is not None and store.inline_writer.overruns >= 1
    assert set(states(store, keys).values()) == {"completed"}


async def test_a_spent_budget_runs_the_batch_again_on_the_thread_once(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A budget no statement can meet: a batch whose statements reach the progress handler's check is interrupted
    on the loop, rolled back, and run on the thread. Each complete still succeeds: had the interrupted try
    committed, the thread's run would have found its job completed already and failed."""
    monkeypatch.setattr(inline_write, "PROGRESS_STEPS", 1)  # the clock checked at every SQLite instruction
    store = inline_store(tmp_path, budget_ms=0.000001)
    try:
        keys = claimed(store, "slow", 4, variables={"n": 1})
        results = await complete_all(store, keys, {"n": 2})
        assert all(isinstance(r, completion.Wake) for r in results)
        assert store.inline_writer is not None and store.inline_writer.inline == 0
        assert store.inline_writer.overruns >= 1
        assert set(states(store, keys).values()) == {"completed"}
    finally:
        store.dispose()


async def test_a_failing_command_gets_its_own_answer_from_the_thread(store: Store) -> None:
    keys = claimed(store, "mixed", 2)
    results = await complete_all(store, [keys[0], 999_999_999, keys[1]])
    assert isinstance(results[0], completion.Wake) and isinstance(results[2], completion.Wake)
    assert isinstance(results[1], JobNotFound)
    assert set(states(store, keys).values()) == {"completed"}


async def test_checkpoints_run_on_the_syncer_and_a_thread_write_gets_its_busy_timeout(store: Store) -> None:
    keys = claimed(store, "ckpt", walsync.CHECKPOINT_EVERY + 4)
    for key in keys:  # one batch each: CHECKPOINT_EVERY inline commits and more
        assert isinstance((await complete_all(store, [key]))[0], completion.Wake)
    assert store.wal is not None and store.inline_writer is not None
    assert store.inline_writer.inline >= walsync.CHECKPOINT_EVERY
    for _ in range(200):
        if store.wal.checkpoints:
            break
        await asyncio.sleep(0.01)
    assert store.wal.checkpoints >= 1

    def pragmas(conn: Connection) -> tuple[int, int]:
        driver = conn.connection.driver_connection
        assert driver is not None
        return (driver.execute("PRAGMA busy_timeout").fetchone()[0],
                driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0])

    assert await store.writing(pragmas) == (5000, 1000)  # as a thread's write needs them, not the loop's (0, 0)


async def test_a_command_through_sqlalchemy_joins_the_inline_transaction(store: Store) -> None:
    """A command that executes through SQLAlchemy (which begins a transaction of its own) commits with the batch
    when it succeeds, and leaves nothing behind when it raises after its statement."""
    keys = claimed(store, "sa", 2)

    def suspend(conn: Connection, key: int, fail: bool) -> int:
        conn.execute(sa.update(JOB).where(JOB.c.key == key).values(state="failed"))
        if fail:
            raise ValueError("after the statement")
        return key

    assert await store.committed(suspend, keys[0], False) == keys[0]
    assert store.inline_writer is not None and store.inline_writer.inline >= 1
    with pytest.raises(ValueError, match="after the statement"):
        await store.committed(suspend, keys[1], True)
    assert states(store, keys) == {keys[0]: "failed", keys[1]: "activated"}
    assert isinstance((await complete_all(store, keys[1:]))[0], completion.Wake)  # the connection is good after


async def test_a_budget_spent_at_the_commit_never_runs_a_committed_batch_again(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The budget runs out after the command's last statement, before the COMMIT. SQLite may call a progress
    handler at the end of any statement, COMMIT included, and a COMMIT interrupted there has committed all the
    same: the handler watches the commands only, so the batch commits inline, once."""
    monkeypatch.setattr(inline_write, "PROGRESS_STEPS", 1)
    store = inline_store(tmp_path, budget_ms=20)
    runs: list[int] = []
    try:
        keys = claimed(store, "late", 1)

        def slow(conn: Connection, key: int) -> int:
            runs.append(key)
            conn.execute(sa.update(JOB).where(JOB.c.key == key).values(state="failed"))
            time.sleep(0.05)  # past the budget, with no statement left to notice it
            return key

        assert await store.committed(slow, keys[0]) == keys[0]
        assert runs == keys and states(store, keys) == {keys[0]: "failed"}
        assert store.inline_writer is not None and (store.inline_writer.inline, store.inline_writer.overruns) == (1, 0)
    finally:
        store.dispose()


async def test_a_commit_with_an_unknown_outcome_fails_the_batch_and_never_runs_it_again(store: Store) -> None:
    """The COMMIT fails with the transaction no longer open (here a command ended it itself): whether its work
    is on disk cannot be told, so the batch gets 503 (StoreUnavailable) and is not run again on the thread."""
    runs: list[int] = []

    def ends_it(conn: Connection) -> int:
        runs.append(1)
        conn.connection.driver_connection.execute("COMMIT")  # type: ignore[union-attr]
        return 1

    with pytest.raises(StoreUnavailable, match="outcome unknown"):
        await store.committed(ends_it)
    assert runs == [1]
