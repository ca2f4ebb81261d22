"""Camunda 7 single-job operations (/engine-rest/job/{id}...): each on both backends, every 2xx and error, and
that a refused command changes nothing. The tenant boundary: tests/tenancy/test_camunda7_job_ops.py; waking
parked long polls: tests/test_longpoll.py."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import Admin

BASE = "/engine-rest/job"
UNKNOWN = str(2**52 + 4242)
FUTURE = "2999-01-01T00:00:00.000+0000"
LEASE = "2999-01-01T00:00:00Z"


async def start(admin: Admin, uniq: str, *jobs: dict[str, Any]) -> list[str]:
    """Deploy `uniq` and start one instance with these job fixtures; their ids."""
    await admin.deploy(uniq, [{"elementId": "task", "type": uniq}])
    started = await admin.start(uniq, jobs=list(jobs) or [{}])
    return [str(j["key"]) for j in started["jobs"]]


async def job(client: httpx.AsyncClient, id_: str) -> dict[str, Any]:
    r = await client.get(f"{BASE}/{id_}")
    assert r.status_code == 200, r.text
    return dict(r.json())


def assert_error(r: httpx.Response, status: int, message: str, kind: str = "InvalidRequestException") -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/json"
    assert r.json() == {"type": kind, "message": message}


async def test_get_job_is_the_list_dto(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq, {"state": "failed", "exceptionMessage": "boom", "priority": 9})
    (listed,) = (await client.get(BASE, params={"jobId": id_})).json()
    got = await job(client, id_)
    assert got == listed and (got["retries"], got["exceptionMessage"], got["priority"]) == (0, "boom", 9)


@pytest.mark.parametrize(("method", "path", "body", "message"), [
    ("GET", "", None, "Job with id {id} does not exist"),
    ("GET", "/stacktrace", None, "No job found with id {id}: job is null"),
    ("PUT", "/retries", {"retries": 1}, "ENGINE-13053 No job found with id '{id}'.'"),
    ("PUT", "/suspended", {"suspended": True}, "No job found with id '{id}': job is null"),
    ("PUT", "/duedate", {"duedate": None}, "No job found with id '{id}'."),
    ("PUT", "/priority", {"priority": 1}, "No job found with id '{id}': job is null"),
    ("DELETE", "", None, "No job found with id '{id}': job is null"),
])
async def test_unknown_or_ended_job_is_404(client: httpx.AsyncClient, admin: Admin, uniq: str, method: str,
                                           path: str, body: Any, message: str) -> None:
    done, thrown = await start(admin, uniq, {"state": "completed"}, {"state": "error_thrown"})
    for id_ in (UNKNOWN, "abc", "042", done, thrown):
        r = await client.request(method, f"{BASE}/{id_}{path}", json=body)
        assert_error(r, 404, message.format(id=id_))


async def test_stacktrace(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    traced, plain = await start(admin, uniq, {"state": "failed", "exceptionMessage": "boom",
                                              "exceptionTrace": "java.lang.RuntimeException: boom\n\tat x()"}, {})
    r = await client.get(f"{BASE}/{traced}/stacktrace")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    assert r.text == "java.lang.RuntimeException: boom\n\tat x()"
    r = await client.get(f"{BASE}/{plain}/stacktrace")
    assert r.status_code == 204 and r.content == b""


async def test_set_retries_reopens_an_incident(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq, {"state": "failed", "exceptionMessage": "boom"})
    r = await client.put(f"{BASE}/{id_}/retries", json={"retries": 0})
    assert r.status_code == 204 and (await job(client, id_))["retries"] == 0
    r = await client.put(f"{BASE}/{id_}/retries", json={"retries": 2})
    assert r.status_code == 204, r.text
    got = await job(client, id_)
    assert (got["retries"], got["exceptionMessage"]) == (2, "boom")
    count = await client.get(f"{BASE}/count", params={"jobId": id_, "executable": "true"})
    assert count.json() == {"count": 1}
    r = await client.get("/zeebe/jobs", params={"type": uniq, "requestTimeout": -1})
    assert [str(j["key"]) for j in r.json()["data"]["jobs"]] == [id_]
    r = await client.put(f"{BASE}/{id_}/retries", json={"retries": 5})  # a held job: only the number changes
    assert r.status_code == 204 and (await job(client, id_))["retries"] == 5


@pytest.mark.parametrize(("body", "message"), [
    ({"retries": -1}, "ENGINE-13054 The number of job retries must be a non-negative Integer, but '-1' has been "
                      "provided."),
    ({}, None), ({"retries": None}, None), ({"retries": "3"}, None), ({"retries": 1.5}, None),
    ({"retries": 2**31}, None),
])
async def test_set_retries_errors_change_nothing(client: httpx.AsyncClient, admin: Admin, uniq: str, body: Any,
                                                 message: str | None) -> None:
    (id_,) = await start(admin, uniq, {"state": "failed"})
    before = await job(client, id_)
    r = await client.put(f"{BASE}/{id_}/retries", json=body)
    assert r.status_code == 400 and r.json()["type"] == "InvalidRequestException", r.text
    if message is not None:
        assert r.json()["message"] == message
    assert await job(client, id_) == before


async def test_suspend_and_activate(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq)
    r = await client.put(f"{BASE}/{id_}/suspended", json={"suspended": True})
    assert r.status_code == 204 and (await job(client, id_))["suspended"] is True
    r = await client.get("/zeebe/jobs", params={"type": uniq, "requestTimeout": -1})
    assert r.json()["data"]["jobs"] == []  # suspended: not activatable
    assert (await client.get(f"{BASE}/count", params={"jobId": id_, "suspended": "true"})).json() == {"count": 1}
    r = await client.put(f"{BASE}/{id_}/suspended", json={"suspended": True})  # again: no change, no error
    assert r.status_code == 204
    r = await client.put(f"{BASE}/{id_}/suspended", json={"suspended": False})
    assert r.status_code == 204 and (await job(client, id_))["suspended"] is False
    r = await client.get("/zeebe/jobs", params={"type": uniq, "requestTimeout": -1})
    assert [str(j["key"]) for j in r.json()["data"]["jobs"]] == [id_]


async def test_set_due_date(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq)
    r = await client.put(f"{BASE}/{id_}/duedate", json={"duedate": "2999-01-01T02:00:00+02:00", "cascade": True})
    assert r.status_code == 204 and (await job(client, id_))["dueDate"] == FUTURE
    r = await client.get("/zeebe/jobs", params={"type": uniq, "requestTimeout": -1})
    assert r.json()["data"]["jobs"] == []  # not due yet
    r = await client.put(f"{BASE}/{id_}/duedate", json={"duedate": None})
    assert r.status_code == 204 and (await job(client, id_))["dueDate"] is None
    r = await client.put(f"{BASE}/{id_}/duedate", json={"duedate": "2020-01-01T00:00:00.000+0000"})
    assert r.status_code == 204 and (await job(client, id_))["dueDate"] == "2020-01-01T00:00:00.000+0000"
    r = await client.put(f"{BASE}/{id_}/duedate", json={"duedate": "2027-02-30T01:00:00+01:00"})  # lenient
    assert r.status_code == 204 and (await job(client, id_))["dueDate"] == "2027-03-02T00:00:00.000+0000"
    r = await client.put(f"{BASE}/{id_}/duedate", json={"duedate": "2027-12-31T23:00:00.5-01:00"})
    assert r.status_code == 204 and (await job(client, id_))["dueDate"] == "2028-01-01T00:00:00.500+0000"
    r = await client.put(f"{BASE}/{id_}/duedate", json={})  # absent: due at once
    assert r.status_code == 204 and (await job(client, id_))["dueDate"] is None


async def test_set_priority(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    (id_,) = await start(admin, uniq)
    for value in (2**63 - 1, -(2**63), 0):
        r = await client.put(f"{BASE}/{id_}/priority", json={"priority": value})
        assert r.status_code == 204 and (await job(client, id_))["priority"] == value


@pytest.mark.parametrize(("path", "body", "message", "kind"), [
    ("/priority", {"priority": None}, "Priority for job '{id}' cannot be null.", "RestException"),
    ("/priority", {}, "Priority for job '{id}' cannot be null.", "RestException"),
    ("/priority", {"priority": 2**63}, None, "InvalidRequestException"),
    ("/priority", {"priority": "1"}, None, "InvalidRequestException"),
    ("/duedate", {"duedate": "tomorrow"},
     'Invalid due date format: Cannot convert value "tomorrow" to java type java.util.Date', "InvalidRequestException"),
    ("/duedate", {"duedate": 5}, None, "InvalidRequestException"),
    ("/duedate", {"duedate": "1969-12-31T23:59:59Z"},
     'Invalid due date format: Cannot convert value "1969-12-31T23:59:59Z" to java type java.util.Date',
     "InvalidRequestException"),
    ("/duedate", {"duedate": "2027-13-01T00:00:00Z"}, None, "InvalidRequestException"),
    ("/duedate", {"duedate": "2027-01-01T24:00:00Z"}, None, "InvalidRequestException"),
    ("/duedate", {"duedate": "2027-01-01T00:00:00+24:00"}, None, "InvalidRequestException"),
    ("/duedate", {"cascade": "yes"}, None, "InvalidRequestException"),
    ("/suspended", {}, None, "InvalidRequestException"),
    ("/suspended", {"suspended": None}, None, "InvalidRequestException"),
    ("/suspended", {"suspended": "true"}, None, "InvalidRequestException"),
    *(("/suspended", {"suspended": True, selector: "1"},
       "Only one of jobId, jobDefinitionId, processInstanceId, processDefinitionId or processDefinitionKey should be "
       "set to update the suspension state.", "InvalidRequestException")
      for selector in ("jobId", "jobDefinitionId", "processInstanceId", "processDefinitionId", "processDefinitionKey")),
    ("/retries", {"retries": 1, "dueDate": "soon"},
     'Invalid due date format: Cannot convert value "soon" to java type java.util.Date', "InvalidRequestException"),
    ("/retries", [], None, "InvalidRequestException"),
])
async def test_put_errors_change_nothing(client: httpx.AsyncClient, admin: Admin, uniq: str, path: str, body: Any,
                                         message: str | None, kind: str) -> None:
    (id_,) = await start(admin, uniq)
    before = await job(client, id_)
    r = await client.put(f"{BASE}/{id_}{path}", json=body)
    assert r.status_code == 400 and r.json()["type"] == kind, r.text
    if message is not None:
        assert r.json()["message"] == message.format(id=id_)
    assert await job(client, id_) == before


@pytest.mark.parametrize("path", ["/retries", "/suspended", "/duedate", "/priority"])
async def test_put_without_a_json_body(client: httpx.AsyncClient, admin: Admin, uniq: str, path: str) -> None:
    (id_,) = await start(admin, uniq)
    before = await job(client, id_)
    r = await client.put(f"{BASE}/{id_}{path}", content=b"x", headers={"content-type": "text/plain"})
    assert r.status_code == 415 and r.json()["type"] == "RestException"
    r = await client.put(f"{BASE}/{id_}{path}", content=b"{bad", headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["type"] == "InvalidRequestException"
    assert await job(client, id_) == before


async def test_delete(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    free, failed, held, expired = await start(admin, uniq, {}, {"state": "failed"},
                                              {"state": "activated", "worker": "w", "deadline": LEASE},
                                              {"state": "activated", "worker": "w", "deadline": "2020-01-01T00:00:00Z"})
    r = await client.get(f"{BASE}/{free}")
    instance = int(r.json()["processInstanceId"])
    assert (await admin.instance(instance))["state"] == "incident"
    r = await client.delete(f"{BASE}/{held}")
    assert_error(r, 409, "Cannot delete job when the job is being executed. Try again later.", "RestException")
    assert (await client.get(f"{BASE}/{held}")).status_code == 200  # refused: still there
    for id_ in (free, failed, expired):
        r = await client.delete(f"{BASE}/{id_}")
        assert r.status_code == 204, r.text
        assert (await client.get(f"{BASE}/{id_}")).status_code == 404
    assert (await client.delete(f"{BASE}/{free}")).status_code == 404
    assert (await admin.instance(instance))["state"] == "active"  # the incident's job is gone
