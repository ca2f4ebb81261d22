"""scripts/bench postgres: activation on PostgreSQL with 1, 2 and 4 jobgate processes vs raw SKIP LOCKED, and
the worker loop (activate + complete each job) with 1 and 2 processes.

In one run, on one PostgreSQL schema: load N activatable jobs of one type, then for each process count P in
(1, 2, 4) start P `jobgate serve` processes and let W concurrent HTTP workers (spread over the processes)
activate batches of B through GET /zeebe/jobs (requestTimeout=-1) until none is left; then the floor: W
processes, each with its own psycopg connection, running the raw `UPDATE ... WHERE key IN (SELECT ... FOR UPDATE
SKIP LOCKED) RETURNING key` claim until none is left. Then the worker loop: its floor (the same W raw processes
claiming, then completing each job with one committed statement that ends the job and its instance, until C jobs
are done), 1 and 2 jobgate processes where the W HTTP workers activate and PATCH-complete C jobs, and the same
through 1 and 2 bare Starlette peers that run only the raw claim and the raw complete per request
(scripts/bench_pg_peer_app.py: what the machine gives any HTTP server doing the least). Jobs and instances are
reset and the tables vacuumed between phases. Every phase checks exactly-once: the keys handed out
are distinct (and in the activation phases cover all N jobs).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import sqlalchemy as sa
from bench_http import Worker, run_client
from sqlalchemy.dialects import postgresql

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobgate.store import activation  # noqa: E402
from tests.servers import free_port, servers, stop_process, wait_for_health  # noqa: E402

# The server's own claim (jobgate.store.activation, SKIP LOCKED), compiled once and run raw: the floor runs that SQL.
_COMPILED = activation.CLAIM[True].compile(dialect=postgresql.dialect())
RAW_CLAIM, RAW_CONSTANTS = str(_COMPILED), dict(_COMPILED.params)
TYPE = "bench-pg"
# The raw worker loop's complete: the job ends and, its only task done, so does its instance; one committed
# statement per job, with no checks (the server's complete also checks state, tenant, instance, next task).
RAW_COMPLETE = """WITH ended AS (
    UPDATE job SET state = 'completed', deadline = NULL WHERE key = %s AND state = 'activated'
    RETURNING process_instance_key)
