"""Long polling on the in-process app: who is woken, when, in which order, and shutdown (issue 4).

This module's app probes only once a minute, so a waiter served within a test was woken by the event
under test (job creation, failure, back-off end, lease deadline, retries raised, a Camunda 7 job
operation), never by the probe:
remove that wake-up and the waiter times out with [] and the test fails.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from jobgate.main import create_app, services_of
from jobgate.settings import Settings

TIMEOUT_MS = 10_000  # long enough that a waiter which was not woken answers [] well after the checks
WOKEN_S = 5  # "at once": generous under CI load, yet far below TIMEOUT_MS and the 60 s probe


@pytest.fixture(scope="module")
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, validate_responses=True, long_poll_timeout_ms=TIMEOUT_MS,
                    probe_interval_ms=60_000)


@pytest.fixture(scope="module")
def hub(app: Any) -> Any:
    return services_of(app).hub


async def setup(admin: Any, uniq: str, **start: Any) -> dict[str, Any]:
    await admin.deploy(uniq, [{"elementId": "task", "type": uniq}])
    return dict(await admin.start(uniq, **start)) if start else {}


async def poll(client: httpx.AsyncClient, type_: str, **params: Any) -> tuple[list[dict[str, Any]], float]:
    """One activation; returns its jobs and when they arrived (time.monotonic)."""
    r = await client.get("/zeebe/jobs", params={"type": type_, **params})
    assert r.status_code == 200, r.text
    return list(r.json()["data"]["jobs"]), time.monotonic()


async def parked(hub: Any, type_: str, count: int) -> None:
    """Wait until `count` requests of this type are parked (each test's type has its own queue)."""
    for _ in range(200):
        if len(hub._queues.get(type_, ())) == count:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"expected {count} waiters of {type_}, have {len(hub._queues.get(type_, ()))}")


async def waiter(client: httpx.AsyncClient, hub: Any, type_: str, **params: Any
                 ) -> asyncio.Task[tuple[list[dict[str, Any]], float]]:
    before = len(hub._queues.get(type_, ()))
    task = asyncio.create_task(poll(client, type_, **params))
    await parked(hub, type_, before + 1)
    return task


async def test_woken_by_job_creation(client: httpx.AsyncClient, admin: Any, hub: Any, uniq: str) -> None:
    """A parked request gets the job an admin start creates, well within the 10 s timeout."""
    await setup(admin, uniq)
    task = await waiter(client, hub, uniq)
    created = time.monotonic()
    started = await admin.start(uniq)
    jobs, at = await task
    assert [j["key"] for j in jobs] == [started["jobs"][0]["key"]]
    assert at - created < WOKEN_S
    assert hub.waiting == 0


async def test_woken_by_fail_with_retries(client: httpx.AsyncClient, admin: Any, hub: Any, uniq: str) -> None:
    """Worker A holds the job; B waits; A fails it with retries left: B gets it at once, retries as A set."""
    await setup(admin, uniq, variables={})
    (held,), _ = await poll(client, uniq, worker="A")
    task = await waiter(client, hub, uniq, worker="B")
    failed = time.monotonic()
    r = await client.patch(f"/zeebe/jobs/{held['key']}", json={"status": "failed", "retries": 2})
    assert r.status_code == 204
    jobs, at = await task
    assert [(j["key"], j["retries"], j["worker"]) for j in jobs] == [(held["key"], 2, "B")]
    assert at - failed < WOKEN_S


async def test_woken_by_backoff_end(client: httpx.AsyncClient, admin: Any, hub: Any, uniq: str) -> None:
    """Failed with a 300 ms back-off: the waiter gets the job after 300 ms, not before, and soon after."""
    await setup(admin, uniq, variables={})
    (held,), _ = await poll(client, uniq, worker="A")
    task = await waiter(client, hub, uniq, worker="B")
    failed = time.monotonic()
    r = await client.patch(f"/zeebe/jobs/{held['key']}",
                           json={"status": "failed", "retries": 1, "retryBackoff": "300ms"})
    assert r.status_code == 204
    jobs, at = await task
    assert [j["key"] for j in jobs] == [held["key"]]
    assert 0.29 <= at - failed < 0.3 + WOKEN_S


async def test_woken_by_lease_deadline(client: httpx.AsyncClient, admin: Any, hub: Any, uniq: str) -> None:
    """A's 300 ms lease runs out while B waits: B gets the job then, with the retries unchanged."""
    await setup(admin, uniq, variables={})
    claimed = time.monotonic()
    (held,), _ = await poll(client, uniq, worker="A", jobTimeout="300ms")
    task = await waiter(client, hub, uniq, worker="B")
    jobs, at = await task
    assert [(j["key"], j["retries"], j["worker"]) for j in jobs] == [(held["key"], 3, "B")]
    assert 0.29 <= at - claimed < 0.3 + WOKEN_S


