"""Several jobgate processes on one PostgreSQL store: exactly-once leases and cross-process wake-ups.

Proof of exactly-once: every activated key is recorded with the worker that received it; a key seen twice
(across any of the 4 processes) fails the test, and the delivered set must equal the loaded set.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import httpx
import pytest
import sqlalchemy as sa

from tests.conftest import postgres_schema
from tests.servers import servers

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

JOBS = 5000
WORKERS = 16


async def _load(base: str, n: int, job_type: str) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=60) as c:
        r = await c.post("/admin/load", json={
            "definitions": [{"bpmnProcessId": "drain", "tasks": [{"elementId": "only", "type": job_type}]}],
            "instances": [{"bpmnProcessId": "drain", "count": n}],
        })
        assert r.status_code == 201, r.text
        assert r.json()["jobs"] == n


async def _worker(name: str, base: str, job_type: str, seen: list[int], done: asyncio.Event, deadline: float) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as c:
        while not done.is_set() and time.monotonic() < deadline:
            r = await c.get("/zeebe/jobs", params={"type": job_type, "worker": name, "maxJobsToActivate": 32,
                                                   "requestTimeout": 500})
            assert r.status_code == 200, r.text
            for job in r.json()["data"]["jobs"]:
                seen.append(job["key"])
                p = await c.patch(f"/zeebe/jobs/{job['key']}", json={"status": "completed"})
                assert p.status_code == 204, p.text
            if len(seen) >= JOBS:
                done.set()


async def test_16_workers_on_4_processes_drain_5000_jobs_exactly_once() -> None:
    with postgres_schema() as url, servers(url, 4) as procs:
        await _load(procs[0].url, JOBS, "drain-work")
        seen: list[int] = []
        done = asyncio.Event()
        deadline = time.monotonic() + 240
        await asyncio.gather(*(_worker(f"w{i}", procs[i % 4].url, "drain-work", seen, done, deadline)
                               for i in range(WORKERS)))
        duplicates = [k for k, n in Counter(seen).items() if n > 1]
        assert duplicates == []
        assert len(seen) == JOBS
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            states = dict(conn.execute(sa.text("SELECT state, count(*) FROM job GROUP BY state")).all())
            loaded = set(conn.execute(sa.text("SELECT key FROM job")).scalars())
        engine.dispose()
        assert states == {"completed": JOBS}
        assert set(seen) == loaded


async def test_waiter_on_process_a_is_woken_by_a_job_created_through_process_b() -> None:
    # Probes are 10 minutes apart here, so a wake-up within seconds can only come from LISTEN/NOTIFY (a bound
    # generous enough for a loaded CI machine; NOTIFY itself takes milliseconds).
    with postgres_schema() as url, servers(url, 2, env={"JOBGATE_PROBE_INTERVAL_MS": "600000"}) as (a, b):
        async with httpx.AsyncClient(timeout=30) as c:
            r = await c.post(f"{b.url}/admin/process-definitions",
                             json={"bpmnProcessId": "wake", "tasks": [{"elementId": "t", "type": "wake-me"}]})
            assert r.status_code == 201
            latencies = []
            for _ in range(5):
                waiting = asyncio.create_task(c.get(f"{a.url}/zeebe/jobs",
                                                    params={"type": "wake-me", "requestTimeout": 60_000}))
                for _ in range(300):
                    metrics = (await c.get(f"{a.url}/metrics")).text
                    if "jobgate_long_poll_waiters 1.0" in metrics:
                        break
                    await asyncio.sleep(0.01)
                else:
                    pytest.fail("the waiter never parked on process A")
                started = time.perf_counter()
                created = await c.post(f"{b.url}/admin/process-instances", json={"bpmnProcessId": "wake"})
                answer = await asyncio.wait_for(waiting, 30)
                latencies.append(time.perf_counter() - started)
                assert [j["key"] for j in answer.json()["data"]["jobs"]] == [created.json()["jobs"][0]["key"]]
            assert max(latencies) < 10, [f"{x * 1000:.1f} ms" for x in latencies]


async def test_a_three_task_flow_completed_through_2_processes_ends_every_instance_once() -> None:
    """Completes run as sets (jobgate.store.completion_pg) in transactions of two processes at once: each complete
    starts the next task's job (keys allocated in those transactions), and the last one ends the instance.
    Every instance must end with exactly one completed job per task, its keys unique, none left runtime."""
    instances, types = 150, ["flow-a", "flow-b", "flow-c"]
    with postgres_schema() as url, servers(url, 2) as procs:
        async with httpx.AsyncClient(base_url=procs[0].url, timeout=60) as c:
            r = await c.post("/admin/load", json={
                "definitions": [{"bpmnProcessId": "flow", "tasks": [
                    {"elementId": f"t{i}", "type": t} for i, t in enumerate(types)]}],
                "instances": [{"bpmnProcessId": "flow", "count": instances}],
            })
            assert r.status_code == 201, r.text
        seen: list[int] = []

        async def worker(i: int) -> None:
            async with httpx.AsyncClient(base_url=procs[i % 2].url, timeout=30) as c:
                idle = 0
                while idle < 3:
                    got = 0
                    for job_type in types:
                        r = await c.get("/zeebe/jobs", params={"type": job_type, "worker": f"w{i}",
                                                               "maxJobsToActivate": 8, "requestTimeout": -1})
                        assert r.status_code == 200, r.text
                        for job in r.json()["data"]["jobs"]:
                            seen.append(job["key"])
                            got += 1
                            p = await c.patch(f"/zeebe/jobs/{job['key']}", json={"status": "completed"})
                            assert p.status_code == 204, p.text
                    idle = idle + 1 if got == 0 else 0

        await asyncio.wait_for(asyncio.gather(*(worker(i) for i in range(8))), 240)
        assert len(seen) == len(set(seen)) == instances * len(types)
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            jobs = conn.execute(sa.text("SELECT process_instance_key, element_id, state FROM job")).all()
            ended = dict(conn.execute(sa.text("SELECT state, count(*) FROM process_instance GROUP BY state")).all())
            early = conn.execute(sa.text("SELECT count(*) FROM process_instance pi JOIN job j ON "
                                         "j.process_instance_key = pi.key WHERE pi.end_time < j.create_time")).scalar()
        engine.dispose()
        assert early == 0  # no instance ended before its last task's job was created
        assert ended == {"completed": instances}
        per_instance = Counter((key, element) for key, element, _ in jobs)
        assert set(per_instance.values()) == {1} and len(per_instance) == instances * len(types)
        assert {state for _, _, state in jobs} == {"completed"}
