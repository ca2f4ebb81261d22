"""The admin API over HTTP: deploy with versions, start instances (selectors, fixtures), inspect, bulk load, errors."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from jobgate.store.engine import Store
from jobgate.store.tables import JOB, JOB_DEFINITION, PROCESS_DEFINITION, PROCESS_INSTANCE
from tests.conftest import Admin

TASKS = [{"elementId": "charge", "type": "charge-card", "name": "Charge card"},
         {"elementId": "ship", "type": "ship", "kind": "timer", "overridingJobPriority": 5, "suspended": True}]
PROBLEM = {"type", "title", "status", "detail"}


def assert_problem(r: httpx.Response, status: int, detail: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers.get_list("content-type") == ["application/problem+json"]
    body = dict(r.json())
    assert PROBLEM <= set(body) <= PROBLEM | {"instance"} and body["status"] == status
    assert body["type"] == "about:blank" and body["title"]
    if detail is not None:
        assert body["detail"] == detail
    return body


def snapshot(store: Store) -> list[Any]:
    with store.read() as conn:
        return [conn.execute(sa.select(t).order_by(*t.primary_key.columns)).all()
                for t in (JOB, JOB_DEFINITION, PROCESS_DEFINITION, PROCESS_INSTANCE)]


async def job_row(store: Store, key: int) -> Any:
    with store.read() as conn:
        return conn.execute(sa.select(JOB).where(JOB.c.key == key)).one()


# ---- deploy ------------------------------------------------------------------------------------------------------


async def test_deploy_answers_the_documented_body(client: httpx.AsyncClient, uniq: str) -> None:
    r = await client.post("/admin/process-definitions", json={"bpmnProcessId": uniq, "name": "Invoice",
                                                              "tasks": TASKS})
    assert r.status_code == 201, r.text
    d = r.json()
    key = d["processDefinitionKey"]
    assert d == {
        "processDefinitionKey": key, "processDefinitionId": f"{uniq}:1:{key}", "bpmnProcessId": uniq,
        "name": "Invoice", "version": 1, "tenantId": None, "deploymentKey": d["deploymentKey"],
        "deploymentId": str(d["deploymentKey"]),
        "jobDefinitions": [
            {"id": key + 1, "jobDefinitionId": str(key + 1), "elementId": "charge", "type": "charge-card",
             "kind": "message", "position": 0},
            {"id": key + 2, "jobDefinitionId": str(key + 2), "elementId": "ship", "type": "ship", "kind": "timer",
             "position": 1},
        ],
    }
    assert isinstance(key, int) and 2**51 < key < 2**53


async def test_deploying_again_creates_the_next_version(admin: Admin, uniq: str) -> None:
    v1 = await admin.deploy(uniq, tasks=TASKS)
    v2 = await admin.deploy(uniq, tasks=TASKS[:1])
    t1 = await admin.deploy(uniq, tasks=TASKS, tenantId="tenant-a")
    t2 = await admin.deploy(uniq, tasks=TASKS, tenantId="tenant-a")
    other = await admin.deploy(uniq + "-other", tasks=TASKS)
    assert [d["version"] for d in (v1, v2, t1, t2, other)] == [1, 2, 1, 2, 1]
    assert v2["processDefinitionId"] == f"{uniq}:2:{v2['processDefinitionKey']}"
    assert t2["tenantId"] == "tenant-a"
    assert len({d["processDefinitionKey"] for d in (v1, v2, t1, t2, other)}) == 5


@pytest.mark.parametrize(("body", "detail"), [
    ({"tasks": [{"elementId": "a", "type": "x"}, {"elementId": "a", "type": "y"}]}, "Duplicate task elementId 'a'."),
    ({"tasks": []}, None),
    ({"tasks": [{"elementId": "a"}]}, None),
    ({"tasks": [{"elementId": "", "type": "x"}]}, None),
    ({"tasks": [{"elementId": "a", "type": "x", "kind": "signal"}]}, None),
    ({"tasks": [{"elementId": "a", "type": "x", "overridingJobPriority": 2**63}]}, None),
    ({"tasks": [{"elementId": "a", "type": "x", "unknown": 1}]}, None),
    ({"tasks": [{"elementId": "a", "type": "x"}], "unknown": 1}, None),
    ({"tasks": [{"elementId": "a", "type": "x"}], "tenantId": ""}, None),
    ({"tasks": "a"}, None),
])
async def test_invalid_deployments_are_400_and_change_nothing(client: httpx.AsyncClient, store: Store, uniq: str,
                                                               body: dict[str, Any], detail: str | None) -> None:
    before = snapshot(store)
    assert_problem(await client.post("/admin/process-definitions", json={"bpmnProcessId": uniq, **body}), 400, detail)
    assert snapshot(store) == before


@pytest.mark.parametrize("body", [{"bpmnProcessId": "a\x00b", "tasks": TASKS},
                                  {"bpmnProcessId": "ok", "tasks": [{"elementId": "a", "type": "t", "name": "\x00"}]}])
async def test_nul_characters_are_refused(client: httpx.AsyncClient, store: Store, body: dict[str, Any]) -> None:
    before = snapshot(store)
    assert_problem(await client.post("/admin/process-definitions", json=body), 400,
                   "Texts in the request body must not contain NUL characters (\\u0000).")
    r = await client.post("/admin/process-instances", json={"bpmnProcessId": "ok", "variables": {"v": "\x00"}})
    assert_problem(r, 400)
    assert_problem(await client.post("/admin/load", json={"definitions": [body]}), 400)
    assert snapshot(store) == before


async def test_deploy_without_bpmn_process_id(client: httpx.AsyncClient) -> None:
    body = assert_problem(await client.post("/admin/process-definitions", json={"tasks": TASKS}), 400)
    assert "bpmnProcessId" in body["detail"]


# ---- start -------------------------------------------------------------------------------------------------------


@pytest.fixture
async def versions(admin: Admin, uniq: str) -> list[dict[str, Any]]:
    return [await admin.deploy(uniq, tasks=TASKS), await admin.deploy(uniq, tasks=TASKS),
            await admin.deploy(uniq, tasks=TASKS, tenantId="tenant-a")]


async def test_start_by_bpmn_process_id_takes_the_latest_version(admin: Admin, store: Store, uniq: str,
                                                                 versions: list[dict[str, Any]]) -> None:
    s = await admin.start(uniq, businessKey="order-1", variables={"amount": 99.5})
    v2 = versions[1]
    assert s["processDefinitionKey"] == v2["processDefinitionKey"] and s["version"] == 2
    assert s["processDefinitionId"] == v2["processDefinitionId"] and s["bpmnProcessId"] == uniq
    assert s["processInstanceId"] == str(s["processInstanceKey"])
    (job,) = s["jobs"]
    assert job == {"key": job["key"], "id": str(job["key"]), "elementId": "charge",
                   "jobDefinitionId": v2["jobDefinitions"][0]["id"]}
    row = await job_row(store, job["key"])
    assert (row.state, row.retries, row.due_date, row.priority, row.suspended, row.custom_headers) == (
        "activatable", 3, None, 0, False, {})


@pytest.mark.parametrize(("selector", "expected"), [
    ({"version": 1}, 0),
    ({"version": 2}, 1),
    ({"tenantId": "tenant-a"}, 2),
    ({"tenantId": "tenant-a", "version": 1}, 2),
    ({"tenantId": None}, 1),
])
async def test_start_by_version_and_tenant(admin: Admin, uniq: str, versions: list[dict[str, Any]],
                                           selector: dict[str, Any], expected: int) -> None:
    s = await admin.start(uniq, **selector)
    assert s["processDefinitionKey"] == versions[expected]["processDefinitionKey"]


async def test_start_by_key(admin: Admin, uniq: str, versions: list[dict[str, Any]]) -> None:
    for d in versions:
        s = await admin.start(processDefinitionKey=d["processDefinitionKey"])
        assert (s["processDefinitionKey"], s["version"]) == (d["processDefinitionKey"], d["version"])
    v1 = versions[0]
    s = await admin.start(uniq, processDefinitionKey=v1["processDefinitionKey"], version=1)
    assert s["processDefinitionKey"] == v1["processDefinitionKey"]


@pytest.mark.parametrize("mismatch", [{"bpmnProcessId": "other"}, {"version": 2}, {"tenantId": "tenant-a"}])
async def test_key_and_other_selectors_must_agree(client: httpx.AsyncClient, store: Store,
                                                  versions: list[dict[str, Any]], mismatch: dict[str, Any]) -> None:
    before = snapshot(store)
    r = await client.post("/admin/process-instances",
                          json={"processDefinitionKey": versions[0]["processDefinitionKey"], **mismatch})
    assert "name different definitions" in assert_problem(r, 400)["detail"]
    assert snapshot(store) == before


@pytest.mark.parametrize(("body", "detail"), [
    ({"bpmnProcessId": "no-such-process"}, "No process definition 'no-such-process'."),
    ({"bpmnProcessId": "{uniq}", "version": 3}, "No version 3 of process definition '{uniq}'."),
    ({"bpmnProcessId": "{uniq}", "tenantId": "tenant-b"}, "No process definition '{uniq}' for tenant 'tenant-b'."),
    ({"processDefinitionKey": 1}, "No process definition with key 1."),
])
async def test_unknown_definition_is_404(client: httpx.AsyncClient, store: Store, uniq: str,
                                         versions: list[dict[str, Any]], body: dict[str, Any], detail: str) -> None:
    before = snapshot(store)
    body = {k: v.format(uniq=uniq) if isinstance(v, str) else v for k, v in body.items()}
    assert_problem(await client.post("/admin/process-instances", json=body), 404, detail.format(uniq=uniq))
    assert snapshot(store) == before


@pytest.mark.parametrize("body", [{}, {"version": 1}, {"businessKey": "x", "jobs": [{}]}])
async def test_neither_selector_is_400(client: httpx.AsyncClient, body: dict[str, Any]) -> None:
    assert_problem(await client.post("/admin/process-instances", json=body), 400,
                   "Give bpmnProcessId or processDefinitionKey.")


async def test_bare_fixture_defaults(admin: Admin, store: Store, uniq: str, versions: list[dict[str, Any]]) -> None:
    s = await admin.start(uniq, jobs=[{}, {"elementId": "ship"}])
    charge, ship = [await job_row(store, j["key"]) for j in s["jobs"]]
    assert [j["elementId"] for j in s["jobs"]] == ["charge", "ship"]
    assert (charge.state, charge.retries, charge.due_date, charge.priority, charge.suspended) == (
        "activatable", 3, None, 0, False)
    assert (charge.exception_message, charge.failed_activity_id, charge.custom_headers, charge.worker) == (
        None, None, {}, None)
    assert abs(charge.create_time - ship.create_time) < 1000
    assert (ship.priority, ship.suspended, ship.kind) == (5, True, "timer")  # from the job definition


async def test_fixture_values_are_stored(admin: Admin, store: Store, uniq: str,
                                         versions: list[dict[str, Any]]) -> None:
    fixture = {"elementId": "ship", "state": "activated", "retries": 9, "dueDate": "2025-09-25T13:38:42.165+02:00",
               "createTime": "2025-09-25T11:00:00Z", "priority": -(2**63), "suspended": False,
               "exceptionMessage": "m", "exceptionTrace": "t", "failedActivityId": "charge", "batchId": "b",
               "customHeaders": {"currency": "EUR"}, "worker": "w1", "deadline": "2999-01-01T00:00:00Z"}
    s = await admin.start(uniq, jobs=[fixture])
    row = await job_row(store, s["jobs"][0]["key"])
    assert (row.state, row.retries, row.due_date, row.create_time, row.priority, row.suspended) == (
        "activated", 9, 1758800322165, 1758798000000, -(2**63), False)
    assert (row.exception_message, row.exception_trace, row.failed_activity_id, row.batch_id) == ("m", "t", "charge",
                                                                                                   "b")
    assert (row.custom_headers, row.worker, row.deadline) == ({"currency": "EUR"}, "w1", 32472144000000)


@pytest.mark.parametrize("jobs", [
    [{"elementId": "nope"}],
    [{"state": "waiting"}],
    [{"retries": -1}],
    [{"dueDate": "2025-01-01T00:00:00"}],  # no offset
    [{"dueDate": "tomorrow"}],
    [{"priority": 2**63}],
    [{"unknown": 1}],
    [{"customHeaders": {"a": 1}}],
    [{"failedActivityId": "x" * 256}],
    [{"batchId": "x" * 256}],
    [{"worker": "x" * 256}],
    [{"exceptionMessage": "NUL\x00"}],
    [{"customHeaders": {"k\x00": "v"}}],
])
async def test_invalid_fixtures_are_400_and_change_nothing(client: httpx.AsyncClient, store: Store, uniq: str,
                                                           versions: list[dict[str, Any]],
                                                           jobs: list[dict[str, Any]]) -> None:
    before = snapshot(store)
    assert_problem(await client.post("/admin/process-instances", json={"bpmnProcessId": uniq, "jobs": jobs}), 400)
    assert snapshot(store) == before


# ---- inspect -----------------------------------------------------------------------------------------------------


async def test_get_instance(admin: Admin, uniq: str, versions: list[dict[str, Any]]) -> None:
    s = await admin.start(uniq, version=1, businessKey="bk", variables={"a": [1, 2]},
                          jobs=[{"state": "completed"}, {"elementId": "ship", "state": "failed"}])
    view = await admin.instance(s["processInstanceKey"])
    v1 = versions[0]
    assert view == {
        "processInstanceKey": s["processInstanceKey"], "processInstanceId": s["processInstanceId"],
        "processDefinitionKey": v1["processDefinitionKey"], "processDefinitionId": v1["processDefinitionId"],
        "bpmnProcessId": uniq, "version": 1, "state": "incident", "businessKey": "bk", "tenantId": None,
        "variables": {"a": [1, 2]},
        "jobs": [{"key": s["jobs"][0]["key"], "elementId": "charge", "type": "charge-card", "state": "completed",
                  "retries": 3},
                 {"key": s["jobs"][1]["key"], "elementId": "ship", "type": "ship", "state": "failed", "retries": 0}],
    }


@pytest.mark.parametrize(("path", "status"), [("1", 404), ("0", 400), ("-5", 400), ("9223372036854775808", 400)])
async def test_get_instance_errors(client: httpx.AsyncClient, path: str, status: int) -> None:
    assert_problem(await client.get(f"/admin/process-instances/{path}"), status)


# ---- bulk load -----------------------------------------------------------------------------------------------------


async def test_bulk_load(client: httpx.AsyncClient, store: Store, uniq: str) -> None:
    body = {
        "definitions": [{"bpmnProcessId": uniq, "tasks": TASKS}, {"bpmnProcessId": uniq, "tasks": TASKS[:1]},
                        {"bpmnProcessId": uniq + "-t", "tenantId": "tenant-a", "tasks": TASKS}],
        "instances": [{"bpmnProcessId": uniq, "count": 5},
                      {"bpmnProcessId": uniq, "version": 1, "count": 2, "jobs": [{}, {"elementId": "ship"}]},
                      {"bpmnProcessId": uniq + "-t", "tenantId": "tenant-a", "jobs": []}],
    }
    before = snapshot(store)
    r = await client.post("/admin/load", json=body)
    assert r.status_code == 201, r.text
    assert r.json() == {"definitions": 3, "instances": 8, "jobs": 5 + 4}
    after = snapshot(store)
    assert [len(a) - len(b) for a, b in zip(after, before, strict=True)] == [9, 5, 3, 8]


@pytest.mark.parametrize(("body", "status"), [
    ({"instances": [{"bpmnProcessId": "surely-not-deployed"}]}, 404),
    ({"definitions": [{"bpmnProcessId": "x", "tasks": TASKS}], "instances": [{"bpmnProcessId": "x", "count": 0}]},
     400),
    ({"definitions": [{"bpmnProcessId": "y", "tasks": TASKS}],
      "instances": [{"bpmnProcessId": "y"}, {"bpmnProcessId": "y", "jobs": [{"elementId": "nope"}]}]}, 400),
    ({"unknown": []}, 400),
])
async def test_bulk_load_errors_change_nothing(client: httpx.AsyncClient, store: Store, body: dict[str, Any],
                                               status: int) -> None:
    before = snapshot(store)
    assert_problem(await client.post("/admin/load", json=body), status)
    assert snapshot(store) == before


# ---- strictness and bodies -----------------------------------------------------------------------------------------


async def test_unknown_query_parameters_are_rejected(client: httpx.AsyncClient, admin: Admin, store: Store,
                                                     uniq: str) -> None:
    await admin.deploy(uniq, tasks=TASKS)
    before = snapshot(store)
    r = await client.post("/admin/process-instances?dryRun=true", json={"bpmnProcessId": uniq})
    assert "dryRun" in assert_problem(r, 400)["detail"]
    r = await client.post("/admin/process-definitions?x=1", json={"bpmnProcessId": uniq, "tasks": TASKS})
    assert_problem(r, 400)
    assert snapshot(store) == before
    s = await admin.start(uniq)
    assert_problem(await client.get(f"/admin/process-instances/{s['processInstanceKey']}?verbose=1"), 400)


async def test_unknown_body_property_is_rejected(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    await admin.deploy(uniq, tasks=TASKS)
    r = await client.post("/admin/process-instances", json={"bpmnProcessId": uniq, "colour": "red"})
    assert "colour" in assert_problem(r, 400)["detail"]


@pytest.mark.parametrize("content", [b"{bad", b"", b"[]", b"null"])
async def test_malformed_or_missing_bodies(client: httpx.AsyncClient, content: bytes) -> None:
    for path in ("/admin/process-definitions", "/admin/process-instances", "/admin/load"):
        r = await client.post(path, content=content, headers={"content-type": "application/json"})
        assert_problem(r, 400)


async def test_body_without_content_type_is_json(client: httpx.AsyncClient, uniq: str) -> None:
    r = await client.post("/admin/process-definitions",
                          content=f'{{"bpmnProcessId": "{uniq}", "tasks": [{{"elementId": "a", "type": "t"}}]}}')
    assert r.status_code == 201, r.text
    r = await client.post("/admin/process-instances", content=f'{{"bpmnProcessId": "{uniq}"}}')
    assert r.status_code == 201, r.text


async def test_bulk_load_is_bounded_per_call(client: httpx.AsyncClient, uniq: str) -> None:
    # 100,001 instances in one call is refused before any work is done, and nothing is written.
    body = {"definitions": [{"bpmnProcessId": uniq, "tasks": [{"elementId": "a", "type": "t"}]}],
            "instances": [{"bpmnProcessId": uniq, "count": 50_001}, {"bpmnProcessId": uniq, "count": 50_000}]}
    r = await client.post("/admin/load", json=body)
    assert r.status_code == 400, r.text
    assert "at most 100000 instances" in r.json()["detail"]
    r = await client.post("/engine-rest/job-definition/count", json={"processDefinitionKey": uniq})
    assert r.json() == {"count": 0}


async def test_bulk_load_bounds_the_jobs_per_call(client: httpx.AsyncClient, store: Store, uniq: str) -> None:
    # 1,001 instances (far below the instance bound) with 1,000 job fixtures each: 1,001,000 jobs, one call too
    # many. Refused up front with the counts, before the definition is even looked up (it does not exist, which
    # would be a 404 once the store were asked), and nothing is written.
    body = {"instances": [{"bpmnProcessId": uniq, "count": 1001, "jobs": [{}] * 1000}]}
    before = snapshot(store)
    r = await client.post("/admin/load", json=body)
    detail = assert_problem(r, 400)["detail"]
    assert "at most 1000000 jobs" in detail and "(asked: 1001 instances, 1001000 jobs)" in detail
    assert snapshot(store) == before
    # exactly at the bound is not refused by it (here: a 404, as the definition does not exist)
    body = {"instances": [{"bpmnProcessId": uniq, "count": 1000, "jobs": [{}] * 1000}]}
    assert_problem(await client.post("/admin/load", json=body), 404)


async def test_variables_that_cannot_be_stored_are_400(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    # A 70-bit integer was accepted and made GET /admin/process-instances/{key} fail later; now refused up front.
    await admin.deploy(uniq)
    r = await client.post("/admin/process-instances", json={"bpmnProcessId": uniq, "variables": {"n": 2**70}})
    assert r.status_code == 400 and "64 bits" in r.json()["detail"], r.text
