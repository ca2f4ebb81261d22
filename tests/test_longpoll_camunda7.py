"""Camunda 7 commands wake parked Zeebe long polls at once (the module's app probes once a minute, as in
tests/test_longpoll.py): execute creating the next task's job, bulk activation, activating a job definition with
its jobs (now, or at a scheduled executionDate), raising a job definition's retries, and retries with a dueDate of
null. Without the wake-up each waiter would answer [] after 10 s and its test would fail."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from jobgate.main import create_app, services_of
from jobgate.store.clock import now_ms
from tests.api.schedule_support import later
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


async def scheduled_activation(client: httpx.AsyncClient, admin: Any, uniq: str) -> tuple[str, int, float]:
    """A definition of `uniq` and its job, both suspended; then their activation scheduled 300 ms ahead (via
    `client`): the job's key, and when the change is due (epoch ms, time.monotonic)."""
    deployed = await admin.deploy(uniq, [{"elementId": "task", "type": uniq, "suspended": True}])
    key = (await admin.start(uniq))["jobs"][0]["key"]  # a job of a suspended definition starts suspended
    date, at = later(300)
    due = time.monotonic() + (at - now_ms()) / 1000
    r = await client.put(f"/engine-rest/job-definition/{deployed['jobDefinitions'][0]['id']}/suspended",
                         json={"suspended": False, "includeJobs": True, "executionDate": date})
    assert r.status_code == 204, r.text
    return key, at, due


async def test_woken_by_a_scheduled_activation(client: httpx.AsyncClient, admin: Any, hub: Any,  # noqa: F811
                                               uniq: str) -> None:
    task = await waiter(client, hub, uniq, worker="B")
    key, at, due = await scheduled_activation(client, admin, uniq)
    assert not task.done() and now_ms() < at
    jobs, arrived = await task
    assert [j["key"] for j in jobs] == [key]
    assert due - 0.01 <= arrived < due + WOKEN_S


async def test_woken_in_another_process_by_a_scheduled_activation(client: httpx.AsyncClient, admin: Any,
                                                                  settings: Any, uniq: str) -> None:  # noqa: F811
    """The waiter parks on a second app over the same store (as another process), the change is scheduled on the
    first: whichever applies it, the waiter is woken (locally, or by the store's pub/sub)."""
    other = create_app(settings)
    services = services_of(other)
    await services.start()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=other), base_url="http://other") as b:
            task = await waiter(b, services.hub, uniq, worker="B")
            key, _, due = await scheduled_activation(client, admin, uniq)
            jobs, arrived = await task
            assert [j["key"] for j in jobs] == [key]
            assert due - 0.01 <= arrived < due + WOKEN_S
    finally:
        await services.stop()
