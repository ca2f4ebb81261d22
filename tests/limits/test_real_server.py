"""Limits on a real uvicorn server: /health stays fast while max-size Camunda 7 lists run, and activations stay
fast while a big admin load commits in chunks. The bounds asserted are loose (CI machines are shared and noisy);
the measured p99 values are printed (`pytest -s`) and recorded in docs/design.md via the limits issue."""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import sqlite_url
from tests.servers import Server

HEALTH_P99_BOUND_S = 0.25  # the target is 50 ms; see the printed figure
ACTIVATION_P99_BOUND_S = 0.5  # the target is 100 ms; see the printed figure


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    s = Server(sqlite_url(tmp_path), env={"JOBGATE_LOG_LEVEL": "warning"})
    try:
        s.wait_ready()
        yield s
    finally:
        s.stop()


def p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[98]


def sample_while(url: str, busy: Callable[[], bool], interval: float = 0.01) -> list[float]:
    samples = []
    with httpx.Client(base_url=url, timeout=30) as c:
        while busy():
            t = time.perf_counter()
            assert c.get(url).status_code == 200
            samples.append(time.perf_counter() - t)
            time.sleep(interval)
    return samples


def load(url: str, process: str, count: int, type_: str) -> None:
    with httpx.Client(base_url=url, timeout=600) as c:
        r = c.post("/admin/process-definitions", json={"bpmnProcessId": process,
                                                       "tasks": [{"elementId": "a", "type": type_}]})
        assert r.status_code == 201, r.text
        r = c.post("/admin/load", json={"instances": [{"bpmnProcessId": process, "count": count}]})
        assert r.status_code == 201, r.text


def test_health_stays_fast_while_max_size_lists_run(server: Server) -> None:
    load(server.url, "big", 50_000, "big")
    done = threading.Event()
    sizes: list[int] = []

    def lister(offset: int) -> None:
        with httpx.Client(base_url=server.url, timeout=60) as c:
            for _ in range(3):
                r = c.get("/engine-rest/job", params={"firstResult": offset, "maxResults": 10_000})
                assert r.status_code == 200
                sizes.append(len(r.content))

    threads = [threading.Thread(target=lister, args=(i * 10_000,)) for i in range(4)]
    for t in threads:
        t.start()
    waiter = threading.Thread(target=lambda: ([t.join() for t in threads], done.set()))
    waiter.start()
    samples = sample_while(f"{server.url}/health", lambda: not done.is_set())
    waiter.join()
    print(f"\n/health during 4 x 3 lists of 10,000 jobs ({max(sizes) / 1e6:.1f} MB each): {len(samples)} samples, "
          f"p50 {statistics.median(samples) * 1000:.1f} ms, p99 {p99(samples) * 1000:.1f} ms")
    assert len(sizes) == 12 and len(samples) >= 20
    assert p99(samples) < HEALTH_P99_BOUND_S
    r = httpx.get(f"{server.url}/engine-rest/job", timeout=30)  # 50,000 jobs unpaged: refused, not built
    assert (r.status_code, r.json()["type"]) == (400, "BadUserRequestException")


def test_activations_stay_fast_during_a_big_load(server: Server) -> None:
    load(server.url, "probe", 2_000, "probe")
    loading = threading.Thread(target=load, args=(server.url, "bulk", 100_000, "bulk"))
    latencies: list[float] = []
    loading.start()
    with httpx.Client(base_url=server.url, timeout=30) as c:
        while loading.is_alive():
            t = time.perf_counter()
            r = c.get("/zeebe/jobs", params={"type": "probe", "maxJobsToActivate": 1, "requestTimeout": -1})
            latencies.append(time.perf_counter() - t)
            jobs = r.json()["data"]["jobs"]
            assert jobs, r.text
            assert c.patch(f"/zeebe/jobs/{jobs[0]['key']}", json={"status": "completed"}).status_code == 204
            time.sleep(0.005)
    loading.join()
    print(f"\nactivation during a 100,000-job load: {len(latencies)} activations, "
          f"p50 {statistics.median(latencies) * 1000:.1f} ms, p99 {p99(latencies) * 1000:.1f} ms")
    assert len(latencies) >= 20
    assert p99(latencies) < ACTIVATION_P99_BOUND_S
