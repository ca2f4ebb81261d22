"""Brute-force protection: failed authentications per client address in a fixed window, in bounded memory."""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from dataclasses import dataclass

MAX_ADDRESSES = 10_000


@dataclass(slots=True)
class _Window:
    start: float
    failures: int


class FailureLimiter:
    """After `max_failures` failures from one address within `window` seconds, that address waits for the rest of
    the window. Least recently failing addresses are forgotten first beyond MAX_ADDRESSES (an LRU map)."""

    def __init__(self, max_failures: int, window: float, max_addresses: int = MAX_ADDRESSES) -> None:
        self.max_failures = max_failures
        self.window = window
        self.max_addresses = max_addresses
        self._windows: OrderedDict[str, _Window] = OrderedDict()

    def retry_after(self, address: str, now: float | None = None) -> int | None:
        """Seconds the address must wait, or None when it may try."""
        entry = self._windows.get(address)
        if entry is None or entry.failures < self.max_failures:
            return None
        now = time.monotonic() if now is None else now
        left = entry.start + self.window - now
        if left <= 0:
            del self._windows[address]
            return None
        return max(1, math.ceil(left))

    def fail(self, address: str, now: float | None = None) -> bool:
        """Count a failure; True when it is the one that blocks the address."""
        now = time.monotonic() if now is None else now
        entry = self._windows.get(address)
        if entry is None or now - entry.start >= self.window:
            entry = self._windows[address] = _Window(now, 0)
        self._windows.move_to_end(address)
        entry.failures += 1
        while len(self._windows) > self.max_addresses:
            self._windows.popitem(last=False)
        return entry.failures == self.max_failures

    def __len__(self) -> int:
        return len(self._windows)
