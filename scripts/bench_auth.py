"""Throughput with authentication on versus off (scripts/bench auth): Camunda 7 list and Zeebe activation.

Starts a real uvicorn (as `jobgate serve`) on one SQLite store, alternately with JOBGATE_AUTH=off and =on (HTTP
Basic user, verified-credentials cache), and drives each with `--concurrency` clients for `--seconds` per
measurement. Prints min/median requests per second over `--runs` runs of each mode, and the on/off ratio.
The clients are the lean keep-alive client of scripts/bench (one fixed Authorization header, as wrk sends it) or,
with `--client httpx`, httpx with BasicAuth (whose own per-request auth flow then shares the two cores).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from bench_http import RawConnection, run_client
from bench_server import ROOT, machine, min_median, server

from jobgate.auth import users
from jobgate.auth.passwords import hash_password
from jobgate.store.engine import Store

USER, PASSWORD = "bench", "bench-password"
LIST = "/engine-rest/job?sortBy=jobDueDate&sortOrder=asc&firstResult=0&maxResults=20"  # an indexed page
ACTIVATE = "/zeebe/jobs?type=bench&worker=b&maxJobsToActivate=1&jobTimeout=1h&requestTimeout=-1"


async def drive(url: str, path: str, auth: tuple[str, str] | None, concurrency: int, seconds: float,
                client: str) -> float:
    """Requests per second that `concurrency` clients get answered (all must be 200); `client` as in scripts/bench:
    the lean keep-alive client (a fixed Authorization header, as wrk would send) or httpx (BasicAuth)."""
    done = 0
    deadline = 0.0
    if client == "raw":
        headers = {"Authorization": "Basic " + base64.b64encode(":".join(auth).encode()).decode()} if auth else {}
        parsed = httpx.URL(url)
        conns = [RawConnection(parsed.host, parsed.port or 80, headers) for _ in range(concurrency)]
        for conn in conns:
            await conn.__aenter__()

        async def get(i: int) -> tuple[int, bytes]:
            return await conns[i].request("GET", path)
    else:
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        http = httpx.AsyncClient(base_url=url, auth=auth, limits=limits, timeout=30)

        async def get(i: int) -> tuple[int, bytes]:
            r = await http.get(path)
            return r.status_code, r.content
    try:
        for i in range(20):  # warm up (and verify the credentials once)
            status, text = await get(i % concurrency)
            assert status == 200, text

        async def one(i: int) -> None:
            nonlocal done
            while time.perf_counter() < deadline:
                status, text = await get(i)
                assert status == 200, text
                done += 1

        start = time.perf_counter()
        deadline = start + seconds
        await asyncio.gather(*(one(i) for i in range(concurrency)))
        return done / (time.perf_counter() - start)
    finally:
        if client == "raw":
            for conn in conns:
                await conn.__aexit__()
        else:
            await http.aclose()


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
    parser.add_argument("--client", choices=("raw", "httpx"), default="raw",
                        help="the clients: a lean keep-alive client with a fixed header, like wrk (default), or httpx")
    args = parser.parse_args()
    results: dict[str, dict[str, list[float]]] = {"list": {"off": [], "on": []}, "activate": {"off": [], "on": []}}
    with tempfile.TemporaryDirectory(prefix="jobgate-bench-auth-") as tmp:
        db, log = Path(tmp) / "jobgate.db", Path(tmp) / "server.log"
        prepare(db, args.jobs, log)
        for run in range(args.runs):
            for mode in ("off", "on"):  # alternate, so machine noise hits both alike
                auth = (USER, PASSWORD) if mode == "on" else None
                with server(db, log, env={"JOBGATE_AUTH": mode}) as s:
                    for name, path in (("list", LIST), ("activate", ACTIVATE)):
                        rate = run_client(drive(s.url, path, auth, args.concurrency, args.seconds, args.client))
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
