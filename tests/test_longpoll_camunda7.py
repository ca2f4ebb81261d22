"""Camunda 7 commands wake parked Zeebe long polls at once (the module's app probes once a minute, as in
tests/test_longpoll.py): execute creating the next task's job, bulk activation, activating a job definition with
its jobs, raising a job definition's retries, and retries with a dueDate of null. Without the wake-up each waiter
would answer [] after 10 s and its test would fail."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from tests.test_longpoll import WOKEN_S, hub, settings, setup, waiter  # noqa: F401  (module fixtures)


async def test_woken_by_execute_creating_the_next_task(client: httpx.AsyncClient, admin: Any, hub: Any,  # noqa: F811
                                                       uniq: str) -> None:
    await admin.deploy(uniq, [{"elementId": "first", "type": f"{uniq}-1"},
                              {"elementId": "second", "type": f"{uniq}-2"}])
    started = await admin.start(uniq)
    task = await waiter(client, hub, f"{uniq}-2", worker="B")
    executed = time.monotonic()
    r = await client.post(f"/engine-rest/job/{started['jobs'][0]['key']}/execute")
    assert r.status_code == 204, r.text
    jobs, at = await task
    assert [(j["elementId"], j["processInstanceKey"]) for j in jobs] == [("second", started["processInstanceKey"])]
    assert at - executed < WOKEN_S


async def test_woken_by_bulk_activation(client: httpx.AsyncClient, admin: Any, hub: Any,  # noqa: F811
                                        uniq: str) -> None:
    started = await setup(admin, uniq, jobs=[{"suspended": True}])
    task = await waiter(client, hub, uniq, worker="B")
    await asyncio.sleep(0.2)
    assert not task.done()
    activated = time.monotonic()
    r = await client.put("/engine-rest/job/suspended", json={"suspended": False, "processDefinitionKey": uniq})
    assert r.status_code == 204, r.text
    jobs, at = await task
    assert [j["key"] for j in jobs] == [started["jobs"][0]["key"]]
    assert at - activated < WOKEN_S


async def test_woken_by_activating_a_job_definition_with_its_jobs(client: httpx.AsyncClient, admin: Any,
                                                                 hub: Any, uniq: str) -> None:  # noqa: F811
    deployed = await admin.deploy(uniq, [{"elementId": "task", "type": uniq, "suspended": True}])
    started = await admin.start(uniq)
    task = await waiter(client, hub, uniq, worker="B")
    definition = deployed["jobDefinitions"][0]["id"]
    r = await client.put(f"/engine-rest/job-definition/{definition}/suspended", json={"suspended": False})
    assert r.status_code == 204  # the definition only: its job stays suspended
    await asyncio.sleep(0.2)
    assert not task.done()
    activated = time.monotonic()
    r = await client.put(f"/engine-rest/job-definition/{definition}/suspended",
                         json={"suspended": False, "includeJobs": True})
    assert r.status_code == 204, r.text
    jobs, at = await task
    assert [j["key"] for j in jobs] == [started["jobs"][0]["key"]]
    assert at - activated < WOKEN_S


async def test_woken_by_job_definition_retries(client: httpx.AsyncClient, admin: Any, hub: Any,  # noqa: F811
                                               uniq: str) -> None:
    deployed = await admin.deploy(uniq, [{"elementId": "task", "type": uniq}])
    started = await admin.start(uniq, jobs=[{"state": "failed", "exceptionMessage": "boom"}])
    task = await waiter(client, hub, uniq, worker="B")
    raised = time.monotonic()
    r = await client.put(f"/engine-rest/job-definition/{deployed['jobDefinitions'][0]['id']}/retries",
                         json={"retries": 2})
    assert r.status_code == 204, r.text
    jobs, at = await task
    assert [(j["key"], j["retries"]) for j in jobs] == [(started["jobs"][0]["key"], 2)]
    assert at - raised < WOKEN_S


async def test_woken_by_retries_with_a_due_date_of_null(client: httpx.AsyncClient, admin: Any, hub: Any,  # noqa: F811
                                                        uniq: str) -> None:
    started = await setup(admin, uniq, jobs=[{"state": "failed", "dueDate": "2999-01-01T00:00:00Z"}])
    key = started["jobs"][0]["key"]
    task = await waiter(client, hub, uniq, worker="B")
    r = await client.put(f"/engine-rest/job/{key}/retries", json={"retries": 1})  # due in 2999: nobody woken
    assert r.status_code == 204
    await asyncio.sleep(0.2)
    assert not task.done()
    moved = time.monotonic()
    r = await client.put(f"/engine-rest/job/{key}/retries", json={"retries": 1, "dueDate": None})
    assert r.status_code == 204, r.text
    jobs, at = await task
    assert [j["key"] for j in jobs] == [key]
    assert at - moved < WOKEN_S
