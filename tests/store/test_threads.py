"""The store's worker threads (jobgate.store.threads): outcomes, the concurrency gate, the pool timeout, and what a
cancellation or a deadline does to a call that is running."""

from __future__ import annotations

import asyncio
import contextvars
import threading
import time

import pytest

from jobgate.store.threads import DeadlinePassed, PoolTimeout, StoreThreads

REQUEST = contextvars.ContextVar("request", default="-")


async def test_outcomes_come_back_from_another_thread_in_the_callers_context() -> None:
    pool = StoreThreads(2, 8)
    REQUEST.set("r-1")
    seen: list[tuple[str, str]] = []

    def work() -> int:
        seen.append((threading.current_thread().name, REQUEST.get()))
        return 42

    def fail() -> None:
        raise KeyError("missing")

    try:
        assert await pool.call(work, pool_timeout=1) == 42
        with pytest.raises(KeyError):
            await pool.call(fail, pool_timeout=1)
        assert seen[0][0].startswith("jobgate-store") and seen[0][0] != threading.current_thread().name
        assert seen[0][1] == "r-1"
    finally:
        pool.close()


async def test_at_most_threads_calls_run_at_once_and_the_rest_wait() -> None:
    pool = StoreThreads(2, 8)
    running, peak = 0, 0
    lock = threading.Lock()

    def work() -> None:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.03)
        with lock:
            running -= 1

    try:
        await asyncio.gather(*(pool.call(work, pool_timeout=5) for _ in range(10)))
        assert peak == 2
    finally:
        pool.close()


async def test_a_call_that_finds_no_free_thread_within_the_pool_timeout_fails() -> None:
    pool = StoreThreads(1, 4)
    release = threading.Event()
    try:
        busy = asyncio.ensure_future(pool.call(release.wait, pool_timeout=1))
        await asyncio.sleep(0.02)
        started = time.monotonic()
        with pytest.raises(PoolTimeout):
            await pool.call(lambda: None, pool_timeout=0.1)
        assert 0.09 < time.monotonic() - started < 2
        release.set()
        assert await busy is True
        assert await pool.call(lambda: "free again", pool_timeout=1) == "free again"
    finally:
        release.set()
        pool.close()


async def test_without_a_deadline_a_cancelled_caller_waits_for_its_thread() -> None:
    """A write whose caller is cancelled still finishes before the caller goes on (anyio.to_thread's rule)."""
    pool = StoreThreads(2, 8)
    finished = threading.Event()

    def write() -> str:
        time.sleep(0.2)
        finished.set()
        return "done"

    try:
        task = asyncio.ensure_future(pool.call(write, pool_timeout=1))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert finished.is_set()  # it was not abandoned mid-write
    finally:
        pool.close()


async def test_a_deadline_abandons_the_thread_and_drops_its_outcome() -> None:
    pool = StoreThreads(1, 2)
    release, ran_late = threading.Event(), threading.Event()
    loop = asyncio.get_running_loop()
    errors: list[object] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    try:
        started = time.monotonic()
        with pytest.raises(DeadlinePassed):
            await pool.call(lambda: release.wait(5), pool_timeout=1, deadline=0.1)
        assert time.monotonic() - started < 1  # the caller did not wait for the thread
        # The gate is free again; the abandoned thread still runs, so this call gets the second (last) thread.
        assert await pool.call(lambda: "second thread", pool_timeout=1, deadline=1) == "second thread"
        # Abandon the second thread as well: both are busy, so the next call queues for a thread; cancelled before
        # one takes it, it never runs.
        blocker = threading.Event()
        with pytest.raises(DeadlinePassed):
            await pool.call(blocker.wait, pool_timeout=1, deadline=0.05)
        queued = asyncio.ensure_future(pool.call(ran_late.set, pool_timeout=1, deadline=5))
        await asyncio.sleep(0.02)
        queued.cancel()
        release.set()
        blocker.set()
        await asyncio.sleep(0.1)
        assert not ran_late.is_set()
        assert await pool.call(lambda: "still works", pool_timeout=1) == "still works"
        assert errors == []  # the dropped outcome raised nothing on the loop
    finally:
        release.set()
        pool.close()


async def test_close_ends_the_threads() -> None:
    pool = StoreThreads(2, 8)
    await asyncio.gather(*(pool.call(lambda: time.sleep(0.01), pool_timeout=1) for _ in range(4)))
    names = {t.name for t in threading.enumerate() if t.name.startswith("jobgate-store")}
    assert names
    pool.close()
    for _ in range(100):
        if not any(t.name in names and t.is_alive() for t in threading.enumerate()):
            break
        await asyncio.sleep(0.01)
    assert not any(t.name in names and t.is_alive() for t in threading.enumerate())


async def test_a_call_that_ends_as_the_pool_closes_leaves_the_pool_usable() -> None:
    """A store's lifespan can end (close) while its last call's thread is still on its way back to the queue: a
    call made after that must still find a thread. The call here closes the pool itself, so its thread comes back
    after the close every time; were that thread counted as idle in the new pool (it leaves on its stop), the
    next call would wait for ever."""
    pool = StoreThreads(2, 8)
    try:
        for _ in range(5):
            assert await pool.call(lambda: pool.close() or 1, pool_timeout=1) == 1
            assert await pool.call(lambda: 2, pool_timeout=1, deadline=5) == 2  # DeadlinePassed if stranded
    finally:
        pool.close()
