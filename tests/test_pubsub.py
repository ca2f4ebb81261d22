"""PostgreSQL LISTEN/NOTIFY wakes waiters held by another app; a lost database answers 503 and recovers."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from tests.conftest import POSTGRES_URL, postgres_schema
from tests.tcp_proxy import TcpProxy

pytestmark = pytest.mark.postgres


async def _started(url: str, **overrides: Any) -> Any:
    app = create_app(Settings(database_url=url, validate_responses=True, **overrides))
    await services_of(app).start()
    return app


def _client(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def test_job_created_through_one_app_wakes_a_waiter_of_another() -> None:
    # The probe runs only every 10 minutes here, so a wake-up within seconds can only come from NOTIFY (a bound
    # generous enough for a loaded CI machine; NOTIFY itself takes milliseconds).
    with postgres_schema() as url:
        a, b = await _started(url, probe_interval_ms=600_000), await _started(url, probe_interval_ms=600_000)
        try:
            await asyncio.wait_for(services_of(a).pubsub.connected.wait(), 5)  # type: ignore[attr-defined]
            async with _client(a) as ca, _client(b) as cb:
                r = await cb.post("/admin/process-definitions",
                                  json={"bpmnProcessId": "p", "tasks": [{"elementId": "t", "type": "notify-me"}]})
                assert r.status_code == 201
                waiting = asyncio.create_task(ca.get("/zeebe/jobs", params={"type": "notify-me",
                                                                           "requestTimeout": 60_000}))
                for _ in range(200):
                    if services_of(a).hub.waiting:
                        break
                    await asyncio.sleep(0.01)
                assert services_of(a).hub.waiting == 1
                started = time.perf_counter()
                r = await cb.post("/admin/process-instances", json={"bpmnProcessId": "p"})
                job_key = r.json()["jobs"][0]["key"]
                answer = await asyncio.wait_for(waiting, 30)
                elapsed = time.perf_counter() - started
                assert [j["key"] for j in answer.json()["data"]["jobs"]] == [job_key]
                assert elapsed < 10, f"woken after {elapsed * 1000:.0f} ms"
        finally:
            await services_of(a).stop()
            await services_of(b).stop()


async def test_lost_database_answers_503_in_each_dialect_and_recovers() -> None:
    assert POSTGRES_URL
    target = sa.make_url(POSTGRES_URL)
    proxy = TcpProxy(target.host or "127.0.0.1", target.port or 5432)
    await proxy.start()
    with postgres_schema() as url:
        via_proxy = sa.make_url(url).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        app = await _started(via_proxy)
        try:
            async with _client(app) as c:
                assert (await c.get("/engine-rest/job/count")).status_code == 200
                port = proxy.port
                await proxy.stop()
                r = await c.get("/engine-rest/job/count")
                assert r.status_code == 503 and r.json()["type"] == "ProcessEngineException"
                r = await c.get("/zeebe/jobs", params={"type": "x", "requestTimeout": -1})
                assert r.status_code == 503 and r.json()["data"] is None and r.json()["error"]
                r = await c.get("/process/api/v1/process-instances/1/jobs")
                assert r.status_code == 503 and r.json()["status"] == 503 and "o:errorCode" in r.json()
                r = await c.get("/admin/process-instances/1")
                assert r.status_code == 503 and r.headers["content-type"] == "application/problem+json"
                proxy = TcpProxy(target.host or "127.0.0.1", target.port or 5432, listen_port=port)
                await proxy.start()
                statuses = []
                for _ in range(50):  # recovers by itself (pool pre-ping), no restart
                    statuses.append((await c.get("/engine-rest/job/count")).status_code)
                    if statuses[-1] == 200:
                        break
                    await asyncio.sleep(0.1)
                assert statuses[-1] == 200, statuses
        finally:
            await services_of(app).stop()
            await proxy.stop()
