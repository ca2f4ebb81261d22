"""The tenant boundary of the Camunda 7 job queries by body, execute, due-date recalculation, the bulk suspension
and the job-definition operations (also with a future executionDate): another tenant's job or job definition
answers exactly like an unknown id (404, same message) and a refused command changes nothing; a bulk selector or a
query by body never reaches another tenant's rows, also when a scheduled change runs later."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from jobgate.store.engine import Store
from tests.api.schedule_support import eventually, kept, later

from .world import PRINCIPALS, World, build, headers, sees

pytestmark = pytest.mark.parametrize("principal", list(PRINCIPALS))

UNKNOWN = 2**52 + 54322
DEFINITION_OPERATIONS: list[tuple[str, str, Any]] = [
    ("GET", "", None),
    ("PUT", "/suspended", {"suspended": True, "includeJobs": True}),
    ("PUT", "/retries", {"retries": 7}),
    ("PUT", "/jobPriority", {"priority": 77, "includeJobs": True}),
]


async def everything(client: httpx.AsyncClient, world: World) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every job and job definition of the world, seen anonymously (auth off: no tenant restriction)."""
    jobs = await client.post("/engine-rest/job", json={"processDefinitionKey": world.bpmn})
    definitions = await client.post("/engine-rest/job-definition", json={"processDefinitionKey": world.bpmn})
    assert jobs.status_code == definitions.status_code == 200
    return list(jobs.json()), list(definitions.json())


def same_as_unknown(r: httpx.Response, u: httpx.Response, id_: object) -> None:
    assert r.status_code == u.status_code == 404, r.text
    assert r.json() == {**u.json(), "message": u.json()["message"].replace(str(UNKNOWN), str(id_))}


async def test_queries_by_body_show_only_visible_jobs(client: httpx.AsyncClient, uniq: str, principal: str) -> None:
    world = await build(client, uniq)
    visible = sorted(str(i.job) for i in world.instances if sees(principal, i.tenant))
    body = {"processDefinitionKey": world.bpmn, "tenantIdIn": ["tenant-a", "tenant-b", "tenant-c"],
            "includeJobsWithoutTenantId": True}
    r = await client.post("/engine-rest/job", json=body, headers=headers(principal))
    assert sorted(j["id"] for j in r.json()) == visible
    r = await client.post("/engine-rest/job/count", json=body, headers=headers(principal))
    assert r.json() == {"count": len(visible)}


async def test_execute_and_recalculate_foreign_job(client: httpx.AsyncClient, uniq: str, principal: str) -> None:
    world = await build(client, uniq)
    before = await everything(client, world)
    for i in world.instances:
        if not sees(principal, i.tenant):
            for path in ("/execute", "/duedate/recalculate"):
                r = await client.post(f"/engine-rest/job/{i.job}{path}", headers=headers(principal))
                u = await client.post(f"/engine-rest/job/{UNKNOWN}{path}", headers=headers(principal))
                same_as_unknown(r, u, i.job)
    assert await everything(client, world) == before
    for i in world.instances:
        if sees(principal, i.tenant):
            r = await client.post(f"/engine-rest/job/{i.job}/execute", headers=headers(principal))
            assert r.status_code == 204, r.text
    jobs, _ = await everything(client, world)
    assert sorted(j["id"] for j in jobs) == sorted(str(i.job) for i in world.instances if not sees(principal,
                                                                                                  i.tenant))


async def test_job_definition_operations_on_foreign_definitions(client: httpx.AsyncClient, uniq: str,
                                                                principal: str) -> None:
    world = await build(client, uniq)
    before = await everything(client, world)
    for i in world.instances:
        if sees(principal, i.tenant):
            continue
        for method, path, body in DEFINITION_OPERATIONS:
            r = await client.request(method, f"/engine-rest/job-definition/{i.job_definition}{path}", json=body,
                                     headers=headers(principal))
            u = await client.request(method, f"/engine-rest/job-definition/{UNKNOWN}{path}", json=body,
                                     headers=headers(principal))
            same_as_unknown(r, u, i.job_definition)
    assert await everything(client, world) == before
    for i in world.instances:
        if not sees(principal, i.tenant):
            continue
        for method, path, body in DEFINITION_OPERATIONS:
            r = await client.request(method, f"/engine-rest/job-definition/{i.job_definition}{path}", json=body,
                                     headers=headers(principal))
            assert r.status_code in (200, 204), (i.tenant, method, path, r.text)
    jobs, definitions = await everything(client, world)
    own = {str(i.job) for i in world.instances if sees(principal, i.tenant)}
    assert {j["id"]: (j["suspended"], j["priority"]) for j in jobs} == {
        j["id"]: (True, 77) if j["id"] in own else (False, 0) for j in before[0]}
    assert sorted(d["suspended"] for d in definitions) == sorted(
        sees(principal, i.tenant) for i in world.instances)


async def test_bulk_suspension_keeps_to_visible_tenants(client: httpx.AsyncClient, uniq: str, principal: str) -> None:
    world = await build(client, uniq)
    for path, body in (("/engine-rest/job/suspended", {"suspended": True, "processDefinitionKey": world.bpmn}),
                       ("/engine-rest/job-definition/suspended",
                        {"suspended": True, "processDefinitionKey": world.bpmn}),
                       ("/engine-rest/job/suspended", {"suspended": True, "processDefinitionKey": world.bpmn,
                                                       "processDefinitionTenantId": "tenant-c"})):
        r = await client.put(path, json=body, headers=headers(principal))
        assert r.status_code == 204, r.text
    jobs, definitions = await everything(client, world)
    tenant_of = {str(i.job): i.tenant for i in world.instances}
    assert {j["id"]: j["suspended"] for j in jobs} == {
        job: sees(principal, tenant) for job, tenant in tenant_of.items()}
    assert {d["tenantId"]: d["suspended"] for d in definitions} == {
        i.tenant: sees(principal, i.tenant) for i in world.instances}


async def test_scheduled_suspension_keeps_to_the_callers_tenants(client: httpx.AsyncClient, store: Store, uniq: str,
                                                                 principal: str) -> None:
    """A future executionDate: another tenant's definition is a 404 and nothing is kept; a bulk change kept for
    later reaches, when it runs, only the tenants the caller could see when it asked."""
    world = await build(client, uniq)
    date, at = later(300)
    body = {"suspended": True, "includeJobs": True, "executionDate": date}
    before = kept(store)
    for i in world.instances:
        if not sees(principal, i.tenant):
            r = await client.put(f"/engine-rest/job-definition/{i.job_definition}/suspended", json=body,
                                 headers=headers(principal))
            u = await client.put(f"/engine-rest/job-definition/{UNKNOWN}/suspended", json=body,
                                 headers=headers(principal))
            same_as_unknown(r, u, i.job_definition)
    assert kept(store) == before
    r = await client.put("/engine-rest/job-definition/suspended", json={**body, "processDefinitionKey": world.bpmn},
                         headers=headers(principal))
    assert r.status_code == 204, r.text
    jobs, definitions = await everything(client, world)
    assert not any(x["suspended"] for x in (*jobs, *definitions))

    async def applied() -> bool:
        return at not in kept(store)

    await eventually(applied)
    jobs, definitions = await everything(client, world)
    tenant_of = {str(i.job): i.tenant for i in world.instances}
    assert {j["id"]: j["suspended"] for j in jobs} == {
        job: sees(principal, tenant) for job, tenant in tenant_of.items()}
    assert {d["tenantId"]: d["suspended"] for d in definitions} == {
        i.tenant: sees(principal, i.tenant) for i in world.instances}
