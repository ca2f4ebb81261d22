"""The store's worker threads: blocking database calls run off the event loop, with one cheap hand-off each way.

anyio.to_thread cost ~3x a plain hand-off per call (a cancel scope, a capacity limiter keyed by task, sniffio
lookups, a worker-idle timer), and every complete, claim and non-inline read pays it. Here a call is put on a
SimpleQueue that long-lived daemon threads take from; the thread runs it in a copy of the caller's context and
hands the outcome back with `call_soon_threadsafe`. What anyio gave the store, it keeps:

- at most `threads` calls run at once (`Gate`); a call that finds none free within the pool timeout gets a 503;
- without a deadline a call cannot be abandoned: a caller cancelled meanwhile waits for the thread to finish and
  only then sees its cancellation (a write is never left running behind an answered request);
- with a deadline (PostgreSQL) the caller stops waiting when it passes, or when it is cancelled; the call runs on in
  its thread, which `max_threads` bounds (a call never started is skipped), and its outcome is dropped.
"""

from __future__ import annotations

import asyncio
import contextvars
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_STOP = None
_Job = tuple[Callable[[], Any], "asyncio.Future[Any]", asyncio.AbstractEventLoop]  # a call, its future, its loop


def call_soon(loop: asyncio.AbstractEventLoop, callback: Callable[..., None], *args: Any) -> None:
    """`callback(*args)` on `loop`, from any thread; nothing when the loop is closed (nobody is left to answer)."""
    try:
        loop.call_soon_threadsafe(callback, *args)
    except RuntimeError:
        pass


class DeadlinePassed(Exception):
    """The call's deadline passed before its thread finished (the thread is abandoned, its outcome dropped)."""


class PoolTimeout(Exception):
    """No store thread became free within the pool timeout."""


def _settle(future: asyncio.Future[Any], ok: bool, value: Any) -> None:
    if future.cancelled():
        return  # abandoned: nobody waits for this outcome
    if ok:
        future.set_result(value)
    else:
        future.set_exception(value)


class StoreThreads:
    """A pool of daemon threads for blocking store calls, started as they are needed (at most `max_threads`)."""

    def __init__(self, threads: int, max_threads: int, name: str = "jobgate-store") -> None:
        self.threads = max(1, threads)
        self._gate: asyncio.Semaphore | None = None
        self._gate_loop: asyncio.AbstractEventLoop | None = None  # a semaphore serves one event loop
        self.max_threads = max(1, max_threads)
        self.name = name
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._started = 0
        self._idle = 0

    async def call(self, call: Callable[[], T], *, pool_timeout: float, deadline: float | None = None) -> T:
        """Run `call` on a store thread and return (or raise) its outcome; see the module docstring."""
        loop = asyncio.get_running_loop()
        gate = self._gate
        if gate is None or self._gate_loop is not loop:
            gate = self._gate = asyncio.Semaphore(self.threads)
            self._gate_loop = loop
        if gate.locked():
            try:
                async with asyncio.timeout(pool_timeout):
                    await gate.acquire()
            except TimeoutError:
                raise PoolTimeout from None
        else:
            await gate.acquire()  # free: returns at once, without a suspension
        try:
            future: asyncio.Future[T] = loop.create_future()
            self._submit(contextvars.copy_context().run, call, future, loop)
            if deadline is None:
                return await _uncancellable(future)
            try:
                async with asyncio.timeout(deadline):
                    return await future  # cancelling this task cancels the future: the outcome is dropped
            except TimeoutError:
                if future.done() and not future.cancelled():
                    return future.result()  # finished as the deadline passed
                raise DeadlinePassed from None
        finally:
            gate.release()

    def _submit(self, run: Callable[..., Any], call: Callable[[], Any], future: asyncio.Future[Any],
                loop: asyncio.AbstractEventLoop) -> None:
        with self._lock:
            start = self._idle == 0 and self._started < self.max_threads
            if start:
                self._started += 1
            else:
                self._idle -= 1  # an idle thread takes it (or, all busy at the maximum, it queues)
            jobs = self._queue  # put under the lock: never on a queue that `close` has just handed to its stops
            jobs.put((lambda: run(call), future, loop))
        if start:
            threading.Thread(target=self._work, args=(jobs,), name=f"{self.name}-{self._started}",
                             daemon=True).start()

    def _work(self, jobs: queue.SimpleQueue[_Job | None]) -> None:
        """Take calls from `jobs`, the queue of the pool this thread was started for, until its stop."""
        while True:
            item = jobs.get()
            if item is _STOP:
                return
            call, future, loop = item
            item = None
            if not future.cancelled():  # abandoned before it started: never run it
                try:
                    outcome: tuple[bool, Any] = (True, call())
                except BaseException as exc:  # handed to the caller, as anyio.to_thread would
                    outcome = (False, exc)
                call_soon(loop, _settle, future, *outcome)
                outcome = (False, None)  # hold no result while idle
            call = future = loop = None  # type: ignore[assignment]
            with self._lock:
                if jobs is self._queue:  # closed meanwhile: this thread is not the new pool's, its stop waits
                    self._idle += 1

    def close(self) -> None:
        """Let every started thread end once the calls queued before this are done. Calls made after it get new
        threads and a new queue: a thread still finishing a call as the pool closes goes back to its own queue,
        where its stop waits, and never counts as idle in the new pool."""
        with self._lock:
            count, self._started, self._idle = self._started, 0, 0
            jobs, self._queue = self._queue, queue.SimpleQueue()
        for _ in range(count):
            jobs.put(_STOP)


async def _uncancellable(future: asyncio.Future[T]) -> T:
    """The future's outcome; a cancellation meanwhile is raised only once the future is done."""
    cancelled = False
    while True:
        try:
            result = await asyncio.shield(future)
        except asyncio.CancelledError:
            if future.done():
                raise
            cancelled = True
            continue
        if cancelled:
            raise asyncio.CancelledError
        return result
