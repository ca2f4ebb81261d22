"""What a batch of completes costs PostgreSQL: backend CPU per statement of the worker loop's complete, by batch size.

On a scratch PostgreSQL database on this machine (the backend's CPU is read from /proc, so PostgreSQL must run
here): one `jobgate serve` loads `--jobs` one-task instances, every job is then put in the activated state, and
one connection runs, `--statements` times per round, each of:
- `completion_alone`'s statement (app/jobgate/store/completion_alone.py, the statement the worker loop's completes
  take) for batches of each of `--sizes` jobs;
- for scale: a one-row UPDATE of a job by key, and a lean complete (two CTEs: end the job, end its instance when it
  has no runtime job left) that makes none of the checks and starts no next task.
Each statement commits by itself (autocommit, synchronous_commit as the server's). Prints, per statement, the
backend's CPU per statement and per job and this process's (the client's) CPU, min / median over `--rounds`.

    python scripts/profile_pg_complete.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/scratch
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx
import psycopg
from sqlalchemy.dialects import postgresql

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "app"))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_pg import conninfo  # noqa: E402
from bench_server import cpu_s  # noqa: E402

from jobgate.store.completion_alone import _statement  # noqa: E402
from jobgate.store.loop_pg import numbered  # noqa: E402
from tests.servers import servers  # noqa: E402

TYPE = "profile-pg"
RUNTIME = "('activatable', 'activated', 'failed')"
LEAN = f"""WITH v(key, now) AS (VALUES ($1::BIGINT, $2::BIGINT)),
ended AS (UPDATE job SET state = 'completed', deadline = NULL FROM v
          WHERE job.key = v.key AND job.state IN ('activatable', 'activated')
          RETURNING job.key, job.process_instance_key, v.now),
done AS (UPDATE process_instance pi SET state = 'completed', end_time = ended.now FROM ended
         WHERE pi.key = ended.process_instance_key AND pi.state = 'active'
           AND NOT EXISTS (SELECT 1 FROM job o WHERE o.process_instance_key = ended.process_instance_key
                           AND o.state IN {RUNTIME} AND o.key NOT IN (SELECT key FROM ended)))
SELECT key FROM ended"""
UPDATE = "UPDATE job SET state = 'completed', deadline = NULL WHERE key = $1 AND $2::BIGINT > 0 RETURNING key"


def complete_statement(size: int) -> tuple[str, Callable[[Sequence[int]], tuple[Any, ...]]]:
    """completion_alone's statement for `size` jobs in PostgreSQL's `$n` form, and its arguments for some keys."""
    text, names = numbered(str(_statement(size, False).compile(dialect=postgresql.psycopg.dialect())))

    def arguments(keys: Sequence[int]) -> tuple[Any, ...]:
        values: dict[str, Any] = {"n": size}
        for i, key in enumerate(keys):
            values |= {f"k{i}": key, f"t{i}": 1, f"r{i}": False, f"a{i}": None}
        return tuple(values[name] for name in names)

    return text, arguments


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True, help="postgresql+psycopg://... (a scratch database)")
    parser.add_argument("--jobs", type=int, default=30_000)
    parser.add_argument("--statements", type=int, default=500, help="statements of each kind per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sizes", default="1,2,4,8", help="batch sizes of the complete statement")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    per_round = args.statements * (2 + sum(sizes))
    if per_round * args.rounds > args.jobs:
        parser.error(f"{args.rounds} rounds of these statements complete {per_round * args.rounds} jobs: "
                     f"give --jobs at least that")
    url = args.database_url
    with servers(url, 1) as (server,):
        httpx.post(f"{server.url}/admin/load", timeout=600, json={
            "definitions": [{"bpmnProcessId": TYPE, "tasks": [{"elementId": "t", "type": TYPE}]}],
            "instances": [{"bpmnProcessId": TYPE, "count": args.jobs}]}).raise_for_status()
    with psycopg.connect(conninfo(url), autocommit=True, cursor_factory=psycopg.RawCursor) as pg:
        pg.execute(f"UPDATE job SET state = 'activated', worker = 'w', deadline = 9999999999999 WHERE type = '{TYPE}'")
        pg.execute("VACUUM ANALYZE job")
        keys = iter([row[0] for row in pg.execute(f"SELECT key FROM job WHERE type = '{TYPE}' ORDER BY key")])
        backend = pg.execute("SELECT pg_backend_pid()").fetchone()[0]  # type: ignore[index]
        kinds: list[tuple[str, int, str, Callable[[Sequence[int]], tuple[Any, ...]]]] = [
            ("one-row UPDATE", 1, UPDATE, lambda k: (k[0], 1)), ("lean complete", 1, LEAN, lambda k: (k[0], 1))]
        kinds += [(f"completion_alone x{size}", size, *complete_statement(size)) for size in sizes]
        figures: dict[str, list[tuple[float, float]]] = {name: [] for name, *_ in kinds}
        for _ in range(args.rounds):
            for name, size, text, arguments in kinds:
                before, client = cpu_s(backend), time.process_time()
                for _ in range(args.statements):
                    rows = pg.execute(text, arguments([next(keys) for _ in range(size)]), prepare=True).fetchall()
                    if not rows or rows[0][0] in (False, None):
                        raise SystemExit(f"{name}: the statement completed nothing: {rows!r}")
                figures[name].append(((cpu_s(backend) - before) / args.statements,
                                      (time.process_time() - client) / args.statements))
    print(f"PostgreSQL CPU per statement, {args.statements} statements x {args.rounds} rounds (min / median us)")
    print(f"{'statement':26}{'backend':>16}{'per job':>16}{'client':>16}")
    for name, size, *_ in kinds:
        backend_us = [b * 1e6 for b, _ in figures[name]]
        client_us = [c * 1e6 for _, c in figures[name]]

        def pair(values: list[float]) -> str:
            return f"{min(values):.0f} / {statistics.median(values):.0f}"

        print(f"{name:26}{pair(backend_us):>16}{pair([v / size for v in backend_us]):>16}{pair(client_us):>16}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
