"""Benchmark: the filtered Camunda 7 job list on a large store, through jobgate vs the raw SQL query.

One run loads N jobs (default 1,000,000) into a fresh store, starts one real jobgate process, then measures
interleaved rounds of: GET /engine-rest/job?processDefinitionKey=..&withRetriesLeft=true&active=true
&sortBy=jobDueDate&sortOrder=asc&maxResults=25 (HTTP, keep-alive, one client) and the same page as raw SQL on
one reused driver connection (the floor). Prints min/median over rounds of p50 and p99 latency.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import psycopg
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobgate.store import definitions  # noqa: E402
from jobgate.store.engine import Store  # noqa: E402
from jobgate.store.model import DefinitionSpec, TaskSpec  # noqa: E402
from tests.servers import Server  # noqa: E402

N_DEFS = 100
COLUMNS = ("key, job_definition_id, process_instance_key, element_instance_key, state, retries, due_date, "
           "create_time, priority, suspended, exception_message, custom_headers, type, kind, element_id, tenant_id, "
           "bpmn_process_id, process_definition_key, process_definition_id, version")
PAGE_SQL = ("SELECT key, job_definition_id, due_date, process_instance_key, element_instance_key, "
            "process_definition_id, bpmn_process_id, retries, exception_message, failed_activity_id, suspended, "
            "priority, tenant_id, create_time, batch_id FROM job WHERE state IN ('activatable', 'activated', 'failed') "
            "AND bpmn_process_id = {p} AND retries > 0 AND suspended = {false} "
            "ORDER BY due_date ASC NULLS FIRST, key ASC LIMIT 25")


def load(url: str, n: int) -> None:
    store = Store(url)
    store.create_schema()
    now = int(time.time() * 1000)
    with store.write() as conn:
        defs = [definitions.deploy(conn, spec=DefinitionSpec(
            bpmn_process_id=f"process-{i:03d}", tasks=[TaskSpec(element_id="task", type=f"type-{i % 10}")]), now=now)
            for i in range(N_DEFS)]
    rng = random.Random(7)
    base = 2**52
    rows = []
    for i in range(n):
        d = defs[i % N_DEFS]
        roll = rng.random()
        state, retries, message = ("activatable", 3, None)
        if roll > 0.9:
            state, retries, message = "failed", 0, "boom"
        elif roll > 0.65:
            state = "completed"
        elif roll > 0.6:
            state = "activated"
        due = None if rng.random() < 0.2 else now + rng.randint(-86_400_000, 86_400_000)
        rows.append((base + 2 * i, d.job_definitions[0].id, base + 2 * i + 1, base + 2 * i + 1, state, retries, due,
                     now - rng.randint(0, 10**8), rng.randint(0, 100), False, message, "{}", f"type-{i % 10}",
                     "message", "task", None, d.bpmn_process_id, d.key, d.process_definition_id, 1))
    started = time.perf_counter()
    if store.is_postgres:
        with psycopg.connect(_conninfo(url)) as pg, pg.cursor() as cur:
            with cur.copy(f"COPY job ({COLUMNS}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            cur.execute("ANALYZE job")
    else:
        with store.write() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            marks = ",".join("?" * len(rows[0]))
            raw.executemany(f"INSERT INTO job ({COLUMNS}) VALUES ({marks})", rows)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    print(f"loaded {n} jobs in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    store.dispose()


def _conninfo(url: str) -> str:
    return sa.make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(url: str, base: str, requests: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    picks = [f"process-{rng.randrange(N_DEFS):03d}" for _ in range(requests)]
    http, raw = [], []
    with httpx.Client(base_url=base, timeout=30) as client:
        for p in picks:
            t = time.perf_counter()
            r = client.get("/engine-rest/job", params={"processDefinitionKey": p, "withRetriesLeft": "true",
                                                       "active": "true", "sortBy": "jobDueDate", "sortOrder": "asc",
                                                       "maxResults": 25})
            http.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200 and len(r.json()) == 25, r.text[:200]
    if url.startswith("postgresql"):
        with psycopg.connect(_conninfo(url), autocommit=True) as pg:
            for p in picks:
                t = time.perf_counter()
                pg.execute(PAGE_SQL.format(p="%s", false="false"), (p,)).fetchall()
                raw.append((time.perf_counter() - t) * 1000)
    else:
        db = sqlite3.connect(sa.make_url(url).database or "")
        for p in picks:
            t = time.perf_counter()
            db.execute(PAGE_SQL.format(p="?", false="0"), (p,)).fetchall()
            raw.append((time.perf_counter() - t) * 1000)
        db.close()
    return {"http_p50": percentile(http, 0.5), "http_p99": percentile(http, 0.99),
            "raw_p50": percentile(raw, 0.5), "raw_p99": percentile(raw, 0.99)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=f"sqlite:///{ROOT / 'bench-results' / 'list.db'}")
    parser.add_argument("--jobs", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--reuse", action="store_true", help="keep an already loaded store")
    args = parser.parse_args()
    (ROOT / "bench-results").mkdir(exist_ok=True)
    url = args.database_url
    if not args.reuse:
        if url.startswith("sqlite"):
            Path(sa.make_url(url).database or "").unlink(missing_ok=True)
        load(url, args.jobs)
    server = Server(url)
    try:
        server.wait_ready(60)
        measure(url, server.url, 50, 0)  # warm-up
        runs = [measure(url, server.url, args.requests, seed) for seed in range(1, args.runs + 1)]
    finally:
        server.stop()
    summary = {k: {"min": min(r[k] for r in runs), "median": statistics.median(r[k] for r in runs)} for k in runs[0]}
    result = {"benchmark": "camunda7-list", "database": url.split(":")[0], "jobs": args.jobs, "runs": runs,
              "summary": summary}
    out = ROOT / "bench-results" / f"list-{url.split(':')[0].split('+')[0]}.json"
    out.write_text(json.dumps(result, indent=2))
    backend = url.split(":")[0]
    print(f"Camunda 7 filtered list, {args.jobs} jobs, {args.runs} runs x {args.requests} requests ({backend})")
    print(f"{'':12}{'p50 ms (min/median)':>24}{'p99 ms (min/median)':>24}")
    for who in ("http", "raw"):
        p50, p99 = summary[f"{who}_p50"], summary[f"{who}_p99"]
        print(f"{who:12}{p50['min']:>11.3f} / {p50['median']:<10.3f}{p99['min']:>11.3f} / {p99['median']:<10.3f}")
    print(f"ratio http/raw p50 (median): {summary['http_p50']['median'] / summary['raw_p50']['median']:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
