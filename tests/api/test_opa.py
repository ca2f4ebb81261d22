"""Oracle OPA process-instance jobs over HTTP: state filters, paging, sorting, items, errors, tenants, resubmit."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import sqlalchemy as sa

from jobgate.main import create_app, services_of
from jobgate.settings import Settings
from jobgate.store.engine import Store
from jobgate.store.tables import JOB

BASE = "/process/api/v1"
ORIGIN = ""  # links are paths unless JOBGATE_PUBLIC_URL is set (never the Host header): tests/limits
PAST = "2024-05-01T10:30:00.250+02:00"  # renders as 2024-05-01T08:30:00
PAST_OPA = "2024-05-01T08:30:00"
FUTURE = "2999-01-01T00:00:00Z"
FUTURE_OPA = "2999-01-01T00:00:00"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
ITEM_FIELDS = {
    "id", "activityName", "createdTime", "dueDate", "exceptionMessage", "exceptionTrace", "executionId",
    "isExecuting", "isRetryAllowed", "processDefinitionId", "processDefinitionKey", "processInstanceId", "retries",
    "links",
}
ERROR_FIELDS = {"type", "title", "status", "detail", "o:errorCode"}
NO_INSTANCE = "Process instance ID does not exist."

# name -> admin job fixture; keys are allocated in this order
JOBS: dict[str, dict[str, Any]] = {
    "ready": {},
    "past": {"dueDate": PAST, "retries": 2},
    "scheduled": {"dueDate": FUTURE},
    "sched_faulted": {"dueDate": FUTURE, "retries": 2, "exceptionMessage": "boom", "exceptionTrace": "trace-sf"},
    "exhausted": {"state": "failed", "retries": 0, "dueDate": PAST, "exceptionMessage": "dead",
                  "exceptionTrace": "trace-ex"},
    "exhausted_sched": {"state": "failed", "retries": 0, "dueDate": FUTURE, "exceptionMessage": "dead later"},
    "no_retries_clean": {"state": "failed", "retries": 0, "createTime": "0999-03-04T05:06:07Z"},
    "executing": {"elementId": "ship", "state": "activated", "worker": "w1", "deadline": FUTURE, "dueDate": PAST},
    "expired": {"state": "activated", "worker": "w2", "deadline": PAST},
    "completed": {"state": "completed"},
    "thrown": {"state": "error_thrown", "exceptionMessage": "bpmn error"},
}
RUNTIME = [n for n in JOBS if n not in ("completed", "thrown")]
EXPECTED = {
    "ALL": RUNTIME,
    "SCHEDULED": ["scheduled", "sched_faulted", "exhausted_sched"],
    "READY": ["ready", "past", "exhausted", "no_retries_clean", "executing", "expired"],
    "FAULTED": ["sched_faulted", "exhausted", "exhausted_sched"],
    "EXHAUSTED": ["exhausted", "exhausted_sched"],
}


@dataclass(frozen=True)
class Seeded:
    bpmn: str
    type: str
    definition_id: str
    instance: int
    keys: dict[str, int]
    other_instance: int
    other_job: int

    @property
    def jobs_url(self) -> str:
        return f"{BASE}/process-instances/{self.instance}/jobs"

    def job_url(self, name: str) -> str:
        return f"{self.jobs_url}/{self.keys[name]}"

    def names(self, body: dict[str, Any]) -> list[str]:
        by_id = {str(k): n for n, k in self.keys.items()}
        return [by_id[i["id"]] for i in body["items"]]


async def _seed(client: httpx.AsyncClient, uniq: str, *, tenant: str | None = None) -> Seeded:
    extra = {"tenantId": tenant} if tenant else {}
    r = await client.post("/admin/process-definitions", json={"bpmnProcessId": uniq, **extra, "tasks": [
        {"elementId": "charge", "type": f"{uniq}-charge", "name": "Charge card"},
        {"elementId": "ship", "type": f"{uniq}-ship"},
    ]})
    assert r.status_code == 201, r.text
    definition_id = r.json()["processDefinitionId"]
    r = await client.post("/admin/process-instances",
                          json={"bpmnProcessId": uniq, **extra, "jobs": list(JOBS.values())})
    assert r.status_code == 201, r.text
    inst = r.json()
    r = await client.post("/admin/process-instances", json={"bpmnProcessId": uniq, **extra, "jobs": [{}]})
    assert r.status_code == 201, r.text
    other = r.json()
    return Seeded(bpmn=uniq, type=f"{uniq}-charge", definition_id=definition_id, instance=inst["processInstanceKey"],
                  keys={n: j["key"] for n, j in zip(JOBS, inst["jobs"], strict=True)},
                  other_instance=other["processInstanceKey"], other_job=other["jobs"][0]["key"])


@pytest.fixture
async def seeded(client: httpx.AsyncClient, uniq: str) -> Seeded:
    return await _seed(client, uniq)


async def _list(client: httpx.AsyncClient, seeded: Seeded, **params: Any) -> dict[str, Any]:
    r = await client.get(seeded.jobs_url, params={"limit": 100, **params})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def _assert_oracle_error(r: httpx.Response, status: int, detail: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = r.json()
    assert set(body) == ERROR_FIELDS
    assert body["status"] == status and body["o:errorCode"] == f"OPA-{status}"
    assert isinstance(body["title"], str) and body["title"] and isinstance(body["type"], str)
    if detail is not None:
        assert body["detail"] == detail
    return body


def _query(href: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(href).query).items()}


def _links(body: dict[str, Any]) -> dict[str, str]:
    return {link["rel"]: link["href"] for link in body["links"]}


def _seconds_from_now(opa_date: str) -> float:
    return abs(datetime.strptime(opa_date, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC).timestamp() - time.time())


# -- state filters and listing ------------------------------------------------------------------------------------


@pytest.mark.parametrize("state", list(EXPECTED))
async def test_state_filter(client: httpx.AsyncClient, seeded: Seeded, state: str) -> None:
    body = await _list(client, seeded, state=state, totalResults="true")
    assert seeded.names(body) == EXPECTED[state]
    assert body["count"] == len(EXPECTED[state]) == body["totalResults"]
    assert body["hasMore"] is False


async def test_default_state_is_all_and_only_runtime_jobs_of_the_instance(client: httpx.AsyncClient,
                                                                          seeded: Seeded) -> None:
    r = await client.get(seeded.jobs_url)
    assert r.status_code == 200
    body = r.json()
    assert seeded.names(body) == RUNTIME  # job key order without sortBy
    ids = {i["id"] for i in body["items"]}
    assert str(seeded.other_job) not in ids
    assert {i["processInstanceId"] for i in body["items"]} == {str(seeded.instance)}
    assert (body["limit"], body["offset"], body["count"], body["hasMore"]) == (25, 0, len(RUNTIME), False)
    assert "totalResults" not in body
    assert set(body) == {"items", "count", "limit", "offset", "hasMore", "links"}
    assert body["links"] == [{"rel": "self", "href": body["links"][0]["href"]}]
    assert body["links"][0]["href"].startswith(f"{ORIGIN}{seeded.jobs_url}?")
    assert _query(body["links"][0]["href"]) == {"state": "ALL", "offset": "0", "limit": "25"}


async def test_total_results_only_when_asked(client: httpx.AsyncClient, seeded: Seeded) -> None:
    assert "totalResults" not in await _list(client, seeded)
    assert "totalResults" not in await _list(client, seeded, totalResults="false")
    body = await _list(client, seeded, state="READY", limit=2, totalResults="True")
    assert body["totalResults"] == len(EXPECTED["READY"])
    assert (body["count"], body["hasMore"]) == (2, True)
    assert _query(_links(body)["self"])["totalResults"] == "true"


# -- paging -------------------------------------------------------------------------------------------------------


async def test_limit_one_has_more_and_next_link(client: httpx.AsyncClient, seeded: Seeded) -> None:
    body = await _list(client, seeded, state="FAULTED", limit=1, sortBy="JOBID", sortOrder="DESC")
    assert seeded.names(body) == ["exhausted_sched"]
    assert (body["count"], body["limit"], body["offset"], body["hasMore"]) == (1, 1, 0, True)
    links = _links(body)
    assert set(links) == {"self", "next"}
    assert _query(links["next"]) == {"state": "FAULTED", "sortBy": "JOBID", "sortOrder": "DESC", "offset": "1",
                                     "limit": "1"}
    second = (await client.get(links["next"])).json()  # following the link gives the next page
    assert seeded.names(second) == ["exhausted"]
    assert second["hasMore"] is True
    assert _query(_links(second)["prev"])["offset"] == "0"
    third = (await client.get(_links(second)["next"])).json()
    assert seeded.names(third) == ["sched_faulted"]
    assert third["hasMore"] is False and "next" not in _links(third)


async def test_prev_link_when_offset_positive(client: httpx.AsyncClient, seeded: Seeded) -> None:
    body = await _list(client, seeded, offset=3, limit=2)
    assert seeded.names(body) == RUNTIME[3:5]
    assert (body["count"], body["limit"], body["offset"], body["hasMore"]) == (2, 2, 3, True)
    links = _links(body)
    assert set(links) == {"self", "next", "prev"}
    assert _query(links["self"])["offset"] == "3"
    assert _query(links["next"])["offset"] == "5"
    assert _query(links["prev"])["offset"] == "1"
    first = await _list(client, seeded, offset=0, limit=2)
    assert "prev" not in _links(first)
    assert urlsplit(links["self"]).path == seeded.jobs_url


async def test_prev_link_from_an_offset_below_the_limit_starts_at_zero(client: httpx.AsyncClient,
                                                                        seeded: Seeded) -> None:
    """0 < offset < limit: the previous page is the first one (offset 0, never negative), and following the link
    answers it."""
    body = await _list(client, seeded, offset=1, limit=3)
    assert seeded.names(body) == RUNTIME[1:4]
    prev = _links(body)["prev"]
    assert (_query(prev)["offset"], _query(prev)["limit"]) == ("0", "3")
    r = await client.get(prev)
    assert r.status_code == 200, r.text
    assert seeded.names(r.json()) == RUNTIME[0:3] and r.json()["offset"] == 0
    assert "prev" not in _links(r.json())


async def test_offset_past_the_end(client: httpx.AsyncClient, seeded: Seeded) -> None:
    n = len(RUNTIME)
    for offset in (n, n + 1, 10_000):
        body = await _list(client, seeded, offset=offset, limit=5, totalResults="true")
        assert body["items"] == [] and body["count"] == 0 and body["hasMore"] is False
        assert (body["offset"], body["limit"], body["totalResults"]) == (offset, 5, n)
        assert "next" not in _links(body)


async def test_last_page_exactly_full_has_no_more(client: httpx.AsyncClient, seeded: Seeded) -> None:
    n = len(RUNTIME)
    exact = await _list(client, seeded, limit=n)
    assert exact["count"] == n and exact["hasMore"] is False
    short = await _list(client, seeded, limit=n - 1)
    assert short["count"] == n - 1 and short["hasMore"] is True


# -- sorting ------------------------------------------------------------------------------------------------------


def _sort_value(name: str, sort_by: str, seeded: Seeded) -> int:
    job = JOBS[name]
    if sort_by == "JOBID":
        return seeded.keys[name]
    if sort_by == "RETRIES":
        return int(job.get("retries", 0 if job.get("state") == "failed" else 3))
    return {None: -1, PAST: 1, FUTURE: 2}[job.get("dueDate")]  # no due date sorts low


@pytest.mark.parametrize("sort_by", ["JOBID", "RETRIES", "DUEDATE"])
@pytest.mark.parametrize("sort_order", ["ASC", "DESC"])
async def test_sorting(client: httpx.AsyncClient, seeded: Seeded, sort_by: str, sort_order: str) -> None:
    sign = -1 if sort_order == "DESC" else 1
    expected = sorted(RUNTIME, key=lambda n: (sign * _sort_value(n, sort_by, seeded), seeded.keys[n]))
    if sort_by == "JOBID":
        assert expected == (RUNTIME[::-1] if sort_order == "DESC" else RUNTIME)
    else:  # ties exist, so the key tie-breaker decides part of the order
        assert len({_sort_value(n, sort_by, seeded) for n in RUNTIME}) < len(RUNTIME)
    body = await _list(client, seeded, sortBy=sort_by, sortOrder=sort_order)
    assert seeded.names(body) == expected
    paged: list[str] = []
    for offset in range(0, len(RUNTIME), 4):  # stable paging: pages concatenate to the full order
        paged += seeded.names(await _list(client, seeded, sortBy=sort_by, sortOrder=sort_order, offset=offset,
                                          limit=4))
    assert paged == expected


# -- items --------------------------------------------------------------------------------------------------------


def _execution_id(store: Store, key: int) -> str:
    with store.read() as conn:
        return str(conn.execute(sa.select(JOB.c.element_instance_key).where(JOB.c.key == key)).scalar_one())


async def test_item_fields_exactly(client: httpx.AsyncClient, seeded: Seeded, store: Store) -> None:
    key = seeded.keys["exhausted"]
    r = await client.get(seeded.job_url("exhausted"))
    assert r.status_code == 200, r.text
    item = r.json()
    assert set(item) == ITEM_FIELDS
    assert DATE.match(item.pop("createdTime"))
    assert item == {
        "id": str(key),
        "activityName": "Charge card",
        "dueDate": PAST_OPA,
        "exceptionMessage": "dead",
        "exceptionTrace": "trace-ex",
        "executionId": _execution_id(store, key),
        "isExecuting": False,
        "isRetryAllowed": True,
        "processDefinitionId": seeded.definition_id,
        "processDefinitionKey": seeded.bpmn,
        "processInstanceId": str(seeded.instance),
        "retries": 0,
        "links": [{"href": f"{ORIGIN}{BASE}/process-instances/{seeded.instance}/jobs/{key}", "rel": "self"}],
    }
    assert item["executionId"] != item["id"]


async def test_list_items_equal_single_items(client: httpx.AsyncClient, seeded: Seeded) -> None:
    body = await _list(client, seeded)
    for item in body["items"]:
        assert set(item) == ITEM_FIELDS
        single = (await client.get(f"{seeded.jobs_url}/{item['id']}")).json()
        assert single == item


async def test_item_dates_and_names(client: httpx.AsyncClient, seeded: Seeded) -> None:
    items = {n: i for n, i in zip(RUNTIME, (await _list(client, seeded))["items"], strict=True)}
    for item in items.values():
        assert DATE.match(item["createdTime"])
        assert item["dueDate"] is None or DATE.match(item["dueDate"])
    assert items["ready"]["dueDate"] is None
    assert _seconds_from_now(items["ready"]["createdTime"]) < 120  # created now, rendered in UTC
    assert items["past"]["dueDate"] == PAST_OPA
    assert items["scheduled"]["dueDate"] == FUTURE_OPA
    assert items["no_retries_clean"]["createdTime"] == "0999-03-04T05:06:07"  # four-digit years
    assert items["ready"]["activityName"] == "Charge card"
    assert items["executing"]["activityName"] == "ship"  # a task without a name: its element id


async def test_exception_trace_only_when_exhausted(client: httpx.AsyncClient, seeded: Seeded) -> None:
    items = {n: i for n, i in zip(RUNTIME, (await _list(client, seeded))["items"], strict=True)}
    assert (items["sched_faulted"]["exceptionMessage"], items["sched_faulted"]["exceptionTrace"]) == ("boom", None)
    assert (items["exhausted"]["exceptionMessage"], items["exhausted"]["exceptionTrace"]) == ("dead", "trace-ex")
    assert items["ready"]["exceptionMessage"] is None and items["ready"]["exceptionTrace"] is None
    assert [i["retries"] for i in items.values()] == [3, 2, 3, 2, 0, 0, 0, 3, 3]


async def test_is_executing_and_retry_allowed(client: httpx.AsyncClient, seeded: Seeded) -> None:
    items = {n: i for n, i in zip(RUNTIME, (await _list(client, seeded))["items"], strict=True)}
    assert [n for n, i in items.items() if i["isExecuting"]] == ["executing"]
    assert items["expired"]["isExecuting"] is False  # activated, but the lease has run out
    assert [n for n, i in items.items() if not i["isRetryAllowed"]] == ["executing"]


# -- errors -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("params", [
    {"state": "FOO"},
    {"state": "ready"},
    {"sortBy": "bar", "sortOrder": "ASC"},
    {"sortBy": "JOBID", "sortOrder": "UP"},
    {"limit": "0"},
    {"limit": "-5"},
    {"limit": "ten"},
    {"offset": "-1"},
    {"offset": "1.5"},
    {"sortBy": "JOBID"},
    {"sortBy": "RETRIES"},
    {"sortOrder": "ASC"},
    {"sortOrder": "DESC"},
    {"totalResults": "maybe"},
    {"totalResults": "1"},
])
async def test_bad_list_parameters(client: httpx.AsyncClient, seeded: Seeded, params: dict[str, str]) -> None:
    r = await client.get(seeded.jobs_url, params=params)
    _assert_oracle_error(r, 400)


async def test_unknown_enum_is_named_in_the_detail(client: httpx.AsyncClient, seeded: Seeded) -> None:
    body = _assert_oracle_error(await client.get(seeded.jobs_url, params={"state": "FOO"}), 400)
    assert "FOO" in body["detail"] and "state" in body["detail"]
    body = _assert_oracle_error(await client.get(seeded.jobs_url, params={"sortOrder": "ASC"}), 400)
    assert "sortBy" in body["detail"]


@pytest.mark.parametrize("instance", ["1", "abc", "9" * 30, "-3", "12abc", "%20"])
async def test_unknown_instance(client: httpx.AsyncClient, seeded: Seeded, instance: str) -> None:
    url = f"{BASE}/process-instances/{instance}/jobs"
    _assert_oracle_error(await client.get(url), 404, NO_INSTANCE)
    _assert_oracle_error(await client.get(f"{url}/{seeded.keys['ready']}"), 404, NO_INSTANCE)
    _assert_oracle_error(await client.post(f"{url}/{seeded.keys['exhausted']}"), 404, NO_INSTANCE)


async def test_unknown_or_foreign_job(client: httpx.AsyncClient, seeded: Seeded) -> None:
    for job in (str(seeded.other_job), "1", "abc", "9" * 30, str(seeded.keys["completed"]),
                str(seeded.keys["thrown"])):
        for method in ("GET", "POST"):
            body = _assert_oracle_error(await client.request(method, f"{seeded.jobs_url}/{job}"), 404)
            assert body["detail"] != NO_INSTANCE and "-1" not in body["detail"]
    r = await client.get(f"{BASE}/process-instances/{seeded.other_instance}/jobs/{seeded.other_job}")
    assert r.status_code == 200  # it exists, just in another instance


async def test_tenant_header(client: httpx.AsyncClient, uniq: str) -> None:
    tenant = f"{uniq}-acme"
    mine = await _seed(client, uniq, tenant=tenant)
    plain = await _seed(client, uniq + "p")
    for headers in ({}, {"X-ID-TENANT-NAME": tenant}):
        r = await client.get(mine.jobs_url, headers=headers)
        assert r.status_code == 200 and r.json()["count"] == len(RUNTIME)
        assert (await client.get(mine.job_url("ready"), headers=headers)).status_code == 200
    other = {"X-ID-TENANT-NAME": f"{uniq}-globex"}
    _assert_oracle_error(await client.get(mine.jobs_url, headers=other), 404, NO_INSTANCE)
    _assert_oracle_error(await client.get(mine.job_url("ready"), headers=other), 404, NO_INSTANCE)
    _assert_oracle_error(await client.post(mine.job_url("exhausted"), headers=other), 404, NO_INSTANCE)
    assert (await client.get(mine.job_url("exhausted"))).json()["retries"] == 0  # the refused resubmit did nothing
    named = {"X-ID-TENANT-NAME": tenant}
    _assert_oracle_error(await client.get(plain.jobs_url, headers=named), 404, NO_INSTANCE)
    _assert_oracle_error(await client.get(plain.job_url("ready"), headers=named), 404, NO_INSTANCE)
    _assert_oracle_error(await client.post(plain.job_url("exhausted"), headers=named), 404, NO_INSTANCE)


@pytest.mark.parametrize(("path", "status"), [
    ("/process-instances/{i}/jobs?limit=2147483647&offset=2147483647", 200),
    ("/process-instances/{i}/jobs?limit=99999999999999999999", 400),
    ("/process-instances/{i}/jobs?offset=99999999999999999999", 400),
    ("/process-instances/{i}/jobs?limit=", 400),
    ("/process-instances/{i}/jobs?state=", 400),
    ("/process-instances/{i}/jobs?sortBy=&sortOrder=", 400),
    ("/process-instances/{i}/jobs?state=READY&state=FOO", 200),  # the first value counts
    ("/process-instances/{i}/jobs?totalResults=TRUE&totalResults=x", 200),
    ("/process-instances/{i}/jobs?limit=%00", 400),
    ("/process-instances/%C3%A9%F0%9F%98%80/jobs", 404),
    ("/process-instances/%FF%FE/jobs", 404),
    ("/process-instances/{i}/jobs/%FF", 404),
    ("/process-instances/" + "7" * 70 + "/jobs", 400),
    ("/process-instances/{i}/jobs/" + "7" * 70, 400),
    ("/process-instances/{i}/jobs/{j}?limit=x", 200),  # a job's URL takes no paging: ignored
    ("/process-instances/{i}/jobs/0", 404),
    ("/process-instances/{i}/jobs/-1", 404),
    ("/process-instances/9223372036854775807/jobs", 404),
    ("/process-instances/9223372036854775808/jobs", 404),
    ("/process-instances/{i}/jobs/9223372036854775808", 404),
])
async def test_odd_input_gets_its_exact_answer(client: httpx.AsyncClient, seeded: Seeded, path: str,
                                               status: int) -> None:
    """Odd paths, queries and tenant headers: never a 500, and each the answer it has (an error in Oracle's shape)."""
    url = BASE + path.replace("{i}", str(seeded.instance)).replace("{j}", str(seeded.keys["ready"]))
    for method in ("GET", "POST"):
        if method == "POST" and "/jobs/" not in url:
            continue
        r = await client.request(method, url)
        if status >= 400:
            _assert_oracle_error(r, status)
        else:
            assert r.status_code == status, r.text
            body = r.json()
            assert body["id"] == str(seeded.keys["ready"]) if "/jobs/" in url else body["count"] == len(body["items"])
    # a tenant name over 255 characters is a 400; an empty or other tenant does not own the (untenanted) instance
    for tenant, expected in ((b"x" * 300, 400), (b"", 404), ("é".encode("latin-1"), 404)):
        _assert_oracle_error(await client.get(url, headers={b"X-ID-TENANT-NAME": tenant}),
                             400 if status == 400 else expected)


async def test_resubmit_body_is_ignored(client: httpx.AsyncClient, seeded: Seeded) -> None:
    before = (await client.get(seeded.job_url("ready"))).json()
    for content in (b"", b"{}", b"not json", b"\xff\xfe"):
        r = await client.post(seeded.job_url("ready"), content=content, headers={"content-type": "application/json"})
        assert r.status_code == 200, r.text
        after = r.json()
        assert (after["id"], after["retries"], after["isExecuting"]) == (before["id"], before["retries"], False)


async def test_unknown_query_parameters_are_ignored_quietly(client: httpx.AsyncClient, seeded: Seeded,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        r = await client.get(seeded.jobs_url, params={"foo": "bar", "limit": 1, "x-odd-name": "1"})
        assert r.status_code == 200 and r.json()["count"] == 1
        assert (await client.get(seeded.job_url("ready"), params={"foo": "bar"})).status_code == 200
        assert (await client.post(seeded.job_url("ready"), params={"foo": "bar"})).status_code == 200
    assert [rec.getMessage() for rec in caplog.records if rec.levelno >= logging.WARNING] == []


# -- resubmit -----------------------------------------------------------------------------------------------------


async def test_resubmit_exhausted_job(client: httpx.AsyncClient, seeded: Seeded, admin: Any) -> None:
    assert (await admin.instance(seeded.instance))["state"] == "incident"
    r = await client.post(seeded.job_url("exhausted"))
    assert r.status_code == 200, r.text
    item = r.json()
    assert set(item) == ITEM_FIELDS
    assert item["id"] == str(seeded.keys["exhausted"])
    assert item["retries"] == 1
    assert _seconds_from_now(item["dueDate"]) < 60  # due now (was 2024)
    assert (item["isExecuting"], item["isRetryAllowed"]) == (False, True)
    assert item["exceptionMessage"] == "dead"  # kept: still FAULTED
    assert item["exceptionTrace"] is None  # retries left again
    jobs = {j["key"]: j for j in (await admin.instance(seeded.instance))["jobs"]}
    assert (jobs[seeded.keys["exhausted"]]["state"], jobs[seeded.keys["exhausted"]]["retries"]) == ("activatable", 1)
    assert "exhausted" in seeded.names(await _list(client, seeded, state="READY"))
    assert "exhausted" in seeded.names(await _list(client, seeded, state="FAULTED"))
    assert seeded.names(await _list(client, seeded, state="EXHAUSTED")) == ["exhausted_sched"]
    assert (await client.get(seeded.job_url("exhausted"))).json() == item


async def test_resubmit_scheduled_job_makes_it_ready(client: httpx.AsyncClient, seeded: Seeded) -> None:
    r = await client.post(seeded.job_url("scheduled"))
    assert r.status_code == 200, r.text
    assert _seconds_from_now(r.json()["dueDate"]) < 60 and r.json()["retries"] == 3
    assert "scheduled" in seeded.names(await _list(client, seeded, state="READY"))
    assert "scheduled" not in seeded.names(await _list(client, seeded, state="SCHEDULED"))


async def test_resubmit_releases_an_expired_lease(client: httpx.AsyncClient, seeded: Seeded, admin: Any,
                                                  store: Store) -> None:
    r = await client.post(seeded.job_url("expired"))
    assert r.status_code == 200, r.text
    assert (r.json()["isExecuting"], r.json()["retries"]) == (False, 3)
    with store.read() as conn:
        row = conn.execute(sa.select(JOB).where(JOB.c.key == seeded.keys["expired"])).one()
    assert (row.state, row.worker, row.deadline) == ("activatable", None, None)


async def test_resubmit_executing_job_conflicts(client: httpx.AsyncClient, seeded: Seeded) -> None:
    before = (await client.get(seeded.job_url("executing"))).json()
    body = _assert_oracle_error(await client.post(seeded.job_url("executing")), 409)
    assert "executing" in body["detail"]
    assert (await client.get(seeded.job_url("executing"))).json() == before


@pytest.fixture
async def quiet_app(database_url: str) -> AsyncIterator[Any]:
    """A second app on the module's store whose periodic probe never runs during a test: only an explicit
    notify can wake its long polls."""
    application = create_app(Settings(database_url=database_url, validate_responses=True,
                                      long_poll_timeout_ms=5000, probe_interval_ms=600_000))
    services = services_of(application)
    await services.start()
    yield application
    await services.stop()


async def test_resubmit_wakes_a_waiting_long_poll(quiet_app: Any, uniq: str) -> None:
    hub = services_of(quiet_app).hub
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=quiet_app), base_url="http://testserver") as client:
        seeded = await _seed(client, uniq)
        # jobs of the type that are claimable at once would be taken before parking: resubmit a scheduled one instead
        r = await client.get("/zeebe/jobs", params={"type": seeded.type, "maxJobsToActivate": 100,
                                                    "requestTimeout": -1})
        claimed = {j["key"] for j in r.json()["data"]["jobs"]}
        assert claimed == {seeded.keys["ready"], seeded.keys["past"], seeded.keys["expired"], seeded.other_job}
        assert hub.waiting == 0
        poll = asyncio.create_task(client.get("/zeebe/jobs", params={"type": seeded.type, "requestTimeout": 5000}))
        deadline = time.monotonic() + 3
        while hub.waiting == 0:
            assert time.monotonic() < deadline, "the long poll never parked"
            assert not poll.done(), poll.result().text
            await asyncio.sleep(0.01)
        started = time.monotonic()
        r = await client.post(seeded.job_url("exhausted"))
        assert r.status_code == 200, r.text
        answer = await asyncio.wait_for(poll, 2)
        assert time.monotonic() - started < 2
    assert answer.status_code == 200, answer.text
    jobs = answer.json()["data"]["jobs"]
    assert [j["key"] for j in jobs] == [seeded.keys["exhausted"]]
    assert jobs[0]["retries"] == 1
    assert hub.waiting == 0
