"""POST /engine-rest/job/{id}/execute racing Zeebe activation over the same jobs, on both backends (the in-process
app; the store's writes run in its thread pool, so on PostgreSQL the transactions really overlap): every job is
either executed or delivered to exactly one worker, never both, and never twice. Workers hold their leases (they
never complete), so an execute that comes after a delivery must be refused with a 409."""

from __future__ import annotations

import asyncio
import random

import httpx

from tests.conftest import Admin

JOBS = 60
WORKERS = 4


async def test_execute_never_runs_a_delivered_job(client: httpx.AsyncClient, admin: Admin, uniq: str) -> None:
    await admin.deploy(uniq, [{"elementId": "task", "type": uniq}])
    r = await client.post("/admin/load", json={"instances": [{"bpmnProcessId": uniq, "count": JOBS}]})
    assert r.status_code in (200, 201), r.text
    r = await client.get("/engine-rest/job", params={"processDefinitionKey": uniq})
    ids = [j["id"] for j in r.json()]
    assert len(ids) == JOBS
    delivered: list[str] = []
    executed: list[str] = []
    refused: list[str] = []

    async def worker(name: str) -> None:
        for _ in range(JOBS):
            r = await client.get("/zeebe/jobs", params={"type": uniq, "worker": name, "maxJobsToActivate": 3,
                                                        "requestTimeout": -1, "jobTimeout": "5m"})
            assert r.status_code == 200, r.text
            delivered.extend(str(j["key"]) for j in r.json()["data"]["jobs"])
            await asyncio.sleep(0)

    async def executor(order: list[str]) -> None:
        for id_ in order:
            r = await client.post(f"/engine-rest/job/{id_}/execute")
            assert r.status_code in (204, 409), r.text
            (executed if r.status_code == 204 else refused).append(id_)

    order = ids[:]
    random.Random(7).shuffle(order)
    await asyncio.gather(executor(order), *(worker(f"w{i}") for i in range(WORKERS)))
    assert len(delivered) == len(set(delivered)), "a job was delivered twice"
    assert not set(executed) & set(delivered), "a job was both executed and delivered"
    assert sorted(refused) == sorted(delivered)  # every delivered job was still held when execute came
    assert sorted(executed + delivered) == sorted(ids)
    assert executed and delivered  # the race really had both sides
    r = await client.get("/engine-rest/job/count", params={"processDefinitionKey": uniq})
    assert r.json() == {"count": len(delivered)}  # executed jobs ended, delivered ones are held
