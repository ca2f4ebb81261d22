"""Activation latency during a big POST /admin/load (the load commits in chunks: JOBGATE_LOAD_CHUNK_JOBS).

One fresh server (uvicorn, as `jobgate serve`) on a fresh SQLite file; a probe type with claimable jobs; then a
load of --jobs jobs (calls of at most 100,000 instances, one job each) while one worker activates and completes a
probe job in a loop, and /health is sampled. Prints load time, activation and /health p50/p99; JSON goes to
bench-results/. Example: `python scripts/bench_load.py --jobs 1000000 --chunk-jobs 200`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
from bench_server import ROOT, machine, percentile, server

PER_CALL = 100_000


def load(url: str, jobs: int) -> float:
    start = time.perf_counter()
    with httpx.Client(base_url=url, timeout=3600) as c:
        left = jobs
        while left:
            n = min(left, PER_CALL)
            r = c.post("/admin/load", json={"instances": [{"bpmnProcessId": "bulk", "count": n}]})
            assert r.status_code == 201, r.text
            left -= n
    return time.perf_counter() - start


def run(jobs: int, chunk_jobs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp, server(Path(tmp) / "bench.db", Path(tmp) / "server.log",
                                                      env={"JOBGATE_LOAD_CHUNK_JOBS": str(chunk_jobs)}) as s:
        with httpx.Client(base_url=s.url, timeout=60) as c:
            for name in ("probe", "bulk"):
                r = c.post("/admin/process-definitions", json={"bpmnProcessId": name,
                                                               "tasks": [{"elementId": "a", "type": name}]})
                assert r.status_code == 201, r.text
            r = c.post("/admin/load", json={"instances": [{"bpmnProcessId": "probe", "count": 20_000}]})
            assert r.status_code == 201, r.text
        result: dict[str, float] = {}
        loader = threading.Thread(target=lambda: result.update(seconds=load(s.url, jobs)))
        activations: list[float] = []
        health: list[float] = []
        loader.start()
        with httpx.Client(base_url=s.url, timeout=60) as c:
            while loader.is_alive():
                t = time.perf_counter()
                r = c.get("/zeebe/jobs", params={"type": "probe", "maxJobsToActivate": 1, "requestTimeout": -1})
                activations.append(time.perf_counter() - t)
                key = r.json()["data"]["jobs"][0]["key"]
                assert c.patch(f"/zeebe/jobs/{key}", json={"status": "completed"}).status_code == 204
                t = time.perf_counter()
                assert c.get("/health").status_code == 200
                health.append(time.perf_counter() - t)
                time.sleep(0.01)
        loader.join()
    return {
        "jobs": jobs, "chunk_jobs": chunk_jobs, "load_seconds": result["seconds"],
        "jobs_per_second": jobs / result["seconds"], "activations": len(activations),
        "activation_p50_ms": statistics.median(activations) * 1000,
        "activation_p99_ms": percentile(activations, 99) * 1000,
        "health_p50_ms": statistics.median(health) * 1000, "health_p99_ms": percentile(health, 99) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1_000_000)
    parser.add_argument("--chunk-jobs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    runs = [run(args.jobs, args.chunk_jobs) for _ in range(args.runs)]
    for r in runs:
        print(", ".join(f"{k} {v:.1f}" if isinstance(v, float) else f"{k} {v}" for k, v in r.items()))
    out = ROOT / "bench-results" / f"load-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"machine": machine(), "runs": runs}, indent=2))
    print(f"results: {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
