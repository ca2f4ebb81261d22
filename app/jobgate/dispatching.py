"""The dispatch of the long-poll hub's waiters: a type's queue served head first, one claim per waiter.

`Dispatching` is a mixin of jobgate.longpoll.Hub: it reads the hub's queues, store and claims, declared here for
the type checker. A dispatch runs when jobs of a type become claimable (Hub.notify) and on a periodic probe that
also catches jobs freed by other processes.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from jobgate.claiming import MAX_BATCH
from jobgate.settings import Settings
from jobgate.store import activation
from jobgate.store.activation import Claimed, may_see
from jobgate.store.engine import Store
from jobgate.store.errors import StoreUnavailable
from jobgate.waiters import ActivationRequest, Waiter, first_live

log = logging.getLogger("jobgate.longpoll")
MAX_RESTARTS = 3  # rounds of a dispatch begun again because a job went past a waiter it was owed to (_serve)


class Dispatching:
    """Serves the waiting activation requests of a type, head first (see Hub for the queues' rules)."""

    store: Store
    settings: Settings
    _queues: dict[str, OrderedDict[Waiter, None]]
    _dispatching: dict[str, asyncio.Task[None]]
    _again: set[str]
    _claim: Callable[[ActivationRequest | Waiter], Awaitable[Claimed]]  # jobgate.claiming.Claiming's
    _drop: Callable[[Waiter], None]  # jobgate.longpoll.Hub's

    async def _dispatch(self, type_: str) -> None:
        try:
            while True:
                self._again.discard(type_)
                await self._serve(type_)
                if type_ not in self._again:
                    return
        except StoreUnavailable as exc:  # the store is down: waiters keep waiting; the probe retries
            log.warning("dispatch for a waiting type failed: %s", "; ".join(getattr(exc, "__notes__", ())) or exc)
        except Exception:
            log.warning("dispatch for type %r failed", type_, exc_info=True)
        finally:
            self._dispatching.pop(type_, None)

    async def _serve(self, type_: str) -> None:
        """Serve a type's waiters head first, each claiming with its own tenant set.

        A claim that comes back short drains what that tenant set may see: later waiters whose set is covered by
        it are skipped this round, while the others (other tenants) still get their turn in FIFO order. Without
        tenant restrictions every set is None, so the first short claim ends the round, as before.

        A job may become claimable between two claims of a round: a waiter further back then gets a job that one
        ahead of it, which found nothing, may also see. The one ahead is owed it (FIFO), so those leases go back
        and the round starts again at the head, at most MAX_RESTARTS times.
        """
        drained: list[frozenset[str] | None] = []
        passed: list[frozenset[str] | None] = []  # tenant sets of waiters that found nothing and still wait
        tried: set[Waiter] = set()  # waiters with a claim of their own that found nothing this round
        restarts = 0
        while True:
            # Looked up afresh each round: while we claim, the queue may empty (and go) and a new one begin.
            waiter = self._next_waiter(type_, drained, tried)
            if waiter is None:
                return
            claimed = await self._claim(waiter)
            jobs = claimed.jobs
            if not jobs:
                if waiter.claimer is not None:
                    tried.add(waiter)
                elif not claimed.truncated:  # truncated: only incidents this round, more may be claimable
                    drained.append(waiter.tenants)
                    passed.append(waiter.tenants)
                continue
            owed = restarts < MAX_RESTARTS and any(may_see(t, j.tenant_id) for t in passed for j in jobs)
            if waiter.future.done() or owed:  # gone while we claimed, or owed to one ahead: hand the leases back
                await self.store.leasing(activation.release, keys=[j.key for j in jobs], worker=waiter.worker,
                                         deadline=jobs[0].deadline)
                if owed:
                    restarts += 1
                    drained, passed, tried = [], [], set()
                continue
            waiter.future.set_result(jobs)
            self._drop(waiter)
            if not claimed.truncated and waiter.claimer is None and len(jobs) < min(waiter.max_jobs, MAX_BATCH):
                drained.append(waiter.tenants)

    def _next_waiter(self, type_: str, drained: list[frozenset[str] | None],
                     tried: set[Waiter] | None = None) -> Waiter | None:
        """The first live waiter of a type whose tenants are not all drained; drops answered waiters on the way."""
        if None in drained:
            return None  # everything claimable was claimed
        queue = self._queues.get(type_)
        if not queue:
            return None
        found, gone = first_live(queue, drained, tried)
        for waiter in gone:
            self._drop(waiter)
        return found

    async def _probe(self) -> None:
        interval = self.settings.probe_interval_ms / 1000
        while True:
            await asyncio.sleep(interval)
            types = [t for t, q in self._queues.items() if q]
            for t in types:
                if t not in self._dispatching:
                    self._dispatching[t] = asyncio.create_task(self._dispatch(t), name=f"jobgate-dispatch-{t}")