UPDATE process_instance SET state = 'completed', end_time = 0 WHERE key IN (SELECT process_instance_key FROM ended)"""


def conninfo(url: str) -> str:
    return sa.make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def reset(url: str) -> None:
    """Every job activatable again, and every instance active again: a worker loop's completes end them (without
    this, the second worker-loop phase would complete jobs of instances that had ended already, less work)."""
    with psycopg.connect(conninfo(url), autocommit=True) as pg:
        pg.execute("UPDATE job SET state = 'activatable', worker = NULL, deadline = NULL")
        pg.execute("UPDATE process_instance SET state = 'active', end_time = NULL WHERE state <> 'active'")
        pg.execute("VACUUM ANALYZE job")
        pg.execute("VACUUM ANALYZE process_instance")


async def http_phase(urls: list[str], workers: int, batch: int, complete: bool = False,
                     limit: int | None = None, client: str = "raw", variables: dict[str, Any] | None = None
                     ) -> tuple[float, list[int]]:
    """W workers activate (and with `complete`, PATCH-complete each job) until none is left (or `limit` jobs)."""
    keys: list[int] = []

    async def worker(i: int) -> None:
        async with Worker(urls[i % len(urls)], client) as w:
            while limit is None or len(keys) < limit:
                got = await w.activate({"type": TYPE, "worker": f"w{i}", "maxJobsToActivate": batch,
                                        "requestTimeout": -1})
                if not got:
                    return
                keys.extend(got)
                for key in got if complete else ():
                    await w.complete(key, variables)

    started = time.perf_counter()
    await asyncio.gather(*(worker(i) for i in range(workers)))
    return time.perf_counter() - started, keys


def _raw_worker(url: str, name: str, batch: int, limit: int | None, out: Any) -> None:
    """Claim batches (the server's SQL) until none is left, or until `limit` jobs; with a limit, complete each
    claimed job as soon as it is claimed, one committed statement each (`RAW_COMPLETE`), as a worker would."""
    got: list[int] = []
    with psycopg.connect(conninfo(url), autocommit=True) as pg:
        while limit is None or len(got) < limit:
            now = time.time_ns() // 1_000_000
            params = {**RAW_CONSTANTS, "c_worker": name, "c_deadline": now + 300_000, "c_type": TYPE, "c_now": now,
                      "c_limit": batch if limit is None else min(batch, limit - len(got))}
            rows = pg.execute(RAW_CLAIM, params).fetchall()
            if not rows:
                break
            got.extend(r[0] for r in rows)
            for (key, *_) in rows if limit is not None else ():
                pg.execute(RAW_COMPLETE, (key,), prepare=True)
    out.put(got)


def raw_phase(url: str, workers: int, batch: int, limit: int | None = None) -> tuple[float, list[int]]:
    """The floor: `workers` processes claiming (and with `limit`, completing `limit` jobs in all) on raw SQL."""
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    shares = [None if limit is None else limit // workers + (i < limit % workers) for i in range(workers)]
    procs = [ctx.Process(target=_raw_worker, args=(url, f"raw{i}", batch, shares[i], out)) for i in range(workers)]
    started = time.perf_counter()
    for p in procs:
        p.start()
    keys = [k for _ in procs for k in out.get(timeout=600)]
    elapsed = time.perf_counter() - started
    for p in procs:
        p.join()
    return elapsed, keys


@contextlib.contextmanager
def peer_servers(url: str, n: int, workers: int) -> Iterator[list[str]]:
    """n bare Starlette peers (scripts/bench_pg_peer_app.py) on jobgate's server options, each with a connection
    per worker it serves (W spread over n); their base URLs."""
    procs: list[subprocess.Popen[bytes]] = []
    urls: list[str] = []
    try:
        for _ in range(n):
            port = free_port()
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "bench_pg_peer_app:app", "--host", "127.0.0.1", "--port", str(port),
                 "--loop", "uvloop", "--http", "httptools", "--no-access-log", "--log-level", "warning"],
                cwd=ROOT / "scripts", stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                env={**os.environ, "JOBGATE_DATABASE_URL": url, "JOBGATE_PEER_CONNECTIONS": str(-(-workers // n))}))
            urls.append(f"http://127.0.0.1:{port}")
        for peer, proc in zip(urls, procs, strict=True):
            wait_for_health(peer, proc)
        yield urls
    finally:
        for proc in procs:
            stop_process(proc)


def group_commit(urls: list[str]) -> tuple[float, float]:
    """Write transactions and the commands run in them, summed over the processes (their /metrics)."""
    transactions = commands = 0.0
    for url in urls:
        text = httpx.get(url + "/metrics", timeout=30).text
        for name, value in re.findall(r"^jobgate_group_commit_(transactions|commands)_total (\S+)$", text, re.M):
            if name == "transactions":
                transactions += float(value)
            else:
                commands += float(value)
    return transactions, commands


def check(keys: list[int], n: int, label: str) -> None:
    if len(keys) != n or len(set(keys)) != n:
        raise SystemExit(f"{label}: {len(keys)} keys, {len(set(keys))} distinct, expected {n}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True, help="postgresql+psycopg://... (a scratch schema/db)")
    parser.add_argument("--jobs", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--client", choices=("raw", "httpx"), default="raw",
                        help="the workers' HTTP client: raw (lean keep-alive, scripts/bench_http.py) or httpx")
    parser.add_argument("--processes", default="1,2,4")
    parser.add_argument("--complete-variables", type=json.loads, default=None, metavar="JSON",
                        help='variables each complete of the worker loop carries, e.g. \'{"approved": true}\' '
                             "(default: none)")
    parser.add_argument("--complete-jobs", type=int, default=12_000,
                        help="jobs activated and completed (PATCH each) per worker-loop phase, 1 and 2 processes")
    args = parser.parse_args()
    url = args.database_url
    counts = [int(p) for p in args.processes.split(",")]
    results: dict[str, list[float]] = ({f"http_{p}p": [] for p in counts} | {"raw": []}
                                       | {"loop_1p": [], "loop_2p": [], "raw_loop": [], "peer_loop_1p": [],
                                          "peer_loop_2p": []})
    per_tx: dict[int, list[float]] = {1: [], 2: []}  # write commands per group-commit transaction, worker loop
    with servers(url, 1) as (first,):
        httpx.post(f"{first.url}/admin/load", timeout=600, json={
            "definitions": [{"bpmnProcessId": TYPE, "tasks": [{"elementId": "t", "type": TYPE}]}],
            "instances": [{"bpmnProcessId": TYPE, "count": args.jobs}]}).raise_for_status()
    for _ in range(args.runs):
        for p in counts:
            reset(url)
            with servers(url, p) as procs:
                elapsed, keys = run_client(http_phase([s.url for s in procs], args.workers, args.batch,
                                                       client=args.client))
            check(keys, args.jobs, f"http {p}p")
            results[f"http_{p}p"].append(args.jobs / elapsed)
        reset(url)
        elapsed, keys = raw_phase(url, args.workers, args.batch)
        check(keys, args.jobs, "raw")
        results["raw"].append(args.jobs / elapsed)
        reset(url)
        elapsed, keys = raw_phase(url, args.workers, args.batch, args.complete_jobs)
        check(keys, args.complete_jobs, "raw loop")
        results["raw_loop"].append(len(keys) / elapsed)
        for p in (1, 2):  # the worker loop: activate + complete each job (completes make no new job: one task)
            reset(url)
            with servers(url, p) as procs:
                urls = [s.url for s in procs]
                before = group_commit(urls)
                elapsed, keys = run_client(http_phase(urls, args.workers, args.batch, True, args.complete_jobs,
                                                       args.client, args.complete_variables))
                after = group_commit(urls)
            if len(keys) != len(set(keys)):
                raise SystemExit(f"worker loop {p}p: a job was delivered twice")
            results[f"loop_{p}p"].append(len(keys) / elapsed)
            per_tx[p].append((after[1] - before[1]) / max(1.0, after[0] - before[0]))
        for p in (1, 2):  # the same loop through bare Starlette peers (scripts/bench_pg_peer_app.py)
            reset(url)
            with peer_servers(url, p, args.workers) as urls:
                elapsed, keys = run_client(http_phase(urls, args.workers, args.batch, True, args.complete_jobs,
                                                       args.client))
            if len(keys) != len(set(keys)):
                raise SystemExit(f"peer loop {p}p: a job was delivered twice")
            results[f"peer_loop_{p}p"].append(len(keys) / elapsed)
    summary = {k: {"min": min(v), "median": statistics.median(v), "max": max(v)} for k, v in results.items()}
    (ROOT / "bench-results").mkdir(exist_ok=True)
    (ROOT / "bench-results" / "activation-postgres.json").write_text(json.dumps(
        {"jobs": args.jobs, "workers": args.workers, "batch": args.batch, "runs": results, "summary": summary,
         "loop_commands_per_transaction": per_tx, "complete_variables": args.complete_variables},
        indent=2))
    print(f"PostgreSQL activation, {args.jobs} jobs, {args.workers} workers, batch {args.batch}, {args.runs} runs"
          + (f"; the loop's completes carry {json.dumps(args.complete_variables)}" if args.complete_variables else ""))
    print(f"{'':14}{'jobs/s min':>12}{'median':>10}{'max':>10}{'vs raw':>9}")
    for k, v in summary.items():
        raw = summary["raw_loop" if "loop" in k else "raw"]["median"]
        print(f"{k:14}{v['min']:>12.0f}{v['median']:>10.0f}{v['max']:>10.0f}{v['median'] / raw:>9.2f}")
    print("(vs raw: activation rows against `raw`, the raw SKIP LOCKED claim; loop rows against `raw_loop`, the same "
          "claim plus one committed UPDATE per job from each of the W processes; peer_loop: the worker loop through "
          "bare Starlette servers running that raw SQL, scripts/bench_pg_peer_app.py)")
    peer = [b / a for a, b in zip(results["peer_loop_2p"], results["loop_2p"], strict=True)]
    print(f"worker loop, 2 processes, jobgate / bare Starlette peer (within a run): min {min(peer):.2f} / median "
          f"{statistics.median(peer):.2f} / max {max(peer):.2f}")
    ratio = [b / a for a, b in zip(results["loop_1p"], results["loop_2p"], strict=True)]
    for p, values in per_tx.items():
        print(f"worker loop {p}p: write commands per transaction (group commit) min {min(values):.2f} / median "
              f"{statistics.median(values):.2f} / max {max(values):.2f}")
    print(f"worker loop (activate + PATCH complete), 2 vs 1 processes: min {min(ratio):.2f} / median "
          f"{statistics.median(ratio):.2f} / max {max(ratio):.2f}; goal: loop_2p >= 3000 jobs/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
