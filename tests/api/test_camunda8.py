"""The Camunda 8 job API (/v2) on the in-process app (issue 14): activation, commands, update, search, topology.

Every test uses its own job type (`uniq`). Each test says in its docstring how it proves its rule.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx
import yaml  # type: ignore[import-untyped]

from jobgate.main import services_of
from jobgate.store.clock import now_ms
from tests.api.camunda8_support import FIELDS, activate, assert_problem, jobs_of
from tests.api.zeebe_support import c7_job, job_state, setup
from tests.api.zeebe_support import jobs_of as zeebe_jobs_of

# -- activation --------------------------------------------------------------------------------------------


async def test_activated_job_has_every_field_the_sdk_requires(client: httpx.AsyncClient, admin: Any,
                                                                uniq: str) -> None:
    """Each field compared with what was deployed and started: a missing field, an integer key or a null
    tenant (all of which stop or break the SDK's worker) fails."""
    deployed, started = await setup(admin, uniq, variables={"a": 1, "b": [2]}, businessKey="order-7",
                                    jobs=[{"retries": 4, "customHeaders": {"h": "v"}}])
    t0 = now_ms()
    (job,) = await jobs_of(client, uniq, worker="w-1", timeout=10_000)
    t1 = now_ms()
    assert set(job) == FIELDS
    assert job["jobKey"] == str(started["jobs"][0]["key"])
    assert job["processInstanceKey"] == job["rootProcessInstanceKey"] == str(started["processInstanceKey"])
    assert job["processDefinitionKey"] == str(deployed["processDefinitionKey"])
    assert job["processDefinitionId"] == uniq and job["processDefinitionVersion"] == 1
    assert job["elementId"] == "task" and job["elementInstanceKey"].isdigit()
    assert job["customHeaders"] == {"h": "v"} and job["worker"] == "w-1" and job["retries"] == 4
    assert t0 + 10_000 <= job["deadline"] <= t1 + 10_000
    assert job["variables"] == {"a": 1, "b": [2]}
    assert job["tenantId"] == "<default>" and job["physicalTenantId"] == "default"
    assert job["businessId"] == "order-7" and job["kind"] == "BPMN_ELEMENT"
    assert job["listenerEventType"] == "UNSPECIFIED" and job["userTask"] is None and job["tags"] == []
    assert isinstance(job["priority"], int)


async def test_fetch_variable_and_defaults(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """fetchVariable filters the variables; no worker stores ""; no businessKey gives null, never ""."""
    await setup(admin, uniq, variables={"a": 1, "b": 2})
    r = await client.post("/v2/jobs/activation", json={"type": uniq, "timeout": 1000, "maxJobsToActivate": 1,
                                                       "fetchVariable": ["b", "zz"], "requestTimeout": -1})
    (job,) = r.json()["jobs"]
    assert job["variables"] == {"b": 2} and job["worker"] == "" and job["businessId"] is None


async def test_fifo_and_max_jobs(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """Three jobs taken 2 + 1: each batch must be the lowest remaining keys."""
    _, started = await setup(admin, uniq, jobs=[{}, {}, {}])
    keys = sorted(str(j["key"]) for j in started["jobs"])
    first = await jobs_of(client, uniq, maxJobsToActivate=2)
    second = await jobs_of(client, uniq, maxJobsToActivate=2)
    assert [j["jobKey"] for j in first] == keys[:2] and [j["jobKey"] for j in second] == keys[2:]
    assert await jobs_of(client, uniq) == []


async def test_exactly_once_across_v2_and_zeebe(app: Any, client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """Long polls of both dialects wait in one queue per type (the hub counts all six), and three jobs created
    while they wait are each delivered to exactly one of them; the other three keep waiting."""
    hub = services_of(app).hub
    polls = []
    for i in range(6):
        if i % 2 == 0:
            polls.append(asyncio.create_task(jobs_of(client, uniq, maxJobsToActivate=1, requestTimeout=20_000)))
        else:
            polls.append(asyncio.create_task(zeebe_jobs_of(client, uniq, maxJobsToActivate=1,
                                                           requestTimeout=20_000)))
        deadline = time.monotonic() + 10
        while hub.waiting_by_type().get(uniq, 0) < i + 1:  # queued in this order
            assert time.monotonic() < deadline
            await asyncio.sleep(0.01)
    _, started = await setup(admin, uniq, jobs=[{}, {}, {}])
    got: list[str] = []
    pending = set(polls)
    while len(got) < 3:
        done, pending = await asyncio.wait(pending, timeout=10, return_when=asyncio.FIRST_COMPLETED)
        assert done, "a job was not delivered"
        got += [str(j.get("jobKey", j.get("key"))) for t in done for j in t.result()]
    await asyncio.sleep(0.3)  # a second delivery of a job would answer one of the waiting polls
    assert not any(t.done() for t in pending)
    for t in pending:
        t.cancel()
    assert sorted(got) == sorted(str(j["key"]) for j in started["jobs"])


async def test_long_poll_answers_when_a_job_is_created(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """A held poll must return the job created while it waits, well before its 10 s timeout."""
    poll = asyncio.create_task(jobs_of(client, uniq, requestTimeout=10_000))
    await asyncio.sleep(0.2)
    t0 = time.monotonic()
    await setup(admin, uniq)
    jobs = await poll
    assert len(jobs) == 1 and time.monotonic() - t0 < 2


async def test_long_poll_times_out_empty(client: httpx.AsyncClient, uniq: str) -> None:
    """requestTimeout 300 ms with no job: 200 with no jobs after about that long, not at once."""
    t0 = time.monotonic()
    assert await jobs_of(client, uniq, requestTimeout=300) == []
    assert time.monotonic() - t0 >= 0.25


async def test_activation_rejects_bad_input(client: httpx.AsyncClient, uniq: str) -> None:
    """Missing type, zero timeout or maxJobsToActivate, unknown fields, malformed tenant ids: 400 problems."""
    for body in ({"timeout": 1, "maxJobsToActivate": 1}, {"type": uniq, "timeout": 0, "maxJobsToActivate": 1},
                 {"type": uniq, "timeout": 1, "maxJobsToActivate": 0},
                 {"type": uniq, "timeout": 1, "maxJobsToActivate": 1, "surprise": True},
                 {"type": uniq, "timeout": 1, "maxJobsToActivate": 1, "tenantIds": ["a b"]},
                 {"type": "", "timeout": 1, "maxJobsToActivate": 1}):
        assert_problem(await client.post("/v2/jobs/activation", json=body), 400, "INVALID_ARGUMENT")
    assert_problem(await client.post("/v2/jobs/activation", content=b"{", headers={"content-type":
                                                                                   "application/json"}), 400)


# -- job commands -------------------------------------------------------------------------------------------


async def test_complete_merges_variables_then_404(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """Completion merges variables; completing (or failing) the completed job again is 404 NOT_FOUND, as in
    Camunda 8 (the /zeebe dialect answers 409)."""
    _, started = await setup(admin, uniq, variables={"a": 1})
    (job,) = await jobs_of(client, uniq)
    r = await client.post(f"/v2/jobs/{job['jobKey']}/completion", json={"variables": {"b": 2}})
    assert r.status_code == 204 and r.content == b""
    view = await admin.instance(started["processInstanceKey"])
    assert view["variables"] == {"a": 1, "b": 2} and view["state"] == "completed"
    detail = assert_problem(await client.post(f"/v2/jobs/{job['jobKey']}/completion", json={}), 404, "NOT_FOUND")
    assert detail == (f"Command 'COMPLETE' rejected with code 'NOT_FOUND': Expected to complete job with key "
                      f"'{job['jobKey']}', but no such job was found")
    assert_problem(await client.post(f"/v2/jobs/{job['jobKey']}/failure", json={}), 404, "NOT_FOUND")


async def test_complete_with_an_empty_json_body(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """The SDK's complete_job without data sends Content-Type: application/json and no body: a 204, not a 400."""
    await setup(admin, uniq)
    (job,) = await jobs_of(client, uniq)
    r = await client.post(f"/v2/jobs/{job['jobKey']}/completion", content=b"",
                          headers={"content-type": "application/json"})
    assert r.status_code == 204, r.text


async def test_fail_with_back_off_then_incident(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """retries 1 + retryBackOff 300 ms: not activatable at once, activatable after; a body-less failure then
    means retries 0, an incident (failed) that answers 409 INVALID_STATE to completion."""
    _, started = await setup(admin, uniq)
    (job,) = await jobs_of(client, uniq)
    key = job["jobKey"]
    r = await client.post(f"/v2/jobs/{key}/failure", json={"retries": 1, "errorMessage": "nope", "retryBackOff": 300})
    assert r.status_code == 204
    assert await jobs_of(client, uniq) == []
    (again,) = await jobs_of(client, uniq, requestTimeout=3000)
    assert again["jobKey"] == key and again["retries"] == 1
    r = await client.post(f"/v2/jobs/{key}/failure", content=b"", headers={"content-type": "application/json"})
    assert r.status_code == 204
    state = await job_state(admin, started["processInstanceKey"], int(key))
    assert state["state"] == "failed" and state["retries"] == 0
    detail = assert_problem(await client.post(f"/v2/jobs/{key}/completion", json={}), 409, "INVALID_STATE")
    assert detail.endswith(f"job with key '{key}', but it is in state 'FAILED'")
    # The other dialects show the outcome: Camunda 7 an incident (no retries, the message), OPA an exhausted job.
    c7 = await c7_job(client, int(key))
    assert c7 is not None and c7["retries"] == 0 and c7["exceptionMessage"] == ""
    opa = await client.get(f"/process/api/v1/process-instances/{started['processInstanceKey']}/jobs",
                           params={"state": "EXHAUSTED"})
    assert [j["id"] for j in opa.json()["items"]] == [key]


async def test_throw_error(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """An error ends the job with its code (an incident); a blank or missing errorCode is 400 and changes nothing."""
    _, started = await setup(admin, uniq)
    (job,) = await jobs_of(client, uniq)
    key = job["jobKey"]
    assert_problem(await client.post(f"/v2/jobs/{key}/error", json={"errorCode": " "}), 400, "INVALID_ARGUMENT")
    assert_problem(await client.post(f"/v2/jobs/{key}/error", json={}), 400, "INVALID_ARGUMENT")
    r = await client.post(f"/v2/jobs/{key}/error", json={"errorCode": "E1", "errorMessage": "bad"})
    assert r.status_code == 204
    state = await job_state(admin, started["processInstanceKey"], int(key))
    assert state["state"] == "error_thrown"
    assert_problem(await client.post(f"/v2/jobs/{key}/error", json={"errorCode": "E1"}), 409, "INVALID_STATE")


async def test_unknown_and_malformed_keys(client: httpx.AsyncClient) -> None:
    """An unknown key is 404; a key that is not a number is 400 (the spec's pattern), never a 500."""
    assert_problem(await client.post("/v2/jobs/999999999/completion", json={}), 404, "NOT_FOUND")
    assert_problem(await client.post("/v2/jobs/-5/failure", json={}), 404, "NOT_FOUND")
    assert_problem(await client.post("/v2/jobs/abc/completion", json={}), 400)
    assert_problem(await client.patch("/v2/jobs/99999999999999999999999", json={"changeset": {"retries": 1}}), 404)


async def test_variables_that_cannot_be_stored(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """A NUL character or an over-long integer in variables is a 400, and the job stays activated."""
    _, started = await setup(admin, uniq)
    (job,) = await jobs_of(client, uniq)
    for variables in ({"a": "x\u0000"}, {"a": 2**70}):
        r = await client.post(f"/v2/jobs/{job['jobKey']}/completion", json={"variables": variables})
        assert_problem(r, 400)
    state = await job_state(admin, started["processInstanceKey"], int(job["jobKey"]))
    assert state["state"] == "activated"


# -- update ------------------------------------------------------------------------------------------------


async def test_update_timeout_retries_priority(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """timeout moves the lease to now + timeout (the job comes back after it); retries and priority are set;
    an empty changeset is 400; a timeout for a job that is not activated is 409."""
    _, started = await setup(admin, uniq)
    (job,) = await jobs_of(client, uniq, timeout=600_000)
    key = job["jobKey"]
    assert_problem(await client.patch(f"/v2/jobs/{key}", json={"changeset": {}}), 400)
    r = await client.patch(f"/v2/jobs/{key}", json={"changeset": {"timeout": 300, "retries": 7, "priority": 5}})
    assert r.status_code == 204, r.text
    (again,) = await jobs_of(client, uniq, requestTimeout=3000)
    assert again["jobKey"] == key and again["retries"] == 7 and again["priority"] == 5
    await client.post(f"/v2/jobs/{key}/failure", json={"retries": 2, "retryBackOff": 60_000})
    assert_problem(await client.patch(f"/v2/jobs/{key}", json={"changeset": {"timeout": 1000}}), 409)
    await client.post(f"/v2/jobs/{key}/failure", json={"retries": 0})  # not activated, but commandable
    state = await job_state(admin, started["processInstanceKey"], int(key))
    assert state["state"] == "failed"
    assert (await client.patch(f"/v2/jobs/{key}", json={"changeset": {"retries": 1}})).status_code == 204
    state = await job_state(admin, started["processInstanceKey"], int(key))  # the incident is resolved
    assert state["state"] == "activatable" and state["retries"] == 1


# -- search ------------------------------------------------------------------------------------------------


async def test_search_filters_sorts_and_pages(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """Three jobs: one completed, one failed with retries left, one created; filters by state and key pick
    exactly the right one; DESC sort reverses the keys; page from/limit and totalItems agree."""
    _, started = await setup(admin, uniq, jobs=[{}, {}, {}])
    keys = sorted(str(j["key"]) for j in started["jobs"])
    done, failed = await jobs_of(client, uniq, maxJobsToActivate=2)
    await client.post(f"/v2/jobs/{done['jobKey']}/completion", json={})
    await client.post(f"/v2/jobs/{failed['jobKey']}/failure", json={"retries": 2, "errorMessage": "m",
                                                                      "retryBackOff": 60_000})

    async def search(body: dict[str, Any]) -> dict[str, Any]:
        r = await client.post("/v2/jobs/search", json=body)
        assert r.status_code == 200, r.text
        return dict(r.json())

    everything = await search({"filter": {"type": uniq}})
    assert [i["jobKey"] for i in everything["items"]] == keys and everything["page"]["totalItems"] == 3
    assert everything["page"] == {"totalItems": 3, "hasMoreTotalItems": False, "startCursor": None,
                                  "endCursor": None}
    by_state = {i["jobKey"]: i["state"] for i in everything["items"]}
    assert by_state == {done["jobKey"]: "COMPLETED", failed["jobKey"]: "FAILED", keys[2]: "CREATED"}
    (item,) = (await search({"filter": {"type": uniq, "state": "FAILED"}}))["items"]
    assert item["jobKey"] == failed["jobKey"] and item["hasFailedWithRetriesLeft"] is True
    assert item["errorMessage"] == "m" and item["tenantId"] == "<default>" and item["retries"] == 2
    (item,) = (await search({"filter": {"jobKey": keys[2]}}))["items"]
    assert item["state"] == "CREATED" and item["deadline"] is None and item["creationTime"].endswith("Z")
    desc = await search({"filter": {"type": uniq}, "sort": [{"field": "jobKey", "order": "DESC"}],
                         "page": {"from": 1, "limit": 1}})
    assert [i["jobKey"] for i in desc["items"]] == [keys[1]] and desc["page"]["totalItems"] == 3
    assert (await search({"filter": {"type": uniq, "kind": "TASK_LISTENER"}}))["items"] == []
    assert_problem(await client.post("/v2/jobs/search", json={"filter": {"nope": 1}}), 400)
    assert_problem(await client.post("/v2/jobs/search", json={"page": {"limit": 0}}), 400)
    r = await client.post("/v2/jobs/search", content=b"", headers={"content-type": "application/json"})
    assert r.status_code == 200


# -- topology and errors ------------------------------------------------------------------------------------


async def test_topology(client: httpx.AsyncClient) -> None:
    """One healthy leader partition on one broker, the fields the SDK requires."""
    r = await client.get("/v2/topology")
    assert r.status_code == 200
    body = r.json()
    assert body["clusterSize"] == body["partitionsCount"] == body["replicationFactor"] == 1
    (broker,) = body["brokers"]
    assert broker["partitions"] == [{"partitionId": 1, "role": "leader", "health": "healthy", "state": "active"}]


async def test_unknown_path_and_method_are_problems(client: httpx.AsyncClient) -> None:
    """Routing errors under /v2 are problem details with all five fields too (the SDK requires them)."""
    assert_problem(await client.get("/v2/nothing-here"), 404)
    assert_problem(await client.get("/v2/jobs/activation"), 405)
    r = await client.post("/v2/jobs/activation", content=b"type=x", headers={"content-type": "text/plain"})
    assert_problem(r, 415)


async def test_activation_payload_keys_are_strings(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """Guards the SDK's JobKey type: every key field is a numeric string."""
    await setup(admin, uniq)
    r = await activate(client, uniq)
    (job,) = r.json()["jobs"]
    for name in ("jobKey", "processInstanceKey", "processDefinitionKey", "elementInstanceKey"):
        assert isinstance(job[name], str) and job[name].isdigit()


async def test_bad_bodies_are_400_problems_and_change_nothing(client: httpx.AsyncClient, admin: Any,
                                                               uniq: str) -> None:
    """A JSON array, a non-object, invalid UTF-8, broken JSON, variables nested too deep, a type over 255
    characters: each is a 400 problem (never a 500), text/plain a 415, and the job stays activated."""
    _, started = await setup(admin, uniq)
    (job,) = await jobs_of(client, uniq)
    url = f"/v2/jobs/{job['jobKey']}/completion"
    deep: Any = 1
    for _ in range(150):
        deep = [deep]
    json_type = {"content-type": "application/json"}
    for content in (b"[1]", b'"x"', b"\xff\xfe{}", b'{"variables":', b'{"variables": [1]}'):
        assert_problem(await client.post(url, content=content, headers=json_type), 400)
    assert_problem(await client.post(url, json={"variables": {"deep": deep}}), 400)
    assert_problem(await client.post(url, content=b'{}', headers={"content-type": "text/plain"}), 415)
    assert_problem(await activate(client, "x" * 256), 400)
    state = await job_state(admin, started["processInstanceKey"], int(job["jobKey"]))
    assert state["state"] == "activated"


async def test_search_sorts_by_every_field_on_each_backend(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """Every sort field of the spec, both orders: 200 and every job of the type once (keys break ties)."""
    spec = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "camunda8.yaml").read_text())
    fields = spec["components"]["schemas"]["JobSearchSort"]["properties"]["field"]["enum"]
    _, started = await setup(admin, uniq, jobs=[{}, {"state": "failed", "retries": 0}, {"state": "completed"}])
    keys = sorted(str(j["key"]) for j in started["jobs"])
    for field in fields:
        for order in ("ASC", "DESC"):
            r = await client.post("/v2/jobs/search", json={"filter": {"type": uniq},
                                                           "sort": [{"field": field, "order": order}]})
            assert r.status_code == 200, (field, r.text)
            assert sorted(i["jobKey"] for i in r.json()["items"]) == keys, field
