"""Long polling for GET /zeebe/jobs: per-type FIFO queues of waiting activation requests.

A waiting request is an asyncio future in an ordered queue: it holds no thread and no DB connection. A type's
queue is served by one dispatch task at a time, head first, so the earliest waiter gets the first jobs. Each claim
is made with the tenant set of the waiter it is for, so a waiter gets only jobs its caller may see; a job it may
not see goes to the next waiter that may. Dispatch
runs when this process makes jobs claimable (`notify`), at known future times (back-off ends, lease deadlines:
jobgate.wakeups), and on a periodic probe that also catches jobs freed by other processes.

Each waiter's future gets exactly one outcome, always on the event loop: its jobs (dispatch), [] (timeout, client
disconnect, shutdown) or cancelled (its request task was cancelled). A dispatch that finds the future already
done after claiming gives the leases straight back, so no outcome strands a job under a lease nobody holds.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar, overload

from jobgate.claiming import Claiming
from jobgate.dispatching import Dispatching
from jobgate.metrics import Metrics
from jobgate.parking import OnDisconnect, park
from jobgate.reqctx import mark_long_poll
from jobgate.settings import Settings
from jobgate.store.activation import ActivatedJob
from jobgate.store.engine import Store
from jobgate.store.flow import Wake
from jobgate.timers import TimerWheel
from jobgate.waiters import ActivationRequest, LongPollsExhausted, ShuttingDown, Waiter
from jobgate.wakeups import Wakeups

__all__ = ["ActivationRequest", "Hub", "LongPollsExhausted", "ShuttingDown", "Waiter"]

R = TypeVar("R")
Disconnected = Callable[[], Awaitable[None]]  # returns when the client has gone away
MAX_WAIT_MS = 24 * 3_600_000  # longest long poll (larger requestTimeout values are clamped)
TIMEOUT_RESOLUTION_S = 0.01  # long-poll timeouts fire on a 10 ms grid (one loop timer for all of them)


class Hub(Claiming, Dispatching):
    """Activation with long polling, for one app instance (its claims: jobgate.claiming; the dispatch of its
    waiters: jobgate.dispatching)."""

    def __init__(self, store: Store, settings: Settings, metrics: Metrics | None = None) -> None:
        self.store = store
        self.settings = settings
        self.metrics = metrics
        # Set by Services: sends woken types to the other processes on the same store (LISTEN/NOTIFY).
        self.publish: Callable[[Iterable[str]], None] | None = None
        # Set by create_app: renders a job as the response carries it, and the response's size around the jobs.
        # With it, each batch keeps within settings.max_activation_bytes (jobgate.store.activation_budget).
        self.encode: Callable[[ActivatedJob], bytes] | None = None
        self.response_overhead = 0
        # Per type, waiters in arrival order; an OrderedDict so that a waiter leaving anywhere costs O(1).
        self._queues: dict[str, OrderedDict[Waiter, None]] = {}
        self._generation: dict[str, int] = {}
        self._dispatching: dict[str, asyncio.Task[None]] = {}
        self._again: set[str] = set()
        self._wakeups = Wakeups(self.notify)
        self._timeouts: TimerWheel[Waiter] = TimerWheel(Waiter.answer_empty, TIMEOUT_RESOLUTION_S)
        self._probe_task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.stopping = False
        self._parked = 0  # requests waiting in activate (also those a dispatch is serving right now)

    @property
    def parked(self) -> int:
        """Activation requests waiting for jobs now (the admission control does not count them as busy)."""
        return self._parked

    @property
    def waiting(self) -> int:
        return sum(len(q) for q in self._queues.values())

    def waiting_by_type(self) -> dict[str, int]:
        return {t: len(q) for t, q in self._queues.items() if q}

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self.stopping = False
        self._probe_task = asyncio.create_task(self._probe(), name="jobgate-probe")

    def begin_shutdown(self) -> None:
        """Answer every waiter at once with no jobs; refuse new activations with 503."""
        self.stopping = True
        for queue in self._queues.values():
            while queue:
                waiter = queue.popitem(last=False)[0]
                waiter.gone = True
                waiter.answer_empty()
        self._queues.clear()
        self._wakeups.clear()
        self._timeouts.clear()

    def begin_shutdown_threadsafe(self) -> None:
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self.begin_shutdown)

    async def stop(self) -> None:
        self.begin_shutdown()
        tasks = [t for t in (self._probe_task, *self._dispatching.values()) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._dispatching.clear()

    # -- wake-ups -------------------------------------------------------------------------------------------

    def wake(self, wake: Wake) -> None:
        """After a store command: count its events and serve the long polls of the types it made claimable, now
        or at a later time (and tell the other processes)."""
        if self.metrics is not None:
            self.metrics.record(wake.events)
        if wake.now:  # a complete that ends its instance wakes nothing: skip the calls (one per complete)
            self.notify(wake.now)
        if wake.later:
            self.notify_at(wake.later)

    def notify(self, types: Iterable[str], *, publish: bool = True) -> None:
        """Jobs of these types became claimable: serve their waiters (and tell the other processes)."""
        types = list(types)
        if publish and types and self.publish is not None:
            self.publish(types)
        for t in types:
            self._generation[t] = self._generation.get(t, 0) + 1
            if not self._queues.get(t):
                continue
            if t in self._dispatching:
                self._again.add(t)
            else:
                self._dispatching[t] = asyncio.create_task(self._dispatch(t), name=f"jobgate-dispatch-{t}")

    def notify_at(self, when: Iterable[tuple[str, int]]) -> None:
        """Jobs of a type become claimable at an epoch-ms time (back-off end, lease deadline): serve its waiters
        then (jobgate.wakeups; times beyond its horizon are left to the probe)."""
        self._wakeups.at(when)

    # -- activation (the claims themselves: jobgate.claiming) -----------------------------------------------

    async def activate(self, req: ActivationRequest, disconnected: Disconnected | None = None,
                       on_disconnect: OnDisconnect | None = None) -> list[ActivatedJob]:
        """Claim jobs now, or wait (long poll) until some can be claimed or the request times out.

        A waiter leaves when its client goes away: told by `on_disconnect` (the server's hook, no task), else
        found by a task awaiting `disconnected()` (returns when the ASGI receive channel says http.disconnect)."""
        jobs, generation = await self._claim_now(req)
        if jobs is not None:
            return jobs
        return await self._wait(req, disconnected, on_disconnect, generation)

    async def answer(self, req: ActivationRequest, render: Callable[[list[ActivatedJob]], R],
                     disconnected: Disconnected | None = None, on_disconnect: OnDisconnect | None = None) -> R:
        """activate, then `render` the jobs (the handler's response); a request that has to wait parks first when
        it can (jobgate.parking: its middleware stack is freed while it waits), which raises Parked."""
        jobs, generation = await self._claim_now(req)
        if jobs is not None:
            return render(jobs)
        park(functools.partial(self._wait, req, disconnected, on_disconnect, generation, render))
        return await self._wait(req, disconnected, on_disconnect, generation, render)

    @overload
    async def _wait(self, req: ActivationRequest, disconnected: Disconnected | None, on_disconnect: OnDisconnect |
                    None, generation: int, render: None = None) -> list[ActivatedJob]: ...

    @overload
    async def _wait(self, req: ActivationRequest, disconnected: Disconnected | None, on_disconnect: OnDisconnect |
                    None, generation: int, render: Callable[[list[ActivatedJob]], R]) -> R: ...

    async def _wait(self, req: ActivationRequest, disconnected: Disconnected | None, on_disconnect: OnDisconnect |
                    None, generation: int, render: Callable[[list[ActivatedJob]], Any] | None = None) -> Any:
        """Park a waiter until jobs, its timeout, its client's disconnect or shutdown answer it; with `render`, what
        that makes of its jobs (one coroutine for a parked request's whole wait)."""
        if self.stopping:
            return render([]) if render else []
        if self._generation.get(req.type, 0) != generation:  # jobs were freed since the claim: look again
            jobs = await self.activate(req, disconnected, on_disconnect)
            return render(jobs) if render else jobs
        timeout = min(req.request_timeout_ms or self.settings.long_poll_timeout_ms, MAX_WAIT_MS)
        waiter = Waiter(req.type, req.worker, req.max_jobs, req.timeout_ms, req.fetch_variables, req.tenants,
                        req.claimer)
        self._queues.setdefault(req.type, OrderedDict())[waiter] = None
        waiter.slot = self._timeouts.add(waiter, timeout / 1000)
        unwatch = on_disconnect(waiter.leave) if on_disconnect is not None else None
        watcher = asyncio.create_task(self._watch(waiter, disconnected)) if disconnected and not unwatch else None
        self._parked += 1
        mark_long_poll()
        started = asyncio.get_running_loop().time()
        try:
            jobs = await waiter.future
        finally:
            self._parked -= 1
            if self.metrics is not None:
                self.metrics.long_poll_seconds.labels(waiter.outcome()).observe(
                    asyncio.get_running_loop().time() - started)
            self._timeouts.cancel(waiter, waiter.slot)
            if unwatch is not None:
                unwatch()
            if watcher is not None:
                watcher.cancel()
            if not waiter.future.done():
                waiter.future.cancel()
            self._drop(waiter)
        return render(jobs) if render else jobs

    @staticmethod
    async def _watch(waiter: Waiter, disconnected: Disconnected) -> None:
        await disconnected()  # the client went away: answer (into the void) and leave the queue
        waiter.leave()

    def _drop(self, waiter: Waiter) -> None:
        queue = self._queues.get(waiter.type)
        if queue is None:
            return
        queue.pop(waiter, None)
        if not queue:
            self._queues.pop(waiter.type, None)
