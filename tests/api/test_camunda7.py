"""Camunda 7 engine-rest over HTTP: parameter mapping, sorting, paging, formats and every error of issue 3.

The module's store is shared, so each data set has its own prefix; list assertions keep only this module's jobs
(the filter semantics themselves are covered exhaustively in tests/store).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from tests.conftest import Admin

BASE = "/engine-rest"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$")
JOB_FIELDS = {"id", "jobDefinitionId", "dueDate", "processInstanceId", "executionId", "processDefinitionId",
              "processDefinitionKey", "retries", "exceptionMessage", "failedActivityId", "suspended", "priority",
              "tenantId", "createTime", "batchId"}
JOB_DEFINITION_FIELDS = {"id", "processDefinitionId", "processDefinitionKey", "activityId", "jobType",
                         "jobConfiguration", "overridingJobPriority", "suspended", "tenantId", "deploymentId"}
MAX_LONG, MIN_LONG = 2**63 - 1, -(2**63)
PAST = "2020-01-01T00:00:00.000Z"

# label -> (definition, admin job fixture)
JOBS: dict[str, tuple[str, dict[str, Any]]] = {
    "plain": ("a", {"createTime": "2030-01-01T00:00:00Z"}),
    "past": ("a", {"dueDate": PAST, "createTime": PAST, "batchId": "batch-1"}),
    "timer": ("a", {"elementId": "a2", "dueDate": "2999-01-01T00:00:00+02:00", "createTime": "2021-06-01T12:00:00Z"}),
    "failed": ("a", {"state": "failed", "exceptionMessage": "boom", "createTime": "2019-01-01T00:00:00Z"}),
    "done": ("a", {"state": "completed"}),
    "thrown": ("a", {"state": "error_thrown"}),
    "b_susp": ("b", {"suspended": True, "priority": MAX_LONG}),
    "b_low": ("b", {"priority": MIN_LONG, "retries": 0, "state": "activated"}),
}
RUNTIME = {"plain", "past", "timer", "failed", "b_susp", "b_low"}
A_JOBS, B_JOBS = {"plain", "past", "timer", "failed"}, {"b_susp", "b_low"}


@dataclass
class World:
    prefix: str
    jobs: dict[str, dict[str, Any]] = field(default_factory=dict)  # label -> JobDto
    definitions: dict[str, dict[str, Any]] = field(default_factory=dict)
    instances: dict[str, str] = field(default_factory=dict)

    def bpmn(self, definition: str) -> str:
        """The bpmn id of a definition, chosen so that the sort fields disagree: by processDefinitionKey b's jobs
        come first (`-a` < `-a-x`), by processDefinitionId a's (`-a-x:` < `-a:`), by tenantId a's (null)."""
        return f"{self.prefix}-a-x" if definition == "a" else f"{self.prefix}-a"

    def label(self, job_id: str) -> str | None:
        return next((k for k, v in self.jobs.items() if v["id"] == job_id), None)

    def labels(self, body: list[dict[str, Any]]) -> list[str]:
        return [x for x in (self.label(j["id"]) for j in body) if x is not None]


async def make_world(client: httpx.AsyncClient, admin: Admin) -> World:
    w = World("c7" + uuid.uuid4().hex[:8])
    w.definitions["a"] = await admin.deploy(w.bpmn("a"), tasks=[
        {"elementId": "a1", "type": "wa1"}, {"elementId": "a2", "type": "wa2", "kind": "timer",
                                             "overridingJobPriority": 7}])
    w.definitions["b"] = await admin.deploy(w.bpmn("b"), tenantId=f"{w.prefix}-t",
                                            tasks=[{"elementId": "b1", "type": "wb"}])
    ids: dict[str, str] = {}
    for d in ("a", "b"):
        labels = [k for k, v in JOBS.items() if v[0] == d]
        extra = {"tenantId": f"{w.prefix}-t"} if d == "b" else {}
        started = await admin.start(w.bpmn(d), jobs=[JOBS[k][1] for k in labels], **extra)
        w.instances[d] = started["processInstanceId"]
        ids.update({k: j["id"] for k, j in zip(labels, started["jobs"], strict=True)})
    r = await client.get(f"{BASE}/job", params={"jobIds": ",".join(ids.values())})
    assert r.status_code == 200, r.text
    by_id = {j["id"]: j for j in r.json()}
    w.jobs = {k: by_id.get(v, {"id": v}) for k, v in ids.items()}
    return w


@pytest.fixture(scope="module")
async def world(client: httpx.AsyncClient, admin: Admin) -> World:
    return await make_world(client, admin)


async def get_labels(client: httpx.AsyncClient, w: World, params: Any) -> list[str]:
    r = await client.get(f"{BASE}/job", params=params)
    assert r.status_code == 200, r.text
    return w.labels(r.json())


def assert_error(r: httpx.Response, message: str | None, status: int = 400) -> None:
    assert r.status_code == status, r.text
    assert r.headers.get_list("content-type") == ["application/json"]
    body = r.json()
    assert set(body) == {"type", "message"} and body["type"] == "InvalidRequestException"
    if message is not None:
        assert body["message"] == message


# ---- formats -------------------------------------------------------------------------------------------------


async def test_job_dto_has_exactly_the_camunda_fields(world: World) -> None:
    past, timer, b_low = world.jobs["past"], world.jobs["timer"], world.jobs["b_low"]
    a, b = world.definitions["a"], world.definitions["b"]
    for dto in (past, timer, b_low):
        assert set(dto) == JOB_FIELDS
    assert past["dueDate"] == "2020-01-01T00:00:00.000+0000" and past["createTime"] == past["dueDate"]
    assert timer["dueDate"] == "2998-12-31T22:00:00.000+0000"  # +02:00 rendered in UTC
    assert DATE.match(world.jobs["plain"]["createTime"]) and world.jobs["plain"]["dueDate"] is None
    assert past["processDefinitionKey"] == world.bpmn("a")  # the bpmn id, not the numeric key
    assert past["processDefinitionId"] == a["processDefinitionId"] == f"{world.bpmn('a')}:1:{a['processDefinitionKey']}"
    assert past["jobDefinitionId"] == str(a["jobDefinitions"][0]["id"])
    assert timer["jobDefinitionId"] == str(a["jobDefinitions"][1]["id"])
    assert past["processInstanceId"] == world.instances["a"]
    for key in ("id", "jobDefinitionId", "processInstanceId", "executionId"):
        assert isinstance(past[key], str) and past[key].isdigit()
    assert past["executionId"] != past["id"]
    assert (past["retries"], past["priority"], past["suspended"], past["tenantId"], past["batchId"]) == (
        3, 0, False, None, "batch-1")
    assert (timer["priority"], b_low["priority"], b_low["retries"]) == (7, MIN_LONG, 0)
    assert b_low["tenantId"] == f"{world.prefix}-t" and b["tenantId"] == b_low["tenantId"]
    failed = world.jobs["failed"]
    assert (failed["exceptionMessage"], failed["failedActivityId"], failed["retries"]) == ("boom", "a1", 0)
    assert world.jobs["b_susp"]["suspended"] is True and world.jobs["b_susp"]["priority"] == MAX_LONG


async def test_completed_and_error_thrown_jobs_are_not_listed(client: httpx.AsyncClient, world: World) -> None:
    assert set(world.jobs["done"]) == {"id"} and set(world.jobs["thrown"]) == {"id"}  # not found by jobIds
    assert set(await get_labels(client, world, {})) == RUNTIME


async def test_job_definition_dto_has_exactly_the_camunda_fields(client: httpx.AsyncClient, world: World) -> None:
    a = world.definitions["a"]
    r = await client.post(f"{BASE}/job-definition", json={"processDefinitionKey": world.bpmn("a")})
    assert r.status_code == 200
    assert r.json() == [
        {"id": str(a["jobDefinitions"][0]["id"]), "processDefinitionId": a["processDefinitionId"],
         "processDefinitionKey": world.bpmn("a"), "activityId": "a1", "jobType": "async-continuation",
         "jobConfiguration": "async-before", "overridingJobPriority": None, "suspended": False, "tenantId": None,
         "deploymentId": a["deploymentId"]},
        {"id": str(a["jobDefinitions"][1]["id"]), "processDefinitionId": a["processDefinitionId"],
         "processDefinitionKey": world.bpmn("a"), "activityId": "a2",
         "jobType": "timer-intermediate-transition", "jobConfiguration": "async-before",
         "overridingJobPriority": 7, "suspended": False, "tenantId": None, "deploymentId": a["deploymentId"]},
    ]
    assert all(set(d) == JOB_DEFINITION_FIELDS for d in r.json())


# ---- GET /job filters: each parameter reaches its filter --------------------------------------------------------

Params = dict[str, str]
FILTERS: list[tuple[str, Any, set[str]]] = [
    ("jobId", lambda w: {"jobId": w.jobs["past"]["id"]}, {"past"}),
    ("jobIds", lambda w: {"jobIds": f"{w.jobs['past']['id']},{w.jobs['b_low']['id']},{w.jobs['done']['id']}"},
     {"past", "b_low"}),
    ("jobIds with trailing comma", lambda w: {"jobIds": f"{w.jobs['past']['id']},"}, {"past"}),
    ("jobIds that split to nothing", lambda w: {"jobIds": ",,", "processInstanceIds": ","}, RUNTIME),
    ("empty jobIds", lambda w: {"jobIds": ""}, set()),
    ("jobId and jobIds", lambda w: {"jobId": w.jobs["past"]["id"], "jobIds": w.jobs["timer"]["id"]}, set()),
    ("jobDefinitionId", lambda w: {"jobDefinitionId": w.jobs["timer"]["jobDefinitionId"]}, {"timer"}),
    ("processInstanceId", lambda w: {"processInstanceId": w.instances["b"]}, B_JOBS),
    ("processInstanceIds", lambda w: {"processInstanceIds": f"{w.instances['a']},{w.instances['b']}"}, RUNTIME),
    ("executionId", lambda w: {"executionId": w.jobs["failed"]["executionId"]}, {"failed"}),
    ("processDefinitionId", lambda w: {"processDefinitionId": w.definitions["b"]["processDefinitionId"]}, B_JOBS),
    ("processDefinitionKey", lambda w: {"processDefinitionKey": w.bpmn("a")}, A_JOBS),
    ("activityId", lambda w: {"activityId": "a2", "processDefinitionKey": w.bpmn("a")}, {"timer"}),
    ("withRetriesLeft", lambda w: {"withRetriesLeft": "true"}, RUNTIME - {"failed", "b_low"}),
    ("noRetriesLeft", lambda w: {"noRetriesLeft": "true"}, {"failed", "b_low"}),
    ("executable", lambda w: {"executable": "true"}, {"plain", "past", "b_susp"}),
    ("timers", lambda w: {"timers": "true"}, {"timer"}),
    ("messages", lambda w: {"messages": "true"}, RUNTIME - {"timer"}),
    ("timers true, messages false", lambda w: {"timers": "true", "messages": "false"}, {"timer"}),
    ("dueDates", lambda w: {"dueDates": "gt_2020-01-01T00:00:00.000+0000"}, {"timer"}),
    ("dueDates two conditions", lambda w: {"dueDates": "gt_2019-12-31T23:59:59.999+0000,lt_2999-01-01T00:00:00.000Z"},
     {"past", "timer"}),
    ("dueDates offset applied, lt strict", lambda w: {"dueDates": "lt_2020-01-01T01:00:00.000+0100"}, set()),
    ("dueDates offset applied", lambda w: {"dueDates": "lt_2020-01-01T01:00:00.001+01:00"}, {"past"}),
    ("dueDates without millis", lambda w: {"dueDates": "lt_2020-01-01T00:00:01Z"}, {"past"}),
    ("createTimes lt is lower or equal", lambda w: {"createTimes": "lt_2020-01-01T00:00:00.000+0000"},
     {"past", "failed"}),
    ("createTimes gt", lambda w: {"createTimes": "gt_2020-01-01T00:00:00.000+0000,lt_2029-12-31T23:59:59.999Z",
                                  "processDefinitionKey": w.bpmn("a")}, {"timer"}),
    ("withException", lambda w: {"withException": "true"}, {"failed"}),
    ("exceptionMessage", lambda w: {"exceptionMessage": "boom"}, {"failed"}),
    ("failedActivityId", lambda w: {"failedActivityId": "a1"}, {"failed"}),
    ("active", lambda w: {"active": "true"}, RUNTIME - {"b_susp"}),
    ("suspended", lambda w: {"suspended": "true"}, {"b_susp"}),
    ("suspended wins", lambda w: {"suspended": "true", "active": "true"}, {"b_susp"}),
    ("priorityHigherThanOrEquals max", lambda w: {"priorityHigherThanOrEquals": str(MAX_LONG)}, {"b_susp"}),
    ("priorityLowerThanOrEquals min", lambda w: {"priorityLowerThanOrEquals": str(MIN_LONG)}, {"b_low"}),
    ("priority range", lambda w: {"priorityHigherThanOrEquals": "1", "priorityLowerThanOrEquals": "+7"}, {"timer"}),
    ("tenantIdIn", lambda w: {"tenantIdIn": f"x,{w.prefix}-t"}, B_JOBS),
    ("tenantIdIn with includeJobsWithoutTenantId", lambda w: {"tenantIdIn": f"{w.prefix}-t",
                                                              "includeJobsWithoutTenantId": "true"}, RUNTIME),
    ("includeJobsWithoutTenantId alone", lambda w: {"includeJobsWithoutTenantId": "true"}, RUNTIME),
    ("withoutTenantId", lambda w: {"withoutTenantId": "true"}, A_JOBS),
    ("withoutTenantId wins", lambda w: {"withoutTenantId": "true", "tenantIdIn": f"{w.prefix}-t"}, A_JOBS),
    ("booleans in any case", lambda w: {"suspended": "TRUE", "withRetriesLeft": "True"}, {"b_susp"}),
    ("false applies no filter", lambda w: {f: "false" for f in (
        "withRetriesLeft", "executable", "timers", "messages", "withException", "noRetriesLeft", "active",
        "suspended", "withoutTenantId", "includeJobsWithoutTenantId")} | {"active": "FALSE"}, RUNTIME),
    ("first value of a repeated parameter", lambda w: [("processDefinitionKey", w.bpmn("b")),
                                                        ("processDefinitionKey", w.bpmn("a"))], B_JOBS),
    ("unknown parameters are ignored", lambda w: {"foo": "bar", "job_id": "1", "due_dates": "bt_x", "sort_by": "x",
                                                  "first_result": "abc", "processDefinitionKey": w.bpmn("b")},
     B_JOBS),
    ("id that is no number", lambda w: {"jobId": "abc"}, set()),
    ("id with a leading zero", lambda w: {"jobId": "0" + w.jobs["past"]["id"]}, set()),
    ("id with a space", lambda w: {"processInstanceId": " " + w.instances["a"]}, set()),
    ("empty tenant list", lambda w: {"tenantIdIn": ""}, set()),
    ("tenant list that splits to nothing", lambda w: {"tenantIdIn": ","}, RUNTIME),
    ("NUL in a text matches nothing", lambda w: {"processDefinitionKey": w.bpmn("a") + "\x00"}, set()),
    ("NUL in a tenant list", lambda w: {"tenantIdIn": f"\x00,{w.prefix}-t", "exceptionMessage": "\x00"}, set()),
    ("NUL in a tenant list is no tenant", lambda w: {"tenantIdIn": f"\x00,{w.prefix}-t"}, B_JOBS),
]


@pytest.mark.parametrize(("make", "expected"), [(f[1], f[2]) for f in FILTERS], ids=[f[0] for f in FILTERS])
async def test_get_job_filter(client: httpx.AsyncClient, world: World, make: Any, expected: set[str]) -> None:
    params = make(world)
    r = await client.get(f"{BASE}/job", params=params)
    assert r.status_code == 200, r.text
    labels = world.labels(r.json())
    assert set(labels) == expected and len(labels) == len(expected)
    c = await client.get(f"{BASE}/job/count", params=params)
    assert c.status_code == 200 and c.json() == {"count": len(r.json())}


async def test_plus_in_an_offset_must_be_url_encoded(client: httpx.AsyncClient, world: World) -> None:
    url = f"{BASE}/job?processDefinitionKey={world.bpmn('a')}&dueDates=lt_2020-01-01T00:00:00.001%2B0000"
    r = await client.get(url)
    assert r.status_code == 200 and world.labels(r.json()) == ["past"]
    r = await client.get(url.replace("%2B0000", "%2b0000"))
    assert r.status_code == 200 and world.labels(r.json()) == ["past"]


# ---- GET /job sorting and paging --------------------------------------------------------------------------------

SORT_KEYS = {  # sortBy -> the JobDto value it orders by
    "jobId": lambda j: int(j["id"]),
    "executionId": lambda j: int(j["executionId"]),
    "processInstanceId": lambda j: int(j["processInstanceId"]),
    "processDefinitionId": lambda j: j["processDefinitionId"],
    "processDefinitionKey": lambda j: j["processDefinitionKey"],
    "jobPriority": lambda j: j["priority"],
    "jobRetries": lambda j: j["retries"],
    "jobDueDate": lambda j: j["dueDate"],  # one format, all UTC: string order is time order
    "tenantId": lambda j: j["tenantId"],
}


def expected_order(w: World, sort_by: str, descending: bool) -> list[str]:
    jobs = sorted((w.jobs[x] for x in RUNTIME), key=lambda j: int(j["id"]))  # the tie-breaker: key, ascending
    value = SORT_KEYS[sort_by]
    present = sorted((j for j in jobs if value(j) is not None), key=value, reverse=descending)
    missing = [j for j in jobs if value(j) is None]  # nulls sort low
    return w.labels(present + missing if descending else missing + present)


@pytest.mark.parametrize("sort_order", ["asc", "desc"])
@pytest.mark.parametrize("sort_by", list(SORT_KEYS))
async def test_get_job_sorting(client: httpx.AsyncClient, world: World, sort_by: str, sort_order: str) -> None:
    params = {"sortBy": sort_by, "sortOrder": sort_order, "processInstanceIds": ",".join(world.instances.values())}
    assert await get_labels(client, world, params) == expected_order(world, sort_by, sort_order == "desc")


async def test_sorting_examples_spelled_out(client: httpx.AsyncClient, world: World) -> None:
    scope = {"processInstanceIds": ",".join(world.instances.values())}
    assert await get_labels(client, world, scope | {"sortBy": "jobPriority", "sortOrder": "desc"}) == [
        "b_susp", "timer", "plain", "past", "failed", "b_low"]
    assert await get_labels(client, world, scope | {"sortBy": "jobDueDate", "sortOrder": "asc"}) == [
        "plain", "failed", "b_susp", "b_low", "past", "timer"]
    assert await get_labels(client, world, scope | {"sortBy": "jobDueDate", "sortOrder": "desc"}) == [
        "timer", "past", "plain", "failed", "b_susp", "b_low"]


@pytest.mark.parametrize(("first", "maximum", "window"), [
    (None, None, slice(None)), ("0", None, slice(None)), (None, "2", slice(0, 2)), ("1", "2", slice(1, 3)),
    ("3", None, slice(3, None)), ("4", "10", slice(4, None)), ("6", None, slice(6, 6)), ("0", "0", slice(0, 0)),
    ("2147483647", "10000", slice(6, 6)),  # maxResults above JOBGATE_QUERY_MAX_RESULTS: tests/limits
])
async def test_get_job_paging(client: httpx.AsyncClient, world: World, first: str | None, maximum: str | None,
                              window: slice) -> None:
    scope = {"processInstanceIds": ",".join(world.instances.values()), "sortBy": "jobRetries", "sortOrder": "asc"}
    everything = await get_labels(client, world, scope)
    assert len(everything) == 6
    paged = scope | ({"firstResult": first} if first is not None else {}) | (
        {"maxResults": maximum} if maximum is not None else {})
    assert await get_labels(client, world, paged) == everything[window]


async def test_first_value_of_repeated_paging_parameter(client: httpx.AsyncClient, world: World) -> None:
    scope = [("processDefinitionKey", world.bpmn("a"))]
    assert len(await get_labels(client, world, scope + [("maxResults", "1"), ("maxResults", "x")])) == 1
    assert_error(await client.get(f"{BASE}/job", params=scope + [("maxResults", "x"), ("maxResults", "1")]),
                 "Cannot set query parameter 'maxResults' to value 'x': Cannot convert value x to java type "
                 "java.lang.Integer")
    assert len(await get_labels(client, world, scope + [("active", "true"), ("active", "maybe")])) == 4


# ---- GET /job and /job/count errors -----------------------------------------------------------------------------

BOOLEANS = ["withRetriesLeft", "executable", "timers", "messages", "withException", "noRetriesLeft", "active",
            "suspended", "withoutTenantId", "includeJobsWithoutTenantId"]
SORTING = "Only a single sorting parameter specified. sortBy and sortOrder required"
FORMAT = "condition query parameter has to have format OPERATOR_VALUE."


def cannot_convert(name: str, value: str, java: str) -> str:
    return f"Cannot set query parameter '{name}' to value '{value}': Cannot convert value {value} to java type {java}"


GET_ERRORS: list[tuple[str, str, str]] = [  # (id, query string, message); both /job and /job/count
    ("invalid boolean", "active=maybe", cannot_convert("active", "maybe", "java.lang.Boolean")),
    ("empty boolean", "suspended=", cannot_convert("suspended", "", "java.lang.Boolean")),
    ("boolean 1", "executable=1", cannot_convert("executable", "1", "java.lang.Boolean")),
    ("long not a number", "priorityLowerThanOrEquals=abc",
     cannot_convert("priorityLowerThanOrEquals", "abc", "java.lang.Long")),
    ("long too big", "priorityLowerThanOrEquals=99999999999999999999",
     cannot_convert("priorityLowerThanOrEquals", "99999999999999999999", "java.lang.Long")),
    ("long just over int64", "priorityHigherThanOrEquals=9223372036854775808",
     cannot_convert("priorityHigherThanOrEquals", "9223372036854775808", "java.lang.Long")),
    ("long just under int64", "priorityHigherThanOrEquals=-9223372036854775809",
     cannot_convert("priorityHigherThanOrEquals", "-9223372036854775809", "java.lang.Long")),
    ("long with a fraction", "priorityHigherThanOrEquals=1.5",
     cannot_convert("priorityHigherThanOrEquals", "1.5", "java.lang.Long")),
    ("timers and messages", "timers=true&messages=TRUE",
     "Parameter timers cannot be used together with parameter messages."),
    ("dueDates bt", "dueDates=bt_2020-01-01T00:00:00.000%2B0000", "Invalid due date comparator specified: bt"),
    ("createTimes bt", "createTimes=bt_2020-01-01T00:00:00.000%2B0000",
     "Invalid create time comparator specified: bt"),
    ("dueDates invalid value", "dueDates=lt_invalidValue",
     'Invalid due date format: Cannot convert value "invalidValue" to java type java.util.Date'),
    ("createTimes invalid value", "createTimes=lt_invalidValue",
     'Invalid create time format: Cannot convert value "invalidValue" to java type java.util.Date'),
    ("date before comparator", "dueDates=bt_invalidValue",
     'Invalid due date format: Cannot convert value "invalidValue" to java type java.util.Date'),
    ("impossible date", "dueDates=gt_2020-02-30T00:00:00.000%2B0000",
     'Invalid due date format: Cannot convert value "2020-02-30T00:00:00.000+0000" to java type java.util.Date'),
    ("impossible offset", "createTimes=gt_2020-01-01T00:00:00.000%2B2400",
     'Invalid create time format: Cannot convert value "2020-01-01T00:00:00.000+2400" to java type java.util.Date'),
    ("date without zone", "dueDates=gt_2020-01-01T00:00:00.000",
     'Invalid due date format: Cannot convert value "2020-01-01T00:00:00.000" to java type java.util.Date'),
    ("missing underscore", "dueDates=invalid", f"Cannot set query parameter 'dueDates' to value 'invalid': {FORMAT}"),
    ("empty condition", "createTimes=", f"Cannot set query parameter 'createTimes' to value '': {FORMAT}"),
    ("no value", "dueDates=gt_", f"Cannot set query parameter 'dueDates' to value 'gt_': {FORMAT}"),
    ("two underscores", "dueDates=lt_x_y", f"Cannot set query parameter 'dueDates' to value 'lt_x_y': {FORMAT}"),
    ("second condition malformed", "dueDates=bt_2020-01-01T00:00:00Z,lt",
     f"Cannot set query parameter 'dueDates' to value 'bt_2020-01-01T00:00:00Z,lt': {FORMAT}"),
]


@pytest.mark.parametrize("path", ["/job", "/job/count"])
@pytest.mark.parametrize(("query", "message"), [(e[1], e[2]) for e in GET_ERRORS], ids=[e[0] for e in GET_ERRORS])
async def test_get_errors(client: httpx.AsyncClient, path: str, query: str, message: str) -> None:
    assert_error(await client.get(f"{BASE}{path}?{query}"), message)


@pytest.mark.parametrize("name", BOOLEANS)
async def test_every_boolean_parameter_is_checked(client: httpx.AsyncClient, name: str) -> None:
    for path in ("/job", "/job/count"):
        assert_error(await client.get(f"{BASE}{path}?{name}=yes"), cannot_convert(name, "yes", "java.lang.Boolean"))
        assert (await client.get(f"{BASE}{path}?{name}=fAlSe")).status_code == 200


@pytest.mark.parametrize(("query", "message"), [
    ("sortBy=jobId", SORTING),
    ("sortOrder=asc", SORTING),
    ("sortBy=anInvalidSortByOption&sortOrder=asc",
     "Cannot set query parameter 'sortBy' to value 'anInvalidSortByOption'"),
    ("sortBy=jobId&sortOrder=anInvalidSortOrderOption",
     "Cannot set query parameter 'sortOrder' to value 'anInvalidSortOrderOption'"),
    ("sortBy=jobid&sortOrder=asc", "Cannot set query parameter 'sortBy' to value 'jobid'"),
    ("sortBy=jobId&sortOrder=ASC", "Cannot set query parameter 'sortOrder' to value 'ASC'"),
    ("firstResult=-1", "Cannot set query parameter 'firstResult' to value '-1': must be >= 0"),
    ("maxResults=-1", "Cannot set query parameter 'maxResults' to value '-1': must be >= 0"),
    ("maxResults=x", cannot_convert("maxResults", "x", "java.lang.Integer")),
    ("firstResult=1.0", cannot_convert("firstResult", "1.0", "java.lang.Integer")),
    ("firstResult=2147483648", cannot_convert("firstResult", "2147483648", "java.lang.Integer")),
])
async def test_get_job_sorting_and_paging_errors(client: httpx.AsyncClient, query: str, message: str) -> None:
    assert_error(await client.get(f"{BASE}/job?{query}"), message)


@pytest.mark.parametrize("query", ["sortBy=jobId", "sortOrder=asc", "sortBy=anInvalidSortByOption&sortOrder=asc",
                                   "sortBy=jobId&sortOrder=anInvalidSortOrderOption", "sortBy=jobid&sortOrder=asc",
                                   "sortBy=jobId&sortOrder=ASC"])
async def test_count_checks_sorting_as_get_job_does(client: httpx.AsyncClient, query: str) -> None:
    expected = await client.get(f"{BASE}/job?{query}")
    assert expected.status_code == 400
    assert_error(await client.get(f"{BASE}/job/count?{query}"), expected.json()["message"])


async def test_count_takes_no_paging_and_ignores_the_order(client: httpx.AsyncClient, world: World) -> None:
    key = f"processDefinitionKey={world.bpmn('a')}"
    for extra in ("firstResult=x", "maxResults=1", "sortBy=jobId&sortOrder=desc", "sortBy=jobDueDate&sortOrder=asc"):
        r = await client.get(f"{BASE}/job/count?{key}&{extra}")
        assert r.status_code == 200 and r.json() == {"count": 4}


# ---- POST /job-definition and /job-definition/count ------------------------------------------------------------


@pytest.fixture(scope="module")
async def defs(client: httpx.AsyncClient, admin: Admin) -> World:
    """Job definitions: x (no tenant; two versions), y (tenant; its bpmn id sorts first), labels
    '<definition>.<activity>'."""
    w = World("jd" + uuid.uuid4().hex[:8])
    x1 = await admin.deploy(f"{w.prefix}-x", tasks=[{"elementId": "e1", "type": "t"},
                                                    {"elementId": "e2", "type": "t", "kind": "timer",
                                                     "overridingJobPriority": 0, "suspended": True}])
    x2 = await admin.deploy(f"{w.prefix}-x", tasks=[{"elementId": "e1", "type": "t",
                                                     "jobConfiguration": "async-after"}])
    y = await admin.deploy(f"{w.prefix}-0y", tenantId=f"{w.prefix}-t", tasks=[
        {"elementId": "e3", "type": "t", "jobType": "custom", "overridingJobPriority": -5}])
    for name, d in (("x1", x1), ("x2", x2), ("y", y)):
        w.definitions[name] = d
        for jd in d["jobDefinitions"]:
            w.jobs[f"{name}.{jd['elementId']}"] = {"id": str(jd["id"])}
    return w


ALL_DEFS = {"x1.e1", "x1.e2", "x2.e1", "y.e3"}
DEF_FILTERS: list[tuple[str, Any, set[str]]] = [
    ("jobDefinitionId", lambda w: {"jobDefinitionId": w.jobs["x1.e2"]["id"]}, {"x1.e2"}),
    ("jobDefinitionId no number", lambda w: {"jobDefinitionId": "x"}, set()),
    ("activityIdIn", lambda w: {"activityIdIn": ["e1", "e3"]}, {"x1.e1", "x2.e1", "y.e3"}),
    ("activityIdIn empty", lambda w: {"activityIdIn": []}, ALL_DEFS),
    ("processDefinitionId", lambda w: {"processDefinitionId": w.definitions["x2"]["processDefinitionId"]},
     {"x2.e1"}),
    ("processDefinitionKey", lambda w: {"processDefinitionKey": f"{w.prefix}-x"}, {"x1.e1", "x1.e2", "x2.e1"}),
    ("jobType", lambda w: {"jobType": "custom"}, {"y.e3"}),
    ("jobConfiguration", lambda w: {"jobConfiguration": "async-after"}, {"x2.e1"}),
    ("active", lambda w: {"active": True}, ALL_DEFS - {"x1.e2"}),
    ("suspended", lambda w: {"suspended": True}, {"x1.e2"}),
    ("suspended wins", lambda w: {"suspended": True, "active": True}, {"x1.e2"}),
    ("false is no filter", lambda w: {"active": False, "suspended": False, "withOverridingJobPriority": False,
                                      "withoutTenantId": False}, ALL_DEFS),
    ("withOverridingJobPriority", lambda w: {"withOverridingJobPriority": True}, {"x1.e2", "y.e3"}),
    ("tenantIdIn", lambda w: {"tenantIdIn": [f"{w.prefix}-t"]}, {"y.e3"}),
    ("tenantIdIn empty", lambda w: {"tenantIdIn": []}, ALL_DEFS),
    ("tenantIdIn and without", lambda w: {"tenantIdIn": [f"{w.prefix}-t"],
                                          "includeJobDefinitionsWithoutTenantId": True}, ALL_DEFS),
    ("includeJobDefinitionsWithoutTenantId alone", lambda w: {"includeJobDefinitionsWithoutTenantId": True},
     ALL_DEFS),
    ("withoutTenantId", lambda w: {"withoutTenantId": True}, {"x1.e1", "x1.e2", "x2.e1"}),
    ("withoutTenantId wins", lambda w: {"withoutTenantId": True, "tenantIdIn": [f"{w.prefix}-t"]},
     {"x1.e1", "x1.e2", "x2.e1"}),
    ("nulls are no filter", lambda w: dict.fromkeys(
        ("jobDefinitionId", "activityIdIn", "processDefinitionId", "processDefinitionKey", "jobType",
         "jobConfiguration", "active", "suspended", "withOverridingJobPriority", "tenantIdIn", "withoutTenantId",
         "includeJobDefinitionsWithoutTenantId", "sorting")), ALL_DEFS),
    ("NUL in a text matches nothing", lambda w: {"jobType": "custom\x00", "activityIdIn": ["\x00"]}, set()),
    ("more list items than a statement has parameters", lambda w: {
        "activityIdIn": [f"e{i}" for i in range(70_000)], "tenantIdIn": [f"{w.prefix}-t", *map(str, range(2000))]},
     {"y.e3"}),
    ("unknown properties are ignored", lambda w: {"foo": 1, "processDefinitionKey": f"{w.prefix}-0y",
                                                  "sorting": [{"sortBy": "activityId", "sortOrder": "asc", "x": 1}]},
     {"y.e3"}),
]


@pytest.mark.parametrize(("make", "expected"), [(f[1], f[2]) for f in DEF_FILTERS], ids=[f[0] for f in DEF_FILTERS])
async def test_job_definition_filter(client: httpx.AsyncClient, defs: World, make: Any, expected: set[str]) -> None:
    body = make(defs)
    r = await client.post(f"{BASE}/job-definition", json=body)
    assert r.status_code == 200, r.text
    labels = defs.labels(r.json())
    assert set(labels) == expected and len(labels) == len(expected)
    c = await client.post(f"{BASE}/job-definition/count", json=body)
    assert c.status_code == 200 and c.json() == {"count": len(r.json())}


DEF_SORT_KEYS = {
    "jobDefinitionId": lambda d: int(d["id"]),
    "activityId": lambda d: d["activityId"],
    "processDefinitionId": lambda d: d["processDefinitionId"],
    "processDefinitionKey": lambda d: d["processDefinitionKey"],
    "jobType": lambda d: d["jobType"],
    "jobConfiguration": lambda d: d["jobConfiguration"],
    "tenantId": lambda d: d["tenantId"],
}


@pytest.mark.parametrize("sort_order", ["asc", "desc"])
@pytest.mark.parametrize("sort_by", list(DEF_SORT_KEYS))
async def test_job_definition_sorting(client: httpx.AsyncClient, defs: World, sort_by: str, sort_order: str) -> None:
    scope = {"activityIdIn": ["e1", "e2", "e3"], "processDefinitionKey": None}
    everything = (await client.post(f"{BASE}/job-definition", json=scope)).json()
    mine = sorted((d for d in everything if defs.label(d["id"])), key=lambda d: int(d["id"]))
    value = DEF_SORT_KEYS[sort_by]
    present = sorted((d for d in mine if value(d) is not None), key=value, reverse=sort_order == "desc")
    missing = [d for d in mine if value(d) is None]
    expected = defs.labels(present + missing if sort_order == "desc" else missing + present)
    r = await client.post(f"{BASE}/job-definition", json=scope | {"sorting": [{"sortBy": sort_by,
                                                                                "sortOrder": sort_order}]})
    assert r.status_code == 200 and defs.labels(r.json()) == expected


async def test_job_definition_several_orderings_and_paging(client: httpx.AsyncClient, defs: World) -> None:
    body = {"processDefinitionKey": f"{defs.prefix}-x",
            "sorting": [{"sortBy": "activityId", "sortOrder": "desc"}, {"sortBy": "processDefinitionId",
                                                                          "sortOrder": "desc"}]}
    r = await client.post(f"{BASE}/job-definition", json=body)
    assert defs.labels(r.json()) == ["x1.e2", "x2.e1", "x1.e1"]
    for query, expected in (("firstResult=1", ["x2.e1", "x1.e1"]), ("maxResults=1", ["x1.e2"]),
                            ("firstResult=1&maxResults=1", ["x2.e1"]), ("firstResult=3", []),
                            ("maxResults=0", []), ("foo=1&first_result=x", ["x1.e2", "x2.e1", "x1.e1"])):
        r = await client.post(f"{BASE}/job-definition?{query}", json=body)
        assert r.status_code == 200 and defs.labels(r.json()) == expected, query
    c = await client.post(f"{BASE}/job-definition/count?maxResults=1", json=body)
    assert c.json() == {"count": 3}  # the count has no paging


async def test_job_definition_body_without_content_type_is_json(client: httpx.AsyncClient, defs: World) -> None:
    content = f'{{"processDefinitionKey": "{defs.prefix}-0y"}}'.encode()
    r = await client.post(f"{BASE}/job-definition", content=content)
    assert r.status_code == 200, r.text
    assert defs.labels(r.json()) == ["y.e3"]
    r = await client.post(f"{BASE}/job-definition/count", content=content)
    assert r.status_code == 200 and r.json() == {"count": 1}


async def test_job_definition_absent_body_matches_everything(client: httpx.AsyncClient, defs: World) -> None:
    r = await client.post(f"{BASE}/job-definition")
    assert r.status_code == 200, r.text
    assert set(defs.labels(r.json())) == ALL_DEFS


NO_BY = ("You should call any of the orderBy methods first before specifying a direction: "
         "currentOrderingProperty is null")
NO_ORDER = "Invalid query: call asc() or desc() after using orderByXX(): direction is null"
TWO_DIRECTIONS = ("Invalid query: can specify only one direction desc() or asc() for an ordering constraint: "
                  "direction is not null")
POST_ERRORS: list[tuple[str, Any, str | None]] = [
    ("sorting without sortBy", {"sorting": [{"sortOrder": "asc"}]}, NO_BY),
    ("sorting with null sortBy", {"sorting": [{"sortBy": None, "sortOrder": "desc"}]}, NO_BY),
    ("sorting without sortOrder", {"sorting": [{"sortBy": "activityId"}]}, NO_ORDER),
    ("second sorting item without sortOrder", {"sorting": [{"sortBy": "activityId", "sortOrder": "asc"},
                                                           {"sortBy": "jobType"}]}, NO_ORDER),
    ("empty sorting item", {"sorting": [{}]}, NO_BY),
    ("second direction", {"sorting": [{"sortBy": "activityId", "sortOrder": "asc"}, {"sortOrder": "desc"}]},
     TWO_DIRECTIONS),
    ("direction after an ordering without one", {"sorting": [{"sortBy": "activityId"}, {"sortOrder": "desc"}]},
     NO_ORDER),
    ("empty item after a complete one", {"sorting": [{"sortBy": "activityId", "sortOrder": "asc"}, {}]}, NO_BY),
    ("unknown sortBy", {"sorting": [{"sortBy": "anInvalidSortByOption", "sortOrder": "asc"}]}, NO_BY),
    ("sortBy in the wrong case", {"sorting": [{"sortBy": "activityid", "sortOrder": "asc"}]}, NO_BY),
    ("unknown sortOrder", {"sorting": [{"sortBy": "activityId", "sortOrder": "up"}]}, NO_ORDER),
    ("sortOrder in capitals", {"sorting": [{"sortBy": "activityId", "sortOrder": "DESC"}]}, NO_ORDER),
    ("unknown sortBy after a valid item", {"sorting": [{"sortBy": "activityId", "sortOrder": "asc"},
                                                       {"sortBy": "x", "sortOrder": "asc"}]}, TWO_DIRECTIONS),
    ("sortBy of the wrong type", {"sorting": [{"sortBy": 1, "sortOrder": "asc"}]},
     "Invalid body.sorting[0].sortBy: 1 is not of type 'string'"),
    ("boolean as string", {"active": "yes"}, "Invalid body.active: 'yes' is not of type 'boolean'"),
    ("boolean as number", {"withoutTenantId": 1}, None),
    ("list as string", {"activityIdIn": "e1"}, "Invalid body.activityIdIn: 'e1' is not of type 'array'"),
    ("list of numbers", {"tenantIdIn": [1]}, "Invalid body.tenantIdIn[0]: 1 is not of type 'string'"),
    ("id as number", {"jobDefinitionId": 5}, "Invalid body.jobDefinitionId: 5 is not of type 'string'"),
    ("sorting as object", {"sorting": {}}, "Invalid body.sorting: {} is not of type 'array'"),
    ("sorting item null", {"sorting": [None]}, None),
    ("array body", [], "Invalid body: [] is not of type 'object'"),
    ("string body", "x", None),
]


@pytest.mark.parametrize("path", ["/job-definition", "/job-definition/count"])
@pytest.mark.parametrize(("body", "message"), [(e[1], e[2]) for e in POST_ERRORS], ids=[e[0] for e in POST_ERRORS])
async def test_job_definition_errors(client: httpx.AsyncClient, path: str, body: Any, message: str | None) -> None:
    assert_error(await client.post(f"{BASE}{path}", json=body), message)


@pytest.mark.parametrize("content", [b"{bad", b'{"active": tru}', b"{}}", b'{"a": 1,}', b"\xff\xfe"])
async def test_malformed_json_body(client: httpx.AsyncClient, content: bytes) -> None:
    for path in ("/job-definition", "/job-definition/count"):
        r = await client.post(f"{BASE}{path}", content=content, headers={"content-type": "application/json"})
        assert_error(r, None)
        assert r.json()["message"]  # says what is wrong


@pytest.mark.parametrize(("query", "message"), [
    ("firstResult=x", cannot_convert("firstResult", "x", "java.lang.Integer")),
    ("maxResults=-1", "Cannot set query parameter 'maxResults' to value '-1': must be >= 0"),
])
async def test_job_definition_paging_errors(client: httpx.AsyncClient, query: str, message: str) -> None:
    assert_error(await client.post(f"{BASE}/job-definition?{query}", json={}), message)


async def test_regression_tenant_list_of_only_unstorable_values_matches_nothing(client: httpx.AsyncClient,
                                                                               world: World) -> None:
    # Found by the stateful contract test: tenantIdIn whose only item holds NUL built an empty IN list, which the
    # cached-statement path cannot run (500). It must match nothing, or only jobs without tenant when asked.
    r = await client.get(f"{BASE}/job", params={"tenantIdIn": "a\x00b"})
    assert r.status_code == 200 and r.json() == []
    r = await client.get(f"{BASE}/job/count", params={"tenantIdIn": "a\x00b"})
    assert r.status_code == 200 and r.json() == {"count": 0}
    instances = ",".join(world.instances.values())
    for scope in ({"processDefinitionKey": world.bpmn("a")}, {"processInstanceIds": instances}):
        params = {"tenantIdIn": "a\x00b", "includeJobsWithoutTenantId": "true", **scope}
        r = await client.get(f"{BASE}/job", params=params)
        assert r.status_code == 200, r.text
        assert sorted(world.labels(r.json())) == sorted(A_JOBS) and len(r.json()) == len(A_JOBS)  # tenant-less only
        assert all(j["tenantId"] is None for j in r.json())
        r = await client.get(f"{BASE}/job/count", params=params)
        assert r.status_code == 200 and r.json() == {"count": len(A_JOBS)}, r.text
