"""Long polls with tenants, in process: a waiter is handed only jobs it may see, FIFO among those that may.

The hub serves a type's waiters head first and claims on behalf of each with that waiter's tenant set, so a head
waiter of tenant a neither receives nor strands a lease on a job of tenant b, which goes to the next eligible
waiter. Every job is delivered exactly once.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from .support import header
from .world import A, B

LONG_MS = 8000  # a waiter that was not served answers [] long after the checks


async def deploy(client: httpx.AsyncClient, bpmn: str, *tenants: str | None) -> None:
    for tenant in tenants:
        r = await client.post("/admin/process-definitions", json={
            "bpmnProcessId": bpmn, "tenantId": tenant, "tasks": [{"elementId": "task", "type": bpmn}]})
        assert r.status_code == 201, r.text


async def start(client: httpx.AsyncClient, bpmn: str, tenant: str | None) -> int:
    r = await client.post("/admin/process-instances", json={"bpmnProcessId": bpmn, "tenantId": tenant})
    assert r.status_code == 201, r.text
    return int(r.json()["jobs"][0]["key"])


async def poll(client: httpx.AsyncClient, type_: str, worker: str, tenants: frozenset[str] | None,
               max_jobs: int = 32) -> list[int]:
    r = await client.get("/zeebe/jobs", params={"type": type_, "worker": worker, "requestTimeout": LONG_MS,
                                                "maxJobsToActivate": max_jobs},
                         headers=header(tenants) if tenants is not None else {})
    assert r.status_code == 200, r.text
    return [int(j["key"]) for j in r.json()["data"]["jobs"]]


async def park(client: httpx.AsyncClient, hub: Any, type_: str, worker: str, tenants: frozenset[str] | None,
               max_jobs: int = 32) -> asyncio.Task[list[int]]:
    """Start a long poll and wait until it is parked behind the ones before it."""
    before = len(hub._queues.get(type_, ()))
    task = asyncio.create_task(poll(client, type_, worker, tenants, max_jobs))
    for _ in range(300):
        if len(hub._queues.get(type_, ())) == before + 1:
            return task
        await asyncio.sleep(0.01)
    raise AssertionError("the long poll did not park")


async def states(client: httpx.AsyncClient, keys: list[int]) -> dict[int, str]:
    """Job key -> state, via the admin API of each job's instance (anonymous)."""
    found: dict[int, str] = {}
    r = await client.get("/engine-rest/job", params={"jobIds": ",".join(map(str, keys))})
    for job in r.json():
        v = (await client.get(f"/admin/process-instances/{job['processInstanceId']}")).json()
        found.update({j["key"]: j["state"] for j in v["jobs"] if j["key"] in keys})
    return found


async def test_foreign_job_skips_the_head_waiter(client: httpx.AsyncClient, hub: Any, uniq: str) -> None:
    """Waiter a (head) and waiter b park; a b-job arrives: b gets it, a keeps waiting; then an a-job goes to a."""
    await deploy(client, uniq, A, B)
    wa = await park(client, hub, uniq, "wa", frozenset({A}))
    wb = await park(client, hub, uniq, "wb", frozenset({B}))
    job_b = await start(client, uniq, B)
    assert await asyncio.wait_for(wb, 3) == [job_b]
    assert not wa.done() and len(hub._queues.get(uniq, ())) == 1
    job_a = await start(client, uniq, A)
    assert await asyncio.wait_for(wa, 3) == [job_a]
    assert await states(client, [job_a, job_b]) == {job_a: "activated", job_b: "activated"}
    assert hub.waiting == 0


async def test_tenantless_job_goes_to_the_head(client: httpx.AsyncClient, hub: Any, uniq: str) -> None:
    await deploy(client, uniq, A, B, None)
    wa = await park(client, hub, uniq, "wa", frozenset({A}))
    wb = await park(client, hub, uniq, "wb", frozenset({B}))
    job = await start(client, uniq, None)
    assert await asyncio.wait_for(wa, 3) == [job]
    assert not wb.done()
    job_b = await start(client, uniq, B)
    assert await asyncio.wait_for(wb, 3) == [job_b]


