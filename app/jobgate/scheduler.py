"""Carries out scheduled job-definition suspension changes (Camunda 7 `executionDate` in the future) when due.

One task per app instance. Each round is one indexed query for the earliest execution date; when a change is due
it is applied (jobgate.store.job_definition_schedule.apply_due) and its Wake published the way the immediate
command publishes it: this process's long polls are served and the other processes on the store are told. The
task sleeps until the earliest known date or for one tick (`probe_interval_ms`, at most a second), whichever is
sooner, and wakes early when this process schedules a change (`poke`): a change made by another process is seen
within a tick. Several processes may run it on one store: each change is applied exactly once (apply_due). A
store error is logged (rate-limited, jobgate.logfilter) and the round retried a tick later.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from jobgate.longpoll import Hub
from jobgate.store import job_definition_schedule as schedule
from jobgate.store.clock import now_ms
from jobgate.store.engine import Store
from jobgate.store.errors import StoreUnavailable
from jobgate.store.flow import Wake

log = logging.getLogger("jobgate.scheduler")
MAX_TICK_S = 1.0
AFTER_APPLY_S = 0.01  # pause between batches of due changes (another process may hold some of them)


class Scheduler:
    def __init__(self, store: Store, hub: Hub, tick_ms: int) -> None:
        self.store = store
        self.hub = hub
        self.tick = min(tick_ms / 1000, MAX_TICK_S)
        self._poked = False
        self._wakeup: asyncio.Future[None] | None = None
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="jobgate-scheduler")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def poke(self) -> None:
        """A change was scheduled here: look for the earliest date again now."""
        self._poked = True
        if self._wakeup is not None:
            _wake(self._wakeup)

    def publish(self, wake: Wake) -> None:
        self.hub.wake(wake)

    async def round(self) -> float:
        """Apply what is due now; the seconds until the next round."""
        now = now_ms()
        first = await self.store.reading(schedule.earliest)
        if first is None:
            return self.tick
        if first > now:
            return min(self.tick, (first - now) / 1000)
        self.publish(await self.store.writing(schedule.apply_due, now=now))
        return AFTER_APPLY_S

    async def _run(self) -> None:
        while True:
            self._poked = False
            try:
                delay = await self.round()
            except StoreUnavailable as exc:
                delay = self.tick
                log.warning("applying scheduled job-definition changes failed: %s",
                            "; ".join(getattr(exc, "__notes__", ())) or exc)
            except Exception:
                delay = self.tick
                log.warning("applying scheduled job-definition changes failed", exc_info=True)
            if not self._poked:
                await self._sleep(delay)

    async def _sleep(self, seconds: float) -> None:
        """Sleep, or until poked."""
        loop = asyncio.get_running_loop()
        self._wakeup = wakeup = loop.create_future()
        timer = loop.call_later(seconds, _wake, wakeup)
        try:
            await wakeup
        finally:
            timer.cancel()
            self._wakeup = None


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
