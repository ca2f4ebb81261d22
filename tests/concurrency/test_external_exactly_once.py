"""One task is never delivered to two workers across dialects: Camunda 7 fetchAndLock and Zeebe activation race for
the same jobs on two server processes sharing one store (each backend), long-polling waiters of both dialects
included; every job key is handed out exactly once."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import httpx
import pytest

from tests.conftest import BACKENDS, backend_url
from tests.servers import servers

pytestmark = pytest.mark.slow
JOBS = 300
TYPE = "race"


async def _fetch_and_lock(c: httpx.AsyncClient, worker: str, wait_ms: int) -> list[int]:
    r = await c.post("/engine-rest/external-task/fetchAndLock", json={
        "workerId": worker, "maxTasks": 7, "asyncResponseTimeout": wait_ms,
        "topics": [{"topicName": TYPE, "lockDuration": 600_000}]})
    assert r.status_code == 200, r.text
    return [int(t["id"]) for t in r.json()]


async def _activate(c: httpx.AsyncClient, worker: str, wait_ms: int) -> list[int]:
    r = await c.get("/zeebe/jobs", params={"type": TYPE, "worker": worker, "maxJobsToActivate": 7,
                                            "jobTimeout": "10m", "requestTimeout": wait_ms or -1})
    assert r.status_code == 200, r.text
    return [int(j["key"]) for j in r.json()["data"]["jobs"]]


@pytest.mark.parametrize("backend", BACKENDS)
async def test_fetch_and_lock_and_activation_share_out_each_job_once(tmp_path: Path, backend: str) -> None:
    with backend_url(backend, tmp_path) as url, servers(url, 2) as procs:
        clients = [httpx.AsyncClient(base_url=p.url, timeout=30) for p in procs]
        try:
            admin = clients[0]
            r = await admin.post("/admin/process-definitions", json={
                "bpmnProcessId": "race", "tasks": [{"elementId": "t", "type": TYPE}]})
            assert r.status_code == 201, r.text
            # Long polls of both dialects on both processes wait first; then the jobs appear in one bulk load.
            waiting = [asyncio.create_task(fn(c, f"{fn.__name__}-{n}", 5000))
                       for n, c in enumerate(clients) for fn in (_fetch_and_lock, _activate) for _ in range(3)]
            await asyncio.sleep(1)
            r = await admin.post("/admin/load", json={"instances": [{"bpmnProcessId": "race", "count": JOBS}]})
            assert r.status_code == 201, r.text

            async def drain(fn: object, c: httpx.AsyncClient, worker: str) -> list[int]:
                got: list[int] = []
                while len(got) <= JOBS and (batch := await fn(c, worker, 0)):  # type: ignore[operator]
                    got.extend(batch)  # bounded: a store that hands out jobs twice never runs dry
                return got

            racers = [drain(fn, c, f"{fn.__name__}-racer-{n}-{i}") for n, c in enumerate(clients)
                      for fn in (_fetch_and_lock, _activate) for i in range(4)]
            results = await asyncio.wait_for(asyncio.gather(*waiting, *racers), 120)
            dialects = [fn.__name__ for _c in clients for fn in (_fetch_and_lock, _activate) for _ in range(3)] + [
                fn.__name__ for _c in clients for fn in (_fetch_and_lock, _activate) for _ in range(4)]
        finally:
            for c in clients:
                await c.aclose()
    keys = Counter(k for result in results for k in result)
    assert [k for k, n in keys.items() if n > 1] == []
    assert len(keys) == JOBS
    by_dialect = Counter()
    for dialect, result in zip(dialects, results, strict=True):
        by_dialect[dialect] += len(result)
    assert by_dialect["_fetch_and_lock"] and by_dialect["_activate"], by_dialect  # both dialects took part