async def test_a_job_that_appears_mid_round_goes_to_the_waiter_ahead(client: httpx.AsyncClient, hub: Any, uniq: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The race behind the test above's rare failures: a dispatch round's head claim (a) finds nothing, then a
    tenant-less job appears before the next waiter's (b) claim, which takes it. The head is owed it: b's lease goes
    back, the round begins again at the head and a gets the job, b keeps waiting (before the fix b got it)."""
    await deploy(client, uniq, A, B, None)
    wa = await park(client, hub, uniq, "wa", frozenset({A}))
    wb = await park(client, hub, uniq, "wb", frozenset({B}))
    claim = hub._claim
    created: list[int] = []
    after: list[tuple[str, list[int]]] = []  # the claims once the job exists (a probe round may come first)

    async def racing(waiter: Any) -> Any:
        claimed = await claim(waiter)
        if created:
            after.append((waiter.worker, [j.key for j in claimed.jobs]))
        elif waiter.worker == "wa":
            assert not claimed.jobs
            created.append(await start(client, uniq, None))  # after the head found nothing, before b's claim
        return claimed

    monkeypatch.setattr(hub, "_claim", racing)
    hub.notify([uniq], publish=False)  # a round begins while no job exists
    assert await asyncio.wait_for(wa, 3) == created
    assert after[:2] == [("wb", created), ("wa", created)]  # b took it and gave it back, then a got it
    assert not wb.done()
    job_b = await start(client, uniq, B)
    assert await asyncio.wait_for(wb, 3) == [job_b]
    assert await states(client, [created[0], job_b]) == {created[0]: "activated", job_b: "activated"}


async def test_no_tenant_waiter_and_unrestricted_waiter(client: httpx.AsyncClient, hub: Any, uniq: str) -> None:
    """A waiter without tenants gets only tenant-less jobs; an a-job passes it by for the unrestricted one."""
    await deploy(client, uniq, A, None)
    none = await park(client, hub, uniq, "none", frozenset())
    anyone = await park(client, hub, uniq, "any", None)
    job_a = await start(client, uniq, A)
    assert await asyncio.wait_for(anyone, 3) == [job_a]
    assert not none.done()
    job = await start(client, uniq, None)
    assert await asyncio.wait_for(none, 3) == [job]


async def test_jobs_of_both_tenants_created_while_waiting(client: httpx.AsyncClient, hub: Any, uniq: str) -> None:
    """Four waiters (a, b, a, b; two jobs each at most); one load creates three jobs of each tenant at once:
    each waiter gets only its tenant's jobs, FIFO within a tenant, and every job is delivered exactly once."""
    await deploy(client, uniq, A, B)
    order = [("a1", A), ("b1", B), ("a2", A), ("b2", B)]
    tasks = {name: await park(client, hub, uniq, name, frozenset({t}), max_jobs=2) for name, t in order}
    r = await client.post("/admin/load", json={"instances": [
        {"bpmnProcessId": uniq, "tenantId": A, "count": 3}, {"bpmnProcessId": uniq, "tenantId": B, "count": 3}]})
    assert r.status_code == 201, r.text
    got = {name: await asyncio.wait_for(task, 5) for name, task in tasks.items()}
    jobs = await client.get("/engine-rest/job", params={"processDefinitionKey": uniq})
    by_tenant = {t: sorted(int(j["id"]) for j in jobs.json() if j["tenantId"] == t) for t in (A, B)}
    assert got == {"a1": by_tenant[A][:2], "b1": by_tenant[B][:2], "a2": by_tenant[A][2:], "b2": by_tenant[B][2:]}
    delivered = [k for keys in got.values() for k in keys]
    assert len(delivered) == len(set(delivered)) == 6
    assert set((await states(client, delivered)).values()) == {"activated"}
    assert hub.waiting == 0
