"""What every wake-up channel between jobgate processes offers (jobgate.pubsub, jobgate.pubsub_sqlite)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

MAX_PAYLOAD = 7000  # PostgreSQL allows 8000 bytes per notification


class PubSub:
    """No broker (an in-memory SQLite store): publishing does nothing."""

    async def start(self, on_types: Callable[[Iterable[str]], None]) -> None:
        return None

    def publish(self, types: Iterable[str]) -> None:
        return None

    async def stop(self) -> None:
        return None


def chunks(types: Iterable[str]) -> list[str]:
    payloads: list[str] = []
    batch: list[str] = []
    for t in sorted(set(types)):
        if batch and len(json.dumps([*batch, t])) > MAX_PAYLOAD:
            payloads.append(json.dumps(batch))
            batch = []
        batch.append(t)
    if batch:
        payloads.append(json.dumps(batch))
    return payloads
