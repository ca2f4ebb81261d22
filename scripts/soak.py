"""scripts/soak: a bounded mixed load against a real `jobgate serve` for N minutes.

One server process (the CLI, as deployed: guarded protocol, limits and timeouts on) on a fresh SQLite file (or
--database-url). Concurrent loops, each paced so the load stays steady on a small machine:
  create    POST /admin/process-instances (two-task definition)
  activate  GET /zeebe/jobs (requestTimeout -1), then complete every job (PATCH, kind `complete`)
  list      GET /engine-rest/job (a page), /engine-rest/job/count, the OPA list of an instance
  longpoll  GET /zeebe/jobs on a type that never has jobs, requestTimeout 500 ms (200, no jobs)
  bad       malformed JSON, an unknown status, a bad parameter, an unknown key: each must be a 4xx
Reports errors per kind (unexpected status or transport error; 0 expected), p50/p99/max latency per kind, and
the server's VmRSS after the warm-up versus at the end (growth under 10% expected). Exit status 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx
from bench_server import ROOT, free_port, percentile, wait_healthy

BAD = [  # (method, path, body, params)
    ("PATCH", "/zeebe/jobs/1", b'{"status": "completed"', None),
    ("PATCH", "/zeebe/jobs/1", b'{"status": "finished"}', None),
    ("GET", "/engine-rest/job", None, {"maxResults": "-1"}),
    ("GET", "/zeebe/jobs", None, {"type": "x", "maxJobsToActivate": "lots"}),
    ("GET", "/process/api/v1/process-instances/424242/jobs", None, None),
    ("POST", "/admin/process-instances", b'{"bpmnProcessId": "no-such-process"}', None),
]


class Soak:
    def __init__(self, url: str, deadline: float) -> None:
        self.url = url
        self.deadline = deadline
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.samples: dict[str, str] = {}
        self.instances: list[int] = []

    def record(self, kind: str, started: float, ok: bool, what: str = "") -> None:
        self.latency[kind].append((time.perf_counter() - started) * 1000)
        if not ok:
            self.errors[kind] += 1
            self.samples.setdefault(kind, what[:300])

    async def call(self, c: httpx.AsyncClient, kind: str, method: str, path: str, expect: range,
                   **kw: Any) -> httpx.Response | None:
        started = time.perf_counter()
        try:
            r = await c.request(method, self.url + path, **kw)
        except httpx.HTTPError as exc:
            self.record(kind, started, False, f"{method} {path}: {type(exc).__name__}")
            return None
        self.record(kind, started, r.status_code in expect, f"{method} {path}: {r.status_code} {r.text}")
        return r

    async def create(self, c: httpx.AsyncClient) -> None:
        while time.monotonic() < self.deadline:
            r = await self.call(c, "create", "POST", "/admin/process-instances", range(201, 202),
                                json={"bpmnProcessId": "soak", "variables": {"n": len(self.instances)}})
            if r is not None and r.status_code == 201:
                self.instances.append(int(r.json()["processInstanceKey"]))
                del self.instances[:-1000]
            await asyncio.sleep(0.02)

    async def activate(self, c: httpx.AsyncClient, job_type: str) -> None:
        while time.monotonic() < self.deadline:
            r = await self.call(c, "activate", "GET", "/zeebe/jobs", range(200, 201),
                                params={"type": job_type, "maxJobsToActivate": 10, "requestTimeout": -1})
            jobs = r.json()["data"]["jobs"] if r is not None and r.status_code == 200 else []
            for job in jobs:
                await self.call(c, "complete", "PATCH", f"/zeebe/jobs/{job['key']}", range(204, 205),
                                json={"status": "completed", "variables": {job_type: job["key"]}})
            await asyncio.sleep(0.01 if jobs else 0.1)

    async def lists(self, c: httpx.AsyncClient) -> None:
        while time.monotonic() < self.deadline:
            await self.call(c, "list", "GET", "/engine-rest/job", range(200, 201),
                            params={"maxResults": 50, "sortBy": "jobDueDate", "sortOrder": "desc"})
            await self.call(c, "list", "GET", "/engine-rest/job/count", range(200, 201))
            if self.instances:
                key = self.instances[-1]
                await self.call(c, "list", "GET", f"/process/api/v1/process-instances/{key}/jobs", range(200, 201))
            await asyncio.sleep(0.05)

    async def longpoll(self, c: httpx.AsyncClient) -> None:
        while time.monotonic() < self.deadline:
            await self.call(c, "longpoll", "GET", "/zeebe/jobs", range(200, 201),
                            params={"type": "soak-never", "requestTimeout": 500})

    async def bad(self, c: httpx.AsyncClient) -> None:
        i = 0
        while time.monotonic() < self.deadline:
            method, path, body, params = BAD[i % len(BAD)]
            i += 1
            await self.call(c, "bad", method, path, range(400, 500), content=body, params=params,
                            headers={"content-type": "application/json"} if body is not None else None)
            await asyncio.sleep(0.05)


def rss_mb(pid: int) -> float:
    match = re.search(r"^VmRSS:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text(), re.M)
    return int(match.group(1)) / 1024 if match else 0.0


async def run(args: argparse.Namespace, url: str, pid: int) -> dict[str, Any]:
    total_s = args.minutes * 60
    warmup_s = min(60.0, total_s * 0.2)
    soak = Soak(url, time.monotonic() + total_s)
    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=64)) as c:
        r = await c.post(url + "/admin/load", json={
            "definitions": [{"bpmnProcessId": "soak", "tasks": [{"elementId": "a", "type": "soak-a"},
                                                                   {"elementId": "b", "type": "soak-b"}]}],
            "instances": [{"bpmnProcessId": "soak", "count": 2000}]})
        assert r.status_code == 201, r.text
        loops = [soak.create(c), soak.lists(c), soak.bad(c), *(soak.longpoll(c) for _ in range(4)),
                 *(soak.activate(c, t) for t in ("soak-a", "soak-a", "soak-b", "soak-b"))]
        tasks = [asyncio.create_task(loop) for loop in loops]
        await asyncio.sleep(warmup_s)
        rss_warm = rss_mb(pid)
        await asyncio.gather(*tasks)
        rss_end = rss_mb(pid)
    kinds = {kind: {"count": len(v), "errors": soak.errors.get(kind, 0), "p50_ms": round(percentile(v, 50), 1),
                    "p99_ms": round(percentile(v, 99), 1), "max_ms": round(max(v), 1)}
             for kind, v in sorted(soak.latency.items())}
    return {"minutes": args.minutes, "warmup_s": warmup_s, "rss_after_warmup_mb": round(rss_warm, 1),
            "rss_end_mb": round(rss_end, 1), "rss_growth_pct": round((rss_end - rss_warm) / rss_warm * 100, 1),
            "errors": sum(soak.errors.values()), "kinds": kinds, "error_samples": soak.samples}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/soak", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=5, help="duration (default 5)")
    parser.add_argument("--database-url", help="store URL (default: a new SQLite file in a temporary directory)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results", help="directory for the JSON result")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="jobgate-soak-") as tmp:
        url = args.database_url or f"sqlite:///{tmp}/soak.db"
        port = free_port()
        log = Path(tmp) / "server.log"
        env = {**os.environ, "JOBGATE_DATABASE_URL": url, "JOBGATE_LOG_LEVEL": "warning"}
        with log.open("wb") as out:
            proc = subprocess.Popen([sys.executable, "-m", "jobgate.cli", "serve", "--port", str(port)], cwd=ROOT,
                                    env=env, stdout=out, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(proc, base, log)
            result = asyncio.run(run(args, base, proc.pid))
        finally:
            proc.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(15)
            if proc.poll() is None:
                proc.kill()
        result["server_log_lines"] = len(log.read_text(errors="replace").splitlines())
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"soak-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(result, indent=2))
    print(f"{'kind':10} {'count':>8} {'errors':>7} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for kind, k in result["kinds"].items():
        print(f"{kind:10} {k['count']:>8} {k['errors']:>7} {k['p50_ms']:>8} {k['p99_ms']:>8} {k['max_ms']:>8}")
    print(f"errors: {result['errors']} (0 expected)   RSS after warm-up {result['rss_after_warmup_mb']} MB, "
          f"at end {result['rss_end_mb']} MB, growth {result['rss_growth_pct']}% (< 10% expected)   "
          f"server log lines: {result['server_log_lines']}")
    for kind, sample in result["error_samples"].items():
        print(f"first {kind} error: {sample}")
    return 0 if result["errors"] == 0 and result["rss_growth_pct"] < 10 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
