"""Camunda 7 job commands beyond the single-job setters, on both backends: POST /job/{id}/execute, retries 0 as
an incident and the retries `dueDate`, and PUT /job/suspended by each selector with the engine's 400s. Every
change is checked in the other dialects (Zeebe activation, OPA, the admin view). Waking long polls:
tests/test_longpoll_camunda7.py; the tenant boundary: tests/tenancy/test_camunda7_commands.py."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.api.test_camunda7_job import BASE, FUTURE, LEASE, assert_error, job, start
from tests.conftest import Admin

ONLY_ONE = ("Only one of jobId, jobDefinitionId, processInstanceId, processDefinitionId or processDefinitionKey "
            "should be set to update the suspension state.")
NONE_GIVEN = ("Either jobId, jobDefinitionId, processInstanceId, processDefinitionId or processDefinitionKey should "
              "be set to update the suspension state.")
NO_JOB_ID = ("Either jobDefinitionId, processInstanceId, processDefinitionId or processDefinitionKey can be set to "
             "update the suspension state.")


async def activate(client: httpx.AsyncClient, type_: str) -> list[str]:
    r = await client.get("/zeebe/jobs", params={"type": type_, "requestTimeout": -1, "maxJobsToActivate": 50})
    assert r.status_code == 200, r.text
    return [str(j["key"]) for j in r.json()["data"]["jobs"]]


# ---- POST /job/{id}/execute -----------------------------------------------------------------------------------


async def test_execute_moves_the_instance_on(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    await admin.deploy(uniq, [{"elementId": "first", "type": f"{uniq}-1"},
                              {"elementId": "second", "type": f"{uniq}-2"}])
    started = await admin.start(uniq, variables={"n": 1})
    first, instance = str(started["jobs"][0]["key"]), started["processInstanceKey"]
    r = await client.post(f"{BASE}/{first}/execute")
    assert r.status_code == 204 and r.content == b"", r.text
    assert (await client.get(f"{BASE}/{first}")).status_code == 404  # ran: no longer at runtime
    view = await admin.instance(instance)
    assert [(j["elementId"], j["state"]) for j in view["jobs"]] == [("first", "completed"), ("second", "activatable")]
    assert view["variables"] == {"n": 1} and view["state"] == "active"
    r = await client.patch(f"/zeebe/jobs/{first}", json={"status": "completed"})
    assert r.status_code == 409  # a worker cannot complete it a second time
    second = str(view["jobs"][1]["key"])
    r = await client.get(f"/process/api/v1/process-instances/{instance}/jobs")
    assert [j["id"] for j in r.json()["items"]] == [second]
    assert (await client.post(f"{BASE}/{second}/execute")).status_code == 204
    assert (await admin.instance(instance))["state"] == "completed"
    assert await activate(client, f"{uniq}-2") == []


async def test_execute_failed_suspended_and_expired_jobs(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    failed, suspended, expired = await start(
        admin, uniq, {"state": "failed", "exceptionMessage": "boom"}, {"suspended": True},
        {"state": "activated", "worker": "w", "deadline": "2020-01-01T00:00:00Z"})
    instance = int((await job(client, failed))["processInstanceId"])
    assert (await admin.instance(instance))["state"] == "incident"
    for id_ in (failed, suspended, expired):
        r = await client.post(f"{BASE}/{id_}/execute")
        assert r.status_code == 204, r.text
    view = await admin.instance(instance)
    assert [j["state"] for j in view["jobs"]] == ["completed"] * 3
    assert view["state"] == "completed"  # the incident ended with its job, then the last job ran


async def test_execute_refuses_a_held_job(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (held,) = await start(admin, uniq, {"state": "activated", "worker": "w", "deadline": LEASE})
    before = await job(client, held)
    r = await client.post(f"{BASE}/{held}/execute")
    assert_error(r, 409, "Cannot execute job when the job is being executed. Try again later.", "RestException")
    assert await job(client, held) == before
    r = await client.patch(f"/zeebe/jobs/{held}", json={"status": "completed"})
    assert r.status_code == 204  # its worker still completes it, once


async def test_execute_unknown_or_ended_job_is_404(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    done, thrown = await start(admin, uniq, {"state": "completed"}, {"state": "error_thrown"})
    for id_ in (str(2**52 + 4242), "abc", "042", done, thrown):
        r = await client.post(f"{BASE}/{id_}/execute")
        assert_error(r, 404, f"ENGINE-14026 No job found with id '{id_}'")


# ---- retries: 0 is an incident; dueDate ---------------------------------------------------------------------


async def test_retries_zero_creates_an_incident(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    free, held = await start(admin, uniq, {}, {"state": "activated", "worker": "w", "deadline": LEASE})
    instance = int((await job(client, free))["processInstanceId"])
    r = await client.put(f"{BASE}/{free}/retries", json={"retries": 0})
    assert r.status_code == 204, r.text
    got = await job(client, free)
    assert (got["retries"], got["exceptionMessage"]) == (0, None)
    assert (await admin.instance(instance))["state"] == "incident"
    assert await activate(client, uniq) == []
    r = await client.get(f"{BASE}/count", params={"jobId": free, "noRetriesLeft": "true"})
    assert r.json() == {"count": 1}
    assert (await client.put(f"{BASE}/{held}/retries", json={"retries": 0})).status_code == 204
    assert (await client.patch(f"/zeebe/jobs/{held}", json={"status": "completed"})).status_code == 409
    for id_ in (free, held):  # raising them ends both incidents
        assert (await client.put(f"{BASE}/{id_}/retries", json={"retries": 1})).status_code == 204
    assert (await admin.instance(instance))["state"] == "active"
    assert sorted(await activate(client, uniq)) == sorted([free, held])


async def test_retries_with_due_date(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq, {"state": "failed", "dueDate": "2020-01-01T00:00:00Z"})
    r = await client.put(f"{BASE}/{id_}/retries", json={"retries": 2, "dueDate": "2999-01-01T02:00:00+02:00"})
    assert r.status_code == 204, r.text
    assert ((await job(client, id_))["retries"], (await job(client, id_))["dueDate"]) == (2, FUTURE)
    assert await activate(client, uniq) == []  # not due yet
    r = await client.put(f"{BASE}/{id_}/retries", json={"retries": 3})  # absent: the due date stays
    assert r.status_code == 204 and (await job(client, id_))["dueDate"] == FUTURE
    r = await client.put(f"{BASE}/{id_}/retries", json={"retries": 3, "dueDate": None})  # null: due at once
    assert r.status_code == 204 and (await job(client, id_))["dueDate"] is None
    assert await activate(client, uniq) == [id_]


# ---- PUT /job/suspended -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "message"), [
    ({"suspended": True}, NONE_GIVEN),
    ({"suspended": True, "processDefinitionTenantId": "t"}, NONE_GIVEN),
    ({"suspended": True, "jobId": "1"}, NO_JOB_ID),
    ({"suspended": True, "jobId": "1", "jobDefinitionId": "2"}, NO_JOB_ID),
    ({"suspended": True, "jobDefinitionId": "1", "processInstanceId": "2"}, ONLY_ONE),
    ({"suspended": False, "processDefinitionId": "x:1:2", "processDefinitionKey": "x"}, ONLY_ONE),
    ({"processDefinitionKey": "x"}, None),
    ({"suspended": "yes", "processDefinitionKey": "x"}, None),
    ({"suspended": True, "processInstanceId": 5}, None),
])
async def test_bulk_suspension_errors(client: httpx.AsyncClient, admin: Admin, uniq: str, body: Any,
                                      message: str | None) -> None:
    (id_,) = await start(admin, uniq)
    before = await job(client, id_)
    r = await client.put(f"{BASE}/suspended", json=body)
    assert r.status_code == 400 and r.json()["type"] == "InvalidRequestException", r.text
    if message is not None:
        assert r.json()["message"] == message
    assert await job(client, id_) == before


async def test_bulk_suspension_by_each_selector(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    tasks = [{"elementId": "t1", "type": uniq}, {"elementId": "t2", "type": uniq}]
    d1 = await admin.deploy(uniq, tasks)
    d2 = await admin.deploy(uniq, tasks)  # version 2
    await admin.deploy(uniq, tasks, tenantId=f"{uniq}-t")
    i1 = await admin.start(uniq, version=1, jobs=[{"elementId": "t1"}, {"elementId": "t2"}])
    i2 = await admin.start(uniq, jobs=[{"elementId": "t1"}, {"state": "failed"}])
    i3 = await admin.start(uniq, tenantId=f"{uniq}-t")
    ids = {k: [str(j["key"]) for j in i["jobs"]] for k, i in (("i1", i1), ("i2", i2), ("i3", i3))}
    everything = [*ids["i1"], *ids["i2"], *ids["i3"]]

    async def suspended() -> list[str]:
        r = await client.post(f"{BASE}", json={"jobIds": everything, "suspended": True,
                                               "sorting": [{"sortBy": "jobId", "sortOrder": "asc"}]})
        return [j["id"] for j in r.json()]

    async def put(body: dict[str, Any]) -> None:
        r = await client.put(f"{BASE}/suspended", json=body)
        assert r.status_code == 204, r.text

    await put({"suspended": True, "jobDefinitionId": str(d1["jobDefinitions"][1]["id"])})
    assert await suspended() == [ids["i1"][1]]
    await put({"suspended": True, "processInstanceId": i2["processInstanceId"]})
    assert await suspended() == [ids["i1"][1], *ids["i2"]]  # the failed job too
    await put({"suspended": False, "processDefinitionId": d2["processDefinitionId"]})
    assert await suspended() == [ids["i1"][1]]
    await put({"suspended": True, "processDefinitionKey": uniq, "processDefinitionTenantId": f"{uniq}-t"})
    assert await suspended() == [ids["i1"][1], *ids["i3"]]
    await put({"suspended": True, "processDefinitionKey": uniq, "processDefinitionWithoutTenantId": True})
    assert await suspended() == everything
    assert await activate(client, uniq) == []
    await put({"suspended": False, "processDefinitionKey": uniq})  # every tenant
    assert await suspended() == []
    assert sorted(await activate(client, uniq)) == sorted([*ids["i1"], ids["i2"][0], *ids["i3"]])
    for body in ({"jobDefinitionId": "abc"}, {"processInstanceId": str(2**52 + 1)}, {"processDefinitionKey": "no"},
                 {"processDefinitionId": "\x00"}):  # matches nothing: no change, as in the engine
        await put({"suspended": True, **body})
    assert await suspended() == []


# ---- POST /job/{id}/duedate/recalculate ---------------------------------------------------------------------


async def test_recalculate_due_date(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    await admin.deploy(uniq, [
        {"elementId": "wait", "type": uniq, "kind": "timer", "jobConfiguration": "DURATION: PT2H"},
        {"elementId": "until", "type": uniq, "kind": "timer", "jobConfiguration": "DATE: 2999-01-01T00:00:00Z"},
        {"elementId": "cycle", "type": uniq, "kind": "timer", "jobConfiguration": "CYCLE: R3/PT10M"},
        {"elementId": "plain", "type": uniq}])
    later = "2998-01-01T00:00:00Z"  # none is claimable until recalculated
    started = await admin.start(uniq, jobs=[
        {"elementId": "wait", "createTime": "2020-01-01T00:00:00Z", "dueDate": later},
        {"elementId": "until", "dueDate": later}, {"elementId": "cycle", "dueDate": later},
        {"elementId": "plain", "dueDate": later}])
    wait, until, cycle, plain = (str(j["key"]) for j in started["jobs"])
    r = await client.post(f"{BASE}/{wait}/duedate/recalculate")
    assert r.status_code == 204, r.text
    assert (await job(client, wait))["dueDate"] == "2020-01-01T02:00:00.000+0000"
    assert await activate(client, uniq) == [wait]  # due long ago: claimable
    r = await client.post(f"{BASE}/{wait}/duedate/recalculate", params={"creationDateBased": "false"})
    assert r.status_code == 204
    due = (await job(client, wait))["dueDate"]
    assert due is not None and due > "2026-01-01"  # two hours from now
    r = await client.post(f"{BASE}/{until}/duedate/recalculate", params={"creationDateBased": "true"})
    assert r.status_code == 204 and (await job(client, until))["dueDate"] == FUTURE
    before = [await job(client, i) for i in (cycle, plain)]
    r = await client.post(f"{BASE}/{cycle}/duedate/recalculate")
    assert_error(r, 409, "Cannot recalculate the due date from the timer configuration 'CYCLE: R3/PT10M': jobgate "
                         "evaluates 'DURATION: <ISO 8601 duration>' and 'DATE: <date>' only.")
    r = await client.post(f"{BASE}/{plain}/duedate/recalculate")
    assert_error(r, 409, f"Only timer jobs can be recalculated, but the job with id '{plain}' is of type "
                         "'async-continuation'.")
    r = await client.post(f"{BASE}/{plain}/duedate/recalculate", params={"creationDateBased": "maybe"})
    assert r.status_code == 400
    assert [await job(client, i) for i in (cycle, plain)] == before
    for id_ in (str(2**52 + 4242), "abc"):
        r = await client.post(f"{BASE}/{id_}/duedate/recalculate")
        assert_error(r, 404, f"No job found with id '{id_}': job is null")
