"""Authentication and the tenant boundary together: the tenants of a real Basic user or JWT decide what each
dialect shows and lets it touch (tests/tenancy checks every case with an injected principal; this proves the
authentication middleware hands the right one over)."""

from __future__ import annotations

from typing import Any

import httpx

from jobgate.auth import users
from jobgate.auth.passwords import hash_password
from jobgate.main import services_of

from .support import PASSWORD, ROLE_USERS, Keys

ADMIN = (ROLE_USERS["admin"], PASSWORD)


async def world(anon: httpx.AsyncClient, uniq: str) -> dict[str | None, int]:
    """One instance (one job of type `uniq`) per tenant a, b and none; their job keys."""
    keys: dict[str | None, int] = {}
    for tenant in ("tenant-a", "tenant-b", None):
        body: dict[str, Any] = {"bpmnProcessId": uniq, "tasks": [{"elementId": "task", "type": uniq}]}
        if tenant:
            body["tenantId"] = tenant
        assert (await anon.post("/admin/process-definitions", json=body, auth=ADMIN)).status_code == 201
        start = {"bpmnProcessId": uniq, **({"tenantId": tenant} if tenant else {})}
        r = await anon.post("/admin/process-instances", json=start, auth=ADMIN)
        assert r.status_code == 201, r.text
        keys[tenant] = r.json()["jobs"][0]["key"]
    return keys


def add_user(auth_app: Any, name: str, role: str, tenants: frozenset[str]) -> tuple[str, str]:
    with services_of(auth_app).store.write() as conn:
        if users.get_user(conn, name=name) is None:
            users.put_user(conn, name=name, password_hash=hash_password(PASSWORD), roles=frozenset({role}),
                           tenants=tenants, now=1)
    return name, PASSWORD


async def test_basic_user_of_one_tenant_sees_its_jobs_and_tenantless_ones(anon: httpx.AsyncClient, auth_app: Any,
                                                                          uniq: str) -> None:
    keys = await world(anon, uniq)
    reader = add_user(auth_app, "reader-of-a", "reader", frozenset({"tenant-a"}))
    r = await anon.get("/engine-rest/job", params={"processDefinitionKey": uniq}, auth=reader)
    assert sorted(int(j["id"]) for j in r.json()) == sorted([keys["tenant-a"], keys[None]])
    r = await anon.get("/engine-rest/job/count", params={"processDefinitionKey": uniq, "tenantIdIn": "tenant-b"},
                       auth=reader)
    assert r.json() == {"count": 0}  # a foreign tenant filters to nothing, never a 403
    r = await anon.get("/engine-rest/job/count", params={"processDefinitionKey": uniq}, auth=ADMIN)
    assert r.json() == {"count": 3}  # the admin user has every tenant


async def test_jwt_worker_claims_only_its_tenant_and_cannot_touch_another(anon: httpx.AsyncClient, keys: Keys,
                                                                         uniq: str) -> None:
    jobs = await world(anon, uniq)
    worker_b = {"Authorization": f"Bearer {keys.token(roles=['worker'], tenants=['tenant-b'], sub='worker-b')}"}
    r = await anon.get("/zeebe/jobs", params={"type": uniq, "maxJobsToActivate": 10, "requestTimeout": -1,
                                              "worker": "b"}, headers=worker_b)
    assert r.status_code == 200, r.text
    assert sorted(j["key"] for j in r.json()["data"]["jobs"]) == sorted([jobs["tenant-b"], jobs[None]])
    r = await anon.patch(f"/zeebe/jobs/{jobs['tenant-a']}", json={"status": "completed"}, headers=worker_b)
    assert (r.status_code, r.json()) == (404, {"data": None, "error": f"Job with key {jobs['tenant-a']} not found."})
    r = await anon.get("/engine-rest/job/count", params={"processDefinitionKey": uniq, "tenantIdIn": "tenant-a",
                                                         "noRetriesLeft": "false"}, auth=ADMIN)
    assert r.json() == {"count": 1}  # tenant-a's job was neither claimed nor completed


async def test_opa_header_naming_a_foreign_tenant_is_403(anon: httpx.AsyncClient, auth_app: Any, uniq: str) -> None:
    await world(anon, uniq)
    reader = add_user(auth_app, "opa-reader-of-a", "reader", frozenset({"tenant-a"}))
    r = await anon.post("/admin/process-instances", json={"bpmnProcessId": uniq, "tenantId": "tenant-a"}, auth=ADMIN)
    instance = r.json()["processInstanceKey"]
    ok = await anon.get(f"/process/api/v1/process-instances/{instance}/jobs", auth=reader,
                        headers={"X-ID-TENANT-NAME": "tenant-a"})
    assert ok.status_code == 200 and ok.json()["count"] == 1
    refused = await anon.get(f"/process/api/v1/process-instances/{instance}/jobs", auth=reader,
                             headers={"X-ID-TENANT-NAME": "tenant-b"})
    assert refused.status_code == 403 and refused.json()["status"] == 403


async def test_admin_of_one_tenant_cannot_write_for_another(anon: httpx.AsyncClient, auth_app: Any, uniq: str) -> None:
    admin_a = add_user(auth_app, "admin-of-a", "admin", frozenset({"tenant-a"}))
    tasks = [{"elementId": "task", "type": uniq}]
    own = await anon.post("/admin/process-definitions", json={"bpmnProcessId": uniq, "tenantId": "tenant-a",
                                                              "tasks": tasks}, auth=admin_a)
    assert own.status_code == 201, own.text
    calls = [
        ("/admin/process-definitions", {"bpmnProcessId": uniq, "tenantId": "tenant-b", "tasks": tasks}),
        ("/admin/process-instances", {"bpmnProcessId": uniq, "tenantId": "tenant-b"}),
        ("/admin/load", {"instances": [{"bpmnProcessId": uniq, "tenantId": "tenant-b", "count": 2}]}),
        ("/admin/load", {"definitions": [{"bpmnProcessId": uniq, "tenantId": "tenant-b", "tasks": tasks}]}),
    ]
    for path, body in calls:
        r = await anon.post(path, json=body, auth=admin_a)
        assert r.status_code == 403, (path, r.text)
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["detail"] == "Tenant 'tenant-b' is not one of the caller's tenants."
    counted = await anon.post("/engine-rest/job-definition/count", json={"processDefinitionKey": uniq}, auth=ADMIN)
    assert counted.json() == {"count": 1}  # only tenant-a's definition exists: nothing of the refused calls