async def test_woken_by_resubmitting_an_incident(client: httpx.AsyncClient, admin: Any, hub: Any, uniq: str) -> None:
    """An incident (failed, no retries) wakes nobody; resubmitting it through OPA gives it one retry and wakes B."""
    started = await setup(admin, uniq, variables={})
    (held,), _ = await poll(client, uniq, worker="A")
    r = await client.patch(f"/zeebe/jobs/{held['key']}", json={"status": "failed", "retries": 0})
    assert r.status_code == 204
    task = await waiter(client, hub, uniq, worker="B")
    await asyncio.sleep(0.2)
    assert not task.done()  # an incident wakes nobody
    resubmitted = time.monotonic()
    r = await client.post(f"/process/api/v1/process-instances/{started['processInstanceKey']}/jobs/{held['key']}")
    assert r.status_code == 200, r.text
    jobs, at = await task
    assert [(j["key"], j["retries"], j["worker"]) for j in jobs] == [(held["key"], 1, "B")]
    assert at - resubmitted < WOKEN_S


async def test_woken_by_camunda7_retries_on_an_incident(client: httpx.AsyncClient, admin: Any, hub: Any,
                                                        uniq: str) -> None:
    """An incident wakes nobody, nor do retries 0; PUT /engine-rest/job/{id}/retries 2 wakes B, who gets the job."""
    started = await setup(admin, uniq, jobs=[{"state": "failed", "exceptionMessage": "boom"}])
    key = started["jobs"][0]["key"]
    task = await waiter(client, hub, uniq, worker="B")
    assert (await client.put(f"/engine-rest/job/{key}/retries", json={"retries": 0})).status_code == 204
    await asyncio.sleep(0.2)
    assert not task.done()
    raised = time.monotonic()
    r = await client.put(f"/engine-rest/job/{key}/retries", json={"retries": 2})
    assert r.status_code == 204, r.text
    jobs, at = await task
    assert [(j["key"], j["retries"], j["worker"]) for j in jobs] == [(key, 2, "B")]
    assert at - raised < WOKEN_S


async def test_woken_by_camunda7_activating_a_suspended_job(client: httpx.AsyncClient, admin: Any, hub: Any,
                                                            uniq: str) -> None:
    """A suspended job is not claimable; PUT .../suspended false wakes the waiter at once."""
    started = await setup(admin, uniq, jobs=[{"suspended": True}])
    key = started["jobs"][0]["key"]
    task = await waiter(client, hub, uniq, worker="B")
    await asyncio.sleep(0.2)
    assert not task.done()
    activated = time.monotonic()
    r = await client.put(f"/engine-rest/job/{key}/suspended", json={"suspended": False})
    assert r.status_code == 204, r.text
    jobs, at = await task
    assert [(j["key"], j["worker"]) for j in jobs] == [(key, "B")]
    assert at - activated < WOKEN_S


async def test_woken_by_camunda7_due_date(client: httpx.AsyncClient, admin: Any, hub: Any, uniq: str) -> None:
    """A job due in 2999 waits; PUT .../duedate null makes it due now and wakes the waiter at once."""
    started = await setup(admin, uniq, jobs=[{"dueDate": "2999-01-01T00:00:00Z"}])
    key = started["jobs"][0]["key"]
    task = await waiter(client, hub, uniq, worker="B")
    moved = time.monotonic()
    r = await client.put(f"/engine-rest/job/{key}/duedate", json={"duedate": None})
    assert r.status_code == 204, r.text
    jobs, at = await task
    assert [j["key"] for j in jobs] == [key]
    assert at - moved < WOKEN_S


async def test_woken_by_completion_creating_the_next_task(client: httpx.AsyncClient, admin: Any, hub: Any,
                                                          uniq: str) -> None:
    """B waits for the second task's type; A completes the first task's job: the next task's new job goes to B at
    once (complete wakes the next type), not after the 60 s probe."""
    await admin.deploy(uniq, [{"elementId": "first", "type": f"{uniq}-1"},
                              {"elementId": "second", "type": f"{uniq}-2"}])
    started = await admin.start(uniq, variables={"n": 1})
    (held,), _ = await poll(client, f"{uniq}-1", worker="A")
    task = await waiter(client, hub, f"{uniq}-2", worker="B")
    completed = time.monotonic()
    r = await client.patch(f"/zeebe/jobs/{held['key']}", json={"status": "completed", "variables": {"n": 2}})
    assert r.status_code == 204
    jobs, at = await task
    assert [(j["elementId"], j["processInstanceKey"], j["worker"], j["variables"]) for j in jobs] == [
        ("second", started["processInstanceKey"], "B", {"n": 2})]
    assert at - completed < WOKEN_S


