"""Throughput with authentication on versus off (scripts/bench auth): Camunda 7 list and Zeebe activation.

Starts a real uvicorn (as `jobgate serve`) on one SQLite store, alternately with JOBGATE_AUTH=off and =on (HTTP
Basic user, verified-credentials cache), and drives each with `--concurrency` clients for `--seconds` per
measurement. Prints min/median requests per second over `--runs` runs of each mode, and the on/off ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from bench_server import ROOT, machine, min_median, server

from jobgate.auth import users
from jobgate.auth.passwords import hash_password
from jobgate.store.engine import Store

USER, PASSWORD = "bench", "bench-password"
LIST = "/engine-rest/job?sortBy=jobDueDate&sortOrder=asc&firstResult=0&maxResults=20"  # an indexed page
ACTIVATE = "/zeebe/jobs?type=bench&worker=b&maxJobsToActivate=1&jobTimeout=1h&requestTimeout=-1"


async def drive(url: str, path: str, auth: httpx.Auth | None, concurrency: int, seconds: float) -> float:
    """Requests per second that `concurrency` clients get answered (all must be 200)."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, auth=auth, limits=limits, timeout=30) as client:
        for _ in range(20):  # warm up (and verify the credentials once)
            assert (await client.get(path)).status_code == 200
        done = 0
        deadline = time.perf_counter() + seconds

        async def one() -> None:
            nonlocal done
            while time.perf_counter() < deadline:
                r = await client.get(path)
                assert r.status_code == 200, r.text
                done += 1

        start = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(concurrency)))
        return done / (time.perf_counter() - start)


def prepare(db: Path, jobs: int, log: Path) -> None:
    with server(db, log) as s:
        httpx.post(s.url + "/admin/process-definitions", timeout=60,
                   json={"bpmnProcessId": "bench", "tasks": [{"elementId": "t", "type": "bench"}]}).raise_for_status()
        httpx.post(s.url + "/admin/load", timeout=600,
                   json={"instances": [{"bpmnProcessId": "bench", "count": jobs}]}).raise_for_status()
    store = Store(f"sqlite:///{db}", pool_size=1, threads=1)
    with store.write() as conn:
        users.put_user(conn, name=USER, password_hash=hash_password(PASSWORD),
                       roles=frozenset({"reader", "worker"}), tenants=None, now=0)
    store.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=60_000)
    args = parser.parse_args()
    results: dict[str, dict[str, list[float]]] = {"list": {"off": [], "on": []}, "activate": {"off": [], "on": []}}
    with tempfile.TemporaryDirectory(prefix="jobgate-bench-auth-") as tmp:
        db, log = Path(tmp) / "jobgate.db", Path(tmp) / "server.log"
        prepare(db, args.jobs, log)
        for run in range(args.runs):
            for mode in ("off", "on"):  # alternate, so machine noise hits both alike
                auth = httpx.BasicAuth(USER, PASSWORD) if mode == "on" else None
                with server(db, log, env={"JOBGATE_AUTH": mode}) as s:
                    for name, path in (("list", LIST), ("activate", ACTIVATE)):
                        rate = asyncio.run(drive(s.url, path, auth, args.concurrency, args.seconds))
                        results[name][mode].append(rate)
                        print(f"run {run + 1} auth {mode:3} {name:8} {rate:8.0f} req/s", flush=True)
    summary: dict[str, Any] = {"machine": machine(), "args": vars(args)}
    for name, modes in results.items():
        off, on = min_median(modes["off"]), min_median(modes["on"])
        ratio = on["median"] / off["median"]
        summary[name] = {"off": off, "on": on, "on_over_off_median": ratio}
        print(f"{name:8}: auth off min {off['min']:.0f} median {off['median']:.0f} req/s; auth on min "
              f"{on['min']:.0f} median {on['median']:.0f} req/s; on/off {ratio:.1%}")
    out = ROOT / "bench-results" / "auth.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
