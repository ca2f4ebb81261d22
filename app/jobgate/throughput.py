"""Job events per minute over the last minutes: a small in-process ring buffer the console's chart reads.

Fed by the metrics (jobgate.metrics.Metrics.job_event), so it counts exactly what jobgate_job_events_total counts,
in this process only (each replica keeps its own; Prometheus has the cluster-wide view). Used on the event loop.
"""

from __future__ import annotations

import time
from collections.abc import Callable

DEFAULT_MINUTES = 30


class Throughput:
    """Counts of events (activated, completed, failed, ...) per wall-clock minute, for the last `minutes` minutes."""

    def __init__(self, minutes: int = DEFAULT_MINUTES, clock: Callable[[], float] = time.time) -> None:
        if minutes < 1:
            raise ValueError("minutes must be at least 1")
        self.minutes = minutes
        self.clock = clock
        self._minute_of = [-1] * minutes  # which minute (epoch // 60) each slot holds
        self._slots: list[dict[str, int]] = [{} for _ in range(minutes)]

    def add(self, event: str, count: int = 1) -> None:
        minute = int(self.clock() // 60)
        i = minute % self.minutes
        if self._minute_of[i] != minute:  # the slot held a minute that has left the window
            self._minute_of[i], self._slots[i] = minute, {}
        slot = self._slots[i]
        slot[event] = slot.get(event, 0) + count

    def series(self, event: str) -> list[tuple[int, int]]:
        """(minute start as epoch seconds, count) for each minute of the window, oldest first, ending now."""
        now = int(self.clock() // 60)
        out = []
        for minute in range(now - self.minutes + 1, now + 1):
            i = minute % self.minutes
            out.append((minute * 60, self._slots[i].get(event, 0) if self._minute_of[i] == minute else 0))
        return out
