"""One timer for many deadlines: the long-poll timeouts of every parked request (a hashed timer wheel).

A `loop.call_later` per parked request costs a TimerHandle and a heap entry each (10,000 parked long polls, 10,000
handles); here deadlines are rounded up to slots of `resolution` seconds, each slot is a dict of entries, and one
loop timer is armed for the earliest slot. Adding and cancelling are O(1) (a dict insert or pop); a firing slot
hands its keys to `on_due` in insertion order. A deadline fires up to `resolution` late (at most EARLY s early).
"""

from __future__ import annotations

import asyncio
import heapq
import math
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
EARLY = 0.001  # a slot this close to its time counts as due (the loop may run a timer a hair early)


class TimerWheel(Generic[K]):
    """Calls `on_due(key)` for each key whose time came (keys are hashable objects, e.g. waiters)."""

    def __init__(self, on_due: Callable[[K], None], resolution: float = 0.01) -> None:
        self.on_due = on_due
        self.resolution = resolution
        self._slots: dict[int, dict[K, None]] = {}
        self._order: list[int] = []  # heap of slot numbers that have (or had) entries
        self._armed: tuple[int, asyncio.TimerHandle] | None = None

    def __len__(self) -> int:
        return sum(len(s) for s in self._slots.values())

    def add(self, key: K, delay: float) -> int:
        """Call `on_due(key)` about `delay` seconds from now (unless `cancel(key, slot)` first); returns the slot."""
        loop = asyncio.get_running_loop()
        slot = math.ceil((loop.time() + max(0.0, delay)) / self.resolution)
        entries = self._slots.get(slot)
        if entries is None:
            entries = self._slots[slot] = {}
            heapq.heappush(self._order, slot)
        entries[key] = None
        if self._armed is None or slot < self._armed[0]:
            self._arm(loop)
        return slot

    def cancel(self, key: K, slot: int) -> None:
        entries = self._slots.get(slot)
        if entries is not None:
            entries.pop(key, None)
            if not entries:
                del self._slots[slot]  # its heap entry is skipped when it comes up

    def clear(self) -> None:
        self._slots.clear()
        self._order.clear()
        if self._armed is not None:
            self._armed[1].cancel()
            self._armed = None

    def _arm(self, loop: asyncio.AbstractEventLoop) -> None:
        while self._order and self._order[0] not in self._slots:
            heapq.heappop(self._order)
        if self._armed is not None:
            self._armed[1].cancel()
            self._armed = None
        if self._order:
            slot = self._order[0]
            self._armed = slot, loop.call_at(slot * self.resolution, self._fire)

    def _fire(self) -> None:
        loop = asyncio.get_running_loop()
        self._armed = None
        now = loop.time() + EARLY
        while self._order and self._order[0] * self.resolution <= now:
            entries = self._slots.pop(heapq.heappop(self._order), None)
            for key in entries or ():
                self.on_due(key)
        self._arm(loop)
