"""Camunda 7 external tasks (/engine-rest/external-task): fetch-and-lock, the worker commands with the engine's
lock checks and messages, and the queries; each on both backends, and a refused command changes nothing.
Typed variables: tests/api/test_camunda7_variables.py; concurrency: tests/concurrency/test_external_exactly_once.py."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from tests.conftest import Admin

BASE = "/engine-rest/external-task"
UNKNOWN = str(2**52 + 4242)


async def start(admin: Admin, uniq: str, *jobs: dict[str, Any], tasks: int = 1, **extra: Any) -> list[str]:
    """Deploy `uniq` (tasks of types uniq, uniq-2, ...) and start one instance with these job fixtures; their ids."""
    await admin.deploy(uniq, [{"elementId": f"task{n}", "type": uniq if n == 1 else f"{uniq}-{n}"}
                              for n in range(1, tasks + 1)], **({"tenantId": extra["tenantId"]}
                                                                  if "tenantId" in extra else {}))
    started = await admin.start(uniq, jobs=list(jobs) or [{}], **extra)
    return [str(j["key"]) for j in started["jobs"]]


async def fetch(client: httpx.AsyncClient, worker: str, *topics: dict[str, Any], **extra: Any) -> list[Any]:
    body = {"workerId": worker, "maxTasks": 10,
            "topics": [{"lockDuration": 60_000, **t} for t in topics], **extra}
    r = await client.post(f"{BASE}/fetchAndLock", json=body)
    assert r.status_code == 200, r.text
    return list(r.json())


async def task(client: httpx.AsyncClient, id_: str) -> dict[str, Any]:
    r = await client.get(f"{BASE}/{id_}")
    assert r.status_code == 200, r.text
    return dict(r.json())


def assert_error(r: httpx.Response, status: int, message: str, kind: str = "RestException") -> None:
    assert r.status_code == status, r.text
    assert r.json() == {"type": kind, "message": message}


async def test_fetch_locks_and_renders_the_locked_task(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq, {"priority": 7}, businessKey="order-1",
                         variables={"amount": 12, "big": 2**40, "ok": True, "o": {"a": [1]}, "n": None, "f": 1.5})
    (got,) = await fetch(client, "w1", {"topicName": uniq})
    assert got["id"] == id_ and got["workerId"] == "w1" and got["topicName"] == uniq
    assert (got["businessKey"], got["priority"], got["retries"], got["suspended"]) == ("order-1", 7, 3, False)
    assert got["activityId"] == "task1" and got["processDefinitionKey"] == uniq and got["extensionProperties"] == {}
    assert got["lockExpirationTime"].endswith("+0000") and got["errorDetails"] is None
    assert got["variables"] == {
        "amount": {"type": "Integer", "value": 12, "valueInfo": {}},
        "big": {"type": "Long", "value": 2**40, "valueInfo": {}},
        "ok": {"type": "Boolean", "value": True, "valueInfo": {}},
        "o": {"type": "Json", "value": '{"a":[1]}', "valueInfo": {}},
        "n": {"type": "Null", "value": None, "valueInfo": {}},
        "f": {"type": "Double", "value": 1.5, "valueInfo": {}},
    }
    assert await fetch(client, "w2", {"topicName": uniq}) == []  # locked: nobody else gets it
    listed = await task(client, id_)
    assert listed["workerId"] == "w1" and listed["lockExpirationTime"] == got["lockExpirationTime"]
    r = await client.get("/zeebe/jobs", params={"type": uniq, "requestTimeout": -1})
    assert r.json()["data"]["jobs"] == []  # the lock is the job's lease in every dialect


async def test_fetch_variables_filters(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    await start(admin, uniq, {}, {}, {}, variables={"a": 1, "b": 2})
    tasks = await fetch(client, "w", {"topicName": uniq, "variables": ["a"]}, maxTasks=1)
    assert tasks[0]["variables"] == {"a": {"type": "Integer", "value": 1, "valueInfo": {}}}
    assert (await fetch(client, "w", {"topicName": uniq, "variables": []}, maxTasks=1))[0]["variables"] == {}
    assert (await fetch(client, "w", {"topicName": uniq, "localVariables": True}))[0]["variables"] == {}


async def test_fetch_topic_filters(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    await admin.deploy(uniq, [{"elementId": "t", "type": uniq}])
    await admin.deploy(uniq, [{"elementId": "t", "type": uniq}], tenantId="tenant-x")
    plain = await admin.start(uniq, businessKey="bk-a")
    tenanted = await admin.start(uniq, tenantId="tenant-x", businessKey="bk-b")
    ids = {str(plain["jobs"][0]["key"]): "plain", str(tenanted["jobs"][0]["key"]): "tenanted"}

    async def which(**topic: Any) -> list[str]:
        found = await fetch(client, "peek", {"topicName": uniq, **topic})
        for t in found:
            assert (await client.post(f"{BASE}/{t['id']}/unlock")).status_code == 204
        return sorted(ids[t["id"]] for t in found)

    assert await which() == ["plain", "tenanted"]
    assert await which(businessKey="bk-b") == ["tenanted"]
    assert await which(businessKey="nope") == []
    assert await which(tenantIdIn=["tenant-x"]) == ["tenanted"]
    assert await which(withoutTenantId=True) == ["plain"]
    assert await which(withoutTenantId=True, tenantIdIn=["tenant-x"]) == ["tenanted"]  # tenantIdIn wins
    assert await which(processDefinitionKey=uniq) == ["plain", "tenanted"]
    assert await which(processDefinitionKeyIn=["other"]) == []
    assert await which(processDefinitionId=plain["processDefinitionId"]) == ["plain"]


async def test_max_tasks_priority_and_sorting(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    low, high, mid = await start(admin, uniq, {"priority": 1}, {"priority": 9}, {"priority": 5})
    assert [t["id"] for t in await fetch(client, "w", {"topicName": uniq}, maxTasks=2, usePriority=True)] == [
        high, mid]
    (rest,) = await fetch(client, "w", {"topicName": uniq})
    assert rest["id"] == low
    a, b = await start(admin, uniq + "s", {"createTime": "2026-01-01T00:00:00Z"},
                       {"createTime": "2025-01-01T00:00:00Z"})
    got = await fetch(client, "w", {"topicName": uniq + "s"}, sorting=[{"sortBy": "createTime", "sortOrder": "desc"}])
    assert [t["id"] for t in got] == [a, b]
    assert await fetch(client, "w", {"topicName": uniq}, maxTasks=0) == []


@pytest.mark.parametrize(("body", "message", "kind"), [
    ({"asyncResponseTimeout": 1_800_001}, "The asynchronous response timeout cannot be set to a value greater "
     "than 1800000 milliseconds", "InvalidRequestException"),
    ({"sorting": [{"sortBy": "invalid", "sortOrder": "asc"}]}, "Cannot set query sortBy parameter to value invalid",
     "InvalidRequestException"),
    ({"sorting": [{"sortBy": "createTime", "sortOrder": "DESC"}]},
     "Cannot set query sortOrder parameter to value DESC", "InvalidRequestException"),
    ({"sorting": [{"sortBy": "createTime"}]},
     "Invalid query: call asc() or desc() after using orderByXX(): direction is null", "InvalidRequestException"),
    ({"topics": [{"topicName": "x", "lockDuration": 1, "processVariables": {"a": 1}}]},
     "jobgate does not support processVariables in fetchAndLock topics.", "InvalidRequestException"),
])
async def test_fetch_errors(client: httpx.AsyncClient, body: dict[str, Any], message: str, kind: str) -> None:
    r = await client.post(f"{BASE}/fetchAndLock", json={"workerId": "w", "maxTasks": 1, **body})
    assert_error(r, 400, message, kind)


@pytest.mark.parametrize("body", [
    {"maxTasks": 1}, {"workerId": "w", "maxTasks": -1},
    {"workerId": "w", "topics": [{"topicName": "x", "lockDuration": 0}]},
    {"workerId": "w", "topics": [{"lockDuration": 5}]},
])
async def test_fetch_schema_errors_are_400(client: httpx.AsyncClient, body: dict[str, Any]) -> None:
    r = await client.post(f"{BASE}/fetchAndLock", json=body)
    assert r.status_code == 400 and r.json()["type"] == "InvalidRequestException"


async def test_long_poll_waits_for_a_task_of_any_topic(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    await admin.deploy(uniq, [{"elementId": "t", "type": uniq}])
    body = {"workerId": "lp", "maxTasks": 5, "asyncResponseTimeout": 5000,
            "topics": [{"topicName": uniq + "-other", "lockDuration": 1000}, {"topicName": uniq, "lockDuration": 1000}]}
    waiting = asyncio.create_task(client.post(f"{BASE}/fetchAndLock", json=body))
    await asyncio.sleep(0.3)
    assert not waiting.done()
    started = await admin.start(uniq)
    r = await asyncio.wait_for(waiting, 5)
    assert [t["id"] for t in r.json()] == [str(started["jobs"][0]["key"])]
    body["asyncResponseTimeout"] = 200
    r = await client.post(f"{BASE}/fetchAndLock", json=body)
    assert r.status_code == 200 and r.json() == []


async def test_long_poll_with_filters_skips_what_does_not_match(client: httpx.AsyncClient, admin: Admin,
                                                                 uniq: str) -> None:
    await admin.deploy(uniq, [{"elementId": "t", "type": uniq}])
    body = {"workerId": "lp", "maxTasks": 5, "asyncResponseTimeout": 3000,
            "topics": [{"topicName": uniq, "lockDuration": 1000, "businessKey": "wanted"}]}
    waiting = asyncio.create_task(client.post(f"{BASE}/fetchAndLock", json=body))
    await asyncio.sleep(0.2)
    other = await admin.start(uniq, businessKey="other")
    wanted = await admin.start(uniq, businessKey="wanted")
    r = await asyncio.wait_for(waiting, 5)
    assert [t["id"] for t in r.json()] == [str(wanted["jobs"][0]["key"])]
    assert (await task(client, str(other["jobs"][0]["key"])))["workerId"] is None


async def test_complete_checks_the_worker_then_moves_on(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq, tasks=2, variables={"a": 1})
    r = await client.post(f"{BASE}/{id_}/complete", json={"workerId": "w1"})
    assert_error(r, 400, f"External Task {id_} cannot be completed by worker 'w1'. It is locked by worker 'null'.")
    await fetch(client, "w1", {"topicName": uniq})
    r = await client.post(f"{BASE}/{id_}/complete", json={"workerId": "w2"})
    assert_error(r, 400, f"External Task {id_} cannot be completed by worker 'w2'. It is locked by worker 'w1'.")
    r = await client.post(f"{BASE}/{id_}/complete", json={"workerId": "w1", "variables": {
        "b": {"value": "2", "type": "Integer"}, "c": {"value": '{"x": 1}', "type": "Json"}},
        "localVariables": {"d": {"value": "text"}}})
    assert r.status_code == 204, r.text
    (nxt,) = await fetch(client, "w1", {"topicName": f"{uniq}-2"})
    assert {k: v["value"] for k, v in nxt["variables"].items()} == {"a": 1, "b": 2, "c": '{"x":1}', "d": "text"}
    assert_error(await client.post(f"{BASE}/{id_}/complete", json={"workerId": "w1"}), 404,
                 f"External task with id {id_} does not exist")


@pytest.mark.parametrize(("path", "body"), [
    ("complete", {"workerId": "w"}), ("failure", {"workerId": "w"}),
    ("bpmnError", {"workerId": "w", "errorCode": "e"}), ("extendLock", {"workerId": "w", "newDuration": 5}),
    ("unlock", None),
])
async def test_commands_on_unknown_tasks_are_404(client: httpx.AsyncClient, admin: Admin, uniq: str, path: str,
                                                 body: Any) -> None:
    (done,) = await start(admin, uniq, {"state": "completed"})
    for id_ in (UNKNOWN, "abc", done):
        r = await client.post(f"{BASE}/{id_}/{path}", json=body)
        assert_error(r, 404, f"External task with id {id_} does not exist")


async def test_bad_variables_change_nothing(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq, variables={"a": 1})
    await fetch(client, "w", {"topicName": uniq})
    for variables, kind, message in [
        ({"x": {"value": 1, "type": "Bytes"}}, "RestException", "Unsupported value type 'Bytes'"),
        ({"x": {"value": "1abc", "type": "Integer"}}, "InvalidRequestException",
         "Cannot convert value '1abc' of type 'Integer' to java type java.lang.Integer"),
        ({"x": {"value": {"a": 1}, "type": "Json"}}, "InvalidRequestException",
         "Must provide 'null' or String value for value of SerializableValue type 'Json'."),
    ]:
        r = await client.post(f"{BASE}/{id_}/complete", json={"workerId": "w", "variables": variables})
        assert_error(r, 400, message, kind)
    got = await task(client, id_)
    assert got["workerId"] == "w"
    instance = await admin.instance(int(got["processInstanceId"]))
    assert instance["variables"] == {"a": 1}


async def test_failure_with_retries_then_incident(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq)
    await fetch(client, "w", {"topicName": uniq})
    r = await client.post(f"{BASE}/{id_}/failure", json={"workerId": "x"})
    assert_error(r, 400, f"Failure of External Task {id_} cannot be reported by worker 'x'. It is locked by "
                 "worker 'w'.")
    r = await client.post(f"{BASE}/{id_}/failure", json={"workerId": "w", "errorMessage": "boom",
                                                         "errorDetails": "trace 1", "retries": 2,
                                                         "retryTimeout": 60_000})
    assert r.status_code == 204
    got = await task(client, id_)
    assert (got["retries"], got["errorMessage"], got["workerId"]) == (2, "boom", None)
    assert await fetch(client, "w", {"topicName": uniq}) == []  # not before the retry timeout
    r = await client.get(f"{BASE}/{id_}/errorDetails")
    assert (r.status_code, r.text, r.headers["content-type"].split(";")[0]) == (200, "trace 1", "text/plain")
    assert (await client.put(f"/engine-rest/job/{id_}/duedate", json={"duedate": None})).status_code == 204
    await fetch(client, "w", {"topicName": uniq})
    assert (await client.post(f"{BASE}/{id_}/failure", json={"workerId": "w", "errorMessage": "again"})).status_code \
        == 204  # retries default 0: an incident
    got = await task(client, id_)
    assert (got["retries"], got["errorMessage"]) == (0, "again")
    r = await client.get(f"{BASE}/count", params={"noRetriesLeft": "true", "topicName": uniq})
    assert r.json() == {"count": 1}
    assert (await client.get(f"{BASE}/{id_}/errorDetails")).text == "trace 1"  # kept: no new details were sent
    assert await fetch(client, "w", {"topicName": uniq}) == []
    r = await client.put(f"{BASE}/{id_}/retries", json={"retries": 1})
    assert r.status_code == 204
    assert [t["id"] for t in await fetch(client, "w", {"topicName": uniq})] == [id_]


async def test_error_details_without_details_is_204(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq)
    assert (await client.get(f"{BASE}/{id_}/errorDetails")).status_code == 204
    assert_error(await client.get(f"{BASE}/{UNKNOWN}/errorDetails"), 404,
                 f"External task with id {UNKNOWN} does not exist")


async def test_bpmn_error(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq)
    (locked,) = await fetch(client, "w", {"topicName": uniq})
    r = await client.post(f"{BASE}/{id_}/bpmnError", json={"workerId": "x", "errorCode": "e"})
    assert_error(r, 400, f"Bpmn error of External Task {id_} cannot be reported by worker 'x'. It is locked by "
                 "worker 'w'.")
    r = await client.post(f"{BASE}/{id_}/bpmnError", json={"workerId": "w", "errorCode": "card-declined",
                                                           "variables": {"why": {"value": "no", "type": "String"}}})
    assert r.status_code == 204
    instance = await admin.instance(int(locked["processInstanceId"]))
    assert instance["state"] == "incident" and instance["variables"] == {"why": "no"}
    assert [(j["state"], j["key"]) for j in instance["jobs"]] == [("error_thrown", int(id_))]
    r = await client.get(f"{BASE}/{id_}")
    assert r.status_code == 404  # error_thrown: no longer at runtime


async def test_extend_lock(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq)
    assert_error(await client.post(f"{BASE}/{UNKNOWN}/extendLock", json={"workerId": "w", "newDuration": 0}),
                 400, "lockTime is not greater than 0")
    await fetch(client, "w", {"topicName": uniq, "lockDuration": 1000})
    r = await client.post(f"{BASE}/{id_}/extendLock", json={"workerId": "x", "newDuration": 5000})
    assert_error(r, 400, f"The lock of the External Task {id_} cannot be extended by worker 'x''. It is locked by "
                 "worker 'w'.")
    before = (await task(client, id_))["lockExpirationTime"]
    assert (await client.post(f"{BASE}/{id_}/extendLock", json={"workerId": "w", "newDuration": 600_000})
            ).status_code == 204
    assert (await task(client, id_))["lockExpirationTime"] > before
    await fetch(client, "w", {"topicName": uniq + "-none"})
    (await client.post(f"{BASE}/{id_}/extendLock", json={"workerId": "w", "newDuration": 1})).raise_for_status()
    await asyncio.sleep(0.05)
    r = await client.post(f"{BASE}/{id_}/extendLock", json={"workerId": "w", "newDuration": 5000})
    assert r.status_code == 400 and r.json()["message"].startswith(
        "Cannot extend a lock that expired: lockExpirationTime is not greater than or equal to ")


async def test_unlock_frees_the_task(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq)
    await fetch(client, "w", {"topicName": uniq})
    assert (await client.post(f"{BASE}/{id_}/unlock")).status_code == 204
    got = await task(client, id_)
    assert got["workerId"] is None and got["lockExpirationTime"] is None
    r = await client.post(f"{BASE}/{id_}/complete", json={"workerId": "w"})
    assert_error(r, 400, f"External Task {id_} cannot be completed by worker 'w'. It is locked by worker 'null'.")
    assert [t["id"] for t in await fetch(client, "w2", {"topicName": uniq})] == [id_]


async def test_suspended_task_is_not_fetched_nor_completed(client: httpx.AsyncClient, admin: Admin,
                                                            uniq: str) -> None:
    (id_,) = await start(admin, uniq, {"state": "activated", "worker": "w", "deadline": "2999-01-01T00:00:00Z",
                                       "suspended": True})
    r = await client.post(f"{BASE}/{id_}/complete", json={"workerId": "w"})
    assert_error(r, 400, f"ENGINE-03043 ExternalTask with id '{id_}' is suspended.")
    assert (await task(client, id_))["suspended"] is True


async def test_set_retries_errors(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq)
    assert_error(await client.put(f"{BASE}/{id_}/retries", json={"retries": None}), 400,
                 "The number of retries cannot be null.", "InvalidRequestException")
    assert_error(await client.put(f"{BASE}/{id_}/retries", json={}), 400,
                 "The number of retries cannot be null.", "InvalidRequestException")
    assert_error(await client.put(f"{BASE}/{id_}/retries", json={"retries": -1}), 400,
                 "The number of retries cannot be negative: retries is not greater than or equal to 0",
                 "BadUserRequestException")
    assert_error(await client.put(f"{BASE}/{UNKNOWN}/retries", json={"retries": 1}), 404,
                 f"External task with id {UNKNOWN} does not exist")
    assert (await task(client, id_))["retries"] == 3


async def test_queries(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    a, b, c = await start(admin, uniq, {"priority": 1}, {"priority": 3}, {"priority": 2, "state": "failed"})
    await fetch(client, "qw", {"topicName": uniq}, maxTasks=1, usePriority=True)  # locks b

    async def ids(**params: Any) -> list[str]:
        r = await client.get(BASE, params={"topicName": uniq, **params})
        assert r.status_code == 200, r.text
        n = await client.get(f"{BASE}/count", params={"topicName": uniq, **params})
        assert n.json() == {"count": len(r.json())}
        return [t["id"] for t in r.json()]

    assert await ids() == [a, b, c]
    assert await ids(locked="true") == [b]
    assert await ids(notLocked="true") == [a, c]
    assert await ids(workerId="qw") == [b]
    assert await ids(noRetriesLeft="true") == [c]
    assert await ids(withRetriesLeft="true") == [a, b]
    assert await ids(externalTaskIdIn=f"{a},{c}") == [a, c]
    assert await ids(sortBy="taskPriority", sortOrder="desc") == [b, c, a]
    assert await ids(priorityHigherThanOrEquals="2", priorityLowerThanOrEquals="2") == [c]
    assert await ids(lockExpirationAfter="2000-01-01T00:00:00.000+0000") == [b]
    assert await ids(active="true", suspended="false") == [a, b, c]
    r = await client.get(BASE, params={"topicName": uniq, "firstResult": "1", "maxResults": "1"})
    assert [t["id"] for t in r.json()] == [b]
    r = await client.post(BASE, json={"topicName": uniq, "externalTaskIdIn": [a, b],
                                      "sorting": [{"sortBy": "taskPriority", "sortOrder": "desc"}]})
    assert [t["id"] for t in r.json()] == [b, a]
    r = await client.post(f"{BASE}/count", json={"topicName": uniq, "locked": True})
    assert r.json() == {"count": 1}


@pytest.mark.parametrize(("method", "params", "body", "message"), [
    ("GET", {"sortBy": "id"}, None, "Only a single sorting parameter specified. sortBy and sortOrder required"),
    ("GET", {"sortOrder": "asc"}, None, "Only a single sorting parameter specified. sortBy and sortOrder required"),
    ("GET", {"lockExpirationBefore": "anInvalidDate"}, None, "Cannot set query parameter 'lockExpirationBefore' to "
     "value 'anInvalidDate': Cannot convert value \"anInvalidDate\" to java type java.util.Date"),
    ("POST", {}, {"sorting": [{"sortBy": "bad", "sortOrder": "asc"}]}, "You should call any of the orderBy methods "
     "first before specifying a direction: currentOrderingProperty is null"),
    ("POST", {}, {"sorting": [{"sortBy": "id"}]},
     "Invalid query: call asc() or desc() after using orderByXX(): direction is null"),
    ("POST", {}, {"sorting": [{"sortBy": "id", "sortOrder": "asc"}, {"sortOrder": "desc"}]},
     "Invalid query: can specify only one direction desc() or asc() for an ordering constraint: direction is not "
     "null"),
])
async def test_query_errors(client: httpx.AsyncClient, method: str, params: dict[str, str], body: Any,
                            message: str) -> None:
    for path in (BASE, f"{BASE}/count"):
        r = await client.request(method, path, params=params, json=body)
        assert_error(r, 400, message, "InvalidRequestException")


async def test_zeebe_activated_jobs_are_not_fetched(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq)
    r = await client.get("/zeebe/jobs", params={"type": uniq, "worker": "zb", "requestTimeout": -1})
    assert [str(j["key"]) for j in r.json()["data"]["jobs"]] == [id_]
    assert await fetch(client, "c7", {"topicName": uniq}) == []
    got = await task(client, id_)
    assert got["workerId"] == "zb"  # a Zeebe worker's lease is the task's lock
    r = await client.post(f"{BASE}/{id_}/complete", json={"workerId": "zb"})
    assert r.status_code == 204


async def test_too_many_long_polls_is_503(database_url: str, admin: Admin, uniq: str) -> None:
    application = create_app(Settings(database_url=database_url, max_long_polls=1, validate_responses=True))
    services = services_of(application)
    await services.start()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url="http://t") as c:
            body = {"workerId": "w", "maxTasks": 1, "asyncResponseTimeout": 2000,
                    "topics": [{"topicName": uniq, "lockDuration": 1000}]}
            first = asyncio.create_task(c.post(f"{BASE}/fetchAndLock", json=body))
            await asyncio.sleep(0.3)
            body["topics"].append({"topicName": uniq + "-b", "lockDuration": 1000})
            r = await c.post(f"{BASE}/fetchAndLock", json=body)
            assert_error(r, 503, "At the moment the server has to handle too many requests at the same time. Please "
                         "try again later.", "InvalidRequestException")
            assert services.hub.waiting == 1
            (await first).raise_for_status()
    finally:
        await services.stop()


async def test_a_filtered_waiter_does_not_hold_up_the_fifo(database_url: str, uniq: str) -> None:
    """A fetchAndLock waiter with a businessKey filter heads the type's queue, a Zeebe waiter is behind it: a job the
    filter does not match goes to the Zeebe waiter at once (not at the next probe, an hour away here)."""
    application = create_app(Settings(database_url=database_url, probe_interval_ms=3_600_000))
    services = services_of(application)
    await services.start()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url="http://t") as c:
            admin = Admin(c)
            await admin.deploy(uniq, [{"elementId": "t", "type": uniq}])
            filtered = asyncio.create_task(c.post(f"{BASE}/fetchAndLock", json={
                "workerId": "c7", "maxTasks": 1, "asyncResponseTimeout": 4000,
                "topics": [{"topicName": uniq, "lockDuration": 1000, "businessKey": "wanted"}]}))
            await asyncio.sleep(0.2)
            zeebe = asyncio.create_task(c.get("/zeebe/jobs", params={"type": uniq, "worker": "zb",
                                                                     "requestTimeout": 4000}))
            await asyncio.sleep(0.2)
            assert services.hub.waiting_by_type() == {uniq: 2}
            other = await admin.start(uniq, businessKey="other")
            r = await asyncio.wait_for(zeebe, 1)
            assert [j["key"] for j in r.json()["data"]["jobs"]] == [other["jobs"][0]["key"]]
            assert not filtered.done()
            wanted = await admin.start(uniq, businessKey="wanted")
            r = await asyncio.wait_for(filtered, 1)
            assert [t["id"] for t in r.json()] == [str(wanted["jobs"][0]["key"])]
    finally:
        await services.stop()