async def test_woken_by_bulk_load(client: httpx.AsyncClient, admin: Any, hub: Any, uniq: str) -> None:
    """A parked request gets the jobs a bulk load creates (POST /admin/load wakes their types)."""
    await admin.deploy(uniq, [{"elementId": "task", "type": uniq}])
    task = await waiter(client, hub, uniq, maxJobsToActivate=5)
    loaded = time.monotonic()
    r = await client.post("/admin/load", json={"instances": [{"bpmnProcessId": uniq, "count": 3}]})
    assert r.status_code == 201 and r.json()["jobs"] == 3, r.text
    jobs, at = await task
    assert len(jobs) == 3 and {j["type"] for j in jobs} == {uniq}
    assert at - loaded < WOKEN_S


async def test_parked_request_keeps_its_fetch_variables(client: httpx.AsyncClient, admin: Any, hub: Any,
                                                        uniq: str) -> None:
    """A request that parks and is served later gets only the variables it asked for, as an immediate one does."""
    await setup(admin, uniq)
    task = await waiter(client, hub, uniq, fetchVariables=["a", "nope"])
    await admin.start(uniq, variables={"a": 1, "b": 2})
    jobs, _ = await task
    assert [j["variables"] for j in jobs] == [{"a": 1}]


async def test_earliest_waiter_is_served_first(client: httpx.AsyncClient, admin: Any, hub: Any, uniq: str) -> None:
    """Three waiters parked in order; each new job goes to the earliest one still waiting."""
    await setup(admin, uniq)
    tasks = [await waiter(client, hub, uniq, worker=f"w{i}") for i in range(3)]
    keys = []
    for i in range(3):
        keys.append((await admin.start(uniq))["jobs"][0]["key"])
        jobs, _ = await tasks[i]
        assert [(j["key"], j["worker"]) for j in jobs] == [(keys[i], f"w{i}")]
        assert all(not t.done() for t in tasks[i + 1:])


async def test_waiters_share_a_burst_in_fifo_order(client: httpx.AsyncClient, admin: Any, hub: Any,
                                                   uniq: str) -> None:
    """Waiter 1 wants 1 job and waiter 2 wants 5; a burst of 3: waiter 1 gets the lowest key, waiter 2 the rest."""
    await setup(admin, uniq)
    first = await waiter(client, hub, uniq, maxJobsToActivate=1)
    second = await waiter(client, hub, uniq, maxJobsToActivate=5)
    keys = sorted(j["key"] for j in (await admin.start(uniq, jobs=[{}, {}, {}]))["jobs"])
    assert [j["key"] for j in (await first)[0]] == keys[:1]
    assert [j["key"] for j in (await second)[0]] == keys[1:]


async def test_cancelled_waiter_is_dropped_and_gets_nothing(client: httpx.AsyncClient, admin: Any, hub: Any,
                                                            uniq: str) -> None:
    """The first waiter's request is cancelled; the job created next goes to the second waiter, not to the
    dead one (which would strand it under a lease), and the queue forgets the dead one."""
    await setup(admin, uniq)
    dead = await waiter(client, hub, uniq, worker="dead")
    live = await waiter(client, hub, uniq, worker="live")
    dead.cancel()
    await parked(hub, uniq, 1)
    key = (await admin.start(uniq))["jobs"][0]["key"]
    jobs, _ = await live
    assert [(j["key"], j["worker"]) for j in jobs] == [(key, "live")]
    assert hub.waiting == 0


async def test_waiter_gone_during_claim_gives_the_lease_back(client: httpx.AsyncClient, admin: Any, hub: Any,
                                                             monkeypatch: pytest.MonkeyPatch, uniq: str) -> None:
    """The waiter is cancelled while the dispatcher's claim is in flight: the claimed job must be released
    (activatable again), not left leased to nobody until its deadline."""
    await setup(admin, uniq)
    original = hub._claim
    claiming, cancelled = asyncio.Event(), asyncio.Event()

    async def held_claim(req: Any) -> Any:
        claimed = await original(req)  # a store.activation.Claimed
        if claimed.jobs and req.worker == "dead":
            claiming.set()
            await cancelled.wait()  # the claim returns only once the waiter is gone
        return claimed

    monkeypatch.setattr(hub, "_claim", held_claim)
    dead = await waiter(client, hub, uniq, worker="dead")
    key = (await admin.start(uniq))["jobs"][0]["key"]
    await asyncio.wait_for(claiming.wait(), 5)
    dispatch = hub._dispatching[uniq]
    dead.cancel()
    cancelled.set()
    await asyncio.wait_for(dispatch, 5)  # the dispatcher finishes its claim and must hand the lease back
    jobs, _ = await poll(client, uniq, worker="next", requestTimeout=-1)
    assert [(j["key"], j["worker"]) for j in jobs] == [(key, "next")]


