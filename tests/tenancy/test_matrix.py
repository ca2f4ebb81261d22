"""The tenant boundary, principal x dialect, on each backend (issue 11): a user sees and touches only jobs of its
tenants and tenant-less ones. Principals: tenant-a only, tenant-a+b, every tenant, no tenant, and none at all
(authentication off: everything, exactly as before). Refused commands change nothing in the store.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .world import PRINCIPALS, A, B, C, World, build, headers, restricted, sees, snapshot

pytestmark = pytest.mark.parametrize("principal", list(PRINCIPALS))

# Camunda 7 tenant filters and what they keep (DESIGN 6b: withoutTenantId wins, include alone filters nothing).
JOB_FILTERS: list[tuple[dict[str, str], Any]] = [
    ({}, lambda t: True),
    ({"tenantIdIn": B}, lambda t: t == B),
    ({"tenantIdIn": f"{A},{C}"}, lambda t: t in (A, C)),
    ({"withoutTenantId": "true"}, lambda t: t is None),
    ({"withoutTenantId": "true", "tenantIdIn": A}, lambda t: t is None),
    ({"tenantIdIn": B, "includeJobsWithoutTenantId": "true"}, lambda t: t in (B, None)),
    ({"includeJobsWithoutTenantId": "true"}, lambda t: True),
    ({"sortBy": "tenantId", "sortOrder": "desc"}, lambda t: True),
]


async def test_camunda7_job_list_and_count(client: httpx.AsyncClient, uniq: str, principal: str) -> None:
    world = await build(client, uniq)
    for params, where in JOB_FILTERS:
        query = {"processDefinitionKey": uniq, **params}
        r = await client.get("/engine-rest/job", params=query, headers=headers(principal))
        assert r.status_code == 200, r.text
        expected = world.jobs(principal, where)
        got = [j["id"] for j in r.json()]
        if "sortBy" in params:
            got.sort(key=int)
        assert got == expected, params
        count = {k: v for k, v in query.items() if not k.startswith("sort")}
        r = await client.get("/engine-rest/job/count", params=count, headers=headers(principal))
        assert r.json() == {"count": len(expected)}, params


DEFINITION_FILTERS: list[tuple[dict[str, Any], Any]] = [
    ({}, lambda t: True),
    ({"tenantIdIn": [B]}, lambda t: t == B),
    ({"tenantIdIn": [A, C]}, lambda t: t in (A, C)),
    ({"withoutTenantId": True}, lambda t: t is None),
    ({"tenantIdIn": [C], "includeJobDefinitionsWithoutTenantId": True}, lambda t: t in (C, None)),
]


async def test_camunda7_job_definition_query_and_count(client: httpx.AsyncClient, uniq: str, principal: str) -> None:
    world = await build(client, uniq)
    for body, where in DEFINITION_FILTERS:
        body = {"processDefinitionKey": uniq, **body}
        r = await client.post("/engine-rest/job-definition", json=body, headers=headers(principal))
        assert r.status_code == 200, r.text
        expected = [i.job_definition for i in world.instances if sees(principal, i.tenant) and where(i.tenant)]
        assert [d["id"] for d in r.json()] == sorted(expected, key=int), body
        r = await client.post("/engine-rest/job-definition/count", json=body, headers=headers(principal))
        assert r.json() == {"count": len(expected)}, body


async def test_zeebe_activation_claims_only_visible_jobs(client: httpx.AsyncClient, uniq: str,
                                                         principal: str) -> None:
    world = await build(client, uniq)
    params = {"type": uniq, "maxJobsToActivate": 10, "requestTimeout": -1, "worker": principal}
    r = await client.get("/zeebe/jobs", params=params, headers=headers(principal))
    assert r.status_code == 200, r.text
    assert [str(j["key"]) for j in r.json()["data"]["jobs"]] == world.jobs(principal)
    # The others were not touched: exactly they are left for an unrestricted worker.
    r = await client.get("/zeebe/jobs", params={**params, "worker": "rest"})
    rest = [str(j["key"]) for j in r.json()["data"]["jobs"]]
    assert rest == [str(i.job) for i in world.instances if not sees(principal, i.tenant)]
    workers = {v["jobs"][0]["key"]: v["jobs"][0]["state"] for v in await snapshot(client, world)}
    assert set(workers.values()) == {"activated"}


COMMANDS: list[dict[str, Any]] = [
    {"status": "completed", "variables": {"x": 1}},
    {"status": "failed", "retries": 0, "errorMessage": "no"},
    {"status": "error_thrown", "errorCode": "E"},
]


async def test_zeebe_commands_on_foreign_jobs_are_not_found(client: httpx.AsyncClient, uniq: str,
                                                           principal: str) -> None:
    world = await build(client, uniq)
    r = await client.get("/zeebe/jobs", params={"type": uniq, "maxJobsToActivate": 10, "requestTimeout": -1})
    assert len(r.json()["data"]["jobs"]) == 4  # all leased: every command would be accepted on its own tenant
    before = await snapshot(client, world)
    unknown = 2**52 + 12345
    for i in world.instances:
        if sees(principal, i.tenant):
            continue
        for body in COMMANDS:
            r = await client.patch(f"/zeebe/jobs/{i.job}", json=body, headers=headers(principal))
            assert r.status_code == 404, (i.tenant, body, r.text)
            assert r.json() == {"data": None, "error": f"Job with key {i.job} not found."}
            u = await client.patch(f"/zeebe/jobs/{unknown}", json=body, headers=headers(principal))
            assert u.json() == {"data": None, "error": f"Job with key {unknown} not found."}  # indistinguishable
    assert await snapshot(client, world) == before
    for i in world.instances:  # its own (and tenant-less) jobs it completes as ever
        if sees(principal, i.tenant):
            r = await client.patch(f"/zeebe/jobs/{i.job}", json=COMMANDS[0], headers=headers(principal))
            assert r.status_code == 204, r.text
    after = {v["processInstanceKey"]: v["state"] for v in await snapshot(client, world)}
    assert after == {i.key: "completed" if sees(principal, i.tenant) else "active" for i in world.instances}


def _opa_error(r: httpx.Response, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"type", "title", "status", "detail", "o:errorCode"}
    assert (body["status"], body["o:errorCode"]) == (status, f"OPA-{status}")
    return dict(body)


async def test_opa_list_with_and_without_tenant_header(client: httpx.AsyncClient, uniq: str, principal: str) -> None:
    """Without the header a restricted user sees its tenants' and tenant-less instances; a header naming a tenant
    outside its own is a 403; a header naming one of its own keeps to that tenant (tenant-less ones hidden)."""
    world = await build(client, uniq)
    for i in world.instances:
        url = f"/process/api/v1/process-instances/{i.key}/jobs"
        r = await client.get(url, headers=headers(principal))
        if sees(principal, i.tenant):
            assert r.status_code == 200, r.text
            assert [j["id"] for j in r.json()["items"]] == [str(i.job)]
        else:
            assert _opa_error(r, 404)["detail"] == "Process instance ID does not exist."
        for named in (A, B, ""):
            r = await client.get(url, headers={**headers(principal), "X-ID-TENANT-NAME": named})
            if restricted(principal) and not sees(principal, named or "\x00none"):
                detail = _opa_error(r, 403)["detail"]
                assert "authorization" in detail and f"'{named}'" in detail
            elif i.tenant == named:
                assert [j["id"] for j in r.json()["items"]] == [str(i.job)]
            else:
                _opa_error(r, 404)


async def test_opa_get_and_resubmit_foreign_job(client: httpx.AsyncClient, uniq: str, principal: str) -> None:
    world = await build(client, uniq)
    before = await snapshot(client, world)
    for i in world.instances:
        if sees(principal, i.tenant):
            continue
        url = f"/process/api/v1/process-instances/{i.key}/jobs/{i.job}"
        _opa_error(await client.get(url, headers=headers(principal)), 404)
        _opa_error(await client.post(url, headers=headers(principal)), 404)
        assert i.tenant is not None
        named = {**headers(principal), "X-ID-TENANT-NAME": i.tenant}
        _opa_error(await client.get(url, headers=named), 403)
        _opa_error(await client.post(url, headers=named), 403)
    assert await snapshot(client, world) == before
    for i in world.instances:
        if sees(principal, i.tenant):
            url = f"/process/api/v1/process-instances/{i.key}/jobs/{i.job}"
            assert (await client.get(url, headers=headers(principal))).status_code == 200
            r = await client.post(url, headers=headers(principal))
            assert r.status_code == 200, r.text
            assert r.json()["id"] == str(i.job)


async def test_admin_inspect_foreign_instance(client: httpx.AsyncClient, uniq: str, principal: str) -> None:
    world = await build(client, uniq)
    for i in world.instances:
        r = await client.get(f"/admin/process-instances/{i.key}", headers=headers(principal))
        if sees(principal, i.tenant):
            assert r.status_code == 200, r.text
            assert r.json()["processInstanceKey"] == i.key
        else:
            assert r.status_code == 404, r.text
            assert r.headers["content-type"] == "application/problem+json"
            assert r.json()["detail"] == f"No process instance with key {i.key}."


async def test_world_is_as_described(client: httpx.AsyncClient, uniq: str, principal: str) -> None:
    """The matrix means something: each principal sees a different, exactly known part of the world."""
    world: World = await build(client, uniq)
    expected = {"a": [A, None], "ab": [A, B, None], "all": [A, B, C, None], "none": [None],
                "anonymous": [A, B, C, None]}[principal]
    assert [i.tenant for i in world.instances if sees(principal, i.tenant)] == expected
