"""Camunda 7 POST /job and POST /job/count (the job query as a JSON body), on both backends: the same answers as
GET /job for the same filters, `sorting` with the engine's messages, and the body's own errors."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.api.test_camunda7 import JOBS, RUNTIME, World, assert_error, make_world
from tests.conftest import Admin

BASE = "/engine-rest"
NO_BY = ("You should call any of the orderBy methods first before specifying a direction: "
         "currentOrderingProperty is null")
NO_ORDER = "Invalid query: call asc() or desc() after using orderByXX(): direction is null"
TWO_DIRECTIONS = ("Invalid query: can specify only one direction desc() or asc() for an ordering constraint: "
                  "direction is not null")


@pytest.fixture(scope="module")
async def world(client: httpx.AsyncClient, admin: Admin) -> World:
    return await make_world(client, admin)


def scoped(w: World, body: dict[str, Any]) -> dict[str, Any]:
    """Keep a query to this module's world (its two instances)."""
    return {"processInstanceIds": list(w.instances.values()), **body}


# (GET query, POST body): the same filters by both routes
EQUIVALENT: list[tuple[dict[str, str], dict[str, Any]]] = [
    ({}, {}),
    ({"withRetriesLeft": "true"}, {"withRetriesLeft": True}),
    ({"noRetriesLeft": "true"}, {"noRetriesLeft": True}),
    ({"executable": "true"}, {"executable": True}),
    ({"timers": "true"}, {"timers": True}),
    ({"messages": "true"}, {"messages": True, "timers": False}),
    ({"withException": "true"}, {"withException": True}),
    ({"exceptionMessage": "boom"}, {"exceptionMessage": "boom"}),
    ({"activityId": "a2"}, {"activityId": "a2"}),
    ({"suspended": "true"}, {"suspended": True}),
    ({"active": "true"}, {"active": True, "suspended": None}),
    ({"priorityHigherThanOrEquals": "1"}, {"priorityHigherThanOrEquals": 1}),
    ({"priorityLowerThanOrEquals": "0"}, {"priorityLowerThanOrEquals": 0}),
    ({"dueDates": "gt_2021-01-01T00:00:00.000%2B0000"},
     {"dueDates": [{"operator": "gt", "value": "2021-01-01T00:00:00.000+0000"}]}),
    ({"dueDates": "lt_2021-01-01T00:00:00Z"}, {"dueDates": [{"operator": "lt", "value": "2021-01-01T00:00:00Z"}]}),
    ({"createTimes": "lt_2020-01-01T00:00:00.000Z,gt_2010-01-01T00:00:00Z"},
     {"createTimes": [{"operator": "lt", "value": "2020-01-01T00:00:00.000Z"},
                      {"operator": "gt", "value": "2010-01-01T00:00:00Z"}]}),
    ({"withoutTenantId": "true"}, {"withoutTenantId": True}),
    ({"includeJobsWithoutTenantId": "true"}, {"includeJobsWithoutTenantId": True, "tenantIdIn": []}),
    ({"sortBy": "jobPriority", "sortOrder": "desc"}, {"sorting": [{"sortBy": "jobPriority", "sortOrder": "desc"}]}),
    ({"sortBy": "jobDueDate", "sortOrder": "asc"}, {"sorting": [{"sortBy": "jobDueDate", "sortOrder": "asc"}]}),
    ({"sortBy": "processDefinitionKey", "sortOrder": "asc"},
     {"sorting": [{"sortBy": "processDefinitionKey", "sortOrder": "asc"}]}),
    ({"sortBy": "tenantId", "sortOrder": "desc"}, {"sorting": [{"sortBy": "tenantId", "sortOrder": "desc"}]}),
]


@pytest.mark.parametrize(("query", "body"), EQUIVALENT, ids=[str(b) for _, b in EQUIVALENT])
async def test_post_answers_as_get(client: httpx.AsyncClient, world: World, query: dict[str, str],
                                   body: dict[str, Any]) -> None:
    instances = ",".join(world.instances.values())
    q = "&".join([f"processInstanceIds={instances}", *(f"{k}={v}" for k, v in query.items())])
    expected = await client.get(f"{BASE}/job?{q}")
    assert expected.status_code == 200, expected.text
    got = await client.post(f"{BASE}/job", json=scoped(world, body))
    assert got.status_code == 200, got.text
    assert got.json() == expected.json()
    count = await client.post(f"{BASE}/job/count", json=scoped(world, body))
    assert count.status_code == 200 and count.json() == {"count": len(expected.json())}


async def test_post_ids_tenants_and_paging(client: httpx.AsyncClient, world: World) -> None:
    ids = [world.jobs[k]["id"] for k in ("plain", "failed", "done", "b_low")]
    r = await client.post(f"{BASE}/job", json={"jobIds": ids, "sorting": [{"sortBy": "jobId", "sortOrder": "desc"}]})
    assert world.labels(r.json()) == ["b_low", "failed", "plain"]  # done is history
    r = await client.post(f"{BASE}/job?firstResult=1&maxResults=1",
                          json={"jobIds": ids, "sorting": [{"sortBy": "jobId", "sortOrder": "desc"}]})
    assert world.labels(r.json()) == ["failed"]
    r = await client.post(f"{BASE}/job", json={"jobId": world.jobs["plain"]["id"], "jobIds": ids})
    assert world.labels(r.json()) == ["plain"]
    r = await client.post(f"{BASE}/job", json={"jobIds": [f"{world.jobs['plain']['id']},{world.jobs['failed']['id']}"]})
    assert r.json() == []  # an item is one id, never a comma list
    tenant = f"{world.prefix}-t"
    r = await client.post(f"{BASE}/job/count", json={"tenantIdIn": [tenant]})
    assert r.json() == {"count": 2}
    r = await client.post(f"{BASE}/job/count", json=scoped(world, {"tenantIdIn": [tenant], "withoutTenantId": True}))
    assert r.json() == {"count": 4}  # withoutTenantId wins
    r = await client.post(f"{BASE}/job/count", json={"processDefinitionKey": world.bpmn("a"),
                                                     "jobDefinitionId": world.jobs["timer"]["jobDefinitionId"]})
    assert r.json() == {"count": 1}
    assert len(RUNTIME) == (await client.post(f"{BASE}/job/count", json=scoped(world, {}))).json()["count"]
    assert {v[0] for v in JOBS.values()} == {"a", "b"}