async def test_lease_given_back_goes_to_a_waiter_that_came_meanwhile(client: httpx.AsyncClient, admin: Any,
                                                                     hub: Any, monkeypatch: pytest.MonkeyPatch,
                                                                     uniq: str) -> None:
    """The only waiter leaves during the dispatcher's claim (its queue empties) and a new one parks before the
    claim returns: the released job must go to the new waiter. (The dispatcher used to drop the new queue
    when it found its old one empty, leaving the new waiter unserved until it timed out.)"""
    await setup(admin, uniq)
    original = hub._claim
    claiming, parked_again = asyncio.Event(), asyncio.Event()

    async def held_claim(req: Any) -> Any:
        claimed = await original(req)  # a store.activation.Claimed
        if claimed.jobs and req.worker == "dead":
            claiming.set()
            await parked_again.wait()  # the claim returns only once the new waiter has parked
        return claimed

    monkeypatch.setattr(hub, "_claim", held_claim)
    dead = await waiter(client, hub, uniq, worker="dead")
    key = (await admin.start(uniq))["jobs"][0]["key"]
    await asyncio.wait_for(claiming.wait(), 5)
    dead.cancel()
    await parked(hub, uniq, 0)
    live = await waiter(client, hub, uniq, worker="live")  # finds the job still leased, so it parks
    parked_again.set()
    jobs, _ = await asyncio.wait_for(live, WOKEN_S)
    assert [(j["key"], j["worker"]) for j in jobs] == [(key, "live")]


async def test_job_freed_during_the_first_claim_is_delivered(client: httpx.AsyncClient, admin: Any, hub: Any,
                                                             monkeypatch: pytest.MonkeyPatch, uniq: str) -> None:
    """A job becomes claimable while a request's first claim is in flight (after the claim looked, before the
    request parks): the request must claim again rather than park, and so gets the job at once. Without that
    re-check the wake-up falls between claim and parking, and with the probe off the request waits out its
    whole timeout with the job sitting there."""
    await admin.deploy(uniq, [{"elementId": "task", "type": uniq}])
    original = hub._claim
    created: list[int] = []

    async def claim_then_create(req: Any) -> Any:
        claimed = await original(req)  # a store.activation.Claimed
        if not claimed.jobs and not created and req.worker == "racer":
            created.append((await admin.start(uniq))["jobs"][0]["key"])  # wakes `uniq`, nobody is parked yet
        return claimed

    monkeypatch.setattr(hub, "_claim", claim_then_create)
    asked = time.monotonic()
    jobs, at = await poll(client, uniq, worker="racer")
    assert [(j["key"], j["worker"]) for j in jobs] == [(created[0], "racer")]
    assert at - asked < WOKEN_S
    assert hub.waiting == 0


@pytest.fixture
async def own_app(settings: Settings) -> AsyncIterator[tuple[Any, httpx.AsyncClient]]:
    """An app of its own (shutting down breaks it for everyone else), on the module's store."""
    application = create_app(settings)
    services = services_of(application)
    await services.start()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url="http://t") as c:
            yield application, c
    finally:
        await services.stop()


async def test_shutdown_answers_waiters_at_once_and_refuses_new_ones(own_app: tuple[Any, httpx.AsyncClient],
                                                                     uniq: str) -> None:
    """begin_shutdown: two parked waiters answer 200 [] at once (not after their 10 s); a new activation is a
    503 in Zeebe's shape."""
    application, c = own_app
    hub = services_of(application).hub
    tasks = [await waiter(c, hub, uniq) for _ in range(2)]
    stopped = time.monotonic()
    hub.begin_shutdown()
    for task in tasks:
        jobs, at = await task
        assert jobs == [] and at - stopped < WOKEN_S
    r = await c.get("/zeebe/jobs", params={"type": uniq, "requestTimeout": -1})
    assert r.status_code == 503
    assert r.json() == {"data": None, "error": "The server is shutting down."}
