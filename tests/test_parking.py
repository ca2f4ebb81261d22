"""A waiting long poll parks outside its middleware stack (jobgate.parking) and still answers as before."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import gc
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from connexion import context as connexion_context
from connexion.middleware import routing as connexion_routing

from jobgate.httpserver import GuardedHttpToolsProtocol
from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from tests.conftest import sqlite_url

# Coroutines of the layers between ServicesMiddleware and the handler: a parked long poll holds none of them.
INNER = {"activate_jobs", "FastOperation.__call__", "FastOperation._serve", "RoutingMiddleware.__call__",
         "Router.__call__", "AuthMiddleware.__call__"}


@pytest.fixture(scope="module")
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, validate_responses=True, long_poll_timeout_ms=10_000,
                    probe_interval_ms=60_000)


def live_coroutines() -> dict[str, int]:
    found: dict[str, int] = {}
    for o in gc.get_objects():
        if asyncio.iscoroutine(o) and hasattr(o, "cr_code") and o.cr_frame is not None:
            name = o.cr_code.co_qualname
            found[name] = found.get(name, 0) + 1
    return found


async def until_parked(hub: Any, type_: str, count: int) -> None:
    for _ in range(500):
        if len(hub._queues.get(type_, ())) == count:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"expected {count} waiters of {type_}")


async def test_parked_poll_holds_no_inner_frames_and_still_gets_its_job(client: httpx.AsyncClient, admin: Any,
                                                                        app: Any, uniq: str) -> None:
    """While it waits, none of the inner layers' coroutines (the handler, the fast path, Connexion's routing and
    security, Starlette's router) is alive; a job created then reaches it, with its request id, and the metrics
    count it as a long poll."""
    hub = services_of(app).hub
    await admin.deploy(uniq, [{"elementId": "task", "type": uniq}])
    context = contextvars.Context()  # the request's task runs in it: what the parked request keeps is seen here
    task = asyncio.create_task(client.get("/zeebe/jobs", params={"type": uniq, "worker": "w", "requestTimeout": 9000},
                                          headers={"X-Request-ID": f"req-{uniq}"}), context=context)
    await until_parked(hub, uniq, 1)
    alive = live_coroutines()
    assert alive.get("Hub._wait") == 1
    assert not {name: n for name, n in alive.items() if name in INNER}
    # Connexion's request context (its routing's copy of the scope among it) is let go while it waits.
    assert context[connexion_context._scope] is None and context[connexion_context._receive] is None
    assert context[connexion_routing._scope] is None
    key = (await admin.start(uniq))["jobs"][0]["key"]
    r = await asyncio.wait_for(task, 5)
    assert r.status_code == 200, r.text
    assert [(j["key"], j["worker"]) for j in r.json()["data"]["jobs"]] == [(key, "w")]
    assert r.headers["x-request-id"] == f"req-{uniq}"
    assert hub.parked == 0 and hub.waiting == 0
    metrics = (await client.get("/metrics")).text
    assert 'jobgate_long_poll_duration_seconds_count{outcome="jobs"}' in metrics


async def test_parked_poll_times_out_with_no_jobs(client: httpx.AsyncClient, app: Any, uniq: str) -> None:
    hub = services_of(app).hub
    r = await client.get("/zeebe/jobs", params={"type": uniq, "requestTimeout": 200})
    assert r.status_code == 200, r.text
    assert r.json()["data"]["jobs"] == []
    assert hub.parked == 0 and hub.waiting == 0


async def test_cancelled_parked_poll_leaves_the_queue(client: httpx.AsyncClient, app: Any, uniq: str) -> None:
    """The request task of a parked poll is cancelled (its client went away in-process): the waiter goes."""
    hub = services_of(app).hub
    task = asyncio.create_task(client.get("/zeebe/jobs", params={"type": uniq, "requestTimeout": 9000}))
    await until_parked(hub, uniq, 1)
    task.cancel()
    await until_parked(hub, uniq, 0)
    assert hub.parked == 0


@contextlib.asynccontextmanager
async def guarded_server(tmp_path: Path) -> AsyncIterator[tuple[Any, int, uvicorn.Server]]:
    """The app on an in-process uvicorn with jobgate serve's protocol (GuardedHttpToolsProtocol)."""
    application = create_app(Settings(database_url=sqlite_url(tmp_path), long_poll_timeout_ms=30_000,
                                      probe_interval_ms=60_000))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(application, host="127.0.0.1", port=port, log_level="warning",
                                           http=GuardedHttpToolsProtocol, loop="none"))
    serving = asyncio.create_task(server.serve())
    try:
        for _ in range(500):
            if server.started:
                break
            await asyncio.sleep(0.01)
        yield application, port, server
    finally:
        server.should_exit = True
        await asyncio.wait_for(serving, 15)


def watcher_tasks() -> int:
    return sum(1 for t in asyncio.all_tasks() if getattr(t.get_coro(), "__qualname__", "") == "Hub._watch")


async def test_server_hook_drops_a_parked_poll_whose_client_left_without_a_task(tmp_path: Path) -> None:
    """On jobgate serve's protocol a parked poll leaves its queue through the server's disconnect hook: no watcher
    task is started for it, and closing its connection drops it at once; a poll on a kept-alive connection that
    got its answer leaves no callback behind."""
    async with guarded_server(tmp_path) as (application, port, server):
        hub = services_of(application).hub
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as c:  # the store's first claim, done
            assert (await c.get("/zeebe/jobs", params={"type": "warm", "requestTimeout": -1})).status_code == 200
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /zeebe/jobs?type=gone&worker=w&requestTimeout=30000 HTTP/1.1\r\nHost: x\r\n\r\n")
        await writer.drain()
        await until_parked(hub, "gone", 1)
        assert watcher_tasks() == 0
        writer.close()
        await until_parked(hub, "gone", 0)
        assert hub.parked == 0
        # Answered (timeout) on a kept-alive connection: its hook callback is gone with it.
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /zeebe/jobs?type=kept&worker=w&requestTimeout=100 HTTP/1.1\r\nHost: x\r\n\r\n")
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        assert head.startswith(b"HTTP/1.1 200")
        protocols = [p for p in server.server_state.connections if isinstance(p, GuardedHttpToolsProtocol)]
        assert protocols and not any(p._g.on_lost for p in protocols)
        writer.close()


async def test_guarded_protocol_lean_queues_still_serve_pipelined_requests(tmp_path: Path) -> None:
    """jobgate serve's protocol keeps its pipeline and its events' waiters in lists and its own state in one
    slotted attribute: two requests sent in one write (pipelined) are both answered, in order."""
    async with guarded_server(tmp_path) as (_, port, server):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n")
        first = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        assert first.startswith(b"HTTP/1.1 200")
        length = int(next(line.split(b":")[1] for line in first.split(b"\r\n") if line.lower().startswith(
            b"content-length")))
        await reader.readexactly(length)
        second = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        assert second.startswith(b"HTTP/1.1 404")
        protocol = next(p for p in server.server_state.connections if isinstance(p, GuardedHttpToolsProtocol))
        assert type(protocol.flow._is_writable_event._waiters) is list
        assert type(protocol.cycle.message_event._waiters) is list
        assert not protocol.pipeline
        # Its own state is one attribute: uvicorn's 28 and it stay within the 29 a key-sharing instance dict takes.
        assert len(vars(protocol)) <= 29, sorted(vars(protocol))
        writer.close()
