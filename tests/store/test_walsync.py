"""Durable group-commit batches on an SQLite file are answered after the WAL syncer's flush, not inside their
COMMIT (app/jobgate/store/walsync.py): held flushes show the order of events, failing ones the error path."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Connection

from jobgate.store import activation, flow
from jobgate.store.engine import Store
from jobgate.store.errors import StoreUnavailable
from jobgate.store.walsync import WalSyncer, flush_error

from .test_activation import NOW, make_jobs
from .test_group_commit import states

pytestmark = pytest.mark.anyio


def synced(syncer: WalSyncer) -> asyncio.Future[None]:
    """Resolved once everything committed before this call is on disk (else StoreUnavailable)."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[None] = loop.create_future()

    def settle(error: str | None) -> None:
        if future.done():
            return
        if error is None:
            future.set_result(None)
        else:
            future.set_exception(flush_error(error))

    syncer.after_flush(loop, settle)
    return future


class HeldFlushes:
    """The store's syncer with each flush waiting for `release` (and then failing with `error`, if set)."""

    def __init__(self, wal: WalSyncer, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.error: str | None = None
        real = wal._flush

        def flush() -> str | None:
            self.started.set()
            self.release.wait(10)
            return self.error or real()

        monkeypatch.setattr(wal, "_flush", flush)


@pytest.fixture
def store(sqlite_store: Store) -> Iterator[Store]:
    assert sqlite_store.wal is not None  # a file with synchronous=FULL (the default)
    yield sqlite_store


def claimed(store: Store, type_: str, count: int) -> list[int]:
    keys = make_jobs(store, type_, count=count)
    with store.write() as conn:
        activation.claim(conn, type=type_, worker="w", max_jobs=count, timeout_ms=60_000, now=NOW)
    return keys


async def test_a_complete_is_answered_after_the_flush_and_the_lane_goes_on(store: Store,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    keys = claimed(store, "ws", 2)
    assert store.wal is not None
    held = HeldFlushes(store.wal, monkeypatch)
    complete = asyncio.create_task(store.committed(flow.complete, key=keys[0], variables=None, now=NOW))
    assert await asyncio.to_thread(held.started.wait, 5)
    await asyncio.sleep(0.05)
    assert not complete.done()  # committed, not yet on disk: no answer
    assert states(store, keys[:1]) == {keys[0]: "completed"}  # (visible to readers meanwhile)
    leased = await asyncio.wait_for(store.leasing(lambda conn: "leased"), 5)  # the lane is not held by the flush
    assert leased == "leased" and not complete.done()
    held.release.set()
    await asyncio.wait_for(complete, 5)


async def test_a_failed_flush_fails_its_commands(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    keys = claimed(store, "wf", 1)
    assert store.wal is not None
    held = HeldFlushes(store.wal, monkeypatch)
    held.error = "EIO"
    held.release.set()
    with pytest.raises(StoreUnavailable) as caught:
        await store.committed(flow.complete, key=keys[0], variables=None, now=NOW)
    assert "could not be flushed to disk (EIO)" in str(caught.value.__notes__)
    assert states(store, keys) == {keys[0]: "completed"}  # committed, but nobody could say it was on disk


async def test_one_flush_serves_every_commit_before_it(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    assert store.wal is not None
    held = HeldFlushes(store.wal, monkeypatch)
    first = asyncio.create_task(store.committed(lambda conn: 0))
    assert await asyncio.to_thread(held.started.wait, 5)
    flushes = store.wal.flushes

    def write(conn: Connection, n: int) -> int:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS scratch (n INTEGER)")
        conn.exec_driver_sql(f"INSERT INTO scratch VALUES ({n})")
        return n

    later: list[asyncio.Task[Any]] = []
    for n in range(1, 4):  # three batches, one after another, while the first flush is held
        later.append(asyncio.create_task(store.committed(write, n)))
        await asyncio.sleep(0.02)
    for _ in range(500):  # until all three committed and wait for a flush
        if len(store.wal._waiting) == 3:
            break
        await asyncio.sleep(0.01)
    assert store.group.batches >= 4 and not any(t.done() for t in later)
    held.release.set()
    assert await asyncio.gather(first, *later) == [0, 1, 2, 3]
    assert store.wal.flushes == flushes + 2  # the held one, then one for all three


async def test_without_a_wal_the_database_file_is_flushed(tmp_path: Path) -> None:
    database = tmp_path / "plain.db"
    syncer = WalSyncer(str(database))
    try:
        assert syncer._flush() == f"{database}: no such file"
        database.write_bytes(b"")
        assert syncer._flush() is None and syncer.flushes == 1
        await synced(syncer)
    finally:
        syncer.close()
    await synced(syncer)  # after close (a store used again after dispose): on a new thread
    assert syncer.flushes == 3
    syncer.close()


async def test_a_store_used_again_after_dispose_still_answers_durable_commands(store: Store) -> None:
    """Store.dispose ends the syncer's thread; the store may be used again (the app's lifespan in tests), and a
    durable command then gets a flush from a new thread instead of failing."""
    assert await store.committed(lambda conn: 1) == 1
    store.dispose()
    assert await asyncio.wait_for(store.committed(lambda conn: 2), 5) == 2
