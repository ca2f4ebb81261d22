"""The Zeebe worker API (/zeebe) on the in-process app: activation and the job lifecycle (issue 4).

Every test uses its own job type (`uniq`), so tests sharing the module's store never see each other's jobs.
Each test says in its docstring how it proves its rule, i.e. what a broken implementation would do to fail it.
"""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from jobgate.store.clock import now_ms
from tests.api.zeebe_support import FIELDS, assert_error, c7_job, job_state, jobs_of, patch, setup

# -- activation --------------------------------------------------------------------------------------------


async def test_activated_job_has_exactly_the_spec_fields(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """Compares each of the 14 fields with what was deployed/started: a missing, extra or wrong field fails."""
    deployed, started = await setup(admin, uniq, variables={"a": 1, "b": {"c": [1, 2]}},
                                    jobs=[{"retries": 5, "customHeaders": {"h": "v"}}])
    t0 = now_ms()
    (job,) = await jobs_of(client, uniq, worker="w-1", jobTimeout="10s")
    t1 = now_ms()
    assert set(job) == FIELDS
    assert job["key"] == started["jobs"][0]["key"]
    assert job["status"] == "activated" and job["type"] == uniq and job["elementId"] == "task"
    assert job["processInstanceKey"] == started["processInstanceKey"]
    assert job["bpmnProcessId"] == uniq and job["processDefinitionVersion"] == 1
    assert job["processDefinitionKey"] == deployed["processDefinitionKey"]
    assert isinstance(job["elementInstanceKey"], int) and job["elementInstanceKey"] not in (job["key"], 0)
    assert job["customHeaders"] == {"h": "v"} and job["worker"] == "w-1"
    assert job["retries"] == 5  # unchanged by activation
    assert t0 + 10_000 <= job["deadline"] <= t1 + 10_000  # epoch ms = now + jobTimeout
    assert job["variables"] == {"a": 1, "b": {"c": [1, 2]}}


async def test_fifo_key_order_and_max_jobs(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """Five jobs taken 2 + 2 + 1: each batch must be the lowest remaining keys, and never more than asked."""
    _, started = await setup(admin, uniq, jobs=[{}, {}, {}, {}, {}])
    keys = sorted(j["key"] for j in started["jobs"])
    first = await jobs_of(client, uniq, maxJobsToActivate=2)
    second = await jobs_of(client, uniq, maxJobsToActivate=2)
    third = await jobs_of(client, uniq, maxJobsToActivate=2)
    assert [j["key"] for j in first] == keys[:2]
    assert [j["key"] for j in second] == keys[2:4]
    assert [j["key"] for j in third] == keys[4:]
    assert await jobs_of(client, uniq) == []


async def test_worker_defaults_to_default(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """Without `worker` the job's worker must be the literal "default"."""
    await setup(admin, uniq)
    (job,) = await jobs_of(client, uniq)
    assert job["worker"] == "default"


@pytest.mark.parametrize(("text", "ms"), [("250ms", 250), ("10s", 10_000), ("5m", 300_000),
                                          ("1h30m", 5_400_000), ("PT5M", 300_000), (None, 300_000)])
async def test_job_timeout_forms(client: httpx.AsyncClient, admin: Any, uniq: str, text: str | None,
                                 ms: int) -> None:
    """The deadline must equal now + the parsed duration (default 5m); a misparsed unit shifts it."""
    await setup(admin, uniq)
    t0 = now_ms()
    (job,) = await jobs_of(client, uniq, **({} if text is None else {"jobTimeout": text}))
    assert t0 + ms <= job["deadline"] <= now_ms() + ms

async def test_fetch_variables_filters(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """Repeated names select exactly those (unknown ones absent); no names, or only empty ones -> all."""
    variables = {"a": 1, "b": "two", "c": [3]}
    await setup(admin, uniq, variables=variables, jobs=[{}, {}, {}, {}, {}])
    (j1,) = await jobs_of(client, uniq, maxJobsToActivate=1, fetchVariables=["a", "c", "nope"])
    (j2,) = await jobs_of(client, uniq, maxJobsToActivate=1, fetchVariables=["b"])
    (j3,) = await jobs_of(client, uniq, maxJobsToActivate=1, fetchVariables=["nope"])
    (j4,) = await jobs_of(client, uniq, maxJobsToActivate=1)
    (j5,) = await jobs_of(client, uniq, maxJobsToActivate=1, fetchVariables=[""])  # it gave {} before the fix
    assert j1["variables"] == {"a": 1, "c": [3]}
    assert j2["variables"] == {"b": "two"}
    assert j3["variables"] == {}
    assert j4["variables"] == j5["variables"] == variables


async def test_negative_request_timeout_answers_at_once(client: httpx.AsyncClient, uniq: str) -> None:
    """With nothing to claim, requestTimeout=-1 must not wait (the server default here is 2 s)."""
    start = time.monotonic()
    assert await jobs_of(client, uniq, requestTimeout=-1) == []
    assert time.monotonic() - start < 1.5


async def test_long_poll_timeout_is_200_with_no_jobs(client: httpx.AsyncClient, uniq: str) -> None:
    """requestTimeout=300 waits about 300 ms, then 200 with []; 0 means the server default (2 s here)."""
    start = time.monotonic()
    assert await jobs_of(client, uniq, requestTimeout=300) == []
    assert 0.28 <= time.monotonic() - start < 1.5
    start = time.monotonic()
    assert await jobs_of(client, uniq, requestTimeout=0) == []
    assert 1.9 <= time.monotonic() - start < 4


async def test_unclaimable_jobs_are_not_activated(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """Suspended, future-due, retries-0 and incident jobs stay put; the one plain job proves the query works."""
    future = "2999-01-01T00:00:00Z"
    _, started = await setup(admin, uniq, jobs=[
        {"suspended": True}, {"dueDate": future}, {"retries": 0}, {"state": "failed"}, {}, {"state": "completed"},
    ])
    jobs = await jobs_of(client, uniq, maxJobsToActivate=10)
    assert [j["key"] for j in jobs] == [started["jobs"][4]["key"]]


async def test_suspended_task_jobs_are_not_activated(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """A job created for a suspended job definition inherits the suspension and is never activated."""
    await setup(admin, uniq, tasks=[{"elementId": "task", "type": uniq, "suspended": True}])
    assert await jobs_of(client, uniq) == []


async def test_due_job_is_activated(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """A due date in the past does not hide a job (the due test is `<= now`, not `is null`)."""
    await setup(admin, uniq, jobs=[{"dueDate": "2001-01-01T00:00:00Z"}])
    assert len(await jobs_of(client, uniq)) == 1


# -- job commands and the sequential flow ------------------------------------------------------------------


async def test_complete_merges_variables_and_moves_on_by_position(client: httpx.AsyncClient, admin: Any,
                                                                  uniq: str) -> None:
    """Tasks deployed as zeta, mid, alpha (types t1..t3): completing each must create the next in that order
    (not by name or type), carry merged variables, and complete the instance after the last one."""
    tasks = [{"elementId": e, "type": f"{uniq}-{i}"} for i, e in enumerate(["zeta", "mid", "alpha"], 1)]
    _, started = await setup(admin, uniq, tasks=tasks, variables={"x": 1, "y": 1})
    instance = started["processInstanceKey"]
    (j1,) = await jobs_of(client, f"{uniq}-1")
    assert await jobs_of(client, f"{uniq}-2") == []  # only the first task has a job yet
    assert (await patch(client, j1["key"], {"status": "completed", "variables": {"y": 2, "z": 3}})).status_code == 204
    (j2,) = await jobs_of(client, f"{uniq}-2")
    assert j2["elementId"] == "mid" and j2["variables"] == {"x": 1, "y": 2, "z": 3}
    assert j2["processInstanceKey"] == instance and j2["retries"] == 3
    assert (await admin.instance(instance))["state"] == "active"
    assert (await patch(client, j2["key"], {"status": "completed"})).status_code == 204
    (j3,) = await jobs_of(client, f"{uniq}-3")
    assert j3["elementId"] == "alpha"
    assert (await patch(client, j3["key"], {"status": "completed", "variables": {"done": True}})).status_code == 204
    view = await admin.instance(instance)
    assert view["state"] == "completed"
    assert view["variables"] == {"x": 1, "y": 2, "z": 3, "done": True}
    assert [j["state"] for j in view["jobs"]] == ["completed"] * 3


async def test_next_task_job_keeps_the_tenant_and_gets_keys_of_its_own(client: httpx.AsyncClient, admin: Any,
                                                                          uniq: str) -> None:
    """Completing a tenant's first task: the second task's job belongs to the same tenant (Camunda 7 shows it) and
    its key and element instance key are new ones, distinct from every key of the instance so far."""
    tenant = f"{uniq}-tenant"
    await admin.deploy(uniq, [{"elementId": "one", "type": f"{uniq}-1"}, {"elementId": "two", "type": f"{uniq}-2"}],
                       tenantId=tenant)
    started = await admin.start(uniq, tenantId=tenant)
    (j1,) = await jobs_of(client, f"{uniq}-1")
    assert (await patch(client, j1["key"], {"status": "completed"})).status_code == 204
    (j2,) = await jobs_of(client, f"{uniq}-2")
    c7 = await c7_job(client, j2["key"])
    assert c7 is not None and c7["tenantId"] == tenant
    keys = [started["processInstanceKey"], j1["key"], j1["elementInstanceKey"], j2["key"], j2["elementInstanceKey"]]
    assert len(set(keys)) == len(keys), keys
    assert j2["key"] > j1["elementInstanceKey"] and j2["elementInstanceKey"] > j2["key"]  # keys only grow


async def test_completing_one_of_several_runtime_jobs_keeps_the_instance_active(client: httpx.AsyncClient,
                                                                                 admin: Any, uniq: str) -> None:
    """Two job fixtures of the only task: after the first is completed the instance is still active, with the
    other job still activatable; completing the second completes the instance."""
    _, started = await setup(admin, uniq, jobs=[{}, {}])
    instance = started["processInstanceKey"]
    (first,) = await jobs_of(client, uniq, maxJobsToActivate=1)
    assert (await patch(client, first["key"], {"status": "completed"})).status_code == 204
    view = await admin.instance(instance)
    assert view["state"] == "active"
    assert [j["state"] for j in view["jobs"]] == ["completed", "activatable"]
    (second,) = await jobs_of(client, uniq)
    assert second["key"] == started["jobs"][1]["key"]
    assert (await patch(client, second["key"], {"status": "completed"})).status_code == 204
    view = await admin.instance(instance)
    assert view["state"] == "completed" and [j["state"] for j in view["jobs"]] == ["completed", "completed"]


async def test_fail_with_retries_comes_back_after_backoff(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """Not claimable during the 1 s back-off, claimable after it with the retries the worker set; the
    message is recorded and Camunda 7 shows the same key, retries and exceptionMessage."""
    await setup(admin, uniq)
    (job,) = await jobs_of(client, uniq)
    failed_at = time.monotonic()
    r = await patch(client, job["key"], {"status": "failed", "retries": 2, "retryBackoff": "1s",
                                         "errorMessage": "card declined"})
    assert r.status_code == 204 and r.content == b""
    if time.monotonic() - failed_at < 0.5:  # (under heavy load the back-off may be over already)
        assert await jobs_of(client, uniq) == []  # not before the back-off ends
    c7 = await c7_job(client, job["key"])
    assert c7 is not None and c7["id"] == str(job["key"])
    assert c7["retries"] == 2 and c7["exceptionMessage"] == "card declined" and c7["failedActivityId"] is None
    (again,) = await jobs_of(client, uniq, requestTimeout=10_000)
    assert time.monotonic() - failed_at >= 0.99
    assert again["key"] == job["key"] and again["retries"] == 2


async def test_fail_without_backoff_is_claimable_at_once(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """retries > 0 and no retryBackoff (default 0ms): the next activation gets the job straight away."""
    await setup(admin, uniq)
    (job,) = await jobs_of(client, uniq)
    assert (await patch(client, job["key"], {"status": "failed", "retries": 1})).status_code == 204
    (again,) = await jobs_of(client, uniq)
    assert again["key"] == job["key"] and again["retries"] == 1


async def test_fail_with_no_retries_is_an_incident_until_resubmitted(client: httpx.AsyncClient, admin: Any,
                                                                      uniq: str) -> None:
    """retries 0: state failed, incident on the instance, Camunda 7 shows message and failedActivityId, no
    activation and 409 on commands; resubmitting it (OPA) makes it claimable with one retry, the instance active."""
    _, started = await setup(admin, uniq, tasks=[{"elementId": "charge", "type": uniq}])
    instance = started["processInstanceKey"]
    (job,) = await jobs_of(client, uniq)
    r = await patch(client, job["key"], {"status": "failed", "retries": 0, "errorMessage": "no funds"})
    assert r.status_code == 204
    assert (await job_state(admin, instance, job["key"]))["state"] == "failed"
    assert (await admin.instance(instance))["state"] == "incident"
    c7 = await c7_job(client, job["key"])
    assert c7 is not None
    assert (c7["retries"], c7["exceptionMessage"], c7["failedActivityId"]) == (0, "no funds", "charge")
    assert await jobs_of(client, uniq, requestTimeout=200) == []
    for body in ({"status": "completed"}, {"status": "failed", "retries": 3}):
        assert "incident" in assert_error(await patch(client, job["key"], body), 409)
    r = await client.post(f"/process/api/v1/process-instances/{instance}/jobs/{job['key']}")
    assert r.status_code == 200 and r.json()["retries"] == 1, r.text
    (again,) = await jobs_of(client, uniq)
    assert again["key"] == job["key"] and again["retries"] == 1
    assert (await admin.instance(instance))["state"] == "active"


async def test_error_thrown_ends_job_with_incident(client: httpx.AsyncClient, admin: Any, uniq: str) -> None:
    """error_thrown: job state error_thrown (gone from the runtime view), instance incident, never activated."""
    _, started = await setup(admin, uniq)
    instance = started["processInstanceKey"]
    (job,) = await jobs_of(client, uniq)
    r = await patch(client, job["key"], {"status": "error_thrown", "errorCode": "EXPIRED", "errorMessage": "old"})
    assert r.status_code == 204
    assert (await job_state(admin, instance, job["key"]))["state"] == "error_thrown"
    assert (await admin.instance(instance))["state"] == "incident"
    assert await c7_job(client, job["key"]) is None
    assert await jobs_of(client, uniq) == []
    assert_error(await patch(client, job["key"], {"status": "completed"}), 409)


async def test_expired_lease_is_activatable_again_and_stale_holder_gets_409(client: httpx.AsyncClient, admin: Any,
                                                                             uniq: str) -> None:
    """A 1 s lease runs out: worker B gets the same job with the same retries, not before the deadline; after B
    completes it, the old holder A's command is a 409 and changes nothing."""
    _, started = await setup(admin, uniq)
    claimed = time.monotonic()
    (a,) = await jobs_of(client, uniq, worker="A", jobTimeout="1s")
    deadline = a["deadline"]
    if time.monotonic() - claimed < 0.5:  # (under heavy load the lease may be over already: nothing to check)
        assert await jobs_of(client, uniq, worker="B") == []  # still leased to A
    (b,) = await jobs_of(client, uniq, worker="B", requestTimeout=10_000)
    assert time.monotonic() - claimed >= 0.99
    assert b["deadline"] > deadline
    assert (b["key"], b["retries"], b["worker"]) == (a["key"], 3, "B")
    assert (await patch(client, b["key"], {"status": "completed"})).status_code == 204
    assert "completed" in assert_error(await patch(client, a["key"], {"status": "failed", "retries": 1}), 409)
    assert (await admin.instance(started["processInstanceKey"]))["state"] == "completed"
