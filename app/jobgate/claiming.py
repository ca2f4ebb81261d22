"""The claims of the long-poll hub: one activation claim in a write transaction, and a new request's claim-now.

A claim is the plain one (type, tenants), the same within a response-size budget (when the hub knows how a job is
rendered), or a waiter's claimer of its own (e.g. a Camunda 7 topic with filters). `Claiming` is a mixin of
jobgate.longpoll.Hub: it reads the hub's store, settings and state, declared here for the type checker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import Connection

from jobgate.metrics import Metrics
from jobgate.settings import Settings
from jobgate.store import activation
from jobgate.store.activation import ActivatedJob, Budget, Claimed
from jobgate.store.activation_budget import claim_within
from jobgate.store.clock import now_ms
from jobgate.store.engine import Store
from jobgate.waiters import ActivationRequest, Claimer, LongPollsExhausted, ShuttingDown, Waiter
from jobgate.wakeups import Wakeups

MAX_BATCH = 1000


class Claiming:
    """Claims for activation requests and waiters, counted in the hub's metrics; a claim sets the timed wake-up of
    its lease deadline."""

    store: Store
    settings: Settings
    metrics: Metrics | None
    encode: Callable[[ActivatedJob], bytes] | None
    response_overhead: int
    stopping: bool
    _generation: dict[str, int]
    _parked: int
    _wakeups: Wakeups

    async def _claim(self, req: ActivationRequest | Waiter) -> Claimed:
        max_jobs = min(req.max_jobs, MAX_BATCH)
        if req.claimer is not None:
            claimed = Claimed(await self.store.leasing(_call_claimer, req.claimer, worker=req.worker,
                                                       max_jobs=max_jobs, now=now_ms()))
        elif self.encode is None:
            claimed = Claimed(await self.store.leasing(
                activation.claim, type=req.type, worker=req.worker, max_jobs=max_jobs, timeout_ms=req.timeout_ms,
                now=now_ms(), fetch_variables=req.fetch_variables, tenants=req.tenants,
            ))
        else:
            budget = Budget(self.settings.max_activation_bytes, self.encode, self.response_overhead)
            claimed = await self.store.leasing(
                claim_within, type=req.type, worker=req.worker, max_jobs=max_jobs, timeout_ms=req.timeout_ms,
                now=now_ms(), fetch_variables=req.fetch_variables, budget=budget, tenants=req.tenants,
            )
        jobs = claimed.jobs
        if self.metrics is not None and (claimed.incidents or claimed.timed_out):
            self.metrics.job_event("timed_out", req.type, claimed.timed_out)
            self.metrics.incidents.labels("created", self.metrics.type_label(req.type)).inc(claimed.incidents)
        if jobs:
            if self.metrics is not None:
                self.metrics.job_event("activated", req.type, len(jobs))
            self._wakeups.at([(req.type, jobs[0].deadline)])
        return claimed

    async def _claim_now(self, req: ActivationRequest) -> tuple[list[ActivatedJob] | None, int]:
        """The jobs to answer at once (maybe none), or None and the type's generation when the request must wait."""
        if self.stopping:
            raise ShuttingDown("The server is shutting down.")
        while True:
            generation = self._generation.get(req.type, 0)
            claimed = await self._claim(req)
            if claimed.jobs:
                return claimed.jobs, generation
            if claimed.truncated:
                continue  # every job claimed became an incident (too large): more may be claimable at once
            if req.request_timeout_ms < 0:
                return [], generation
            if self._generation.get(req.type, 0) == generation:
                break  # nothing was freed while we looked: safe to wait
        if self.stopping:
            return [], generation
        if self._parked >= self.settings.max_long_polls:
            raise LongPollsExhausted(
                f"Expected to activate jobs of type '{req.type}', but no jobs available and at least one broker "
                "returned 'RESOURCE_EXHAUSTED'. Please try again later.")
        return None, generation


def _call_claimer(conn: Connection, /, claimer: Claimer, **kwargs: Any) -> list[ActivatedJob]:
    return claimer(conn, **kwargs)
