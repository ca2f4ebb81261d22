"""PostgreSQL cut and black-holed (a TCP proxy that accepts but never forwards): every dialect answers 503 with the
fixed text within the configured timeouts, readiness turns 503 within a second while liveness stays 200, and the
service recovers without a restart."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from tests.conftest import POSTGRES_URL, postgres_schema
from tests.faults.conftest import running_app
from tests.tcp_proxy import TcpProxy

pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not POSTGRES_URL, reason="JOBGATE_TEST_POSTGRES_URL is not set")]

STATEMENT_S = 1.0
TIMEOUTS = {"db_connect_timeout": 2, "db_statement_timeout": STATEMENT_S, "db_pool_timeout": 1.0,
            "ready_timeout": 1.0, "probe_interval_ms": 200}
UNAVAILABLE = "The store is unavailable."


async def _timed(c: httpx.AsyncClient, method: str, path: str, **kw: Any) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    r = await c.request(method, path, **kw)
    return r, time.monotonic() - started


async def _every_dialect_503(c: httpx.AsyncClient, bound: float) -> None:
    r, took = await _timed(c, "GET", "/engine-rest/job/count")
    assert r.status_code == 503 and r.json() == {"type": "ProcessEngineException", "message": UNAVAILABLE}
    assert took < bound, took
    r, took = await _timed(c, "GET", "/zeebe/jobs", params={"type": "x", "requestTimeout": -1})
    assert r.status_code == 503 and r.json() == {"data": None, "error": UNAVAILABLE} and took < bound
    assert r.headers["retry-after"] == "1" and r.headers["x-request-id"]
    r, took = await _timed(c, "PATCH", "/zeebe/jobs/1", json={"status": "completed"})
    assert r.status_code == 503 and r.json()["error"] == UNAVAILABLE and took < bound
    r, took = await _timed(c, "GET", "/process/api/v1/process-instances/1/jobs")
    assert r.status_code == 503 and r.json()["detail"] == UNAVAILABLE and took < bound
    r, took = await _timed(c, "POST", "/admin/process-definitions",
                           json={"bpmnProcessId": "p", "tasks": [{"elementId": "t", "type": "w"}]})
    assert r.status_code == 503 and r.json()["detail"] == UNAVAILABLE and took < bound
    for text in (r.text, ):
        assert "127.0.0.1" not in text and "SELECT" not in text
    r, took = await _timed(c, "GET", "/health/ready")
    assert r.status_code == 503 and took < 2.5, took
    assert (await c.get("/health")).status_code == 200


async def _recovers(c: httpx.AsyncClient, within: float) -> None:
    deadline = time.monotonic() + within
    statuses: list[int] = []
    while time.monotonic() < deadline:
        statuses.append((await c.get("/engine-rest/job/count")).status_code)
        if statuses[-1] == 200 and (await c.get("/health/ready")).status_code == 200:
            return
        await asyncio.sleep(0.2)
    pytest.fail(f"no recovery within {within}s: {statuses}")


@pytest.mark.parametrize("fault", ["cut", "black_hole"])
async def test_lost_postgres_answers_503_promptly_and_recovers(fault: str, caplog: pytest.LogCaptureFixture) -> None:
    target = sa.make_url(POSTGRES_URL)
    proxy = TcpProxy(target.host or "127.0.0.1", target.port or 5432)
    await proxy.start()
    with postgres_schema() as url:
        via_proxy = sa.make_url(url).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        async with running_app(database_url=via_proxy, **TIMEOUTS) as (_app, c):
            assert (await c.get("/engine-rest/job/count")).status_code == 200
            assert (await c.get("/health/ready")).status_code == 200
            port = proxy.port
            if fault == "cut":
                await proxy.stop()
            else:
                proxy.set_black_hole(True)
            # the statement deadline plus the connect timeout of one reconnect, and some slack for a busy machine
            await asyncio.wait_for(_every_dialect_503(c, bound=STATEMENT_S + 0.5 + 2 + 3), 60)
            if fault == "cut":
                proxy = TcpProxy(target.host or "127.0.0.1", target.port or 5432, listen_port=port)
                await proxy.start()
            else:
                proxy.set_black_hole(False)
            await _recovers(c, within=15)
            r = await c.post("/admin/process-definitions",
                             json={"bpmnProcessId": "after", "tasks": [{"elementId": "t", "type": "w"}]})
            assert r.status_code == 201
        await proxy.stop()
    logged = [r.getMessage() for r in caplog.records if r.name == "jobgate.admission"]
    assert any("-> 503 [request " in m and "StoreUnavailable" in m for m in logged), logged
