"""What a long poll is made of: the activation request, a parked waiter, and the errors that refuse one."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from jobgate.store.activation import ActivatedJob
from jobgate.store.errors import StoreUnavailable

# A claim of its own for a waiter (e.g. a Camunda 7 fetch-and-lock topic with filters): a store function called
# as claimer(conn, worker=..., max_jobs=..., now=...) in a write transaction, returning the jobs it leased.
Claimer = Callable[..., list[ActivatedJob]]


@dataclass(frozen=True, slots=True)
class ActivationRequest:
    type: str
    worker: str
    max_jobs: int
    timeout_ms: int
    fetch_variables: list[str] | None
    request_timeout_ms: int
    tenants: frozenset[str] | None = None
    # Claims with filters beyond type and tenants: such a waiter queues in its type's FIFO like any other, but a
    # short claim of its own tells nothing about what the others may claim (it never ends a dispatch round).
    claimer: Claimer | None = None


class Waiter:
    """A parked activation request: its claim parameters and the future its request awaits.

    `__slots__` and no per-waiter timer or callbacks: with 10,000 parked long polls every byte here counts
    ten thousand times (its timeout lives in the hub's TimerWheel as `slot`).
    """

    __slots__ = ("type", "worker", "max_jobs", "timeout_ms", "fetch_variables", "tenants", "claimer", "gone", "future",
                 "slot")

    def __init__(self, type: str, worker: str, max_jobs: int, timeout_ms: int, fetch_variables: list[str] | None,
                 tenants: frozenset[str] | None = None, claimer: Claimer | None = None) -> None:
        self.type = type
        self.worker = worker
        self.max_jobs = max_jobs
        self.timeout_ms = timeout_ms
        self.fetch_variables = fetch_variables
        self.tenants = tenants  # what the waiter may claim besides tenant-less jobs (None: any)
        self.claimer = claimer  # its own claim (ActivationRequest.claimer)
        self.gone = False  # answered [] because the client disconnected or the server shuts down (metrics)
        self.future: asyncio.Future[list[ActivatedJob]] = asyncio.get_running_loop().create_future()
        self.slot = 0

    def answer_empty(self) -> None:
        if not self.future.done():
            self.future.set_result([])

    def leave(self) -> None:
        """Its client went away: answer [] (into the void), counted as cancelled; the hub drops it."""
        self.gone = True
        self.answer_empty()

    def outcome(self) -> str:
        """How the long poll ended, for the metrics: jobs, timeout or cancelled."""
        future = self.future
        if future.done() and not future.cancelled() and future.result():
            return "jobs"
        if self.gone or not future.done() or future.cancelled():
            return "cancelled"
        return "timeout"


def first_live(queue: Iterable[Waiter], drained: list[frozenset[str] | None], tried: set[Waiter] | None = None
               ) -> tuple[Waiter | None, list[Waiter]]:
    """The first waiter in `queue` still waiting whose tenants are not all drained and that is not in `tried` (has
    a claim of its own that found nothing this round), and the answered ones before it."""
    gone: list[Waiter] = []
    for waiter in queue:
        if waiter.future.done():
            gone.append(waiter)
        elif tried and waiter in tried:
            continue
        elif waiter.tenants is None or not any(waiter.tenants <= d for d in drained if d is not None):
            return waiter, gone
    return None, gone


class ShuttingDown(StoreUnavailable):
    pass


class LongPollsExhausted(StoreUnavailable):
    """JOBGATE_MAX_LONG_POLLS requests are waiting already: 503 with Zeebe's RESOURCE_EXHAUSTED text."""
