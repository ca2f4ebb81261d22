"""The tenant boundary of the Camunda 7 external tasks: fetchAndLock locks only the caller's tenants' (and tenant-less)
tasks, `tenantIdIn` within them; the queries list only those; a task of another tenant answers every command and
read exactly like an unknown id (404, same message) and a refused command changes nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .world import PRINCIPALS, A, B, build, headers, sees, snapshot

pytestmark = pytest.mark.parametrize("principal", list(PRINCIPALS))

BASE = "/engine-rest/external-task"
UNKNOWN = 2**52 + 54321
OPERATIONS: list[tuple[str, str, Any]] = [
    ("GET", "", None),
    ("GET", "/errorDetails", None),
    ("POST", "/complete", {"workerId": "w"}),
    ("POST", "/failure", {"workerId": "w", "retries": 0}),
    ("POST", "/bpmnError", {"workerId": "w", "errorCode": "e"}),
    ("POST", "/extendLock", {"workerId": "w", "newDuration": 1000}),
    ("POST", "/unlock", None),
    ("PUT", "/retries", {"retries": 7}),
]


async def test_commands_on_foreign_tasks(client: httpx.AsyncClient, uniq: str, principal: str) -> None:
    world = await build(client, uniq)
    # every task locked by worker w (anonymously): a command would succeed but for the tenant boundary
    r = await client.post(f"{BASE}/fetchAndLock", json={"workerId": "w", "maxTasks": 10, "topics": [
        {"topicName": uniq, "lockDuration": 600_000}]})
    assert len(r.json()) == len(world.instances)
    before = await snapshot(client, world)
    for i in world.instances:
        if sees(principal, i.tenant):
            continue
        for method, path, body in OPERATIONS:
            r = await client.request(method, f"{BASE}/{i.job}{path}", json=body, headers=headers(principal))
            u = await client.request(method, f"{BASE}/{UNKNOWN}{path}", json=body, headers=headers(principal))
            assert r.status_code == u.status_code == 404, (i.tenant, method, path, r.text)
            assert r.json() == {**u.json(), "message": u.json()["message"].replace(str(UNKNOWN), str(i.job))}
    assert await snapshot(client, world) == before
    r = await client.get(BASE, params={"topicName": uniq}, headers=headers(principal))
    assert sorted(t["id"] for t in r.json()) == world.jobs(principal)
    for i in world.instances:  # its own (and tenant-less) tasks it completes
        if sees(principal, i.tenant):
            r = await client.post(f"{BASE}/{i.job}/complete", json={"workerId": "w"}, headers=headers(principal))
            assert r.status_code == 204, (i.tenant, r.text)


async def test_fetch_and_lock_within_the_callers_tenants(client: httpx.AsyncClient, uniq: str,
                                                         principal: str) -> None:
    world = await build(client, uniq)

    async def fetch(**topic: Any) -> list[str]:
        r = await client.post(f"{BASE}/fetchAndLock", headers=headers(principal), json={
            "workerId": "w", "maxTasks": 10, "topics": [{"topicName": uniq, "lockDuration": 600_000, **topic}]})
        assert r.status_code == 200, r.text
        ids = sorted(t["id"] for t in r.json())
        for id_ in ids:
            assert (await client.post(f"{BASE}/{id_}/unlock")).status_code == 204
        return ids

    assert await fetch(tenantIdIn=[A, B]) == world.jobs(principal, lambda t: t in (A, B))
    assert await fetch(withoutTenantId=True) == world.jobs(principal, lambda t: t is None)
    assert await fetch() == world.jobs(principal)
