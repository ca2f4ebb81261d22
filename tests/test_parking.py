"""A waiting long poll parks outside its middleware stack (jobgate.parking) and still answers as before."""

from __future__ import annotations

import asyncio
import gc
from typing import Any

import httpx
import pytest

from jobgate.main import services_of
from jobgate.settings import Settings

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
    task = asyncio.create_task(client.get("/zeebe/jobs", params={"type": uniq, "worker": "w", "requestTimeout": 9000},
                                          headers={"X-Request-ID": f"req-{uniq}"}))
    await until_parked(hub, uniq, 1)
    alive = live_coroutines()
    assert alive.get("Hub._wait") == 1
    assert not {name: n for name, n in alive.items() if name in INNER}
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
