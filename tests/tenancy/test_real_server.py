"""Long polls with tenants on a real uvicorn (the test-principal wrapper app, `uvicorn --factory`).

Two waiters of different tenants park; jobs of both tenants are created while they wait; each gets only its own
tenant's jobs, and the store shows every job leased exactly once, to the right worker (none stranded).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.concurrency.support import Servers, db_rows, no_errors_logged, until_waiters, waiters

from .support import header
from .world import A, B

pytestmark = pytest.mark.slow
LONG_MS = 30_000
FACTORY = "tests.tenancy.support:create_app"


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[Servers]:
    s = Servers(tmp_path)
    try:
        yield s
    finally:
        for server in s.started:
            server.stop()


async def poll(client: httpx.AsyncClient, url: str, type_: str, worker: str, tenant: str) -> list[int]:
    r = await client.get(url + "/zeebe/jobs", params={"type": type_, "worker": worker, "requestTimeout": LONG_MS,
                                                      "maxJobsToActivate": 10},
                         headers=header(frozenset({tenant}), name=worker))
    assert r.status_code == 200, r.text
    return [int(j["key"]) for j in r.json()["data"]["jobs"]]


async def test_waiters_of_two_tenants_get_only_their_own(servers: Servers) -> None:
    server = servers.start(factory=FACTORY)
    url, bpmn = server.url, "charge"
    async with httpx.AsyncClient(timeout=60) as client:
        for tenant in (A, B):
            r = await client.post(url + "/admin/process-definitions", json={
                "bpmnProcessId": bpmn, "tenantId": tenant, "tasks": [{"elementId": "task", "type": bpmn}]})
            assert r.status_code == 201, r.text
        wa = asyncio.create_task(poll(client, url, bpmn, "wa", A))
        await until_waiters(client, url, 1)
        wb = asyncio.create_task(poll(client, url, bpmn, "wb", B))
        await until_waiters(client, url, 2)

        # A job of b while a is at the head: b gets it, a keeps waiting.
        r = await client.post(url + "/admin/process-instances", json={"bpmnProcessId": bpmn, "tenantId": B})
        first_b = int(r.json()["jobs"][0]["key"])
        assert await asyncio.wait_for(wb, 10) == [first_b]
        await until_waiters(client, url, 1)
        assert not wa.done()

        # Jobs of both tenants at once while a and a new b waiter wait: each gets its own.
        wb = asyncio.create_task(poll(client, url, bpmn, "wb2", B))
        await until_waiters(client, url, 2)
        r = await client.post(url + "/admin/load", json={"instances": [
            {"bpmnProcessId": bpmn, "tenantId": B, "count": 3}, {"bpmnProcessId": bpmn, "tenantId": A, "count": 3}]})
        assert r.status_code == 201, r.text
        got_a, got_b = await asyncio.wait_for(asyncio.gather(wa, wb), 10)
        assert await waiters(client, url) == 0

    rows = db_rows(server.db, "SELECT key, tenant_id, state, worker FROM job ORDER BY key")
    assert len(rows) == 7
    assert got_a == [k for k, t, _, _ in rows if t == A]
    assert got_b == [k for k, t, _, _ in rows if t == B and k != first_b]
    workers = {k: (s, w) for k, _, s, w in rows}
    assert all(workers[k] == ("activated", "wa") for k in got_a)
    assert all(workers[k] == ("activated", "wb2") for k in got_b)
    assert workers[first_b] == ("activated", "wb")
    no_errors_logged(server)
