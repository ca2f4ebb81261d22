"""Long polling on the in-process app: who is woken, when, in which order, and shutdown (issue 4).

This module's app probes only once a minute, so a waiter served within a test was woken by the event
under test (job creation, failure, back-off end, lease deadline, retries raised), never by the probe:
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
from jobgate.store import flow

TIMEOUT_MS = 4000  # long enough that a waiter which was not woken answers [] well after the checks


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
    """A parked request gets the job an admin start creates, within a fraction of the 4 s timeout."""
    await setup(admin, uniq)
    task = await waiter(client, hub, uniq)
    created = time.monotonic()
    started = await admin.start(uniq)
    jobs, at = await task
    assert [j["key"] for j in jobs] == [started["jobs"][0]["key"]]
    assert at - created < 2  # far below the 4 s timeout and the 60 s probe
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
    assert at - failed < 2


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
    assert 0.29 <= at - failed < 2.5


async def test_woken_by_lease_deadline(client: httpx.AsyncClient, admin: Any, hub: Any, uniq: str) -> None:
    """A's 300 ms lease runs out while B waits: B gets the job then, with the retries unchanged."""
    await setup(admin, uniq, variables={})
    claimed = time.monotonic()
    (held,), _ = await poll(client, uniq, worker="A", jobTimeout="300ms")
    task = await waiter(client, hub, uniq, worker="B")
    jobs, at = await task
    assert [(j["key"], j["retries"], j["worker"]) for j in jobs] == [(held["key"], 3, "B")]
    assert 0.29 <= at - claimed < 2.5


async def test_woken_by_retries_raised(client: httpx.AsyncClient, admin: Any, store: Any, hub: Any,
                                       uniq: str) -> None:
    """An incident's retries raised (flow.set_retries plus the hub notification its caller sends) wake B."""
    await setup(admin, uniq, variables={})
    (held,), _ = await poll(client, uniq, worker="A")
    r = await client.patch(f"/zeebe/jobs/{held['key']}", json={"status": "failed", "retries": 0})
    assert r.status_code == 204
    task = await waiter(client, hub, uniq, worker="B")
    await asyncio.sleep(0.2)
    assert not task.done()  # an incident wakes nobody
    raised = time.monotonic()
    wake = await store.writing(flow.set_retries, key=held["key"], retries=4)
    hub.notify(wake.now)
    jobs, at = await task
    assert [(j["key"], j["retries"]) for j in jobs] == [(held["key"], 4)]
    assert at - raised < 2


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
    claiming = asyncio.Event()

    async def slow_claim(req: Any) -> Any:
        jobs = await original(req)
        if jobs and req.worker == "dead":
            claiming.set()
            await asyncio.sleep(0.2)
        return jobs

    monkeypatch.setattr(hub, "_claim", slow_claim)
    dead = await waiter(client, hub, uniq, worker="dead")
    key = (await admin.start(uniq))["jobs"][0]["key"]
    await asyncio.wait_for(claiming.wait(), 2)
    dead.cancel()
    await asyncio.sleep(0.3)  # the dispatcher finishes its claim and must hand the lease back
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
    claiming = asyncio.Event()

    async def slow_claim(req: Any) -> Any:
        jobs = await original(req)
        if jobs and req.worker == "dead":
            claiming.set()
            await asyncio.sleep(0.3)
        return jobs

    monkeypatch.setattr(hub, "_claim", slow_claim)
    dead = await waiter(client, hub, uniq, worker="dead")
    key = (await admin.start(uniq))["jobs"][0]["key"]
    await asyncio.wait_for(claiming.wait(), 2)
    dead.cancel()
    await parked(hub, uniq, 0)
    live = await waiter(client, hub, uniq, worker="live")  # finds the job still leased, so it parks
    jobs, _ = await asyncio.wait_for(live, 2)
    assert [(j["key"], j["worker"]) for j in jobs] == [(key, "live")]


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
    """begin_shutdown: two parked waiters answer 200 [] at once (not after their 4 s); a new activation is a
    503 in Zeebe's shape."""
    application, c = own_app
    hub = services_of(application).hub
    tasks = [await waiter(c, hub, uniq) for _ in range(2)]
    stopped = time.monotonic()
    hub.begin_shutdown()
    for task in tasks:
        jobs, at = await task
        assert jobs == [] and at - stopped < 2
    r = await c.get("/zeebe/jobs", params={"type": uniq, "requestTimeout": -1})
    assert r.status_code == 503
    assert r.json() == {"data": None, "error": "The server is shutting down."}