async def test_body_forms(client: httpx.AsyncClient, world: World) -> None:
    content = f'{{"processDefinitionKey": "{world.bpmn("b")}"}}'.encode()
    r = await client.post(f"{BASE}/job/count", content=content)  # no content type: read as JSON
    assert r.status_code == 200 and r.json() == {"count": 2}, r.text
    r = await client.post(f"{BASE}/job/count")  # no body: every runtime job
    assert r.status_code == 200 and r.json()["count"] >= len(RUNTIME)
    r = await client.post(f"{BASE}/job", json={"sorting": None, "unknown": 1, "jobIds": None, "dueDates": None,
                                               "processInstanceIds": list(world.instances.values())})
    assert r.status_code == 200 and len(r.json()) == len(RUNTIME)


ERRORS: list[tuple[str, Any, str | None]] = [
    ("sorting without sortBy", {"sorting": [{"sortOrder": "asc"}]}, NO_BY),
    ("unknown sortBy", {"sorting": [{"sortBy": "anInvalidSortByOption", "sortOrder": "asc"}]}, NO_BY),
    ("sorting without sortOrder", {"sorting": [{"sortBy": "jobId"}]}, NO_ORDER),
    ("unknown sortOrder", {"sorting": [{"sortBy": "jobId", "sortOrder": "DESC"}]}, NO_ORDER),
    ("second direction", {"sorting": [{"sortBy": "jobId", "sortOrder": "asc"}, {"sortOrder": "desc"}]},
     TWO_DIRECTIONS),
    ("timers and messages", {"timers": True, "messages": True},
     "Parameter timers cannot be used together with parameter messages."),
    ("bad comparator", {"dueDates": [{"operator": "bt", "value": "2020-01-01T00:00:00Z"}]},
     "Invalid due date comparator specified: bt"),
    ("no comparator", {"createTimes": [{"value": "2020-01-01T00:00:00Z"}]},
     "Invalid create time comparator specified: null"),
    ("bad date", {"dueDates": [{"operator": "gt", "value": "invalidValue"}]},
     'Invalid due date format: Cannot convert value "invalidValue" to java type java.util.Date'),
    ("date before comparator", {"createTimes": [{"operator": "bt", "value": "x"}]},
     'Invalid create time format: Cannot convert value "x" to java type java.util.Date'),
    ("no date", {"dueDates": [{"operator": "gt"}]},
     'Invalid due date format: Cannot convert value "null" to java type java.util.Date'),
    ("list as string", {"jobIds": "1,2"}, "Invalid body.jobIds: '1,2' is not of type 'array'"),
    ("boolean as string", {"active": "yes"}, "Invalid body.active: 'yes' is not of type 'boolean'"),
    ("long too big", {"priorityLowerThanOrEquals": 2**63}, None),
    ("condition as string", {"dueDates": ["gt_x"]}, None),
    ("array body", [], None),
    ("string body", "x", None),
]


@pytest.mark.parametrize("path", ["/job", "/job/count"])
@pytest.mark.parametrize(("body", "message"), [(e[1], e[2]) for e in ERRORS], ids=[e[0] for e in ERRORS])
async def test_post_errors(client: httpx.AsyncClient, path: str, body: Any, message: str | None) -> None:
    assert_error(await client.post(f"{BASE}{path}", json=body), message)


async def test_post_limits(client: httpx.AsyncClient) -> None:
    r = await client.post(f"{BASE}/job?maxResults=10001", json={})
    assert r.status_code == 400 and r.json() == {"type": "BadUserRequestException",
                                                 "message": "Max results limit of 10000 exceeded!"}
    many = [{"operator": "gt", "value": "2020-01-01T00:00:00Z"}] * 101
    r = await client.post(f"{BASE}/job/count", json={"dueDates": many})
    assert r.status_code == 400 and "more than the limit of 100" in r.json()["message"]
    r = await client.post(f"{BASE}/job?firstResult=-1", json={})
    assert_error(r, "Cannot set query parameter 'firstResult' to value '-1': must be >= 0")


@pytest.mark.parametrize("path", ["/job", "/job/count", "/job-definition", "/job-definition/count"])
@pytest.mark.parametrize("unknown", [{"create_times": "I"}, {"job_ids": 5}, {"process_instance_ids": "x"},
                                     {"tenant_id_in": 1, "max_results": "y"}, {"sorting": None, "due_dates": "z"}])
async def test_python_field_names_are_unknown_properties(client: httpx.AsyncClient, world: World, path: str,
                                                         unknown: dict[str, Any]) -> None:
    """Only the wire names are read: a body property spelled as the model's Python field (`create_times` for
    createTimes) is unknown, so it is ignored like any other, never read as the filter (a 400 before; found by
    Schemathesis)."""
    plain = await client.post(f"{BASE}{path}", json={})
    r = await client.post(f"{BASE}{path}", json=unknown)
    assert r.status_code == 200, r.text
    assert r.json() == plain.json()
