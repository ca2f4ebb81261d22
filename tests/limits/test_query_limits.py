"""Camunda 7 list limits: JOBGATE_QUERY_MAX_RESULTS (the engine's queryMaxResultsLimit) and the number of
dueDates / createTimes conditions, on both backends."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from tests.conftest import Admin

from .conftest import QUERY_MAX, healthy

MAX_EXCEEDED = {"type": "BadUserRequestException", "message": f"Max results limit of {QUERY_MAX} exceeded!"}
UNBOUNDED = {"type": "BadUserRequestException", "message": "An unbound number of results is forbidden!"}


@pytest.fixture(scope="module")
async def many(admin: Admin) -> str:
    """QUERY_MAX + 5 jobs of one definition (one load call)."""
    tasks = [{"elementId": f"e{i}", "type": "many"} for i in range(QUERY_MAX + 5)]
    await admin.deploy("many", tasks=tasks)
    r = await admin.client.post("/admin/load", json={"instances": [{"bpmnProcessId": "many", "count": QUERY_MAX + 5}]})
    assert r.status_code == 201, r.text
    return "many"


async def test_max_results_above_the_limit_is_the_engines_400(client: httpx.AsyncClient, many: str,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="jobgate.limits"):
        r = await client.get("/engine-rest/job", params={"maxResults": QUERY_MAX + 1, "processDefinitionKey": many})
    assert (r.status_code, r.json()) == (400, MAX_EXCEEDED)
    assert [rec.getMessage() for rec in caplog.records] == [
        f"JOBGATE_QUERY_MAX_RESULTS: Max results limit of {QUERY_MAX} exceeded!"]
    # Checked before the query itself, as the engine does: even with a bad parameter beside it.
    r = await client.get("/engine-rest/job", params={"maxResults": QUERY_MAX + 1, "sortBy": "jobId"})
    assert (r.status_code, r.json()) == (400, MAX_EXCEEDED)
    r = await client.post("/engine-rest/job-definition", params={"maxResults": QUERY_MAX + 1}, json={})
    assert (r.status_code, r.json()) == (400, MAX_EXCEEDED)
    await healthy(client)


async def test_max_results_at_the_limit_is_a_page(client: httpx.AsyncClient, many: str) -> None:
    r = await client.get("/engine-rest/job", params={"maxResults": QUERY_MAX, "processDefinitionKey": many})
    assert r.status_code == 200 and len(r.json()) == QUERY_MAX
    r = await client.get("/engine-rest/job", params={"firstResult": 10, "maxResults": QUERY_MAX,
                                                     "processDefinitionKey": many})
    assert r.status_code == 200 and len(r.json()) == 5 + QUERY_MAX - 10


@pytest.mark.parametrize("paging", [{}, {"firstResult": 0}, {"firstResult": 4}])
async def test_unpaged_list_longer_than_the_limit_is_400(client: httpx.AsyncClient, many: str,
                                                         paging: dict[str, Any]) -> None:
    r = await client.get("/engine-rest/job", params={"processDefinitionKey": many, **paging})
    assert (r.status_code, r.json()) == (400, UNBOUNDED)


async def test_unpaged_list_within_the_limit_is_whole(client: httpx.AsyncClient, many: str) -> None:
    r = await client.get("/engine-rest/job", params={"processDefinitionKey": many, "firstResult": 6})
    assert r.status_code == 200 and len(r.json()) == QUERY_MAX - 1
    r = await client.get("/engine-rest/job/count", params={"processDefinitionKey": many})
    assert r.json() == {"count": QUERY_MAX + 5}  # counts are not limited (as in the engine)


async def test_job_definition_lists_are_bounded(client: httpx.AsyncClient, many: str) -> None:
    r = await client.post("/engine-rest/job-definition", json={"processDefinitionKey": many})
    assert (r.status_code, r.json()) == (400, UNBOUNDED)
    r = await client.post("/engine-rest/job-definition", params={"maxResults": QUERY_MAX},
                          json={"processDefinitionKey": many})
    assert r.status_code == 200 and len(r.json()) == QUERY_MAX
    r = await client.post("/engine-rest/job-definition/count", json={"processDefinitionKey": many})
    assert r.json() == {"count": QUERY_MAX + 5}


@pytest.mark.parametrize("name", ["dueDates", "createTimes"])
async def test_too_many_conditions_is_400(client: httpx.AsyncClient, name: str) -> None:
    ok = ",".join(["gt_2020-01-01T00:00:00.000+0000"] * 10)
    for path in ("/engine-rest/job", "/engine-rest/job/count"):
        r = await client.get(path, params={name: ok, "maxResults": 5})  # (count ignores maxResults)
        assert r.status_code == 200, r.text
        r = await client.get(path, params={name: ok + ",lt_2030-01-01T00:00:00.000+0000", "maxResults": 5})
        assert (r.status_code, r.json()) == (400, {
            "type": "InvalidRequestException",
            "message": f"Cannot set query parameter '{name}': 11 conditions are more than the limit of 10."})
    await healthy(client)


async def test_long_id_lists_never_fail(client: httpx.AsyncClient, many: str) -> None:
    # Long lists are inlined (jobgate.store.job_query): neither SQLite's parameter nor its depth limit is reached.
    ids = ",".join(str(2**51 + i) for i in range(3000))
    for params in ({"jobIds": ids}, {"processInstanceIds": ids}, {"tenantIdIn": ids}):
        r = await client.get("/engine-rest/job", params={**params, "maxResults": QUERY_MAX})
        assert r.status_code == 200, r.text
    r = await client.post("/engine-rest/job-definition", params={"maxResults": 5},
                          json={"activityIdIn": [f"a{i}" for i in range(20_000)], "tenantIdIn": ["x"] * 5000})
    assert r.status_code == 200 and r.json() == []
