"""8 concurrent workers drain 1,000 jobs through real servers, completing each job they get.

Leases last 5 minutes, so within a run each job must be delivered exactly once. A claim that is not atomic
(two workers sharing a job), a lost job, or a completion that does not stick breaks one of the checks at the
end: delivered keys unique, delivered keys == loaded keys, every row completed by the worker it went to.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest

from .support import Servers, db_rows, deploy_and_load, no_errors_logged

# Real server processes: slow, but part of the default run (nothing deselects `slow`).
pytestmark = pytest.mark.slow
JOBS = 1000
WORKERS = 8
DEADLINE_S = 90


async def worker(client: httpx.AsyncClient, url: str, bpmn: str, name: str,
                 delivered: list[tuple[int, str]], deadline: float) -> None:
    while len(delivered) < JOBS and time.monotonic() < deadline:
        r = await client.get(url + "/zeebe/jobs", params={"type": bpmn, "worker": name, "maxJobsToActivate": 5,
                                                          "requestTimeout": 250})
        assert r.status_code == 200, r.text
        for job in r.json()["data"]["jobs"]:
            delivered.append((job["key"], name))
            done = await client.patch(f"{url}/zeebe/jobs/{job['key']}", json={"status": "completed"})
            assert done.status_code == 204, done.text


async def drain(urls: list[str], db: Path) -> list[tuple[int, str]]:
    """Load JOBS jobs, let WORKERS workers (spread over `urls`) drain them, and check exactly-once delivery."""
    bpmn = "drain"
    async with httpx.AsyncClient(timeout=30) as admin:
        await deploy_and_load(admin, urls[0], bpmn, JOBS)
    loaded = sorted(k for (k,) in db_rows(db, "SELECT key FROM job WHERE type = ?", bpmn))
    assert len(loaded) == JOBS
    delivered: list[tuple[int, str]] = []
    deadline = time.monotonic() + DEADLINE_S
    clients = [httpx.AsyncClient(timeout=30) for _ in range(WORKERS)]
    try:
        await asyncio.gather(*(worker(c, urls[i % len(urls)], bpmn, f"w{i}", delivered, deadline)
                               for i, c in enumerate(clients)))
    finally:
        for c in clients:
            await c.aclose()
    keys = [k for k, _ in delivered]
    assert len(keys) == len(set(keys)), "a job was delivered twice"
    assert sorted(keys) == loaded, f"{len(set(loaded) - set(keys))} jobs never delivered"
    rows = {k: (state, w) for k, state, w in db_rows(db, "SELECT key, state, worker FROM job WHERE type = ?", bpmn)}
    assert all(rows[k] == ("completed", w) for k, w in delivered)
    assert db_rows(db, "SELECT state, count(*) FROM process_instance GROUP BY state") == [("completed", JOBS)]
    return delivered


async def test_eight_workers_drain_1000_jobs(servers: Servers) -> None:
    server = servers.start()
    delivered = await drain([server.url], server.db)
    assert len({w for _, w in delivered}) == WORKERS  # all eight really took part
    no_errors_logged(server)


async def test_eight_workers_on_two_processes_sharing_one_sqlite_file(servers: Servers) -> None:
    """The same through two server processes on one SQLite file: claims serialise across processes."""
    a = servers.start()
    b = servers.start(a.db)  # after a is ready: a created the schema
    delivered = await drain([a.url, b.url], a.db)
    by_server = {i % 2 for _, w in delivered for i in [int(w[1:])]}
    assert by_server == {0, 1}  # both processes delivered jobs
    no_errors_logged(a)
    no_errors_logged(b)
