"""The scheduler task (app/jobgate/scheduler.py) on both backends: a scheduled job-definition change outlives the
app that accepted it and is applied by the next one on the store, and a failing round is logged and retried."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from jobgate.store import job_definition_schedule as schedule
from jobgate.store.clock import now_ms
from jobgate.store.engine import Store
from jobgate.store.tables import JOB_DEFINITION
from tests.api.schedule_support import eventually, kept, later
from tests.conftest import BACKENDS, Admin, backend_url


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    with backend_url(request.param, tmp_path) as u:
        yield u


@contextlib.asynccontextmanager
async def running(url: str) -> AsyncIterator[tuple[httpx.AsyncClient, Store]]:
    """An app on the store at `url`, started (with its scheduler) and stopped around the block."""
    app = create_app(Settings(database_url=url, probe_interval_ms=50))
    services = services_of(app)
    await services.start()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
            yield c, services.store
    finally:
        await services.stop()


async def suspend_later(client: httpx.AsyncClient, ms: int) -> tuple[str, int]:
    """Deploy a definition and schedule its suspension `ms` ahead: its job definition id and the date."""
    deployed = await Admin(client).deploy("p", [{"elementId": "a", "type": "w"}])
    jd = str(deployed["jobDefinitions"][0]["id"])
    date, at = later(ms)
    r = await client.put(f"/engine-rest/job-definition/{jd}/suspended", json={"suspended": True,
                                                                              "executionDate": date})
    assert r.status_code == 204, r.text
    return jd, at


async def suspended(client: httpx.AsyncClient, jd: str) -> bool:
    r = await client.get(f"/engine-rest/job-definition/{jd}")
    assert r.status_code == 200, r.text
    return bool(r.json()["suspended"])


async def test_a_schedule_outlives_its_app(url: str) -> None:
    async with running(url) as (client, _):
        jd, at = await suspend_later(client, 1000)
    assert now_ms() < at, "the first app must stop before the date"
    await asyncio.sleep(max(0.0, (at - now_ms()) / 1000) + 0.05)  # due now, with no app running
    store = Store(url)
    try:
        assert kept(store) == [at]
        with store.read() as conn:
            assert conn.execute(sa.select(JOB_DEFINITION.c.suspended).where(JOB_DEFINITION.c.id == int(jd))
                                ).scalar() is False
    finally:
        store.dispose()
    async with running(url) as (client, store):

        async def applied() -> bool:
            return await suspended(client, jd)

        await eventually(applied)
        assert kept(store) == []


async def test_a_failing_round_is_logged_and_retried(url: str, monkeypatch: pytest.MonkeyPatch,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    real = schedule.apply_due
    calls: list[int] = []

    def flaky(conn: Any, **kw: Any) -> Any:
        calls.append(kw["now"])
        if len(calls) == 1:
            raise RuntimeError("injected failure")
        return real(conn, **kw)

    monkeypatch.setattr(schedule, "apply_due", flaky)
    async with running(url) as (client, _):
        with caplog.at_level(logging.WARNING, logger="jobgate.scheduler"):
            jd, at = await suspend_later(client, 300)

            async def applied() -> bool:
                return await suspended(client, jd)

            await eventually(applied)
    assert len(calls) >= 2 and calls[0] >= at
    (record,) = [r for r in caplog.records if r.name == "jobgate.scheduler"]
    assert record.levelno == logging.WARNING and "injected failure" in (record.exc_text or "")
