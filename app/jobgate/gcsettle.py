"""The garbage collector after start-up: what start-up built is moved out of its sight (gc.freeze).

A started app keeps ~160,000 objects the cyclic collector tracks (the OpenAPI specs and their validators,
Connexion's and SQLAlchemy's structures, modules), all alive as long as the process. A full collection walks
every one of them: ~100 ms measured on a started app (scripts/bench_wake_gc.py and docs/performance.md), a stall of
every request and wake-up that happens to be in flight. Frozen, they sit in the permanent generation and a full
collection walks only what was made since, ~0 ms on the same app. Done once per process, when the first app of
the process has started (its lifespan): `jobgate serve`, uvicorn with the app factory, and each process of
`serve --workers`. Objects that start-up left as garbage are collected first, so nothing is frozen in vain.
"""

from __future__ import annotations

import gc

_settled = False


def settle_after_startup() -> bool:
    """Collect, then freeze what is alive; only the first call in a process does anything. True when it did."""
    global _settled
    if _settled:
        return False
    _settled = True
    gc.collect()
    gc.freeze()
    return True
