"""The tenant boundary of the Camunda 7 single-job operations: a job of a tenant the caller cannot see answers
exactly like an unknown id (404, same message) and a refused command changes nothing; its own jobs it reads and
changes as ever."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .world import PRINCIPALS, build, headers, sees, snapshot

pytestmark = pytest.mark.parametrize("principal", list(PRINCIPALS))

UNKNOWN = 2**52 + 54321
OPERATIONS: list[tuple[str, str, Any]] = [
    ("GET", "", None),
    ("GET", "/stacktrace", None),
    ("PUT", "/retries", {"retries": 7}),
    ("PUT", "/suspended", {"suspended": True}),
    ("PUT", "/duedate", {"duedate": "2999-01-01T00:00:00.000+0000"}),
    ("PUT", "/priority", {"priority": 77}),
    ("DELETE", "", None),
]


async def test_camunda7_job_operations_on_foreign_jobs(client: httpx.AsyncClient, uniq: str, principal: str) -> None:
    world = await build(client, uniq)
    before = await snapshot(client, world)
    for i in world.instances:
        if sees(principal, i.tenant):
            continue
        for method, path, body in OPERATIONS:
            r = await client.request(method, f"/engine-rest/job/{i.job}{path}", json=body, headers=headers(principal))
            u = await client.request(method, f"/engine-rest/job/{UNKNOWN}{path}", json=body,
                                     headers=headers(principal))
            assert r.status_code == u.status_code == 404, (i.tenant, method, path, r.text)
            assert r.json() == {**u.json(), "message": u.json()["message"].replace(str(UNKNOWN), str(i.job))}
    assert await snapshot(client, world) == before
    for i in world.instances:  # its own (and tenant-less) jobs it reads and changes
        if not sees(principal, i.tenant):
            continue
        for method, path, body in OPERATIONS:
            r = await client.request(method, f"/engine-rest/job/{i.job}{path}", json=body, headers=headers(principal))
            assert r.status_code in (200, 204), (i.tenant, method, path, r.text)
    after = {v["processInstanceKey"]: [j["state"] for j in v["jobs"]] for v in await snapshot(client, world)}
    assert after == {i.key: [] if sees(principal, i.tenant) else ["activatable"] for i in world.instances}
