"""The bare Starlette peer of `scripts/bench postgres`'s worker loop: the least an HTTP server must do per job.

GET /zeebe/jobs runs the server's own claim statement (bench_pg.RAW_CLAIM) and answers the claimed keys;
PATCH /zeebe/jobs/{key} runs the raw loop's complete (bench_pg.RAW_COMPLETE: end the job and its instance), one
self-committing statement per request on a psycopg AsyncConnection (autocommit, synchronous_commit as the
server's), and answers 204. No validation, no checks, no batching, no metrics: a reference for what the same
machine gives an HTTP worker loop on the same database, as bench_peer_app.py is for the Camunda 7 list.

Run as `python -m uvicorn bench_pg_peer_app:app` from scripts/ with jobgate's server options (uvloop, httptools);
JOBGATE_DATABASE_URL names the database, JOBGATE_PEER_CONNECTIONS how many connections it opens (default 4).
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import orjson
import psycopg
from bench_pg import RAW_CLAIM, RAW_COMPLETE, RAW_CONSTANTS, conninfo
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

POOL: asyncio.Queue[psycopg.AsyncConnection[tuple[object, ...]]] = asyncio.Queue()


async def activate(request: Request) -> Response:
    q = request.query_params
    now = time.time_ns() // 1_000_000
    params = {**RAW_CONSTANTS, "c_worker": q["worker"], "c_deadline": now + 300_000, "c_type": q["type"],
              "c_now": now, "c_limit": int(q["maxJobsToActivate"])}
    conn = await POOL.get()
    try:
        rows = await (await conn.execute(RAW_CLAIM, params)).fetchall()
    finally:
        POOL.put_nowait(conn)
    return Response(orjson.dumps({"data": {"jobs": [{"key": row[0]} for row in rows]}}),
                    media_type="application/json")


async def complete(request: Request) -> Response:
    key = int(request.path_params["key"])
    await request.body()
    conn = await POOL.get()
    try:
        await conn.execute(RAW_COMPLETE, (key,), prepare=True)
    finally:
        POOL.put_nowait(conn)
    return Response(status_code=204)


async def health(_request: Request) -> Response:
    return Response(b"{}", media_type="application/json")


@asynccontextmanager
async def lifespan(_app: Starlette) -> AsyncIterator[None]:
    url = conninfo(os.environ["JOBGATE_DATABASE_URL"])
    opened = [await psycopg.AsyncConnection.connect(url, autocommit=True)
              for _ in range(int(os.environ.get("JOBGATE_PEER_CONNECTIONS", "4")))]
    for conn in opened:
        POOL.put_nowait(conn)
    yield
    for conn in opened:
        await conn.close()


app = Starlette(routes=[Route("/health", health), Route("/zeebe/jobs", activate),
                        Route("/zeebe/jobs/{key}", complete, methods=["PATCH"])], lifespan=lifespan)
