"""Timed wake-ups of the long-poll hub: serve a type's waiters at a known future time (back-off end, lease deadline).

Times are rounded up to a grid (finer for the near future), so a burst of claims or failures needs one loop timer
per type and slot, not one per job. Times beyond TIMER_HORIZON_MS are left to the hub's periodic probe.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable

from jobgate.store.clock import now_ms

# The grid of the slots near (<= NEAR_MS ahead) and far, the margin after a slot (timers may fire a little early),
# and how far ahead timers are set at all (the probe covers the rest).
NEAR_MS, NEAR_SLOT_MS, FAR_SLOT_MS = 10_000, 5, 1000
TIMER_MARGIN_S = 0.002
TIMER_HORIZON_MS = 3_600_000


class Wakeups:
    """One loop timer per (type, slot); when it fires, `notify((type,))` serves that type's waiters."""

    def __init__(self, notify: Callable[[Iterable[str]], None]) -> None:
        self.notify = notify
        self._timers: dict[tuple[str, int], asyncio.TimerHandle] = {}

    def at(self, when: Iterable[tuple[str, int]]) -> None:
        """Jobs of a type become claimable at an epoch-ms time: notify the type then (within its slot)."""
        loop = asyncio.get_running_loop()
        now = now_ms()
        for t, at in when:
            ahead = at - now
            if ahead > TIMER_HORIZON_MS:
                continue
            grid = NEAR_SLOT_MS if ahead <= NEAR_MS else FAR_SLOT_MS
            slot = -(-at // grid) * grid
            if (t, slot) not in self._timers:
                delay = max(0, slot - now) / 1000 + TIMER_MARGIN_S
                self._timers[(t, slot)] = loop.call_later(delay, self._fire, t, slot)

    def clear(self) -> None:
        """Cancel every pending wake-up (shutdown)."""
        for handle in self._timers.values():
            handle.cancel()
        self._timers.clear()

    def _fire(self, type_: str, slot: int) -> None:
        self._timers.pop((type_, slot), None)
        self.notify((type_,))
