"""CPU per POST /admin/process-instances, in-process (issue 13, wake-up latency): the creating request's cost.

The app is called through httpx's ASGITransport (no socket, no uvicorn) on a fresh SQLite file; one definition with
one task is deployed, then `--creates` instances are started one after the other, as scripts/bench's wake-up phase
does. Reports, per create, the process CPU time (all threads: event loop and the store's worker thread) and the
CPU of the store call alone (`jobgate.store.definitions.start_instances` inside its write transaction, commit
included), each as min/median/max over `--runs` runs (a fresh store each).

    scripts/bench_create.py --runs 3 --creates 300 [--fast-path off]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from jobgate.main import create_app, services_of  # noqa: E402
from jobgate.settings import Settings  # noqa: E402
from jobgate.store import definitions  # noqa: E402
from jobgate.store.model import InstanceSpec  # noqa: E402


async def one_run(creates: int, fast_path: bool) -> tuple[float, float]:
    """(ms of CPU per create over HTTP, ms of CPU per store-only create)."""
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Settings(database_url=f"sqlite:///{Path(tmp) / 'jobgate.db'}", fast_path=fast_path))
        services = services_of(app)
        await services.start()
        try:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
                r = await client.post("/admin/process-definitions", json={
                    "bpmnProcessId": "bench", "tasks": [{"elementId": "a", "type": "bench"}]})
                assert r.status_code == 201, r.text
                for _ in range(20):  # warm-up: caches, first compiles
                    r = await client.post("/admin/process-instances", json={"bpmnProcessId": "bench"})
                start = time.process_time()
                for _ in range(creates):
                    r = await client.post("/admin/process-instances", json={"bpmnProcessId": "bench"})
                    assert r.status_code == 201, r.text
                http_ms = (time.process_time() - start) * 1000 / creates
            store = services.store
            spec = InstanceSpec(bpmn_process_id="bench")
            start = time.process_time()
            for _ in range(creates):
                with store.write() as conn:
                    definitions.start_instances(conn, spec=spec, now=1)
            store_ms = (time.process_time() - start) * 1000 / creates
        finally:
            await services.stop()
    return http_ms, store_ms


def summary(values: list[float]) -> dict[str, Any]:
    return {"min": round(min(values), 3), "median": round(statistics.median(values), 3),
            "max": round(max(values), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--creates", type=int, default=300)
    parser.add_argument("--fast-path", choices=("on", "off"), default="on")
    args = parser.parse_args()
    results = [asyncio.run(one_run(args.creates, args.fast_path == "on")) for _ in range(args.runs)]
    print({"http_cpu_ms_per_create": summary([h for h, _ in results]),
           "store_cpu_ms_per_create": summary([s for _, s in results]), "runs": args.runs, "creates": args.creates})


if __name__ == "__main__":
    main()
