"""Wake-up latency (scripts/bench's `wake_latency`) with the server's garbage-collector pauses counted.

The server is started as scripts/bench starts it (uvicorn with the app factory, on a fresh SQLite file), from a
wrapper that records every collection's generation and duration (gc.callbacks) and writes them out at exit.
Prints, per run: wake and create p50/p99/max, and per generation the server's collections during the latency
phase, their longest and total pause. Shows whether the latency tail comes from collections.

    scripts/bench_wake_gc.py --runs 3 --samples 200
    BENCH_SWITCH_INTERVAL=0.0005 scripts/bench_wake_gc.py ...   # the server with another GIL switch interval
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import httpx  # noqa: E402
from bench_activation import wake_latency  # noqa: E402
from bench_server import free_port, wait_healthy  # noqa: E402


def serve(port: int, out: str) -> None:
    """The wrapper: uvicorn as scripts/bench runs it, with every collection recorded into `out` at exit."""
    import uvicorn

    pauses: list[tuple[int, float, float]] = []
    started: list[float] = [0.0]

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            pauses.append((info["generation"], time.perf_counter() - started[0], time.time()))

    gc.callbacks.append(note)
    if os.environ.get("BENCH_SWITCH_INTERVAL"):  # an experiment: the GIL's switch interval (default 0.005 s)
        sys.setswitchinterval(float(os.environ["BENCH_SWITCH_INTERVAL"]))
    try:
        uvicorn.run("jobgate.main:create_app", factory=True, host="127.0.0.1", port=port, log_level="warning",
                    access_log=False, loop="uvloop", http="httptools")
    finally:
        Path(out).write_text(json.dumps(pauses))


async def one_run(samples: int, run: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        port, out = free_port(), str(Path(tmp) / "gc.json")
        env = {**os.environ, "JOBGATE_DATABASE_URL": f"sqlite:///{Path(tmp) / 'jobgate.db'}",
               "JOBGATE_LOG_LEVEL": "warning"}
        proc = subprocess.Popen([sys.executable, __file__, "--serve", str(port), out], cwd=ROOT, env=env)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(proc, url)  # its output goes to this terminal
            with contextlib.suppress(Exception):  # the pauses of start-up are not the run's
                httpx.post(url + "/admin/process-definitions", timeout=10, json={
                    "bpmnProcessId": "warm", "tasks": [{"elementId": "a", "type": "warm"}]})
            begun = time.time()
            result = await wake_latency(url, f"wake-{run}", samples)
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(30)
        pauses = json.loads(Path(out).read_text())
    by_gen: dict[str, Any] = {}  # the collections during the latency phase (not those of start-up)
    for gen in (0, 1, 2):
        times = [d * 1000 for g, d, at in pauses if g == gen and at >= begun]
        by_gen[f"gen{gen}"] = {"count": len(times), "max_ms": round(max(times, default=0), 2),
                               "total_ms": round(sum(times), 1)}
    return {**result, "gc_during_run": by_gen}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--serve":
        serve(int(sys.argv[2]), sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    for run in range(1, args.runs + 1):
        print(json.dumps(asyncio.run(one_run(args.samples, run))), flush=True)


if __name__ == "__main__":
    main()
