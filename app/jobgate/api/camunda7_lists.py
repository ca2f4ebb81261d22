"""Camunda 7 lists within JOBGATE_QUERY_MAX_RESULTS, rendered off the event loop when large.

The engine's queryMaxResultsLimit (QueryMaxResultsLimitUtil): a maxResults above the limit is a 400
`BadUserRequestException` "Max results limit of <n> exceeded!" (equal is fine), checked before anything else.
The engine refuses every unpaged query ("An unbound number of results is forbidden!") once a limit applies;
jobgate keeps its documented rule (docs/camunda7.md) "no paging returns the whole list" for lists within the
limit and answers that 400 only when the unpaged query matches more rows than the limit: it fetches limit + 1
rows and never sends a silently cut list. Lists longer than OFFLOAD_ROWS are built and serialised in a worker
thread, so a 10,000-job answer does not stall the event loop (and /health) for its tens of milliseconds.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import anyio.to_thread
import orjson
from starlette.responses import Response

from jobgate.api.common import json_response
from jobgate.limits import log

OFFLOAD_ROWS = 500
UNBOUNDED = "An unbound number of results is forbidden!"


def bad_user_request(message: str) -> Response:
    """The engine's BadUserRequestException (400), as its REST API renders it."""
    log.warning("JOBGATE_QUERY_MAX_RESULTS: %s", message)
    return json_response({"type": "BadUserRequestException", "message": message}, status=400)


def refused_max_results(max_results: int | None, limit: int) -> Response | None:
    if max_results is not None and max_results > limit:
        return bad_user_request(f"Max results limit of {limit} exceeded!")
    return None


def fetch_size(max_results: int | None, limit: int) -> int:
    """Rows to fetch: the page asked for, or one more than the limit (to tell an over-long unpaged list)."""
    return limit + 1 if max_results is None else max_results


async def answer(fetch: Callable[[int], Awaitable[Sequence[Any]]], max_results: int | None, limit: int,
                 dto: Callable[[Any], dict[str, Any]]) -> Response:
    """Fetch (`fetch(maximum)`) and render a list; 400 when unpaged and longer than the limit.

    Large lists run one at a time per event loop (a FIFO gate): fetching and rendering them is Python work that
    holds the GIL, so in parallel they only take turns with each other, while every extra busy thread delays the
    event loop (and /health) by another GIL switch interval. A large page takes the gate before its fetch; an
    unpaged query (usually short) only before rendering, if it turns out long."""
    gate = _gate()
    held = max_results is not None and max_results > OFFLOAD_ROWS
    if held:
        await gate.acquire()
    try:
        rows = await fetch(fetch_size(max_results, limit))
        if max_results is None and len(rows) > limit:
            return bad_user_request(UNBOUNDED)
        if len(rows) <= OFFLOAD_ROWS:
            return json_response([dto(r) for r in rows])
        if not held:
            await gate.acquire()
            held = True
        body = await anyio.to_thread.run_sync(_dump, rows, dto)
    finally:
        if held:
            gate.release()
    return Response(body, media_type="application/json")


def _dump(rows: Sequence[Any], dto: Callable[[Any], dict[str, Any]]) -> bytes:
    return orjson.dumps([dto(r) for r in rows])


_GATES: dict[int, asyncio.Semaphore] = {}


def _gate() -> asyncio.Semaphore:
    key = id(asyncio.get_running_loop())
    gate = _GATES.get(key)
    if gate is None:
        gate = _GATES[key] = asyncio.Semaphore(1)
    return gate
