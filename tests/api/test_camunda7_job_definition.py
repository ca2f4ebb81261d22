"""Camunda 7 single job-definition operations on both backends: GET /job-definition/{id}, PUT .../suspended (with
includeJobs and executionDate, now or scheduled), PUT /job-definition/suspended, PUT .../retries and
PUT .../jobPriority; every 2xx and error, and that a refused command changes nothing. Changes show in the job
lists and in Zeebe activation."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from jobgate.store.clock import now_ms
from jobgate.store.engine import Store
from tests.api.schedule_support import eventually, kept, later
from tests.api.test_camunda7_job import FUTURE, assert_error
from tests.conftest import Admin

BASE = "/engine-rest/job-definition"
JOBS = "/engine-rest/job"
UNKNOWN = str(2**52 + 4243)


async def world(admin: Admin, uniq: str, *jobs: dict[str, Any]) -> tuple[str, list[str], dict[str, Any]]:
    """Deploy `uniq` (tasks t1, t2 of type `uniq`) and start one instance with these fixtures: the id of t1's job
    definition, the job ids, the deployment."""
    deployed = await admin.deploy(uniq, [{"elementId": "t1", "type": uniq}, {"elementId": "t2", "type": uniq}])
    started = await admin.start(uniq, jobs=list(jobs) or [{}])
    return str(deployed["jobDefinitions"][0]["id"]), [str(j["key"]) for j in started["jobs"]], deployed


async def definition(client: httpx.AsyncClient, id_: str) -> dict[str, Any]:
    r = await client.get(f"{BASE}/{id_}")
    assert r.status_code == 200, r.text
    return dict(r.json())


async def jobs_of(client: httpx.AsyncClient, ids: list[str]) -> list[dict[str, Any]]:
    r = await client.post(JOBS, json={"jobIds": ids, "sorting": [{"sortBy": "jobId", "sortOrder": "asc"}]})
    assert r.status_code == 200, r.text
    return list(r.json())


async def activate(client: httpx.AsyncClient, type_: str) -> list[str]:
    r = await client.get("/zeebe/jobs", params={"type": type_, "requestTimeout": -1, "maxJobsToActivate": 50})
    return [str(j["key"]) for j in r.json()["data"]["jobs"]]


async def test_get_is_the_list_dto(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    jd, _, _ = await world(admin, uniq)
    (listed,) = (await client.post(BASE, json={"jobDefinitionId": jd})).json()
    assert await definition(client, jd) == listed and listed["activityId"] == "t1"


@pytest.mark.parametrize(("method", "path", "body", "message"), [
    ("GET", "", None, "Job Definition with id {id} does not exist"),
    ("PUT", "/suspended", {"suspended": True}, "Job definition with id '{id}' does not exist: jobDefinition is null"),
    ("PUT", "/retries", {"retries": 1}, "Job definition with id '{id}' does not exist: jobDefinition is null"),
    ("PUT", "/jobPriority", {"priority": 1}, "Job definition with id '{id}' does not exist: jobDefinition is null"),
])
async def test_unknown_job_definition_is_404(client: httpx.AsyncClient, admin: Admin, uniq: str, method: str,
                                             path: str, body: Any, message: str) -> None:
    _, jobs, _ = await world(admin, uniq)
    for id_ in (UNKNOWN, "abc", "042", jobs[0]):  # a job id is no job definition id
        r = await client.request(method, f"{BASE}/{id_}{path}", json=body)
        assert_error(r, 404, message.format(id=id_))


async def test_suspend_with_and_without_jobs(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    jd, (first, other), _ = await world(admin, uniq, {}, {"elementId": "t2"})
    r = await client.put(f"{BASE}/{jd}/suspended", json={"suspended": True})
    assert r.status_code == 204, r.text
    assert (await definition(client, jd))["suspended"] is True
    assert [j["suspended"] for j in await jobs_of(client, [first, other])] == [False, False]  # jobs untouched
    r = await client.put(f"{BASE}/{jd}/suspended", json={"suspended": True, "includeJobs": True, "executionDate": ""})
    assert r.status_code == 204
    assert [j["suspended"] for j in await jobs_of(client, [first, other])] == [True, False]
    assert await activate(client, uniq) == [other]
    started = await admin.start(uniq)  # a new job of a suspended definition starts suspended
    new = str(started["jobs"][0]["key"])
    assert [j["suspended"] for j in await jobs_of(client, [new])] == [True]
    r = await client.put(f"{BASE}/{jd}/suspended", json={"suspended": False, "includeJobs": True,
                                                         "executionDate": "2020-01-01T00:00:00"})
    assert r.status_code == 204
    assert (await definition(client, jd))["suspended"] is False
    assert sorted(await activate(client, uniq)) == sorted([first, new])


async def test_a_future_date_suspends_at_that_time(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    jd, (first, other), _ = await world(admin, uniq, {}, {"elementId": "t2"})
    date, at = later(500)
    r = await client.put(f"{BASE}/{jd}/suspended", json={"suspended": True, "includeJobs": True,
                                                         "executionDate": date})
    assert r.status_code == 204, r.text
    assert (await definition(client, jd))["suspended"] is False
    assert [j["suspended"] for j in await jobs_of(client, [first, other])] == [False, False]
    assert sorted(await activate(client, uniq)) == sorted([first, other])  # still delivered
    assert now_ms() < at, "the checks above must run before the date"

    async def suspended() -> bool:
        return bool((await definition(client, jd))["suspended"])

    done = await eventually(suspended)
    assert done >= at
    assert [j["suspended"] for j in await jobs_of(client, [first, other])] == [True, False]  # includeJobs
    new = str((await admin.start(uniq))["jobs"][0]["key"])
    assert [j["suspended"] for j in await jobs_of(client, [new])] == [True]


async def test_a_future_date_in_the_bulk_form(client: httpx.AsyncClient, admin: Admin, store: Store,
                                              uniq: str) -> None:
    _, _, deployed = await world(admin, uniq)
    tenant = await admin.deploy(uniq, [{"elementId": "t1", "type": uniq}], tenantId=f"{uniq}-t")
    (tenant_job,) = (await admin.start(uniq, tenantId=f"{uniq}-t"))["jobs"]
    ids = [str(d["id"]) for d in (*deployed["jobDefinitions"], *tenant["jobDefinitions"])]

    async def states() -> list[bool]:
        return [(await definition(client, id_))["suspended"] for id_ in ids]

    date, at = later(300)
    for body in ({"processDefinitionKey": uniq, "processDefinitionTenantId": f"{uniq}-t", "includeJobs": True},
                 {"processDefinitionKey": f"{uniq}-nothing"},
                 {"processDefinitionId": f"{uniq}:9:9", "includeJobs": True}):
        r = await client.put(f"{BASE}/suspended", json={"suspended": True, "executionDate": date, **body})
        assert r.status_code == 204, r.text
    assert await states() == [False, False, False]

    async def applied() -> bool:
        return at not in kept(store)

    await eventually(applied)
    assert await states() == [False, False, True]  # the tenant's only; the others matched nothing
    assert [j["suspended"] for j in await jobs_of(client, [str(tenant_job["key"])])] == [True]


async def test_a_future_date_for_an_unknown_id_is_404(client: httpx.AsyncClient, admin: Admin, store: Store,
                                                      uniq: str) -> None:
    _, jobs, _ = await world(admin, uniq)
    date, _ = later(60_000)
    before = kept(store)
    for id_ in (UNKNOWN, "abc", jobs[0]):
        r = await client.put(f"{BASE}/{id_}/suspended", json={"suspended": True, "executionDate": date})
        assert_error(r, 404, f"Job definition with id '{id_}' does not exist: jobDefinition is null")
    assert kept(store) == before


@pytest.mark.parametrize("date", ["9999-12-31T23:59:59.999+0000", "9999-12-31T23:59:59", "9999-12-31T23:59:59-14:00"])
async def test_the_latest_dates_are_kept(client: httpx.AsyncClient, admin: Admin, store: Store, uniq: str,
                                         date: str) -> None:
    jd, _, deployed = await world(admin, uniq)
    before = len(kept(store))
    r = await client.put(f"{BASE}/{jd}/suspended", json={"suspended": True, "executionDate": date})
    assert r.status_code == 204, r.text
    r = await client.put(f"{BASE}/suspended", json={"suspended": True, "executionDate": date,
                                                    "processDefinitionId": deployed["processDefinitionId"]})
    assert r.status_code == 204, r.text
    after = kept(store)
    assert len(after) == before + 2 and after[-2:] == [253_402_300_799_999] * 2  # the latest time (beyond: clamped)
    assert (await definition(client, jd))["suspended"] is False


@pytest.mark.parametrize(("body", "message"), [
    ({"suspended": True, "executionDate": "a"},
     'The suspension state of Job Definition with id {id} could not be updated due to: Invalid format: "a"'),
    ({"suspended": True, "processDefinitionId": "x:1:2"},
     "Only one of jobDefinitionId, processDefinitionId or processDefinitionKey should be set to update the "
     "suspension state."),
    ({"suspended": True, "processDefinitionKey": "x"},
     "Only one of jobDefinitionId, processDefinitionId or processDefinitionKey should be set to update the "
     "suspension state."),
    ({}, None), ({"suspended": None}, None), ({"suspended": True, "includeJobs": "yes"}, None),
    ({"suspended": True, "executionDate": 5}, None),
])
async def test_suspension_errors_change_nothing(client: httpx.AsyncClient, admin: Admin, uniq: str, body: Any,
                                                message: str | None) -> None:
    jd, jobs, _ = await world(admin, uniq)
    before = (await definition(client, jd), await jobs_of(client, jobs))
    r = await client.put(f"{BASE}/{jd}/suspended", json=body)
    assert r.status_code == 400 and r.json()["type"] == "InvalidRequestException", r.text
    if message is not None:
        assert r.json()["message"] == message.format(id=jd)
    assert (await definition(client, jd), await jobs_of(client, jobs)) == before


async def test_bulk_suspension_by_process_definition(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    _, (job,), deployed = await world(admin, uniq)
    tenant = await admin.deploy(uniq, [{"elementId": "t1", "type": uniq}], tenantId=f"{uniq}-t")
    ids = [str(d["id"]) for d in (*deployed["jobDefinitions"], *tenant["jobDefinitions"])]

    async def states() -> list[bool]:
        return [(await definition(client, id_))["suspended"] for id_ in ids]

    async def put(body: dict[str, Any]) -> None:
        r = await client.put(f"{BASE}/suspended", json=body)
        assert r.status_code == 204, r.text

    await put({"suspended": True, "processDefinitionId": deployed["processDefinitionId"]})
    assert await states() == [True, True, False]
    assert [j["suspended"] for j in await jobs_of(client, [job])] == [False]
    await put({"suspended": True, "processDefinitionKey": uniq, "processDefinitionTenantId": f"{uniq}-t",
               "includeJobs": True})
    assert await states() == [True, True, True]
    await put({"suspended": False, "processDefinitionKey": uniq, "processDefinitionWithoutTenantId": True,
               "includeJobs": True, "executionDate": None})
    assert await states() == [False, False, True]
    await put({"suspended": True, "processDefinitionKey": uniq, "includeJobs": True})
    assert await states() == [True, True, True]
    assert [j["suspended"] for j in await jobs_of(client, [job])] == [True]
    await put({"suspended": False, "processDefinitionKey": "nothing-of-that-name"})


@pytest.mark.parametrize(("body", "message"), [
    ({"suspended": True}, "Either jobDefinitionId, processDefinitionId or processDefinitionKey should be set to "
                          "update the suspension state."),
    ({"suspended": True, "jobDefinitionId": "1", "processDefinitionKey": "x"},
     "Either processDefinitionId or processDefinitionKey can be set to update the suspension state."),
    ({"suspended": True, "processDefinitionId": "x:1:1", "processDefinitionKey": "x"},
     "Only one of jobDefinitionId, processDefinitionId or processDefinitionKey should be set to update the "
     "suspension state."),
    ({"suspended": True, "processDefinitionKey": "x", "executionDate": "a"},
     'Could not update the suspension state of Job Definitions due to: Invalid format: "a"'),
    ({"processDefinitionKey": "x"}, None),
])
async def test_bulk_suspension_errors(client: httpx.AsyncClient, body: Any, message: str | None) -> None:
    r = await client.put(f"{BASE}/suspended", json=body)
    assert r.status_code == 400 and r.json()["type"] == "InvalidRequestException", r.text
    if message is not None:
        assert r.json()["message"] == message


async def test_retries_raise_only_exhausted_jobs(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    jd, (failed, zero, fresh, other), _ = await world(
        admin, uniq, {"state": "failed", "exceptionMessage": "boom"}, {"state": "failed"}, {"retries": 5},
        {"elementId": "t2", "state": "failed"})
    instance = int((await jobs_of(client, [failed]))[0]["processInstanceId"])
    r = await client.put(f"{BASE}/{jd}/retries", json={"retries": 2, "dueDate": "2999-01-01T00:00:00Z"})
    assert r.status_code == 204, r.text
    got = await jobs_of(client, [failed, zero, fresh, other])
    assert [(j["retries"], j["dueDate"]) for j in got] == [(2, FUTURE), (2, FUTURE), (5, None), (0, None)]
    assert got[0]["exceptionMessage"] == "boom"
    assert (await admin.instance(instance))["state"] == "incident"  # t2's job still failed
    assert await activate(client, uniq) == [fresh]  # the others are due in 2999
    r = await client.put(f"{BASE}/{jd}/retries", json={"retries": 0})  # none has 0 retries now: no change
    assert r.status_code == 204
    r = await client.put(f"/engine-rest/job/{other}/retries", json={"retries": 1})
    assert (await admin.instance(instance))["state"] == "active"


@pytest.mark.parametrize(("body", "message"), [
    ({"retries": -1}, "ENGINE-13054 The number of job retries must be a non-negative Integer, but '-1' has been "
                      "provided."),
    ({}, None), ({"retries": None}, None), ({"retries": "1"}, None),
    ({"retries": 1, "dueDate": "soon"},
     'Invalid due date format: Cannot convert value "soon" to java type java.util.Date'),
])
async def test_retries_errors_change_nothing(client: httpx.AsyncClient, admin: Admin, uniq: str, body: Any,
                                             message: str | None) -> None:
    jd, jobs, _ = await world(admin, uniq, {"state": "failed"})
    before = await jobs_of(client, jobs)
    r = await client.put(f"{BASE}/{jd}/retries", json=body)
    assert r.status_code == 400 and r.json()["type"] == "InvalidRequestException", r.text
    if message is not None:
        assert r.json()["message"] == message
    assert await jobs_of(client, jobs) == before


async def test_job_priority(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    jd, (job, other), _ = await world(admin, uniq, {"priority": 3}, {"elementId": "t2", "priority": 4})
    r = await client.put(f"{BASE}/{jd}/jobPriority", json={"priority": 10})
    assert r.status_code == 204, r.text
    assert (await definition(client, jd))["overridingJobPriority"] == 10
    assert [j["priority"] for j in await jobs_of(client, [job, other])] == [3, 4]
    new = str((await admin.start(uniq))["jobs"][0]["key"])
    assert [j["priority"] for j in await jobs_of(client, [new])] == [10]
    r = await client.put(f"{BASE}/{jd}/jobPriority", json={"priority": 2**63 - 1, "includeJobs": True})
    assert r.status_code == 204
    assert [j["priority"] for j in await jobs_of(client, [job, other, new])] == [2**63 - 1, 4, 2**63 - 1]
    r = await client.put(f"{BASE}/{jd}/jobPriority", json={"priority": None})
    assert r.status_code == 204 and (await definition(client, jd))["overridingJobPriority"] is None
    r = await client.post(BASE, json={"jobDefinitionId": jd, "withOverridingJobPriority": True})
    assert r.json() == []
    r = await client.put(f"{BASE}/{jd}/jobPriority", json={})
    assert r.status_code == 204


@pytest.mark.parametrize(("body", "message"), [
    ({"priority": None, "includeJobs": True}, "Cannot reset priority for job definition {id} with includeJobs=true"),
    ({"includeJobs": True}, "Cannot reset priority for job definition {id} with includeJobs=true"),
    ({"priority": 2**63}, None), ({"priority": "1"}, None), ({"priority": 1, "includeJobs": 1}, None),
])
async def test_job_priority_errors_change_nothing(client: httpx.AsyncClient, admin: Admin, uniq: str, body: Any,
                                                  message: str | None) -> None:
    jd, jobs, _ = await world(admin, uniq)
    before = (await definition(client, jd), await jobs_of(client, jobs))
    r = await client.put(f"{BASE}/{jd}/jobPriority", json=body)
    assert r.status_code == 400 and r.json()["type"] == "InvalidRequestException", r.text
    if message is not None:
        assert r.json()["message"] == message.format(id=jd)
    assert (await definition(client, jd), await jobs_of(client, jobs)) == before


@pytest.mark.parametrize("path", ["/suspended", "/retries", "/jobPriority"])
async def test_put_without_a_json_body(client: httpx.AsyncClient, admin: Admin, uniq: str, path: str) -> None:
    jd, _, _ = await world(admin, uniq)
    before = await definition(client, jd)
    r = await client.put(f"{BASE}/{jd}{path}", content=b"x", headers={"content-type": "text/plain"})
    assert r.status_code == 415 and r.json()["type"] == "RestException"
    r = await client.put(f"{BASE}/{jd}{path}", content=b"{bad", headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["type"] == "InvalidRequestException"
    assert await definition(client, jd) == before
